package org.leverage.engine;

import java.lang.reflect.RecordComponent;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Collection;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.io.Resource;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderError;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;
import org.leverage.api.Conclusion;
import org.leverage.api.Modality;
import org.leverage.api.RuleException;
import org.leverage.api.SourceLocation;
import org.leverage.spelling.Spelling;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Compiles DRL files into a knowledge base, reporting every error at the analyst's own file and line. */
final class RuleCompiler {

    private static final Logger LOG = LoggerFactory.getLogger(RuleCompiler.class);
    private static final Pattern LINE_AND_COLUMN = Pattern.compile("\\[Line: (\\d+), Column: (\\d+)]");
    /** The parser's own prefix on a syntax error, e.g. {@code [ERR 102] Line 10:0}; its column is 0-based. */
    private static final Pattern PARSER_POSITION = Pattern.compile("^\\[ERR \\d+] Line (\\d+):(\\d+)\\s*");
    private static final Pattern UNKNOWN_FIELD =
            Pattern.compile("unable to resolve method using strict-mode: ([\\w.$]+)\\.(\\w+)\\(\\)");
    static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    /** A rule in DRL text: its name and the text of its consequence. */
    private static final Pattern RULE_TEXT =
            Pattern.compile("(?s)\\brule\\s+\"((?:[^\"\\\\]|\\\\.)*)\"(.*?)\\bthen\\b(.*?)\\bend\\b");
    /** A conclusion in a consequence, e.g. {@code new Recommendation( RecommendationId.OPEN_BILATERAL_TALKS )}. */
    private static final Pattern CONCLUSION =
            Pattern.compile("new\\s+(\\w+)\\s*\\(\\s*(?:\"(\\w+)\"|(?:\\w+\\.)?(?:ConcernId|RecommendationId|WarningId|Phase)\\.(\\w+))"
                    + "(?:\\s*,\\s*(?:\\w+\\.)?Modality\\.(\\w+))?");
    private static final Pattern PARAGRAPH = Pattern.compile("¶\\s*\\d+(?:\\s*[-–]\\s*\\d+)?");

    /** A compiled knowledge base with what explanations need to know of its rules. */
    record Compiled(KieBase kieBase, Map<String, RuleInfo> rules, Map<Rule, RuleInfo> byRule) {
    }

    private RuleCompiler() {
    }

    static Compiled compile(List<RuleFile> files) {
        return compile(files, null);
    }

    /** Compiles, or loads from {@code cache} (when not null) what an earlier run compiled of the same files. */
    static Compiled compile(List<RuleFile> files, CompiledRulesCache cache) {
        long started = System.nanoTime();
        Map<String, String> displayNames = new HashMap<>();
        for (RuleFile file : files) {
            displayNames.put(file.sourcePath(), file.displayName());
        }
        Map<String, List<Conclusion>> conclusions = conclusions(files);
        String key = cache == null ? null : cache.key(files);
        if (cache != null) {
            Optional<Collection<KiePackage>> cached = cache.load(key);
            if (cached.isPresent()) {
                Compiled compiled = describeAndCheck(DroolsInternals.knowledgeBaseOf(cached.get()), displayNames,
                        conclusions);
                LOG.debug("loaded {} compiled rules in {} ms", compiled.rules().size(),
                        (System.nanoTime() - started) / 1_000_000);
                return compiled;
            }
        }
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder();
        for (RuleFile file : files) {
            // A reader, not bytes: Drools would decode bytes with the platform charset and garble the ¶ signs.
            Resource resource = ResourceFactory.newReaderResource(new StringReader(file.text()));
            resource.setSourcePath(file.sourcePath());
            resource.setResourceType(ResourceType.DRL);
            builder.add(resource, ResourceType.DRL);
        }
        if (builder.hasErrors()) {
            Map<String, String> texts = new HashMap<>();
            files.forEach(f -> texts.put(f.displayName(), f.text()));
            throw compileErrors(builder, displayNames, texts);
        }
        Compiled compiled = describeAndCheck(builder.newKieBase(), displayNames, conclusions);
        if (cache != null) {
            cache.store(key, builder.getKnowledgePackages());
        }
        LOG.debug("compiled {} rules from {} files in {} ms", compiled.rules().size(), files.size(),
                (System.nanoTime() - started) / 1_000_000);
        return compiled;
    }

    private static Compiled describeAndCheck(KieBase kieBase, Map<String, String> displayNames,
                                             Map<String, List<Conclusion>> conclusions) {
        Map<Rule, RuleInfo> byRule = describe(kieBase, displayNames, conclusions);
        Map<String, RuleInfo> rules = new HashMap<>();
        byRule.forEach((rule, info) -> rules.put(key(rule), info));
        checkRulesAreDistinct(rules);
        return new Compiled(kieBase, Map.copyOf(rules), Collections.unmodifiableMap(byRule));
    }

    /** The key a rule is known by in {@link Compiled#rules()}. */
    static String key(Rule rule) {
        return rule.getPackageName() + "/" + rule.getName();
    }

    private static RuleException compileErrors(KnowledgeBuilder builder, Map<String, String> displayNames,
                                               Map<String, String> texts) {
        List<String> problems = new ArrayList<>();
        SourceLocation first = null;
        for (KnowledgeBuilderError error : builder.getErrors()) {
            String message = oneLine(error.getMessage());
            if (message.contains("Parser returned a null Package")) {
                continue; // Drools' echo of a syntax error already reported
            }
            String file = "(rules)";
            if (error.getResource() != null && error.getResource().getSourcePath() != null) {
                file = displayNames.getOrDefault(error.getResource().getSourcePath(),
                        error.getResource().getSourcePath());
            }
            int line = error.getLines() != null && error.getLines().length > 0 ? error.getLines()[0] : 0;
            int column = 0;
            Matcher where = LINE_AND_COLUMN.matcher(message);
            if (where.find()) {
                line = Integer.parseInt(where.group(1));
                column = Integer.parseInt(where.group(2)) + 1;
                message = oneLine(message.replace(where.group(), ""));
            } else {
                Matcher parser = PARSER_POSITION.matcher(message);
                if (parser.find()) {
                    line = Integer.parseInt(parser.group(1));
                    column = Integer.parseInt(parser.group(2)) + 1;
                    message = "syntax error: " + message.substring(parser.end());
                }
            }
            message = explainUnknownField(message);
            if (column == 0 && line > 0) {
                column = columnOfQuotedName(texts.get(file), line, message);
            }
            SourceLocation location = new SourceLocation(file, line, column);
            if (first == null) {
                first = location;
            }
            problems.add(location + ": " + message);
        }
        List<String> distinct = List.copyOf(new LinkedHashSet<>(problems));
        String summary = distinct.isEmpty() ? "the rules do not compile"
                : distinct.get(0).substring(first.toString().length() + 2);
        if (distinct.size() > 1) {
            summary += " (and " + (distinct.size() - 1) + " more)";
        }
        return new RuleException(first, summary, distinct, null);
    }

    /** Where on its line the name a message quotes ('TaiwanStrait', say) stands; 0 when it cannot tell. */
    private static int columnOfQuotedName(String text, int line, String message) {
        Matcher quoted = Pattern.compile("'([^']+)'").matcher(message);
        if (text == null || !quoted.find()) {
            return 0;
        }
        String[] lines = text.split("\\R", -1);
        if (line > lines.length) {
            return 0;
        }
        int index = lines[line - 1].indexOf(quoted.group(1));
        return index < 0 ? 0 : index + 1;
    }

    /**
     * Drools words a misspelled field as an unresolvable method; an analyst wants the field, the fields
     * there are, and the one she probably meant.
     */
    private static String explainUnknownField(String message) {
        Matcher unknown = UNKNOWN_FIELD.matcher(message);
        if (!unknown.find()) {
            return message;
        }
        String field = unknown.group(2);
        Class<?> type;
        try {
            type = Class.forName(unknown.group(1), false, RuleCompiler.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            return message;
        }
        if (!type.isRecord()) {
            return message;
        }
        List<String> fields = new ArrayList<>();
        for (RecordComponent component : type.getRecordComponents()) {
            fields.add(component.getName());
        }
        String closest = Spelling.closest(field, fields).map(f -> "; did you mean " + f + "?").orElse("");
        return "unknown field " + field + " of " + type.getSimpleName() + closest + " (fields: "
                + String.join(", ", fields) + ")";
    }

    private static String oneLine(String message) {
        return message == null ? "" : message.replaceAll("\\s+", " ").trim();
    }

    /** What each rule concludes, by {@code file + "\n" + rule name}, read from the consequences' text. */
    private static Map<String, List<Conclusion>> conclusions(List<RuleFile> files) {
        Map<String, List<Conclusion>> conclusions = new HashMap<>();
        for (RuleFile file : files) {
            String text = file.text().replaceAll("(?m)//.*$", "");
            Matcher rule = RULE_TEXT.matcher(text);
            while (rule.find()) {
                List<Conclusion> concluded = new ArrayList<>();
                Matcher conclusion = CONCLUSION.matcher(rule.group(3));
                while (conclusion.find()) {
                    String id = conclusion.group(2) != null ? conclusion.group(2) : conclusion.group(3);
                    // A rule's own modality, when it states one for a recommendation.
                    concluded.add(new Conclusion(conclusion.group(1), id,
                            modality(conclusion.group(4))));
                }
                conclusions.put(file.displayName() + "\n" + rule.group(1).replace("\\\"", "\""),
                        List.copyOf(concluded));
            }
        }
        return conclusions;
    }

    /** The modality a rule states, if it names one; a misspelt one is left to the compiler to report. */
    private static Modality modality(String name) {
        if (name == null) {
            return null;
        }
        for (Modality modality : Modality.values()) {
            if (modality.name().equals(name)) {
                return modality;
            }
        }
        return null;
    }

    private static Map<Rule, RuleInfo> describe(KieBase kieBase, Map<String, String> displayNames,
                                                Map<String, List<Conclusion>> conclusions) {
        Map<Rule, RuleInfo> rules = new IdentityHashMap<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                String path = DroolsInternals.sourcePathOf(rule);
                String file = path == null ? "(rules)" : displayNames.getOrDefault(path, path);
                Map<Class<?>, List<String>> ordered = new HashMap<>();
                DroolsInternals.constraintTextByType(rule)
                        .forEach((type, text) -> ordered.put(type, inRecordOrder(type, identifiers(text))));
                rules.put(rule, new RuleInfo(rule.getName(), file, sources(rule), Map.copyOf(ordered),
                        conclusions.getOrDefault(file + "\n" + rule.getName(), List.of())));
            }
        }
        return rules;
    }

    private static List<String> sources(Rule rule) {
        Object source = rule.getMetaData().get("source");
        if (source == null) {
            return List.of();
        }
        List<String> paragraphs = new ArrayList<>();
        Matcher matcher = PARAGRAPH.matcher(String.valueOf(source));
        while (matcher.find()) {
            paragraphs.add(matcher.group().replaceAll("\\s+", ""));
        }
        return paragraphs.isEmpty() ? List.of(String.valueOf(source).trim()) : List.copyOf(paragraphs);
    }

    /**
     * The identifiers in a pattern's constraints and bindings: those that name a component of the matched
     * record are the fields the rule reads, which explanations show rather than the whole fact.
     */
    private static Set<String> identifiers(String text) {
        Set<String> names = new LinkedHashSet<>();
        Matcher identifiers = IDENTIFIER.matcher(text);
        while (identifiers.find()) {
            names.add(identifiers.group());
        }
        return names;
    }

    private static List<String> inRecordOrder(Class<?> type, Set<String> identifiers) {
        if (!type.isRecord()) {
            return List.of();
        }
        List<String> fields = new ArrayList<>();
        for (RecordComponent component : type.getRecordComponents()) {
            if (identifiers.contains(component.getName())) {
                fields.add(component.getName());
            }
        }
        return List.copyOf(fields);
    }

    /** Explanations name rules by their sentence, so two rules may not share one. */
    private static void checkRulesAreDistinct(Map<String, RuleInfo> rules) {
        Map<String, RuleInfo> byName = new HashMap<>();
        List<String> problems = new ArrayList<>();
        rules.values().stream()
                .sorted((a, b) -> (a.file() + a.name()).compareTo(b.file() + b.name()))
                .forEach(rule -> {
                    RuleInfo other = byName.putIfAbsent(rule.name(), rule);
                    if (other != null) {
                        problems.add(rule.file() + ": rule \"" + rule.name() + "\" is also defined in "
                                + other.file() + "; give each rule its own name");
                    }
                });
        if (!problems.isEmpty()) {
            String first = problems.get(0);
            throw new RuleException(new SourceLocation(first.substring(0, first.indexOf(": ")), 0, 0),
                    first.substring(first.indexOf(": ") + 2), problems, null);
        }
    }
}
