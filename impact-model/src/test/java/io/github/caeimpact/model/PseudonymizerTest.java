package io.github.caeimpact.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PseudonymizerTest {

    /** RFC 4231 test cases 6 and 7 use a 131-byte key of 0xaa, long enough for the 32-byte minimum. */
    private static final byte[] RFC_4231_KEY = filled(131, (byte) 0xaa);

    private static byte[] filled(int length, byte value) {
        byte[] bytes = new byte[length];
        Arrays.fill(bytes, value);
        return bytes;
    }

    @Test
    void macMatchesRfc4231TestCase6() {
        byte[] data = "Test Using Larger Than Block-Size Key - Hash Key First".getBytes(StandardCharsets.US_ASCII);
        assertThat(HexFormat.of().formatHex(Pseudonymizer.of(RFC_4231_KEY).mac(data)))
                .isEqualTo("60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54");
    }

    @Test
    void macMatchesRfc4231TestCase7() {
        byte[] data = ("This is a test using a larger than block-size key and a larger than block-size data."
                + " The key needs to be hashed before being used by the HMAC algorithm.").getBytes(StandardCharsets.US_ASCII);
        assertThat(HexFormat.of().formatHex(Pseudonymizer.of(RFC_4231_KEY).mac(data)))
                .isEqualTo("9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2");
    }

    @Test
    void pseudonymIsTheFirst32HexDigitsOfTheMac() {
        assertThat(Pseudonymizer.of(RFC_4231_KEY).pseudonymize("Test Using Larger Than Block-Size Key - Hash Key First"))
                .isEqualTo("60e431591ee0b67f0d8a26aacbf5b77f");
    }

    @Test
    void pseudonymIsStableLowerCaseHexAndAValidParticipantId() {
        Pseudonymizer pseudonymizer = Pseudonymizer.of(filled(32, (byte) 7));
        String once = pseudonymizer.pseudonymize("CRM-00042");
        assertThat(Pseudonymizer.of(filled(32, (byte) 7)).pseudonymize("CRM-00042")).isEqualTo(once);
        assertThat(once).matches("[0-9a-f]{32}").matches(Participant.ID_PATTERN);
    }

    @Test
    void keyAndLocalIdBothChangeThePseudonym() {
        Pseudonymizer one = Pseudonymizer.of(filled(32, (byte) 1));
        Pseudonymizer two = Pseudonymizer.of(filled(32, (byte) 2));
        assertThat(one.pseudonymize("a")).isNotEqualTo(two.pseudonymize("a")).isNotEqualTo(one.pseudonymize("b"));
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            assertThat(seen.add(one.pseudonymize("person-" + i))).as("local id person-%d", i).isTrue();
        }
    }

    @Test
    void shortKeyIsRefused() {
        assertThatThrownBy(() -> Pseudonymizer.of(new byte[31])).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("32");
        assertThatThrownBy(() -> Pseudonymizer.of(null)).isInstanceOf(NullPointerException.class).hasMessage("key");
    }

    @Test
    void keyIsCopiedAndNotShown() {
        byte[] key = filled(32, (byte) 3);
        Pseudonymizer pseudonymizer = Pseudonymizer.of(key);
        String before = pseudonymizer.pseudonymize("x");
        Arrays.fill(key, (byte) 0);
        assertThat(pseudonymizer.pseudonymize("x")).isEqualTo(before);
        assertThat(pseudonymizer.toString()).isEqualTo("Pseudonymizer[HmacSHA256]");
    }
}
