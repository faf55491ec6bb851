package org.leverage.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.leverage.api.Advisor;
import org.leverage.api.Assessment;
import org.leverage.api.PolicyState;
import org.leverage.report.ComparisonReport;
import org.leverage.spelling.AsciiCase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code leverage compare}: one state under several frameworks, side by side. */
@Command(name = "compare",
        mixinStandardHelpOptions = true,
        showDefaultValues = true,
        description = {
            "Assess one state under several frameworks and show, side by side, the phase, the recommendations"
                    + " and the warnings of each: where they agree and where they differ.",
            "The built-in framework is " + CompareCommand.BUILT_IN + "; it comes first unless named otherwise."
                    + " Each --framework NAME=DIR is the rules of DIR alone (not on top of the built-in one)."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  leverage compare today.yaml --framework hawk=frameworks/hawk/",
            "  leverage compare --framework mine=my-framework/ --format json",
            "  leverage compare today.yaml --framework a=dir-a/ --framework carpenter-2017"})
final class CompareCommand implements Callable<Integer> {

    static final String BUILT_IN = "carpenter-2017";

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "STATE",
            description = "A policy state or scenario file. Default: the built-in baseline-2017 scenario.")
    private Path state;

    @Option(names = "--framework", paramLabel = "NAME=DIR", required = true,
            description = "A framework to compare: a name of its own (not " + BUILT_IN + ", none twice) and a"
                    + " folder of rules; or " + BUILT_IN + " alone for the built-in one. Repeatable.")
    private List<String> frameworks = new ArrayList<>();

    @Mixin
    private OutputOptions.Format format;

    @Option(names = "--time-limit", paramLabel = "TIME", converter = RuleOptions.TimeLimitConverter.class,
            defaultValue = RuleOptions.DEFAULT_TIME_LIMIT, description = RuleOptions.TIME_LIMIT_HELP)
    private java.time.Duration timeLimit;

    @Option(names = "--verbose", description = "Log what happens to stderr, and show stack traces.")
    private boolean verbose;

    @Override
    public Integer call() {
        Map<String, Advisor> advisors = advisors();
        PolicyState policyState = readState();
        Map<String, Assessment> assessments = new LinkedHashMap<>();
        advisors.forEach((name, advisor) -> assessments.put(name, advisor.assess(policyState)));
        format.print(assessments, ComparisonReport::text, ComparisonReport::json, spec.commandLine().getOut());
        return ExitCode.OK.code();
    }

    private Map<String, Advisor> advisors() {
        // Every --framework is checked before any is compiled, so that a clash is told at once.
        Map<String, Path> named = new LinkedHashMap<>();
        for (String framework : frameworks) {
            String prefix = "--framework " + framework + ": ";
            String name = framework;
            Path folder = null;
            if (!framework.equals(BUILT_IN)) {
                int equals = framework.indexOf('=');
                if (equals <= 0 || equals == framework.length() - 1) {
                    throw new UserInputException(prefix + "expected NAME=DIR (or " + BUILT_IN + " alone)");
                }
                name = framework.substring(0, equals);
                folder = Path.of(framework.substring(equals + 1));
                // A folder shown under the built-in's name would pass an analyst's rules off as the essay's.
                if (AsciiCase.equalsIgnoreCase(name, BUILT_IN)) {
                    throw new UserInputException(prefix + name + " is the built-in framework's name;"
                            + " give " + folder + " a name of its own (" + BUILT_IN
                            + " alone compares the built-in one)");
                }
            }
            String key = AsciiCase.lower(name);
            if (named.keySet().stream().anyMatch(n -> AsciiCase.lower(n).equals(key))) {
                throw new UserInputException(prefix + "the name " + name + " is used twice; give"
                        + " each framework a name of its own");
            }
            if (folder != null && !Files.isDirectory(folder)) {
                throw new UserInputException(prefix + folder + " is not a folder");
            }
            named.put(name, folder);
        }
        Map<String, Advisor> advisors = new LinkedHashMap<>();
        if (!named.containsKey(BUILT_IN)) {
            advisors.put(BUILT_IN, builtIn());
        }
        named.forEach((name, folder) -> advisors.put(name, folder == null ? builtIn()
                : LeverageCli.advisor(spec, Advisor.builder().withoutBuiltInRules().addRules(folder)
                        .cacheCompiledRules(RuleOptions.cacheFolder()).timeLimit(timeLimit))));
        return advisors;
    }

    private Advisor builtIn() {
        Advisor.Builder builder = Advisor.builder().cacheCompiledRules(RuleOptions.cacheFolder()).timeLimit(timeLimit);
        RuleOptions.home().map(h -> h.resolve("rules")).filter(Files::isDirectory).ifPresent(builder::builtInRulesFrom);
        return LeverageCli.advisor(spec, builder);
    }

    private PolicyState readState() {
        return StateFiles.readOrBaseline(state == null ? null : state.toString());
    }
}
