package org.leverage.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.leverage.api.Advisor;
import org.leverage.api.Assessment;
import org.leverage.api.PolicyState;
import picocli.CommandLine.Command;
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
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** The output formats of {@code --format}. */
    enum Format { text, json }

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "STATE",
            description = "A policy state or scenario file. Default: the built-in baseline-2017 scenario.")
    private Path state;

    @Option(names = "--framework", paramLabel = "NAME=DIR", required = true,
            description = "A framework to compare: a name and a folder of rules; or " + BUILT_IN
                    + " alone for the built-in one. Repeatable.")
    private List<String> frameworks = new ArrayList<>();

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES}.")
    private Format format;

    @Option(names = "--verbose", description = "Log what happens to stderr, and show stack traces.")
    private boolean verbose;

    @Override
    public Integer call() throws JsonProcessingException {
        Map<String, Advisor> advisors = advisors();
        PolicyState policyState = readState();
        Map<String, Assessment> assessments = new LinkedHashMap<>();
        advisors.forEach((name, advisor) -> assessments.put(name, advisor.assess(policyState)));
        PrintWriter out = spec.commandLine().getOut();
        out.print(format == Format.json ? json(assessments) : text(assessments));
        out.flush();
        return ExitCode.OK.code();
    }

    private Map<String, Advisor> advisors() {
        Map<String, Advisor> advisors = new LinkedHashMap<>();
        boolean builtInNamed = frameworks.stream().anyMatch(f -> f.equals(BUILT_IN) || f.startsWith(BUILT_IN + "="));
        if (!builtInNamed) {
            advisors.put(BUILT_IN, builtIn());
        }
        for (String framework : frameworks) {
            if (framework.equals(BUILT_IN)) {
                advisors.put(BUILT_IN, builtIn());
                continue;
            }
            int equals = framework.indexOf('=');
            if (equals <= 0 || equals == framework.length() - 1) {
                throw new UserInputException("--framework " + framework + ": expected NAME=DIR (or " + BUILT_IN
                        + " alone)");
            }
            String name = framework.substring(0, equals);
            Path folder = Path.of(framework.substring(equals + 1));
            if (!Files.isDirectory(folder)) {
                throw new UserInputException("--framework " + framework + ": " + folder + " is not a folder");
            }
            if (advisors.containsKey(name)) {
                throw new UserInputException("--framework " + framework + ": the name " + name + " is used twice");
            }
            advisors.put(name, Advisor.builder().withoutBuiltInRules().addRules(folder)
                    .cacheCompiledRules(RuleOptions.cacheFolder()).build());
        }
        return advisors;
    }

    private static Advisor builtIn() {
        Advisor.Builder builder = Advisor.builder().cacheCompiledRules(RuleOptions.cacheFolder());
        RuleOptions.home().map(h -> h.resolve("rules")).filter(Files::isDirectory).ifPresent(builder::builtInRulesFrom);
        return builder.build();
    }

    private PolicyState readState() {
        return StateFiles.readOrBaseline(state == null ? null : state.toString());
    }

    static String text(Map<String, Assessment> assessments) {
        List<String> names = new ArrayList<>(assessments.keySet());
        StringBuilder text = new StringBuilder();
        text.append("Frameworks: ").append(String.join(", ", names)).append("\n\n");
        text.append("Phase\n");
        for (String name : names) {
            text.append("  ").append(pad(name, width(names))).append("  ").append(assessments.get(name).phase())
                    .append('\n');
        }
        boolean phasesAgree = assessments.values().stream().map(Assessment::phase).distinct().count() == 1;
        text.append("  ").append(phasesAgree ? "agree" : "DIFFER").append("\n\n");
        table(text, "Recommendations", names, assessments,
                a -> a.recommendations().stream().map(Assessment.Recommendation::id).toList());
        table(text, "Warnings", names, assessments, a -> a.warnings().stream().map(Assessment.Warning::id).toList());
        return text.toString();
    }

    private static void table(StringBuilder text, String title, List<String> names,
                              Map<String, Assessment> assessments, Function<Assessment, List<String>> ids) {
        Set<String> all = new LinkedHashSet<>();
        assessments.values().forEach(a -> all.addAll(ids.apply(a)));
        text.append(title).append('\n');
        if (all.isEmpty()) {
            text.append("  none in any framework\n\n");
            return;
        }
        int idWidth = Math.max(2, all.stream().mapToInt(String::length).max().orElse(2));
        text.append("  ").append(pad("", idWidth));
        names.forEach(n -> text.append("  ").append(n));
        text.append('\n');
        int agree = 0;
        for (String id : all) {
            text.append("  ").append(pad(id, idWidth));
            int yes = 0;
            for (String name : names) {
                boolean has = ids.apply(assessments.get(name)).contains(id);
                yes += has ? 1 : 0;
                text.append("  ").append(pad(has ? "yes" : "-", name.length()));
            }
            boolean agreed = yes == names.size();
            agree += agreed ? 1 : 0;
            text.append(agreed ? "  agree" : "  differ").append('\n');
        }
        text.append("  ").append(agree).append(" of ").append(all.size()).append(" agree\n\n");
    }

    private static int width(List<String> names) {
        return names.stream().mapToInt(String::length).max().orElse(0);
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(Math.max(0, width - text.length()));
    }

    static String json(Map<String, Assessment> assessments) throws JsonProcessingException {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode frameworks = root.putArray("frameworks");
        assessments.forEach((name, a) -> {
            ObjectNode node = frameworks.addObject();
            node.put("name", name);
            node.put("phase", a.phase().name());
            ArrayNode recommendations = node.putArray("recommendations");
            a.recommendations().forEach(r -> recommendations.add(r.id()));
            ArrayNode warnings = node.putArray("warnings");
            a.warnings().forEach(w -> warnings.add(w.id()));
        });
        root.put("phaseAgrees", assessments.values().stream().map(Assessment::phase).distinct().count() == 1);
        agreement(root.putObject("recommendations"), assessments,
                a -> a.recommendations().stream().map(Assessment.Recommendation::id).toList());
        agreement(root.putObject("warnings"), assessments,
                a -> a.warnings().stream().map(Assessment.Warning::id).toList());
        return JSON.writeValueAsString(root).replace("\r\n", "\n") + "\n";
    }

    private static void agreement(ObjectNode node, Map<String, Assessment> assessments,
                                  Function<Assessment, List<String>> ids) {
        Set<String> all = new LinkedHashSet<>();
        assessments.values().forEach(a -> all.addAll(ids.apply(a)));
        ArrayNode agree = node.putArray("agree");
        ObjectNode differ = node.putObject("differ");
        for (String id : all) {
            List<String> holding = assessments.entrySet().stream()
                    .filter(e -> ids.apply(e.getValue()).contains(id)).map(Map.Entry::getKey).toList();
            if (holding.size() == assessments.size()) {
                agree.add(id);
            } else {
                ArrayNode in = differ.putArray(id);
                holding.forEach(in::add);
            }
        }
    }
}
