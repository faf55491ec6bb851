package org.leverage.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.leverage.api.InvalidStateException;
import org.leverage.api.PolicyState;
import org.leverage.scenario.ScenarioReader;

/**
 * The files commands read policy states from, and write their results to: a state file, standard input, or a
 * scenario file (whose {@code given} is the state); an output file written whole or not at all.
 */
final class StateFiles {

    /** What a command line names standard input with. */
    static final String STDIN = "-";

    /** Top-level keys that mark a scenario file rather than a bare state. */
    private static final Set<String> SCENARIO_KEYS = Set.of("name", "given", "expect");

    /** Writes a result to a writer; the writer is closed by the caller. */
    @FunctionalInterface
    interface Content {
        void writeTo(Writer writer) throws IOException;
    }

    private StateFiles() {
    }

    /** The state a STATE argument names; with none, the built-in baseline-2017 scenario. */
    static PolicyState readOrBaseline(String state) {
        return state == null ? BuiltInScenario.baseline() : read(state);
    }

    /**
     * The state in a file ({@code .yaml}, {@code .yml}, {@code .json}), or on standard input for {@code -}. A
     * scenario file (DOMAIN §8) holds a state under {@code given}: that is the state, as a user would expect.
     *
     * @throws InvalidStateException naming the file, line, column and field of the first problem
     */
    static PolicyState read(String state) {
        if (STDIN.equals(state)) {
            return PolicyState.read(System.in, "<stdin>");
        }
        Path file = Path.of(state);
        try {
            return PolicyState.read(file);
        } catch (InvalidStateException e) {
            if (SCENARIO_KEYS.contains(e.field())) {
                return ScenarioReader.readGiven(file);
            }
            throw e;
        }
    }

    /**
     * Refuses, before any work, an output file that cannot be written as asked: a folder, a file in a folder that
     * does not exist, one of the command's own inputs, or an existing file without {@code --force}.
     *
     * @param option the option that named it, for the message, e.g. {@code --output}
     * @param inputs the command's input arguments ({@code null} and {@code -} are skipped)
     */
    static void checkOutput(Path output, String option, boolean force, String... inputs) throws IOException {
        if (output == null) {
            return;
        }
        for (String input : inputs) {
            if (input != null && !STDIN.equals(input) && Files.exists(output) && Files.exists(Path.of(input))
                    && Files.isSameFile(output, Path.of(input))) {
                throw new UserInputException(output + ": " + option + " names an input file; choose another file");
            }
        }
        if (Files.isDirectory(output)) {
            throw new UserInputException(output + ": " + option + " names a folder; give a file name");
        }
        Path folder = output.toAbsolutePath().getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            throw new UserInputException(output + ": " + option + " names a file in a folder that does not exist");
        }
        if (Files.exists(output) && !Files.isRegularFile(output)) {
            throw new UserInputException(output + ": " + option + " names a device or other special file;"
                    + " give the name of a regular file");
        }
        if (Files.exists(output) && !force) {
            throw new UserInputException(output + ": already exists; use --force to replace it");
        }
    }

    /** Writes text as UTF-8, whole or not at all; see {@link #write(Path, Content)}. */
    static void write(Path target, String content) {
        write(target, writer -> writer.write(content));
    }

    /**
     * Writes through a temporary file beside the target, then moves it into place, so a failure never leaves
     * half a file. A file that cannot be written (a full disk, a file size limit) is an output error (exit 5).
     *
     * <p>The file gets the permissions any other tool's output would: a new one those the user's umask allows
     * (a briefing left in a shared folder is readable by colleagues when the umask says so), a replaced one
     * keeps its own.
     */
    static void write(Path target, Content content) {
        Path temporary = null;
        try {
            temporary = newTemporaryBeside(target);
            try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8,
                    StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                content.writeTo(writer);
            }
            keepPermissionsOf(target, temporary);
            try {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            String reason = e instanceof AccessDeniedException ? "permission denied"
                    : e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason()
                    : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new CannotWriteException(target + ": cannot write: " + reason);
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // the move succeeded or the write already failed; nothing more to say
                }
            }
        }
    }

    /**
     * An empty file beside the target, created as a plain new file is, so that the umask, not a temporary file's
     * owner-only default, sets who may read it.
     */
    private static Path newTemporaryBeside(Path target) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        for (int attempt = 0; ; attempt++) {
            Path candidate = folder.resolve(".leverage-" + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
            try {
                return Files.createFile(candidate);
            } catch (FileAlreadyExistsException e) {
                if (attempt >= 100) {
                    throw e;
                }
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
