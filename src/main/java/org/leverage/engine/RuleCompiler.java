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
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.io.Resource;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;
import org.leverage.api.Conclusion;
import org.leverage.api.Modality;
import org.leverage.api.RuleException;
import org.leverage.api.SourceLocation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Compiles DRL files into a knowledge base, reporting every error at the analyst's own file and line. */
final class RuleCompiler {

    private static final Logger LOG = LoggerFactory.getLogger(RuleCompiler.class);
    static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    /** A rule in DRL text: its name and the text of its consequence. */
    private static final Pattern RULE_TEXT =
            Pattern.compile("(?s)\\brule\\s+\"((?:[^\"\\\\]|\\\\.)*)\"(.*?)\\bthen\\b(.*?)\\bend\\b");
    /** A conclusion in a consequence, e.g. {@code new Recommendation( RecommendationId.OPEN_BILATERAL_TALKS )}. */
    private static final Pattern CONCLUSION =
            Pattern.compile("new\\s+(\\w+)\\s*\\(\\s*(?:\"(\\w+)\"|(?:\\w+\\.)?(?:ConcernId|RecommendationId|WarningId|Phase)\\.(\\w+))"
                    + "(?:\\s*,\\s*(?:\\w+\\.)?Modality\\.(\\w+))?");
    private static final Pattern LINE_COMMENT = Pattern.compile("(?m)//.*$");
    private static final Pattern PARAGRAPH = Pattern.compile("¶\\s*\\d+(?:\\s*[-–]\\s*\\d+)?");

    /**
     * A compiled knowledge base with what explanations need to know of its rules: {@link #rules} by
     * {@link #key}, {@link #byRule} by the rule object itself. Loaded when first asked for, when made
     * {@link #lazily}, so that a command that never assesses (the command line's {@code explain}) never loads
     * what only assessments use.
     */
    static final class Compiled {

        private record Loaded(KieBase kieBase, Map<String, RuleInfo> rules, Map<Rule, RuleInfo> byRule) {
        }

        private final Supplier<Loaded> load;
        private final Compiled classic;
        private volatile Loaded loaded;

        Compiled(KieBase kieBase, Map<String, RuleInfo> rules, Map<Rule, RuleInfo> byRule) {
            this.loaded = new Loaded(kieBase, rules, byRule);
            this.load = null;
            this.classic = null;
        }

        private Compiled(Supplier<Loaded> load, Compiled classic) {
            this.load = load;
            this.classic = classic;
        }

        /**
         * Rules loaded on first use.
         *
         * @param load    the knowledge base and its rules described
         * @param classic for a knowledge base of the executable model, the same rules compiled from their DRL
         *                (lazily too): {@code explain} shows each condition as written, which only the DRL compiler
         *                keeps; {@code null} when these are the DRL's
         */
        static Compiled lazily(Supplier<Compiled> load, Compiled classic) {
            return new Compiled(() -> load.get().loaded(), classic);
        }

        private Loaded loaded() {
            Loaded now = loaded;
            if (now == null) {
                synchronized (this) {
                    now = loaded;
                    if (now == null) {
                        now = load.get();
                        loaded = now;
                    }
                }
            }
            return now;
        }

        KieBase kieBase() {
            return loaded().kieBase();
        }

        Map<String, RuleInfo> rules() {
            return loaded().rules();
        }

        Map<Rule, RuleInfo> byRule() {
            return loaded().byRule();
        }

        /** Whether the rules are loaded already: always, unless made {@link #lazily} and not asked for yet. */
        boolean isLoaded() {
            return loaded != null;
        }

        /** The twin compiled from DRL, for a knowledge base of the executable model; {@code null} for one of DRL. */
        Compiled classic() {
            return classic;
        }

        /** The rules as the DRL compiler built them: this, or its classic twin. */
        Compiled fromDrl() {
            return classic == null ? this : classic;
        }
    }

    /** What the build stores of the framework: the compiled packages, and the rules described. */
    record ForStorage(java.util.Collection<KiePackage> packages, Compiled compiled) {
    }

    private RuleCompiler() {
    }

    static Compiled compile(List<RuleFile> files) {
        return compile(files, null);
    }

    /** Compiles, or loads from {@code cache} (when not null) what an earlier run compiled of the same files. */
    static Compiled compile(List<RuleFile> files, CompiledRulesCache cache) {
        long started = System.nanoTime();
        Map<String, String> displayNames = displayNames(files);
        Map<String, List<Conclusion>> conclusions = conclusions(files);
        Optional<ExecutableFramework.Index> model = ExecutableFramework.index(files);
        if (model.isPresent()) {
            // Exactly the framework's files: its executable model, loaded on first use, and its DRL twin.
            Compiled classic = Compiled.lazily(() -> describeAndCheck(PrecompiledFramework.load(files)
                    .orElseGet(() -> build(files).newKieBase()), displayNames, conclusions), null);
            return Compiled.lazily(() -> {
                long loading = System.nanoTime();
                Optional<Compiled> compiled = ExecutableFramework.load(model.get())
                        .flatMap(loaded -> fromModel(loaded, displayNames, conclusions));
                if (compiled.isEmpty()) {
                    return classic;
                }
                LOG.debug("loaded {} rules of the executable model the jar was built with in {} ms",
                        compiled.get().rules().size(), (System.nanoTime() - loading) / 1_000_000);
                return compiled.get();
            }, classic);
        }
        Optional<KieBase> precompiled = PrecompiledFramework.load(files);
        if (precompiled.isPresent()) {
            Compiled compiled = describeAndCheck(precompiled.get(), displayNames, conclusions);
            LOG.debug("loaded {} rules compiled when the jar was built in {} ms", compiled.rules().size(),
                    (System.nanoTime() - started) / 1_000_000);
            return compiled;
        }
        String key = cache == null ? null : cache.key(files);
        if (cache != null) {
            Optional<KieBase> cached = cache.load(key);
            if (cached.isPresent()) {
                Compiled compiled = describeAndCheck(cached.get(), displayNames, conclusions);
                LOG.debug("loaded {} compiled rules in {} ms", compiled.rules().size(),
                        (System.nanoTime() - started) / 1_000_000);
                return compiled;
            }
        }
        KnowledgeBuilder builder = build(files);
        Compiled compiled = describeAndCheck(builder.newKieBase(), displayNames, conclusions);
        // Checked before caching, so that a cached entry is one that passed.
        QuotedComparisons.check(compiled.byRule(), files);
        if (cache != null) {
            cache.store(key, builder.getKnowledgePackages());
        }
        LOG.debug("compiled {} rules from {} files in {} ms", compiled.rules().size(), files.size(),
                (System.nanoTime() - started) / 1_000_000);
        return compiled;
    }

    /** Compiles the files from their text, never loading what the build or a cache compiled: for tests. */
    static Compiled compileFromSource(List<RuleFile> files) {
        Map<String, String> displayNames = displayNames(files);
        return describeAndCheck(build(files).newKieBase(), displayNames, conclusions(files));
    }

    /**
     * Compiles files into the packages a build stores (see {@link PrecompiledFramework}), with every check a
     * run-time compilation makes.
     */
    static ForStorage compileForStorage(List<RuleFile> files) {
        Map<String, String> displayNames = displayNames(files);
        KnowledgeBuilder builder = build(files);
        Compiled compiled = describeAndCheck(builder.newKieBase(), displayNames, conclusions(files));
        QuotedComparisons.check(compiled.byRule(), files);
        return new ForStorage(builder.getKnowledgePackages(), compiled);
    }

    /**
     * The framework's executable model described as its DRL compilation was when the build stored it: each rule's
     * file and the fields it reads come from the store (the generated rules know neither), its paragraphs from its
     * own metadata, its conclusions from the files' text. Empty when a rule of the model is missing from the store
     * (a build tree out of step with itself): then the caller loads the compiled DRL instead.
     */
    private static Optional<Compiled> fromModel(ExecutableFramework.Model model, Map<String, String> displayNames,
                                                Map<String, List<Conclusion>> conclusions) {
        Map<Rule, RuleInfo> byRule = new IdentityHashMap<>();
        Map<String, RuleInfo> rules = new HashMap<>();
        for (KiePackage pkg : model.kieBase().getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                ExecutableFramework.StoredRule stored = model.rules().get(key(rule));
                if (stored == null) {
                    LOG.debug("the executable model's rule {} is not in the stored descriptions", key(rule));
                    return Optional.empty();
                }
                String path = stored.sourcePath();
                String file = path == null ? "(rules)" : displayNames.getOrDefault(path, path);
                RuleInfo info = new RuleInfo(rule.getName(), file, sources(rule), stored.fieldsByPattern(),
                        conclusions.getOrDefault(file + "\n" + rule.getName(), List.of()));
                byRule.put(rule, info);
                rules.put(key(rule), info);
            }
        }
        if (rules.size() != model.rules().size()) {
            LOG.debug("the executable model holds {} rules, the stored descriptions {}", rules.size(),
                    model.rules().size());
            return Optional.empty();
        }
        checkRulesAreDistinct(rules);
        return Optional.of(new Compiled(model.kieBase(), Map.copyOf(rules), Collections.unmodifiableMap(byRule)));
    }

    /** Each file's name as the user knows it, by its path inside Drools. */
    private static Map<String, String> displayNames(List<RuleFile> files) {
        Map<String, String> displayNames = new HashMap<>();
        for (RuleFile file : files) {
            displayNames.put(file.sourcePath(), file.displayName());
        }
        return displayNames;
    }

    private static KnowledgeBuilder build(List<RuleFile> files) {
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder();
        for (RuleFile file : files) {
            // A reader, not bytes: Drools would decode bytes with the platform charset and garble the ¶ signs.
            Resource resource = ResourceFactory.newReaderResource(new StringReader(file.text()));
            resource.setSourcePath(file.sourcePath());
            resource.setResourceType(ResourceType.DRL);
            builder.add(resource, ResourceType.DRL);
        }
        if (builder.hasErrors()) {
            throw CompileErrors.of(builder.getErrors(), files);
        }
        return builder;
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

    /** What each rule concludes, by {@code file + "\n" + rule name}, read from the consequences' text. */
    private static Map<String, List<Conclusion>> conclusions(List<RuleFile> files) {
        Map<String, List<Conclusion>> conclusions = new HashMap<>();
        for (RuleFile file : files) {
            String text = LINE_COMMENT.matcher(file.text()).replaceAll("");
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
