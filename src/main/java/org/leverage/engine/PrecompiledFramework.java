package org.leverage.engine;

import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The built-in framework compiled when the jar is built, so that an application (or the CLI, when the clone's
 * {@code rules/} is unchanged) loads it instead of compiling DRL at start-up. The build runs {@link #main} after
 * compiling the classes: it compiles the packaged rules with the same compiler a run-time build uses and stores
 * Drools' serialized packages in {@value #RESOURCE}, under a digest of the rule files they came from. At run time
 * {@link #load} hands the packages back only for exactly those files (same paths, same text); any edit, and any
 * other set of files, compiles as before.
 *
 * <p>The framework's {@code catalogue.yaml} is stored too ({@value #CATALOGUE_RESOURCE}: its entries, read and
 * checked by the build, after the text they were read from; see {@link CatalogueCodec}), so that an application
 * starts without setting up a YAML data binder, which was a fifth of a host's cold start.
 *
 * <p>The packages are read with the compiled-rules cache's checks of its header (format, key, length) and the
 * deserialization filter of {@link CacheEntryFilter}; not with the digest of its payload, since it travels inside
 * the jar with the code that reads it and is as trustworthy as that code.
 */
public final class PrecompiledFramework {

    /** Where the build puts the compiled framework, on the class path. */
    static final String RESOURCE = "leverage/framework.kpkgs";
    /** Where the build puts the framework's catalogue, read and checked, on the class path. */
    static final String CATALOGUE_RESOURCE = "leverage/catalogue.bin";
    private static final Logger LOG = LoggerFactory.getLogger(PrecompiledFramework.class);
    private static final String DIGEST_FORMAT = "leverage-framework-sources-1";

    private PrecompiledFramework() {
    }

    /**
     * Run by the build (see the pom's {@code precompile-framework}): compiles the rules packaged in the classes
     * folder and writes the entry to the file given, the catalogue beside it, and the executable model of the same
     * rules into the class folder ({@link ExecutableFramework}). A rule that does not compile fails the build.
     *
     * @param args the file to write, {@code target/classes/leverage/framework.kpkgs}, and the class folder
     * @throws IOException when the file cannot be written
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: PrecompiledFramework OUTPUT-FILE CLASS-FOLDER");
        }
        List<RuleFile> files = RuleSources.packaged(DroolsAdvisorProvider.BUILT_IN_PREFIX);
        RuleCompiler.ForStorage stored = RuleCompiler.compileForStorage(files);
        Collection<KiePackage> packages = stored.packages();
        int rules = packages.stream().mapToInt(p -> p.getRules().size()).sum();
        if (rules == 0) {
            // The empty knowledge base that fires nothing: never ship it.
            throw new IllegalStateException("the packaged framework compiled to no rules");
        }
        byte[] payload = CacheEntryFormat.payloadOf(packages);
        Path output = Path.of(args[0]);
        Files.createDirectories(output.toAbsolutePath().getParent());
        try (OutputStream out = Files.newOutputStream(output)) {
            CacheEntryFormat.write(out, digest(files), payload);
        }
        String catalogue = CatalogueFiles.packagedText();
        Path catalogueOutput = output.resolveSibling(Path.of(CATALOGUE_RESOURCE).getFileName());
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(
                Files.newOutputStream(catalogueOutput)))) {
            CatalogueCodec.write(out, catalogue, CatalogueFiles.parsePackaged(catalogue).entries());
        }
        ExecutableFramework.write(files, stored.compiled(), Path.of(args[1]));
    }

    /**
     * The framework's catalogue as the build read it from exactly this text, if the jar carries it; empty for any
     * other text, and when the entry is missing or unreadable (then the caller parses the text).
     */
    static Optional<Catalogue> catalogue(String text) {
        byte[] entry = resource(CATALOGUE_RESOURCE);
        if (entry == null) {
            return Optional.empty();
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(entry))) {
            return CatalogueCodec.isFor(in, text) ? Optional.of(Catalogue.of(CatalogueCodec.entries(in)))
                    : Optional.empty();
        } catch (IOException | RuntimeException e) {
            LOG.debug("not using the precompiled catalogue: {}", e.toString());
            return Optional.empty();
        }
    }

    /**
     * The knowledge base compiled at build time from exactly these files, if the jar carries one for them.
     * Empty for any other files, and when the entry is missing or unreadable (then the caller compiles).
     */
    static Optional<KieBase> load(List<RuleFile> files) {
        String digest = digest(files);
        // The header first: any other set of files (every analyst's folder) is told apart without reading the
        // half megabyte of packages.
        if (!keyIs(digest).orElse(false)) {
            return Optional.empty();
        }
        byte[] entry = entry();
        if (entry == null) {
            return Optional.empty();
        }
        try {
            int offset = CacheEntryFormat.packagedPayloadOffset(entry, digest);
            return Optional.of(DroolsInternals.knowledgeBaseOf(
                    CacheEntryFormat.packagesOf(entry, offset, new CacheEntryFilter())));
        } catch (IOException | ClassNotFoundException | RuntimeException | LinkageError e) {
            // A build tree whose classes changed since the entry was written (compiled by an IDE, say) may fail to
            // read it back: then the rules compile from their text, as they always can.
            LOG.debug("not using the precompiled framework: {}", e.toString());
            return Optional.empty();
        }
    }

    /**
     * Whether these files are exactly the ones the jar's framework was compiled from; empty when the jar carries
     * no precompiled framework (a build tree whose classes were compiled by something other than Maven).
     */
    static Optional<Boolean> isFramework(List<RuleFile> files) {
        return keyIs(digest(files));
    }

    /** Whether the entry's header names this key; empty when there is no readable entry. */
    private static Optional<Boolean> keyIs(String digest) {
        try (InputStream in = PrecompiledFramework.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return Optional.empty();
            }
            return Optional.of(CacheEntryFormat.keyOf(in).equals(digest));
        } catch (IOException e) {
            LOG.debug("cannot read the precompiled framework: {}", e.toString());
            return Optional.empty();
        }
    }

    private static byte[] entry() {
        return resource(RESOURCE);
    }

    private static byte[] resource(String name) {
        try (InputStream in = PrecompiledFramework.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                LOG.debug("no precompiled framework on the class path ({})", name);
                return null;
            }
            return in.readNBytes((int) CacheEntryFilter.MAX_BYTES + 1024);
        } catch (IOException e) {
            LOG.debug("cannot read the precompiled framework: {}", e.toString());
            return null;
        }
    }

    /** A digest of the files' paths and texts: what the precompiled entry is keyed by. */
    static String digest(List<RuleFile> files) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            update(digest, DIGEST_FORMAT);
            for (RuleFile file : files) {
                update(digest, file.sourcePath());
                update(digest, file.text());
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }

    private static void update(MessageDigest digest, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
        digest.update((byte) ':');
        digest.update(bytes);
    }
}
