package org.leverage.io;

import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.Deque;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import org.leverage.api.InvalidStateException;
import org.leverage.api.SourceLocation;
import org.leverage.io.StrictParser.Syntax;
import org.leverage.spelling.AsciiCase;
import org.leverage.spelling.UserText;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * The tokens of one document, one at a time, each with its line and column and its dotted path: Jackson's
 * streaming parser, set up once for this package, with every token checked as it is reached and before anything
 * reads it. A YAML anchor, alias or tag (see {@link YamlFeatureGuard}), a mapping or list nested past
 * {@link Limits#MAX_NESTING}, a key or value longer than {@link Limits#MAX_SCALAR_CHARS}, and anything the parser
 * cannot read are {@link InvalidStateException}s at that token. It also says what a token is, by the YAML 1.2
 * core schema where YAML 1.1 and Jackson differ from it. {@link StrictParser} reads typed values from it.
 *
 * <p>Not thread-safe: one stream per document, closed after use.
 */
final class TokenStream implements AutoCloseable {

    /** Jackson's own bounds, one step looser than {@link Limits} so that the reader's located checks come first. */
    private static final StreamReadConstraints CONSTRAINTS = StreamReadConstraints.builder()
            .maxNestingDepth(Limits.MAX_NESTING + 1)
            .maxStringLength(Limits.MAX_DOCUMENT_BYTES)
            .maxNameLength(Limits.MAX_DOCUMENT_BYTES)
            .maxDocumentLength(Limits.MAX_DOCUMENT_BYTES + 1L)
            .build();

    /** Package-private, as {@link #YAML_FACTORY}, only so that LimitsTest can check their bounds. */
    static final JsonFactory JSON_FACTORY = JsonFactory.builder()
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .streamReadConstraints(CONSTRAINTS)
            .build();

    static final YAMLFactory YAML_FACTORY = YAMLFactory.builder()
            .enable(YAMLParser.Feature.EMPTY_STRING_AS_NULL)
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .streamReadConstraints(CONSTRAINTS)
            .loaderOptions(loaderOptions())
            .build();

    private final JsonParser parser;
    private final Document document;
    /** Turns what the parser throws into an error at the line and column it is about. */
    private final SyntaxErrors syntaxErrors;
    /** Refuses YAML's anchors, aliases and tags; null for JSON, which has none. */
    private final YamlFeatureGuard yamlGuard;

    TokenStream(Document document) {
        this.document = document;
        this.syntaxErrors = new SyntaxErrors(document);
        try {
            JsonFactory factory = document.syntax() == Syntax.JSON ? JSON_FACTORY : YAML_FACTORY;
            this.parser = factory.createParser(document.text());
        } catch (IOException e) {
            throw unreadable(e);
        }
        this.yamlGuard = parser instanceof YAMLParser yaml ? new YamlFeatureGuard(yaml, document.text()) : null;
    }

    /** SnakeYAML's own bounds; only the code point limit applies to the events Jackson reads, the rest is spare. */
    private static LoaderOptions loaderOptions() {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(Limits.MAX_DOCUMENT_BYTES + 1);
        options.setNestingDepthLimit(Limits.MAX_NESTING + 1);
        options.setMaxAliasesForCollections(0);
        options.setAllowRecursiveKeys(false);
        options.setTagInspector(tag -> false);
        // Duplicate keys are left to readMapping, whose message names where the key was first given.
        return options;
    }

    /** The document's name, as errors give it. */
    String source() {
        return document.source();
    }

    /**
     * Moves to the next token; {@code null} at the end of the input. A YAML anchor, alias or tag, a mapping or
     * list nested past {@link Limits#MAX_NESTING}, or a key or value longer than {@link Limits#MAX_SCALAR_CHARS}
     * is an error at that token.
     */
    JsonToken next() {
        JsonToken token;
        try {
            token = parser.nextToken();
        } catch (JsonProcessingException e) {
            throw syntaxErrors.of(e);
        } catch (IOException e) {
            throw unreadable(e);
        }
        if (token != null) {
            checkToken(token);
        }
        return token;
    }

    /** Refuses what a state document never needs and a hostile one could use: see {@link #next()}. */
    private void checkToken(JsonToken token) {
        if (yamlGuard != null) {
            String refusal = ask(() -> yamlGuard.refusal(token));
            if (refusal != null) {
                throw error(contextPath(), refusal);
            }
        }
        switch (token) {
            case START_OBJECT, START_ARRAY -> {
                if (depth() > Limits.MAX_NESTING) {
                    throw error(contextPath(), "nested more than " + Limits.MAX_NESTING + " levels deep; a state"
                            + " nests 3");
                }
            }
            case FIELD_NAME, VALUE_STRING, VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                if (textLength() > Limits.MAX_SCALAR_CHARS) {
                    String what = token == JsonToken.FIELD_NAME ? "a key" : "a value";
                    throw error(token == JsonToken.FIELD_NAME ? parentPath() : contextPath(), what + " of "
                            + textLength() + " characters, over the limit of " + Limits.MAX_SCALAR_CHARS);
                }
            }
            default -> {
                // structure ends, booleans and nulls carry nothing to bound
            }
        }
    }

    private int textLength() {
        return ask(parser::getTextLength);
    }

    /** The dotted path of the current token, from Jackson's context: {@code unitedStates.goal}, {@code a[2]}. */
    private String contextPath() {
        JsonStreamContext context = parser.getParsingContext();
        JsonToken t = parser.currentToken();
        if ((t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) && context.getParent() != null) {
            context = context.getParent();
        }
        return pathOf(context);
    }

    /** The path of the mapping the current key is in. */
    private String parentPath() {
        JsonStreamContext context = parser.getParsingContext();
        return context.getParent() == null ? "" : pathOf(context.getParent());
    }

    private static String pathOf(JsonStreamContext context) {
        Deque<String> parts = new ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inObject() && c.getCurrentName() != null) {
                parts.addFirst("." + Messages.keyShown(c.getCurrentName()));
            } else if (c.inArray()) {
                parts.addFirst("[" + Math.max(0, c.getCurrentIndex()) + "]");
            }
        }
        String path = String.join("", parts);
        return path.startsWith(".") ? path.substring(1) : path;
    }

    /** The current token; {@code null} before the first and after the last. */
    JsonToken current() {
        return parser.currentToken();
    }

    /** Where the current token starts (1-based line and column); line 1, column 1 when there is none. */
    SourceLocation location() {
        return syntaxErrors.at(parser.currentToken() == null ? null : parser.currentTokenLocation());
    }

    /** How deep the current token is: 0 at the top, 1 inside the top-level mapping or list, and so on. */
    int depth() {
        return parser.getParsingContext().getNestingDepth();
    }

    /**
     * Checks that nothing follows the document's single value (a JSON document, or one YAML document; empty
     * YAML documents after it are allowed).
     */
    void expectEnd() {
        JsonToken after;
        try {
            after = parser.nextToken();
            while (document.syntax() == Syntax.YAML && after == JsonToken.VALUE_NULL
                    && parser.getText().isEmpty()) {
                after = parser.nextToken();
            }
        } catch (JsonProcessingException e) {
            if (document.syntax() == Syntax.JSON) {
                throw trailingJson(syntaxErrors.at(e.getLocation()));
            }
            throw syntaxErrors.of(e);
        } catch (IOException e) {
            throw unreadable(e);
        }
        if (after == null) {
            return;
        }
        if (document.syntax() == Syntax.JSON) {
            throw trailingJson(location());
        }
        throw Messages.error(location(), "", "(document): a second YAML document starts here; the file must hold"
                + " exactly one (remove the '---' line and what follows it)");
    }

    private InvalidStateException trailingJson(SourceLocation at) {
        return Messages.error(at, "", "(document): trailing content after the JSON document");
    }

    /**
     * After an error, looks further into the mapping at {@code mappingDepth} (see {@link #depth()}) for
     * {@code key}, skipping everything else. Returns true with the cursor on that key's value; false when the
     * mapping ends first or the rest of the document cannot be read.
     */
    boolean seekKey(int mappingDepth, String key) {
        try {
            for (JsonToken t = parser.nextToken(); t != null; t = parser.nextToken()) {
                int depth = depth();
                if (depth < mappingDepth) {
                    return false;
                }
                if (depth == mappingDepth && t == JsonToken.FIELD_NAME && key.equals(parser.currentName())) {
                    return parser.nextToken() != null;
                }
            }
            return false;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** True when the current token is a null (YAML {@code ~}, {@code null} or nothing; JSON {@code null}). */
    boolean isNull() {
        return current() == JsonToken.VALUE_NULL;
    }

    /** True when the current token starts a mapping. */
    boolean isMapping() {
        return current() == JsonToken.START_OBJECT;
    }

    /** True when the current token starts a list. */
    boolean isList() {
        return current() == JsonToken.START_ARRAY;
    }

    /**
     * True when the current token is a string, including the YAML 1.1 booleans ({@code yes}, {@code no},
     * {@code on}, {@code off}), which Jackson reports as booleans but the YAML 1.2 core schema reads as strings.
     */
    boolean isText() {
        JsonToken t = current();
        if (isAlias()) {
            return false;
        }
        return t == JsonToken.VALUE_STRING
                || ((t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE) && !isRealBoolean());
    }

    /** True when the current token is a boolean: JSON true/false, YAML true/false in any case. */
    boolean isBoolean() {
        JsonToken t = current();
        return (t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE) && isRealBoolean();
    }

    /** Whether a boolean token is spelled true or false (any case): YAML 1.2's core schema has no others. */
    private boolean isRealBoolean() {
        String text = text();
        return AsciiCase.equalsIgnoreCase("true", text) || AsciiCase.equalsIgnoreCase("false", text);
    }

    /**
     * What the current token is, for messages: {@code a string "yes"}, {@code a number 3}, {@code the boolean
     * true}, {@code null}, {@code a list}, {@code a mapping}.
     */
    String describe() {
        JsonToken t = current();
        if (t == null) {
            return "nothing";
        }
        if (isAlias()) {
            return "a YAML alias *" + UserText.shown(text()) + " (aliases are not supported; write the value out)";
        }
        return switch (t) {
            case VALUE_STRING -> "a string " + UserText.quoted(text());
            case VALUE_TRUE, VALUE_FALSE -> isRealBoolean() ? "the boolean " + AsciiCase.lower(text())
                    : "a string " + UserText.quoted(text());
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number " + UserText.shown(text());
            case VALUE_NULL -> "null";
            case START_ARRAY -> "a list";
            case START_OBJECT -> "a mapping";
            default -> t.asString() == null ? t.name() : t.asString();
        };
    }

    /** The current token's text as written. */
    String text() {
        try {
            String text = parser.getText();
            return text == null ? "" : text;
        } catch (IOException e) {
            throw Messages.cannotRead(location(), "", Messages.reason(e), e);
        }
    }

    /** The current integer token's value. */
    BigInteger bigInteger() {
        return ask(parser::getBigIntegerValue);
    }

    /** True when the current token is a YAML alias, which only {@link #seekKey} can reach unrefused. */
    private boolean isAlias() {
        return parser instanceof YAMLParser yaml && yaml.isCurrentAlias();
    }

    /** Something Jackson's parser is asked about the current token, which it may fail to answer. */
    @FunctionalInterface
    private interface ParserQuery<T> {
        T ask() throws IOException;
    }

    /** The parser's answer; when it cannot give one, a syntax error at the place it points to. */
    private <T> T ask(ParserQuery<T> query) {
        try {
            return query.ask();
        } catch (IOException e) {
            throw syntaxErrors.of(e);
        }
    }

    /** The error for a failure to read the document's text at all, which a string should never give. */
    private InvalidStateException unreadable(IOException e) {
        return Messages.cannotRead(document.source(), "", Messages.reason(e), e);
    }

    /** An error at the current token. */
    private InvalidStateException error(String path, String message) {
        return Messages.error(location(), path, message);
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            // the parser reads from a string: there is nothing to release that could fail
        }
    }
}
