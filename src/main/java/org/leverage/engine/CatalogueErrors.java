package org.leverage.engine;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.leverage.api.RuleException;
import org.leverage.spelling.Spelling;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * What Jackson says of a {@code catalogue.yaml} it cannot read, in the words the rest of the catalogue's errors
 * use, at the key a reader of the file would look at: {@code recommendations.X.phase: unknown value "ENLIST_BEIJNG";
 * expected one of NONE, ENGAGE_PYONGYANG, ENLIST_BEIJING (did you mean ENLIST_BEIJING?)}.
 */
final class CatalogueErrors {

    private CatalogueErrors() {
    }

    /** The rule-file error for what Jackson threw while reading the catalogue {@code file}. */
    static RuleException of(CatalogueFiles.Located file, JsonProcessingException e) {
        MarkedYAMLException syntax = cause(e, MarkedYAMLException.class);
        if (syntax != null && syntax.getProblemMark() != null) {
            Mark problem = syntax.getProblemMark();
            String detail = syntax.getProblem();
            if (syntax.getContext() != null && syntax.getContextMark() != null) {
                detail += " (" + syntax.getContext() + " at line " + (syntax.getContextMark().getLine() + 1)
                        + ", column " + (syntax.getContextMark().getColumn() + 1) + ")";
            }
            return CatalogueFiles.problem(file.name(), problem.getLine() + 1, problem.getColumn() + 1,
                    "invalid YAML: " + oneLine(detail), e);
        }
        StreamReadException read = cause(e, StreamReadException.class);
        if (read != null && read.getOriginalMessage().startsWith("Duplicate field") && read.getProcessor() != null) {
            return duplicate(file, read.getProcessor(), e);
        }
        if (!(e instanceof JsonMappingException mapping)) {
            JsonLocation where = e.getLocation();
            return CatalogueFiles.problem(file.name(), where == null ? 0 : where.getLineNr(),
                    where == null ? 0 : where.getColumnNr(), "invalid YAML: " + oneLine(e.getOriginalMessage()), e);
        }
        List<String> path = names(mapping.getPath());
        String problem;
        if (e instanceof UnrecognizedPropertyException unknown) {
            List<String> keys = keys(unknown);
            problem = "unknown key" + didYouMean(unknown.getPropertyName(), keys) + " (valid keys here: "
                    + String.join(", ", keys) + ")";
        } else if (e instanceof InvalidFormatException invalid && invalid.getTargetType() != null
                && invalid.getTargetType().isEnum()) {
            List<String> values = Arrays.stream(invalid.getTargetType().getEnumConstants())
                    .map(c -> ((Enum<?>) c).name()).toList();
            problem = unknownValue(String.valueOf(invalid.getValue()), values);
        } else if (e instanceof MismatchedInputException mismatched && mismatched.getTargetType() != null) {
            problem = "expected " + shape(mismatched.getTargetType());
        } else {
            problem = oneLine(e.getOriginalMessage()).replaceFirst(" \\(class .*$", "");
        }
        JsonLocation where = locate(file.text(), path).orElse(e.getLocation());
        return CatalogueFiles.problem(file.name(), where == null ? 0 : where.getLineNr(),
                where == null ? 0 : where.getColumnNr(), path.isEmpty() ? problem : String.join(".", path) + ": "
                        + problem, e);
    }

    /** {@code unknown value "SMAL"; expected one of SMALL, MODERATE, LARGE (did you mean SMALL?)}. */
    static String unknownValue(String value, List<String> choices) {
        return "unknown value \"" + value + "\"; expected one of " + String.join(", ", choices)
                + didYouMean(value, choices);
    }

    /** {@code " (did you mean X?)"} when a choice is close to what was written, else nothing. */
    static String didYouMean(String written, Collection<String> choices) {
        return Spelling.closest(written, choices).map(c -> " (did you mean " + c + "?)").orElse("");
    }

    /** The same key twice in one mapping: YAML would keep the second silently, dropping the first's words. */
    private static RuleException duplicate(CatalogueFiles.Located file, JsonParser parser, Throwable cause) {
        List<String> path = new ArrayList<>(List.of(parser.getParsingContext().pathAsPointer().toString()
                .substring(1).split("/")));
        path.removeIf(String::isEmpty);
        JsonLocation second = parser.currentTokenLocation();
        int line = second == null ? 0 : second.getLineNr();
        String key = path.isEmpty() ? "" : path.get(path.size() - 1);
        String[] lines = file.text().split("\\R", -1);
        int column = line >= 1 && line <= lines.length ? lines[line - 1].indexOf(key) + 1 : 0;
        String firstAt = locate(file.text(), path).map(l -> " (first at line " + l.getLineNr() + ")").orElse("");
        return CatalogueFiles.problem(file.name(), line, column, String.join(".", path)
                + ": declared twice in this file" + firstAt + "; keep one", cause);
    }

    /** The keys the mapping takes, in the order a declaration lists them (Jackson's own set has no order). */
    private static List<String> keys(UnrecognizedPropertyException unknown) {
        Class<?> declaration = unknown.getReferringClass();
        if (declaration != null && declaration.isRecord()) {
            return Arrays.stream(declaration.getRecordComponents()).map(c -> c.getName()).toList();
        }
        return unknown.getKnownPropertyIds().stream().map(String::valueOf).sorted().toList();
    }

    /** What a value of this type is written as, for "expected ...". */
    private static String shape(Class<?> type) {
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list, e.g. [A, B]";
        }
        if (type == String.class) {
            return "a text";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        return "a mapping of keys to values";
    }

    private static List<String> names(List<JsonMappingException.Reference> path) {
        List<String> names = path.stream().map(JsonMappingException.Reference::getFieldName).toList();
        return names.contains(null) ? names.stream().filter(Objects::nonNull).toList() : names;
    }

    /**
     * Where the key at this path is written: Jackson reports a record's problems at the record's end, after
     * reading it whole, so find the key again by walking the file's tokens.
     */
    static Optional<JsonLocation> locate(String text, List<String> wanted) {
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        try (JsonParser parser = CatalogueFiles.yamlFactory().createParser(text)) {
            ArrayDeque<String> at = new ArrayDeque<>();
            String pending = null;
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                switch (token) {
                    case FIELD_NAME -> {
                        pending = parser.currentName();
                        List<String> here = new ArrayList<>(at);
                        Collections.reverse(here);
                        here.removeIf(String::isEmpty);
                        here.add(pending);
                        if (here.equals(wanted)) {
                            return Optional.of(parser.currentTokenLocation());
                        }
                    }
                    case START_OBJECT, START_ARRAY -> {
                        at.push(pending == null ? "" : pending);
                        pending = null;
                    }
                    case END_OBJECT, END_ARRAY -> {
                        if (!at.isEmpty()) {
                            at.pop();
                        }
                    }
                    default -> pending = null;
                }
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").trim();
    }

    /** The first of {@code e} and its causes that is a {@code type}: Jackson wraps SnakeYAML's exceptions. */
    private static <T extends Throwable> T cause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
