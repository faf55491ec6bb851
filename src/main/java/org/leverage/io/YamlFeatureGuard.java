package org.leverage.io;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import org.leverage.spelling.UserText;

/**
 * Keeps a YAML document plain data: an anchor ({@code &name}), an alias ({@code *name}) or a tag
 * ({@code !!binary}, {@code !Type}) is refused at the token it is written on. With none of them, nothing in a
 * document is expanded (no alias bomb can multiply it) and no type information is ever read from it; a state or
 * a scenario needs none of them. JSON has no such features and needs no guard.
 *
 * <p>Duplicate keys are not refused here but where a mapping is read, so that the message can name where the key
 * was first given. One guard per document, asked about each token as the cursor reaches it.
 */
final class YamlFeatureGuard {

    /** How SnakeYAML spells the YAML core tags, which a document writes as {@code !!name}. */
    private static final String CORE_TAG_PREFIX = "tag:yaml.org,2002:";

    private final YAMLParser parser;
    private final String content;
    /** Whether the text has an {@code &} at all: only then can a scalar carry an anchor. */
    private final boolean mayHoldAnchors;
    /** The char index of each code point, built the first time it is needed, for text with surrogate pairs. */
    private int[] charIndexOfCodePoint;

    /**
     * @param parser  the parser reading {@code content}
     * @param content the document's text, where the anchors Jackson does not report are looked for
     */
    YamlFeatureGuard(YAMLParser parser, String content) {
        this.parser = parser;
        this.content = content;
        this.mayHoldAnchors = content.indexOf('&') >= 0;
    }

    /**
     * Why the token the parser is on cannot be read, for a message at its path; null when it is plain data.
     *
     * @throws IOException when the parser cannot tell the token's tag or anchor
     */
    String refusal(JsonToken token) throws IOException {
        String tag = parser.getTypeId();
        String anchor = parser.getObjectId();
        if (tag != null) {
            return "a YAML tag " + UserText.shown(shortTag(tag)) + " is not allowed: a state holds plain values"
                    + " only (remove the tag)";
        }
        if (anchor == null && token.isScalarValue()) {
            anchor = scalarAnchor();
        }
        if (anchor != null) {
            return "a YAML anchor &" + UserText.shown(anchor) + " is not allowed: anchors and aliases are not"
                    + " supported (write each value out)";
        }
        if (parser.isCurrentAlias()) {
            String alias = parser.getText();
            return "a YAML alias *" + UserText.shown(alias == null ? "" : alias) + " is not allowed: anchors and"
                    + " aliases are not supported (write the value out)";
        }
        return null;
    }

    /**
     * The anchor a scalar value is written with, or null. Jackson reports anchors on mappings, lists and keys but
     * not on scalar values, so this looks at the text where the token starts (SnakeYAML counts code points).
     */
    private String scalarAnchor() {
        if (!mayHoldAnchors) {
            return null;
        }
        long offset = parser.currentTokenLocation().getCharOffset();
        if (offset < 0 || offset >= content.length()) {
            return null;
        }
        int index = charIndex((int) offset);
        if (index < 0 || index >= content.length() || content.charAt(index) != '&') {
            return null;
        }
        int end = index + 1;
        while (end < content.length() && !Character.isWhitespace(content.charAt(end))
                && ",[]{}".indexOf(content.charAt(end)) < 0) {
            end++;
        }
        return content.substring(index + 1, end);
    }

    private int charIndex(int codePoint) {
        if (charIndexOfCodePoint == null) {
            if (content.codePointCount(0, content.length()) == content.length()) {
                return codePoint;
            }
            charIndexOfCodePoint = new int[content.codePointCount(0, content.length())];
            for (int i = 0, cp = 0; i < content.length(); i += Character.charCount(content.codePointAt(i)), cp++) {
                charIndexOfCodePoint[cp] = i;
            }
        }
        return codePoint < charIndexOfCodePoint.length ? charIndexOfCodePoint[codePoint] : -1;
    }

    /** {@code !!binary} for the YAML core tags, the tag as written otherwise. */
    private static String shortTag(String tag) {
        return tag.startsWith(CORE_TAG_PREFIX) ? "!!" + tag.substring(CORE_TAG_PREFIX.length())
                : tag.startsWith("!") ? tag : "!" + tag;
    }
}
