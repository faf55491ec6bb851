package org.leverage.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.leverage.api.Assessment;
import org.leverage.api.ConcernKind;
import org.leverage.api.Modality;
import org.leverage.api.PolicyState;
import org.leverage.api.spi.LazySteps;
import org.leverage.rules.Concern;
import org.leverage.rules.Recommendation;
import org.leverage.rules.Warning;

/**
 * Makes an {@link Assessment} of what the rules concluded: the catalogue gives each id its words, phase,
 * addressee, modality, sources and order; the conclusions give which ids hold, at what level, and why.
 */
final class AssessmentAssembler {

    private final Catalogue catalogue;
    /** For each recommendation, the concerns its action answers, in concern order. */
    private final Map<String, List<String>> answersByRecommendation;
    private final boolean explanations;

    /** @param explanations whether each conclusion gets its {@code because()} steps, or an empty list */
    AssessmentAssembler(Catalogue catalogue, boolean explanations) {
        this.catalogue = catalogue;
        this.explanations = explanations;
        Map<String, List<String>> answers = new HashMap<>();
        for (String id : catalogue.declaredIds()) {
            catalogue.concern(id).ifPresent(concern -> concern.answeredBy().forEach(
                    by -> answers.computeIfAbsent(by.id(), k -> new ArrayList<>()).add(concern.id())));
        }
        answers.replaceAll((k, v) -> v.stream().sorted(catalogue.concernOrder()).toList());
        this.answersByRecommendation = Map.copyOf(answers);
    }

    Assessment assemble(Concluded concluded, PolicyState state) {
        // A set already: sorting a list of it costs less than a tree of it.
        List<String> inPlace = new ArrayList<>(concluded.inPlace());
        inPlace.sort(catalogue.recommendationOrder());
        String outOfScope = concluded.outOfScope().isEmpty() ? null
                : capitalize(String.join("; ", concluded.outOfScope()));
        return new Assessment(PolicyState.FORMAT, new Assessment.Scenario(state.label(), state.asOf()),
                concluded.phase(), recommendations(concluded, state), List.copyOf(inPlace),
                concerns(concluded, state), warnings(concluded, state), outOfScope);
    }

    private List<Assessment.Recommendation> recommendations(Concluded concluded, PolicyState state) {
        Explainer.Snapshot support = concluded.support();
        List<Assessment.Recommendation> recommendations = new ArrayList<>();
        concluded.recommended().forEach((id, facts) -> {
            Optional<Catalogue.RecommendationEntry> entry = catalogue.recommendation(id);
            // A rule may state its own modality; the strongest stated one wins over the catalogue's.
            Modality modality = facts.stream().map(Recommendation::modality).filter(Objects::nonNull)
                    .min(Comparator.naturalOrder())
                    .orElse(entry.map(Catalogue.RecommendationEntry::modality).orElse(null));
            List<Assessment.Step> because = !explanations ? List.of()
                    : facts.size() == 1 ? support.because(facts.get(0))
                    : LazySteps.of(() -> facts.stream()
                            .flatMap(f -> support.because(f).stream()).distinct().toList());
            List<String> sources = entry.map(Catalogue.RecommendationEntry::sources)
                    .orElseGet(() -> facts.stream().flatMap(f -> support.sourcesOf(f).stream())
                            .distinct().sorted().toList());
            List<String> answers = answersByRecommendation.getOrDefault(id, List.of()).stream()
                    .filter(concluded.concerns()::containsKey).toList();
            recommendations.add(new Assessment.Recommendation(id,
                    entry.map(Catalogue.RecommendationEntry::phase).orElse(null),
                    entry.map(Catalogue.RecommendationEntry::addressee).orElse(null),
                    modality, entry.map(e -> e.summaryFor(state)).orElse(""), sources, answers, because));
        });
        // The essay's order is the answer to "in what order" (DOMAIN §4), whatever the modality.
        recommendations.sort(Comparator.comparing(Assessment.Recommendation::id, catalogue.recommendationOrder()));
        return recommendations;
    }

    private List<Assessment.Concern> concerns(Concluded concluded, PolicyState state) {
        Map<String, Concern> raised = concluded.concerns();
        List<String> ids = new ArrayList<>(raised.keySet());
        ids.sort(catalogue.concernOrder());
        List<Assessment.Concern> concerns = new ArrayList<>(ids.size());
        // Plain loops, no streams or optionals: this runs for every assessment of a sweep.
        for (String id : ids) {
            Concern concern = raised.get(id);
            Catalogue.ConcernEntry entry = catalogue.concern(id).orElse(null);
            ConcernKind kind = entry == null ? ConcernKind.CONCERN : entry.kind();
            List<String> answeredBy = kind == ConcernKind.CONCERN && entry != null
                    ? entry.answeredBy(raised.keySet())
                    : List.of();   // nothing answers a premise or a residual risk (DOMAIN §3)
            boolean fully = !answeredBy.isEmpty() && concluded.answered().contains(id);
            boolean inPart = !fully && !answeredBy.isEmpty() && concluded.answeredInPart().contains(id);
            concerns.add(new Assessment.Concern(id, kind, concern.level(), fully, inPart, answeredBy,
                    entry == null ? "" : entry.summaryFor(concern.level(), state),
                    entry == null ? concluded.support().sourcesOf(concern) : entry.sourcesFor(concern.level(), state),
                    explanations ? concluded.support().because(concern) : List.of()));
        }
        return concerns;
    }

    private List<Assessment.Warning> warnings(Concluded concluded, PolicyState state) {
        List<Assessment.Warning> warnings = new ArrayList<>();
        concluded.warnings().keySet().stream().sorted(catalogue.warningOrder()).forEach(id -> {
            Warning warning = concluded.warnings().get(id);
            Optional<Catalogue.WarningEntry> entry = catalogue.warning(id);
            warnings.add(new Assessment.Warning(id, entry.map(e -> e.summaryFor(state)).orElse(""),
                    entry.map(Catalogue.WarningEntry::sources)
                            .orElseGet(() -> concluded.support().sourcesOf(warning)),
                    explanations ? concluded.support().because(warning) : List.of()));
        });
        return warnings;
    }

    private static String capitalize(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
