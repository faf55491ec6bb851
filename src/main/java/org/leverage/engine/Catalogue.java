package org.leverage.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.leverage.api.Addressee;
import org.leverage.api.ConcernId;
import org.leverage.api.Modality;
import org.leverage.api.Phase;
import org.leverage.api.PolicyState;
import org.leverage.api.RecommendationId;
import org.leverage.api.WarningId;

/**
 * What the outputs say of each id a rule can conclude: the built-in ids of DOMAIN §3–§5, and those an
 * analyst declares beside her own rules. Immutable.
 */
final class Catalogue {

    /** A recommendation's fixed attributes (DOMAIN §4). */
    record RecommendationEntry(String id, Phase phase, Addressee addressee, Modality modality, String summary,
                               List<String> sources) {
        /** The paraphrase for a state; built-in ids may word it for the state (the withdrawal and THAAD). */
        String summaryFor(PolicyState state) {
            for (RecommendationId builtIn : RecommendationId.values()) {
                if (builtIn.name().equals(id)) {
                    return builtIn.summaryFor(state);
                }
            }
            return summary;
        }
    }

    /** A concern's fixed attributes (DOMAIN §3). */
    record ConcernEntry(String id, String summary, List<String> sources, List<String> answeredBy,
                        boolean residual) {
    }

    /** A warning's fixed attributes (DOMAIN §5). */
    record WarningEntry(String id, String summary, List<String> sources) {
    }

    private final Map<String, RecommendationEntry> recommendations;
    private final Map<String, ConcernEntry> concerns;
    private final Map<String, WarningEntry> warnings;
    /** The order of DOMAIN §3 and §5, looked up once per id rather than computed per comparison. */
    private final Map<String, Integer> concernRank;
    private final Map<String, Integer> warningRank;
    private final Comparator<String> recommendationOrder;
    private final Comparator<String> concernOrder;
    private final Comparator<String> warningOrder;

    Catalogue(Map<String, RecommendationEntry> recommendations, Map<String, ConcernEntry> concerns,
              Map<String, WarningEntry> warnings) {
        this.recommendations = Map.copyOf(recommendations);
        this.concerns = Map.copyOf(concerns);
        this.warnings = Map.copyOf(warnings);
        this.concernRank = ranks(ConcernId.values(), this.concerns.keySet());
        this.warningRank = ranks(WarningId.values(), this.warnings.keySet());
        this.recommendationOrder = Comparator
                .comparing((String id) -> recommendation(id).map(RecommendationEntry::phase).orElse(null),
                        Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(id -> recommendation(id).map(RecommendationEntry::modality).orElse(null),
                        Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Comparator.naturalOrder());
        this.concernOrder = Comparator.comparingInt((String id) -> concernRank.getOrDefault(id, UNDECLARED))
                .thenComparing(Comparator.naturalOrder());
        this.warningOrder = Comparator.comparingInt((String id) -> warningRank.getOrDefault(id, UNDECLARED))
                .thenComparing(Comparator.naturalOrder());
    }

    /** The ids of DOMAIN §3–§5. */
    static Catalogue builtIn() {
        Map<String, RecommendationEntry> recommendations = new LinkedHashMap<>();
        for (RecommendationId id : RecommendationId.values()) {
            recommendations.put(id.name(), new RecommendationEntry(id.name(), id.phase(), id.addressee(),
                    id.modality(), id.summary(), id.sources()));
        }
        Map<String, ConcernEntry> concerns = new LinkedHashMap<>();
        for (ConcernId id : ConcernId.values()) {
            concerns.put(id.name(), new ConcernEntry(id.name(), id.summary(), id.sources(),
                    id.answeredBy().stream().map(Enum::name).toList(), id.residual()));
        }
        Map<String, WarningEntry> warnings = new LinkedHashMap<>();
        for (WarningId id : WarningId.values()) {
            warnings.put(id.name(), new WarningEntry(id.name(), id.summary(), id.sources()));
        }
        return new Catalogue(recommendations, concerns, warnings);
    }

    /** This catalogue with more entries; an entry for an id already known replaces it. */
    Catalogue with(Map<String, RecommendationEntry> moreRecommendations, Map<String, ConcernEntry> moreConcerns,
                   Map<String, WarningEntry> moreWarnings) {
        Map<String, RecommendationEntry> r = new LinkedHashMap<>(recommendations);
        r.putAll(moreRecommendations);
        Map<String, ConcernEntry> c = new LinkedHashMap<>(concerns);
        c.putAll(moreConcerns);
        Map<String, WarningEntry> w = new LinkedHashMap<>(warnings);
        w.putAll(moreWarnings);
        return new Catalogue(r, c, w);
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

    /** Recommendations by phase, then modality (strongest first), then id; undeclared ones last, by id. */
    Comparator<String> recommendationOrder() {
        return recommendationOrder;
    }

    /** Concerns in DOMAIN §3 order, then declared ones by id, then undeclared ones by id. */
    Comparator<String> concernOrder() {
        return concernOrder;
    }

    /** Warnings in DOMAIN §5 order, then declared ones by id, then undeclared ones by id. */
    Comparator<String> warningOrder() {
        return warningOrder;
    }

    private static final int DECLARED = 1_000;
    private static final int UNDECLARED = 2_000;

    /** Built-in ids rank by their enum's order, then declared ones; undeclared ones come last. */
    private static Map<String, Integer> ranks(Enum<?>[] builtIn, java.util.Set<String> declared) {
        Map<String, Integer> ranks = new java.util.HashMap<>();
        declared.forEach(id -> ranks.put(id, DECLARED));
        for (Enum<?> id : builtIn) {
            ranks.put(id.name(), id.ordinal());
        }
        return Map.copyOf(ranks);
    }

    /** Every declared id: recommendations, concerns, then warnings, each in output order. */
    List<String> declaredIds() {
        List<String> ids = new ArrayList<>();
        recommendations.keySet().stream().sorted(recommendationOrder()).forEach(ids::add);
        concerns.keySet().stream().sorted(concernOrder()).forEach(ids::add);
        warnings.keySet().stream().sorted(warningOrder()).forEach(ids::add);
        return ids;
    }
}
