package org.leverage.io;

import java.io.InputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonToken;
import org.leverage.api.Contradiction;
import org.leverage.api.InvalidStateException;
import org.leverage.api.PolicyState;
import org.leverage.api.SourceLocation;
import org.leverage.api.StateField;
import org.leverage.api.UncertainState;
import org.leverage.spelling.AsciiCase;
import org.leverage.spelling.UserText;

/**
 * Reads a policy state (contract §2) from a YAML or JSON document, strictly: an unknown key, a duplicate key, a
 * wrong type, an unknown value, a future format or a contradiction is an {@link InvalidStateException} that
 * names the file, the line and column of the offending token, the field's path, and what would be valid.
 *
 * <p>Every field has its default, so an empty document, an empty file and {@code {}} all give
 * {@link PolicyState#DEFAULTS}. Enum values may be written in any case and with {@code -} for {@code _};
 * booleans must be real booleans; {@code asOf} is an ISO date ({@code YYYY-MM-DD}) or null; {@code label} a string
 * or null (read as {@code ""}). A field written as null is refused as a wrong type.
 *
 * <p>A document is data, never code: YAML anchors, aliases and tags are refused, no class is named or built from
 * it, and it is read within the {@link Limits} (1 MiB, 32 levels of nesting, 10,000 characters per key or value),
 * checked before it is read whole. Whatever the input, the only exception these methods throw is
 * {@link InvalidStateException}, with a location: a file-level problem (missing, unreadable, too large) at line 0,
 * anything in the text at its line and column.
 *
 * <pre>{@code
 * PolicyState state = StateReader.read(Path.of("today.yaml"));
 * }</pre>
 */
public final class StateReader {

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final String SECTIONS = "a mapping of the state's sections";
    private static final List<String> SCENARIO_KEYS = List.of("name", "given", "expect");

    private StateReader() {
    }

    /**
     * Reads a state file: {@code .yaml}/{@code .yml} as YAML, {@code .json} as JSON, any other name by its
     * content.
     *
     * @throws InvalidStateException when the file cannot be read or is over {@link Limits#MAX_DOCUMENT_BYTES}
     *                               (at line 0), or does not hold a valid state (at the offending token)
     */
    public static PolicyState read(Path file) {
        try (StrictParser parser = StrictParser.open(file, "state file")) {
            return readDocument(parser);
        }
    }

    /**
     * Reads a state from text: JSON when its first character that is not blank is <code>{</code>, else YAML.
     *
     * @param sourceName the name errors give for the text, e.g. a file name or {@code <stdin>}
     * @throws InvalidStateException when the text is too long or does not hold a valid state
     */
    public static PolicyState read(String content, String sourceName) {
        try (StrictParser parser = StrictParser.open(content, sourceName)) {
            return readDocument(parser);
        }
    }

    /**
     * Reads a state from a stream (UTF-8, to its end; the stream is not closed), telling JSON from YAML by the
     * content.
     *
     * @param sourceName the name errors give for the stream; the CLI passes {@code <stdin>}
     * @throws InvalidStateException when the stream cannot be read, runs past {@link Limits#MAX_DOCUMENT_BYTES}
     *                               (it is then left unread), is not UTF-8, or does not hold a valid state
     */
    public static PolicyState read(InputStream in, String sourceName) {
        try (StrictParser parser = StrictParser.open(in, sourceName, "state")) {
            return readDocument(parser);
        }
    }

    /**
     * Reads a state from a document already read ({@link DocumentText}), from memory; the same text may then be
     * read as a scenario, without reading its file or stream again.
     *
     * @throws InvalidStateException when the text does not hold a valid state
     */
    public static PolicyState read(DocumentText text) {
        try (StrictParser parser = StrictParser.open(text)) {
            return readDocument(parser);
        }
    }

    /**
     * Reads an uncertain state file: a state in which any field of a section may hold a mapping of its values to
     * their chances (see {@link UncertainState#read(Path)}).
     *
     * @throws InvalidStateException as {@link #read(Path)}, and for a distribution that is wrong
     */
    public static UncertainState readUncertain(Path file) {
        try (StrictParser parser = StrictParser.open(file, "state file")) {
            return readUncertainDocument(parser);
        }
    }

    /** As {@link #readUncertain(Path)}, from text. */
    public static UncertainState readUncertain(String content, String sourceName) {
        try (StrictParser parser = StrictParser.open(content, sourceName)) {
            return readUncertainDocument(parser);
        }
    }

    /** As {@link #readUncertain(Path)}, from a stream (not closed). */
    public static UncertainState readUncertain(InputStream in, String sourceName) {
        try (StrictParser parser = StrictParser.open(in, sourceName, "state")) {
            return readUncertainDocument(parser);
        }
    }

    /** As {@link #readUncertain(Path)}, from a document already read. */
    public static UncertainState readUncertain(DocumentText text) {
        try (StrictParser parser = StrictParser.open(text)) {
            return readUncertainDocument(parser);
        }
    }

    /**
     * Reads a state embedded in a larger document, such as a scenario's {@code given}. The cursor is on the
     * state's value (a mapping, or null or absent for the defaults) and ends on its last token. Errors carry
     * {@code path} before the field's path (e.g. {@code given.unitedStates.goal}); contradictions are checked.
     *
     * @throws InvalidStateException when the state is not valid
     */
    public static PolicyState readEmbedded(StrictParser parser, String path) {
        Reading reading = readState(parser, path, null);
        check(reading, parser.source());
        return reading.state();
    }

    private static PolicyState readDocument(StrictParser parser) {
        parser.next();
        Reading reading = readState(parser, "", null);
        parser.expectEnd();
        check(reading, parser.source());
        return reading.state();
    }

    private static UncertainState readUncertainDocument(StrictParser parser) {
        parser.next();
        Map<StateField, Map<Object, Double>> distributions = new LinkedHashMap<>();
        Reading reading = readState(parser, "", distributions);
        parser.expectEnd();
        // Only a contradiction between certain facts is the document's mistake; one that involves an uncertain
        // field rules out the combinations that hold it, which the odds count apart.
        Set<String> uncertain = new HashSet<>();
        distributions.keySet().forEach(f -> uncertain.add(f.path()));
        List<Contradiction> certain = reading.state().contradictions().stream()
                .filter(c -> !uncertain.contains(c.field()) && !uncertain.contains(c.conflicting()))
                .toList();
        check(reading, certain, parser.source());
        return new UncertainState(reading.state(), distributions);
    }

    /**
     * A state as read, with where each field was written.
     *
     * @param written the location of each field's value, by the field's path within the state
     */
    private record Reading(PolicyState state, String base, Map<String, SourceLocation> written) {
    }

    /** @param distributions where a field's distribution goes; null when the state must be certain */
    private static Reading readState(StrictParser parser, String base,
                                     Map<StateField, Map<Object, Double>> distributions) {
        if (parser.current() == null || parser.isNull()) {
            return new Reading(PolicyState.DEFAULTS, base, Map.of());
        }
        if (!parser.isMapping()) {
            throw base.isEmpty()
                    ? parser.error("", "(document): expected " + SECTIONS + ", found " + parser.describe())
                    : parser.error(base, "expected " + SECTIONS + ", found " + parser.describe());
        }
        int depth = parser.depth();
        PolicyState.Builder builder = PolicyState.builder();
        Map<String, SourceLocation> written = new HashMap<>();
        boolean[] formatRead = {false};
        try {
            readSection(parser, Schema.ROOT, base, builder, written, formatRead, distributions);
        } catch (InvalidStateException e) {
            // A newer format explains unknown keys and values better than they explain themselves.
            if (!formatRead[0] && parser.seekKey(depth, Schema.FORMAT)) {
                readFormat(parser, Messages.join(base, Schema.FORMAT));
            }
            throw e;
        }
        return new Reading(builder.build(), base, Map.copyOf(written));
    }

    private static void readSection(StrictParser parser, Schema.Section section, String base,
                                    PolicyState.Builder builder, Map<String, SourceLocation> written,
                                    boolean[] formatRead, Map<StateField, Map<Object, Double>> distributions) {
        String path = Messages.join(base, section.path());
        String what = section.path().isEmpty() ? SECTIONS : fieldsOf(section);
        parser.readMapping(path, what, (key, keyPath, keyAt) -> {
            if (!section.keys().contains(key)) {
                if (section.path().isEmpty() && SCENARIO_KEYS.contains(key)) {
                    throw parser.error(keyAt, keyPath, "unknown key; this looks like a scenario file (name, given,"
                            + " expect), not a state: a state holds only what a scenario's given holds (valid keys"
                            + " here: " + String.join(", ", section.keys()) + ")");
                }
                throw parser.unknownKey(keyAt, keyPath, key, section.keys());
            }
            String relative = Messages.join(section.path(), key);
            StateField field = section.leaves().get(key);
            Schema.Section nested = section.sections().get(key);
            if (field != null && parser.isMapping()) {
                if (distributions == null) {
                    throw parser.error(keyPath, "expected " + valuesOf(field) + ", found a mapping; a mapping of"
                            + " values to their chances is an uncertain state, which `leverage odds` reads");
                }
                written.put(relative, parser.location());
                distributions.put(field, readDistribution(parser, field, keyPath));
            } else if (field != null) {
                written.put(relative, parser.location());
                Object value = field.type() == Boolean.class
                        ? parser.readBoolean(keyPath)
                        : parser.readConstant(keyPath, field.type(), "value");
                field.set(builder, value);
            } else if (nested != null) {
                if (!parser.isMapping()) {
                    throw parser.error(keyPath, "expected " + fieldsOf(nested) + ", found " + parser.describe()
                            + (parser.isNull() ? " (write {} to keep every default)" : ""));
                }
                readSection(parser, nested, base, builder, written, formatRead, distributions);
            } else {
                written.put(relative, parser.location());
                if (distributions != null && parser.isMapping()) {
                    throw parser.error(keyPath, "only the fields of the state's sections can be uncertain, not "
                            + key + "; give it one value");
                }
                switch (key) {
                    case Schema.FORMAT -> {
                        formatRead[0] = true;
                        builder.format(readFormat(parser, keyPath));
                    }
                    case Schema.LABEL -> {
                        String label = parser.readString(keyPath, true);
                        builder.label(label == null ? "" : label);
                    }
                    case Schema.AS_OF -> builder.asOf(readDate(parser, keyPath));
                    default -> throw new IllegalStateException("no reader for key " + keyPath);
                }
            }
        });
    }

    private static String valuesOf(StateField field) {
        return field.type() == Boolean.class ? "true or false"
                : "one of " + String.join(", ", EnumNames.of(field.type()));
    }

    /**
     * A field's distribution: a mapping of its values (as the field's values are written) to their chances,
     * numbers from 0 to 1 that sum to 1 within {@link UncertainState#TOLERANCE}. The cursor is on the mapping.
     */
    private static Map<Object, Double> readDistribution(StrictParser parser, StateField field, String path) {
        SourceLocation at = parser.location();
        Map<Object, Double> chances = new LinkedHashMap<>();
        Map<Object, SourceLocation> where = new HashMap<>();
        parser.readMapping(path, "a mapping of values to chances", (key, keyPath, keyAt) -> {
            Object value;
            if (field.type() == Boolean.class) {
                if (!AsciiCase.equalsIgnoreCase(key, "true") && !AsciiCase.equalsIgnoreCase(key, "false")) {
                    throw parser.error(keyAt, keyPath, "unknown value " + UserText.quoted(key)
                            + "; expected true or false");
                }
                value = AsciiCase.equalsIgnoreCase(key, "true");
            } else {
                value = parser.constant(field.type(), key, keyAt, keyPath, "value");
            }
            SourceLocation first = where.putIfAbsent(value, keyAt);
            if (first != null) {
                throw parser.error(keyAt, keyPath, value + " is given twice; first at line " + first.line()
                        + ", column " + first.column());
            }
            if (parser.current() != JsonToken.VALUE_NUMBER_INT && parser.current() != JsonToken.VALUE_NUMBER_FLOAT) {
                throw parser.error(keyPath, "expected a chance, a number from 0 to 1, found " + parser.describe());
            }
            BigDecimal chance;
            try {
                chance = new BigDecimal(parser.text());
            } catch (NumberFormatException e) {
                throw parser.error(keyPath, "expected a chance, a number from 0 to 1, found " + parser.describe());
            }
            if (chance.signum() < 0 || chance.compareTo(BigDecimal.ONE) > 0) {
                throw parser.error(keyPath, "a chance must be from 0 to 1, was " + UserText.shown(parser.text()));
            }
            chances.put(value, chance.doubleValue());
        });
        if (chances.isEmpty()) {
            throw parser.error(at, path, "an empty distribution; give each value its chance, e.g. {"
                    + field.choices().get(0) + ": 0.5, " + field.choices().get(1) + ": 0.5}");
        }
        double sum = chances.values().stream().mapToDouble(Double::doubleValue).sum();
        if (Math.abs(sum - 1) > UncertainState.TOLERANCE) {
            throw parser.error(at, path, "the chances sum to " + BigDecimal.valueOf(sum).round(
                    new java.math.MathContext(6)).stripTrailingZeros().toPlainString() + ", not 1 (within "
                    + UncertainState.TOLERANCE + ")");
        }
        return chances;
    }

    private static String fieldsOf(Schema.Section section) {
        return "a mapping of its fields (" + String.join(", ", section.keys()) + ")";
    }

    private static int readFormat(StrictParser parser, String path) {
        BigInteger understood = BigInteger.valueOf(PolicyState.FORMAT);
        if (parser.current() == JsonToken.VALUE_NUMBER_INT) {
            BigInteger format = parser.bigInteger();
            if (format.equals(understood)) {
                return PolicyState.FORMAT;
            }
            if (format.compareTo(understood) > 0) {
                throw parser.error(path, "format " + UserText.shown(format.toString()) + " is newer than this"
                        + " Leverage understands (" + PolicyState.FORMAT + ")");
            }
            throw parser.error(path, "unknown format " + UserText.shown(format.toString()) + "; expected "
                    + PolicyState.FORMAT);
        }
        throw parser.error(path, "expected the format number " + PolicyState.FORMAT + ", found "
                + parser.describe());
    }

    private static LocalDate readDate(StrictParser parser, String path) {
        if (parser.isNull()) {
            return null;
        }
        if (parser.isText() && ISO_DATE.matcher(parser.text()).matches()) {
            try {
                return LocalDate.parse(parser.text());
            } catch (DateTimeParseException e) {
                throw parser.error(path, "not a valid date " + UserText.quoted(parser.text())
                        + "; expected an ISO date YYYY-MM-DD, e.g. 2017-03-29");
            }
        }
        throw parser.error(path, "expected an ISO date YYYY-MM-DD (e.g. 2017-03-29) or null, found "
                + parser.describe());
    }

    private static void check(Reading reading, String source) {
        check(reading, reading.state().contradictions(), source);
    }

    private static void check(Reading reading, List<Contradiction> contradictions, String source) {
        if (contradictions.isEmpty()) {
            return;
        }
        Contradiction first = contradictions.get(0);
        SourceLocation at = reading.written().get(first.field());
        if (at == null) {
            at = reading.written().get(first.conflicting());
        }
        if (at == null) {
            at = new SourceLocation(source, 1, 1);
        }
        throw Messages.error(at, Messages.join(reading.base(), first.field()), first.problem());
    }
}
