package org.leverage.engine;

/**
 * One DRL file to compile.
 *
 * @param displayName the file as the user knows it, used in every message (e.g. {@code rules/concerns/x.drl})
 * @param sourcePath  a path unique within one knowledge base, used inside Drools
 * @param text        the file's content
 * @param table       the cells of the decision table the text was made of, so that errors name a cell; none for
 *                    a DRL file
 */
record RuleFile(String displayName, String sourcePath, String text, DecisionTables.Cells table) {

    RuleFile(String displayName, String sourcePath, String text) {
        this(displayName, sourcePath, text, DecisionTables.Cells.NONE);
    }
}
