package org.leverage.api;

import java.util.List;

/** Beijing's concerns about severing the North's aid, as DOMAIN §3 names them. */
public enum ConcernId {
    DECISIVE_PRESSURE_NEEDED("Only cutting off the North's food and energy, not trimming or delaying it,"
            + " could make it give up both programs", "¶3"),
    REGIME_COLLAPSE("Cut off, the North Korean state could come apart", "¶4"),
    REFUGEE_FLOW("A collapsing North would send its people north into China, an easier escape than the"
            + " mined DMZ", "¶4", "¶8"),
    MILITARY_LASHOUT("A regime with nothing left to lose could strike out and start the war all sides"
            + " want to avoid", "¶5"),
    LOOSE_NUCLEAR_ASSETS("A North split among warring factions could see them fight over its nuclear and"
            + " missile assets", "¶5"),
    US_BASES_IN_UNIFIED_KOREA("Even a peaceful unification under Seoul could put a U.S. ally, and perhaps"
            + " U.S. bases, on China's border", "¶6", "¶9"),
    THAAD_RADAR("THAAD's radars could be retuned against China's nuclear deterrent", "¶9"),
    CHINA_RELUCTANT("While its risks go unanswered, Beijing will not take the drastic step", "¶2", "¶4", "¶5",
            "¶6");

    private final String summary;
    private final List<String> sources;

    ConcernId(String summary, String... sources) {
        this.summary = summary;
        this.sources = List.of(sources);
    }

    /** A one-line paraphrase of the essay's argument for this concern. */
    public String summary() {
        return summary;
    }

    /** The paragraphs this concern rests on, as {@code ¶N}. */
    public List<String> sources() {
        return sources;
    }

    /**
     * The recommendations whose actions answer this concern; empty when the essay offers none.
     * CHINA_RELUCTANT is answered by answering the concerns that raise it, so it lists none of its own.
     */
    public List<RecommendationId> answeredBy() {
        return switch (this) {
            case REFUGEE_FLOW -> List.of(RecommendationId.COMMIT_REFUGEE_AID, RecommendationId.RALLY_ALLIED_REFUGEE_AID);
            case US_BASES_IN_UNIFIED_KOREA, THAAD_RADAR -> List.of(RecommendationId.SIGN_WITHDRAWAL_AGREEMENT);
            default -> List.of();
        };
    }

    /** True for the risks the essay names but offers no incentive for (DOMAIN §6). */
    public boolean residual() {
        return this == MILITARY_LASHOUT || this == LOOSE_NUCLEAR_ASSETS;
    }
}
