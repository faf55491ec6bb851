package org.leverage.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leverage.Slow;
import org.leverage.api.Advisor;
import org.leverage.api.RuleException;

/**
 * A decision table's mistakes are reported at the cell the analyst wrote, as row and column of the sheet and the
 * cell's name, not at the line of the DRL Drools made of the table: a value in a rule's own row, a field in the
 * code row every rule shares.
 */
class DecisionTableErrorsTest {

    /** Row 9's approach, {@code DEMAND}, is no value of Approach; everything else is right. */
    private static final List<List<String>> TABLE = List.of(
            List.of("RuleSet", "tables"),
            List.of("Import", "org.leverage.api.*, org.leverage.rules.*"),
            List.of("RuleTable Beijing's view of a demanding Washington"),
            List.of("NAME", "METADATA", "CONDITION", "CONDITION", "ACTION"),
            List.of("", "", "UnitedStates", "China", ""),
            List.of("", "source(\"$param\")", "approachToChina == Approach.$param",
                    "pressureOnPyongyang == Pressure.$param", "insertLogical( new Warning( \"$param\" ) );"),
            List.of("Rule", "Source", "Approach", "Beijing's pressure", "Warning"),
            List.of("Demands met by trimmed aid", "¶2, ¶3", "DEMANDS", "REDUCE_AID", "HAWKISH_POSTURING"),
            List.of("Demands met by delayed aid", "¶2, ¶3", "DEMAND", "DELAY_AID", "HAWKISH_POSTURING"));

    private static final String WRONG_VALUE =
            ":9:3: cell C9: unknown value DEMAND of Approach; did you mean DEMANDS? (values: DEMANDS, INCENTIVES)";

    @TempDir
    Path folder;

    @Test
    void aWrongValueInACsvTableIsReportedAtItsCell() throws IOException {
        Path table = writeCsv(TABLE);
        assertThat(problems()).containsExactly(table + WRONG_VALUE);
    }

    @Slow
    @Test
    void aWrongValueInAnExcelTableIsReportedAtItsCell() throws IOException {
        Path table = folder.resolve("table.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(table)) {
            var sheet = workbook.createSheet("Tables");
            for (int r = 0; r < TABLE.size(); r++) {
                XSSFRow row = sheet.createRow(r);
                for (int c = 0; c < TABLE.get(r).size(); c++) {
                    if (!TABLE.get(r).get(c).isEmpty()) {
                        row.createCell(c).setCellValue(TABLE.get(r).get(c));
                    }
                }
            }
            workbook.write(out);
        }
        assertThat(problems()).containsExactly(table + WRONG_VALUE);
    }

    @Test
    void aMisspeltFieldInTheCodeRowIsReportedOnceAtItsCellNotForEveryRule() throws IOException {
        List<List<String>> rows = new ArrayList<>(TABLE);
        rows.set(5, List.of("", "source(\"$param\")", "approachToChina == Approach.$param",
                "pressureOnPyongyan == Pressure.$param", "insertLogical( new Warning( \"$param\" ) );"));
        rows.set(8, List.of("Demands met by delayed aid", "¶2, ¶3", "DEMANDS", "DELAY_AID", "HAWKISH_POSTURING"));
        Path table = writeCsv(rows);
        assertThat(problems()).containsExactly(table + ":6:4: cell D6: unknown field pressureOnPyongyan of China;"
                + " did you mean pressureOnPyongyang? (fields: aidShare, pressureOnPyongyang, askedForDrasticAction)");
    }

    @Test
    void aBrokenActionIsReportedAtTheCodeCellItCameFrom() throws IOException {
        List<List<String>> rows = new ArrayList<>(TABLE.subList(0, 8));
        rows.set(5, List.of("", "source(\"$param\")", "approachToChina == Approach.$param",
                "pressureOnPyongyang == Pressure.$param", "insertLogical( new Warning( \"$param\" ) ;"));
        Path table = writeCsv(rows);
        assertThat(problems()).containsExactly(table + ":6:5: cell E6: in the consequence: Syntax error, insert \")\""
                + " to complete Expression");
    }

    @Test
    void aTableDroolsCannotReadIsReportedAtTheCellItNames() throws IOException {
        List<List<String>> rows = new ArrayList<>(TABLE);
        rows.set(3, List.of("NAME", "METADATA", "CONDITION", "XONDITION", "ACTION"));
        Path table = writeCsv(rows);
        assertThat(problems()).containsExactly(table + ":6:4: not a readable decision table: Unexpected content"
                + " \"pressureOnPyongyang == Pressure.$param\" in cell D6, leave this cell blank");
    }

    private Path writeCsv(List<List<String>> rows) throws IOException {
        StringBuilder csv = new StringBuilder();
        for (List<String> row : rows) {
            csv.append(String.join(",", row.stream().map(c -> "\"" + c.replace("\"", "\"\"") + "\"").toList()))
                    .append('\n');
        }
        Path table = folder.resolve("table.csv");
        Files.writeString(table, csv);
        return table;
    }

    private List<String> problems() {
        RuleException error = catchThrowableOfType(RuleException.class,
                () -> Advisor.builder().withoutBuiltInRules().addRules(folder).build());
        assertThat(error).as("a rule error").isNotNull();
        return error.problems();
    }
}
