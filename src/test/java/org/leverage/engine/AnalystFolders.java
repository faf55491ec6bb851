package org.leverage.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Analyst rule folders for the cache's tests. */
final class AnalystFolders {

    private AnalystFolders() {
    }

    /**
     * A folder using every kind of thing a DRL file or a decision table can hold (declare, function, query, global,
     * salience, accumulate, from, eval, or, not, exists, a .csv table): its compiled form's object graph is the one
     * the cache's filter was measured on, beside the framework's.
     */
    static void everyKindOfCondition(Path folder) throws IOException {
        Files.writeString(folder.resolve("every-kind.drl"), """
                package mine.deep;
                import org.leverage.api.*;
                import org.leverage.rules.*;
                global java.util.List seen;
                declare Tally
                    n : int
                    label : String
                end
                function int twice(int x) { return 2 * x; }
                query warningsOf( WarningId $id )
                    Warning( id == $id )
                end
                rule "Count warnings"
                    @source("¶2")
                    salience 10
                when
                    $n : Number( intValue >= 0 ) from accumulate( Warning(), count(1) )
                    UnitedStates( thaadDeployed == true || approachToChina == Approach.DEMANDS )
                    not China( pressureOnPyongyang == Pressure.REDUCE_AID )
                    exists UnitedStates()
                    eval( twice( $n.intValue() ) >= 0 )
                then
                    insertLogical( new Tally( $n.intValue(), "x" ) );
                end
                rule "From a list"
                    @source("¶3")
                when
                    $u : UnitedStates( $g : goal )
                    (UnitedStates( thaadDeployed == false ) or China( aidShare != null ))
                    $s : String( length > 0 ) from java.util.List.of( "a", "b" )
                then
                    insertLogical( new Warning( WarningId.HAWKISH_POSTURING ) );
                end
                """);
        // A decision table as a spreadsheet saves one: every cell quoted.
        Files.writeString(folder.resolve("table.csv"), """
                "RuleSet","tables"
                "Import","org.leverage.api.*, org.leverage.rules.*"
                "RuleTable Posture by deployment"
                "NAME","METADATA","CONDITION","ACTION"
                "","","UnitedStates",""
                "","source(""$param"")","thaadDeployed == $param","insertLogical( new Warning( ""$param"" ) );"
                "Rule","Source","THAAD deployed","Warning"
                "Hawkish with THAAD","¶2","true","HAWKISH_POSTURING"
                """);
    }
}
