package org.leverage.cli;

import java.nio.file.Path;
import org.leverage.api.InvalidStateException;
import org.leverage.api.PolicyState;
import org.leverage.scenario.ScenarioReader;

/**
 * The files commands read policy states from: a state file, standard input, or a scenario file (whose
 * {@code given} is the state), each read once. Results are written by {@link OutputFiles}.
 */
final class StateFiles {

    /** What a command line names standard input with. */
    static final String STDIN = "-";

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
     */
    static PolicyState read(String state) {
        return STDIN.equals(state) ? ScenarioReader.stateOrGiven(System.in, "<stdin>")
                : ScenarioReader.stateOrGiven(Path.of(state));
    }
}
