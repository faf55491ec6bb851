package org.leverage.hardening;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * One careless or hostile edit of a document's bytes: a deleted, duplicated or swapped character, a token where
 * none belongs, a value of the wrong type, a random key, a line duplicated, dropped or swapped, deep nesting, a
 * very long string, invalid UTF-8, a truncation. Pure: {@link #apply} depends only on the document and the
 * mutation's fields, so a failing mutant is reproduced from its printed mutations alone.
 *
 * @param kind what is done
 * @param at   where, as a fraction of the document (0 to 1)
 * @param to   a second place, for swaps
 * @param pick which token, value, key or size, taken modulo the choices
 */
record Mutation(Kind kind, double at, double to, int pick) {

    /** The edits. */
    enum Kind {
        DELETE, DUPLICATE, SWAP_ADJACENT, SWAP_ANY, INSERT_TOKEN, WRONG_TYPE, RANDOM_KEY, DUPLICATE_LINE,
        DELETE_LINE, SWAP_LINES, DEEP_NESTING, LONG_STRING, INVALID_UTF8, TRUNCATE, INDENT, FLIP_CASE,
        CONTROL_CHARACTER
    }

    /** Text that means something to YAML or JSON, or to a careless hand. */
    static final List<String> TOKENS = List.of("{", "}", "[", "]", ":", ": ", ",", "-", "- ", "#", "&a ", "*a",
            "!", "!!binary ", "!!str ", "!Foo ", "|", ">", "'", "\"", "?", "? ", "%", "@", "`", "\t", "\n", "\r\n",
            "\r", " ", "~", "null", "true", "false", "0", "-1", "1e309", "0x1F", ".inf", ".nan", "---\n", "...\n",
            "<<: ", "{}", "[]", "\\", "\\u0000", "é", "北京", "\uD83D\uDE80", "\u00A0", "\uFEFF", "\u2028",
            "\u0085", "format: 2\n", "format: 1\n", "%YAML 1.1\n", "%TAG ! tag:example.com,2000:\n", "=", ";",
            "\"\"", "''", "${x}", "&", "*");

    /** Values of every type but the right one, and near misses of right ones. */
    static final List<String> VALUES = List.of("3", "-7", "3.5", "1e309", "[1]", "[]", "{a: 1}", "{}", "null", "~",
            "\"\"", "''", "yes", "no", "on", "TRUE", "\"true\"", "True", "2017-02-30", "2017-03-29", "\"x\"",
            "SEVERE", "sever-aid", "Sever_Aid", "FREEZ", "incentive", "written", "none", "!!binary aGVsbG8=",
            "&a FREEZE", "*a", "|\n  multi\n  line", ">\n  folded", "\"\\u0000\"", "\"" + "y".repeat(200) + "\"",
            "99999999999999999999999999999999", "0x1", "0o7", ".inf", "-.inf", ".NaN", "- a\n- b");

    /** Keys: right ones in wrong places, near misses, strangers, scenario keys, empty and odd ones. */
    static final List<String> KEYS = List.of("format", "label", "asOf", "unitedStates", "china", "northKorea",
            "peninsula", "goal", "thaadDeployed", "thaadDeplyed", "ThaadDeployed", "offersToPyongyang",
            "withdrawal", "stability", "name", "given", "expect", "zzz", "\"\"", "''", "\"a b\"", "\"x\\ny\"",
            "<<", "? complex", "[1, 2]", "{a: 1}", "!!str k", "&k key", "*k", "é", "k".repeat(300), "0", "true",
            "null", "~", "\"\\u0000\"");

    /** Bytes that are not UTF-8: lone continuation, truncated sequences, surrogates, overlong, out of range. */
    private static final byte[][] INVALID_UTF8 = {
        {(byte) 0x80}, {(byte) 0xBF}, {(byte) 0xC3}, {(byte) 0xE2, (byte) 0x82}, {(byte) 0xF0, (byte) 0x9F},
        {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xC0, (byte) 0x80}, {(byte) 0xE0, (byte) 0x80, (byte) 0x80},
        {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, {(byte) 0xFF}, {(byte) 0xFE, (byte) 0xFF},
        {(byte) 0xFE}, {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80}};

    private static final int[] NESTING = {31, 32, 33, 34, 100, 1_000, 20_000};
    private static final int[] LENGTHS = {9_999, 10_000, 10_001, 50_000};
    private static final String[] OPENERS = {"[", "{", "{a: ", "- ", "[{\"a\": ", "{\"a\": ["};

    /** Each kind four times, but the two that make a document large once: they cost the most to read. */
    private static final List<Kind> WEIGHTED = weighted();

    private static List<Kind> weighted() {
        List<Kind> kinds = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            int weight = kind == Kind.DEEP_NESTING || kind == Kind.LONG_STRING ? 1 : 4;
            for (int i = 0; i < weight; i++) {
                kinds.add(kind);
            }
        }
        return List.copyOf(kinds);
    }

    /** A random mutation. */
    static Mutation random(SplittableRandom random) {
        return new Mutation(WEIGHTED.get(random.nextInt(WEIGHTED.size())), random.nextDouble(), random.nextDouble(),
                random.nextInt(1 << 20));
    }

    /** One to four random mutations. */
    static List<Mutation> randomList(SplittableRandom random) {
        int count = 1 + (random.nextInt(8) == 0 ? random.nextInt(4) : random.nextInt(2));
        List<Mutation> mutations = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            mutations.add(random(random));
        }
        return mutations;
    }

    /** The document with every mutation applied in order. */
    static byte[] applyAll(byte[] document, List<Mutation> mutations) {
        byte[] result = document;
        for (Mutation mutation : mutations) {
            result = mutation.apply(result);
        }
        return result;
    }

    /** The document with this mutation applied; a new array. */
    byte[] apply(byte[] doc) {
        int n = doc.length;
        int i = position(at, n);
        return switch (kind) {
            case DELETE -> n == 0 ? doc
                    : splice(doc, Math.min(i, n - 1), Math.min(n, Math.min(i, n - 1) + 1 + pick % 3), new byte[0]);
            case DUPLICATE -> n == 0 ? doc : insert(doc, i, Arrays.copyOfRange(doc, Math.min(i, n - 1),
                    Math.min(n, Math.min(i, n - 1) + 1 + pick % 8)));
            case SWAP_ADJACENT -> swap(doc, Math.max(0, Math.min(i, n - 2)), Math.max(0, Math.min(i, n - 2)) + 1);
            case SWAP_ANY -> swap(doc, Math.min(i, n - 1), Math.min(position(to, n), n - 1));
            case INSERT_TOKEN -> insert(doc, i, utf8(TOKENS.get(pick % TOKENS.size())));
            case WRONG_TYPE -> wrongType(doc);
            case RANDOM_KEY -> randomKey(doc);
            case DUPLICATE_LINE, DELETE_LINE, SWAP_LINES -> lines(doc);
            case DEEP_NESTING -> insert(doc, i, utf8(OPENERS[pick % OPENERS.length].repeat(
                    NESTING[(pick / OPENERS.length) % NESTING.length])));
            case LONG_STRING -> insert(doc, i, utf8(String.valueOf((char) ('a' + pick % 26))
                    .repeat(LENGTHS[(pick / 26) % LENGTHS.length])));
            case INVALID_UTF8 -> insert(doc, i, INVALID_UTF8[pick % INVALID_UTF8.length]);
            case TRUNCATE -> Arrays.copyOf(doc, i);
            case INDENT -> indent(doc);
            case FLIP_CASE -> flipCase(doc, Math.min(i, Math.max(0, n - 1)));
            case CONTROL_CHARACTER -> insert(doc, i, utf8(String.valueOf(control(pick))));
        };
    }

    private static char control(int pick) {
        int c = pick % 40;
        return c < 32 ? (char) c : new char[] {0x7F, 0x85, 0x2028, 0x2029, 0xFEFF, 0xFFFE, 0xFFFF, 0xD800}[c - 32];
    }

    private byte[] wrongType(byte[] doc) {
        String text = new String(doc, StandardCharsets.ISO_8859_1);
        List<Integer> colons = new ArrayList<>();
        for (int c = text.indexOf(':'); c >= 0; c = text.indexOf(':', c + 1)) {
            colons.add(c);
        }
        if (colons.isEmpty()) {
            return insert(doc, position(at, doc.length), utf8(VALUES.get(pick % VALUES.size())));
        }
        int colon = colons.get(position(at, colons.size() - 1));
        int end = colon + 1;
        while (end < text.length() && "\n,}]".indexOf(text.charAt(end)) < 0) {
            end++;
        }
        return splice(doc, colon + 1, end, utf8(" " + VALUES.get(pick % VALUES.size())));
    }

    private byte[] randomKey(byte[] doc) {
        int[] starts = lineStarts(doc);
        int line = starts[position(at, starts.length - 1)];
        String indent = " ".repeat(2 * (pick % 4));
        String key = KEYS.get((pick / 4) % KEYS.size());
        String value = VALUES.get((pick / 7) % VALUES.size());
        String json = line < doc.length && doc[line] == ' ' && new String(doc, StandardCharsets.ISO_8859_1)
                .trim().startsWith("{") ? "\"" + key + "\": " + value + ",\n" : null;
        return insert(doc, line, utf8(json != null ? indent + json : indent + key + ": " + value + "\n"));
    }

    private byte[] lines(byte[] doc) {
        int[] starts = lineStarts(doc);
        if (starts.length < 2) {
            return doc;
        }
        int a = position(at, starts.length - 1);
        int b = position(to, starts.length - 1);
        byte[] lineA = line(doc, starts, a);
        return switch (kind) {
            case DUPLICATE_LINE -> insert(doc, starts[a], lineA);
            case DELETE_LINE -> splice(doc, starts[a], starts[a] + lineA.length, new byte[0]);
            default -> {
                if (a == b) {
                    yield doc;
                }
                int first = Math.min(a, b);
                int second = Math.max(a, b);
                byte[] one = line(doc, starts, first);
                byte[] two = line(doc, starts, second);
                ByteArrayOutputStream out = new ByteArrayOutputStream(doc.length + 1);
                out.write(doc, 0, starts[first]);
                out.writeBytes(withNewline(two));
                out.write(doc, starts[first] + one.length, starts[second] - starts[first] - one.length);
                out.writeBytes(one);
                int after = starts[second] + two.length;
                out.write(doc, after, doc.length - after);
                yield out.toByteArray();
            }
        };
    }

    private static byte[] withNewline(byte[] line) {
        return line.length > 0 && line[line.length - 1] == '\n' ? line : concat(line, new byte[] {'\n'});
    }

    private byte[] indent(byte[] doc) {
        int[] starts = lineStarts(doc);
        int start = starts[position(at, starts.length - 1)];
        return switch (pick % 4) {
            case 0 -> insert(doc, start, new byte[] {' '});
            case 1 -> insert(doc, start, new byte[] {' ', ' '});
            case 2 -> insert(doc, start, new byte[] {'\t'});
            default -> start < doc.length && doc[start] == ' ' ? splice(doc, start, start + 1, new byte[0]) : doc;
        };
    }

    private static byte[] flipCase(byte[] doc, int i) {
        if (doc.length == 0) {
            return doc;
        }
        byte[] copy = doc.clone();
        byte b = copy[i];
        if (b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z') {
            copy[i] = (byte) (b ^ 0x20);
        }
        return copy;
    }

    private static int[] lineStarts(byte[] doc) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < doc.length; i++) {
            if (doc[i] == '\n' && i + 1 < doc.length) {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    private static byte[] line(byte[] doc, int[] starts, int index) {
        int end = index + 1 < starts.length ? starts[index + 1] : doc.length;
        return Arrays.copyOfRange(doc, starts[index], end);
    }

    private static int position(double fraction, int length) {
        return (int) Math.min(length, Math.floor(fraction * (length + 1)));
    }

    private static byte[] swap(byte[] doc, int a, int b) {
        if (doc.length < 2 || a < 0 || b < 0) {
            return doc;
        }
        byte[] copy = doc.clone();
        byte t = copy[a];
        copy[a] = copy[b];
        copy[b] = t;
        return copy;
    }

    private static byte[] insert(byte[] doc, int at, byte[] what) {
        return splice(doc, at, at, what);
    }

    private static byte[] splice(byte[] doc, int from, int to, byte[] what) {
        byte[] out = new byte[doc.length - (to - from) + what.length];
        System.arraycopy(doc, 0, out, 0, from);
        System.arraycopy(what, 0, out, from, what.length);
        System.arraycopy(doc, to, out, from + what.length, doc.length - to);
        return out;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        return splice(a, a.length, a.length, b);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** The mutation as Java source would write it, to reproduce a failure. */
    @Override
    public String toString() {
        return "new Mutation(Mutation.Kind." + kind + ", " + at + ", " + to + ", " + pick + ")";
    }
}
