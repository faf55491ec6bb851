package org.leverage.whatif;

import java.nio.file.Path;
import org.leverage.TestPaths;
import org.leverage.api.Advisor;
import org.leverage.api.PolicyState;
import org.leverage.scenario.ScenarioReader;

/** One advisor over the clone's rules for the what-if tests, compiled once (and cached between runs). */
final class TestAdvisor {

    static final Advisor ADVISOR = Advisor.builder()
            .builtInRulesFrom(TestPaths.rules())
            .cacheCompiledRules(Path.of(System.getProperty("leverage.cache.dir", "target/test-cache")))
            .rememberAssessments(0)
            .build();

    private TestAdvisor() {
    }

    /** The given state of one of the clone's scenarios, e.g. {@code full-package}. */
    static PolicyState scenario(String name) {
        return ScenarioReader.readGiven(TestPaths.scenarios().resolve(name + ".yaml"));
    }
}
