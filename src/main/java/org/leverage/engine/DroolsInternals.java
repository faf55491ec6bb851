package org.leverage.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.drools.base.base.ClassObjectType;
import org.drools.base.base.ValueResolver;
import org.drools.base.common.DroolsObjectInputStream;
import org.drools.base.common.DroolsObjectOutputStream;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.base.reteoo.InitialFactImpl;
import org.drools.base.rule.Declaration;
import org.drools.base.rule.GroupElement;
import org.drools.base.rule.Pattern;
import org.drools.base.rule.RuleConditionElement;
import org.drools.base.rule.constraint.AlphaNodeFieldConstraint;
import org.drools.base.rule.constraint.Constraint;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.core.common.InternalFactHandle;
import org.drools.core.rule.consequence.InternalMatch;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.drools.kiesession.session.StatefulKnowledgeSessionImpl;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.drools.tms.LogicalDependency;
import org.drools.tms.SimpleMode;
import org.drools.tms.TruthMaintenanceSystemEqualityKey;
import org.drools.tms.beliefsystem.BeliefSet;
import org.kie.api.KieBase;
import org.kie.api.KieBaseConfiguration;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AgendaEventListener;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;

/**
 * The one seam between Leverage and Drools' internal classes: everything the public KIE api does not offer and
 * Leverage needs goes through here, so that a Drools upgrade is checked in one file
 * ({@code DroolsInternalsTest} exercises each method and fails loudly when one of them changes). What it
 * reaches, and why:
 * <ul>
 *   <li>truth maintenance ({@code org.drools.tms}, {@link InternalMatch}): which matches support a logically
 *       inserted fact, for the {@code because} chains;</li>
 *   <li>fact handles ({@code org.drools.core.common}): the object behind a handle, without a look-up;</li>
 *   <li>the compiled rule model ({@code org.drools.base.rule}, {@link RuleImpl}): a rule's conditions, for
 *       {@code explain}'s checks and for the fields an explanation shows, and the file a rule came from;</li>
 *   <li>knowledge bases and packages ({@code org.drools.kiesession.rulebase}, {@code org.drools.base.common}):
 *       a knowledge base from cached packages, and the streams that write and read them.</li>
 * </ul>
 * Nothing else in Leverage imports {@code org.drools}, save the spreadsheet compiler's public entry point in
 * {@link DecisionTables}; {@code ArchitectureTest} checks it.
 */
final class DroolsInternals {

    private static final Support[] NONE = new Support[0];

    private DroolsInternals() {
    }

    /**
     * One match that supports a logically inserted fact.
     *
     * @param rule    the rule whose match it is
     * @param matched the facts the match holds, in the order of the rule's conditions, without Drools' own
     *                initial fact
     */
    record Support(Rule rule, Object[] matched) {
    }

    /**
     * The start of the name of every class Drools generates for a rule written in Java: its consequence
     * ({@code Rule_Name123…}, with an {@code …Invoker} beside it) and its {@code eval}s. The name is the rule's,
     * with a space as {@code _} and any other character not a letter, digit or {@code _} as {@code $uN$}, then a
     * number; a frame of such a class on a thread's stack means the thread is inside that rule.
     */
    static String generatedClassPrefix(Rule rule) {
        StringBuilder name = new StringBuilder(rule.getPackageName()).append(".Rule_");
        rule.getName().codePoints().forEach(c -> {
            if (c == ' ') {
                name.append('_');
            } else if (c < 128 && (Character.isLetterOrDigit(c) || c == '_')) {
                name.appendCodePoint(c);
            } else {
                name.append("$u").append(c).append('$');
            }
        });
        return name.toString();
    }

    /**
     * Whether the agenda still holds rules to fire after {@link KieSession#fireAllRules(int)} returned: it
     * drains the agenda unless a rule called {@code halt()} or the bound on firings was reached.
     */
    static boolean stoppedBeforeDone(KieSession session) {
        return ((StatefulKnowledgeSessionImpl) session).getAgenda().peekNextRule() != null;
    }

    /**
     * Empties a session as if it were new (its facts, conclusions, agenda and memories), keeping its listeners:
     * cheaper than disposing of it and building another.
     */
    static void reset(KieSession session) {
        List<AgendaEventListener> agenda = List.copyOf(session.getAgendaEventListeners());
        List<RuleRuntimeEventListener> runtime = List.copyOf(session.getRuleRuntimeEventListeners());
        ((StatefulKnowledgeSessionImpl) session).reset();
        // Drools' reset() drops the listeners too; those this session was given are given back.
        for (AgendaEventListener listener : agenda) {
            if (!session.getAgendaEventListeners().contains(listener)) {
                session.addEventListener(listener);
            }
        }
        for (RuleRuntimeEventListener listener : runtime) {
            if (!session.getRuleRuntimeEventListeners().contains(listener)) {
                session.addEventListener(listener);
            }
        }
    }

    /** The object a handle stands for. */
    static Object objectOf(FactHandle handle) {
        return ((InternalFactHandle) handle).getObject();
    }

    /**
     * The matches that support a fact right now, or {@code null} when the fact was not inserted logically (an
     * input fact): an empty array means a logical fact that nothing supports any longer.
     */
    static Support[] supportsOf(FactHandle handle) {
        if (!(((InternalFactHandle) handle).getEqualityKey() instanceof TruthMaintenanceSystemEqualityKey key)
                || key.getBeliefSet() == null) {
            return null;
        }
        BeliefSet<?> beliefs = key.getBeliefSet();
        if (beliefs.isEmpty()) {
            return NONE;
        }
        Support[] found = new Support[beliefs.size()];
        int count = 0;
        for (SimpleMode mode = (SimpleMode) beliefs.getFirst(); mode != null; mode = mode.getNext()) {
            LogicalDependency<SimpleMode> dependency = mode.getObject();
            InternalMatch match = dependency.getJustifier();
            List<Object> objects = match.getObjects();
            Object[] matched = new Object[objects.size()];
            int size = 0;
            for (Object object : objects) {
                if (object != null && !(object instanceof InitialFactImpl)) {
                    matched[size++] = object;
                }
            }
            found[count++] = new Support(match.getRule(), size == matched.length ? matched
                    : Arrays.copyOf(matched, size));
        }
        return count == found.length ? found : Arrays.copyOf(found, count);
    }

    /** The file a compiled rule was read from, as the compiler was told it; {@code null} when unknown. */
    static String sourcePathOf(Rule rule) {
        RuleImpl impl = (RuleImpl) rule;
        return impl.getResource() == null ? null : impl.getResource().getSourcePath();
    }

    /** A knowledge base holding these packages, as a compiler would have built it. */
    static KieBase knowledgeBaseOf(Collection<KiePackage> packages) {
        KieBaseConfiguration configuration = KieServices.get().newKieBaseConfiguration(null,
                new MissRememberingClassLoader(DroolsInternals.class.getClassLoader()));
        InternalKnowledgeBase kieBase = KnowledgeBaseFactory.newKnowledgeBase(configuration);
        kieBase.addPackages(packages);
        return kieBase;
    }

    /**
     * The executable model of these rule files: Drools' code generator turns each rule into Java classes and
     * compiles them, which a knowledge base then loads instead of reading compiled DRL. Only the build calls this
     * ({@link PrecompiledFramework#main}); the generator ({@code drools-model-codegen}) is on the build's class path
     * alone, hence the look-up by name.
     *
     * @return the generated class files by their path in a class folder, and the names of the model classes
     * @throws IllegalStateException when the generator is missing or reports an error
     */
    static GeneratedModel generateExecutableModel(List<RuleFile> files) {
        KieServices services = KieServices.get();
        ReleaseId release = services.newReleaseId("org.leverage", "framework-model", "1");
        KieFileSystem sources = services.newKieFileSystem().generateAndWritePomXML(release);
        for (RuleFile file : files) {
            sources.write("src/main/resources/" + file.sourcePath(), file.text());
        }
        Class<? extends KieBuilder.ProjectType> project;
        try {
            project = Class.forName("org.drools.model.codegen.ExecutableModelProject")
                    .asSubclass(KieBuilder.ProjectType.class);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("drools-model-codegen is not on the build's class path", e);
        }
        KieBuilder builder = services.newKieBuilder(sources).buildAll(project);
        try {
            List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
            if (!errors.isEmpty()) {
                throw new IllegalStateException("the executable model did not compile: " + errors);
            }
            InternalKieModule module = (InternalKieModule) builder.getKieModule();
            Map<String, byte[]> classes = new java.util.TreeMap<>();
            List<String> models = new ArrayList<>();
            for (String name : module.getFileNames()) {
                if (name.endsWith(".class") && !name.startsWith("org/drools/project/")) {
                    // The project's own index class is for a KieContainer, which Leverage does not use.
                    classes.put(name, module.getBytes(name));
                } else if (name.endsWith("/drools-model")) {
                    // The module's list of its model classes, one per rule package, after a version line.
                    for (String line : new String(module.getBytes(name), java.nio.charset.StandardCharsets.UTF_8)
                            .split("\\R")) {
                        if (!line.isBlank() && !line.startsWith("Drools-Model-Version")) {
                            models.add(line.trim());
                        }
                    }
                }
            }
            return new GeneratedModel(classes, models);
        } finally {
            services.getRepository().removeKieModule(release);
        }
    }

    /**
     * What {@link #generateExecutableModel} made.
     *
     * @param classFiles  each class file's bytes, by its path in a class folder ({@code concerns/Rules1A2B.class})
     * @param modelClasses the names of the classes that hold the rules, one per rule package
     */
    record GeneratedModel(Map<String, byte[]> classFiles, List<String> modelClasses) {
    }

    /** A knowledge base of the rules these generated model classes hold, loaded with this class loader. */
    static KieBase knowledgeBaseOfModel(List<String> modelClasses, ClassLoader loader)
            throws ReflectiveOperationException {
        List<Model> models = new ArrayList<>();
        for (String name : modelClasses) {
            models.add(Class.forName(name, true, loader).asSubclass(Model.class).getDeclaredConstructor()
                    .newInstance());
        }
        return KieBaseBuilder.createKieBaseFromModel(models);
    }

    /** A stream that writes compiled packages in Drools' own serialized form. */
    static ObjectOutputStream packageWriter(OutputStream out) throws IOException {
        return new DroolsObjectOutputStream(out);
    }

    /**
     * A stream that reads what {@link #packageWriter} wrote, resolving classes with this loader, every object
     * passed through {@code filter} before it is built (set here, before anything is read, as a filter must be).
     */
    static ObjectInputStream packageReader(InputStream in, ClassLoader loader, ObjectInputFilter filter)
            throws IOException {
        ObjectInputStream objects = new DroolsObjectInputStream(in, loader);
        objects.setObjectInputFilter(filter);
        return objects;
    }

    /** A class of the Drools jar whose code the serialized form depends on, for a cache's key. */
    static Class<?> serializationClass() {
        return DroolsObjectOutputStream.class;
    }

    /**
     * For each fact type a rule matches (not under a {@code not}: an absent fact shows nothing), the text of
     * its constraints and bindings, from which the fields it reads are picked.
     */
    static Map<Class<?>, String> constraintTextByType(Rule rule) {
        Map<Class<?>, StringBuilder> texts = new LinkedHashMap<>();
        collectConstraintText(((RuleImpl) rule).getLhs(), texts);
        Map<Class<?>, String> result = new LinkedHashMap<>();
        texts.forEach((type, text) -> result.put(type, text.toString()));
        return result;
    }

    private static void collectConstraintText(RuleConditionElement element, Map<Class<?>, StringBuilder> into) {
        if (element instanceof GroupElement group) {
            if (group.isNot()) {
                return;
            }
            for (RuleConditionElement child : group.getChildren()) {
                collectConstraintText(child, into);
            }
        } else if (element instanceof Pattern pattern && pattern.getObjectType() instanceof ClassObjectType type) {
            StringBuilder text = into.computeIfAbsent(type.getClassType(), t -> new StringBuilder());
            for (Constraint constraint : pattern.getConstraints()) {
                text.append(constraint).append(' ');
            }
            for (Declaration declaration : pattern.getDeclarations().values()) {
                text.append(declaration.getExtractor()).append(' ');
            }
        }
    }

    /** How a top-level condition of a rule stands. */
    enum Form {
        /** a fact that must be there */
        PATTERN,
        /** {@code not}: a fact that must be absent */
        NOT,
        /** {@code exists}: at least one such fact */
        EXISTS,
        /** anything else ({@code or}, {@code accumulate}, nested groups), which is not checked on its own */
        COMPOUND
    }

    /**
     * One top-level condition of a rule, in the order written.
     *
     * @param form    how it stands
     * @param pattern the fact pattern it is about; {@code null} for a compound condition
     * @param text    the condition as Drools prints it, for a compound condition
     */
    record Condition(Form form, FactPattern pattern, String text) {
    }

    /**
     * A fact pattern of a condition.
     *
     * @param type                the class of fact it matches, or {@code null} when it is not a Java class
     * @param typeName            that class's simple name, or how Drools names the type
     * @param constraints         its constraints as Drools prints them
     * @param comparesWithEarlier true when a constraint reads a value bound by an earlier condition, so the
     *                            pattern cannot be checked against one fact alone
     * @param own                 the constraints that can be checked against one fact alone
     */
    record FactPattern(Class<?> type, String typeName, List<String> constraints, boolean comparesWithEarlier,
                       List<AlphaNodeFieldConstraint> own) {

        /** The pattern as a rule would state it, e.g. {@code InPlace( id == "OPEN_BILATERAL_TALKS" )}. */
        String text() {
            String joined = String.join(", ", constraints);
            return typeName + "( " + joined + (joined.isEmpty() ? ")" : " )");
        }

        /** Whether the fact behind this handle is of the type and meets every constraint checkable alone. */
        boolean admits(FactHandle handle, KieSession session) {
            if (type == null || !type.isInstance(objectOf(handle))) {
                return false;
            }
            for (AlphaNodeFieldConstraint constraint : own) {
                if (!constraint.isAllowed((InternalFactHandle) handle, (ValueResolver) session)) {
                    return false;
                }
            }
            return true;
        }
    }

    /** The top-level conditions of a rule, in the order written. */
    static List<Condition> conditionsOf(Rule rule) {
        List<Condition> conditions = new ArrayList<>();
        for (RuleConditionElement element : ((RuleImpl) rule).getLhs().getChildren()) {
            conditions.add(condition(element));
        }
        return conditions;
    }

    private static Condition condition(RuleConditionElement element) {
        if (element instanceof Pattern pattern) {
            return new Condition(Form.PATTERN, pattern(pattern), null);
        }
        if (element instanceof GroupElement group && group.getChildren().size() == 1
                && group.getChildren().get(0) instanceof Pattern pattern && (group.isNot() || group.isExists())) {
            return new Condition(group.isNot() ? Form.NOT : Form.EXISTS, pattern(pattern), null);
        }
        return new Condition(Form.COMPOUND, null, element.toString());
    }

    private static FactPattern pattern(Pattern pattern) {
        Class<?> type = pattern.getObjectType() instanceof ClassObjectType classType ? classType.getClassType()
                : null;
        String typeName = type != null ? type.getSimpleName() : String.valueOf(pattern.getObjectType());
        List<AlphaNodeFieldConstraint> own = new ArrayList<>();
        boolean earlier = false;
        for (Constraint constraint : pattern.getConstraints()) {
            // A constraint that reads a value bound by an earlier condition ({@code level.isAbove( $level )}) may
            // still be an alpha constraint to Drools, but evaluating it without that binding fails.
            if (constraint instanceof AlphaNodeFieldConstraint alpha && constraint.getRequiredDeclarations().length == 0) {
                own.add(alpha);
            } else {
                earlier = true;
            }
        }
        List<String> constraints = pattern.getConstraints().stream().map(Object::toString)
                .collect(Collectors.toList());
        return new FactPattern(type, typeName, List.copyOf(constraints), earlier, List.copyOf(own));
    }
}
