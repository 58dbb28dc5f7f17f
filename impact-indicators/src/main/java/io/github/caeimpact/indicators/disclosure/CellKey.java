package io.github.caeimpact.indicators.disclosure;

import io.github.caeimpact.model.Pseudonymizer;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Objects;

/**
 * The cell-key method, as the ONS perturbed the 2021 Census tables and the ABS perturbs
 * TableBuilder: each person gets a record key, a keyed hash (HMAC-SHA256, {@link Pseudonymizer}) of
 * their pseudonymous id; a published figure's cell key is the sum of the record keys of the people
 * it counts, modulo 2<sup>32</sup>; the figure's noise is a fixed function of its cell key. The same
 * people always get the same noise, so a figure published twice is perturbed the same way and
 * averaging repeated releases learns nothing; two figures that differ by one person have unrelated
 * cell keys, so their difference is no longer that person's value. Without the key, the noise
 * cannot be recomputed; keep it secret, like the pseudonymisation key (a different one).
 *
 * <p>Counts (people counted, missing, with an attribute) get an integer noise from -2 to +2 with
 * probabilities 0.1, 0.2, 0.4, 0.2, 0.1 (mean 0, variance 1.2); an empty count stays 0 and a count
 * of at least one person stays at least 1. Sums (of money) get a noise of 10 % to 20 % of their
 * largest contribution, of either sign ({@link #magnitudeFraction()} = 0.2 by default, in the spirit
 * of the ABS's perturbation of magnitudes by their top contributors), never 0. Figures are
 * perturbed one by one, so a published total and the sum of its published parts may differ: by at
 * most 2 per count involved, and by at most the fraction times each sum's largest contribution.
 * Immutable and thread-safe.
 */
public final class CellKey {

    /** The largest change of a count, in people. */
    public static final int MAXIMUM_COUNT_NOISE = 2;

    /** The default largest change of a sum, as a fraction of its largest contribution. */
    public static final double DEFAULT_MAGNITUDE_FRACTION = 0.2;

    /** The cumulative probabilities of the count noises -2, -1, 0, +1 (+2 takes the rest). */
    private static final double[] CUMULATIVE = {0.1, 0.3, 0.7, 0.9};

    private static final double TWO_TO_32 = 4294967296.0;

    private final Pseudonymizer hash;
    private final double magnitudeFraction;

    private CellKey(Pseudonymizer hash, double magnitudeFraction) {
        this.hash = hash;
        this.magnitudeFraction = magnitudeFraction;
    }

    /**
     * Returns the method with a secret key and the default magnitude fraction.
     *
     * @param key the secret key, at least {@value Pseudonymizer#MIN_KEY_BYTES} bytes; copied
     * @return the cell-key method
     * @throws NullPointerException if key is null
     * @throws IllegalArgumentException if the key is too short
     */
    public static CellKey of(byte[] key) {
        return of(key, DEFAULT_MAGNITUDE_FRACTION);
    }

    /**
     * Returns the method with a secret key and a magnitude fraction.
     *
     * @param key the secret key, at least {@value Pseudonymizer#MIN_KEY_BYTES} bytes; copied
     * @param magnitudeFraction the largest change of a sum as a fraction of its largest contribution, above 0 and at most 1
     * @return the cell-key method
     * @throws NullPointerException if key is null
     * @throws IllegalArgumentException if the key is too short or the fraction out of range
     */
    public static CellKey of(byte[] key, double magnitudeFraction) {
        Objects.requireNonNull(key, "key");
        if (!(magnitudeFraction > 0 && magnitudeFraction <= 1)) {
            throw new IllegalArgumentException("magnitudeFraction: must be above 0 and at most 1, was " + magnitudeFraction);
        }
        return new CellKey(Pseudonymizer.of(key), magnitudeFraction);
    }

    /**
     * Returns the largest change of a sum, as a fraction of its largest contribution.
     *
     * @return the fraction, above 0 and at most 1
     */
    public double magnitudeFraction() {
        return magnitudeFraction;
    }

    /**
     * Returns a person's record key: the first 4 bytes of the keyed hash of their id, as an unsigned number.
     *
     * @param participantId the pseudonymous id
     * @return the record key, 0 to 2<sup>32</sup> - 1
     * @throws NullPointerException if participantId is null
     */
    public long recordKey(String participantId) {
        Objects.requireNonNull(participantId, "participantId");
        byte[] mac = hash.mac(participantId.getBytes(StandardCharsets.UTF_8));
        return ((mac[0] & 0xFFL) << 24) | ((mac[1] & 0xFFL) << 16) | ((mac[2] & 0xFFL) << 8) | (mac[3] & 0xFFL);
    }

    /**
     * Returns the cell key of a figure: the sum of its people's record keys modulo 2<sup>32</sup>.
     *
     * @param recordKeys the record keys of the people the figure counts
     * @return the cell key, 0 to 2<sup>32</sup> - 1
     * @throws NullPointerException if recordKeys is null
     */
    public static long cellKey(Collection<Long> recordKeys) {
        long sum = 0;
        for (long key : Objects.requireNonNull(recordKeys, "recordKeys")) {
            sum = (sum + key) & 0xFFFFFFFFL;
        }
        return sum;
    }

    /**
     * Returns a perturbed count.
     *
     * @param count the true count, not negative
     * @param cellKey the cell key of the people counted
     * @return the count plus its noise (-2 to +2); 0 when the count is 0, at least 1 otherwise
     * @throws IllegalArgumentException if the count is negative
     */
    public long perturbCount(long count, long cellKey) {
        if (count < 0) {
            throw new IllegalArgumentException("count: must not be negative, was " + count);
        }
        if (count == 0) {
            return 0;
        }
        double u = (cellKey & 0xFFFFFFFFL) / TWO_TO_32;
        int noise = MAXIMUM_COUNT_NOISE;
        for (int i = 0; i < CUMULATIVE.length; i++) {
            if (u < CUMULATIVE[i]) {
                noise = i - MAXIMUM_COUNT_NOISE;
                break;
            }
        }
        return Math.max(1, count + noise);
    }

    /**
     * Returns a perturbed sum: the sum plus a noise of half to all of the magnitude fraction times
     * its largest contribution, of a sign and size fixed by the cell key (scrambled, so that it is
     * independent of the noise of the people's count).
     *
     * @param sum the true sum
     * @param largest the largest absolute contribution, not negative
     * @param cellKey the cell key of the people contributing
     * @return the perturbed sum, exact in decimal (rounding is left to the renderer)
     * @throws NullPointerException if sum or largest is null
     * @throws IllegalArgumentException if largest is negative
     */
    public BigDecimal perturbSum(BigDecimal sum, BigDecimal largest, long cellKey) {
        Objects.requireNonNull(sum, "sum");
        Objects.requireNonNull(largest, "largest");
        if (largest.signum() < 0) {
            throw new IllegalArgumentException("largest: must not be negative, was " + largest);
        }
        long mixed = scramble(cellKey);
        double size = 0.5 + 0.5 * ((mixed >>> 11) & 0xFFFFFL) / 1048576.0;
        double signed = (mixed & 1) == 0 ? size : -size;
        BigDecimal noise = largest.multiply(BigDecimal.valueOf(signed * magnitudeFraction), MathContext.DECIMAL64);
        return sum.add(noise);
    }

    /** SplitMix64's finaliser (Steele, Lea and Flood, 2014): a fixed bijection spreading every bit of the key. */
    private static long scramble(long key) {
        long z = key + 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /**
     * Returns a description without the key.
     *
     * @return the method and its parameters
     */
    @Override
    public String toString() {
        return "CellKey[counts ±" + MAXIMUM_COUNT_NOISE + ", sums ±" + magnitudeFraction + " of the largest contribution]";
    }
}
