package org.leverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.leverage.api.Advisor;
import org.leverage.scenario.DeclaredIds;
import org.leverage.scenario.ScenarioCase;
import org.leverage.scenario.ScenarioReader;

/**
 * Runs every scenario file of the project's {@code scenarios/} (and the contract's, beside the clone) as a
 * test of its own: the same files {@code leverage test scenarios/} runs. A failure shows the differences.
 */
class ScenarioSuiteTest {

    private static final Advisor ADVISOR = TestAdvisors.builtIn();

    @TestFactory
    Stream<DynamicTest> everyProjectScenarioHolds() throws IOException {
        return casesUnder(TestPaths.scenarios());
    }

    @TestFactory
    Stream<DynamicTest> everyContractScenarioHolds() throws IOException {
        if (!TestPaths.hasSharedScenarios()) {
            return Stream.empty();
        }
        return casesUnder(TestPaths.sharedScenarios());
    }

    static List<Path> scenarioFiles(Path folder) throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".json"))
                    .sorted()
                    .forEach(files::add);
        }
        return files;
    }

    private static Stream<DynamicTest> casesUnder(Path folder) throws IOException {
        return scenarioFiles(folder).stream().map(file -> DynamicTest.dynamicTest(
                file.getFileName().toString(), file.toUri(), () -> {
                    ScenarioCase scenario = ScenarioReader.read(file, DeclaredIds.of(ADVISOR));
                    List<String> differences = scenario.expect().differences(ADVISOR.assess(scenario.given()));
                    assertThat(differences)
                            .as("%s (%s) differs from what it expects", scenario.name(), file)
                            .isEmpty();
                }));
    }
}
