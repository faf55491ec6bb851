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
        assertThat(FieldPaths.closest("thad")).hasValue(StateField.THAAD_DEPLOYED);
        assertThat(FieldPaths.closest("stabilty")).hasValue(StateField.STABILITY);
        assertThat(FieldPaths.closest("northKorea.stablity")).hasValue(StateField.STABILITY);
        assertThat(FieldPaths.closest("pressure")).hasValue(StateField.PRESSURE_ON_PYONGYANG);
        assertThat(FieldPaths.closest("withdrawl")).hasValue(StateField.WITHDRAWAL);
        assertThat(FieldPaths.closest("north\u212Aorea.stability")).hasValue(StateField.STABILITY);
        assertThat(FieldPaths.closest("china.stability")).hasValue(StateField.STABILITY);
    }

    @Test
    void aNameUnlikeEveryFieldGetsNoSuggestion() {
        // A guess is made only when a field is close to the name; none is to these.
        assertThat(FieldPaths.closest("zzz")).isEmpty();
        assertThat(FieldPaths.closest("budget")).isEmpty();
        assertThat(FieldPaths.closest("x")).isEmpty();
        assertThat(FieldPaths.closest("unitedStates.weather")).isEmpty();
        assertThat(FieldPaths.closest("unitedStates")).isEmpty();
    }

    @Test
    void everyPathIsListedInDeclarationOrder() {
        assertThat(FieldPaths.all()).hasSize(StateField.values().length)
                .startsWith("unitedStates.goal").endsWith("peninsula.usAllianceWithUnifiedKorea");
    }
}
