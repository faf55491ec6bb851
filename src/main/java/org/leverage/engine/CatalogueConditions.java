package org.leverage.engine;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.leverage.api.Level;
import org.leverage.api.StateField;
import org.leverage.spelling.AsciiCase;

/**
 * Reads the parts of a catalogue entry that look at the state: a summary's {@code variants} with their
 * {@code when}, and a concern's {@code answeredBy} with {@code whileRaised}. Strict like the rest of the file: a
 * field path or a value that does not exist is a rule-file error at its key, with the valid choices.
 */
final class CatalogueConditions {

    private static final String LEVEL = "level";
    private static final List<String> ANSWER_KEYS = List.of("id", "whileRaised");

    private CatalogueConditions() {
    }

    static List<Variant> variants(CatalogueFiles.Located file, List<String> entry,
                                  List<CatalogueFiles.VariantDeclaration> declared, boolean levelAllowed) {
        if (declared == null) {
            return List.of();
        }
        List<String> at = with(entry, "variants");
        List<Variant> variants = new ArrayList<>();
        for (CatalogueFiles.VariantDeclaration variant : declared) {
            if (variant == null || variant.summary() == null) {
                throw file.problem(at, "each variant needs a summary");
            }
            if (variant.when() == null || variant.when().isEmpty()) {
                throw file.problem(at, "each variant needs a `when` naming at least one state field");
            }
            Map<StateField, Set<String>> fields = new LinkedHashMap<>();
            Set<Level> levels = EnumSet.noneOf(Level.class);
            for (Map.Entry<String, JsonNode> condition : variant.when().entrySet()) {
                List<String> key = with(with(at, "when"), condition.getKey());
                if (levelAllowed && LEVEL.equals(condition.getKey())) {
                    for (String value : values(file, key, condition.getValue())) {
                        levels.add(Level.valueOf(oneOf(file, key, value, names(Level.values()))));
                    }
                    continue;
                }
                StateField field = StateField.byPath(condition.getKey()).orElseThrow(() -> file.problem(key,
                        "no such state field" + CatalogueErrors.didYouMean(condition.getKey(), paths(levelAllowed))
                                + " (valid: " + String.join(", ", paths(levelAllowed)) + ")"));
                List<String> choices = field.choices().stream()
                        .map(c -> c instanceof Enum<?> constant ? constant.name() : String.valueOf(c)).toList();
                Set<String> allowed = new LinkedHashSet<>();
                for (String value : values(file, key, condition.getValue())) {
                    allowed.add(oneOf(file, key, value, choices));
                }
                fields.put(field, allowed);
            }
            variants.add(new Variant(fields, levels, variant.summary(),
                    variant.sources() == null ? List.of() : variant.sources()));
        }
        return variants;
    }

    static List<AnsweredBy> answeredBy(CatalogueFiles.Located file, List<String> at, List<JsonNode> declared) {
        if (declared == null) {
            return List.of();
        }
        List<AnsweredBy> answers = new ArrayList<>();
        for (JsonNode item : declared) {
            if (item != null && item.isTextual()) {
                answers.add(new AnsweredBy(item.asText(), Set.of()));
            } else if (item != null && item.isObject() && item.path("id").isTextual()) {
                Set<String> whileRaised = new LinkedHashSet<>();
                item.path("whileRaised").forEach(id -> whileRaised.add(id.asText()));
                List<String> unknown = new ArrayList<>();
                item.fieldNames().forEachRemaining(k -> {
                    if (!ANSWER_KEYS.contains(k)) {
                        unknown.add(k);
                    }
                });
                if (!unknown.isEmpty()) {
                    throw file.problem(with(at, unknown.get(0)), "unknown key"
                            + CatalogueErrors.didYouMean(unknown.get(0), ANSWER_KEYS) + " (valid keys here: "
                            + String.join(", ", ANSWER_KEYS) + ")");
                }
                answers.add(new AnsweredBy(item.path("id").asText(), whileRaised));
            } else {
                throw file.problem(at, "each entry is a recommendation id, or {id: ID, whileRaised: [CONCERN, ...]}");
            }
        }
        return answers;
    }

    private static List<String> values(CatalogueFiles.Located file, List<String> key, JsonNode node) {
        List<String> values = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(v -> values.add(v.asText()));
        } else if (node.isValueNode() && !node.isNull()) {
            values.add(node.asText());
        }
        if (values.isEmpty()) {
            throw file.problem(key, "give a value, or a list of values any of which will do");
        }
        return values;
    }

    /** The value as the state writes it (enum names in any case, with - for _), or an error with the choices. */
    private static String oneOf(CatalogueFiles.Located file, List<String> key, String value, List<String> choices) {
        // ASCII letters only: a look-alike (ſevered for SEVERED) is an unknown value, as in a state file.
        String folded = AsciiCase.upper(value).replace('-', '_');
        for (String choice : choices) {
            if (AsciiCase.upper(choice).equals(folded)) {
                return choice;
            }
        }
        throw file.problem(key, CatalogueErrors.unknownValue(value, choices));
    }

    private static List<String> paths(boolean levelAllowed) {
        Stream<String> paths = Arrays.stream(StateField.values()).map(StateField::path);
        return (levelAllowed ? Stream.concat(paths, Stream.of(LEVEL)) : paths).toList();
    }

    private static List<String> names(Enum<?>[] constants) {
        return Arrays.stream(constants).map(Enum::name).toList();
    }

    private static List<String> with(List<String> path, String key) {
        List<String> longer = new ArrayList<>(path);
        longer.add(key);
        return List.copyOf(longer);
    }
}
