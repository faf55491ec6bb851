package org.leverage.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.leverage.PrintedSchema;
import org.leverage.api.InvalidStateException;
import org.leverage.api.PolicyState;
import org.leverage.api.StateField;
import org.leverage.spelling.AsciiCase;

/**
 * The schema {@code leverage schema} prints against the reader, over generated JSON documents: a sparse state with
 * its values spelt in any case and with {@code -} for {@code _} is accepted by both (the reader refusing only a
 * contradiction, which the schema leaves to it); one unknown or misspelt key, bad enum value, wrong type, bad
 * section, date, format or label anywhere is refused by both. Each try is one seed; a failure names its document.
 */
class StateSchemaPropertiesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> SECTIONS = sections();

    /** What one mutation breaks. */
    enum Breakage { UNKNOWN_KEY, MISSPELT_KEY, BAD_ENUM_VALUE, WRONG_TYPE, BAD_SECTION, BAD_DATE, BAD_FORMAT, BAD_LABEL }

    @Property(tries = 300)
    void aSparseStateInAnySpellingIsAcceptedByTheSchema_andByTheReaderUnlessItContradictsItself(
            @ForAll long seed) {
        Random random = new Random(seed);
        PolicyState.Builder builder = PolicyState.builder();
        String json = sparseState(random, builder).toString();

        assertThat(PrintedSchema.errors(json)).as(json).isEmpty();
        InvalidStateException refused = catchThrowableOfType(InvalidStateException.class,
                () -> PolicyState.parse(json, "state.json"));
        assertThat(refused == null).as("the reader reads %s (%s)", json, refused)
                .isEqualTo(builder.build().contradictions().isEmpty());
    }

    @Property(tries = 400)
    void oneBreakageAnywhereIsRefusedByTheReaderAndByTheSchema(@ForAll long seed, @ForAll Breakage breakage) {
        Random random = new Random(seed);
        ObjectNode state = sparseState(random, PolicyState.builder());
        mutate(state, breakage, random);
        String json = state.toString();

        assertThat(catchThrowableOfType(InvalidStateException.class, () -> PolicyState.parse(json, "state.json")))
                .as("the reader refuses %s", json).isNotNull();
        assertThat(PrintedSchema.errors(json)).as("the schema refuses %s", json).isNotEmpty();
    }

    /** A state of some fields, the rest left to their defaults, each value spelt at random; set on builder too. */
    private static ObjectNode sparseState(Random random, PolicyState.Builder builder) {
        ObjectNode root = JSON.createObjectNode();
        if (random.nextInt(4) == 0) {
            root.put("format", PolicyState.FORMAT);
        }
        if (random.nextInt(3) == 0) {
            root.put("label", "case " + random.nextInt(100));
        }
        if (random.nextInt(3) == 0) {
            root.put("asOf", "20" + (10 + random.nextInt(20)) + "-0" + (1 + random.nextInt(9)) + "-1"
                    + random.nextInt(10));
        }
        for (StateField field : StateField.values()) {
            if (random.nextInt(3) == 0) {
                continue;
            }
            Object value = field.choices().get(random.nextInt(field.choices().size()));
            field.set(builder, value);
            ObjectNode section = section(root, field.path());
            if (value instanceof Boolean b) {
                section.put(field.key(), b);
            } else {
                section.put(field.key(), anySpelling(((Enum<?>) value).name(), random));
            }
        }
        return root;
    }

    private static void mutate(ObjectNode root, Breakage breakage, Random random) {
        StateField field = StateField.values()[random.nextInt(StateField.values().length)];
        switch (breakage) {
            case UNKNOWN_KEY -> {
                String path = SECTIONS.get(random.nextInt(SECTIONS.size()));
                ObjectNode section = path.isEmpty() ? root : section(root, path + ".x");
                section.put("x" + Long.toString(random.nextLong() & Long.MAX_VALUE, 36), true);
            }
            case MISSPELT_KEY -> section(root, field.path()).set(misspelt(field.key(), random),
                    JSON.valueToTree(field.type() == Boolean.class ? true : field.choices().get(0).toString()));
            case BAD_ENUM_VALUE -> {
                StateField enumField = field.type() == Boolean.class ? StateField.STABILITY : field;
                section(root, enumField.path()).put(enumField.key(), badValue(enumField, random));
            }
            case WRONG_TYPE -> {
                ObjectNode section = section(root, field.path());
                switch (random.nextInt(5)) {
                    case 0 -> section.put(field.key(), random.nextInt(3));
                    case 1 -> section.putNull(field.key());
                    case 2 -> section.putArray(field.key()).add(field.choices().get(0).toString());
                    case 3 -> section.putObject(field.key());
                    default -> {
                        if (field.type() == Boolean.class) {
                            section.put(field.key(), random.nextBoolean() ? "true" : "false");
                        } else {
                            section.put(field.key(), random.nextBoolean());
                        }
                    }
                }
            }
            case BAD_SECTION -> {
                String path = SECTIONS.get(1 + random.nextInt(SECTIONS.size() - 1));
                ObjectNode parent = path.contains(".") ? section(root, path) : root;
                String key = path.substring(path.lastIndexOf('.') + 1);
                switch (random.nextInt(4)) {
                    case 0 -> parent.putNull(key);
                    case 1 -> parent.putArray(key);
                    case 2 -> parent.put(key, "none");
                    default -> parent.put(key, 0);
                }
            }
            case BAD_DATE -> root.set("asOf", JSON.valueToTree(List.of("2017-3-29", "29 March 2017", "2017-02-30",
                    "2017-13-01", "2017-03-29T10:00", "", 20170329, true).get(random.nextInt(8))));
            case BAD_FORMAT -> root.set("format", JSON.valueToTree(List.of(0, 2, 99, "1", true, -1)
                    .get(random.nextInt(6))));
            case BAD_LABEL -> {
                switch (random.nextInt(4)) {
                    case 0 -> root.put("label", random.nextInt());
                    case 1 -> root.put("label", random.nextBoolean());
                    case 2 -> root.putArray("label").add("x");
                    default -> root.putObject("label");
                }
            }
            default -> throw new IllegalStateException(breakage.name());
        }
    }

    /** The mapping that holds the field at {@code path}, made on the way if absent. */
    private static ObjectNode section(ObjectNode root, String path) {
        ObjectNode node = root;
        String[] keys = path.split("\\.");
        for (int i = 0; i < keys.length - 1; i++) {
            JsonNode next = node.get(keys[i]);
            node = next instanceof ObjectNode object ? object : node.putObject(keys[i]);
        }
        return node;
    }

    private static String anySpelling(String name, Random random) {
        StringBuilder written = new StringBuilder();
        for (char c : name.toCharArray()) {
            written.append(c == '_' ? (random.nextBoolean() ? '-' : '_')
                    : random.nextBoolean() ? c : Character.toLowerCase(c));
        }
        return written.toString();
    }

    /** A key one edit away from {@code key} (a letter dropped, doubled or changed), never {@code key} itself. */
    private static String misspelt(String key, Random random) {
        int at = random.nextInt(key.length());
        return switch (random.nextInt(3)) {
            case 0 -> key.substring(0, at) + key.substring(at + 1);
            case 1 -> key.substring(0, at + 1) + key.charAt(at) + key.substring(at + 1);
            default -> key.substring(0, at) + (key.charAt(at) == 'q' ? 'z' : 'q') + key.substring(at + 1);
        };
    }

    /**
     * A string the reader takes for none of the field's values: a name cut short, padded, misspelt, random, or
     * written with look-alike letters (a long s, a dotless i), which Java's own case folding would read as the name.
     */
    private static String badValue(StateField field, Random random) {
        String name = ((Enum<?>) field.choices().get(random.nextInt(field.choices().size()))).name();
        String bad = switch (random.nextInt(6)) {
            case 0 -> name.substring(0, name.length() - 1);
            case 1 -> name + "S";
            case 2 -> " " + name;
            case 3 -> name.replace('_', ' ');
            case 4 -> name.toLowerCase(Locale.ROOT).replace('s', 'ſ').replace('i', 'ı');
            default -> Long.toString(random.nextLong() & Long.MAX_VALUE, 36);
        };
        boolean named = field.choices().stream()
                .anyMatch(c -> ((Enum<?>) c).name().equals(AsciiCase.upper(bad).replace('-', '_')));
        return named ? bad + "!" : bad;
    }

    /** The path of every mapping of a state: "" for the top level, then each section's. */
    private static List<String> sections() {
        List<String> paths = new ArrayList<>(List.of(""));
        for (StateField field : StateField.values()) {
            String path = field.path();
            for (int dot = path.indexOf('.'); dot >= 0; dot = path.indexOf('.', dot + 1)) {
                if (!paths.contains(path.substring(0, dot))) {
                    paths.add(path.substring(0, dot));
                }
            }
        }
        return List.copyOf(paths);
    }
}
