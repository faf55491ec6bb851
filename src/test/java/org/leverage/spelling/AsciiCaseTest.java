package org.leverage.spelling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class AsciiCaseTest {

    @Test
    void foldsAsciiLettersAndNothingElse() {
        assertThat(AsciiCase.upper("sever-aid")).isEqualTo("SEVER-AID");
        assertThat(AsciiCase.lower("northKorea.Stability")).isEqualTo("northkorea.stability");
        // What String.toUpperCase(Locale.ROOT) folds to S, I and FF, and toLowerCase to k, stays as written.
        assertThat(AsciiCase.upper("ſpurned")).isEqualTo("ſPURNED");
        assertThat(AsciiCase.upper("ıncentıves")).isEqualTo("ıNCENTıVES");
        assertThat(AsciiCase.upper("oﬀer")).isEqualTo("OﬀER");
        assertThat(AsciiCase.lower("north\u212Aorea")).isEqualTo("north\u212Aorea");
    }

    @Test
    void aLookAlikeIsNotEqualIgnoringCaseThoughJavaSaysItIs() {
        assertThat("ſpurned".equalsIgnoreCase("SPURNED")).as("the JDK's folding, which this class replaces").isTrue();
        assertThat(AsciiCase.equalsIgnoreCase("ſpurned", "SPURNED")).isFalse();
        assertThat(AsciiCase.equalsIgnoreCase("jſon", "json")).isFalse();
        assertThat(AsciiCase.equalsIgnoreCase("Spurned", "SPURNED")).isTrue();
        assertThat(AsciiCase.equalsIgnoreCase("json", null)).isFalse();
    }

    @Test
    void ignoresTheMachineLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            assertThat(AsciiCase.upper("incentives")).isEqualTo("INCENTIVES");
            assertThat(AsciiCase.lower("INCENTIVES")).isEqualTo("incentives");
        } finally {
            Locale.setDefault(before);
        }
    }
}
