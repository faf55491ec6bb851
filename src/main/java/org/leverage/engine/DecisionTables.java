package org.leverage.engine;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.decisiontable.InputType;
import org.drools.decisiontable.SpreadsheetCompiler;
import org.drools.template.parser.DataListener;
import org.leverage.api.RuleException;
import org.leverage.api.SourceLocation;

/**
 * Turns a Drools decision table (CSV or Excel) into DRL, so that a table's rules are compiled, explained and
 * catalogued exactly like a DRL file's. The table's cells are kept beside the DRL, so that an error Drools finds
 * in the DRL is reported at the cell the analyst wrote ({@link Cells#locate}); a table Drools cannot read at all
 * is a rule-file error at the cell it names, or at the table.
 */
final class DecisionTables {

    /** A cell as Drools' own parsers name one in their messages: {@code in cell D6}. */
    private static final Pattern CELL_NAMED = Pattern.compile("\\bcell ([A-Z]{1,3})(\\d+)\\b");
    /** The comment the table compiler writes above each rule: {@code // rule values at A9, header at A3}. */
    private static final Pattern RULE_ROW = Pattern.compile("^\\s*// rule values at [A-Z]{1,3}(\\d+)\\b");

    private DecisionTables() {
    }

    /** A table as DRL, with the cells it was made of. */
    record Translated(String drl, Cells cells) {
    }

    /** The artifact an Excel table needs, which the command line ships and a host adds only if it wants them. */
    static final String SPREADSHEET_ARTIFACT = "org.apache.poi:poi-ooxml";

    static Translated translate(String displayName, byte[] table, boolean csv) {
        InputType type = csv ? InputType.CSV : InputType.XLS;
        if (!csv && !spreadsheetsReadable()) {
            throw problem(displayName, 0, 0, "an Excel decision table needs Apache POI, which is not on the class"
                    + " path: add " + SPREADSHEET_ARTIFACT + " (the version Leverage's pom names), or save the table as"
                    + " .csv, which needs nothing more", null);
        }
        try {
            String drl = new SpreadsheetCompiler().compile(new ByteArrayInputStream(table), type);
            if (drl == null || !drl.contains("rule ")) {
                throw problem(displayName, 0, 0, "no rules found: a decision table needs a RuleTable block", null);
            }
            return new Translated(drl, Cells.read(table, type));
        } catch (RuleException e) {
            throw e;
        } catch (RuntimeException e) {
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            Matcher cell = CELL_NAMED.matcher(message);
            int row = cell.find() ? Integer.parseInt(cell.group(2)) : 0;
            int column = row > 0 ? Cells.columnNumber(cell.group(1)) : 0;
            throw problem(displayName, row, column, "not a readable decision table: "
                    + message.replaceAll("\\s+", " "), e);
        }
    }

    /** Whether Apache POI, optional for a host, is there to read .xlsx files. */
    private static boolean spreadsheetsReadable() {
        try {
            Class.forName("org.apache.poi.ss.usermodel.WorkbookFactory", false, DecisionTables.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    private static RuleException problem(String file, int row, int column, String message, Throwable cause) {
        SourceLocation location = new SourceLocation(file, row, column);
        return new RuleException(location, message, List.of(location + ": " + message), cause);
    }

    /**
     * The cells of one decision table, rows and columns counted from 1 as a spreadsheet shows them; none for a DRL
     * file.
     */
    record Cells(List<Cell> all) {

        static final Cells NONE = new Cells(List.of());

        record Cell(int row, int column, String value) {
            /** The cell as a spreadsheet names it: {@code C9}. */
            String name() {
                return columnLetters(column) + row;
            }
        }

        static Cells read(byte[] table, InputType type) {
            List<Cell> cells = new ArrayList<>();
            type.createParser(new DataListener() {
                @Override
                public void startSheet(String name) {
                }

                @Override
                public void finishSheet() {
                }

                @Override
                public void newRow(int row, int columns) {
                }

                @Override
                public void newCell(int row, int column, String value, int mergedColumnStart) {
                    if (value != null && !value.isBlank()) {
                        cells.add(new Cell(row + 1, column + 1, value.trim()));
                    }
                }
            }).parseFile(new ByteArrayInputStream(table));
            return new Cells(List.copyOf(cells));
        }

        /**
         * The cell behind a place in the DRL made of this table: in the row of the rule that holds the place (the
         * table compiler names it in a comment above each rule), the cell that holds {@code word} (a misspelt value
         * is written in the rule's own row, a misspelt field in the column's code row, which every rule shares), or
         * else the first cell whose text the DRL line carries. Empty for a DRL file; the row alone when no cell
         * fits.
         */
        Optional<Cell> locate(String drl, int drlLine, String word) {
            if (all.isEmpty()) {
                return Optional.empty();
            }
            String[] lines = drl.split("\\R", -1);
            int row = 0;
            for (int i = Math.min(drlLine, lines.length) - 1; i >= 0 && row == 0; i--) {
                Matcher comment = RULE_ROW.matcher(lines[i]);
                if (comment.find()) {
                    row = Integer.parseInt(comment.group(1));
                }
            }
            int rule = row;
            List<Cell> candidates = new ArrayList<>(all.stream().filter(c -> c.row() == rule).toList());
            candidates.addAll(all.stream().filter(c -> c.row() != rule).toList());
            if (word != null && !word.isBlank()) {
                Pattern whole = Pattern.compile("(?<![\\w$])" + Pattern.quote(word) + "(?![\\w$])");
                Optional<Cell> holder = candidates.stream().filter(c -> whole.matcher(c.value()).find()).findFirst();
                if (holder.isPresent()) {
                    return holder;
                }
            }
            String text = drlLine >= 1 && drlLine <= lines.length ? lines[drlLine - 1] : "";
            Optional<Cell> carried = candidates.stream()
                    .filter(c -> c.row() == rule && !text.isBlank() && text.contains(c.value())).findFirst();
            return carried.isPresent() || rule == 0 ? carried : Optional.of(new Cell(rule, 0, ""));
        }

        static int columnNumber(String letters) {
            int number = 0;
            for (char c : letters.toCharArray()) {
                number = number * 26 + (c - 'A' + 1);
            }
            return number;
        }

        static String columnLetters(int column) {
            StringBuilder letters = new StringBuilder();
            for (int n = column; n > 0; n = (n - 1) / 26) {
                letters.insert(0, (char) ('A' + (n - 1) % 26));
            }
            return letters.toString();
        }
    }
}
