package org.leverage.api;

import java.util.List;

/** Beijing's concerns about severing the North's aid, as DOMAIN §3 names them, in its order. */
public enum ConcernId {
    DECISIVE_PRESSURE_NEEDED(ConcernKind.PREMISE, "Only cutting off the North's food and energy, not trimming"
            + " or delaying them, could bring it to give up both its nuclear and its missile programs", "¶3"),
    REGIME_COLLAPSE(ConcernKind.RESIDUAL_RISK, "Cut off, the North Korean state could begin to come apart: a"
            + " tremendous risk for Beijing", "¶4"),
    REFUGEE_FLOW(ConcernKind.CONCERN, "If the North came apart, a mass of refugees would flee into China, an"
            + " easier road than the heavily mined DMZ", "¶4", "¶8"),
    MILITARY_LASHOUT(ConcernKind.RESIDUAL_RISK, "An imploding regime that believed it had nothing left to lose"
            + " could lash out and bring on the war every neighbour wants to prevent", "¶5"),
    LOOSE_NUCLEAR_ASSETS(ConcernKind.RESIDUAL_RISK, "The North could fragment into warring factions that fight"
            + " for control of its nuclear and missile assets", "¶5"),
    US_BASES_IN_UNIFIED_KOREA(ConcernKind.CONCERN, "Even a peaceful unification under Seoul could leave a U.S."
            + " ally, and sooner or later perhaps U.S. bases, on China's border: a realistic worry after NATO's"
            + " eastward growth", "¶6", "¶9"),
    THAAD_RADAR(ConcernKind.CONCERN, "THAAD's radars could be reconfigured to undermine China's nuclear"
            + " deterrent", "¶9"),
    CHINA_RELUCTANT(ConcernKind.CONCERN, "Until it acts, Beijing stays understandably reluctant to take on the"
            + " risks of severing the North's aid: threats are unlikely to move it, incentives might", "¶2", "¶4", "¶6", "¶8",
            "¶9");

    private final ConcernKind kind;
    private final String summary;
    private final List<String> sources;

    ConcernId(ConcernKind kind, String summary, String... sources) {
        this.kind = kind;
        this.summary = summary;
        this.sources = List.of(sources);
    }

    /** Whether this is a premise, a concern an incentive answers, or a risk Beijing is paid to accept. */
    public ConcernKind kind() {
        return kind;
    }

    /** A one-line paraphrase of the essay's argument for this concern, as it reads before anything happened. */
    public String summary() {
        return summary;
    }

    /**
     * The paraphrase for this level and state (DOMAIN §3 "Wording"): a collapse the state shows reads as a
     * fact, not as "could"; the premise names only the programs that are still active; Beijing's reluctance,
     * once every incentive is given, says that the choice is now Beijing's.
     */
    public String summaryFor(Level level, PolicyState state) {
        NorthKorea north = state.northKorea();
        boolean materialized = level == Level.MATERIALIZED;
        return switch (this) {
            case DECISIVE_PRESSURE_NEEDED -> "Only cutting off the North's food and energy, not trimming or"
                    + " delaying them, could bring it to give up " + activePrograms(north);
            case REGIME_COLLAPSE -> {
                if (north.stability() == Stability.COLLAPSED) {
                    yield "The North Korean state has collapsed";
                }
                if (north.stability() == Stability.FRAGMENTED) {
                    yield "The North Korean state has fragmented among rival military and political factions";
                }
                if (state.china().pressureOnPyongyang() == Pressure.SEVER_AID) {
                    yield "With Beijing severing its aid, the North Korean state could begin to come apart: a"
                            + " tremendous risk for Beijing";
                }
                yield switch (north.stability()) {
                    case STRAINED -> "Already under strain, the North Korean state could come apart if cut off:"
                            + " a tremendous risk for Beijing";
                    case UNRAVELING -> "The North Korean state is already unravelling, and could come apart"
                            + " entirely: a tremendous risk for Beijing";
                    default -> summary;
                };
            }
            case REFUGEE_FLOW -> materialized
                    ? "With the North " + (north.stability() == Stability.FRAGMENTED ? "broken apart" : "collapsed")
                            + ", a mass of refugees can be expected to flee into China, an easier road than the"
                            + " heavily mined DMZ"
                    : summary;
            case LOOSE_NUCLEAR_ASSETS -> materialized
                    ? "With the North fragmented, rival factions could fight for control of its nuclear and"
                            + " missile assets"
                    : summary;
            case US_BASES_IN_UNIFIED_KOREA -> state.peninsula().reunification() != Reunification.NONE
                    ? "With Korea being unified, Beijing suspects that a Korea still allied to Washington would"
                            + " sooner or later host U.S. bases in what is now the North: a realistic worry after"
                            + " NATO's eastward growth"
                    : summary;
            default -> summary;
        };
    }

    private static String activePrograms(NorthKorea north) {
        boolean nuclear = north.nuclearProgram() == Program.ACTIVE;
        boolean missile = north.missileProgram() == Program.ACTIVE;
        if (nuclear && missile) {
            return "both its nuclear and its missile programs";
        }
        return nuclear ? "its nuclear program" : missile ? "its missile program" : "its weapons programs";
    }

    /** The paragraphs this concern rests on, as {@code ¶N}. */
    public List<String> sources() {
        return sources;
    }

    /**
     * The recommendations whose actions answer this concern, in the essay's order; empty when the essay offers
     * none. CHINA_RELUCTANT lists every ¶8–9 incentive (DOMAIN §3); an assessment lists the withdrawal for it
     * only while U.S. bases or THAAD are among Beijing's worries.
     */
    public List<RecommendationId> answeredBy() {
        return switch (this) {
            case REFUGEE_FLOW -> List.of(RecommendationId.COMMIT_REFUGEE_AID, RecommendationId.RALLY_ALLIED_REFUGEE_AID);
            case US_BASES_IN_UNIFIED_KOREA, THAAD_RADAR -> List.of(RecommendationId.SIGN_WITHDRAWAL_AGREEMENT);
            case CHINA_RELUCTANT -> List.of(RecommendationId.COMMIT_REFUGEE_AID,
                    RecommendationId.RALLY_ALLIED_REFUGEE_AID, RecommendationId.SIGN_WITHDRAWAL_AGREEMENT,
                    RecommendationId.CONSIDER_TAIWAN_SCS_CONCESSIONS);
            default -> List.of();
        };
    }

    /** True for the risks the essay names but offers no incentive for: Beijing is paid to accept them. */
    public boolean residual() {
        return kind == ConcernKind.RESIDUAL_RISK;
    }
}
