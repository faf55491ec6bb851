package org.leverage.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leverage.api.AidShare;
import org.leverage.api.InvalidStateException;
import org.leverage.api.PolicyState;
import org.leverage.api.SourceLocation;
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
        assertThatThrownBy(() -> StateReader.read(dir))
                .hasMessage("cannot read state file: it is a folder, not a file");
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

    private static ByteArrayInputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
