package org.leverage.spelling;

import java.util.Locale;

/**
 * Text a person wrote, made safe to echo in a one-line message: the state reader's errors, and any command's that
 * quote an argument back. The text may be hostile or simply binary (a 100,000-character argument, escape bytes
 * that would recolour or clear a terminal), so control characters are escaped and long text is cut short.
 */
public final class UserText {

    /** The longest piece of a person's text a message quotes. */
    public static final int SHOWN_MAX = 60;

    private UserText() {
    }

    /** {@code "text"} with control characters escaped and long text cut short, for messages. */
    public static String quoted(String text) {
        return "\"" + shown(text).replace("\"", "\\\"") + "\"";
    }

    /** Text made safe for a one-line message: control characters escaped, cut after 60 characters. */
    public static String shown(String text) {
        boolean cutShort = text.length() > SHOWN_MAX;
        int end = cutShort && Character.isHighSurrogate(text.charAt(SHOWN_MAX - 1)) ? SHOWN_MAX - 1 : SHOWN_MAX;
        return escaped(cutShort ? text.substring(0, end) + "…" : text);
    }

    /**
     * Text with its control characters escaped, whatever its length: {@code \n}, {@code \r} and {@code \t}, and
     * {@code \}{@code uXXXX} for the other C0 controls, DEL, the C1 controls (U+0080 to U+009F: U+009B is a
     * terminal's 8-bit escape sequence introducer), the Unicode line and paragraph separators, and the
     * bidirectional controls (U+200E, U+200F, U+202A to U+202E, U+2066 to U+2069), which would make a message
     * read in another order than it is written.
     */
    public static String escaped(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x2028 || c == 0x2029 || bidiControl(c)) {
                        out.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** The characters that reorder the text around them when it is displayed. */
    private static boolean bidiControl(char c) {
        return c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }
}
