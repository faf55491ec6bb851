package org.leverage.api;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import org.leverage.api.spi.AdvisorProvider;

/**
 * Assesses policy states against the essay's framework. Build one with {@link #builder()}; building compiles
 * the rules, so build once and share: an advisor is immutable and safe to use from many threads.
 *
 * <pre>{@code
 * Advisor advisor = Advisor.builder().build();
 * Assessment assessment = advisor.assess(PolicyState.builder().thaadDeployed(true).build());
 * assessment.recommendations().forEach(r -> System.out.println(r.id() + " " + r.sources()));
 * }</pre>
 */
public interface Advisor extends AutoCloseable {

    /**
     * Releases what the advisor holds between assessments (a rule session per thread that used it, and through
     * them the compiled rules). A thread's session is released without this once the thread has ended and another
     * thread assesses for the first time, so a host with a thread per request keeps no more sessions than it has
     * threads. An advisor used for the life of the application need not be closed; one built
     * for a while (a rival framework, a test) should be, with try-with-resources. Assessing after closing is an
     * {@link IllegalStateException}. Idempotent.
     */
    @Override
    default void close() {
    }

    /**
     * Assesses one state. Safe to call from many threads at once; a state assessed recently may be answered from
     * memory (see {@link Builder#rememberAssessments(int)}), with an equal result.
     *
     * @param state the state to assess, e.g. from {@link PolicyState#builder()} or {@link PolicyState#read(Path)}
     * @return what follows from the state; immutable
     * @throws InvalidStateException when the state contradicts itself (contract §2) or has a future format
     * @throws RuleException         when a rule fails while it runs (stack or heap exhausted included), calls
     *                               {@code halt()}, keeps firing without end, or runs past the time limit (see
     *                               {@link Builder#timeLimit(Duration)})
     */
    Assessment assess(PolicyState state);

    /**
     * Explains one recommendation, concern or warning for a state: the rules and facts that concluded it, or
     * the conditions that kept each rule that could have from firing.
     *
     * @param id    the id of a recommendation, concern or warning (contract §3–§5, or of an analyst's own rules)
     * @param state the state to explain it for
     * @return why the state gives the id, or why it does not
     * @throws IllegalArgumentException when no rule concludes an id of that name; the message lists the ids
     * @throws InvalidStateException    as {@link #assess}
     * @throws RuleException            as {@link #assess}
     */
    Explanation explain(String id, PolicyState state);

    /**
     * Every id {@link #explain} knows: those some rule concludes, recommendations, concerns, then warnings.
     *
     * @return the ids; the same for the life of the advisor, since its rules are fixed once built
     */
    java.util.List<String> explainableIds();

    /**
     * Every rule of the framework, by file then name.
     *
     * @return the rules of the built-in framework (unless left out) and of every added folder
     */
    java.util.List<RuleDescription> rules();

    /**
     * The ids the catalogue describes (the built-in ones of contract §3–§5 and those declared in the
     * {@code catalogue.yaml} of a rule folder): recommendations, concerns, then warnings.
     *
     * @return the declared ids, each kind in the catalogue's order
     */
    java.util.List<String> declaredIds();

    /**
     * The ids the catalogue declares of one kind, in the catalogue's order, the order of every output: the
     * essay's, then an analyst's in the order her catalogue declares them. What a scenario may name under
     * {@code recommendations}, {@code concerns} or {@code warnings}, and the order in which a sweep or a diff lists
     * them.
     *
     * @param kind recommendations, concerns or warnings
     * @return the ids of that kind, in order
     */
    java.util.List<String> declaredIds(Explanation.Kind kind);

    /**
     * What a cited paragraph argues, in a sentence of the catalogue's own ({@code paragraphs} in a
     * {@code catalogue.yaml}); empty when no catalogue loaded paraphrases it.
     *
     * @param source a citation as assessments give it, e.g. {@code ¶7}
     * @return the paraphrase, e.g. for {@code ¶7} a sentence on the talks and concessions it proposes
     */
    java.util.Optional<String> paraphrase(String source);

    /**
     * The names of the rules whose matches support some conclusion once the rules have run on this state,
     * sorted; a rule that never appears here for any state never contributes anything.
     *
     * @param state the state to run the rules on
     * @return the rule names, sorted
     * @throws InvalidStateException as {@link #assess}
     * @throws RuleException         as {@link #assess}
     */
    java.util.List<String> supportingRules(PolicyState state);

    /**
     * A builder for the built-in framework, as packaged with Leverage.
     *
     * @return a new builder, with the built-in rules and the defaults; not thread-safe
     */
    static Builder builder() {
        return new Builder();
    }

    /** What an advisor is built from. */
    final class Builder {
        /** The default bound on rule firings per assessment; the built-in framework needs a few dozen. */
        public static final int DEFAULT_MAX_FIRINGS = 10_000;

        /** How many recent states' assessments an advisor remembers unless told otherwise. */
        public static final int DEFAULT_REMEMBERED_STATES = 1024;

        /**
         * How long the rules of a folder may run on one state unless told otherwise: the built-in framework needs
         * well under a millisecond, so only a rule that never ends comes near it.
         */
        public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(5);

        /** The longest time limit accepted: a day, far past any real assessment, and safe from overflow. */
        public static final Duration MAX_TIME_LIMIT = Duration.ofDays(1);

        private Path builtInRulesFolder;
        private boolean builtInRules = true;
        private final List<Path> ruleFolders = new ArrayList<>();
        private int maxFirings = DEFAULT_MAX_FIRINGS;
        private Path compiledRulesCache;
        private int rememberedStates = DEFAULT_REMEMBERED_STATES;
        private Duration timeLimit = DEFAULT_TIME_LIMIT;
        private boolean explanations = true;

        private Builder() {
        }

        /**
         * Reads the built-in framework from this folder (a checkout's {@code rules/}) instead of the copy
         * packaged in the jar, so that an edit there takes effect on the next build.
         *
         * @param folder the folder holding the framework's {@code .drl} files and {@code catalogue.yaml}; read by
         *               {@link #build()}, not now
         * @return this builder
         */
        public Builder builtInRulesFrom(Path folder) {
            builtInRulesFolder = folder;
            return this;
        }

        /**
         * Leaves the built-in framework out, its rules and its catalogue both: only the folders added with
         * {@link #addRules} are loaded, and only their {@code catalogue.yaml} files word, order and source the ids
         * their rules conclude (an id no catalogue declares is reported with empty words, after the declared ones).
         *
         * @return this builder
         */
        public Builder withoutBuiltInRules() {
            builtInRules = false;
            return this;
        }

        /**
         * Adds the rules of a folder (and its subfolders) on top of the built-in framework: {@code .drl} files,
         * decision tables ({@code .csv}, {@code .xlsx}), and a {@code catalogue.yaml} declaring new ids.
         *
         * @param folder the folder; read by {@link #build()}, not now. May be called again for more folders, which
         *               load in the order added
         * @return this builder
         */
        public Builder addRules(Path folder) {
            ruleFolders.add(folder);
            return this;
        }

        /**
         * Bounds the rule firings of one assessment; reaching it means the rules are cycling, and the assessment
         * fails with a {@link RuleException}.
         *
         * @param value the most firings allowed; default {@value #DEFAULT_MAX_FIRINGS}
         * @return this builder
         * @throws IllegalArgumentException when {@code value} is below 1
         */
        public Builder maxFirings(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("maxFirings must be at least 1, was " + value);
            }
            maxFirings = value;
            return this;
        }

        /**
         * Bounds the wall-clock time the rules may take over one state (its assessment, or the run behind an
         * explanation). Rule folders are code, and code can loop, sleep or wait forever; so an advisor that loads
         * any rule file other than the built-in framework's runs its rules on a thread of its own for each thread
         * that calls it (a daemon named {@code leverage-rules-N}), and the caller waits at most this long. Past
         * it, the rules are halted and their thread interrupted; the caller gets a {@link RuleException} naming
         * the rule that was running, at most a tenth of a second later. A rule that stops (a sleep, a wait, rules
         * firing one another) leaves the thread to be used again. A right-hand side that never returns
         * ({@code while (true) {}}) cannot be stopped inside a JVM: its thread is left running, on its own, as a
         * daemon that does not keep the JVM from exiting, holding the session it was given, and the advisor's next
         * assessment on that caller's thread gets a new one. Such an advisor should be closed and its rules fixed.
         * <p>
         * The built-in framework's rules, unchanged, do nothing but insert conclusions ({@code
         * BuiltInRulesCannotRunAwayTest} checks it); an advisor of them alone runs them on the caller's thread,
         * without the hand-over (tens of microseconds an assessment) a time limit needs.
         *
         * @param limit the longest an assessment's rules may run; default {@link #DEFAULT_TIME_LIMIT} (5 s)
         * @return this builder
         * @throws IllegalArgumentException when {@code limit} is not positive or is over {@link #MAX_TIME_LIMIT}
         * @throws NullPointerException     when {@code limit} is null
         */
        public Builder timeLimit(Duration limit) {
            if (limit.isNegative() || limit.isZero() || limit.compareTo(MAX_TIME_LIMIT) > 0) {
                throw new IllegalArgumentException("timeLimit must be more than 0 and at most a day, was " + limit);
            }
            timeLimit = limit;
            return this;
        }

        /**
         * Keeps the compiled rules in this folder between runs, keyed by a hash of the rule files, the engine
         * version and the fact classes, and loads them from there when nothing changed. Worth it for a short-
         * lived process (a command line); a long-lived application builds its advisor once and needs none. A
         * missing, stale or corrupt entry is recompiled, never an error.
         *
         * @param folder the cache folder; by default there is none
         * @return this builder
         */
        public Builder cacheCompiledRules(Path folder) {
            compiledRulesCache = folder;
            return this;
        }

        /**
         * How many distinct states' assessments to remember, so that a state assessed again (a dashboard's
         * refresh, a simulation revisiting a state) costs a look-up instead of a run of the rules. Assessments
         * are immutable and the rules fixed once built, so a remembered one is exactly what a new run would give.
         * {@code 0} remembers nothing. Default {@value #DEFAULT_REMEMBERED_STATES}.
         *
         * @param states how many distinct states to remember
         * @return this builder
         * @throws IllegalArgumentException when {@code states} is negative
         */
        public Builder rememberAssessments(int states) {
            if (states < 0) {
                throw new IllegalArgumentException("states must not be negative, was " + states);
            }
            rememberedStates = states;
            return this;
        }

        /**
         * Assessments without their explanations: every {@code because()} of a recommendation, concern and warning
         * is empty; everything else (the phase, the ids, levels and answers, the words and the paragraphs) is as
         * before. For work that reads only which conclusions hold, many times over: a sweep, odds, a reach, a
         * validation. It skips the walk of the engine's justifications that each assessment otherwise makes.
         * {@link Advisor#explain} and {@link Advisor#supportingRules} explain as before: they run the rules afresh.
         *
         * @return this builder
         */
        public Builder withoutExplanations() {
            explanations = false;
            return this;
        }

        /**
         * Compiles the rules into an advisor. Each call builds a new one; the builder may be changed and built again.
         *
         * @return the advisor, immutable and safe to share between threads
         * @throws RuleException        when a rule file does not compile or a rules folder cannot be read, naming
         *                               its file, line and column
         * @throws IllegalStateException when no Leverage engine is on the class path (a broken installation)
         */
        public Advisor build() {
            AdvisorProvider provider = ServiceLoader.load(AdvisorProvider.class, Advisor.class.getClassLoader())
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("no Leverage engine on the class path"));
            return provider.create(new Settings(builtInRules, builtInRulesFolder, ruleFolders, maxFirings,
                    compiledRulesCache, rememberedStates, timeLimit, explanations));
        }
    }

    /**
     * What an advisor is built from, as handed to the engine.
     *
     * @param builtInRules       whether the built-in framework is loaded
     * @param builtInRulesFolder where to read it from; {@code null} for the copy packaged in the jar
     * @param ruleFolders        more folders of rules, in the order given
     * @param maxFirings         the bound on rule firings per assessment
     * @param compiledRulesCache where to keep compiled rules between runs; {@code null} for nowhere
     * @param rememberedStates   how many distinct states' assessments to remember; 0 for none
     * @param timeLimit          how long the rules of a folder may run on one state
     * @param explanations       whether assessments carry their {@code because()} steps
     */
    record Settings(boolean builtInRules, Path builtInRulesFolder, List<Path> ruleFolders, int maxFirings,
                    Path compiledRulesCache, int rememberedStates, Duration timeLimit, boolean explanations) {
        /**
         * Copies the folders, so the settings are immutable.
         *
         * @param builtInRules       whether the built-in framework is loaded
         * @param builtInRulesFolder where to read it from; {@code null} for the copy packaged in the jar
         * @param ruleFolders        more folders of rules, in the order given
         * @param maxFirings         the bound on rule firings per assessment
         * @param compiledRulesCache where to keep compiled rules between runs; {@code null} for nowhere
         * @param rememberedStates   how many distinct states' assessments to remember; 0 for none
         * @param timeLimit          how long the rules of a folder may run on one state
         * @param explanations       whether assessments carry their {@code because()} steps
         * @throws NullPointerException when {@code ruleFolders}, an element of it, or {@code timeLimit} is null
         */
        public Settings {
            ruleFolders = List.copyOf(ruleFolders);
            java.util.Objects.requireNonNull(timeLimit, "timeLimit");
        }
    }
}
