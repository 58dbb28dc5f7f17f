package io.github.caeimpact.examples.report;

import static io.github.caeimpact.examples.report.Formats.coordinate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The geometry of one chart, computed here and drawn by the {@code chart} template as inline SVG
 * with a {@code <title>}, plus the same figures as a table for readers and printers without the
 * drawing. Holds no markup: only numbers, texts and style class names.
 */
final class Chart {

    static final int WIDTH = 680;
    private static final int WIDE = 900;
    private static final int LABEL_WIDTH = 230;
    private static final int VALUE_WIDTH = 110;
    private static final int ROW = 26;
    private static final int BAR = 16;
    private static final int TOP = 8;

    private final String id;
    private final String title;
    private final List<String> head;
    private final List<Map<String, Object>> shapes = new ArrayList<>();
    private final List<Map<String, Object>> texts = new ArrayList<>();
    private final List<Map<String, Object>> lines = new ArrayList<>();
    private final List<List<String>> rows = new ArrayList<>();
    private int width = WIDTH;
    private int height;

    private Chart(String id, String title, List<String> head) {
        this.id = id;
        this.title = title;
        this.head = List.copyOf(head);
    }

    /** One row of a horizontal bar chart: a label, a value (null when masked) and its text. */
    record Bar(String label, Double value, String valueText, String style) {
    }

    /**
     * Returns a horizontal bar chart, bars from zero (negative values to the left of a zero line).
     * A masked row draws a dashed empty frame and says so.
     */
    static Chart horizontal(String id, String title, List<String> head, List<Bar> bars, String maskedText,
            Double reference, String referenceText) {
        Chart chart = new Chart(id, title, head);
        double max = 0;
        double min = 0;
        for (Bar bar : bars) {
            if (bar.value() != null) {
                max = Math.max(max, bar.value());
                min = Math.min(min, bar.value());
            }
        }
        if (reference != null) {
            max = Math.max(max, reference);
            min = Math.min(min, reference);
        }
        double span = max - min == 0 ? 1 : max - min;
        double area = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
        double zero = LABEL_WIDTH + area * (-min / span);
        int y = TOP;
        for (Bar bar : bars) {
            chart.text(LABEL_WIDTH - 8, y + BAR - 3, bar.label(), "label end");
            if (bar.value() == null) {
                chart.shape(LABEL_WIDTH, y, area, BAR, "masked", bar.label() + " : " + maskedText);
                chart.text(LABEL_WIDTH + area / 2, y + BAR - 3, maskedText, "masked-text middle");
                chart.row(bar.label(), maskedText);
            } else {
                double x = zero + Math.min(0, bar.value()) / span * area;
                double w = Math.max(1.5, Math.abs(bar.value()) / span * area);
                chart.shape(x, y, w, BAR, bar.style(), bar.label() + " : " + bar.valueText());
                chart.text(LABEL_WIDTH + area + 6, y + BAR - 3, bar.valueText(), "value");
                chart.row(bar.label(), bar.valueText());
            }
            y += ROW;
        }
        chart.line(zero, TOP - 4, zero, y - ROW + BAR + 4, "axis");
        if (reference != null) {
            double x = zero + reference / span * area;
            chart.line(x, TOP - 4, x, y - ROW + BAR + 4, "reference");
            chart.text(x, y + 10, referenceText, "reference-text middle");
            y += 14;
        }
        chart.height = y + 4;
        return chart;
    }

    /** One row of a tornado chart: a label, the results at the low and high values, and their texts. */
    record Span(String label, double low, double high, String lowText, String highText) {
    }

    /**
     * Returns a tornado chart: one bar per row from its low to its high result, rows in the given
     * order (ranked by swing by the caller), a line at the baseline result.
     */
    static Chart tornado(String id, String title, List<String> head, List<Span> spans, double baseline,
            String baselineText) {
        Chart chart = new Chart(id, title, head);
        // Wide, with room for "parameter · outcome" labels, which are longer than the dashboard's.
        chart.width = WIDE;
        int labels = 380;
        double max = baseline;
        double min = baseline;
        for (Span span : spans) {
            max = Math.max(max, Math.max(span.low(), span.high()));
            min = Math.min(min, Math.min(span.low(), span.high()));
        }
        double width = max - min == 0 ? 1 : max - min;
        double area = WIDE - labels - VALUE_WIDTH;
        int y = TOP;
        for (Span span : spans) {
            double from = Math.min(span.low(), span.high());
            double to = Math.max(span.low(), span.high());
            double x = labels + (from - min) / width * area;
            chart.text(labels - 8, y + BAR - 3, span.label(), "label end");
            chart.shape(x, y, Math.max(1.5, (to - from) / width * area), BAR, "gain",
                    span.label() + " : " + span.lowText() + " – " + span.highText());
            chart.text(labels + area + 6, y + BAR - 3, span.lowText() + " – " + span.highText(), "value");
            chart.row(span.label(), span.lowText() + " – " + span.highText());
            y += ROW;
        }
        double x = labels + (baseline - min) / width * area;
        chart.line(x, TOP - 4, x, y - ROW + BAR + 4, "reference");
        chart.text(x, y + 10, baselineText, "reference-text middle");
        chart.height = y + 18;
        return chart;
    }

    /** One step of a vertical chart: a label, where the bar starts and ends, its text and style. */
    record Column(String label, double from, double to, String valueText, String style) {
    }

    /**
     * Returns a vertical chart of columns that may float (a waterfall) or stand on zero (a histogram).
     * Labels under the columns are shown when {@code labelled}; a dashed line may mark a place along
     * the columns ({@code markerAt}: a column's index plus the fraction into it, such as ratio 1 in a
     * histogram of ratios), or null for none.
     */
    static Chart vertical(String id, String title, List<String> head, List<Column> columns, boolean labelled,
            Double markerAt, String markerText) {
        Chart chart = new Chart(id, title, head);
        chart.width = WIDE;
        int plot = 240;
        int plotTop = TOP + 16;
        int bottom = plotTop + plot;
        double max = 0;
        double min = 0;
        for (Column column : columns) {
            max = Math.max(max, Math.max(column.from(), column.to()));
            min = Math.min(min, Math.min(column.from(), column.to()));
        }
        double span = max - min == 0 ? 1 : max - min;
        double left = 60;
        double slot = (WIDE - left - 10) / Math.max(1, columns.size());
        double gap = labelled ? slot * 0.25 : Math.min(2, slot * 0.1);
        for (int i = 0; i < columns.size(); i++) {
            Column column = columns.get(i);
            double top = Math.max(column.from(), column.to());
            double low = Math.min(column.from(), column.to());
            double y = bottom - (top - min) / span * plot;
            double h = Math.max(1.5, (top - low) / span * plot);
            double x = left + i * slot + gap / 2;
            chart.shape(x, y, slot - gap, h, column.style(), column.label() + " : " + column.valueText());
            if (labelled) {
                chart.text(x + (slot - gap) / 2, bottom + 16, column.label(), "label middle small");
                chart.text(x + (slot - gap) / 2, y - 4, column.valueText(), "value middle small");
            }
            chart.row(column.label(), column.valueText());
        }
        double zero = bottom - (0 - min) / span * plot;
        chart.line(left, zero, WIDE - 10, zero, "axis");
        if (markerAt != null && markerAt >= 0 && markerAt <= columns.size()) {
            double x = left + markerAt * slot;
            chart.line(x, plotTop, x, bottom, "reference");
            chart.text(x + 4, plotTop - 4, markerText, "reference-text");
        }
        chart.height = bottom + (labelled ? 30 : 8);
        return chart;
    }

    private void shape(double x, double y, double w, double h, String style, String tip) {
        Map<String, Object> shape = new LinkedHashMap<>();
        shape.put("x", coordinate(x));
        shape.put("y", coordinate(y));
        shape.put("w", coordinate(w));
        shape.put("h", coordinate(h));
        shape.put("style", style);
        shape.put("tip", tip);
        shapes.add(shape);
    }

    private void text(double x, double y, String text, String style) {
        Map<String, Object> label = new LinkedHashMap<>();
        label.put("x", coordinate(x));
        label.put("y", coordinate(y));
        label.put("text", text);
        label.put("style", style);
        texts.add(label);
    }

    private void line(double x1, double y1, double x2, double y2, String style) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("x1", coordinate(x1));
        line.put("y1", coordinate(y1));
        line.put("x2", coordinate(x2));
        line.put("y2", coordinate(y2));
        line.put("style", style);
        lines.add(line);
    }

    private void row(String... cells) {
        rows.add(List.of(cells));
    }

    /** Returns the chart as the template's context. */
    Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("id", id);
        map.put("title", title);
        map.put("width", width);
        map.put("height", height);
        map.put("shapes", shapes);
        map.put("texts", texts);
        map.put("lines", lines);
        map.put("head", head);
        List<Map<String, Object>> table = new ArrayList<>();
        for (List<String> row : rows) {
            table.add(Map.of("cells", row));
        }
        map.put("rows", table);
        return map;
    }
}
