package org.leverage.report;

import java.util.ArrayList;
import java.util.List;
import org.leverage.api.Fact;

/**
 * The plain-text helpers every renderer shares, each in one place: a text on one line, a heading underlined with
 * dashes, a column padded to a width, words wrapped at a width, and a label broken to fit a box.
 */
final class Text {

    private Text() {
    }

    /** The text on one line: any run of whitespace, line breaks included, becomes one space; null becomes "". */
    /** Each fact as its one line. */
    static List<String> of(List<Fact> facts) {
        return facts.stream().map(Fact::text).toList();
    }

    static String oneLine(String text) {
        // Control characters (a terminal escape in a label, say) are shown as U+FFFD, never passed through.
        return text == null ? "" : text.strip().replaceAll("\\s+", " ").replaceAll("\\p{Cntrl}", "\uFFFD");
    }

    /** The text with each line break, and the blanks around it, made one space; blanks within a line are kept. */
    static String joinLines(String text) {
        return text.replaceAll("\\s*\\R\\s*", " ");
    }

    /** {@code title} on a line, and under it as many dashes. */
    static void heading(StringBuilder out, String title) {
        out.append(title).append('\n').append("-".repeat(title.length())).append('\n');
    }

    /** {@code text} and then spaces up to {@code width} columns; none when it is that long or longer. */
    static String pad(String text, int width) {
        return text + " ".repeat(Math.max(0, width - text.length()));
    }

    /**
     * The words as lines of at most {@code width} columns, the first starting with {@code first} and the others
     * with {@code indent}, one space between words; a line breaks only between words, so a single word longer than
     * the line is left long. No words, no lines.
     */
    static List<String> wrap(List<String> words, String first, String indent, int width) {
        List<String> lines = new ArrayList<>();
        if (words.isEmpty()) {
            return lines;
        }
        StringBuilder line = new StringBuilder(first);
        int start = first.length();
        for (String word : words) {
            boolean empty = line.length() == start;
            if (!empty && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
                line.append(indent);
                start = indent.length();
                empty = true;
            }
            if (!empty) {
                line.append(' ');
            }
            line.append(word);
        }
        lines.add(line.toString());
        return lines;
    }

    /**
     * {@code text} on one line, then in lines of at most {@code width} characters to fit a box of a drawing: broken
     * after a space, {@code .}, {@code _}, {@code -}, {@code ,} or {@code /} where one falls in the line's last two
     * thirds, else cut hard.
     */
    static List<String> breakToFit(String text, int width) {
        List<String> lines = new ArrayList<>();
        String rest = oneLine(text);
        int max = Math.max(1, width);
        while (rest.length() > max) {
            int cut = -1;
            for (int i = max; i >= Math.max(1, max / 3); i--) {
                if (rest.charAt(i) == ' ' || ".,_-/".indexOf(rest.charAt(i - 1)) >= 0) {
                    cut = i;
                    break;
                }
            }
            if (cut < 0) {
                cut = max;
            }
            lines.add(rest.substring(0, cut).strip());
            rest = rest.substring(cut).strip();
        }
        if (!rest.isEmpty() || lines.isEmpty()) {
            lines.add(rest);
        }
        return lines;
    }
}
