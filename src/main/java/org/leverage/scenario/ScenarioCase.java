package org.leverage.scenario;

import java.nio.file.Path;
import java.util.Objects;

import org.leverage.api.PolicyState;

/**
 * One scenario test (DOMAIN §8): a policy state and what must follow from it.
 *
 * @param file   the file it was read from, as the user named it
 * @param name   what the scenario is about, never blank
 * @param given  the state to assess; the defaults when the file gives none
 * @param expect what the assessment must show
 */
public record ScenarioCase(Path file, String name, PolicyState given, Expectation expect) {

    public ScenarioCase {
        Objects.requireNonNull(file, "file must not be null");
        Objects.requireNonNull(name, "name must not be null");
        Objects.requireNonNull(given, "given must not be null");
        Objects.requireNonNull(expect, "expect must not be null");
    }
}
