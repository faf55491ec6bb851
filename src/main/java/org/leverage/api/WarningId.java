package org.leverage.api;

import java.util.List;

/** The essay's warnings against counter-productive moves, as DOMAIN §5 names them, in its order. */
public enum WarningId {
    DEMANDS_WITHOUT_INCENTIVES("Pressing Beijing to act with no meaningful incentive of Washington's own on the"
            + " table is a nonstarter: before Beijing is asked, the talks it has long sought would count; once it is"
            + " asked, only a refugee pledge, a written withdrawal or concessions on Taiwan or the South China Sea"
            + " do", "¶10", "¶7", "¶8"),
    HAWKISH_POSTURING("Threats of force alarm Beijing but are unlikely to move it to take the risks of pressing"
            + " the North much harder", "¶1", "¶2"),
    LEVERAGE_OVERESTIMATED("Trimming or delaying China's aid is unlikely to end the programs: only severing it"
            + " could, and even that is no certainty", "¶2", "¶3"),
    PREMATURE_CALL_ON_BEIJING("Beijing was asked for drastic action before Pyongyang had spurned a reasonable"
            + " offer, so the request lacks the weight it would carry after one", "¶8"),
    OFFER_INCOMPLETE("Pyongyang spurned an offer short of the reasonable one (on our reading, serious talks with"
            + " all four of ¶7's concessions), so calling on Beijing is not yet credible: complete the offer first",
            "¶7", "¶8"),
    VERBAL_ASSURANCE_INSUFFICIENT("A spoken promise to withdraw may not reassure Beijing: ¶9 calls for a written"
            + " agreement, and we infer from ¶6, where Washington's assurances to Moscow did not stop NATO's"
            + " growth, why words alone may not do", "¶6", "¶9"),
    THAAD_LEFT_OUT("The written withdrawal leaves out THAAD, whose radars Beijing sees as a threat to its"
            + " nuclear deterrent", "¶9"),
    LEVERAGE_PREMISE_WEAKENED("China supplies less than a large share of the North's food and energy, which"
            + " weakens the case for leaning on Beijing", "¶3");

    private final String summary;
    private final List<String> sources;

    WarningId(String summary, String... sources) {
        this.summary = summary;
        this.sources = List.of(sources);
    }

    /** A one-line paraphrase of the warning. */
    public String summary() {
        return summary;
    }

    /** The paragraphs this warning rests on, as {@code ¶N}. */
    public List<String> sources() {
        return sources;
    }
}
