package org.leverage.io;

import org.leverage.io.StrictParser.Syntax;

/**
 * One document as it is read: the name its errors give, its whole text (within the {@link Limits}, decoded and
 * without a byte order mark) and the syntax it is read as. The parts that read it ({@link TokenStream},
 * {@link SyntaxErrors}) share this one value rather than each keeping its own copy of the three.
 *
 * @param source the file or stream as the user named it, e.g. {@code today.yaml} or {@code <stdin>}
 * @param text   the document's text
 * @param syntax YAML or JSON
 */
record Document(String source, String text, Syntax syntax) {
}
