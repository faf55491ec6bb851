package org.leverage.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.leverage.api.Addressee;
import org.leverage.api.ConcernKind;
import org.leverage.api.Explanation;
import org.leverage.api.Level;
import org.leverage.api.Modality;
import org.leverage.api.Phase;
import org.leverage.api.PolicyState;

/**
 * What the outputs say of each id a rule can conclude, read from the {@code catalogue.yaml} files of the
 * framework's folder and of an analyst's folders: wording (with its state-dependent variants), sources, kind,
 * what answers each concern, the order of every output, and what each cited paragraph argues. Immutable; an
 * entry declared again by a later catalogue replaces the earlier one and keeps its place in the order.
 */
final class Catalogue {

    /** A recommendation's attributes (DOMAIN §4). */
    record RecommendationEntry(String id, Phase phase, Addressee addressee, Modality modality, String summary,
                               List<String> sources, List<Variant> variants) implements java.io.Serializable {
        RecommendationEntry {
            sources = List.copyOf(sources);
            variants = List.copyOf(variants);
        }

        /** The paraphrase for a state: the first variant that holds, else the summary. */
        String summaryFor(PolicyState state) {
            return Variant.choose(variants, state, null, summary);
        }
    }

    /** A concern's attributes (DOMAIN §3); an id declared without a kind is a CONCERN. */
    record ConcernEntry(String id, ConcernKind kind, String summary, List<String> sources,
                        List<AnsweredBy> answeredBy, List<Variant> variants) implements java.io.Serializable {
        ConcernEntry {
            sources = List.copyOf(sources);
            answeredBy = List.copyOf(answeredBy);
            variants = List.copyOf(variants);
        }

        /** The paraphrase for a level and a state: the first variant that holds, else the summary. */
        String summaryFor(Level level, PolicyState state) {
            return Variant.choose(variants, state, level, summary);
        }

        /** The paragraphs the wording for this level and state rests on. */
        List<String> sourcesFor(Level level, PolicyState state) {
            return Variant.sources(variants, state, level, sources);
        }

        /** What answers it while these concerns are raised, in the catalogue's order. */
        List<String> answeredBy(Collection<String> raised) {
            List<String> counted = new ArrayList<>(answeredBy.size());
            for (AnsweredBy by : answeredBy) {
                if (by.counts(raised)) {
                    counted.add(by.id());
                }
            }
            return Collections.unmodifiableList(counted);
        }
    }

    /** A warning's attributes (DOMAIN §5). */
    record WarningEntry(String id, String summary, List<String> sources, List<Variant> variants)
            implements java.io.Serializable {
        WarningEntry {
            sources = List.copyOf(sources);
            variants = List.copyOf(variants);
        }

        String summaryFor(PolicyState state) {
            return Variant.choose(variants, state, null, summary);
        }
    }

    /** A catalogue that declares nothing, for an advisor without the built-in framework. */
    static final Catalogue EMPTY = new Catalogue(Map.of(), Map.of(), Map.of(), Map.of());

    private final Map<String, RecommendationEntry> recommendations;
    private final Map<String, ConcernEntry> concerns;
    private final Map<String, WarningEntry> warnings;
    private final Map<String, String> paragraphs;
    private final Comparator<String> recommendationOrder;
    private final Comparator<String> concernOrder;
    private final Comparator<String> warningOrder;

    /** The maps' iteration order is the catalogue's order, the order of every output. */
    Catalogue(Map<String, RecommendationEntry> recommendations, Map<String, ConcernEntry> concerns,
              Map<String, WarningEntry> warnings, Map<String, String> paragraphs) {
        this.recommendations = new LinkedHashMap<>(recommendations);
        this.concerns = new LinkedHashMap<>(concerns);
        this.warnings = new LinkedHashMap<>(warnings);
        this.paragraphs = new LinkedHashMap<>(paragraphs);
        this.recommendationOrder = byRank(ranks(this.recommendations.keySet()));
        this.concernOrder = byRank(ranks(this.concerns.keySet()));
        this.warningOrder = byRank(ranks(this.warnings.keySet()));
    }

    /**
     * A catalogue's entries as data, in their order: what the build stores of the framework's catalogue (see
     * {@link PrecompiledFramework}) so that an application need not parse YAML to start.
     */
    record Entries(LinkedHashMap<String, RecommendationEntry> recommendations,
                   LinkedHashMap<String, ConcernEntry> concerns, LinkedHashMap<String, WarningEntry> warnings,
                   LinkedHashMap<String, String> paragraphs) implements java.io.Serializable {
    }

    /** This catalogue's entries, in order. */
    Entries entries() {
        return new Entries(new LinkedHashMap<>(recommendations), new LinkedHashMap<>(concerns),
                new LinkedHashMap<>(warnings), new LinkedHashMap<>(paragraphs));
    }

    /** The catalogue of these entries. */
    static Catalogue of(Entries entries) {
        return new Catalogue(entries.recommendations(), entries.concerns(), entries.warnings(), entries.paragraphs());
    }

    /** This catalogue with more entries; an entry for an id already known replaces it in its place. */
    Catalogue with(Map<String, RecommendationEntry> moreRecommendations, Map<String, ConcernEntry> moreConcerns,
                   Map<String, WarningEntry> moreWarnings, Map<String, String> moreParagraphs) {
        Map<String, RecommendationEntry> r = new LinkedHashMap<>(recommendations);
        r.putAll(moreRecommendations);
        Map<String, ConcernEntry> c = new LinkedHashMap<>(concerns);
        c.putAll(moreConcerns);
        Map<String, WarningEntry> w = new LinkedHashMap<>(warnings);
        w.putAll(moreWarnings);
        Map<String, String> p = new LinkedHashMap<>(paragraphs);
        p.putAll(moreParagraphs);
        return new Catalogue(r, c, w, p);
    }

    /**
     * Whether a conclusion of the rules (a recommendation, concern or warning) has an entry here, which then
     * gives its paragraphs; for one without, the assessment takes its rules' own.
     */
    boolean declares(Object conclusion) {
        if (conclusion instanceof org.leverage.rules.Recommendation recommendation) {
            return recommendations.containsKey(recommendation.id());
        }
        if (conclusion instanceof org.leverage.rules.Concern concern) {
            return concerns.containsKey(concern.id());
        }
        return conclusion instanceof org.leverage.rules.Warning warning && warnings.containsKey(warning.id());
    }

    Optional<RecommendationEntry> recommendation(String id) {
        return Optional.ofNullable(recommendations.get(id));
    }

    Optional<ConcernEntry> concern(String id) {
        return Optional.ofNullable(concerns.get(id));
    }

    Optional<WarningEntry> warning(String id) {
        return Optional.ofNullable(warnings.get(id));
    }

    /** What a cited paragraph ({@code ¶7}) argues, when the catalogue says. */
    Optional<String> paragraph(String source) {
        return Optional.ofNullable(paragraphs.get(source.replace(" ", "")));
    }

    /** Recommendations in the catalogue's order (the essay's, then an analyst's), then undeclared ones by id. */
    Comparator<String> recommendationOrder() {
        return recommendationOrder;
    }

    /** Concerns in the catalogue's order, then undeclared ones by id. */
    Comparator<String> concernOrder() {
        return concernOrder;
    }

    /** Warnings in the catalogue's order, then undeclared ones by id. */
    Comparator<String> warningOrder() {
        return warningOrder;
    }

    /** Every declared id: recommendations, concerns, then warnings, each in output order. */
    List<String> declaredIds() {
        List<String> ids = new ArrayList<>(recommendations.keySet());
        ids.addAll(concerns.keySet());
        ids.addAll(warnings.keySet());
        return ids;
    }

    /** The declared ids of one kind, in output order. */
    List<String> declaredIds(Explanation.Kind kind) {
        return List.copyOf(switch (kind) {
            case RECOMMENDATION -> recommendations.keySet();
            case CONCERN -> concerns.keySet();
            case WARNING -> warnings.keySet();
        });
    }

    private static final int UNDECLARED = Integer.MAX_VALUE;

    /** Each declared id's place in the order, looked up once per id rather than computed per comparison. */
    private static Map<String, Integer> ranks(Collection<String> declared) {
        Map<String, Integer> ranks = new java.util.HashMap<>();
        int next = 0;
        for (String id : declared) {
            ranks.put(id, next++);
        }
        // A HashMap rather than Map.copyOf: every assessment sorts its ids through it, and its look-ups are cheaper.
        return java.util.Collections.unmodifiableMap(ranks);
    }

    private static Comparator<String> byRank(Map<String, Integer> ranks) {
        // One lambda rather than comparingInt(...).thenComparing(...): every assessment sorts its ids with it.
        return (a, b) -> {
            int byRank = Integer.compare(ranks.getOrDefault(a, UNDECLARED), ranks.getOrDefault(b, UNDECLARED));
            return byRank != 0 ? byRank : a.compareTo(b);
        };
    }
}
