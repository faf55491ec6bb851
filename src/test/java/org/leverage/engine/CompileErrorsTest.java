package org.leverage.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leverage.api.Advisor;
import org.leverage.api.RuleException;

/**
 * Every kind of mistake in a DRL file is one line naming the file, line and column, what is wrong and, where one
 * exists, the name the analyst probably meant: the places Drools gives, and the ones it leaves out (an enum value
 * in a condition, anything in a consequence) found in the rule's text.
 */
class CompileErrorsTest {

    private static final String HEADER = """
            package mine;

            import org.leverage.api.*;
            import org.leverage.rules.*;

            """;

    /** Issue 10's example: {@code Approach.DEMAND} for {@code Approach.DEMANDS}, in a rule named by {@code %s}. */
    private static final String DEMAND_FOR_DEMANDS = """
            rule "Demands alarm Beijing%s"
                @source("¶2")
            when
                UnitedStates( approachToChina == Approach.DEMAND )
            then
                insertLogical( new Warning( "HAWKISH_POSTURING" ) );
            end
            """;

    @TempDir
    Path folder;

    @Test
    void aWrongEnumValueInAConditionIsPlacedAtItAndNamesTheValuesThereAre() throws IOException {
        assertThat(problems(DEMAND_FOR_DEMANDS.formatted(""))).containsExactly(file() + ":9:38: unknown value DEMAND"
                + " of Approach; did you mean DEMANDS? (values: DEMANDS, INCENTIVES)");
    }

    @Test
    void aWrongEnumValueInAConsequenceIsPlacedAtItNotAtTheRule() throws IOException {
        assertThat(problems("""
                rule "THAAD worries Beijing"
                    @source("¶9")
                when
                    UnitedStates( thaadDeployed == true )
                then
                    insertLogical( new Concern( "THAAD_RADAR", Level.HIGHER ) );
                end
                """)).containsExactly(file() + ":11:48: unknown value HIGHER of Level; did you mean HIGH?"
                + " (values: LOW, ELEVATED, HIGH, MATERIALIZED)");
    }

    @Test
    void theSameWrongValueInTwoRulesIsPlacedAtEachOfThem() throws IOException {
        assertThat(problems(DEMAND_FOR_DEMANDS.formatted(" once") + "\n" + DEMAND_FOR_DEMANDS.formatted(" twice")))
                .extracting(p -> p.substring(file().toString().length(), p.indexOf(": unknown")))
                .containsExactly(":9:38", ":17:38");
    }

    @Test
    void aMisspeltTypeBeforeAnEnumValueIsAnUnknownTypeNotAnUnknownField() throws IOException {
        assertThat(problems("""
                rule "Talks matter"
                    @source("¶7")
                when
                    UnitedStates( talksWithPyongyang != Talk.NONE )
                then
                    insertLogical( new Warning( "HAWKISH_POSTURING" ) );
                end
                """)).containsExactly(file() + ":9:41: unknown type Talk; did you mean Talks?");
    }

    @Test
    void aMisspeltFieldKeepsItsMessage() throws IOException {
        assertThat(problems("""
                rule "THAAD worries Beijing, misspelled"
                    @source("¶9")
                when
                    UnitedStates( thaadDeplyed == true )
                then
                    insertLogical( new Warning( "HAWKISH_POSTURING" ) );
                end
                """)).containsExactly(file() + ":9:5: unknown field thaadDeplyed of UnitedStates; did you mean"
                + " thaadDeployed? (fields: goal, approachToChina, militaryOptionSignaled, forcesOnPeninsula,"
                + " thaadDeployed, talksWithPyongyang, offersToPyongyang, commitmentsToBeijing)");
    }

    @Test
    void aMisspeltFactTypeSaysWhichTypeWasMeant() throws IOException {
        assertThat(problems("""
                rule "THAAD worries Beijing"
                    @source("¶9")
                when
                    UnitedState( thaadDeployed == true )
                then
                    insertLogical( new Warning( "HAWKISH_POSTURING" ) );
                end
                """)).containsExactly(file() + ":9:5: Unable to resolve ObjectType 'UnitedState'; did you mean"
                + " UnitedStates?");
    }

    @Test
    void aMisspeltTypeInAConsequenceIsPlacedAtIt() throws IOException {
        assertThat(problems("""
                rule "Warn of posturing"
                    @source("¶1")
                when
                    UnitedStates( militaryOptionSignaled == true )
                then
                    insertLogical( new Warnin( "HAWKISH_POSTURING" ) );
                end
                """)).containsExactly(file() + ":11:24: unknown type Warnin; did you mean Warning?");
    }

    @Test
    void aMisspeltAccessorInAConsequenceNamesTheOneMeant() throws IOException {
        assertThat(problems("""
                rule "Demands recorded"
                    @source("¶2")
                when
                    $us : UnitedStates( )
                then
                    if ($us.approachToChin() == Approach.DEMANDS) { insertLogical( new Warning( "HAWKISH_POSTURING" ) ); }
                end
                """)).containsExactly(file() + ":11:13: unknown method approachToChin() of UnitedStates; did you"
                + " mean approachToChina()?");
    }

    @Test
    void aComparisonOfAWrongTypeIsPlacedAtTheCondition() throws IOException {
        assertThat(problems("""
                rule "THAAD counted"
                    @source("¶9")
                when
                    UnitedStates( thaadDeployed > 3 )
                then
                    insertLogical( new Warning( "HAWKISH_POSTURING" ) );
                end
                """)).containsExactly(file() + ":9:19: cannot read the condition thaadDeployed > 3: wrong type,"
                + " boolean compared with Integer");
    }

    @Test
    void aMisspeltWhenIsNamed() throws IOException {
        assertThat(problems("""
                rule "Misspelt when"
                    @source("¶7")
                whne
                    UnitedStates( thaadDeployed == true )
                then
                    insertLogical( new Warning( "HAWKISH_POSTURING" ) );
                end
                """)).containsExactly(file() + ":8:1: syntax error: mismatched input 'whne' in rule \"Misspelt when\";"
                + " did you mean when?");
    }

    @Test
    void aMisspeltThenIsFoundAboveWhereTheParserStumbles() throws IOException {
        // The parser reads "thne" as a fact type and complains twice, on the lines after it.
        assertThat(problems("""
                rule "Misspelt then"
                    @source("¶7")
                when
                    UnitedStates( thaadDeployed == true )
                thne
                    insertLogical( new Warning( "HAWKISH_POSTURING" ) );
                end
                """)).containsExactly(file() + ":10:1: syntax error: unknown keyword thne; did you mean then?");
    }

    @Test
    void aSyntaxErrorInAConsequenceIsPlacedAtTheConsequence() throws IOException {
        assertThat(problems("""
                rule "Unclosed call"
                    @source("¶7")
                when
                    UnitedStates( thaadDeployed == true )
                then
                    insertLogical( new Warning( "HAWKISH_POSTURING" ) ;
                end
                """)).containsExactly(file() + ":11:5: in the consequence: Syntax error, insert \")\" to complete"
                + " Expression");
    }

    @Test
    void aTrueOrFalseFieldComparedWithTextIsRefusedAtTheCondition_thoughDroolsCompilesIt() throws IOException {
        assertThat(problems("""
                rule "THAAD worries Beijing"
                    @source("¶9")
                when
                    UnitedStates( thaadDeployed == "yes" )
                then
                    insertLogical( new Warning( "HAWKISH_POSTURING" ) );
                end
                """)).containsExactly(file() + ":9:19: thaadDeployed == \"yes\" compares a true-or-false field with"
                + " text, which Drools accepts and gets wrong; write thaadDeployed == true (or false)");
    }

    @Test
    void anEnumFieldComparedWithTextIsRefusedWithTheValueItMeant_inFileOrder() throws IOException {
        assertThat(problems("""
                rule "Demands alarm Beijing"
                    @source("¶2")
                when
                    UnitedStates( approachToChina == "demands" )
                then
                    insertLogical( new Warning( "HAWKISH_POSTURING" ) );
                end

                rule "Beijing severs"
                    @source("¶8")
                when
                    China( pressureOnPyongyang != "SEVER" )
                then
                    insertLogical( new Warning( "HAWKISH_POSTURING" ) );
                end
                """)).containsExactly(
                file() + ":9:19: approachToChina == \"demands\" compares an Approach with text, so it never holds;"
                        + " write approachToChina == Approach.DEMANDS",
                file() + ":17:12: pressureOnPyongyang != \"SEVER\" compares a Pressure with text, so it never holds;"
                        + " write pressureOnPyongyang != Pressure.SEVER_AID");
    }

    private Path file() {
        return folder.resolve("mine.drl");
    }

    private List<String> problems(String rules) throws IOException {
        Files.writeString(file(), HEADER + rules);
        RuleException error = catchThrowableOfType(RuleException.class,
                () -> Advisor.builder().withoutBuiltInRules().addRules(folder).build());
        assertThat(error).as("a rule error").isNotNull();
        assertThat(error.getMessage()).isEqualTo(error.problems().get(0).substring(
                error.location().orElseThrow().toString().length() + 2)
                + (error.problems().size() > 1 ? " (and " + (error.problems().size() - 1) + " more)" : ""));
        return error.problems();
    }
}
