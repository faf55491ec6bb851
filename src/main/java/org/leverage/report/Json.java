package org.leverage.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;

/**
 * The one JSON writer of every renderer: a tree built from {@link #object()} or {@link #array()}, written in a
 * fixed layout with {@code "\n"} line endings on every platform and a trailing newline, characters outside ASCII
 * (such as {@code ¶} or {@code →}) written as themselves, not escaped; the caller writes the string out as UTF-8.
 * The same tree always gives the same string. Immutable and thread-safe: each write gets a fresh pretty printer.
 */
final class Json {

    /** How a tree is laid out. */
    enum Layout {
        /**
         * DOMAIN §7's layout, of the assessment, diff and sweep: two-space indent, one value per line,
         * {@code "name": value}, empty arrays and objects as {@code []} and {@code {}}.
         */
        ONE_VALUE_PER_LINE,
        /**
         * The layout explain, compare and rules have always written (Jackson's default pretty printer), kept so
         * that their output does not change: two-space indent, {@code "name" : value}, an array's values on one
         * line ({@code [ "¶8", "¶9" ]}), empty arrays and objects as {@code [ ]} and {@code { }}.
         */
        SPACED
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static final ObjectWriter ONE_VALUE_PER_LINE = MAPPER.writer(new DefaultPrettyPrinter(
            Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                    .withObjectEntrySpacing(Separators.Spacing.NONE)
                    .withArrayValueSpacing(Separators.Spacing.NONE)
                    .withObjectEmptySeparator("")
                    .withArrayEmptySeparator(""))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    private static final ObjectWriter SPACED = MAPPER.writer(new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n")));

    private Json() {
    }

    /** A new JSON object to fill in and {@link #write(JsonNode) write}. */
    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /** A new JSON array to fill in and {@link #write(JsonNode, Layout) write}. */
    static ArrayNode array() {
        return MAPPER.createArrayNode();
    }

    /** The tree in {@link Layout#ONE_VALUE_PER_LINE}. */
    static String write(JsonNode tree) {
        return write(tree, Layout.ONE_VALUE_PER_LINE);
    }

    /** The tree in this layout, with a trailing newline. */
    static String write(JsonNode tree, Layout layout) {
        try {
            return (layout == Layout.SPACED ? SPACED : ONE_VALUE_PER_LINE).writeValueAsString(tree) + "\n";
        } catch (JsonProcessingException e) {
            // A tree of strings, numbers and booleans always serialises; this would be a Jackson bug.
            throw new UncheckedIOException("could not write JSON", e);
        }
    }
}
