package org.leverage.engine;

/**
 * One DRL file to compile.
 *
 * @param displayName the file as the user knows it, used in every message (e.g. {@code rules/concerns/x.drl})
 * @param sourcePath  a path unique within one knowledge base, used inside Drools
 * @param text        the file's content
 */
record RuleFile(String displayName, String sourcePath, String text) {
}
