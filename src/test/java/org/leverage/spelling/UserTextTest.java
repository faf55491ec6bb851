package org.leverage.spelling;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a message may echo of a person's text: one line, nothing a terminal would act on, at most 60 characters. */
class UserTextTest {

    @Test
    void everyControlCharacterIsEscaped_C1AndTheLineSeparatorsIncluded() {
        StringBuilder controls = new StringBuilder();
        for (char c = 0; c < 0x20; c++) {
            controls.append(c);
        }
        for (char c = 0x7F; c <= 0x9F; c++) {
            controls.append(c);
        }
        controls.append('\u2028').append('\u2029');

        String escaped = UserText.escaped(controls.toString());

        assertThat(escaped.chars().filter(c -> c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x2028 || c == 0x2029))
                .isEmpty();
        assertThat(escaped).contains("\\n", "\\r", "\\t", "\\u001B", "\\u009B", "\\u0085", "\\u2028");
    }

    @Test
    void bidirectionalControlsAreEscapedSoAMessageReadsInTheOrderItIsWritten() {
        String reordering = "a\u202Eb\u2066c\u200Fd";

        assertThat(UserText.shown(reordering)).isEqualTo("a\\u202Eb\\u2066c\\u200Fd");
    }

    @Test
    void longTextIsCutAfterSixtyCharactersAndQuoted() {
        assertThat(UserText.shown("x".repeat(100))).isEqualTo("x".repeat(60) + "…");
        assertThat(UserText.quoted("a\u009B2Jb\"")).isEqualTo("\"a\\u009B2Jb\\\"\"");
    }
}
