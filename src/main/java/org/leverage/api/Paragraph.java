package org.leverage.api;

import java.util.Optional;

/**
 * The paragraphs of the source essay (T. G. Carpenter, March 2017), each as a short paraphrase, so that an
 * explanation can say what a cited {@code ¶N} argues. Paraphrased, never quoted.
 */
public enum Paragraph {
    P1("Washington signals its displeasure with Beijing's caution on North Korea and keeps a military option"
            + " on the table, a threat aimed as much at China as at Pyongyang"),
    P2("Such threats alarm Beijing but are unlikely to make it take the risks of pressing the North much harder;"
            + " Americans have long overrated China's sway over its ally"),
    P3("China has real leverage as the North's main supplier of food and energy, but only cutting that supply"
            + " off, not trimming or delaying it, could end both programs"),
    P4("Severing aid carries tremendous risks Beijing is understandably reluctant to take: the North could"
            + " begin to unravel, sending at the least a flood of refugees into China, the easier escape than the"
            + " mined DMZ"),
    P5("An imploding regime might lash out and start a war, or split into factions fighting over its nuclear"
            + " and missile assets"),
    P6("Even the unlikely case of a peaceful, Seoul-led unification could leave a U.S. ally, and sooner or later"
            + " perhaps U.S. bases, on China's border: a realistic worry, given NATO's eastward growth despite"
            + " promises to Moscow"),
    P7("Washington must offer incentives, not demands: first, serious bilateral talks with Pyongyang backed by"
            + " concessions on exercises, a peace treaty, sanctions and diplomatic ties"),
    P8("If Pyongyang spurns so reasonable an offer and keeps building, Washington is far better placed to ask"
            + " Beijing to act drastically, but must still pay it to take the risks: at least help with refugees"
            + " should the North collapse under Chinese pressure, and ask its allies to help too"),
    P9("Washington would likely have to promise in writing to withdraw all its forces and weapons, THAAD"
            + " included, and might even have to consider concessions on Taiwan and the South China Sea"),
    P10("Moving China takes inventive diplomacy and costly, maybe painful, compromises; demanding that it act"
            + " without any meaningful incentive is a nonstarter");

    private final String paraphrase;

    Paragraph(String paraphrase) {
        this.paraphrase = paraphrase;
    }

    /** The paragraph's number, as cited: 1 for {@code ¶1}. */
    public int number() {
        return ordinal() + 1;
    }

    /** What the paragraph argues, in a sentence of our own. */
    public String paraphrase() {
        return paraphrase;
    }

    /** The paragraph a citation such as {@code ¶7} names, if it names one of the essay's. */
    public static Optional<Paragraph> cited(String source) {
        String digits = source.replace("¶", "").trim();
        if (!digits.matches("\\d{1,2}")) {
            return Optional.empty();
        }
        int number = Integer.parseInt(digits);
        return number >= 1 && number <= values().length ? Optional.of(values()[number - 1]) : Optional.empty();
    }
}
