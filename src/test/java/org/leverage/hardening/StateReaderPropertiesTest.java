package org.leverage.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.leverage.api.Contradiction;
import org.leverage.api.InvalidStateException;
import org.leverage.api.PolicyState;
import org.leverage.api.StateField;
import org.leverage.io.Limits;
import org.leverage.io.StateReader;
import org.leverage.io.StateWriter;

/**
 * Properties of the state reader over generated states and documents: what {@link StateWriter} writes reads back
 * to the same state and writes again to the same text; a contradiction, a duplicate key, a wrong type or an
 * unknown key anywhere is refused at its line with its field; and any mutant of a document is read or refused
 * with one located line (jqwik shrinks a failure to its smallest mutant).
 */
class StateReaderPropertiesTest {

    // ------------------------------------------------------------------ round trips

    @Property(tries = 400)
    void aValidStateWrittenAsYaml_readsBackEqual_andWritesBackToTheSameYamlAndJson(
            @ForAll("validStates") PolicyState state) {
        String yaml = StateWriter.toYaml(state);

        PolicyState read = StateReader.read(yaml, "state.yaml");
        PolicyState fromBytes = StateReader.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)),
                "<stdin>");

        assertThat(read).isEqualTo(state);
        assertThat(fromBytes).isEqualTo(state);
        assertThat(StateWriter.toYaml(read)).isEqualTo(yaml);
        assertThat(StateWriter.toJson(read)).isEqualTo(StateWriter.toJson(state));
    }

    @Property(tries = 400)
    void aValidStateWrittenAsJson_readsBackEqual_andWritesBackToTheSameJsonAndYaml(
            @ForAll("validStates") PolicyState state) {
        String json = StateWriter.toJson(state);

        PolicyState read = StateReader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "<stdin>");

        assertThat(read).isEqualTo(state);
        assertThat(StateWriter.toJson(read)).isEqualTo(json);
        assertThat(StateWriter.toYaml(read)).isEqualTo(StateWriter.toYaml(state));
    }

    // ------------------------------------------------------------------ refusals at the right place

    @Property(tries = 150)
    void aContradictoryState_isRefusedAtItsFirstContradiction(@ForAll("contradictoryStates") PolicyState state) {
        String yaml = StateWriter.toYaml(state);
        Contradiction first = state.contradictions().get(0);

        InvalidStateException e = refused(yaml);

        assertThat(e.field()).isEqualTo(first.field());
        assertThat(e.getMessage()).startsWith(first.field() + ": is ");
        assertThat(lineOf(yaml, e)).contains(" " + StateField.byPath(first.field()).orElseThrow().key() + ": ");
    }

    @Property(tries = 150)
    void aDuplicatedLine_isRefusedAsADuplicateKey(@ForAll("validStates") PolicyState state,
                                                  @ForAll @IntRange(min = 0, max = 1000) int pick) {
        String yaml = StateWriter.toYaml(state);
        List<String> lines = new ArrayList<>(yaml.lines().toList());
        int index = leafLines(lines).get(pick % leafLines(lines).size());
        lines.add(index + 1, lines.get(index));

        InvalidStateException e = refused(String.join("\n", lines));

        assertThat(e.getMessage()).contains("duplicate key; first given at line " + (index + 1) + ", column ");
        assertThat(e.location().orElseThrow().line()).isEqualTo(index + 2);
    }

    @Property(tries = 250)
    void aWrongTypeInAnyField_isRefusedAtThatFieldsLine(@ForAll("validStates") PolicyState state,
                                                        @ForAll @IntRange(min = 0, max = 1000) int pick,
                                                        @ForAll("wrongValues") String wrong) {
        String yaml = StateWriter.toYaml(state);
        List<String> lines = new ArrayList<>(yaml.lines().toList());
        int index = leafLines(lines).get(pick % leafLines(lines).size());
        String line = lines.get(index);
        String key = line.strip().substring(0, line.strip().indexOf(':'));
        if (key.equals("label") && (wrong.startsWith("\"") || wrong.equals("null") || wrong.equals("~")
                || wrong.matches("[A-Za-z_-]+"))) {
            return; // a string, or null, is a label
        }
        lines.set(index, line.substring(0, line.indexOf(':') + 1) + " " + wrong);

        InvalidStateException e = refused(String.join("\n", lines));

        assertThat(e.location().orElseThrow().line()).isEqualTo(index + 1);
        assertThat(e.field()).endsWith(key);
    }

    @Property(tries = 150)
    void anUnknownKeyInAnySection_isRefusedWithItsPath(@ForAll("validStates") PolicyState state,
                                                       @ForAll @IntRange(min = 0, max = 1000) int pick,
                                                       @ForAll("unknownKeys") String key) {
        String yaml = StateWriter.toYaml(state);
        List<String> lines = new ArrayList<>(yaml.lines().toList());
        int index = leafLines(lines).get(pick % leafLines(lines).size());
        String line = lines.get(index);
        String indent = line.substring(0, line.length() - line.stripLeading().length());
        lines.add(index, indent + key + ": true");

        InvalidStateException e = refused(String.join("\n", lines));

        assertThat(e.location().orElseThrow().line()).isEqualTo(index + 1);
        assertThat(e.field()).endsWith(key);
        assertThat(e.getMessage()).contains(": unknown key");
    }

    // ------------------------------------------------------------------ mutants

    @Property(tries = 800)
    void anyMutantOfADocument_isReadOrRefusedWithOneLocatedLine(@ForAll("seedIndexes") int seed,
                                                               @ForAll("mutationLists") List<Mutation> mutations) {
        List<Hardening.Seed> seeds = SEEDS;
        byte[] mutant = Mutation.applyAll(seeds.get(seed % seeds.size()).bytes(), mutations);
        try {
            PolicyState state = StateReader.read(new ByteArrayInputStream(mutant), "<mutant>");
            assertThat(state.contradictions()).isEmpty();
        } catch (InvalidStateException e) {
            assertThat(Hardening.refusalProblem(e, "<mutant>", 1_000)).isNull();
        }
    }

    private static final List<Hardening.Seed> SEEDS = Hardening.seeds();

    // ------------------------------------------------------------------ generators

    @Provide
    Arbitrary<PolicyState> validStates() {
        return anyState().filter(state -> state.contradictions().isEmpty());
    }

    @Provide
    Arbitrary<PolicyState> contradictoryStates() {
        return anyState().filter(state -> !state.contradictions().isEmpty());
    }

    private static Arbitrary<PolicyState> anyState() {
        List<Arbitrary<Object>> fields = Arrays.stream(StateField.values())
                .map(field -> Arbitraries.of(field.choices()))
                .collect(Collectors.toList());
        Arbitrary<List<Object>> values = Combinators.combine(fields).as(list -> list);
        return Combinators.combine(labels(), dates(), values).as((label, asOf, facts) -> {
            PolicyState.Builder builder = PolicyState.builder().label(label).asOf(asOf);
            StateField[] all = StateField.values();
            for (int i = 0; i < all.length; i++) {
                all[i].set(builder, facts.get(i));
            }
            return builder.build();
        });
    }

    /** Labels a person writes, labels full of YAML's and JSON's special characters, any Unicode, long ones. */
    private static Arbitrary<String> labels() {
        Arbitrary<String> plain = Arbitraries.strings().alpha().numeric().withChars(" -_.,:#'\"&*!?[]{}|>%@`\\")
                .ofMaxLength(40);
        Arbitrary<String> unicode = Arbitraries.integers().between(0, 0x10FFFF)
                .filter(cp -> cp < 0xD800 || cp > 0xDFFF)
                .list().ofMaxSize(60)
                .map(cps -> cps.stream().collect(StringBuilder::new, StringBuilder::appendCodePoint,
                        StringBuilder::append).toString());
        Arbitrary<String> special = Arbitraries.of("", " ", "  x  ", "true", "False", "null", "~", "- x", "# c",
                "&a", "*a", "!x", "!!str", "'", "\"", "\\", "---", "...", "yes", "no", "123", "1e3", "0x1F", ": ",
                "a: b", "[1]", "{a: 1}", "\t", "\n", "a\r\nb", "\uFEFF", "\u2028", "\u0085", "%TAG", "\u0000",
                "\u001B[2J", "北京 ¶7 \uD83D\uDE80", "\uFFFD");
        Arbitrary<String> longest = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(26)
                .map(s -> s.repeat(Limits.MAX_SCALAR_CHARS / 26).substring(0, Math.min(Limits.MAX_SCALAR_CHARS,
                        s.length() * (Limits.MAX_SCALAR_CHARS / 26))));
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(5, plain), net.jqwik.api.Tuple.of(3, unicode),
                net.jqwik.api.Tuple.of(2, special), net.jqwik.api.Tuple.of(1, longest));
    }

    private static Arbitrary<LocalDate> dates() {
        return Arbitraries.longs()
                .between(LocalDate.of(1, 1, 1).toEpochDay(), LocalDate.of(9999, 12, 31).toEpochDay())
                .map(LocalDate::ofEpochDay)
                .injectNull(0.2);
    }

    @Provide
    Arbitrary<String> wrongValues() {
        return Arbitraries.of("3", "-1", "2.5", "[]", "[x]", "{}", "{a: 1}", "null", "~", "\"true\"", "yes", "off",
                "NOT_A_VALUE", "2017-02-30", "!!str FREEZE", "&a x", "*a", "\"\"");
    }

    @Provide
    Arbitrary<String> unknownKeys() {
        return Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(20)
                .filter(k -> !KNOWN_KEYS.contains(k));
    }

    private static final List<String> KNOWN_KEYS = knownKeys();

    private static List<String> knownKeys() {
        List<String> keys = new ArrayList<>(List.of("format", "label", "asOf", "unitedStates", "china", "northKorea",
                "peninsula", "offersToPyongyang", "commitmentsToBeijing", "name", "given", "expect"));
        for (StateField field : StateField.values()) {
            keys.add(field.key());
        }
        return keys;
    }

    @Provide
    Arbitrary<Integer> seedIndexes() {
        return Arbitraries.integers().between(0, SEEDS.size() - 1);
    }

    @Provide
    Arbitrary<List<Mutation>> mutationLists() {
        Arbitrary<Mutation> mutation = Combinators.combine(Arbitraries.of(Mutation.Kind.class),
                Arbitraries.doubles().between(0, 1), Arbitraries.doubles().between(0, 1),
                Arbitraries.integers().between(0, (1 << 20) - 1)).as(Mutation::new);
        return mutation.list().ofMinSize(1).ofMaxSize(4);
    }

    // ------------------------------------------------------------------ helpers

    private static InvalidStateException refused(String document) {
        InvalidStateException e = catchThrowableOfType(InvalidStateException.class,
                () -> StateReader.read(document, "state.yaml"));
        assertThat(e).as("refused: %s", document).isNotNull();
        assertThat(Hardening.refusalProblem(e, "state.yaml", 1_000)).isNull();
        return e;
    }

    /** The lines of a written state that hold one field's value (not a section, not format, label or asOf). */
    private static List<Integer> leafLines(List<String> lines) {
        List<Integer> leaves = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith(" ") && !line.endsWith(":")) {
                leaves.add(i);
            }
        }
        return leaves;
    }

    private static String lineOf(String document, InvalidStateException e) {
        return document.lines().skip(e.location().orElseThrow().line() - 1L).findFirst().orElse("");
    }
}
