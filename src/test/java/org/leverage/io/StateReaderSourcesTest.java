package org.leverage.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leverage.api.AidShare;
import org.leverage.api.InvalidStateException;
import org.leverage.api.PolicyState;
import org.leverage.api.SourceLocation;
import org.leverage.spelling.UserText;

/**
 * Where a state comes from: a file that is missing, a folder or not UTF-8; a stream read by its content; an
 * extension that decides the syntax; and a state embedded in a scenario file, its paths prefixed. The state format
 * itself is {@link StateReaderTest}'s.
 */
class StateReaderSourcesTest {

    // ------------------------------------------------------------------ sources

    @Test
    void missingFile_isReportedAtLineZero() {
        Path missing = Path.of("no-such-dir", "no-such-state.yaml");

        InvalidStateException e = catchThrowableOfType(InvalidStateException.class, () -> StateReader.read(missing));

        assertThat(e.getMessage()).isEqualTo("cannot read state file: no such file");
        assertThat(e.location()).contains(new SourceLocation(missing.toString(), 0, 0));
        assertThat(e.field()).isEmpty();
        assertThat(e.oneLine()).isEqualTo(missing + ": cannot read state file: no such file");
    }

    @Test
    void folder_isNotAStateFile(@TempDir Path dir) {
        InvalidStateException e = catchThrowableOfType(InvalidStateException.class, () -> StateReader.read(dir));

        assertThat(e).hasMessage("cannot read state file: it is a folder, not a file");
        assertThat(e.location()).contains(new SourceLocation(dir.toString(), 0, 0));
    }

    /** A UTF-8 byte order mark before a file's or a string's YAML or JSON is skipped: the state reads the same. */
    @Test
    void byteOrderMark_beforeAFileOrAString_isSkipped(@TempDir Path dir) throws IOException {
        String yaml = "unitedStates:\n  thaadDeployed: true\nchina: {aidShare: SMALL}\n";
        String json = "{\"unitedStates\": {\"thaadDeployed\": true}, \"china\": {\"aidShare\": \"SMALL\"}}";
        PolicyState expected = PolicyState.builder().thaadDeployed(true).aidShare(AidShare.SMALL).build();
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

        for (String document : new String[] {yaml, json}) {
            byte[] text = document.getBytes(StandardCharsets.UTF_8);
            byte[] withBom = new byte[bom.length + text.length];
            System.arraycopy(bom, 0, withBom, 0, bom.length);
            System.arraycopy(text, 0, withBom, bom.length, text.length);
            Path plain = Files.write(dir.resolve("plain.state"), text);
            Path marked = Files.write(dir.resolve("marked.state"), withBom);

            assertThat(PolicyState.read(plain)).as(document).isEqualTo(expected);
            assertThat(PolicyState.read(marked)).as(document).isEqualTo(PolicyState.read(plain));
            assertThat(PolicyState.parse("\uFEFF" + document, "s")).as(document)
                    .isEqualTo(PolicyState.parse(document, "s")).isEqualTo(expected);
        }
    }

    @Test
    void fileThatIsNotUtf8_isRefused(@TempDir Path dir) throws IOException {
        Path file = Files.write(dir.resolve("latin1.yaml"), new byte[] {'l', 'a', 'b', 'e', 'l', ':', ' ', (byte) 0xE9});

        InvalidStateException e = catchThrowableOfType(InvalidStateException.class, () -> StateReader.read(file));

        assertThat(e).hasMessage("cannot read state file: it is not UTF-8 text (byte 0xE9 at offset 7)");
        assertThat(e.location()).contains(new SourceLocation(file.toString(), 1, 8));
    }

    @Test
    void stdinStyleStream_isReadAsYamlOrJsonByItsContent() {
        String yaml = "unitedStates:\n  thaadDeployed: true\n";
        String json = "  {\"unitedStates\": {\"thaadDeployed\": true}}";
        PolicyState expected = PolicyState.builder().thaadDeployed(true).build();

        assertThat(StateReader.read(stream(yaml), "<stdin>")).isEqualTo(expected);
        assertThat(StateReader.read(stream(json), "<stdin>")).isEqualTo(expected);
        assertThat(StateReader.read(stream("\uFEFF" + yaml), "<stdin>")).isEqualTo(expected);
    }

    @Test
    void stdinStyleStream_errorsNameTheStream() {
        InvalidStateException e = catchThrowableOfType(InvalidStateException.class,
                () -> StateReader.read(stream("china:\n  aidShare: HUGE\n"), "<stdin>"));

        assertThat(e.oneLine()).isEqualTo("<stdin>:2:13: china.aidShare: unknown value \"HUGE\"; expected one of"
                + " SMALL, MODERATE, LARGE");
    }

    @Test
    void fileWithAnotherExtension_isReadByItsContent(@TempDir Path dir) throws IOException {
        Path json = Files.writeString(dir.resolve("state.txt"), "{\"china\": {\"aidShare\": \"SMALL\"}}");
        Path yaml = Files.writeString(dir.resolve("state"), "china: {aidShare: SMALL}");

        assertThat(StateReader.read(json).china().aidShare()).isEqualTo(AidShare.SMALL);
        assertThat(StateReader.read(yaml).china().aidShare()).isEqualTo(AidShare.SMALL);
    }

    @Test
    void jsonExtension_isReadAsJson_evenWhenTheContentIsYaml(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("state.json"), "china:\n  aidShare: SMALL\n");

        assertThatThrownBy(() -> StateReader.read(file)).hasMessageStartingWith("invalid JSON: ");
    }

    @Test
    void valueWithALineBreak_isShownEscaped_soTheMessageStaysOneLine() {
        assertThatThrownBy(() -> StateReader.read("unitedStates: {goal: \"DENU\\nKE\"}", "s.yaml"))
                .hasMessageStartingWith("unitedStates.goal: unknown value \"DENU\\nKE\"")
                .hasMessageNotContaining("\n");
    }

    /** An unknown value holding an ESC is quoted back escaped, as {@code \\u001B}, on one line with no raw control. */
    @Test
    void unknownValueWithAnEscapeCharacter_isShownEscaped_withNoRawControlCharacter() {
        for (String document : new String[] {
            "unitedStates: {goal: \"DENU\\eKE\"}", "{\"unitedStates\": {\"goal\": \"DENU\\u001BKE\"}}"}) {
            InvalidStateException e = catchThrowableOfType(InvalidStateException.class,
                    () -> PolicyState.parse(document, "s"));

            assertThat(e).as(document).isNotNull();
            assertThat(e.oneLine()).as(document).startsWith("s:1:")
                    .contains("unitedStates.goal: unknown value \"DENU\\u001BKE\"; expected one of");
            assertThat(rawControlCharacters(e.oneLine())).as(document).isEmpty();
        }
    }

    /** Reading a stream leaves it open, and an oversized one is read only to one byte past the limit. */
    @Test
    void aStream_isNeverClosed_andAnOversizedOneIsReadOnlyToOneBytePastTheLimit() {
        ClosingRecorder valid = new ClosingRecorder("china: {aidShare: SMALL}\n".getBytes(StandardCharsets.UTF_8));

        assertThat(PolicyState.read(valid, "<stream>").china().aidShare()).isEqualTo(AidShare.SMALL);
        assertThat(valid.closed).as("closed after a valid document").isFalse();

        byte[] big = new byte[Limits.MAX_DOCUMENT_BYTES + 5000];
        Arrays.fill(big, (byte) '#');
        ClosingRecorder oversized = new ClosingRecorder(big);

        assertThatThrownBy(() -> PolicyState.read(oversized, "<stream>")).isInstanceOf(InvalidStateException.class)
                .hasMessage("cannot read state: it is longer than the limit of 1048576 bytes (1 MiB)");
        assertThat(oversized.closed).as("closed after an oversized document").isFalse();
        assertThat(oversized.available()).as("bytes left unread").isEqualTo(big.length - (Limits.MAX_DOCUMENT_BYTES + 1));
    }

    /** A syntax error's message shows no raw control character or line break of the document, in YAML or JSON. */
    @Test
    void syntaxErrorsQuotingTheDocument_showNoRawControlCharacter() {
        for (String control : new String[] {"\u001B", "\u0007", "\u0000", "\t", "\u007F", "\u0085", "\u2028", "\u2029"}) {
            String[] documents = {
                "{\"label\": x" + control + "y}",              // JSON: an unrecognized token, which Jackson quotes
                "{\"label\": tru" + control + "e}",
                "{\"label\": \"x" + control + "y",              // JSON: an unterminated string
                "{\"la" + control + "bel\" 1}",
                "label: \"x" + control + "y",                    // YAML: an unterminated string
                "label: !x" + control + " y",                    // YAML: a tag cut short, which SnakeYAML quotes
                "label: \"\\" + control + "x",                 // YAML: an unknown escape, which SnakeYAML quotes
                "label: [a, b" + control + "\n"};                 // YAML: a list where the label goes
            for (String document : documents) {
                String as = "U+" + Integer.toHexString(control.charAt(0)) + " in " + UserText.shown(document);
                InvalidStateException e = catchThrowableOfType(InvalidStateException.class,
                        () -> PolicyState.parse(document, "s"));

                assertThat(e).as(as).isNotNull();
                assertThat(rawControlCharacters(e.oneLine())).as(as + " => " + UserText.shown(e.oneLine())).isEmpty();
            }
        }
        InvalidStateException token = catchThrowableOfType(InvalidStateException.class,
                () -> PolicyState.parse("{\"label\": x\u001By}", "s"));
        assertThat(token.oneLine()).startsWith("s:1:11: invalid JSON: Unrecognized token 'x\\u001By'");
    }

    // ------------------------------------------------------------------ embedded

    @Test
    void embeddedState_prefixesItsPathsAndKeepsTheFileLocations() {
        String scenario = "name: x\ngiven:\n  unitedStates:\n    goal: DENUKE\n";
        try (StrictParser parser = StrictParser.open(scenario, "scenario.yaml")) {
            parser.next();
            parser.next();
            parser.next();
            parser.next();
            parser.next();

            InvalidStateException e = catchThrowableOfType(InvalidStateException.class,
                    () -> StateReader.readEmbedded(parser, "given"));

            assertThat(e.field()).isEqualTo("given.unitedStates.goal");
            assertThat(e.location()).contains(new SourceLocation("scenario.yaml", 4, 11));
        }
    }

    @Test
    void embeddedState_reportsContradictionsWithThePrefix() {
        String scenario = "given:\n  northKorea: {responseToOffer: SPURNED}\n";
        try (StrictParser parser = StrictParser.open(scenario, "scenario.yaml")) {
            parser.next();
            parser.next();
            parser.next();

            InvalidStateException e = catchThrowableOfType(InvalidStateException.class,
                    () -> StateReader.readEmbedded(parser, "given"));

            assertThat(e.field()).isEqualTo("given.northKorea.responseToOffer");
            assertThat(e.location()).contains(new SourceLocation("scenario.yaml", 2, 33));
        }
    }

    /** The characters of {@code text} a terminal would act on or break a line at, as code points. */
    private static List<Integer> rawControlCharacters(String text) {
        return text.chars().filter(c -> c < 0x20 || c == 0x7F || c == 0x85 || c == 0x2028 || c == 0x2029).boxed()
                .toList();
    }

    /** A stream over bytes that records whether it was closed. */
    private static final class ClosingRecorder extends ByteArrayInputStream {
        boolean closed;

        ClosingRecorder(byte[] bytes) {
            super(bytes);
        }

        @Override
        public void close() throws IOException {
            closed = true;
            super.close();
        }
    }

    private static ByteArrayInputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
