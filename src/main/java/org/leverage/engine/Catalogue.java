package org.leverage.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.leverage.api.Addressee;
import org.leverage.api.ConcernId;
import org.leverage.api.ConcernKind;
import org.leverage.api.Level;
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

    /** A concern's fixed attributes (DOMAIN §3); an analyst's id declared without a kind is a CONCERN. */
    record ConcernEntry(String id, ConcernKind kind, String summary, List<String> sources,
                        List<String> answeredBy) {
        /** The paraphrase for a level and a state; built-in ids word it for both (a collapse that happened). */
        String summaryFor(Level level, PolicyState state) {
            for (ConcernId builtIn : ConcernId.values()) {
                if (builtIn.name().equals(id)) {
                    return builtIn.summaryFor(level, state);
                }
            }
            return summary;
        }
    }

    /** A warning's fixed attributes (DOMAIN §5). */
    record WarningEntry(String id, String summary, List<String> sources) {
    }

    private final Map<String, RecommendationEntry> recommendations;
    private final Map<String, ConcernEntry> concerns;
    private final Map<String, WarningEntry> warnings;
    /** The order of DOMAIN §3–§5, looked up once per id rather than computed per comparison. */
    private final Map<String, Integer> recommendationRank;
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
        this.recommendationRank = ranks(RecommendationId.values(), recommendations.keySet());
        this.concernRank = ranks(ConcernId.values(), concerns.keySet());
        this.warningRank = ranks(WarningId.values(), warnings.keySet());
        this.recommendationOrder = byRank(recommendationRank);
        this.concernOrder = byRank(concernRank);
        this.warningOrder = byRank(warningRank);
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
            concerns.put(id.name(), new ConcernEntry(id.name(), id.kind(), id.summary(), id.sources(),
                    id.answeredBy().stream().map(Enum::name).toList()));
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

    /**
     * Recommendations in the essay's order (DOMAIN §4: ¶7's sequence, "finally" diplomatic relations, then ¶8,
     * then ¶9), then an analyst's declared ones in the order her catalogue gives them, then undeclared ones by id.
     */
    Comparator<String> recommendationOrder() {
        return recommendationOrder;
    }

    /** Concerns in DOMAIN §3 order, then declared ones in catalogue order, then undeclared ones by id. */
    Comparator<String> concernOrder() {
        return concernOrder;
    }

    /** Warnings in DOMAIN §5 order, then declared ones in catalogue order, then undeclared ones by id. */
    Comparator<String> warningOrder() {
        return warningOrder;
    }

    private static final int UNDECLARED = Integer.MAX_VALUE;

    /**
     * Built-in ids rank by their enum's order; the others declared, after them, in the order they were
     * declared (a map that keeps its order); undeclared ones come last.
     */
    private static Map<String, Integer> ranks(Enum<?>[] builtIn, java.util.Set<String> declared) {
        Map<String, Integer> ranks = new java.util.HashMap<>();
        int next = builtIn.length;
        for (String id : declared) {
            ranks.put(id, next++);
        }
        for (Enum<?> id : builtIn) {
            ranks.put(id.name(), id.ordinal());
        }
        return Map.copyOf(ranks);
    }

    private static Comparator<String> byRank(Map<String, Integer> ranks) {
        return Comparator.comparingInt((String id) -> ranks.getOrDefault(id, UNDECLARED))
                .thenComparing(Comparator.naturalOrder());
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
