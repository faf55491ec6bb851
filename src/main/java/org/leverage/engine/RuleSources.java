package org.leverage.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.leverage.api.RuleException;
import org.leverage.api.SourceLocation;
import org.leverage.spelling.AsciiCase;

/** Finds the DRL files of a rules folder, or of the copy of {@code rules/} packaged in the jar. */
final class RuleSources {

    /** Where the build copies the project's {@code rules/} folder inside the jar. */
    static final String PACKAGED_ROOT = "leverage/rules/";

    private RuleSources() {
    }

    /** The rule files under a folder, sorted by their path relative to it, so that builds are repeatable. */
    static List<RuleFile> fromFolder(Path folder, String sourcePrefix) {
        if (!Files.isDirectory(folder)) {
            String problem = Files.exists(folder) ? "is not a folder" : "does not exist";
            throw new RuleException(new SourceLocation(folder.toString(), 0, 0), "rules folder " + problem,
                    List.of(folder + ": rules folder " + problem), null);
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(p -> isRuleFile(p) && Files.isRegularFile(p))
                    .sorted(Comparator.comparing(p -> folder.relativize(p).toString().replace('\\', '/')))
                    .toList();
        } catch (IOException e) {
            throw unreadable(folder.toString(), e);
        } catch (java.io.UncheckedIOException e) {
            throw unreadable(folder.toString(), e.getCause());
        }
        List<RuleFile> rules = new ArrayList<>();
        for (Path file : files) {
            String relative = folder.relativize(file).toString().replace('\\', '/');
            try {
                String name = AsciiCase.lower(file.getFileName().toString());
                if (name.endsWith(".drl")) {
                    rules.add(new RuleFile(displayName(file), sourcePrefix + relative, Files.readString(file)));
                } else {
                    DecisionTables.Translated table = DecisionTables.translate(displayName(file),
                            Files.readAllBytes(file), name.endsWith(".csv"));
                    rules.add(new RuleFile(displayName(file), sourcePrefix + relative + ".drl", table.drl(),
                            table.cells()));
                }
            } catch (IOException e) {
                throw unreadable(file.toString(), e);
            }
        }
        return rules;
    }

    /** The DRL files packaged in the jar (or, in a build tree, in the classes folder). */
    static List<RuleFile> packaged(String sourcePrefix) {
        URL root = RuleSources.class.getClassLoader().getResource(PACKAGED_ROOT);
        if (root == null) {
            throw new IllegalStateException("the built-in rules are missing from the class path ("
                    + PACKAGED_ROOT + ")");
        }
        try {
            if ("file".equals(root.getProtocol())) {
                List<RuleFile> fromFolder = fromFolder(Path.of(root.toURI()), sourcePrefix);
                return fromFolder.stream()
                        .map(f -> new RuleFile(PACKAGED_ROOT + f.sourcePath().substring(sourcePrefix.length()),
                                f.sourcePath(), f.text(), f.table()))
                        .toList();
            }
            JarURLConnection connection = (JarURLConnection) root.openConnection();
            connection.setUseCaches(false);
            List<RuleFile> rules = new ArrayList<>();
            try (JarFile jar = connection.getJarFile()) {
                List<JarEntry> entries = jar.stream()
                        .filter(e -> e.getName().startsWith(PACKAGED_ROOT) && e.getName().endsWith(".drl"))
                        .sorted(Comparator.comparing(JarEntry::getName))
                        .toList();
                for (JarEntry entry : entries) {
                    try (InputStream in = jar.getInputStream(entry)) {
                        String relative = entry.getName().substring(PACKAGED_ROOT.length());
                        rules.add(new RuleFile(entry.getName(), sourcePrefix + relative,
                                new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                    }
                }
            }
            return rules;
        } catch (IOException | URISyntaxException e) {
            throw new UncheckedIOException(new IOException("cannot read the built-in rules: " + e.getMessage(), e));
        }
    }

    /** DRL files, and decision tables in CSV or Excel form. */
    static boolean isRuleFile(Path file) {
        String name = AsciiCase.lower(file.getFileName().toString());
        return name.endsWith(".drl") || name.endsWith(".csv") || name.endsWith(".xlsx") || name.endsWith(".xls");
    }

    /** A rule file as a person would name it: relative to the working folder when it lies below it. */
    static String displayName(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path here = Path.of("").toAbsolutePath();
        return absolute.startsWith(here) ? here.relativize(absolute).toString() : file.toString();
    }

    private static RuleException unreadable(String file, IOException e) {
        String why = e instanceof NoSuchFileException ? "no such file" : String.valueOf(e.getMessage());
        return new RuleException(new SourceLocation(file, 0, 0), "cannot read rules: " + why,
                List.of(file + ": cannot read rules: " + why), e);
    }
}
