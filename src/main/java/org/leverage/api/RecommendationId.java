package org.leverage.api;

import java.util.Arrays;
import java.util.List;

/**
 * The incentives the essay recommends, as DOMAIN §4 names them, with who they go to and how strongly, declared in
 * the essay's own order (¶7's sequence, then ¶8, then ¶9), which is the order assessments list them in.
 */
public enum RecommendationId {
    OPEN_BILATERAL_TALKS(Phase.ENGAGE_PYONGYANG, Addressee.PYONGYANG, Modality.FIRST_STEP,
            "Open serious bilateral talks with Pyongyang, as Beijing has long urged", "¶7"),
    OFFER_END_JOINT_EXERCISES(Phase.ENGAGE_PYONGYANG, Addressee.PYONGYANG, Modality.SHOULD,
            "Offer to stop the yearly joint military exercises with South Korea", "¶7"),
    OFFER_PEACE_TREATY(Phase.ENGAGE_PYONGYANG, Addressee.PYONGYANG, Modality.SHOULD,
            "Be open to negotiating a formal peace treaty in place of the 1953 armistice", "¶7"),
    OFFER_SANCTIONS_RELIEF(Phase.ENGAGE_PYONGYANG, Addressee.PYONGYANG, Modality.SHOULD,
            "Offer to lift the economic sanctions on the North, or at least cut them deeply", "¶7"),
    OFFER_DIPLOMATIC_RELATIONS(Phase.ENGAGE_PYONGYANG, Addressee.PYONGYANG, Modality.SHOULD,
            "Offer Pyongyang formal diplomatic relations, the last of the essay's concessions", "¶7"),
    CALL_ON_BEIJING_FOR_DRASTIC_ACTION(Phase.ENLIST_BEIJING, Addressee.BEIJING, Modality.NOW_CREDIBLE,
            "Ask Beijing to cut off the North's aid: with a reasonable offer spurned, Washington is in a much"
                    + " stronger position to ask", "¶8"),
    COMMIT_REFUGEE_AID(Phase.ENLIST_BEIJING, Addressee.BEIJING, Modality.AT_MINIMUM,
            "Pledge U.S. help with the refugee crisis should the North collapse under Chinese pressure", "¶8"),
    RALLY_ALLIED_REFUGEE_AID(Phase.ENLIST_BEIJING, Addressee.ALLIES, Modality.AT_MINIMUM,
            "Ask Japan, South Korea and the other allies in the region to pledge refugee help too", "¶8"),
    SIGN_WITHDRAWAL_AGREEMENT(Phase.ENLIST_BEIJING, Addressee.BEIJING, Modality.LIKELY_NEEDED,
            "Commit in writing to take all U.S. forces and weapons off the peninsula", "¶9"),
    CONSIDER_TAIWAN_SCS_CONCESSIONS(Phase.ENLIST_BEIJING, Addressee.BEIJING, Modality.CONSIDER,
            "Perhaps even weigh concessions to Beijing on other issues, such as Taiwan and the South China Sea",
            "¶9");

    private final Phase phase;
    private final Addressee addressee;
    private final Modality modality;
    private final String summary;
    private final List<String> sources;

    RecommendationId(Phase phase, Addressee addressee, Modality modality, String summary, String... sources) {
        this.phase = phase;
        this.addressee = addressee;
        this.modality = modality;
        this.summary = summary;
        this.sources = List.of(sources);
    }

    /** The phase of the essay's sequence this action belongs to. */
    public Phase phase() {
        return phase;
    }

    /** Who the action is addressed to. */
    public Addressee addressee() {
        return addressee;
    }

    /** How strongly the essay puts it. */
    public Modality modality() {
        return modality;
    }

    /** A one-line paraphrase of the action. */
    public String summary() {
        return summary;
    }

    /**
     * The paraphrase for this state. The withdrawal agreement names THAAD while THAAD is deployed, and asks only
     * to add THAAD when a written agreement already leaves it out (DOMAIN §4, ¶9). Under a FREEZE goal the call
     * on Beijing says it is the project's extension of the essay, which ties severing aid to giving up both
     * programs (¶3).
     */
    public String summaryFor(PolicyState state) {
        UnitedStates us = state.unitedStates();
        if (this == CALL_ON_BEIJING_FOR_DRASTIC_ACTION && us.goal() == Goal.FREEZE) {
            return summary + " (our extension for a freeze: the essay ties severing aid to giving up both"
                    + " programs, ¶3)";
        }
        if (this != SIGN_WITHDRAWAL_AGREEMENT || !us.thaadDeployed()) {
            return summary;
        }
        if (us.commitmentsToBeijing().withdrawal() == Withdrawal.WRITTEN) {
            return "Add THAAD to the written agreement to take U.S. forces and weapons off the peninsula";
        }
        return summary + ", THAAD included";
    }

    /** The paragraphs this action rests on, as {@code ¶N}. */
    public List<String> sources() {
        return sources;
    }

    /** The concerns of Beijing this action answers, in DOMAIN §3 order. */
    public List<ConcernId> answers() {
        return Arrays.stream(ConcernId.values()).filter(c -> c.answeredBy().contains(this)).toList();
    }
}
