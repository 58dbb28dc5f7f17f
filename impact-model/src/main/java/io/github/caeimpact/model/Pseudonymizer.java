package io.github.caeimpact.model;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Turns an organisation's local identifier of a person into a stable pseudonymous id, with a keyed
 * hash (HMAC-SHA256, RFC 2104 and FIPS 180-4).
 *
 * <p>The same key and local id always give the same pseudonym; without the key, the pseudonym
 * cannot be linked back to the local id by trying candidate ids. Keep the key secret and keep it
 * for as long as datasets must be linked over time. The pseudonym is the first 32 lower-case hex
 * digits (128 bits) of the MAC of the UTF-8 bytes of the local id. Instances are immutable and
 * thread-safe.
 */
public final class Pseudonymizer {

    /** The shortest key accepted, in bytes: 32, the output length of SHA-256 (RFC 2104 §3). */
    public static final int MIN_KEY_BYTES = 32;

    /** The length of a pseudonym, in hex digits. */
    public static final int PSEUDONYM_LENGTH = 32;

    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;

    private Pseudonymizer(byte[] key) {
        this.key = new SecretKeySpec(key, ALGORITHM);
    }

    /**
     * Returns a pseudonymizer with a secret key.
     *
     * @param key the secret key, at least {@value #MIN_KEY_BYTES} bytes; copied
     * @return the pseudonymizer
     * @throws NullPointerException if {@code key} is null
     * @throws IllegalArgumentException if the key is shorter than {@value #MIN_KEY_BYTES} bytes
     */
    public static Pseudonymizer of(byte[] key) {
        Objects.requireNonNull(key, "key");
        if (key.length < MIN_KEY_BYTES) {
            throw new IllegalArgumentException(
                    "key: must hold at least " + MIN_KEY_BYTES + " bytes, had " + key.length);
        }
        return new Pseudonymizer(Arrays.copyOf(key, key.length));
    }

    /**
     * Returns the pseudonym of a local identifier.
     *
     * @param localId the identifier in the organisation's own records, not null
     * @return the first {@value #PSEUDONYM_LENGTH} lower-case hex digits of
     *     HMAC-SHA256(key, UTF-8 bytes of {@code localId})
     * @throws NullPointerException if {@code localId} is null
     */
    public String pseudonymize(String localId) {
        Objects.requireNonNull(localId, "localId");
        return HexFormat.of().formatHex(mac(localId.getBytes(StandardCharsets.UTF_8)))
                .substring(0, PSEUDONYM_LENGTH);
    }

    /**
     * Returns the full HMAC-SHA256 of some bytes under this pseudonymizer's key.
     *
     * @param message the bytes to authenticate, not null
     * @return the 32-byte MAC
     * @throws NullPointerException if {@code message} is null
     */
    public byte[] mac(byte[] message) {
        Objects.requireNonNull(message, "message");
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(message);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            // Every Java platform must provide HmacSHA256 (java.security.Security standard names).
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    /**
     * Returns a description that does not reveal the key.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return "Pseudonymizer[HmacSHA256]";
    }
}
