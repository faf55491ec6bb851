package org.leverage.engine;

import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kie.api.KieBase;
import org.kie.api.definition.rule.Rule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The built-in framework as Drools' executable model: its rules turned into Java classes by the build and packaged
 * in the jar, so that a start loads classes instead of reading compiled DRL (a fifth of the command line's run, by
 * half). The build writes the classes beside Leverage's own, in packages named as the rule files' ({@code concerns},
 * {@code scope}, ...), and {@value #RESOURCE}: the digest of the rule files they came from (the same key as
 * {@link PrecompiledFramework}'s), the model classes, and what the generated rules do not know of themselves, each
 * rule's file and the fields its conditions read, taken from the DRL compilation of the same files. {@link #load}
 * returns the model only for exactly those files; anything else compiles from DRL as before.
 */
final class ExecutableFramework {

    /** Where the build puts the model's index and the rules' descriptions, on the class path. */
    static final String RESOURCE = "leverage/framework.model";
    private static final String FORMAT = "leverage-framework-model-2";
    /** Outside the class folder: which class files the last build generated, deleted before the next writes. */
    private static final String GENERATED_LIST = "framework-model-classes.txt";
    private static final Logger LOG = LoggerFactory.getLogger(ExecutableFramework.class);

    private ExecutableFramework() {
    }

    /**
     * A knowledge base of the generated rules, with what the build stored of each.
     *
     * @param rules each rule's description, by {@link RuleCompiler#key}
     */
    record Model(KieBase kieBase, Map<String, StoredRule> rules) {
    }

    /**
     * What the build's DRL compilation knew of one rule.
     *
     * @param sourcePath      the file it came from, as the compiler was told it; {@code null} when unknown
     * @param fieldsByPattern for each fact type the rule matches, the fields its conditions read, in record order
     */
    record StoredRule(String sourcePath, Map<Class<?>, List<String>> fieldsByPattern) {
    }

    /**
     * Generates the executable model of the framework's files into a class folder, and its index beside them.
     *
     * @param files    the packaged rule files
     * @param compiled the same files compiled from DRL, for the rules' descriptions
     * @param classes  the class folder ({@code target/classes})
     * @throws IllegalStateException when the model does not hold exactly the rules the DRL compilation does
     */
    static void write(List<RuleFile> files, RuleCompiler.Compiled compiled, Path classes) throws IOException {
        DroolsInternals.GeneratedModel model = DroolsInternals.generateExecutableModel(files);
        Path list = classes.toAbsolutePath().getParent().resolve(GENERATED_LIST);
        if (Files.isRegularFile(list)) {
            // Class names carry a hash of the rules: a build after an edit must not leave the old ones in the jar.
            for (String stale : Files.readAllLines(list, StandardCharsets.UTF_8)) {
                if (!stale.isBlank()) {
                    Files.deleteIfExists(classes.resolve(stale));
                }
            }
        }
        for (Map.Entry<String, byte[]> file : model.classFiles().entrySet()) {
            Path target = classes.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.write(target, file.getValue());
        }
        Files.write(list, model.classFiles().keySet(), StandardCharsets.UTF_8);

        // Read back as a start would, and held to the DRL compilation: the same rules, by the same keys.
        KieBase kieBase;
        try {
            // The class folder is on this JVM's class path, which finds the files just written.
            kieBase = DroolsInternals.knowledgeBaseOfModel(model.modelClasses(),
                    ExecutableFramework.class.getClassLoader());
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new IllegalStateException("the generated model does not load: " + e, e);
        }
        List<String> generated = new ArrayList<>();
        kieBase.getKiePackages().forEach(p -> p.getRules().forEach(r -> generated.add(RuleCompiler.key(r))));
        if (generated.isEmpty() || !new java.util.TreeSet<>(generated).equals(new java.util.TreeSet<>(
                compiled.rules().keySet())) || generated.size() != compiled.rules().size()) {
            // The empty knowledge base that fires nothing, or a model out of step with the DRL: never ship it.
            throw new IllegalStateException("the executable model holds " + generated.size()
                    + " rules, the DRL compilation " + compiled.rules().size());
        }

        Path index = classes.resolve(RESOURCE);
        Files.createDirectories(index.getParent());
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(index)))) {
            DataStrings.write(out, FORMAT);
            DataStrings.write(out, PrecompiledFramework.digest(files));
            out.writeInt(model.modelClasses().size());
            for (String name : model.modelClasses()) {
                DataStrings.write(out, name);
            }
            Map<String, Rule> rulesByKey = new java.util.TreeMap<>();
            compiled.byRule().keySet().forEach(rule -> rulesByKey.put(RuleCompiler.key(rule), rule));
            out.writeInt(rulesByKey.size());
            for (Map.Entry<String, Rule> rule : rulesByKey.entrySet()) {
                DataStrings.write(out, rule.getKey());
                DataStrings.write(out, DroolsInternals.sourcePathOf(rule.getValue()));
                Map<Class<?>, List<String>> fields = compiled.byRule().get(rule.getValue()).fieldsByPattern();
                Map<String, List<String>> byName = new java.util.TreeMap<>();
                fields.forEach((type, names) -> byName.put(type.getName(), names));
                out.writeInt(byName.size());
                for (Map.Entry<String, List<String>> type : byName.entrySet()) {
                    DataStrings.write(out, type.getKey());
                    DataStrings.list(out, type.getValue());
                }
            }
        }
    }

    /**
     * The index of the model generated from exactly these files, if the jar carries one: read and checked, but no
     * class of the model loaded yet. Empty for any other files, and when it is missing or unreadable (then the
     * caller loads the compiled DRL, or compiles).
     */
    static Optional<Index> index(List<RuleFile> files) {
        byte[] index = resource();
        if (index == null) {
            return Optional.empty();
        }
        ClassLoader loader = ExecutableFramework.class.getClassLoader();
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(index))) {
            if (!FORMAT.equals(DataStrings.read(in))) {
                throw new IOException("not a " + FORMAT + " index");
            }
            if (!PrecompiledFramework.digest(files).equals(DataStrings.read(in))) {
                return Optional.empty();
            }
            List<String> models = new ArrayList<>();
            for (int i = DataStrings.count(in); i > 0; i--) {
                models.add(DataStrings.read(in));
            }
            Map<String, StoredRule> rules = new HashMap<>();
            for (int i = DataStrings.count(in); i > 0; i--) {
                String key = DataStrings.read(in);
                String sourcePath = DataStrings.read(in);
                Map<Class<?>, List<String>> fields = new LinkedHashMap<>();
                for (int j = DataStrings.count(in); j > 0; j--) {
                    Class<?> type = Class.forName(DataStrings.read(in), false, loader);
                    fields.put(type, List.copyOf(DataStrings.list(in)));
                }
                rules.put(key, new StoredRule(sourcePath, Map.copyOf(fields)));
            }
            if (in.read() != -1) {
                throw new IOException("the index has bytes past its rules");
            }
            return Optional.of(new Index(List.copyOf(models), Map.copyOf(rules)));
        } catch (IOException | ReflectiveOperationException | RuntimeException | LinkageError e) {
            // A build tree whose classes an IDE compiled, say: the compiled DRL serves as well, a little slower.
            LOG.debug("not using the executable model: {}", e.toString());
            return Optional.empty();
        }
    }

    /**
     * The model's index: its classes, and what the build stored of each rule.
     *
     * @param modelClasses the classes that hold the rules, one per rule package
     * @param rules        each rule's description, by {@link RuleCompiler#key}
     */
    record Index(List<String> modelClasses, Map<String, StoredRule> rules) {
    }

    /** The knowledge base of an index's model; empty when its classes do not load. */
    static Optional<Model> load(Index index) {
        try {
            return Optional.of(new Model(DroolsInternals.knowledgeBaseOfModel(index.modelClasses(),
                    ExecutableFramework.class.getClassLoader()), index.rules()));
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            LOG.debug("not using the executable model: {}", e.toString());
            return Optional.empty();
        }
    }

    /** The model generated from exactly these files, loaded; empty as {@link #index} and {@link #load} are. */
    static Optional<Model> load(List<RuleFile> files) {
        return index(files).flatMap(ExecutableFramework::load);
    }

    private static byte[] resource() {
        try (InputStream in = ExecutableFramework.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            LOG.debug("cannot read {}: {}", RESOURCE, e.toString());
            return null;
        }
    }
}
