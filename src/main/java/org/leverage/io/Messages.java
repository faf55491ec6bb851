package org.leverage.io;

import java.util.regex.Pattern;

import org.leverage.api.InvalidStateException;
import org.leverage.api.SourceLocation;
import org.leverage.spelling.UserText;

/**
 * How the readers of this package word what they report. Every message is one line, so that a terminal, a log
 * and a test see the same thing; text quoted from a document has its control characters escaped and is cut
 * short ({@link UserText}), because the document may be hostile or simply binary; and a path names a key the way
 * it was written.
 * The file-level errors (a document that cannot be read at all) are built here too, so that each reads
 * {@code cannot read <what>: <reason>} at line 0.
 */
final class Messages {

    /** The longest detail a syntax error passes on from the parser, which may quote a whole token. */
    private static final int DETAIL_MAX = 300;
    /** A line break in a message, with the blanks around it. */
    private static final Pattern LINE_BREAK = Pattern.compile("[ \\t]*(\\r\\n|[\\r\\n\\u0085\\u2028\\u2029])\\s*");

    private Messages() {
    }

    /** An error at {@code at}; the message is made one line. */
    static InvalidStateException error(SourceLocation at, String path, String message) {
        return new InvalidStateException(at, path, oneLine(message));
    }

    /**
     * The error for a document that cannot be read at all: {@code cannot read <what>: <reason>}, or
     * {@code cannot read: <reason>} when {@code what} is empty. It is at line 0, which stands for the document as
     * a whole, so that no line or column is made up for a file that is missing, too large or unreadable.
     */
    static InvalidStateException cannotRead(String source, String what, String reason, Throwable cause) {
        return cannotRead(new SourceLocation(source, 0, 0), what, reason, cause);
    }

    /** As {@link #cannotRead(String, String, String, Throwable)}, at {@code at}. */
    static InvalidStateException cannotRead(SourceLocation at, String what, String reason, Throwable cause) {
        String message = "cannot read" + (what.isEmpty() ? "" : " " + what) + ": " + reason;
        return new InvalidStateException(at, "", message, cause);
    }

    /** What a failure says of itself, on one line and cut short, as the reason of a {@link #cannotRead}. */
    static String reason(Throwable e) {
        return cut(oneLine(String.valueOf(e.getMessage())));
    }

    /** {@code parent.key}, or {@code key} when {@code parent} is empty. */
    static String join(String parent, String key) {
        return parent.isEmpty() ? key : parent + "." + key;
    }

    /**
     * A key as a path shows it: as written when it is plain, in quotes when it is empty, has blanks at either end,
     * or holds a dot, a quote, a blank or a control character; cut short when long.
     */
    static String keyShown(String key) {
        boolean plain = !key.isEmpty() && key.strip().equals(key)
                && key.chars().noneMatch(c -> c == '.' || c == '"' || Character.isWhitespace(c)
                        || Character.isISOControl(c) || c == 0x2028 || c == 0x2029 || c == 0xFEFF);
        return plain ? UserText.shown(key) : UserText.quoted(key);
    }

    /** Text cut to {@value #DETAIL_MAX} characters, with an ellipsis when cut. */
    static String cut(String text) {
        if (text.length() <= DETAIL_MAX) {
            return text;
        }
        int end = DETAIL_MAX - (Character.isHighSurrogate(text.charAt(DETAIL_MAX - 1)) ? 1 : 0);
        return text.substring(0, end) + "…";
    }

    /**
     * A parser's own message as a syntax error's detail: on one line ({@link #oneLine}), its control characters
     * escaped ({@link UserText#escaped}, since the parser may quote the document), and cut, never inside an
     * escape, to at most {@value #DETAIL_MAX} characters, with an ellipsis when cut.
     */
    static String parserDetail(String message) {
        String line = oneLine(message);
        String escaped = UserText.escaped(line);
        if (escaped.length() <= DETAIL_MAX) {
            return escaped;
        }
        int end = Math.min(line.length(), DETAIL_MAX);
        while (Character.isHighSurrogate(line.charAt(end - 1))
                || UserText.escaped(line.substring(0, end)).length() > DETAIL_MAX) {
            end--;
        }
        return UserText.escaped(line.substring(0, end)) + "…";
    }

    /** The message on one line: line breaks and the blanks around them become one space. */
    static String oneLine(String message) {
        return LINE_BREAK.matcher(message.strip()).replaceAll(" ");
    }

    /** The first line of a message that may run to several (a parser's, which may draw the line it failed on). */
    static String firstLine(String message) {
        String text = String.valueOf(message).strip();
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }
}
