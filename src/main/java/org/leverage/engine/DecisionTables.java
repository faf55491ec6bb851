package org.leverage.engine;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.drools.decisiontable.InputType;
import org.drools.decisiontable.SpreadsheetCompiler;
import org.leverage.api.RuleException;
import org.leverage.api.SourceLocation;

/**
 * Turns a Drools decision table (CSV or Excel) into DRL, so that a table's rules are compiled, explained and
 * catalogued exactly like a DRL file's. A table Drools cannot read is a rule-file error naming the table.
 */
final class DecisionTables {

    private DecisionTables() {
    }

    static String toDrl(String displayName, byte[] table, boolean csv) {
        try {
            String drl = new SpreadsheetCompiler().compile(new ByteArrayInputStream(table),
                    csv ? InputType.CSV : InputType.XLS);
            if (drl == null || !drl.contains("rule ")) {
                throw problem(displayName, "no rules found: a decision table needs a RuleTable block", null);
            }
            return drl;
        } catch (RuleException e) {
            throw e;
        } catch (RuntimeException e) {
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw problem(displayName, "not a readable decision table: " + message.replaceAll("\\s+", " "), e);
        }
    }

    private static RuleException problem(String file, String message, Throwable cause) {
        return new RuleException(new SourceLocation(file, 0, 0), message, List.of(file + ": " + message), cause);
    }
}
