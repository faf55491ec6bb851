package org.leverage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.leverage.TestPaths;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;
import org.leverage.Slow;
import org.leverage.engine.CacheEntries;

/**
 * Issue 14, reproductions 2 and 3 as a user meets them: with a crafted entry (200,000 nested arrays, one huge
 * array) or a same-length edit in the cache, {@code assess}, {@code rules} and {@code test} print exactly what a
 * clean run prints, exit 0, and say nothing on standard error: no trace, no warning.
 */
@Slow
@Isolated // it points leverage.cache.dir at a crafted cache
@ExtendWith(Cli.class)
class CrashingCacheEntryTest {

    private static final String CACHE_PROPERTY = "leverage.cache.dir";
    /** With a folder of an analyst's: the built-in framework alone is precompiled in the jar, never cached. */
    private static final String FOLDER = TestPaths.testResource("rule-folders/extra-warning").toString();
    private static final List<List<String>> COMMANDS = List.of(List.of("assess", "--rules", FOLDER),
            List.of("rules", "--rules", FOLDER), List.of("test", "--rules", FOLDER));
    /** {@code test} with the extra warning fails the scenarios that do not expect it, the same way each time. */
    private static int exitCodeOf(String command) {
        return command.equals("test") ? ExitCode.TESTS_FAILED.code() : 0;
    }

    @Test
    void aCraftedOrEditedEntryChangesNothingACommandPrints(@TempDir Path cache, @TempDir Path clean) throws IOException {
        for (List<String> command : COMMANDS) {
            String[] args = command.toArray(String[]::new);
            Cli.Run expected = inCache(clean, args);
            assertThat(expected.out()).isNotEmpty();
            for (String damage : List.of("nested arrays", "huge array", "SPURNED edited to PENDING")) {
                inCache(cache, args);
                Path entry = CacheEntries.in(cache).get(0);
                byte[] payload = CacheEntries.payloadOf(entry);
                byte[] damaged = switch (damage) {
                    case "nested arrays" -> CacheEntries.nestedArrays(200_000);
                    case "huge array" -> CacheEntries.hugeArray();
                    default -> CacheEntries.spurnedToPending(payload);
                };
                if (damage.startsWith("SPURNED")) {
                    // The header keeps the digest of the payload it was written with: only the bytes change.
                    byte[] file = java.nio.file.Files.readAllBytes(entry);
                    System.arraycopy(damaged, 0, file, file.length - damaged.length, damaged.length);
                    java.nio.file.Files.write(entry, file);
                } else {
                    CacheEntries.replacePayload(entry, damaged);
                }
                Cli.Run run = inCache(cache, args);
                assertThat(run).as("leverage %s with %s in the cache", command, damage).isEqualTo(expected);
                assertThat(run.err()).isEmpty();
            }
        }
    }

    private static Cli.Run inCache(Path cache, String... args) {
        String previous = System.getProperty(CACHE_PROPERTY);
        System.setProperty(CACHE_PROPERTY, cache.toString());
        try {
            // through the cache each time, not an advisor shared
            return Cli.runBuildingAdvisors(exitCodeOf(args[0]), args);
        } finally {
            if (previous == null) {
                System.clearProperty(CACHE_PROPERTY);
            } else {
                System.setProperty(CACHE_PROPERTY, previous);
            }
        }
    }
}
