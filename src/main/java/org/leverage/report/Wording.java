package org.leverage.report;

import java.util.List;
import org.leverage.api.Addressee;
import org.leverage.api.Assessment.Concern;
import org.leverage.api.Assessment.Scenario;
import org.leverage.api.Modality;
import org.leverage.api.Phase;

/**
 * The words the reports for people share, so that the text, Markdown, HTML and DOT reports name a phase, a
 * modality, an addressee or a concern's status the same way.
 */
final class Wording {

    /** The note on a residual risk (DOMAIN §3, §6): it is accepted for payment, never answered. */
    static final String RESIDUAL_NOTE = "no incentive removes this risk: the essay pays Beijing to accept it (¶8)";

    /** The note on the premise (DOMAIN §3): Washington's requirement, not a worry an incentive answers. */
    static final String PREMISE_NOTE = "Washington's own requirement (¶3), not a worry an incentive answers";

    /** What an out-of-scope assessment says after its reason. */
    static final String NOTHING_TO_ADVISE = "The essay has nothing more to advise for this state.";

    private Wording() {
    }

    /** {@code baseline-2017 (as of 2017-03-29)}, {@code baseline-2017}, {@code as of 2017-03-29} or "". */
    static String scenario(Scenario scenario) {
        String label = Text.oneLine(scenario.label());
        String asOf = scenario.asOf() == null ? "" : "as of " + scenario.asOf();
        if (!label.isEmpty() && !asOf.isEmpty()) {
            return label + " (" + asOf + ")";
        }
        return label + asOf;
    }

    /**
     * The phase and what it means, after "Phase: ". For {@link Phase#NONE} only {@code NONE — out of scope};
     * the reason is the caller's to add.
     */
    static String phase(Phase phase) {
        return switch (phase) {
            case ENGAGE_PYONGYANG -> "ENGAGE PYONGYANG — engage Pyongyang first (¶7)";
            case ENLIST_BEIJING -> "ENLIST BEIJING — Pyongyang spurned the reasonable offer (talks and all four"
                    + " concessions, on our reading); enlist Beijing, and pay it to accept the risks (¶8–9)";
            case NONE -> "NONE — out of scope";
        };
    }

    /** The heading of one phase's group of recommendations. */
    static String phaseHeading(Phase phase) {
        if (phase == null) {
            return "Other";
        }
        return switch (phase) {
            case ENGAGE_PYONGYANG -> "Engage Pyongyang (¶7)";
            case ENLIST_BEIJING -> "Enlist Beijing (¶8–9)";
            case NONE -> "Outside the essay's sequence";
        };
    }

    /** {@code FIRST STEP}; "" for none. */
    static String modality(Modality modality) {
        return modality == null ? "" : modality.name().replace('_', ' ');
    }

    /** {@code Pyongyang}, {@code Beijing}, {@code Tokyo, Seoul and other allies}; "" for none. */
    static String addressee(Addressee addressee) {
        if (addressee == null) {
            return "";
        }
        return switch (addressee) {
            case PYONGYANG -> "Pyongyang";
            case BEIJING -> "Beijing";
            case ALLIES -> "Tokyo, Seoul and other allies";
        };
    }

    /** {@code FIRST STEP → Pyongyang}: the modality in words and who the action goes to. */
    static String strength(Modality modality, Addressee addressee) {
        String strength = modality(modality);
        String to = addressee(addressee);
        if (to.isEmpty()) {
            return strength;
        }
        return strength.isEmpty() ? "→ " + to : strength + " → " + to;
    }

    /** {@code answered}, {@code answered in part}, {@code open}, {@code premise} or {@code residual risk}. */
    static String status(Concern concern) {
        return ArgumentGraph.Status.of(concern).words();
    }

    /** What a premise or a residual risk adds after its status; "" for a concern an incentive answers. */
    static String kindNote(Concern concern) {
        return concern.premise() ? PREMISE_NOTE : concern.residual() ? RESIDUAL_NOTE : "";
    }

    /** {@code ¶4, ¶8}; "" for none. */
    static String sources(List<String> sources) {
        return String.join(", ", sources);
    }

    /** The number of a {@code ¶N} source, or {@link Integer#MAX_VALUE} when it has none, to sort by. */
    static int paragraphNumber(String source) {
        String digits = source.replaceFirst("^\\D*(\\d+).*$", "$1");
        if (digits.isEmpty() || !digits.chars().allMatch(Character::isDigit) || digits.length() > 9) {
            return Integer.MAX_VALUE;
        }
        return Integer.parseInt(digits);
    }
}
