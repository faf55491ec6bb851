package org.leverage.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leverage.TestAdvisors;
import org.leverage.TestPaths;
import org.leverage.api.Advisor;
import org.leverage.api.AllianceProspect;
import org.leverage.api.Assessment;
import org.leverage.api.OfferResponse;
import org.leverage.api.PolicyState;
import org.leverage.api.RuleException;
import org.leverage.api.Stability;
import org.leverage.api.Talks;

/**
 * Rules that misbehave are stopped and named (issue 14, item 4): a rule that loops without end, sleeps, waits in
 * a condition, recurses without end or calls {@code halt()} ends its assessment with a {@link RuleException}
 * within the time limit, and the caller goes on. Each misbehaviour is one rule of one folder, set off by one
 * field, so that one advisor serves the whole class.
 */
class MisbehavingRulesTest {

    private static final Duration LIMIT = Duration.ofMillis(300);
    /** The limit, the grace after it, and room for a loaded machine. */
    private static final Duration PROMPTLY = LIMIT.plus(RuleThreads.GRACE).plusSeconds(2);

    private static final String RULES = """
            package misbehaving
            import org.leverage.api.UnitedStates;
            import org.leverage.api.China;
            import org.leverage.api.NorthKorea;
            import org.leverage.api.Peninsula;
            import org.leverage.engine.Runaways;

            function int deeper(int n) { return deeper(n + 1) + 1; }

            rule "Loops without end"
            when
                UnitedStates(militaryOptionSignaled == true)
            then
                java.util.concurrent.CountDownLatch held = Runaways.current();
                while (held.getCount() > 0) { }
            end

            rule "Sleeps a minute"
            when
                UnitedStates(thaadDeployed == true)
            then
                Thread.sleep(60000);
            end

            rule "Recurses without end"
            when
                China(askedForDrasticAction == true)
            then
                deeper(0);
            end

            rule "Calls halt"
            salience 10
            when
                NorthKorea(responseToOffer == OfferResponse.SPURNED)
            then
                drools.halt();
            end

            rule "Waits in a condition"
            when
                NorthKorea(stability == Stability.UNRAVELING)
                eval(Runaways.holdInCondition())
            then
            end

            rule "Concludes nothing, quietly"
            when
                Peninsula()
            then
            end
            """;

    private static Path folder;
    private static Advisor advisor;
    /** For the failures that are not about time, a limit they never come near, on however loaded a machine. */
    private static Advisor patient;

    @BeforeAll
    static void build(@TempDir Path temp) throws IOException {
        folder = temp.resolve("misbehaving");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("misbehaving.drl"), RULES.replace("import org.leverage.api.Peninsula;",
                "import org.leverage.api.Peninsula;\nimport org.leverage.api.OfferResponse;\n"
                        + "import org.leverage.api.Stability;"));
        advisor = Advisor.builder().withoutBuiltInRules().addRules(folder).timeLimit(LIMIT)
                .rememberAssessments(0).build();
        patient = Advisor.builder().withoutBuiltInRules().addRules(folder).timeLimit(Duration.ofMinutes(1))
                .rememberAssessments(0).build();
    }

    @AfterEach
    void releaseLoops() {
        Runaways.releaseAll();
    }

    @AfterAll
    static void close() {
        advisor.close();
        patient.close();
    }

    private static RuleException failure(PolicyState state) {
        return failure(advisor, state);
    }

    private static RuleException failure(Advisor by, PolicyState state) {
        long start = System.nanoTime();
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> by.assess(state));
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertThat(thrown).isInstanceOf(RuleException.class);
        if (by == advisor) {
            assertThat(took).isLessThan(PROMPTLY);
        }
        assertThat(Thread.currentThread().isInterrupted()).as("the caller is not left interrupted").isFalse();
        return (RuleException) thrown;
    }

    private static String file() {
        return org.leverage.engine.RuleSources.displayName(folder.resolve("misbehaving.drl"));
    }

    @Test
    void aLoopThatIgnoresHaltAndInterruptCostsItsThreadNotTheCaller() {
        RuleException e = failure(PolicyState.builder().militaryOptionSignaled(true).build());

        assertThat(e.oneLine()).startsWith(file() + ": rule \"Loops without end\" ran past the time limit of 300 ms"
                + " and did not stop when told: its thread leverage-rules-");
        assertThat(e.oneLine()).contains("is left running").doesNotContain("\n");
        // The caller goes on: the next state gets a new rule thread and a new session.
        Assessment next = advisor.assess(PolicyState.DEFAULTS);
        assertThat(next.recommendations()).isEmpty();
    }

    @Test
    void aSleepingRuleIsInterruptedAndItsThreadServesTheNextState() throws ReflectiveOperationException {
        RuleException e = failure(PolicyState.builder().thaadDeployed(true).build());

        assertThat(e.oneLine()).isEqualTo(file() + ": rule \"Sleeps a minute\" ran past the time limit of 300 ms"
                + " and was stopped");
        List<Thread> before = ruleThreadsOf(advisor);
        advisor.assess(PolicyState.DEFAULTS);
        assertThat(ruleThreadsOf(advisor)).as("no new rule thread for a caller whose rules stopped")
                .containsExactlyInAnyOrderElementsOf(before);
    }

    @Test
    void aConditionThatNeverEndsIsNamedFromTheRuleThreadsStack() {
        RuleException e = failure(PolicyState.builder().stability(Stability.UNRAVELING).build());

        assertThat(e.oneLine()).startsWith(file() + ": rule \"Waits in a condition\" ran past the time limit");
    }

    @Test
    void aRecursionWithoutEndIsARuleFailureNotACrash() {
        RuleException e = failure(patient, PolicyState.builder().askedForDrasticAction(true).build());

        assertThat(e.oneLine()).isEqualTo(file() + ": rule \"Recurses without end\" exhausted the stack"
                + " (a recursion without end?) while running");
    }

    @Test
    void haltIsReportedAsSuchNotAsAnEmptyAssessment() {
        RuleException e = failure(patient, PolicyState.builder().talksWithPyongyang(Talks.OFFERED)
                .responseToOffer(OfferResponse.SPURNED).build());

        assertThat(e.oneLine()).isEqualTo(file() + ": rule \"Calls halt\" called halt(): the rules stopped before"
                + " they were done, so there is no assessment");
    }

    @Test
    void haltIsStillNamedAfterTheSessionWasResetForItsLength() {
        // More states than a session holds before it is emptied and refilled, which must keep its listener.
        PolicyState quiet = PolicyState.builder().talksWithPyongyang(Talks.OFFERED).build();
        PolicyState other = quiet.toBuilder().forcesOnPeninsula(false).build();
        for (int i = 0; i <= StateSession.STATES_BEFORE_RESET; i++) {
            patient.assess(i % 2 == 0 ? quiet : other);
        }
        // A new peninsula too, so that a rule is still waiting when "Calls halt" (salience 10) stops them.
        RuleException e = failure(patient, quiet.toBuilder().responseToOffer(OfferResponse.SPURNED)
                .usAllianceWithUnifiedKorea(AllianceProspect.RULED_OUT).build());

        assertThat(e.oneLine()).isEqualTo(file() + ": rule \"Calls halt\" called halt(): the rules stopped before"
                + " they were done, so there is no assessment");
    }

    @Test
    void explanationsAreBoundedToo() {
        PolicyState looping = PolicyState.builder().militaryOptionSignaled(true).build();

        assertThatThrownBy(() -> advisor.supportingRules(looping)).isInstanceOf(RuleException.class)
                .hasMessageContaining("\"Loops without end\" ran past the time limit");
    }

    @Test
    void closingEndsTheRuleThreadsThatAreIdle() throws Exception {
        try (Advisor own = Advisor.builder().withoutBuiltInRules().addRules(folder).timeLimit(LIMIT).build()) {
            // The caller stays alive until the advisor is closed: a rule thread whose caller has ended ends by
            // itself (aRuleThreadEndsSoonAfterTheCallerItServes), and this is about close().
            java.util.concurrent.CountDownLatch assessed = new java.util.concurrent.CountDownLatch(1);
            java.util.concurrent.CountDownLatch closed = new java.util.concurrent.CountDownLatch(1);
            Thread caller = new Thread(() -> {
                own.assess(PolicyState.DEFAULTS);
                assessed.countDown();
                try {
                    closed.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "a caller");
            caller.start();
            assessed.await();
            List<Thread> threads = ruleThreadsOf(own);
            assertThat(threads).hasSize(1);
            own.close();
            for (Thread thread : threads) {
                thread.join(Duration.ofSeconds(5).toMillis());
                assertThat(thread.isAlive()).isFalse();
            }
            closed.countDown();
            caller.join();
        }
    }

    @org.leverage.Slow // waits for the idle check
    @Test
    void aRuleThreadEndsSoonAfterTheCallerItServes() throws Exception {
        try (Advisor own = Advisor.builder().withoutBuiltInRules().addRules(folder).timeLimit(LIMIT).build()) {
            List<Thread> threads = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
            for (int request = 0; request < 3; request++) {
                Thread caller = new Thread(() -> {
                    own.assess(PolicyState.DEFAULTS);
                    try {
                        threads.addAll(ruleThreadsOf(own));
                    } catch (ReflectiveOperationException e) {
                        throw new AssertionError(e);
                    }
                }, "a request");
                caller.start();
                caller.join();
            }
            assertThat(threads).as("each request had a rule thread").isNotEmpty();
            for (Thread thread : threads) {
                thread.join(RuleThreads.IDLE_CHECK.multipliedBy(5).toMillis());
                assertThat(thread.isAlive()).as(thread.getName()).isFalse();
            }
            assertThat(ruleThreadsOf(own)).isEmpty();
        }
    }

    /** The rule threads that serve this advisor's callers. */
    private static List<Thread> ruleThreadsOf(Advisor own) throws ReflectiveOperationException {
        java.lang.reflect.Field runner = DroolsAdvisor.class.getDeclaredField("runner");
        runner.setAccessible(true);
        java.lang.reflect.Field threads = SessionRunner.class.getDeclaredField("threads");
        threads.setAccessible(true);
        return ((RuleThreads) threads.get(runner.get(own))).live();
    }

    @Test
    void theTimeLimitMustBePositiveAndAtMostADay() {
        Advisor.Builder builder = Advisor.builder();
        for (Duration wrong : List.of(Duration.ZERO, Duration.ofMillis(-1), Duration.ofDays(1).plusMillis(1))) {
            assertThatThrownBy(() -> builder.timeLimit(wrong)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("timeLimit must be more than 0 and at most a day");
        }
    }

    @Test
    void theBuiltInFrameworkAloneRunsOnTheCallersThreadAndAnEditedCopyRunsWatched(@TempDir Path temp)
            throws IOException {
        Path unchanged = copyOfTheFramework(temp.resolve("unchanged"));
        Path edited = copyOfTheFramework(temp.resolve("edited"));
        Path file = edited.resolve("scope/phase.drl");
        Files.writeString(file, Files.readString(file) + "\n// an analyst's note\n");
        PolicyState state = PolicyState.builder().talksWithPyongyang(Talks.OFFERED).build();

        assertThat(threadThatRanTheRules(TestAdvisors.builtIn(), state)).isEqualTo(Thread.currentThread().getName());
        try (Advisor clone = TestAdvisors.builder().builtInRulesFrom(unchanged).build();
             Advisor analysts = TestAdvisors.builder().builtInRulesFrom(edited).build()) {
            assertThat(threadThatRanTheRules(clone, state)).isEqualTo(Thread.currentThread().getName());
            assertThat(threadThatRanTheRules(analysts, state)).startsWith("leverage-rules-");
            assertThat(analysts.assess(state)).isEqualTo(clone.assess(state));
        }
    }

    private static Path copyOfTheFramework(Path to) throws IOException {
        TestPaths.copyFolder(TestPaths.rules(), to);
        return to;
    }

    /** Which thread fired the rules for this state, seen from inside Drools by a listener on a fresh session. */
    private static String threadThatRanTheRules(Advisor advisor, PolicyState state) throws IOException {
        SessionRunner runner;
        try {
            java.lang.reflect.Field field = DroolsAdvisor.class.getDeclaredField("runner");
            field.setAccessible(true);
            runner = (SessionRunner) field.get(advisor);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
        String[] ran = new String[1];
        StateSession session = runner.newSession();
        session.kieSession().addEventListener(new org.kie.api.event.rule.DefaultAgendaEventListener() {
            @Override
            public void beforeMatchFired(org.kie.api.event.rule.BeforeMatchFiredEvent event) {
                ran[0] = Thread.currentThread().getName();
            }
        });
        try {
            runner.run(session, state);
        } finally {
            session.dispose();
        }
        return ran[0];
    }
}
