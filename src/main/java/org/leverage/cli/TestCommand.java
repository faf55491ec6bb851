package org.leverage.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.leverage.api.Advisor;
import org.leverage.api.Assessment;
import org.leverage.api.InvalidStateException;
import org.leverage.scenario.DeclaredIds;
import org.leverage.scenario.ScenarioCase;
import org.leverage.scenario.ScenarioReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code leverage test}: runs scenario files (DOMAIN §8) and reports each case. */
@Command(name = "test",
        mixinStandardHelpOptions = true,
        description = {
            "Run scenario tests: each file holds a policy state (given) and what must follow from it"
                    + " (expect). Prints one line per case, the differences under each failure, and a"
                    + " closing line 'N passed, M failed'.",
            "A file that cannot be read is listed as ERROR and counted as failed, its problem one line on"
                    + " standard error; the run then exits 2."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  leverage test                         the clone's scenarios/ folder",
            "  leverage test scenarios/ my-cases/    every .yaml, .yml and .json file under these",
            "  leverage test spurned.yaml --rules my-rules/"})
final class TestCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "PATH",
            description = "Scenario files, or folders searched for them. Default: the clone's scenarios/.")
    private List<Path> paths = new ArrayList<>();

    @Mixin
    private RuleOptions rules;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Path> files = scenarioFiles(paths.isEmpty() ? defaultPaths() : paths);
        Advisor advisor = rules.advisor();
        // The ids a scenario may expect are those of the framework it runs with, an analyst's own included.
        DeclaredIds declared = DeclaredIds.of(advisor);
        int passed = 0;
        int failed = 0;
        boolean unreadable = false;
        for (Path file : files) {
            ScenarioCase scenario;
            try {
                scenario = ScenarioReader.read(file, declared);
            } catch (InvalidStateException e) {
                out.println("ERROR " + file);
                out.flush();
                err.println("leverage: " + e.oneLine());
                err.flush();
                failed++;
                unreadable = true;
                continue;
            }
            List<String> differences;
            try {
                Assessment assessment = advisor.assess(scenario.given());
                differences = scenario.expect().differences(assessment);
            } catch (InvalidStateException e) {
                differences = List.of(e.oneLine());
            }
            if (differences.isEmpty()) {
                out.println("PASS  " + scenario.name() + "  (" + file + ")");
                passed++;
            } else {
                out.println("FAIL  " + scenario.name() + "  (" + file + ")");
                differences.forEach(d -> out.println("      - " + d));
                failed++;
            }
        }
        out.println(passed + " passed, " + failed + " failed");
        out.flush();
        if (unreadable) {
            return ExitCode.INPUT_ERROR.code();
        }
        return failed > 0 ? ExitCode.TESTS_FAILED.code() : ExitCode.OK.code();
    }

    private static List<Path> defaultPaths() {
        Path folder = RuleOptions.home().map(h -> h.resolve("scenarios"))
                .orElseThrow(() -> new UserInputException(
                        "name the scenario files or folders to run, e.g. leverage test scenarios/"));
        return List.of(folder);
    }

    /** The scenario files named, each folder's sorted by path; a name that is neither is an input error. */
    static List<Path> scenarioFiles(List<Path> paths) {
        for (Path path : paths) {
            if (!Files.exists(path)) {
                throw new UserInputException(path + ": no such scenario file or folder");
            }
        }
        List<Path> files = ScenarioReader.files(paths);
        if (files.isEmpty()) {
            throw new UserInputException(String.join(", ", paths.stream().map(Path::toString).toList())
                    + ": no scenario files (.yaml, .yml, .json) found");
        }
        return files;
    }
}
