package org.leverage.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.io.InvalidClassException;
import java.io.ObjectInputFilter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.PriorityQueue;
import java.util.concurrent.atomic.AtomicInteger;
import javax.management.BadAttributeValueExpException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leverage.Slow;
import org.leverage.TestPaths;
import org.leverage.api.Advisor;
import org.leverage.api.OfferResponse;
import org.leverage.api.PolicyState;
import org.leverage.api.Talks;

/**
 * Issue 14, reproduction 3 and the bounds: a crafted entry (200,000 nested arrays, one huge array) is refused by
 * the filter before it can overflow the stack or the heap, and the rules are compiled again; a real entry, of the
 * framework and of an analyst folder that uses every kind of condition, passes the same filter; the folder keeps
 * to its size by evicting the least recently used entries.
 */
@Slow
class CacheCraftedEntryTest {

    private static final PolicyState SPURNED = PolicyState.builder().thaadDeployed(true)
            .talksWithPyongyang(Talks.OFFERED).responseToOffer(OfferResponse.SPURNED).build();
    private static final Advisor UNCACHED = Advisor.builder().builtInRulesFrom(TestPaths.editedRules()).build();
    private static final List<RuleFile> FRAMEWORK = RuleSources.fromFolder(TestPaths.editedRules(), "builtin/");

    /** The largest entry file the cache reads: the payload's limit plus CompiledRulesCache.MAX_HEADER_BYTES. */
    private static final long READ_CAP = CacheEntryFilter.MAX_BYTES + 1024;

    private static Advisor cached(Path cache) {
        return Advisor.builder().builtInRulesFrom(TestPaths.editedRules()).cacheCompiledRules(cache).build();
    }

    /** A cache of the usual bounds that reads through this filter. */
    private static CompiledRulesCache through(Path cache, ObjectInputFilter filter) {
        return new CompiledRulesCache(cache, CacheTrust.ofCurrentUser(), filter, CompiledRulesCache.MAX_TOTAL_BYTES,
                CompiledRulesCache.MAX_ENTRIES);
    }

    /** A list of {@code count} arrays, each {@code length} bytes long: as many objects, or as many bytes, as asked. */
    private static byte[] arrays(int count, int length) throws IOException {
        List<Object> arrays = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            arrays.add(new byte[length]);
        }
        return CacheEntries.serialized(arrays);
    }

    @Test
    void theFilterRefusesNestedArraysAndAHugeArrayBeforeBuildingThem() throws IOException {
        assertThat(catchThrowable(() -> CacheEntries.readFiltered(CacheEntries.nestedArrays(200_000))))
                .isInstanceOf(InvalidClassException.class).hasMessageContaining("REJECTED");
        assertThat(catchThrowable(() -> CacheEntries.readFiltered(CacheEntries.hugeArray())))
                .isInstanceOf(InvalidClassException.class).hasMessageContaining("REJECTED");
    }

    // The first links of well-known gadget chains (URL, PriorityQueue, BadAttributeValueExpException) in an entry
    // whose header, key and digest are valid are refused by the filter, never built, and the rules compiled again.
    @Test
    void theFilterRefusesClassicGadgetEntryPointsInAnOtherwiseValidEntry(@TempDir Path cache) throws Exception {
        cached(cache);
        Path entry = CacheEntries.in(cache).get(0);
        String key = CacheEntries.keyOf(entry);
        List<Object> gadgets = List.of(URI.create("http://example.invalid/").toURL(),
                new PriorityQueue<>(List.of(2, 1)), new BadAttributeValueExpException("value"));
        for (Object gadget : gadgets) {
            byte[] payload = CacheEntries.serialized(new ArrayList<>(List.of(gadget)));
            assertThat(catchThrowable(() -> CacheEntries.readFiltered(payload))).as(gadget.getClass().getName())
                    .isInstanceOf(InvalidClassException.class).hasMessageContaining("REJECTED");

            CacheEntries.replacePayload(entry, payload);
            List<String> refused = new ArrayList<>();
            CacheEntryFilter filter = new CacheEntryFilter();
            ObjectInputFilter recording = info -> {
                ObjectInputFilter.Status status = filter.checkInput(info);
                if (status == ObjectInputFilter.Status.REJECTED) {
                    refused.add(info.serialClass() == null ? "a bound" : info.serialClass().getName());
                }
                return status;
            };
            assertThat(through(cache, recording).load(key)).isEmpty();
            assertThat(refused).as("what the cache's filter refused").containsExactly(gadget.getClass().getName());
            assertThat(cached(cache).assess(SPURNED)).isEqualTo(UNCACHED.assess(SPURNED));
            assertThat(CacheEntries.payloadOf(entry)).as("replaced by a real entry").isNotEqualTo(payload);
        }
    }

    // The filter's bounds on objects (400,000) and bytes (16 MiB) hold: a stream of allowed, shallow, small arrays
    // past either is refused, while one under both reads.
    @Test
    void theFilterRefusesMoreObjectsOrMoreBytesThanItsBounds() throws Exception {
        assertThat(CacheEntryFilter.MAX_REFERENCES).isEqualTo(400_000);
        assertThat(CacheEntryFilter.MAX_BYTES).isEqualTo(16L * 1024 * 1024);

        assertThat(CacheEntries.readFiltered(arrays(390_000, 0))).as("390,000 objects").isNotNull();
        assertThat(catchThrowable(() -> CacheEntries.readFiltered(arrays(400_001, 0)))).as("400,001 objects")
                .isInstanceOf(InvalidClassException.class).hasMessageContaining("REJECTED");

        int threeMiB = 3 * 1024 * 1024;
        int fourMiB = 4 * 1024 * 1024;
        assertThat(CacheEntries.readFiltered(arrays(5, threeMiB))).as("15 MiB").isNotNull();
        assertThat(catchThrowable(() -> CacheEntries.readFiltered(arrays(5, fourMiB)))).as("20 MiB")
                .isInstanceOf(InvalidClassException.class).hasMessageContaining("REJECTED");
    }

    // An entry file larger than the cache reads (16 MiB and 1,024 bytes) is refused by its size alone, nothing of it
    // deserialized, and the rules are compiled again; the same entry one byte shorter is read and used.
    @Test
    void anEntryLargerThanTheReadCapIsRefusedByItsSizeBeforeAnythingIsDeserialized(@TempDir Path cache)
            throws IOException {
        CompiledRulesCache store = new CompiledRulesCache(cache);
        String key = store.key(FRAMEWORK);
        RuleCompiler.compile(FRAMEWORK, store);
        Path entry = cache.resolve(key + ".kpkgs");
        byte[] payload = CacheEntries.payloadOf(entry);
        long header = Files.size(entry) - payload.length;
        AtomicInteger consulted = new AtomicInteger();
        CacheEntryFilter filter = new CacheEntryFilter();
        CompiledRulesCache counting = through(cache, info -> {
            consulted.incrementAndGet();
            return filter.checkInput(info);
        });

        // The real packages, then zeros the reader never reaches; the header's length and digest cover them all.
        CacheEntries.write(entry, key, Arrays.copyOf(payload, (int) (READ_CAP - header)));
        assertThat(Files.size(entry)).isEqualTo(READ_CAP);
        assertThat(counting.load(key)).as("an entry of exactly the cap").isPresent();
        assertThat(consulted).hasPositiveValue();

        consulted.set(0);
        CacheEntries.write(entry, key, Arrays.copyOf(payload, (int) (READ_CAP - header + 1)));
        assertThat(counting.load(key)).as("one byte more").isEmpty();
        assertThat(consulted).as("objects the filter was asked about").hasValue(0);
        assertThat(RuleCompiler.compile(FRAMEWORK, store).rules()).hasSize(
                RuleCompiler.compile(FRAMEWORK).rules().size());
        assertThat(Files.size(entry)).as("replaced by a real entry").isLessThan(CacheEntryFilter.MAX_BYTES / 16);
        assertThat(store.load(key)).isPresent();
    }

    @Test
    void aCraftedEntryIsCompiledAgainAndReplaced(@TempDir Path cache) throws IOException {
        cached(cache);
        Path entry = CacheEntries.in(cache).get(0);
        for (byte[] crafted : List.of(CacheEntries.nestedArrays(200_000), CacheEntries.hugeArray())) {
            CacheEntries.replacePayload(entry, crafted);
            assertThat(cached(cache).assess(SPURNED)).isEqualTo(UNCACHED.assess(SPURNED));
            assertThat(CacheEntries.payloadOf(entry)).as("replaced by a real entry").isNotEqualTo(crafted);
        }
    }

    @Test
    void withoutTheFilterTheStackOverflowErrorItselfStillMeansCompilingAgain(@TempDir Path cache) throws IOException {
        CompiledRulesCache cacheWithoutLimits = new CompiledRulesCache(cache, CacheTrust.ofCurrentUser(),
                info -> ObjectInputFilter.Status.ALLOWED, CompiledRulesCache.MAX_TOTAL_BYTES,
                CompiledRulesCache.MAX_ENTRIES);
        String key = cacheWithoutLimits.key(FRAMEWORK);
        Path entry = cache.resolve(key + ".kpkgs");
        CacheEntries.write(entry, key, CacheEntries.nestedArrays(200_000));
        Throwable unfiltered = catchThrowable(() -> DroolsInternals.packageReader(
                new java.io.ByteArrayInputStream(CacheEntries.payloadOf(entry)), getClass().getClassLoader(),
                info -> ObjectInputFilter.Status.ALLOWED).readObject());
        assertThat(unfiltered).as("what the entry does to a reader without limits").isInstanceOf(StackOverflowError.class);

        assertThat(cacheWithoutLimits.load(key)).isEmpty();
        assertThat(RuleCompiler.compile(FRAMEWORK, cacheWithoutLimits).rules()).hasSize(
                RuleCompiler.compile(FRAMEWORK).rules().size());
    }

    @Test
    void aRealEntryOfAnAnalystFolderWithEveryKindOfConditionPassesTheFilter(@TempDir Path cache, @TempDir Path rules)
            throws IOException {
        AnalystFolders.everyKindOfCondition(rules);
        List<RuleFile> files = new java.util.ArrayList<>(FRAMEWORK);
        files.addAll(RuleSources.fromFolder(rules, "folder0/"));
        CompiledRulesCache store = new CompiledRulesCache(cache);
        RuleCompiler.compile(files, store);
        assertThat(store.load(store.key(files))).as("loaded, not refused by the filter and compiled again").isPresent();
        assertThat(Files.size(CacheEntries.in(cache).get(0))).as("an entry's size, for the filter's byte limit")
                .isLessThan(CacheEntryFilter.MAX_BYTES / 16);
    }

    @Test
    void theLeastRecentlyUsedEntriesAreEvicted(@TempDir Path cache, @TempDir Path rules) throws IOException {
        CompiledRulesCache twoAtMost = new CompiledRulesCache(cache, CacheTrust.ofCurrentUser(),
                new CacheEntryFilter(), CompiledRulesCache.MAX_TOTAL_BYTES, 2);
        List<RuleFile> a = List.of(new RuleFile("a.drl", "a.drl", "package a;"));
        List<RuleFile> b = List.of(new RuleFile("b.drl", "b.drl", "package b;"));
        List<RuleFile> c = List.of(new RuleFile("c.drl", "c.drl", "package c;"));
        RuleCompiler.compile(a, twoAtMost);
        RuleCompiler.compile(b, twoAtMost);
        Path entryA = cache.resolve(twoAtMost.key(a) + ".kpkgs");
        Path entryB = cache.resolve(twoAtMost.key(b) + ".kpkgs");
        // Stored a minute and two minutes ago, so that file times that tick coarsely cannot tie.
        Files.setLastModifiedTime(entryA, FileTime.from(Instant.now().minusSeconds(120)));
        Files.setLastModifiedTime(entryB, FileTime.from(Instant.now().minusSeconds(60)));
        assertThat(twoAtMost.load(twoAtMost.key(a))).as("a is used, so b is now the least recently used").isPresent();
        RuleCompiler.compile(c, twoAtMost);
        assertThat(CacheEntries.in(cache)).containsExactlyInAnyOrder(entryA, cache.resolve(twoAtMost.key(c) + ".kpkgs"));

        long oneEntry = Files.size(entryA);
        CompiledRulesCache oneEntryOfBytes = new CompiledRulesCache(cache, CacheTrust.ofCurrentUser(),
                new CacheEntryFilter(), oneEntry + oneEntry / 2, 100);
        RuleCompiler.compile(b, oneEntryOfBytes);
        assertThat(CacheEntries.in(cache)).as("bounded by bytes, the newest stays").containsExactly(entryB);
    }
}
