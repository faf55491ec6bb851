package org.leverage.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The files commands write their results to ({@code --output}, {@code --table}): checked before any work, and
 * written whole or not at all.
 *
 * <ul>
 *   <li>A new file gets the permissions the user's umask allows, as any tool's output; a replaced one keeps its
 *       own (and its owner).</li>
 *   <li>An existing file is replaced only with {@code --force}. A file with other hard links keeps them: its
 *       contents are replaced in place, so every name of it shows the new result.</li>
 *   <li>A symbolic link, dangling or not, is refused unless {@code --follow-symlinks} says to write to the file it
 *       points to; the link itself is never replaced.</li>
 *   <li>The result is written to a temporary {@code .leverage-*.tmp} beside the target first; a failure leaves the
 *       target as it was, and the temporary file is removed, on an interrupt ({@code Ctrl-C}, {@code kill})
 *       too.</li>
 * </ul>
 */
final class OutputFiles {

    /** How many symbolic links {@code --follow-symlinks} follows before it gives up, as the kernel does. */
    private static final int MAX_LINKS = 40;

    /** Temporary files being written, removed by the shutdown hook if the JVM is stopped before they are moved. */
    private static final Set<Path> IN_FLIGHT = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(OutputFiles::removeInFlight, "leverage-temporary-files"));
    }

    /** Writes a result to a writer; the writer is closed by the caller. */
    @FunctionalInterface
    interface Content {
        void writeTo(Writer writer) throws IOException;
    }

    private OutputFiles() {
    }

    /**
     * Refuses, before any work, an output file that cannot be written as asked: a folder, a file in a folder that
     * does not exist, one of the command's own inputs, a device, an existing file without {@code --force}, or a
     * symbolic link without {@code --follow-symlinks}.
     *
     * @param option      the option that named it, for the message, e.g. {@code --output}
     * @param followLinks whether a symbolic link stands for the file it points to
     * @param inputs      the command's input arguments ({@code null} and {@code -} are skipped)
     * @return the file to write: {@code output}, or with {@code followLinks} the file its link points to; null for
     *         no output
     */
    static Path check(Path output, String option, boolean force, boolean followLinks, String... inputs)
            throws IOException {
        if (output == null) {
            return null;
        }
        Path target = output;
        if (Files.isSymbolicLink(output)) {
            if (!followLinks) {
                throw new UserInputException(output + ": " + option + " names a symbolic link"
                        + (Files.exists(output) ? "" : " to nothing") + "; use --follow-symlinks to write to the"
                        + " file it points to, or name the file itself");
            }
            target = linkedFile(output);
        }
        for (String input : inputs) {
            if (input != null && !StateFiles.STDIN.equals(input) && Files.exists(target)
                    && Files.exists(Path.of(input)) && Files.isSameFile(target, Path.of(input))) {
                throw new UserInputException(output + ": " + option + " names an input file; choose another file");
            }
        }
        if (Files.isDirectory(target)) {
            throw new UserInputException(output + ": " + option + " names a folder; give a file name");
        }
        Path folder = target.toAbsolutePath().getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            throw new UserInputException(output + ": " + option + " names a file in a folder that does not exist");
        }
        if (Files.exists(target) && !Files.isRegularFile(target)) {
            throw new UserInputException(output + ": " + option + " names a device or other special file;"
                    + " give the name of a regular file");
        }
        if (Files.exists(target) && !force) {
            throw new UserInputException(output + ": already exists; use --force to replace it");
        }
        return target;
    }

    /** The file at the end of a chain of symbolic links, which need not exist. */
    private static Path linkedFile(Path link) throws IOException {
        Path path = link.toAbsolutePath();
        for (int hops = 0; Files.isSymbolicLink(path); hops++) {
            if (hops == MAX_LINKS) {
                throw new UserInputException(link + ": too many levels of symbolic links");
            }
            path = path.getParent().resolve(Files.readSymbolicLink(path)).normalize();
        }
        return path;
    }

    /** Writes text as UTF-8, whole or not at all; see {@link #write(Path, Content)}. */
    static void write(Path target, String content) {
        write(target, writer -> writer.write(content));
    }

    /**
     * Writes the whole result to a temporary file beside the target, then moves it into place, so that a failure
     * never leaves half a file. A target with other hard links is not replaced but rewritten in place from the
     * complete temporary file, so that its links keep it: that copy is not atomic (a reader may see it half
     * written, and a failure during it, rare since the old contents have just freed their space, leaves it
     * partial), the price of keeping the links. A symbolic link is never written through or replaced here: {@link
     * #check} has resolved one the user allowed.
     *
     * @throws CannotWriteException naming the file and the reason (exit 5)
     */
    static void write(Path target, Content content) {
        Path temporary = null;
        try {
            if (Files.isSymbolicLink(target)) {
                throw new CannotWriteException(target + ": cannot write: it has become a symbolic link");
            }
            temporary = newTemporaryBeside(target);
            try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8,
                    StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                content.writeTo(writer);
            }
            if (hasOtherLinks(target)) {
                try (OutputStream out = Files.newOutputStream(target, StandardOpenOption.WRITE,
                        StandardOpenOption.TRUNCATE_EXISTING, LinkOption.NOFOLLOW_LINKS)) {
                    Files.copy(temporary, out);
                }
                return;
            }
            keepPermissionsOf(target, temporary);
            try {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new CannotWriteException(target + ": cannot write: " + reason(e));
        } finally {
            if (temporary != null) {
                remove(temporary);
            }
        }
    }

    /** Why writing failed, in the system's words: {@code No space left on device}, {@code File too large}. */
    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** Whether a regular file has other names (hard links) that replacing it would cut off. */
    private static boolean hasOtherLinks(Path target) throws IOException {
        if (!Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try {
            return ((Number) Files.getAttribute(target, "unix:nlink", LinkOption.NOFOLLOW_LINKS)).intValue() > 1;
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            return false; // not a Unix file system: no link count to keep
        }
    }

    /**
     * An empty file beside the target, created as a plain new file is, so that the umask, not a temporary file's
     * owner-only default, sets who may read it; removed by the shutdown hook if the JVM stops before it is moved.
     */
    private static Path newTemporaryBeside(Path target) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        for (int attempt = 0; ; attempt++) {
            Path candidate = folder.resolve(".leverage-"
                    + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
            IN_FLIGHT.add(candidate);
            try {
                return Files.createFile(candidate);
            } catch (FileAlreadyExistsException e) {
                IN_FLIGHT.remove(candidate);
                if (attempt >= 100) {
                    throw e;
                }
            } catch (IOException | RuntimeException e) {
                IN_FLIGHT.remove(candidate);
                throw e;
            }
        }
    }

    private static void remove(Path temporary) {
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException ignored) {
            // the move succeeded or the write already failed; nothing more to say
        }
        IN_FLIGHT.remove(temporary);
    }

    /** The shutdown hook: removes every temporary file still being written (SIGINT, SIGTERM, SIGHUP). */
    private static void removeInFlight() {
        for (Path temporary : IN_FLIGHT) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException ignored) {
                // the JVM is stopping; nothing can be said
            }
        }
    }

    /** A file that is replaced keeps its permissions, as it would if a shell redirected output into it. */
    private static void keepPermissionsOf(Path target, Path replacement) throws IOException {
        if (!Files.isRegularFile(target)) {
            return;
        }
        try {
            Files.setPosixFilePermissions(replacement, Files.getPosixFilePermissions(target));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the new file keeps the folder's defaults
        }
    }
}
