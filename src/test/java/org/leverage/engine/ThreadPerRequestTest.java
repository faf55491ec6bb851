package org.leverage.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.leverage.api.PolicyState;

/**
 * A host that starts a thread per request, each assessing with one shared advisor, does not keep a rule session
 * for every thread it ever ran: Drools keeps each session it made until it is disposed, so an advisor that kept
 * the sessions of ended threads would grow by a few hundred kilobytes a request, for as long as it lives.
 */
class ThreadPerRequestTest {

    @Test
    void theSessionsOfEndedThreadsAreReleased() throws InterruptedException {
        List<RuleFile> files = RuleSources.packaged(DroolsAdvisorProvider.BUILT_IN_PREFIX);
        RuleCompiler.Compiled compiled = RuleCompiler.compile(files, null);
        try (DroolsAdvisor advisor = new DroolsAdvisor(compiled, CatalogueFiles.packaged(), 10_000, 0, null)) {
            for (int request = 0; request < 50; request++) {
                Thread thread = new Thread(() -> advisor.assess(PolicyState.DEFAULTS));
                thread.start();
                thread.join();
            }
            // The last request's thread has ended too, but nothing has come since to release its session.
            assertThat(compiled.kieBase().getKieSessions()).hasSizeLessThanOrEqualTo(1);
            advisor.assess(PolicyState.DEFAULTS);
            assertThat(compiled.kieBase().getKieSessions()).hasSize(1);
        }
        assertThat(compiled.kieBase().getKieSessions()).isEmpty();
    }
}
