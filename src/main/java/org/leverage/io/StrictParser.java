package org.leverage.io;

import java.io.InputStream;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonToken;
import org.leverage.api.InvalidStateException;
import org.leverage.api.SourceLocation;
import org.leverage.spelling.AsciiCase;
import org.leverage.spelling.Spelling;
import org.leverage.spelling.UserText;

/**
 * A strict cursor over one YAML or JSON document, built on Jackson's streaming parser: every problem it finds
 * (bad syntax, a duplicate or unknown key, a wrong type, an unknown name) becomes an
 * {@link InvalidStateException} at the exact line and column of the offending token, with a one-line message
 * that names what would be valid. {@link StateReader} and the scenario reader walk their documents with it.
 *
 * <p>YAML is read by the YAML 1.2 core schema where it matters: only {@code true}/{@code false} (any case) are
 * booleans; {@code yes}, {@code no}, {@code on} and {@code off} are strings. A document is plain data: anchors
 * ({@code &name}), aliases ({@code *name}) and tags ({@code !!binary}, {@code !Type}) are refused where they are
 * written, so no type information is ever read from a document and nothing is expanded. Every document is read
 * within the {@link Limits}: its size, how deeply it nests, and the length of each key and value.
 *
 * <p>This class is the typed cursor: it reads strings, booleans, enum constants, mappings and lists with their
 * paths. What lies under it is package-private, one concern a class: {@code BoundedText} reads and decodes the
 * text within the size limit, {@code TokenStream} gives its checked and located tokens (with
 * {@code YamlFeatureGuard} refusing YAML's anchors, aliases and tags, and {@code SyntaxErrors} locating what the
 * parsers throw), {@code EnumNames} matches written names to constants, and {@code Messages} words every error.
 *
 * <p>Not thread-safe: one cursor per document, closed after use.
 */
public final class StrictParser implements AutoCloseable {

    /** The two syntaxes a document may be written in. */
    public enum Syntax {
        YAML, JSON
    }

    private final TokenStream tokens;

    private StrictParser(Document document) {
        this.tokens = new TokenStream(document);
    }

    /**
     * Opens a file: {@code .yaml}/{@code .yml} as YAML, {@code .json} as JSON, anything else by its content.
     * A regular file larger than {@link Limits#MAX_DOCUMENT_BYTES} is refused by its size, unread; any other
     * (a pipe, a device) is read to one byte past the limit at most.
     *
     * @param kind what the file is, for messages, e.g. {@code "state file"}
     * @throws InvalidStateException when the file is missing, unreadable, too large or not UTF-8 text (a file-level
     *                               problem at line 0; invalid UTF-8 at its line and column)
     */
    public static StrictParser open(Path file, String kind) {
        return open(DocumentText.read(file, kind));
    }

    /** Opens a document already read, from memory: the same text may be opened again, as a state or a scenario. */
    public static StrictParser open(DocumentText text) {
        return new StrictParser(text.document());
    }

    /**
     * Opens a document held in a string; the syntax is told by its content ({@link #sniff}).
     *
     * @throws InvalidStateException when the text is longer than {@link Limits#MAX_DOCUMENT_BYTES} characters
     */
    static StrictParser open(String content, String sourceName) {
        String text = BoundedText.ofString(content, sourceName);
        return new StrictParser(new Document(sourceName, text, sniff(text)));
    }

    /**
     * Reads a stream to its end, or to one byte past {@link Limits#MAX_DOCUMENT_BYTES} (it is not closed), and
     * opens the document; the syntax is told by its content. A stream that does not end (a device, a hostile
     * peer) is refused once past the limit.
     *
     * @param kind what the stream holds, for messages, e.g. {@code "state"}
     * @throws InvalidStateException when the stream cannot be read, is too large or is not UTF-8 text
     */
    static StrictParser open(InputStream in, String sourceName, String kind) {
        return open(DocumentText.read(in, sourceName, kind));
    }

    /** JSON when the first character that is not blank is <code>{</code>, else YAML. */
    static Syntax sniff(String content) {
        for (int i = 0; i < content.length(); i++) {
            char c = content.charAt(i);
            if (!Character.isWhitespace(c) && c != '\uFEFF') {
                return c == '{' ? Syntax.JSON : Syntax.YAML;
            }
        }
        return Syntax.YAML;
    }

    /** The syntax a file's extension names, if it names one. */
    public static Optional<Syntax> syntaxOf(Path file) {
        Path name = file.getFileName();
        String lower = name == null ? "" : AsciiCase.lower(name.toString());
        if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
            return Optional.of(Syntax.YAML);
        }
        if (lower.endsWith(".json")) {
            return Optional.of(Syntax.JSON);
        }
        return Optional.empty();
    }

    /** The file or stream as the user named it. */
    public String source() {
        return tokens.source();
    }

    // ---------------------------------------------------------------- tokens

    /**
     * Moves to the next token; {@code null} at the end of the input. A YAML anchor, alias or tag, a mapping or
     * list nested past {@link Limits#MAX_NESTING}, or a key or value longer than {@link Limits#MAX_SCALAR_CHARS}
     * is an error at that token.
     */
    public JsonToken next() {
        return tokens.next();
    }

    /** The current token; {@code null} before the first and after the last. */
    public JsonToken current() {
        return tokens.current();
    }

    /** Where the current token starts (1-based line and column); line 1, column 1 when there is none. */
    public SourceLocation location() {
        return tokens.location();
    }

    /** How deep the current token is: 0 at the top, 1 inside the top-level mapping or list, and so on. */
    int depth() {
        return tokens.depth();
    }

    /**
     * Checks that nothing follows the document's single value (a JSON document, or one YAML document; empty
     * YAML documents after it are allowed).
     */
    public void expectEnd() {
        tokens.expectEnd();
    }

    /**
     * After an error, looks further into the mapping at {@code mappingDepth} (see {@link #depth()}) for
     * {@code key}, skipping everything else. Returns true with the cursor on that key's value; false when the
     * mapping ends first or the rest of the document cannot be read.
     */
    boolean seekKey(int mappingDepth, String key) {
        return tokens.seekKey(mappingDepth, key);
    }

    /** The current token's text as written. */
    String text() {
        return tokens.text();
    }

    /** The current integer token's value. */
    BigInteger bigInteger() {
        return tokens.bigInteger();
    }

    // ---------------------------------------------------------------- values

    /** True when the current token is a null (YAML {@code ~}, {@code null} or nothing; JSON {@code null}). */
    public boolean isNull() {
        return tokens.isNull();
    }

    /** True when the current token starts a mapping. */
    public boolean isMapping() {
        return tokens.isMapping();
    }

    /** True when the current token is a string (including YAML's {@code yes}, {@code no}, {@code on}, {@code off}). */
    boolean isText() {
        return tokens.isText();
    }

    /**
     * What the current token is, for messages: {@code a string "yes"}, {@code a number 3}, {@code the boolean
     * true}, {@code null}, {@code a list}, {@code a mapping}.
     */
    public String describe() {
        return tokens.describe();
    }

    /** The current boolean; any other token is an error at {@code path}. */
    public boolean readBoolean(String path) {
        if (tokens.isBoolean()) {
            return current() == JsonToken.VALUE_TRUE;
        }
        String hint = isText() && (AsciiCase.equalsIgnoreCase("true", text()) || AsciiCase.equalsIgnoreCase("false", text()))
                ? " (write it without quotes)" : "";
        throw error(path, "expected true or false, found " + describe() + hint);
    }

    /**
     * The current string; {@code null} for a null when {@code nullable}. Any other token is an error at
     * {@code path}.
     */
    public String readString(String path, boolean nullable) {
        if (isText()) {
            return text();
        }
        if (nullable && isNull()) {
            return null;
        }
        String hint = switch (current()) {
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT, VALUE_TRUE, VALUE_FALSE -> " (put it in quotes)";
            default -> "";
        };
        throw error(path, "expected a string" + (nullable ? " or null" : "") + ", found " + describe() + hint);
    }

    /**
     * The current string as a constant of {@code type}, in any case and with {@code -} for {@code _}.
     *
     * @param what what the value is, for messages, e.g. {@code "value"} or {@code "recommendation id"}
     */
    public <E extends Enum<E>> E readEnum(String path, Class<E> type, String what) {
        return type.cast(readConstant(path, type, what));
    }

    /** As {@link #readEnum}, for an enum class known only at run time. */
    Enum<?> readConstant(String path, Class<?> type, String what) {
        List<String> names = EnumNames.of(type);
        if (!isText()) {
            throw error(path, "expected one of " + String.join(", ", names) + ", found " + describe());
        }
        return constant(type, text(), location(), path, what);
    }

    /**
     * The constant of {@code type} that {@code written} names (any case, {@code -} for {@code _}); an error at
     * {@code at} and {@code path} when none does, naming the valid ones and the closest.
     */
    public Enum<?> constant(Class<?> type, String written, SourceLocation at, String path, String what) {
        Optional<Enum<?>> named = EnumNames.find(type, written);
        if (named.isPresent()) {
            return named.get();
        }
        throw unknownName(written, EnumNames.of(type), at, path, what);
    }

    /**
     * The current string as one of {@code names}, read like an enum's constant (any case, {@code -} for
     * {@code _}) and refused like one: for names known only at run time, such as the ids a catalogue declares.
     *
     * @return the name as {@code names} spells it
     */
    public String readName(String path, List<String> names, String what) {
        if (!isText()) {
            throw error(path, "expected one of " + String.join(", ", names) + ", found " + describe());
        }
        return name(names, text(), location(), path, what);
    }

    /** The one of {@code names} that {@code written} names, as {@link #readName}; for a name written as a key. */
    public String name(List<String> names, String written, SourceLocation at, String path, String what) {
        return EnumNames.find(names, written).orElseThrow(() -> unknownName(written, names, at, path, what));
    }

    /** The error for a name that is none of {@code names}, naming them all and the closest. */
    private InvalidStateException unknownName(String written, List<String> names, SourceLocation at, String path,
                                              String what) {
        String suggestion = Spelling.closest(written, names).map(s -> " (did you mean " + s + "?)").orElse("");
        return error(at, path, "unknown " + what + " " + UserText.quoted(written) + "; expected one of "
                + String.join(", ", names) + suggestion);
    }

    // ---------------------------------------------------------------- structures

    /** Reads one entry of a mapping; the cursor is on the entry's value and must end on its last token. */
    @FunctionalInterface
    public interface Entry {
        /**
         * @param key   the key as written
         * @param path  the entry's path: the mapping's path, a dot and the key
         * @param keyAt where the key is written
         */
        void read(String key, String path, SourceLocation keyAt);
    }

    /** Reads one item of a list; the cursor is on the item and must end on its last token. */
    @FunctionalInterface
    public interface Item {
        /**
         * @param index the item's 0-based index
         * @param path  the item's path, e.g. {@code expect.recommendations[2]}
         */
        void read(int index, String path);
    }

    /**
     * Reads the mapping at the cursor, refusing duplicate keys and keys not in {@code keys} (naming the closest
     * valid key and all of them).
     *
     * @param what what the mapping should be, for the error when it is not one, e.g.
     *             {@code "a mapping of the state's sections"}
     */
    public void readMapping(String path, String what, List<String> keys, Entry entry) {
        readMapping(path, what, (key, keyPath, keyAt) -> {
            if (!keys.contains(key)) {
                throw unknownKey(keyAt, keyPath, key, keys);
            }
            entry.read(key, keyPath, keyAt);
        });
    }

    /** Reads the mapping at the cursor, refusing duplicate keys; the entry checks the keys itself. */
    public void readMapping(String path, String what, Entry entry) {
        if (!isMapping()) {
            throw error(path, "expected " + what + ", found " + describe());
        }
        Map<String, SourceLocation> seen = new HashMap<>();
        for (JsonToken t = next(); t != JsonToken.END_OBJECT; t = next()) {
            if (t != JsonToken.FIELD_NAME) {
                throw error(path, "expected a key, found " + describe());
            }
            String key = text();
            String keyPath = Messages.join(path, Messages.keyShown(key));
            SourceLocation keyAt = location();
            SourceLocation first = seen.putIfAbsent(key, keyAt);
            if (first != null) {
                throw error(keyAt, keyPath, "duplicate key; first given at line " + first.line() + ", column "
                        + first.column());
            }
            next();
            entry.read(key, keyPath, keyAt);
        }
    }

    /** Reads the list at the cursor. */
    public void readList(String path, String what, Item item) {
        if (!tokens.isList()) {
            throw error(path, "expected " + what + ", found " + describe());
        }
        int index = 0;
        for (JsonToken t = next(); t != JsonToken.END_ARRAY; t = next()) {
            item.read(index, path + "[" + index + "]");
            index++;
        }
    }

    /** The error for a key that is not one of {@code keys}. */
    InvalidStateException unknownKey(SourceLocation at, String path, String key, List<String> keys) {
        String valid = String.join(", ", keys);
        String message = Spelling.closest(key, keys)
                .map(s -> "unknown key; did you mean " + s + "? (valid keys here: " + valid + ")")
                .orElse("unknown key (valid keys here: " + valid + ")");
        return error(at, path, message);
    }

    // ---------------------------------------------------------------- errors

    /** An error at the current token. */
    public InvalidStateException error(String path, String message) {
        return error(location(), path, message);
    }

    /** An error at {@code at}; the message is made one line. */
    public InvalidStateException error(SourceLocation at, String path, String message) {
        return Messages.error(at, path, message);
    }

    @Override
    public void close() {
        tokens.close();
    }

    // ---------------------------------------------------------------- names and text

    /** The message on one line: line breaks and the blanks around them become one space. */
    public static String oneLine(String message) {
        return Messages.oneLine(message);
    }
}
