package org.leverage.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The text helpers every renderer shares. */
class TextTest {

    @Test
    void oneLineFoldsEveryRunOfWhitespaceAndShowsControlCharactersAsReplacements() {
        assertThat(Text.oneLine("  a\n\tb  c \u001b[31m ")).isEqualTo("a b c \uFFFD[31m");
        assertThat(Text.oneLine(null)).isEmpty();
    }

    @Test
    void joinLinesMakesEachLineBreakOneSpaceAndKeepsBlanksWithinALine() {
        assertThat(Text.joinLines("a  b \n  c\r\nd")).isEqualTo("a  b c d");
    }

    @Test
    void aHeadingIsUnderlinedWithAsManyDashes() {
        StringBuilder out = new StringBuilder();
        Text.heading(out, "Facts (A → B)");
        assertThat(out).hasToString("Facts (A → B)\n-------------\n");
    }

    @Test
    void padFillsToTheWidthAndNeverCuts() {
        assertThat(Text.pad("ab", 4)).isEqualTo("ab  ");
        assertThat(Text.pad("abcdef", 4)).isEqualTo("abcdef");
    }

    @Test
    void wrapBreaksBetweenWordsAtTheWidthAndLeavesALongWordLong() {
        assertThat(Text.wrap(List.of("one", "two", "three", "four"), "> ", "  ", 12))
                .containsExactly("> one two", "  three four");
        assertThat(Text.wrap(List.of("unbreakable-word", "x"), "", "", 5)).containsExactly("unbreakable-word", "x");
        assertThat(Text.wrap(List.of(), "> ", "  ", 12)).isEmpty();
    }

    @Test
    void breakToFitCutsAfterPunctuationOrHard() {
        assertThat(Text.breakToFit("SIGN_WITHDRAWAL_AGREEMENT", 10))
                .containsExactly("SIGN_", "WITHDRAWAL", "_AGREEMENT");
        assertThat(Text.breakToFit("abcdefghij", 4)).containsExactly("abcd", "efgh", "ij");
        assertThat(Text.breakToFit("", 4)).containsExactly("");
    }
}
