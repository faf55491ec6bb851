package org.leverage.whatif;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.leverage.api.StateField;

class FieldPathsTest {

    @Test
    void aFieldIsFoundByItsPathOrItsLastPartInAnyCase() {
        assertThat(FieldPaths.find("unitedStates.thaadDeployed")).hasValue(StateField.THAAD_DEPLOYED);
        assertThat(FieldPaths.find("thaadDeployed")).hasValue(StateField.THAAD_DEPLOYED);
        assertThat(FieldPaths.find("THAADDEPLOYED")).hasValue(StateField.THAAD_DEPLOYED);
        assertThat(FieldPaths.find("northkorea.stability")).hasValue(StateField.STABILITY);
        assertThat(FieldPaths.find("thaad")).isEmpty();
        assertThat(FieldPaths.find("")).isEmpty();
    }

    @Test
    void aLookAlikeLetterNamesNoField() {
        // The Kelvin sign K, which Java's own toLowerCase turns into k, and the dotless ı, which it uppercases to I.
        assertThat(FieldPaths.find("north\u212Aorea.stability")).isEmpty();
        assertThat(FieldPaths.find("STABıLıTY")).isEmpty();
    }

    @Test
    void theClosestFieldIsSuggestedForATypo() {
        assertThat(FieldPaths.closest("thad")).isEqualTo(StateField.THAAD_DEPLOYED);
        assertThat(FieldPaths.closest("stabilty")).isEqualTo(StateField.STABILITY);
        assertThat(FieldPaths.closest("northKorea.stablity")).isEqualTo(StateField.STABILITY);
        assertThat(FieldPaths.closest("pressure")).isEqualTo(StateField.PRESSURE_ON_PYONGYANG);
        assertThat(FieldPaths.closest("withdrawl")).isEqualTo(StateField.WITHDRAWAL);
    }

    @Test
    void everyPathIsListedInDeclarationOrder() {
        assertThat(FieldPaths.all()).hasSize(StateField.values().length)
                .startsWith("unitedStates.goal").endsWith("peninsula.usAllianceWithUnifiedKorea");
    }
}
