package org.leverage.scenario;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.leverage.api.Assessment;
import org.leverage.api.ConcernKind;
import org.leverage.api.Level;
import org.leverage.api.Phase;

/**
 * What a scenario expects of an assessment (DOMAIN §8). Each part is optional: an empty one is not checked.
 * The recommendation and warning lists mean "exactly these", in any order; the actions in place and the
 * concerns mean "these, at least" (DOMAIN §8), each concern with what is expected of it. Ids are strings, as the
 * catalogue spells them, so that a scenario can expect an analyst's own ids as it does the essay's; which ids
 * there are is the {@link ScenarioReader}'s to check, against the framework the scenario runs with.
 *
 * @param phase           the phase, if checked
 * @param outOfScope      whether the essay must have nothing to advise, if checked
 * @param recommendations exactly the recommendations, if checked
 * @param inPlace         the actions in place, at least, if checked
 * @param warnings        exactly the warnings, if checked
 * @param concerns        what is expected of each concern named, in the order the file names them
 */
public record Expectation(Optional<Phase> phase, Optional<Boolean> outOfScope,
                          Optional<List<String>> recommendations, Optional<List<String>> inPlace,
                          Optional<List<String>> warnings, Map<String, Concern> concerns) {

    /** Expects nothing: every assessment meets it. Start from it with the {@code with} methods. */
    public static final Expectation NOTHING = new Expectation(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Map.of());

    public Expectation {
        phase = Objects.requireNonNullElse(phase, Optional.empty());
        outOfScope = Objects.requireNonNullElse(outOfScope, Optional.empty());
        recommendations = Objects.requireNonNullElse(recommendations, Optional.<List<String>>empty())
                .map(List::copyOf);
        inPlace = Objects.requireNonNullElse(inPlace, Optional.<List<String>>empty()).map(List::copyOf);
        warnings = Objects.requireNonNullElse(warnings, Optional.<List<String>>empty()).map(List::copyOf);
        concerns = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNullElse(concerns, Map.of())));
    }

    /**
     * What is expected of one concern.
     *
     * @param raised   true when it must be raised; false when it must not be (then nothing else is expected)
     * @param level    its level, if checked
     * @param answered whether it is answered, if checked
     * @param kind     its kind (premise, concern, residual risk), if checked
     */
    public record Concern(boolean raised, Optional<Level> level, Optional<Boolean> answered,
                          Optional<ConcernKind> kind) {

        /** Raised, at any level, answered or not. */
        public static final Concern RAISED = new Concern(true, Optional.empty(), Optional.empty(), Optional.empty());

        /** Not raised. */
        public static final Concern NOT_RAISED = new Concern(false, Optional.empty(), Optional.empty(),
                Optional.empty());

        public Concern {
            level = Objects.requireNonNullElse(level, Optional.empty());
            answered = Objects.requireNonNullElse(answered, Optional.empty());
            kind = Objects.requireNonNullElse(kind, Optional.empty());
            if (!raised && (level.isPresent() || answered.isPresent() || kind.isPresent())) {
                throw new IllegalArgumentException("a concern expected not raised has no level, answer or kind");
            }
        }

        /** Raised, with this level and answer, of any kind. */
        public Concern(boolean raised, Optional<Level> level, Optional<Boolean> answered) {
            this(raised, level, answered, Optional.empty());
        }
    }

    /** This expectation, also checking the phase. */
    public Expectation withPhase(Phase value) {
        return new Expectation(Optional.of(value), outOfScope, recommendations, inPlace, warnings, concerns);
    }

    /** This expectation, also checking whether the assessment is out of scope. */
    public Expectation withOutOfScope(boolean value) {
        return new Expectation(phase, Optional.of(value), recommendations, inPlace, warnings, concerns);
    }

    /** This expectation, also checking the recommendations are exactly these. */
    public Expectation withRecommendations(String... ids) {
        return new Expectation(phase, outOfScope, Optional.of(List.of(ids)), inPlace, warnings, concerns);
    }

    /** This expectation, also checking that these actions, at least, are in place. */
    public Expectation withInPlace(String... ids) {
        return new Expectation(phase, outOfScope, recommendations, Optional.of(List.of(ids)), warnings, concerns);
    }

    /** This expectation, also checking the warnings are exactly these. */
    public Expectation withWarnings(String... ids) {
        return new Expectation(phase, outOfScope, recommendations, inPlace, Optional.of(List.of(ids)), concerns);
    }

    /** This expectation, also checking one concern. */
    public Expectation withConcern(String id, Concern expected) {
        Map<String, Concern> more = new LinkedHashMap<>(concerns);
        more.put(id, expected);
        return new Expectation(phase, outOfScope, recommendations, inPlace, warnings, more);
    }

    /**
     * How {@code actual} falls short of this expectation, one readable line per difference, e.g.
     * {@code phase: expected ENLIST_BEIJING, got ENGAGE_PYONGYANG} or
     * {@code recommendations: missing COMMIT_REFUGEE_AID; unexpected OFFER_PEACE_TREATY}; empty when it meets it.
     */
    public List<String> differences(Assessment actual) {
        Objects.requireNonNull(actual, "actual must not be null");
        List<String> found = new ArrayList<>();
        phase.filter(expected -> expected != actual.phase())
                .ifPresent(expected -> found.add("phase: expected " + expected + ", got " + actual.phase()));
        outOfScope.ifPresent(expected -> {
            boolean got = actual.outOfScope() != null;
            if (expected != got) {
                found.add("outOfScope: expected " + expected + ", got " + got
                        + (got ? " (" + oneLine(actual.outOfScope()) + ")" : ""));
            }
        });
        recommendations.ifPresent(expected -> compareIds("recommendations", expected,
                actual.recommendations().stream().map(Assessment.Recommendation::id).toList(), true, found));
        inPlace.ifPresent(expected -> compareIds("inPlace", expected, actual.inPlace(), false, found));
        warnings.ifPresent(expected -> compareIds("warnings", expected,
                actual.warnings().stream().map(Assessment.Warning::id).toList(), true, found));
        concerns.forEach((id, expected) -> compareConcern(id, expected, actual.concern(id), found));
        return List.copyOf(found);
    }

    /** Missing ids, and with {@code exactly} unexpected ones too. */
    private static void compareIds(String what, List<String> expected, List<String> actual, boolean exactly,
                                   List<String> found) {
        Set<String> wanted = new LinkedHashSet<>(expected);
        Set<String> got = new LinkedHashSet<>(actual);
        List<String> missing = wanted.stream().filter(id -> !got.contains(id)).toList();
        List<String> unexpected = exactly ? got.stream().filter(id -> !wanted.contains(id)).toList() : List.of();
        List<String> parts = new ArrayList<>();
        if (!missing.isEmpty()) {
            parts.add("missing " + String.join(", ", missing));
        }
        if (!unexpected.isEmpty()) {
            parts.add("unexpected " + String.join(", ", unexpected));
        }
        if (!parts.isEmpty()) {
            found.add(what + ": " + String.join("; ", parts));
        }
    }

    private static void compareConcern(String id, Concern expected, Optional<Assessment.Concern> actual,
                                       List<String> found) {
        String path = "concerns." + id;
        if (!expected.raised()) {
            actual.ifPresent(got -> found.add(path + ": expected not raised, raised at " + got.level()));
            return;
        }
        if (actual.isEmpty()) {
            found.add(path + ": expected raised, not raised");
            return;
        }
        Assessment.Concern got = actual.get();
        expected.level().filter(level -> level != got.level())
                .ifPresent(level -> found.add(path + ".level: expected " + level + ", got " + got.level()));
        expected.kind().filter(kind -> kind != got.kind())
                .ifPresent(kind -> found.add(path + ".kind: expected " + kind + ", got " + got.kind()));
        expected.answered().filter(answered -> answered != got.answered())
                .ifPresent(answered -> found.add(path + ".answered: expected " + answered + ", got "
                        + got.answered()));
    }

    private static String oneLine(String text) {
        return text.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
