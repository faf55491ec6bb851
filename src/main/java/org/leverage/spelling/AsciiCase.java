package org.leverage.spelling;

/**
 * Case folding for names a person writes (enum values, ids, field paths, option values, file extensions), on the
 * ASCII letters alone. Java's own folding ({@link String#toUpperCase}, {@link String#equalsIgnoreCase}) goes
 * beyond ASCII, even with {@code Locale.ROOT}: {@code ſ} (long s) folds to {@code S}, {@code ı} (dotless i) to
 * {@code I}, the Kelvin sign {@code K} to {@code k} and {@code ﬀ} to {@code FF}, so {@code ſpurned} would read
 * as {@code SPURNED}: a word that looks like the one meant, and that a reviewer of the file cannot tell apart. Every
 * name Leverage matches is ASCII, so folding {@code a}–{@code z} alone loses nothing a person means, and a
 * look-alike is refused like any other unknown name. It ignores the machine's locale too (Turkish folds {@code i}
 * to {@code İ}).
 */
public final class AsciiCase {

    private AsciiCase() {
    }

    /** {@code text} with {@code a}–{@code z} made upper case and every other character as it is. */
    public static String upper(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] >= 'a' && chars[i] <= 'z') {
                chars[i] = (char) (chars[i] - ('a' - 'A'));
            }
        }
        return new String(chars);
    }

    /** {@code text} with {@code A}–{@code Z} made lower case and every other character as it is. */
    public static String lower(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] >= 'A' && chars[i] <= 'Z') {
                chars[i] = (char) (chars[i] + ('a' - 'A'));
            }
        }
        return new String(chars);
    }

    /** Whether {@code a} and {@code b} are equal once their ASCII letters are folded; false when either is null. */
    public static boolean equalsIgnoreCase(String a, String b) {
        return a != null && b != null && a.length() == b.length() && upper(a).equals(upper(b));
    }
}
