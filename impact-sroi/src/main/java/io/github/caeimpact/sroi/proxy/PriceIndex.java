package io.github.caeimpact.sroi.proxy;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import io.github.caeimpact.model.json.internal.ShippedResources;
import io.github.caeimpact.model.json.internal.StrictJson;
import io.github.caeimpact.model.validation.InvalidInputException;
import io.github.caeimpact.model.validation.Problem;
import io.github.caeimpact.model.validation.RuleCodes;
import io.github.caeimpact.model.validation.ValidationReport;
import io.github.caeimpact.sroi.internal.Limits;
import io.github.caeimpact.sroi.rules.MapLimits;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A yearly consumer price index used to revalue proxies: {@code P × CPI(to) / CPI(from)}.
 *
 * <p>The shipped index ({@link #standard()}) is the INSEE consumer price index, all households,
 * annual averages, base 2015 = 100, for the years its data file lists; its {@link #note()} says
 * what must be checked before publication. Revaluing to or from a year the index lacks is impossible
 * and reported, never extrapolated.
 */
public final class PriceIndex {

    /** The classpath resource of the shipped index. */
    public static final String STANDARD_RESOURCE = "/io/github/caeimpact/sroi/price-index.json";

    private final String name;
    private final String source;
    private final String note;
    private final SortedMap<Integer, BigDecimal> values;

    /** Absent fields read as null: {@code note} is optional, {@link #of} reports the others. */
    private static final ObjectReader READER = StrictJson.mapper().reader()
            .without(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES);

    private PriceIndex(String name, String source, String note, SortedMap<Integer, BigDecimal> values) {
        this.name = name;
        this.source = source;
        this.note = note;
        this.values = Collections.unmodifiableSortedMap(values);
    }

    /**
     * The JSON shape of an index file.
     *
     * @param name the index name
     * @param source where the values come from
     * @param note what to check before use, or null
     * @param values year to index value
     */
    record Document(@JsonProperty("name") @NotBlank String name, @JsonProperty("source") @NotBlank String source,
            @JsonProperty("note") String note,
            @JsonProperty("values") @NotEmpty Map<Integer, @NotNull @DecimalMin(value = "0", inclusive = false)
                    @DecimalMax(MapLimits.MAX_MAGNITUDE_TEXT) BigDecimal> values) {
        @JsonCreator
        Document {
        }
    }

    /**
     * Returns an index of the given values.
     *
     * @param name the index name
     * @param source where the values come from
     * @param note what to check before use, or null
     * @param values year to index value, each positive
     * @return the index
     * @throws InvalidInputException if a value is not positive or a name or source is missing
     */
    public static PriceIndex of(String name, String source, String note, Map<Integer, BigDecimal> values) {
        List<Problem> problems = new ArrayList<>();
        ProxyLibrary.text(name, "$.name", problems);
        ProxyLibrary.text(source, "$.source", problems);
        if (values == null || values.isEmpty()) {
            problems.add(Problem.error("$.values", values == null ? RuleCodes.FIELD_REQUIRED : RuleCodes.FIELD_EMPTY,
                    "at least one yearly value is required"));
        } else {
            values.forEach((year, value) -> {
                if (year < MapLimits.EARLIEST_YEAR || year > MapLimits.LATEST_YEAR) {
                    problems.add(Problem.error("$.values." + year, RuleCodes.FIELD_OUT_OF_RANGE, "a year is from " + MapLimits.EARLIEST_YEAR
                            + " to " + MapLimits.LATEST_YEAR + ", was " + year));
                } else if (value == null || value.signum() <= 0) {
                    problems.add(Problem.error("$.values." + year, RuleCodes.FIELD_OUT_OF_RANGE, "an index value must be positive"));
                } else {
                    Problem outOfBounds = Limits.outOfBounds(value, "$.values." + year, MapLimits.MAX_MAGNITUDE);
                    if (outOfBounds != null) {
                        problems.add(outOfBounds);
                    }
                }
            });
        }
        ValidationReport.of(problems).throwIfInvalid("price index");
        return new PriceIndex(name, source, note, new TreeMap<>(values));
    }

    /**
     * Returns the index shipped with cae-impact.
     *
     * @return the standard index
     * @throws IllegalStateException if the shipped resource is missing or invalid
     */
    public static PriceIndex standard() {
        return Standard.INSTANCE;
    }

    private static PriceIndex load() {
        return ShippedResources.load(PriceIndex.class, STANDARD_RESOURCE, PriceIndex::read, "price index");
    }

    /** Loads the shipped price index once, on first use: it is immutable, so every caller can share it. */
    private static final class Standard {
        static final PriceIndex INSTANCE = load();
    }

    /**
     * Reads an index from JSON: {@code {"name", "source", "note", "values": {"2015": 100, ...}}};
     * {@code note} is optional.
     *
     * @param in the JSON, not closed
     * @return the index
     * @throws InvalidInputException if the JSON is malformed or a value is missing or not positive
     * @throws UncheckedIOException if reading fails
     */
    public static PriceIndex read(InputStream in) {
        Document document = StrictJson.read(in, READER, Document.class, "price index", d -> List.of());
        return of(document.name(), document.source(), document.note(), document.values());
    }

    /**
     * Returns the factor that revalues a value from one year's prices to another's.
     *
     * @param from the year of the value's prices
     * @param to the year to express it in
     * @param context the precision of the division
     * @return {@code CPI(to) / CPI(from)}, exactly 1 when the years are equal, or empty if the index
     *     lacks one of the years
     */
    public Optional<BigDecimal> factor(int from, int to, MathContext context) {
        if (from == to) {
            return Optional.of(BigDecimal.ONE);
        }
        BigDecimal a = values.get(from);
        BigDecimal b = values.get(to);
        if (a == null || b == null) {
            return Optional.empty();
        }
        return Optional.of(b.divide(a, context));
    }

    /**
     * Returns the index value of a year.
     *
     * @param year the year
     * @return the value, or empty if the index lacks the year
     */
    public Optional<BigDecimal> value(int year) {
        return Optional.ofNullable(values.get(year));
    }

    /**
     * Returns the first and last years of the index.
     *
     * @return {@code [first, last]}
     */
    public int[] coverage() {
        return new int[] {values.firstKey(), values.lastKey()};
    }

    /**
     * Returns the index name.
     *
     * @return the name
     */
    public String name() {
        return name;
    }

    /**
     * Returns where the values come from.
     *
     * @return the source
     */
    public String source() {
        return source;
    }

    /**
     * Returns what to check before publishing a result that uses the index.
     *
     * @return the note, or null
     */
    public String note() {
        return note;
    }
}
