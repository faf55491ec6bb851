package org.leverage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.leverage.TestPaths;

/**
 * {@code leverage odds}: the README's uncertain example gives the call on Beijing and the enlisting phase at
 * exactly Pyongyang's chance of spurning the offer, swung by its answer, in text and JSON; a bad distribution is
 * one located line and exit 2.
 */
@ExtendWith(Cli.class)
class OddsCommandTest {

    private static final String EXAMPLE = TestPaths.project().resolve("docs/examples/uncertain-2017.yaml").toString();

    @Test
    void theExampleGivesTheCallOnBeijingAtSixtyPercentSwungByPyongyangsAnswer() {
        Cli.Run run = Cli.run(0, "odds", EXAMPLE);

        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains("Exact: every one of the 6 combinations of 2 uncertain fields weighed by its"
                + " chance.")
                .contains("  northKorea.responseToOffer: PENDING 30.0 %, ACCEPTED 10.0 %, SPURNED 60.0 %")
                .containsPattern("\\n  60\\.0 %  ENLIST_BEIJING +swung most by northKorea\\.responseToOffer"
                        + " \\(100 points\\)\\n")
                .containsPattern("\\n  60\\.0 %  CALL_ON_BEIJING_FOR_DRASTIC_ACTION +swung most by"
                        + " northKorea\\.responseToOffer \\(100 points\\)\\n")
                .containsPattern("\\n 100\\.0 %  THAAD_RADAR raised +robust\\n");
    }

    @Test
    void theJsonHasExactChancesAndTheSwingingField() throws IOException {
        JsonNode odds = new ObjectMapper().readTree(Cli.run(0, "odds", EXAMPLE, "--format", "json").out());

        assertThat(odds.get("method").asText()).isEqualTo("exact");
        assertThat(odds.get("combinations").asLong()).isEqualTo(6);
        JsonNode call = null;
        JsonNode phase = null;
        for (JsonNode item : odds.get("items")) {
            if (item.get("id").asText().equals("CALL_ON_BEIJING_FOR_DRASTIC_ACTION")) {
                call = item;
            }
            if (item.get("kind").asText().equals("phase") && item.get("id").asText().equals("ENLIST_BEIJING")) {
                phase = item;
            }
        }
        assertThat(call).isNotNull();
        assertThat(call.get("probability").asDouble()).isEqualTo(0.6);
        assertThat(call.get("swungMostBy").asText()).isEqualTo("northKorea.responseToOffer");
        assertThat(call.get("robust").asBoolean()).isFalse();
        assertThat(phase.get("probability").asDouble()).isEqualTo(0.6);
    }

    @Test
    void theSameStateGivesTheSameBytes() {
        assertThat(Cli.run(0, "odds", EXAMPLE, "-f", "json").out())
                .isEqualTo(Cli.run(0, "odds", EXAMPLE, "-f", "json").out());
    }

    @Test
    void aCertainStateIsOneStateAtFullChance(@TempDir Path folder) throws IOException {
        Path state = Files.writeString(folder.resolve("certain.yaml"), "unitedStates: {thaadDeployed: true}\n");

        assertThat(Cli.run(0, "odds", state.toString()).out())
                .contains("No field is uncertain: the one state is assessed as it is.")
                .containsPattern("\\n 100\\.0 %  THAAD_RADAR raised +robust\\n");
    }

    @Test
    void theHtmlPageIsSelfContainedWithABarPerConclusionAndTheLabelEscaped(@TempDir Path folder) throws IOException {
        Path state = Files.writeString(folder.resolve("hostile.yaml"), """
                label: "<script>alert(1)</script> & co"
                unitedStates: {talksWithPyongyang: OFFERED}
                northKorea: {responseToOffer: {SPURNED: 0.6, PENDING: 0.4}}
                """);
        Path page = folder.resolve("odds.html");

        Cli.Run run = Cli.run(0, "odds", state.toString(), "-f", "html", "--output", page.toString());

        String html = Files.readString(page);
        assertThat(run.out()).isEmpty();
        assertThat(html).startsWith("<!DOCTYPE html>").endsWith("</html>\n")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; co")
                .doesNotContain("<script", "http://", "https://", "<link", "<img");
        long rows = html.lines().filter(l -> l.startsWith("<tr")).count();
        assertThat(html.split("<svg class=\"bar\"", -1).length - 1).isEqualTo((int) rows).isPositive();
        assertThat(html).contains("<tr><td class=\"chance\">60.0 %</td>");
    }

    @Test
    void theMarkdownHasATablePerKindOfConclusion() {
        String markdown = Cli.run(0, "odds", EXAMPLE, "-f", "markdown").out();

        assertThat(markdown).startsWith("# Odds: Tillerson in Beijing")
                .contains("\n## Recommendations\n\n| chance | conclusion | robust | swung most by |\n")
                .contains("| 60.0 % | `CALL_ON_BEIJING_FOR_DRASTIC_ACTION` |  | `northKorea.responseToOffer` (100"
                        + " points) |");
    }

    @Test
    void limitsOutOfRangeAreUsageErrors() {
        assertThat(Cli.run(2, "odds", EXAMPLE, "--exact-limit", "0").errLines()).containsExactly(
                "leverage: --exact-limit must be from 1 to 1,000,000,000, was 0");
        assertThat(Cli.run(2, "odds", EXAMPLE, "--exact-limit", "10000000000000").errLines()).containsExactly(
                "leverage: --exact-limit must be from 1 to 1,000,000,000, was 10000000000000");
        assertThat(Cli.run(2, "odds", EXAMPLE, "--samples", "5").errLines()).containsExactly(
                "leverage: --samples must be at least 100, was 5");
    }

    @Test
    void aSampleSaysSoAndGivesIntervals() {
        Cli.Run run = Cli.run(0, "odds", EXAMPLE, "--exact-limit", "1", "--samples", "2000", "--seed", "5");

        assertThat(run.out()).contains("Sampled: 2,000 of the 6 combinations of 2 uncertain fields drawn by their"
                + " chances (seed 5); each chance with its 95 % interval.")
                .containsPattern("\\n +\\d+\\.\\d % \\(\\d+\\.\\d–\\d+\\.\\d %\\)  CALL_ON_BEIJING_FOR_DRASTIC_ACTION");
    }

    @Test
    void aBadDistributionIsOneLocatedLineAndExitTwo(@TempDir Path folder) throws IOException {
        Path state = Files.writeString(folder.resolve("bad.yaml"),
                "northKorea:\n  responseToOffer: {SPURNED: 0.6, PENDING: 0.3}\n");

        Cli.Run run = Cli.run(2, "odds", state.toString());

        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).containsExactly("leverage: " + state + ":2:20: northKorea.responseToOffer: the"
                + " chances sum to 0.9, not 1 (within 0.001)");
    }

    @Test
    void aStateWhoseEveryCombinationContradictsItselfIsAUsageError(@TempDir Path folder) throws IOException {
        Path state = Files.writeString(folder.resolve("impossible.yaml"),
                "northKorea:\n  responseToOffer: {SPURNED: 0.5, PENDING: 0.5}\n");

        Cli.Run run = Cli.run(2, "odds", state.toString());

        assertThat(run.errLines()).singleElement().asString().startsWith("leverage: " + state + ": every combination"
                + " of the uncertain fields contradicts itself, e.g. northKorea.responseToOffer: ");
    }
}
