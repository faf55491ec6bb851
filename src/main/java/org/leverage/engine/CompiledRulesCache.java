package org.leverage.engine;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.kie.api.definition.KiePackage;
import org.kie.internal.builder.KnowledgeBuilder;
import org.leverage.api.PolicyState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Compiled rule packages kept between runs, so that a command-line run loads the framework instead of
 * compiling it. An entry is keyed by a hash of everything that shapes the compiled form: the rule files (path
 * and text), the Drools version and the fact classes. A missing, stale or corrupt entry is never an error: the
 * rules are compiled and the entry written again. Entries are written to a temporary file and moved into
 * place, so two processes that race both end with a whole entry.
 */
final class CompiledRulesCache {

    private static final Logger LOG = LoggerFactory.getLogger(CompiledRulesCache.class);
    private static final String FORMAT = "leverage-compiled-rules-1";

    private final Path folder;

    CompiledRulesCache(Path folder) {
        this.folder = folder;
    }

    /** The key of a set of rule files, with the engine and the fact classes they compile against. */
    String key(List<RuleFile> files) {
        MessageDigest digest = sha256();
        update(digest, FORMAT);
        update(digest, codeSourceOf(KnowledgeBuilder.class));
        update(digest, codeSourceOf(DroolsInternals.serializationClass()));
        factClassesFingerprint(digest);
        for (RuleFile file : files) {
            update(digest, file.sourcePath());
            update(digest, file.text());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The packages stored under this key, if there is a whole, readable entry in a folder only we can write. */
    Optional<Collection<KiePackage>> load(String key) {
        Path entry = entry(key);
        if (!Files.isRegularFile(entry) || writableByOthers(folder)) {
            return Optional.empty();
        }
        try (InputStream in = new BufferedInputStream(Files.newInputStream(entry));
             ObjectInputStream objects = DroolsInternals.packageReader(in,
                     CompiledRulesCache.class.getClassLoader())) {
            String format = objects.readUTF();
            if (!FORMAT.equals(format)) {
                return Optional.empty();
            }
            @SuppressWarnings("unchecked")
            Collection<KiePackage> packages = (Collection<KiePackage>) objects.readObject();
            LOG.debug("loaded compiled rules from {}", entry);
            return Optional.of(packages);
        } catch (IOException | ClassNotFoundException | RuntimeException e) {
            LOG.debug("ignoring an unreadable compiled-rules cache entry {}: {}", entry, e.toString());
            return Optional.empty();
        }
    }

    /** Stores packages under a key; a failure to write is logged and otherwise ignored. */
    void store(String key, Collection<KiePackage> packages) {
        Path temporary = null;
        try {
            createPrivately(folder);
            if (writableByOthers(folder)) {
                LOG.debug("not storing compiled rules in {}: others can write to it", folder);
                return;
            }
            temporary = Files.createTempFile(folder, ".entry-", ".tmp");
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temporary));
                 ObjectOutputStream objects = DroolsInternals.packageWriter(out)) {
                objects.writeUTF(FORMAT);
                objects.writeObject(new ArrayList<>(packages));
            }
            try {
                Files.move(temporary, entry(key), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, entry(key), StandardCopyOption.REPLACE_EXISTING);
            }
            LOG.debug("stored compiled rules in {}", entry(key));
        } catch (IOException | RuntimeException e) {
            LOG.debug("could not store compiled rules in {}: {}", folder, e.toString());
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // best effort: a stray temporary file in a cache folder harms nothing
                }
            }
        }
    }

    /**
     * Creates the cache folder readable and writable by its owner only, where the file system knows owners: the
     * entries are deserialized on load, so nobody else may write them.
     */
    private static void createPrivately(Path folder) throws IOException {
        if (Files.isDirectory(folder)) {
            return;
        }
        try {
            Files.createDirectories(folder, java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                    java.nio.file.attribute.PosixFilePermissions.fromString("rwx------")));
        } catch (UnsupportedOperationException e) {
            Files.createDirectories(folder);
        }
    }

    private Path entry(String key) {
        return folder.resolve(key + ".kpkgs");
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

    /** True when a folder's group or others may write it: then its entries are not trusted. */
    private static boolean writableByOthers(Path folder) {
        try {
            java.util.Set<java.nio.file.attribute.PosixFilePermission> permissions = Files.getPosixFilePermissions(folder);
            return permissions.contains(java.nio.file.attribute.PosixFilePermission.GROUP_WRITE)
                    || permissions.contains(java.nio.file.attribute.PosixFilePermission.OTHERS_WRITE);
        } catch (UnsupportedOperationException | IOException e) {
            return false;
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
