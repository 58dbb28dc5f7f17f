package io.github.caeimpact.examples.report;

import io.github.caeimpact.indicators.IndicatorUnit;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * French number, money and date formats, written out by hand so the output never depends on the
 * JDK's locale data: {@code 1 234,56 €}, {@code 37,5 %}, {@code 30/06/2021}. Groups of thousands
 * and the space before a unit are no-break spaces (U+00A0), so a figure never wraps.
 *
 * <p>Rounding happens here, half-even, at the edge only.
 */
final class Formats {

    /** The no-break space between groups of digits and before a unit. */
    static final String NBSP = "\u00a0";

    private Formats() {
    }

    /** Returns a number with French grouping and decimal comma, at a given number of decimals. */
    static String number(BigDecimal value, int decimals) {
        BigDecimal rounded = value.setScale(decimals, RoundingMode.HALF_EVEN);
        String plain = rounded.abs().toPlainString();
        int dot = plain.indexOf('.');
        String whole = dot < 0 ? plain : plain.substring(0, dot);
        String fraction = dot < 0 ? "" : plain.substring(dot + 1);
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                grouped.append(NBSP);
            }
            grouped.append(whole.charAt(i));
        }
        String sign = rounded.signum() < 0 ? "\u2212" : "";
        return sign + grouped + (fraction.isEmpty() ? "" : "," + fraction);
    }

    static String number(double value, int decimals) {
        return number(BigDecimal.valueOf(value), decimals);
    }

    /** Returns euros to the cent: {@code 1 234,56 €}. */
    static String money(BigDecimal amount) {
        return number(amount, 2) + NBSP + "€";
    }

    /** Returns whole euros: {@code 1 235 €}, for charts and headlines. */
    static String moneyRounded(BigDecimal amount) {
        return number(amount, 0) + NBSP + "€";
    }

    /** Returns a share 0..1 as a percentage to one decimal: {@code 37,5 %}. */
    static String percent(BigDecimal share) {
        return number(share.movePointRight(2), 1) + NBSP + "%";
    }

    static String percent(double share) {
        return percent(BigDecimal.valueOf(share));
    }

    /** Returns a ratio to two decimals: {@code 0,93}. */
    static String ratio(BigDecimal ratio) {
        return number(ratio, 2);
    }

    /** Returns a day as {@code dd/MM/yyyy}. */
    static String date(LocalDate day) {
        return String.format("%02d/%02d/%04d", day.getDayOfMonth(), day.getMonthValue(), day.getYear());
    }

    /**
     * Returns a value in an indicator's unit, with the unit's words in the report's language.
     *
     * @param value the value
     * @param unit the unit
     * @param words the report's words in its language
     * @return the text
     */
    static String inUnit(BigDecimal value, IndicatorUnit unit, Labels words) {
        return switch (unit) {
            case SHARE -> percent(value);
            case EUR -> money(value);
            case EUR_PER_MONTH -> money(value) + NBSP + words.text("unitPerMonth");
            case COUNT -> number(value, 0);
            case DAYS -> number(value, 1) + NBSP + words.text("unitDays");
            case POINTS -> number(value, 2) + NBSP + words.text("unitPoints");
            case PER_PERSON_YEAR -> number(value, 2) + NBSP + words.text("unitPerPersonYear");
        };
    }

    /** Returns a coordinate of an SVG drawing: a dot and one decimal, whatever the locale. */
    static String coordinate(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_EVEN).toPlainString();
    }
}
