package org.leverage.cli;

import java.nio.file.Path;
import java.util.Set;
import org.leverage.api.InvalidStateException;
import org.leverage.api.PolicyState;
import org.leverage.scenario.ScenarioReader;

/**
 * The files commands read policy states from: a state file, standard input, or a scenario file (whose
 * {@code given} is the state). Results are written by {@link OutputFiles}.
 */
final class StateFiles {

    /** What a command line names standard input with. */
    static final String STDIN = "-";

    /** Top-level keys that mark a scenario file rather than a bare state. */
    private static final Set<String> SCENARIO_KEYS = Set.of("name", "given", "expect");

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
}
