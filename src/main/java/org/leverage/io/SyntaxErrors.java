package org.leverage.io;

import java.io.IOException;
import java.util.Locale;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import org.leverage.api.InvalidStateException;
import org.leverage.api.SourceLocation;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.reader.ReaderException;

/**
 * What the parsers say went wrong in one document, as an {@link InvalidStateException} at the line and column a
 * reader of the document would look at: {@code invalid YAML: …} or {@code invalid JSON: …}, on one line, cut
 * short and with control characters escaped, since a parser may quote the document. The parsers place their
 * problems three ways (SnakeYAML by a 0-based mark, with the context it was in; SnakeYAML's reader by a code point
 * offset into the text; Jackson by a 1-based location), and each is turned into the same 1-based
 * {@link SourceLocation} here, so that no caller has to know which parser spoke.
 */
final class SyntaxErrors {

    /** The document, whose text is where lines are counted when a parser gives only an offset. */
    private final Document document;

    SyntaxErrors(Document document) {
        this.document = document;
    }

    /** Where Jackson places something, 1-based; line 1, column 1 when it places it nowhere. */
    SourceLocation at(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return new SourceLocation(document.source(), 1, 1);
        }
        return new SourceLocation(document.source(), location.getLineNr(), Math.max(1, location.getColumnNr()));
    }

    /** The error for what a parser threw while reading the document. */
    InvalidStateException of(IOException e) {
        JsonProcessingException jackson = e instanceof JsonProcessingException j ? j : null;
        MarkedYAMLException marked = cause(e, MarkedYAMLException.class);
        ReaderException unreadable = cause(e, ReaderException.class);
        SourceLocation at;
        String detail;
        if (marked != null && marked.getProblemMark() != null) {
            Mark problem = marked.getProblemMark();
            at = new SourceLocation(document.source(), problem.getLine() + 1, problem.getColumn() + 1);
            detail = marked.getProblem() == null ? Messages.firstLine(marked.getMessage()) : marked.getProblem();
            if (marked.getContext() != null) {
                Mark context = marked.getContextMark();
                detail += " (" + marked.getContext() + (context == null ? ""
                        : " at line " + (context.getLine() + 1) + ", column " + (context.getColumn() + 1)) + ")";
            }
        } else if (unreadable != null) {
            at = atCodePoint(unreadable.getPosition());
            detail = "a special character U+" + String.format(Locale.ROOT, "%04X", unreadable.getCodePoint())
                    + " is not allowed";
        } else {
            at = at(jackson == null ? null : jackson.getLocation());
            detail = jackson == null ? String.valueOf(e.getMessage()) : jackson.getOriginalMessage();
        }
        return new InvalidStateException(at, "", "invalid " + document.syntax() + ": "
                + Messages.parserDetail(String.valueOf(detail)), e);
    }

    /** The line and column of the code point at {@code position}: SnakeYAML's reader counts code points. */
    private SourceLocation atCodePoint(int position) {
        String content = document.text();
        int line = 1;
        int column = 1;
        int index = 0;
        for (int i = 0; i < content.length() && index < position; index++) {
            int cp = content.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new SourceLocation(document.source(), line, column);
    }

    /** The first of {@code e} and its causes that is a {@code type}; Jackson wraps SnakeYAML's exceptions. */
    private static <T extends Throwable> T cause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }
}
