package org.leverage.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.leverage.api.RuleDescription;
import org.leverage.report.RulesReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code leverage rules}: the whole framework on one page. */
@Command(name = "rules",
        mixinStandardHelpOptions = true,
        showDefaultValues = true,
        description = "List every rule of the framework, file by file: its name, its sources and what it concludes.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  leverage rules                         the built-in framework (carpenter-2017)",
            "  leverage rules --rules my-rules/       with an analyst's own rules on top",
            "  leverage rules --format json"})
final class RulesCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private RuleOptions rules;

    @Mixin
    private OutputOptions.Format format;

    @Override
    public Integer call() {
        List<RuleDescription> all = rules.advisor().rules();
        format.print(all, RulesReport::text, RulesReport::json, spec.commandLine().getOut());
        return ExitCode.OK.code();
    }
}
