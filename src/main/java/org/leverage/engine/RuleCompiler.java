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
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.base.base.ClassObjectType;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.base.rule.Declaration;
import org.drools.base.rule.GroupElement;
import org.drools.base.rule.RuleConditionElement;
import org.drools.base.rule.constraint.Constraint;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.io.Resource;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;
import org.leverage.api.RuleException;
import org.leverage.api.SourceLocation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Compiles DRL files into a knowledge base, reporting every error at the analyst's own file and line. */
final class RuleCompiler {

    private static final Logger LOG = LoggerFactory.getLogger(RuleCompiler.class);
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
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
        Map<String, List<String>> conclusions = conclusions(files);
        String key = cache == null ? null : cache.key(files);
        if (cache != null) {
            Optional<Collection<KiePackage>> cached = cache.load(key);
            if (cached.isPresent()) {
                InternalKnowledgeBase kieBase = KnowledgeBaseFactory.newKnowledgeBase();
                kieBase.addPackages(cached.get());
                Compiled compiled = describeAndCheck(kieBase, displayNames, conclusions);
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
            throw CompileErrors.of(builder.getErrors(), files);
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
                                             Map<String, List<String>> conclusions) {
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
    private static Map<String, List<String>> conclusions(List<RuleFile> files) {
        Map<String, List<String>> conclusions = new HashMap<>();
        for (RuleFile file : files) {
            String text = file.text().replaceAll("(?m)//.*$", "");
            Matcher rule = RULE_TEXT.matcher(text);
            while (rule.find()) {
                List<String> concluded = new ArrayList<>();
                Matcher conclusion = CONCLUSION.matcher(rule.group(3));
                while (conclusion.find()) {
                    String id = conclusion.group(2) != null ? conclusion.group(2) : conclusion.group(3);
                    // A rule's own modality, when it states one: Recommendation:ID@MODALITY.
                    concluded.add(conclusion.group(1) + ":" + id
                            + (conclusion.group(4) == null ? "" : "@" + conclusion.group(4)));
                }
                conclusions.put(file.displayName() + "\n" + rule.group(1).replace("\\\"", "\""),
                        List.copyOf(concluded));
            }
        }
        return conclusions;
    }

    private static Map<Rule, RuleInfo> describe(KieBase kieBase, Map<String, String> displayNames,
                                                Map<String, List<String>> conclusions) {
        Map<Rule, RuleInfo> rules = new IdentityHashMap<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                RuleImpl impl = (RuleImpl) rule;
                String file = impl.getResource() == null ? "(rules)"
                        : displayNames.getOrDefault(impl.getResource().getSourcePath(),
                        String.valueOf(impl.getResource().getSourcePath()));
                Map<Class<?>, Set<String>> mentioned = new HashMap<>();
                collectMentionedFields(impl.getLhs(), mentioned);
                Map<Class<?>, List<String>> ordered = new HashMap<>();
                mentioned.forEach((type, names) -> ordered.put(type, inRecordOrder(type, names)));
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
     * Which fields of each fact type a rule's conditions read: the identifiers in its constraints and
     * bindings that name a component of the matched record. Explanations show those, not the whole fact.
     */
    private static void collectMentionedFields(RuleConditionElement element, Map<Class<?>, Set<String>> into) {
        if (element instanceof GroupElement group) {
            if (group.isNot()) {
                return; // a fact that must be absent matches nothing to show
            }
            for (RuleConditionElement child : group.getChildren()) {
                collectMentionedFields(child, into);
            }
        } else if (element instanceof org.drools.base.rule.Pattern pattern
                && pattern.getObjectType() instanceof ClassObjectType type) {
            Set<String> names = into.computeIfAbsent(type.getClassType(), t -> new LinkedHashSet<>());
            StringBuilder text = new StringBuilder();
            for (Constraint constraint : pattern.getConstraints()) {
                text.append(constraint).append(' ');
            }
            for (Declaration declaration : pattern.getDeclarations().values()) {
                text.append(declaration.getExtractor()).append(' ');
            }
            Matcher identifiers = IDENTIFIER.matcher(text);
            while (identifiers.find()) {
                names.add(identifiers.group());
            }
        }
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
