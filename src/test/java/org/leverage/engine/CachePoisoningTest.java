package org.leverage.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;
import org.leverage.Slow;
import org.leverage.TestPaths;
import org.leverage.api.Advisor;
import org.leverage.api.OfferResponse;
import org.leverage.api.Phase;
import org.leverage.api.PolicyState;
import org.leverage.api.Talks;

/**
 * Issue 14, reproductions 1 and 2: an entry someone else planted, renamed, swapped or edited is never used; the
 * victim compiles, gets the clean output, and the planted rule (which writes a file) never runs.
 *
 * <p>The two-user tests need root, to give a folder and an entry to another real user ({@code nobody}) as that user
 * would have made them: they are skipped when the tests do not run as root, and only then. The seam test
 * ({@link #aFolderIsTrustedOnlyByItsOwner}) holds the same check on any machine by telling the cache it runs as
 * someone else.
 */
@Slow
class CachePoisoningTest {

    private static final PolicyState SPURNED = PolicyState.builder().thaadDeployed(true)
            .talksWithPyongyang(Talks.OFFERED).responseToOffer(OfferResponse.SPURNED).build();
    private static final Advisor UNCACHED = Advisor.builder().builtInRulesFrom(TestPaths.editedRules()).build();

    @TempDir
    static Path shared;
    private static Path marker;
    private static Path evilRules;
    /** The entry an attacker compiled: the framework plus a rule that writes {@link #marker}. */
    private static Path evilEntry;
    /** The key of the plain framework, which a victim's {@code assess} asks for. */
    private static String plainKey;

    @BeforeAll
    static void anAttackerCompilesTheFrameworkWithARuleOfTheirOwn() throws IOException {
        marker = shared.resolve("the-attackers-rule-ran");
        evilRules = Files.createDirectory(shared.resolve("evil"));
        Files.writeString(evilRules.resolve("evil.drl"), """
                package evil;
                import org.leverage.api.*;
                import org.leverage.rules.*;
                rule "Looks harmless"
                    @source("¶1")
                when
                    UnitedStates()
                then
                    java.nio.file.Files.writeString( java.nio.file.Path.of( "%s" ), "ran" );
                end
                """.formatted(marker));
        Path attackers = shared.resolve("attackers-cache");
        Advisor.builder().builtInRulesFrom(TestPaths.editedRules()).addRules(evilRules).cacheCompiledRules(attackers).build();
        evilEntry = CacheEntries.in(attackers).get(0);
        plainKey = new CompiledRulesCache(attackers).key(RuleSources.fromFolder(TestPaths.editedRules(), "builtin/"));
        assertThat(CacheEntries.keyOf(evilEntry)).isNotEqualTo(plainKey);
    }

    private static Advisor victim(Path cache) {
        return Advisor.builder().builtInRulesFrom(TestPaths.editedRules()).cacheCompiledRules(cache).build();
    }

    private static void assertCleanAndTheRuleNeverRan(Advisor advisor) {
        assertThat(advisor.assess(SPURNED)).isEqualTo(UNCACHED.assess(SPURNED));
        assertThat(marker).as("the planted rule ran").doesNotExist();
    }

    /** The planted entry with a header made for the plain framework's key: all but the owner checks out. */
    private static Path plantValidEntry(Path folder) throws IOException {
        Path planted = folder.resolve(plainKey + ".kpkgs");
        CacheEntries.write(planted, plainKey, CacheEntries.payloadOf(evilEntry));
        return planted;
    }

    private static boolean root() {
        UserPrincipal self = CacheTrust.ofCurrentUser().self();
        return self != null && self.getName().equals("root");
    }

    private static UserPrincipal nobody() throws IOException {
        return shared.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody");
    }

    @Test
    void aFolderOfAnotherUserIsNotTrustedEvenWithMode755AndAValidEntry(@TempDir Path parent) throws IOException {
        assumeTrue(root(), "needs root to make a folder another user's");
        Path folder = Files.createDirectory(parent.resolve("theirs"));
        Path planted = plantValidEntry(folder);
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(planted, PosixFilePermissions.fromString("rw-r--r--"));
        Files.setOwner(planted, nobody());
        Files.setOwner(folder, nobody());
        byte[] before = Files.readAllBytes(planted);

        assertCleanAndTheRuleNeverRan(victim(folder));
        assertThat(Files.readAllBytes(planted)).as("nothing is written to another user's folder").isEqualTo(before);
        assertThat(CacheEntries.in(folder)).containsExactly(planted);
    }

    @Test
    void anEntryOfAnotherUserInOurOwnFolderIsNotTrusted(@TempDir Path parent) throws IOException {
        assumeTrue(root(), "needs root to make an entry another user's");
        Path folder = Files.createDirectory(parent.resolve("ours"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        Path planted = plantValidEntry(folder);
        Files.setOwner(planted, nobody());

        assertCleanAndTheRuleNeverRan(victim(folder));
        assertThat(Files.getOwner(CacheEntries.in(folder).get(0))).as("replaced by the victim's own entry")
                .isEqualTo(CacheTrust.ofCurrentUser().self());
    }

    // An entry of our own in our own private folder is still not used when group or others can write it: the rules
    // are compiled again and the entry is replaced by a private one of ours.
    @Test
    void anEntryOfOursThatGroupOrOthersCanWriteIsNotTrustedAndIsReplacedByAPrivateOne(@TempDir Path parent)
            throws IOException {
        for (String mode : List.of("rw-rw-r--", "rw-r--rw-")) {
            Path folder = Files.createDirectory(parent.resolve(mode),
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            Path planted = plantValidEntry(folder);
            Files.setPosixFilePermissions(planted, PosixFilePermissions.fromString(mode));
            assertThat(new CompiledRulesCache(folder).load(plainKey)).as("an entry of mode %s", mode).isEmpty();

            assertCleanAndTheRuleNeverRan(victim(folder));
            assertThat(CacheEntries.in(folder)).containsExactly(planted);
            assertThat(Files.getPosixFilePermissions(planted)).as("replaced by a private entry")
                    .isEqualTo(PosixFilePermissions.fromString("rw-------"));
            assertThat(CacheEntries.payloadOf(planted)).isNotEqualTo(CacheEntries.payloadOf(evilEntry));
            assertThat(new CompiledRulesCache(folder).load(plainKey)).as("the replacement is used").isPresent();
        }
    }

    // Setting the user.name property (any command line can) does not change whom the cache trusts: it is the owner
    // of a file the process has just created.
    @Test
    @ResourceLock(value = Resources.GLOBAL, mode = ResourceAccessMode.READ_WRITE) // user.name names someone else
    void theCurrentUserIsTheOwnerOfAFreshFileNotTheUserNameProperty(@TempDir Path parent) throws IOException {
        UserPrincipal owner = Files.getOwner(Files.createFile(parent.resolve("fresh")));
        Path folder = parent.resolve("cache");
        String someoneElse = root() ? "nobody" : "root";
        String userName = System.getProperty("user.name");
        try {
            System.setProperty("user.name", someoneElse);
            assertThat(CacheTrust.findCurrentUser()).as("found while user.name says %s", someoneElse)
                    .isEqualTo(owner);
            assertThat(CacheTrust.ofCurrentUser().self()).isEqualTo(owner);
            assertThat(owner.getName()).isNotEqualTo(someoneElse);
            assertThat(new CompiledRulesCache(folder).load(plainKey)).isEmpty();
            victim(folder);
            assertThat(new CompiledRulesCache(folder).load(plainKey)).as("our own entry, still ours").isPresent();
        } finally {
            System.setProperty("user.name", userName);
        }
    }

    @Test
    void aFolderIsTrustedOnlyByItsOwner(@TempDir Path folder) throws Exception {
        CompiledRulesCache ours = new CompiledRulesCache(folder);
        victim(folder);
        assertThat(ours.load(plainKey)).as("our own entry, in our own folder").isPresent();
        UserPrincipal someoneElse = folder.getFileSystem().getUserPrincipalLookupService()
                .lookupPrincipalByName(root() ? "nobody" : "root");
        CompiledRulesCache theirs = new CompiledRulesCache(folder, new CacheTrust(someoneElse),
                new CacheEntryFilter(), CompiledRulesCache.MAX_TOTAL_BYTES, CompiledRulesCache.MAX_ENTRIES);
        assertThat(theirs.load(plainKey)).as("the same entry, to a process of another user").isEmpty();
        assertThat(new CompiledRulesCache(folder, new CacheTrust(null), new CacheEntryFilter(), 1, 1).load(plainKey))
                .as("when who we are is unknown").isEmpty();
    }

    @Test
    void aSymbolicLinkIsTrustedNeitherAsAnEntryNorAsTheFolder(@TempDir Path parent) throws IOException {
        Path elsewhere = Files.createDirectory(parent.resolve("elsewhere"));
        Path target = plantValidEntry(elsewhere);
        Path folder = Files.createDirectory(parent.resolve("ours"));
        Path link = Files.createSymbolicLink(folder.resolve(plainKey + ".kpkgs"), target);
        assertCleanAndTheRuleNeverRan(victim(folder));
        assertThat(Files.isSymbolicLink(link)).as("the link was replaced by a real entry").isFalse();

        Path linkedFolder = Files.createSymbolicLink(parent.resolve("linked"), elsewhere);
        assertCleanAndTheRuleNeverRan(victim(linkedFolder));
    }

    @Test
    void aRenamedEntryIsCompiledAgainAndReplaced(@TempDir Path folder) throws IOException {
        Path renamed = folder.resolve(plainKey + ".kpkgs");
        Files.copy(evilEntry, renamed);
        assertCleanAndTheRuleNeverRan(victim(folder));
        assertThat(CacheEntries.keyOf(renamed)).isEqualTo(plainKey);
        assertCleanAndTheRuleNeverRan(victim(folder));
    }

    @Test
    void aSameLengthByteEditInThePayloadIsCompiledAgain(@TempDir Path folder) throws Exception {
        victim(folder);
        Path entry = CacheEntries.in(folder).get(0);
        byte[] edited = CacheEntries.spurnedToPending(CacheEntries.payloadOf(entry));
        assertThat(CacheEntries.readFiltered(edited)).as("the edited payload still deserializes").isNotNull();
        byte[] file = Files.readAllBytes(entry);
        System.arraycopy(edited, 0, file, file.length - edited.length, edited.length);
        Files.write(entry, file);

        Advisor afterEdit = victim(folder);
        assertThat(afterEdit.assess(SPURNED).phase()).isNotEqualTo(Phase.NONE);
        assertThat(afterEdit.assess(SPURNED)).isEqualTo(UNCACHED.assess(SPURNED));
        assertThat(CacheEntries.payloadOf(entry)).as("the entry was written again").isNotEqualTo(edited);
    }

    @Test
    void twoSwappedEntriesAreEachCompiledAgainToTheirOwnRules(@TempDir Path folder) throws IOException {
        Advisor.builder().builtInRulesFrom(TestPaths.editedRules()).addRules(evilRules).cacheCompiledRules(folder).build();
        victim(folder);
        List<Path> entries = new ArrayList<>(CacheEntries.in(folder));
        assertThat(entries).hasSize(2);
        Path swap = folder.resolve("swap");
        Files.move(entries.get(0), swap);
        Files.move(entries.get(1), entries.get(0));
        Files.move(swap, entries.get(1));

        assertCleanAndTheRuleNeverRan(victim(folder));
        Advisor withEvil = Advisor.builder().builtInRulesFrom(TestPaths.editedRules()).addRules(evilRules)
                .cacheCompiledRules(folder).build();
        try {
            withEvil.assess(SPURNED);
            assertThat(marker).as("the folder's own rules, compiled again, are the ones that run").exists();
        } finally {
            Files.deleteIfExists(marker);
        }
        for (Path entry : CacheEntries.in(folder)) {
            assertThat(entry.getFileName().toString()).isEqualTo(CacheEntries.keyOf(entry) + ".kpkgs");
        }
    }
}
