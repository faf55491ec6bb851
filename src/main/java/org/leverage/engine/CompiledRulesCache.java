package org.leverage.engine;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.internal.builder.KnowledgeBuilder;
import org.leverage.api.PolicyState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Compiled rule packages kept between runs, so that a command-line run loads the framework instead of
 * compiling it. An entry is keyed by a hash of everything that shapes the compiled form: the rule files (path
 * and text), the Drools version and the fact classes.
 *
 * <p>An entry is Java-serialized code (the consequences' bytecode among it), so it is used only when all of these
 * hold, checked in this order and before anything is deserialized: the folder and the entry belong to the current
 * user and nobody else can write them, neither being a symbolic link ({@link CacheTrust}); the entry is no larger
 * than {@link CacheEntryFilter#MAX_BYTES}; its header names the requested key and the SHA-256 of its payload
 * matches ({@link CacheEntryFormat}). The payload is then read under {@link CacheEntryFilter}. Any failure on the
 * way, {@code Error}s included (a {@code StackOverflowError} from a crafted entry the filter missed, a
 * {@code LinkageError} from stale bytecode), means the rules are compiled again: logged at debug, never shown.
 *
 * <p>Entries are written to a temporary file and moved into place, so two processes that race both end with a
 * whole entry. The folder is kept to {@link #MAX_TOTAL_BYTES} and {@link #MAX_ENTRIES}: after each store the
 * least recently used entries go (an entry's modification time is set to now each time it is loaded).
 */
final class CompiledRulesCache {

    private static final Logger LOG = LoggerFactory.getLogger(CompiledRulesCache.class);
    /** The built-in rules' entry is about 0.5 MB: room for a hundred rule sets. */
    static final long MAX_TOTAL_BYTES = 64L * 1024 * 1024;
    static final int MAX_ENTRIES = 64;
    /** Room for the header (format tag, key, length, digest) on top of the payload's own limit. */
    private static final int MAX_HEADER_BYTES = 1024;
    private static final String SUFFIX = ".kpkgs";
    /** A temporary file older than this was left by a process that died while storing. */
    private static final Duration ABANDONED = Duration.ofHours(1);

    private final Path folder;
    /** Asked when an entry is first read or written: finding out who we are costs a start that loads none. */
    private final Supplier<CacheTrust> trust;
    private final ObjectInputFilter filter;
    private final long maxTotalBytes;
    private final int maxEntries;

    CompiledRulesCache(Path folder) {
        this(folder, CacheTrust::ofCurrentUser, new CacheEntryFilter(), MAX_TOTAL_BYTES, MAX_ENTRIES);
    }

    /** With another idea of who we are, another filter, or other bounds: for tests. */
    CompiledRulesCache(Path folder, CacheTrust trust, ObjectInputFilter filter, long maxTotalBytes, int maxEntries) {
        this(folder, () -> trust, filter, maxTotalBytes, maxEntries);
    }

    private CompiledRulesCache(Path folder, Supplier<CacheTrust> trust, ObjectInputFilter filter, long maxTotalBytes,
                               int maxEntries) {
        this.folder = folder;
        this.trust = trust;
        this.filter = filter;
        this.maxTotalBytes = maxTotalBytes;
        this.maxEntries = maxEntries;
    }

    /** The key of a set of rule files, with the engine and the fact classes they compile against. */
    String key(List<RuleFile> files) {
        MessageDigest digest = sha256();
        update(digest, CacheEntryFormat.FORMAT);
        update(digest, codeSourceOf(KnowledgeBuilder.class));
        update(digest, codeSourceOf(DroolsInternals.serializationClass()));
        factClassesFingerprint(digest);
        for (RuleFile file : files) {
            update(digest, file.sourcePath());
            update(digest, file.text());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** A knowledge base of the packages stored under this key, if a trusted, whole entry holds them. */
    Optional<KieBase> load(String key) {
        Path entry = entry(key);
        try {
            String distrust = trust.get().distrustOfFolder(folder);
            if (distrust == null) {
                distrust = trust.get().distrustOfEntry(entry);
            }
            if (distrust != null) {
                LOG.debug("not using the compiled-rules cache entry {}: {}", entry, distrust);
                return Optional.empty();
            }
            byte[] bytes = readCapped(entry);
            int offset = CacheEntryFormat.payloadOffset(bytes, key);
            Collection<KiePackage> packages = CacheEntryFormat.packagesOf(bytes, offset, filter);
            KieBase kieBase = DroolsInternals.knowledgeBaseOf(packages);
            // The entry was used: it is the most recently used one now, for eviction.
            Files.getFileAttributeView(entry, BasicFileAttributeView.class, LinkOption.NOFOLLOW_LINKS)
                    .setTimes(FileTime.from(Instant.now()), null, null);
            LOG.debug("loaded compiled rules from {}", entry);
            return Optional.of(kieBase);
        } catch (NoSuchFileException e) {
            LOG.debug("no compiled-rules cache entry {}", entry);
            return Optional.empty();
        } catch (Throwable e) {
            // Errors too: whatever an entry does to the reader, the rules can still be compiled.
            LOG.debug("ignoring the compiled-rules cache entry {}: {}", entry, e.toString());
            return Optional.empty();
        }
    }

    private static byte[] readCapped(Path entry) throws IOException {
        long cap = CacheEntryFilter.MAX_BYTES + MAX_HEADER_BYTES;
        try (InputStream in = Files.newInputStream(entry, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
            byte[] bytes = in.readNBytes((int) cap + 1);
            if (bytes.length > cap) {
                throw new IOException("the entry is larger than " + cap + " bytes");
            }
            return bytes;
        }
    }

    /** Stores packages under a key; a failure to write is logged and otherwise ignored. */
    void store(String key, Collection<KiePackage> packages) {
        Path temporary = null;
        try {
            createPrivately(folder);
            String distrust = trust.get().distrustOfFolder(folder);
            if (distrust != null) {
                LOG.debug("not storing compiled rules in {}: {}", folder, distrust);
                return;
            }
            byte[] payload = CacheEntryFormat.payloadOf(packages);
            if (payload.length > CacheEntryFilter.MAX_BYTES) {
                LOG.debug("not storing compiled rules of {} bytes: more than an entry may hold", payload.length);
                return;
            }
            // A temporary file is created readable and writable by its owner only.
            temporary = Files.createTempFile(folder, ".entry-", ".tmp");
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temporary))) {
                CacheEntryFormat.write(out, key, payload);
            }
            try {
                Files.move(temporary, entry(key), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, entry(key), StandardCopyOption.REPLACE_EXISTING);
            }
            LOG.debug("stored compiled rules in {}", entry(key));
            evict();
        } catch (IOException | RuntimeException e) {
            LOG.debug("could not store compiled rules in {}: {}", folder, e.toString());
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // best effort: a stray temporary file is removed by a later store's eviction
                }
            }
        }
    }

    /**
     * Keeps the folder within its bounds: the most recently used entries that fit in {@link #maxTotalBytes} and
     * {@link #maxEntries} stay, the rest are deleted, with any temporary file a dead process left behind.
     */
    private void evict() throws IOException {
        record Found(Path path, long size, FileTime used) {
        }
        List<Found> entries = new ArrayList<>();
        Instant abandoned = Instant.now().minus(ABANDONED);
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class,
                        LinkOption.NOFOLLOW_LINKS);
                if (name.endsWith(SUFFIX) && attributes.isRegularFile()) {
                    entries.add(new Found(file, attributes.size(), attributes.lastModifiedTime()));
                } else if (name.startsWith(".entry-") && name.endsWith(".tmp")
                        && attributes.lastModifiedTime().toInstant().isBefore(abandoned)) {
                    Files.deleteIfExists(file);
                }
            }
        }
        entries.sort(Comparator.comparing(Found::used).reversed());
        long total = 0;
        for (int i = 0; i < entries.size(); i++) {
            total += entries.get(i).size();
            if (i >= maxEntries || total > maxTotalBytes) {
                LOG.debug("evicting the least recently used compiled-rules cache entry {}", entries.get(i).path());
                Files.deleteIfExists(entries.get(i).path());
            }
        }
    }

    /**
     * Creates the cache folder readable and writable by its owner only, where the file system knows owners: the
     * entries are deserialized on load, so nobody else may write them.
     */
    private static void createPrivately(Path folder) throws IOException {
        if (Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try {
            Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(
                    PosixFilePermissions.fromString("rwx------")));
        } catch (UnsupportedOperationException e) {
            Files.createDirectories(folder);
        }
    }

    private Path entry(String key) {
        return folder.resolve(key + SUFFIX);
    }

    /**
     * The fact classes the rules compile against: the bytes of Leverage's own jar, or in a build tree of the
     * classes of the api and the rule vocabulary.
     */
    private static void factClassesFingerprint(MessageDigest digest) {
        Path location = location(PolicyState.class);
        try {
            if (location != null && Files.isRegularFile(location)) {
                update(digest, Files.readAllBytes(location));
            } else if (location != null && Files.isDirectory(location)) {
                for (String pkg : List.of("org/leverage/api", "org/leverage/rules")) {
                    Path dir = location.resolve(pkg);
                    if (!Files.isDirectory(dir)) {
                        continue;
                    }
                    try (Stream<Path> classes = Files.list(dir)) {
                        for (Path file : classes.sorted().toList()) {
                            update(digest, file.getFileName().toString());
                            update(digest, Files.readAllBytes(file));
                        }
                    }
                }
            }
        } catch (IOException e) {
            update(digest, "unreadable:" + e);
        }
    }

    private static String codeSourceOf(Class<?> type) {
        Path location = location(type);
        return location == null ? type.getName() : location.getFileName().toString();
    }

    private static Path location(Class<?> type) {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return null;
        }
        try {
            return Path.of(source.getLocation().toURI());
        } catch (URISyntaxException | RuntimeException e) {
            return null;
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }

    private static void update(MessageDigest digest, String text) {
        update(digest, text.getBytes(StandardCharsets.UTF_8));
    }

    private static void update(MessageDigest digest, byte[] bytes) {
        digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
        digest.update((byte) ':');
        digest.update(bytes);
    }
}
