package org.leverage.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leverage.TestAdvisors;
import org.leverage.TestPaths;
import org.leverage.api.Advisor;
import org.leverage.scenario.DeclaredIds;
import org.leverage.scenario.ScenarioCase;
import org.leverage.scenario.ScenarioReader;

/** The scenario file the README shows is one a reader can copy: it reads, and it passes. */
class ReadmeScenarioExampleTest {

    @Test
    void theReadmesScenarioExamplePasses(@TempDir Path folder) throws IOException {
        String readme = Files.readString(TestPaths.project().resolve("README.md"), StandardCharsets.UTF_8);
        int section = readme.indexOf("## Scenario tests");
        int start = readme.indexOf("```yaml\n", section) + "```yaml\n".length();
        String example = readme.substring(start, readme.indexOf("```", start));
        Path file = folder.resolve("example.yaml");
        Files.writeString(file, example, StandardCharsets.UTF_8);

        Advisor advisor = TestAdvisors.builtIn();
        ScenarioCase scenario = ScenarioReader.read(file, DeclaredIds.of(advisor));

        assertThat(scenario.expect().differences(advisor.assess(scenario.given()))).isEmpty();
        assertThat(scenario.expect().concerns()).isNotEmpty();
    }
}
