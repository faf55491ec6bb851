package org.leverage.spelling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpellingTest {

    private static final List<String> IDS = List.of("SIGN_WITHDRAWAL_AGREEMENT", "OFFER_PEACE_TREATY",
            "OPEN_BILATERAL_TALKS");

    @Test
    void aSlipFindsTheIdMeant_andSoDoesItsBeginning() {
        assertThat(Spelling.closest("SIGN_WITHDRAWL_AGREEMENT", IDS)).contains("SIGN_WITHDRAWAL_AGREEMENT");
        assertThat(Spelling.closest("offer-peace", IDS)).contains("OFFER_PEACE_TREATY");
    }

    @Test
    void aWordFarLongerThanEveryChoiceSuggestsNothing() {
        // A pasted paragraph, not a slip: no id is within a third of its length of it (nor is compared letter by
        // letter with it, which for 108,000 characters was most of a second per command).
        assertThat(Spelling.closest("OFFER_PEACE_TREATY".repeat(6_000), IDS)).isEmpty();
        assertThat(Spelling.closest("OFFER_PEACE_TREATY_OFFER_PEACE_TREATY_OFFER", IDS)).isEmpty();
    }
}
