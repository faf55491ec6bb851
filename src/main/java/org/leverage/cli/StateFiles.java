package org.leverage.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import org.leverage.api.InvalidStateException;
import org.leverage.api.PolicyState;
import org.leverage.api.UncertainState;
import org.leverage.scenario.ScenarioReader;

/**
 * The files commands read policy states from: a state file, standard input, or a scenario file (whose
 * {@code given} is the state), each read once. Results are written by {@link OutputFiles}.
 */
final class StateFiles {

    /** What a command line names standard input with. */
    static final String STDIN = "-";

    /** The process's open file descriptors, on Linux. */
    private static final Path PROC_FDS = Path.of("/proc/self/fd");

    private StateFiles() {
    }

    /** The state a STATE argument names; with none, the built-in baseline-2017 scenario. */
    static PolicyState readOrBaseline(String state) {
        return state == null ? BuiltInScenario.baseline() : read(state);
    }

    /**
     * The state in a file ({@code .yaml}, {@code .yml}, {@code .json}), or on standard input for {@code -}. A
     * scenario file (DOMAIN §8) holds a state under {@code given}: that is the state, as a user would expect. The
     * file or stream is read once (a FIFO, {@code /dev/stdin} and {@code -} hold a scenario as well as a state).
     *
     * @throws InvalidStateException naming the file, line, column and field of the first problem
     * @throws UserInputException when the state is to come from standard input and that is closed
     */
    static PolicyState read(String state) {
        if (STDIN.equals(state)) {
            refuseIfClosed("<stdin>");
            return ScenarioReader.stateOrGiven(System.in, "<stdin>");
        }
        Path file = Path.of(state);
        if (isStandardInput(file)) {
            refuseIfClosed(state);
        }
        return ScenarioReader.stateOrGiven(file);
    }

    /**
     * The uncertain state in a file, or on standard input for {@code -}: a state whose fields may hold chances
     * ({@link UncertainState#read(Path)}).
     *
     * @throws InvalidStateException naming the file, line, column and field of the first problem
     * @throws UserInputException when the state is to come from standard input and that is closed
     */
    static UncertainState readUncertain(String state) {
        if (STDIN.equals(state)) {
            refuseIfClosed("<stdin>");
            return UncertainState.read(System.in, "<stdin>");
        }
        Path file = Path.of(state);
        if (isStandardInput(file)) {
            refuseIfClosed(state);
        }
        return UncertainState.read(file);
    }

    /**
     * Refuses a closed standard input in words that say so ({@code leverage assess - <&-}). Java cannot see that
     * descriptor 0 was closed: the JVM opens its own files on the lowest free descriptors as it starts, and its
     * runtime image ({@code lib/modules}, over 100 MB) lands on 0, so reading standard input would read that and
     * report a document over 1 MiB. Linux shows under {@code /proc} what descriptor 0 is; elsewhere it cannot be
     * told, and the read goes ahead.
     */
    private static void refuseIfClosed(String name) {
        if (standardInputClosed()) {
            throw new UserInputException(name + ": cannot read standard input: it is closed (name a state file,"
                    + " or redirect one: < FILE)");
        }
    }

    /** Whether descriptor 0 is closed, or holds the JVM's runtime image in its place. */
    private static boolean standardInputClosed() {
        if (!Files.isDirectory(PROC_FDS)) {
            return false;
        }
        Path standardInput = PROC_FDS.resolve("0");
        if (!Files.exists(standardInput, LinkOption.NOFOLLOW_LINKS)) {
            return true;
        }
        try {
            return Files.isSameFile(standardInput, Path.of(System.getProperty("java.home"), "lib", "modules"));
        } catch (IOException | SecurityException e) {
            return false;
        }
    }

    /** Whether a file a command line names is standard input under another name ({@code /dev/stdin}). */
    private static boolean isStandardInput(Path file) {
        try {
            return Files.isDirectory(PROC_FDS) && Files.isSameFile(file, PROC_FDS.resolve("0"));
        } catch (IOException | SecurityException e) {
            return false;
        }
    }
}
