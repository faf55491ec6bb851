package org.leverage.api;

import java.util.List;

/** The essay's warnings against counter-productive moves, as DOMAIN §5 names them. */
public enum WarningId {
    DEMANDS_WITHOUT_INCENTIVES("Pressing Beijing to act while offering it nothing in return is a nonstarter",
            "¶10", "¶7"),
    HAWKISH_POSTURING("Threatening force will not move Beijing, and an unstable North could answer it with war",
            "¶2", "¶5"),
    LEVERAGE_OVERESTIMATED("Trimming or delaying China's aid will not end the programs; only cutting it off would",
            "¶2", "¶3"),
    PREMATURE_CALL_ON_BEIJING("Beijing was asked for drastic action before Pyongyang had turned down an offer,"
            + " so the request carries little weight", "¶8"),
    VERBAL_ASSURANCE_INSUFFICIENT("A spoken promise to withdraw will not reassure Beijing after NATO's growth"
            + " eastward; it wants the promise in writing", "¶6", "¶9"),
    THAAD_LEFT_OUT("The written withdrawal leaves out THAAD, the system Beijing objects to most", "¶9"),
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
