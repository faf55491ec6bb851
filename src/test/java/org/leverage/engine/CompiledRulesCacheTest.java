package org.leverage.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leverage.Slow;
import org.leverage.TestPaths;
import org.leverage.api.Advisor;
import org.leverage.api.OfferResponse;
import org.leverage.api.PolicyState;
import org.leverage.api.Talks;

@Slow
class CompiledRulesCacheTest {

    private static final PolicyState SPURNED = PolicyState.builder().thaadDeployed(true)
            .talksWithPyongyang(Talks.OFFERED).responseToOffer(OfferResponse.SPURNED).build();
    private static final Advisor UNCACHED = Advisor.builder().builtInRulesFrom(TestPaths.editedRules()).build();

    private static Advisor cached(Path cache) {
        return Advisor.builder().builtInRulesFrom(TestPaths.editedRules()).cacheCompiledRules(cache).build();
    }

    private static List<Path> entries(Path cache) throws IOException {
        try (Stream<Path> files = Files.list(cache)) {
            return files.filter(f -> f.toString().endsWith(".kpkgs")).toList();
        }
    }

    @Test
    void aSecondBuildLoadsTheStoredRulesAndAssessesExactlyAsACompiledOne(@TempDir Path cache) throws IOException {
        Advisor first = cached(cache);
        assertThat(entries(cache)).hasSize(1);
        Advisor second = cached(cache);
        assertThat(entries(cache)).hasSize(1);
        assertThat(second.assess(SPURNED)).isEqualTo(UNCACHED.assess(SPURNED)).isEqualTo(first.assess(SPURNED));
    }

    @Test
    void aCorruptEntryIsCompiledAgainAndReplaced(@TempDir Path cache) throws IOException {
        cached(cache);
        Path entry = entries(cache).get(0);
        Files.writeString(entry, "not a compiled package");
        Advisor afterCorruption = cached(cache);
        assertThat(afterCorruption.assess(SPURNED)).isEqualTo(UNCACHED.assess(SPURNED));
        assertThat(Files.size(entry)).isGreaterThan(1000);
    }

    @Test
    void anEditedRuleFileIsAnotherEntry(@TempDir Path cache, @TempDir Path rules) throws IOException {
        Files.writeString(rules.resolve("mine.drl"), """
                package mine;
                import org.leverage.api.*;
                import org.leverage.rules.*;
                rule "Hawkish whenever THAAD is deployed"
                    @source("¶2")
                when
                    UnitedStates( thaadDeployed == true )
                then
                    insertLogical( new Warning( WarningId.HAWKISH_POSTURING ) );
                end
                """);
        Advisor before = Advisor.builder().withoutBuiltInRules().addRules(rules).cacheCompiledRules(cache).build();
        Files.writeString(rules.resolve("mine.drl"),
                Files.readString(rules.resolve("mine.drl")).replace("thaadDeployed == true", "thaadDeployed == false"));
        Advisor after = Advisor.builder().withoutBuiltInRules().addRules(rules).cacheCompiledRules(cache).build();
        assertThat(entries(cache)).hasSize(2);
        assertThat(before.assess(SPURNED).warnings()).hasSize(1);
        assertThat(after.assess(SPURNED).warnings()).isEmpty();
    }

    @Test
    void buildsThatRaceForOneEntryAllGetWholeRules(@TempDir Path cache) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<Advisor>> builds = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                builds.add(pool.submit(() -> cached(cache)));
            }
            for (Future<Advisor> build : builds) {
                assertThat(build.get().assess(SPURNED)).isEqualTo(UNCACHED.assess(SPURNED));
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(entries(cache)).hasSize(1);
        assertThat(cached(cache).assess(SPURNED)).isEqualTo(UNCACHED.assess(SPURNED));
    }

    @Test
    void theCacheFolderIsPrivateAndAFolderOthersCanWriteIsNotTrusted(@TempDir Path parent) throws IOException {
        Path cache = parent.resolve("cache");
        cached(cache);
        assertThat(java.nio.file.Files.getPosixFilePermissions(cache))
                .containsExactlyInAnyOrder(java.nio.file.attribute.PosixFilePermission.OWNER_READ,
                        java.nio.file.attribute.PosixFilePermission.OWNER_WRITE,
                        java.nio.file.attribute.PosixFilePermission.OWNER_EXECUTE);
        Path entry = entries(cache).get(0);
        java.nio.file.Files.setPosixFilePermissions(cache,
                java.nio.file.attribute.PosixFilePermissions.fromString("rwxrwxrwx"));
        Files.writeString(entry, "planted by someone else");
        assertThat(cached(cache).assess(SPURNED)).isEqualTo(UNCACHED.assess(SPURNED));
        assertThat(Files.readString(entry)).isEqualTo("planted by someone else").as("the entry was not loaded");
    }

    @Test
    void anUnwritableCacheFolderIsNoError(@TempDir Path folder) throws IOException {
        Path notAFolder = folder.resolve("file");
        Files.writeString(notAFolder, "in the way");
        assertThat(cached(notAFolder).assess(SPURNED)).isEqualTo(UNCACHED.assess(SPURNED));
    }
}
