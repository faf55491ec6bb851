package org.leverage.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.leverage.api.RuleDescription;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
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

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** The output formats of {@code --format}. */
    enum Format { text, json }

    @Spec
    private CommandSpec spec;

    @Mixin
    private RuleOptions rules;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES}.")
    private Format format;

    @Override
    public Integer call() throws JsonProcessingException {
        List<RuleDescription> all = rules.advisor().rules();
        PrintWriter out = spec.commandLine().getOut();
        out.print(format == Format.json ? json(all) : text(all));
        out.flush();
        return ExitCode.OK.code();
    }

    static String text(List<RuleDescription> rules) {
        StringBuilder text = new StringBuilder();
        String file = null;
        for (RuleDescription rule : rules) {
            if (!rule.file().equals(file)) {
                file = rule.file();
                text.append(text.length() == 0 ? "" : "\n").append(file).append('\n');
            }
            text.append("  ").append(rule.name()).append('\n');
            text.append("      source: ").append(rule.sources().isEmpty() ? "(none)" : String.join(", ", rule.sources()))
                    .append("   concludes: ")
                    .append(rule.concludes().isEmpty() ? "(nothing)" : String.join(", ", rule.concludes()))
                    .append('\n');
        }
        long files = rules.stream().map(RuleDescription::file).distinct().count();
        text.append('\n').append(rules.size()).append(" rules in ").append(files).append(" files\n");
        return text.toString();
    }

    static String json(List<RuleDescription> rules) throws JsonProcessingException {
        ArrayNode array = JSON.createArrayNode();
        for (RuleDescription rule : rules) {
            ObjectNode node = array.addObject();
            node.put("name", rule.name());
            node.put("file", rule.file());
            ArrayNode sources = node.putArray("sources");
            rule.sources().forEach(sources::add);
            ArrayNode concludes = node.putArray("concludes");
            rule.concludes().forEach(concludes::add);
        }
        return JSON.writeValueAsString(array).replace("\r\n", "\n") + "\n";
    }
}
