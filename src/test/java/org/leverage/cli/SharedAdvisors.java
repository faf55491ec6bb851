package org.leverage.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.leverage.api.Advisor;

/**
 * Advisors shared between the in-process runs of the command line ({@link Cli#run}): a run whose builder says
 * the same as an earlier one's, over rule files with the same contents, gets the advisor that run built. A
 * process of {@code bin/leverage} builds one advisor and exits; a test class runs the command line dozens of
 * times, and loading the compiled rules and warming their conditions again each time was most of the default
 * build's time. Building itself is tested where tests build advisors ({@code org.leverage.engine}) and where
 * they run the command line without this ({@code ErrorPathTest}, {@code StateReaderFuzzTest}, the @Slow tests).
 *
 * <p>The key is every field of the builder, read by reflection so that a setting added to {@link Advisor.Builder}
 * joins it without a change here, and the bytes of every file under the rule folders it names (a test that edits
 * a rule gets a new advisor). Builds that fail are not kept: each run meets the error itself.
 */
final class SharedAdvisors {

    private static final Map<List<Object>, Advisor> BUILT = new ConcurrentHashMap<>();

    private SharedAdvisors() {
    }

    static Advisor build(Advisor.Builder builder) {
        List<Object> key = key(builder);
        Advisor advisor = BUILT.get(key);
        if (advisor == null) {
            advisor = builder.build();
            Advisor earlier = BUILT.putIfAbsent(key, advisor);
            if (earlier != null) {
                advisor = earlier;
            }
        }
        return advisor;
    }

    private static List<Object> key(Advisor.Builder builder) {
        List<Object> key = new ArrayList<>();
        for (Field field : Advisor.Builder.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers())) {
                continue;
            }
            field.setAccessible(true);
            Object value;
            try {
                value = field.get(builder);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
            key.add(field.getName());
            key.add(value instanceof List<?> list ? List.copyOf(list) : value);
            if (!field.getName().toLowerCase(Locale.ROOT).contains("cache")) {
                if (value instanceof Path folder) {
                    key.add(contents(folder));
                } else if (value instanceof List<?> list) {
                    for (Object item : list) {
                        if (item instanceof Path folder) {
                            key.add(contents(folder));
                        }
                    }
                }
            }
        }
        return key;
    }

    /** A digest of every file's name and bytes under {@code folder}, in name order. */
    private static String contents(Path folder) {
        if (!Files.isDirectory(folder)) {
            return "absent";
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                digest.update(folder.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(Files.readAllBytes(file));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
