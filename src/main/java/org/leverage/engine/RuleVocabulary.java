package org.leverage.engine;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.leverage.spelling.Spelling;

/**
 * The names a rule file can use, for error messages: the types of the two packages every rule file imports
 * ({@code org.leverage.api.*} and {@code org.leverage.rules.*}), the fields of their records and the values of
 * their enums, each with the "did you mean" an analyst needs when she misspells one.
 */
final class RuleVocabulary {

    private static final List<String> PACKAGES = List.of("org.leverage.api", "org.leverage.rules");

    private RuleVocabulary() {
    }

    /** The type a rule names, simply ({@code Approach}) or fully ({@code org.leverage.api.Approach}). */
    static Optional<Class<?>> type(String name) {
        List<String> candidates = new ArrayList<>();
        candidates.add(name);
        PACKAGES.forEach(p -> candidates.add(p + "." + name));
        for (String candidate : candidates) {
            try {
                return Optional.of(Class.forName(candidate, false, RuleVocabulary.class.getClassLoader()));
            } catch (ClassNotFoundException | LinkageError e) {
                // not this one: try the next package
            }
        }
        return Optional.empty();
    }

    /** "; did you mean X?" when a choice is close to what was written, else nothing. */
    static String didYouMean(String written, List<String> choices) {
        return Spelling.closest(written, choices).map(c -> "; did you mean " + c + "?").orElse("");
    }

    /** {@code unknown value DEMAND of Approach; did you mean DEMANDS? (values: DEMANDS, INCENTIVES)}. */
    static String unknownValue(String written, Class<?> enumType) {
        List<String> values = Arrays.stream(enumType.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
        return "unknown value " + written + " of " + enumType.getSimpleName() + didYouMean(written, values)
                + " (values: " + String.join(", ", values) + ")";
    }

    /** {@code unknown field thaadDeplyed of UnitedStates; did you mean thaadDeployed? (fields: ...)}. */
    static String unknownField(String written, Class<?> record) {
        List<String> fields = fields(record);
        return "unknown field " + written + " of " + record.getSimpleName() + didYouMean(written, fields)
                + " (fields: " + String.join(", ", fields) + ")";
    }

    /** {@code unknown type Talk; did you mean Talks?}: the list of every type would drown the line. */
    static String unknownType(String written) {
        return "unknown type " + written + didYouMean(written, typeNames());
    }

    static List<String> fields(Class<?> record) {
        return Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName).toList();
    }

    /** The simple names of the classes in the imported packages, read once from the class path. */
    static List<String> typeNames() {
        return TypeNames.ALL;
    }

    /** Lazily: only an error message needs the list, and reading a jar's entries is not free. */
    private static final class TypeNames {
        static final List<String> ALL = read();

        private static List<String> read() {
            TreeSet<String> names = new TreeSet<>();
            for (String pkg : PACKAGES) {
                String folder = pkg.replace('.', '/');
                URL url = RuleVocabulary.class.getClassLoader().getResource(folder);
                try {
                    if (url == null) {
                        continue;
                    }
                    if ("jar".equals(url.getProtocol())) {
                        JarURLConnection connection = (JarURLConnection) url.openConnection();
                        connection.setUseCaches(false);
                        try (JarFile jar = connection.getJarFile()) {
                            jar.stream().map(e -> e.getName()).filter(n -> n.startsWith(folder + "/"))
                                    .map(n -> n.substring(folder.length() + 1)).forEach(n -> addClass(n, names));
                        }
                    } else if ("file".equals(url.getProtocol())) {
                        try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
                            files.map(p -> p.getFileName().toString()).forEach(n -> addClass(n, names));
                        }
                    }
                } catch (IOException | URISyntaxException | RuntimeException e) {
                    // without the list an error still reads well, only without its suggestion
                }
            }
            return List.copyOf(names);
        }

        /** Top-level classes only: nested ones ({@code Outer$Inner}) are not named alone in a rule. */
        private static void addClass(String entry, TreeSet<String> names) {
            if (entry.endsWith(".class") && !entry.contains("$") && !entry.contains("/")
                    && !entry.startsWith("package-info")) {
                names.add(entry.substring(0, entry.length() - ".class".length()));
            }
        }
    }
}
