package org.leverage.api;

/**
 * A place in a file a user wrote: a state file or a rule file.
 *
 * @param file   the file as the user named it ({@code <stdin>} for standard input)
 * @param line   1-based line, or 0 when unknown
 * @param column 1-based column, or 0 when unknown
 */
public record SourceLocation(String file, int line, int column) {

    /** {@code file:line:column}, leaving out what is unknown. */
    @Override
    public String toString() {
        if (line <= 0) {
            return file;
        }
        return column <= 0 ? file + ":" + line : file + ":" + line + ":" + column;
    }
}
