package org.leverage.validate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.leverage.api.Advisor;
import org.leverage.api.Assessment;
import org.leverage.api.Conclusion;
import org.leverage.api.Explanation;
import org.leverage.api.PolicyState;
import org.leverage.api.RuleDescription;
import org.leverage.api.RuleException;
import org.leverage.api.StateField;

/**
 * Verifies a compiled framework over a sample of the state space (see {@link StateSample}). Compile errors
 * are found earlier, when the advisor is built; this finds what compiles but is wrong.
 */
public final class Validator {

    /** Seeded, so that the same rules always give the same findings. */
    private static final long SEED = 20170329L;
    /** The fact types whose ids a catalogue declares. */
    private static final Set<String> CATALOGUED = Set.of("Recommendation", "Concern", "Warning", "InPlace",
            "Answered", "AnsweredInPart");

    private final int randomStates;

    /** @param randomStates how many random states to add to the sample (besides the structured ones) */
    public Validator(int randomStates) {
        this.randomStates = randomStates;
    }

    /** The findings, errors first, then by file, kind and message. */
    public Report validate(Advisor advisor) {
        List<PolicyState> sample = StateSample.of(randomStates, SEED);
        List<RuleDescription> rules = advisor.rules();
        Set<String> declared = new HashSet<>(advisor.declaredIds());
        List<Finding> findings = new ArrayList<>();

        Set<String> contributing = new HashSet<>();
        boolean failed = false;
        Map<String, PolicyState> recommendedInPlace = new LinkedHashMap<>();
        Map<String, Set<String>> togetherWith = new HashMap<>();
        for (PolicyState state : sample) {
            List<String> supporting;
            try {
                supporting = advisor.supportingRules(state);
            } catch (RuleException e) {
                // A rule that fails or keeps firing fails on every state like this one: report it once.
                String file = e.location().map(l -> l.file()).orElse("(framework)");
                findings.add(new Finding(Finding.Severity.ERROR, file, "fails-at-run-time",
                        e.getMessage() + ", e.g. when " + describe(state)));
                failed = true;
                break;
            }
            contributing.addAll(supporting);
            for (String rule : supporting) {
                togetherWith.computeIfAbsent(rule, r -> new HashSet<>()).addAll(supporting);
            }
            Assessment assessment = advisor.assess(state);
            for (Assessment.Recommendation recommendation : assessment.recommendations()) {
                if (assessment.inPlace().contains(recommendation.id())) {
                    recommendedInPlace.putIfAbsent(recommendation.id(), state);
                }
            }
        }

        for (RuleDescription rule : rules) {
            if (rule.sources().isEmpty()) {
                findings.add(new Finding(Finding.Severity.WARNING, rule.file(), "no-source",
                        "rule \"" + rule.name() + "\" cites no source; add @source(\"¶N\") or another source"));
            }
            if (!failed && !contributing.contains(rule.name())) {
                findings.add(new Finding(Finding.Severity.WARNING, rule.file(), "never-fires",
                        "rule \"" + rule.name() + "\" concluded nothing in any of " + sample.size()
                                + " sampled states; its conditions may never hold together"
                                + (rule.concludes().isEmpty() ? " (and it concludes nothing with insertLogical)" : "")));
            }
            for (Conclusion conclusion : rule.concludes()) {
                boolean catalogued = CATALOGUED.contains(conclusion.type());
                if (catalogued && !declared.contains(conclusion.id())) {
                    findings.add(new Finding(Finding.Severity.WARNING, rule.file(), "undeclared-id",
                            "rule \"" + rule.name() + "\" concludes " + conclusion.type() + " " + conclusion.id()
                                    + ", which no catalogue declares (declare it in a catalogue.yaml beside the rule)"));
                }
            }
        }

        for (Map.Entry<String, PolicyState> both : recommendedInPlace.entrySet()) {
            findings.add(new Finding(Finding.Severity.ERROR, "(framework)", "recommended-in-place",
                    both.getKey() + " is recommended while the state shows it already in place, e.g. when "
                            + describe(both.getValue())));
        }

        findings.addAll(conflictingModalities(rules, togetherWith));
        findings.sort(Comparator.comparing(Finding::severity).thenComparing(Finding::file)
                .thenComparing(Finding::kind).thenComparing(Finding::message));
        return new Report(List.copyOf(findings), rules.size(), sample.size());
    }

    /** Two rules that conclude one recommendation with different modalities and hold in the same state. */
    private static List<Finding> conflictingModalities(List<RuleDescription> rules,
                                                       Map<String, Set<String>> togetherWith) {
        Map<String, Map<String, List<RuleDescription>>> byIdAndModality = new HashMap<>();
        for (RuleDescription rule : rules) {
            for (Conclusion conclusion : rule.concludes()) {
                if (conclusion.kind().filter(Explanation.Kind.RECOMMENDATION::equals).isEmpty()) {
                    continue;
                }
                String modality = conclusion.modality() == null ? "the catalogue's modality"
                        : conclusion.modality().name();
                byIdAndModality.computeIfAbsent(conclusion.id(), k -> new HashMap<>())
                        .computeIfAbsent(modality, k -> new ArrayList<>()).add(rule);
            }
        }
        List<Finding> findings = new ArrayList<>();
        byIdAndModality.forEach((id, byModality) -> {
            List<String> modalities = byModality.keySet().stream().sorted().toList();
            for (int a = 0; a < modalities.size(); a++) {
                for (int b = a + 1; b < modalities.size(); b++) {
                    for (RuleDescription first : byModality.get(modalities.get(a))) {
                        for (RuleDescription second : byModality.get(modalities.get(b))) {
                            if (togetherWith.getOrDefault(first.name(), Set.of()).contains(second.name())) {
                                findings.add(new Finding(Finding.Severity.WARNING, second.file(),
                                        "conflicting-modality", "rules \"" + first.name() + "\" (" + modalities.get(a)
                                                + ") and \"" + second.name() + "\" (" + modalities.get(b)
                                                + ") both recommend " + id + " in the same states"));
                            }
                        }
                    }
                }
            }
        });
        return findings;
    }

    private static String describe(PolicyState state) {
        List<String> changed = new ArrayList<>();
        for (StateField field : StateField.values()) {
            if (!field.get(state).equals(field.get(PolicyState.DEFAULTS))) {
                changed.add(field.path() + " = " + field.get(state));
            }
        }
        return changed.isEmpty() ? "every field is at its default" : String.join(", ", changed);
    }

    /**
     * What validation found.
     *
     * @param findings      errors first
     * @param rules         how many rules were checked
     * @param sampledStates how many states they were run on
     */
    public record Report(List<Finding> findings, int rules, int sampledStates) {

        public boolean hasErrors() {
            return findings.stream().anyMatch(f -> f.severity() == Finding.Severity.ERROR);
        }

        public boolean hasWarnings() {
            return findings.stream().anyMatch(f -> f.severity() == Finding.Severity.WARNING);
        }
    }
}
