package org.leverage.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.leverage.PrintedSchema;
import org.leverage.TestPaths;
import org.leverage.api.InvalidStateException;
import org.leverage.api.PolicyState;
import org.leverage.api.StateField;
import org.leverage.cli.Cli.Run;

/**
 * {@code leverage schema}: its output, read by a real JSON Schema 2020-12 validator, accepts the given state of every
 * scenario file and the documented state blocks, and refuses what the reader refuses (a misspelt key, a bad enum
 * value); it says for every field of the table what the reader reads, with its default; it goes to a file only as
 * --output allows.
 */
@ExtendWith(Cli.class)
class SchemaCommandTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyScenarioFilesGivenStateValidates() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(TestPaths.scenarios())) {
            files = walk.filter(p -> p.toString().matches(".*\\.(yaml|yml|json)$")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThan(50);
        for (Path file : files) {
            JsonNode given = YAML.readTree(file.toFile()).path("given");
            String json = JSON.writeValueAsString(given.isMissingNode() ? NullNode.getInstance() : given);
            assertThat(PrintedSchema.errors(json)).as("%s: its given state against the schema", file).isEmpty();
        }
    }

    @Test
    void theDocumentedStateBlocksValidate() throws IOException {
        String contract = Files.readString(TestPaths.project().resolve("docs/contract.md"), StandardCharsets.UTF_8);
        String readme = Files.readString(TestPaths.project().resolve("README.md"), StandardCharsets.UTF_8);
        for (String block : List.of(firstYamlBlockAfter(contract, "## 2. The policy state"),
                firstYamlBlockAfter(readme, "## The policy state"))) {
            assertThat(PolicyState.parse(block, "block.yaml")).isNotNull();
            assertThat(PrintedSchema.errors(JSON.writeValueAsString(YAML.readTree(block)))).as(block).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            misspelt key in a section | unitedStates: {thaadDeployd: true}
            misspelt key at the top   | lable: Tillerson in Beijing
            misspelt section          | northKoreaa: {stability: STABLE}
            misspelt nested section   | unitedStates: {offersToPyongyan: {peaceTreaty: true}}
            a scenario, not a state   | 'name: x\\ngiven: {}'
            bad enum value            | china: {pressureOnPyongyang: SEVERE}
            enum value with a space   | northKorea: {stability: 'COLLAPSED '}
            quoted boolean            | unitedStates: {thaadDeployed: 'true'}
            number for an enum        | peninsula: {reunification: 1}
            section written as null   | china: null
            section written as a list | china: [CAUTIOUS]
            a date not ISO            | asOf: 29 March 2017
            a date that does not exist| asOf: 2017-02-30
            a newer format            | format: 2
            a label that is a number  | label: 12
            """)
    void whatTheReaderRefusesTheSchemaRefuses(String what, String document) throws IOException {
        String yaml = document.replace("\\n", "\n");
        assertThat(catchThrowableOfType(InvalidStateException.class, () -> PolicyState.parse(yaml, "state.yaml")))
                .as("the reader refuses %s", what).isNotNull();
        assertThat(PrintedSchema.errors(JSON.writeValueAsString(YAML.readTree(yaml))))
                .as("the schema refuses %s", what).isNotEmpty();
    }

    @Test
    void aMisspeltKeyAndABadValueAreNamedByTheValidator() throws IOException {
        assertThat(PrintedSchema.errors(JSON.writeValueAsString(YAML.readTree("unitedStates: {thaadDeployd: true}"))))
                .anySatisfy(e -> assertThat(e).contains("thaadDeployd"));
        assertThat(PrintedSchema.errors("{\"china\": {\"pressureOnPyongyang\": \"SEVERE\"}}"))
                .anySatisfy(e -> assertThat(e).contains("pressureOnPyongyang"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            empty document            | ''
            empty mapping             | '{}'
            lower case with a dash    | china: {pressureOnPyongyang: sever-aid}
            mixed case                | 'unitedStates: {talksWithPyongyang: Offered}\\nnorthKorea: {responseToOffer: Spurned}'
            dash for underscore       | peninsula: {usAllianceWithUnifiedKorea: RULED-OUT}
            an empty section          | unitedStates: {offersToPyongyang: {}}
            a null label and date     | 'label: null\\nasOf: ~'
            """)
    void whatTheReaderAcceptsTheSchemaAccepts(String what, String document) throws IOException {
        String yaml = document.replace("\\n", "\n");
        assertThat(PolicyState.parse(yaml, "state.yaml")).isNotNull();
        JsonNode tree = YAML.readTree(yaml);
        String json = JSON.writeValueAsString(tree == null || tree.isMissingNode() ? NullNode.getInstance() : tree);
        assertThat(PrintedSchema.errors(json)).as(what).isEmpty();
    }

    @Test
    void everyFieldOfTheTableIsDescribedWithItsValuesAndDefault() throws IOException {
        JsonNode schema = JSON.readTree(PrintedSchema.text());
        assertThat(schema.path("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(schema.path("additionalProperties").asBoolean(true)).isFalse();
        for (StateField field : StateField.values()) {
            JsonNode node = schema;
            for (String key : field.path().split("\\.")) {
                assertThat(node.path("additionalProperties").asBoolean(true)).as(field.path()).isFalse();
                assertThat(node.path("required").isMissingNode()).as(field.path()).isTrue();
                node = node.path("properties").path(key);
            }
            assertThat(node.path("description").asText()).as(field.path()).startsWith(field.path() + ": ");
            Object defaultValue = field.get(PolicyState.DEFAULTS);
            assertThat(node.path("default").asText()).as(field.path())
                    .isEqualTo(defaultValue instanceof Enum<?> e ? e.name() : defaultValue.toString());
            if (field.type() == Boolean.class) {
                assertThat(node.path("type").asText()).isEqualTo("boolean");
            } else {
                assertThat(node.path("anyOf").path(0).path("enum")).extracting(JsonNode::asText)
                        .as(field.path()).containsExactlyElementsOf(
                                field.choices().stream().map(c -> ((Enum<?>) c).name()).toList());
            }
        }
    }

    @Test
    void theOutputIsTheSameOnEveryRunAndGoesToAFileOnlyAsAsked(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("state.schema.json");
        assertThat(Cli.run(0, "schema").out()).isEqualTo(PrintedSchema.text());
        assertThat(Cli.run(0, "schema", "--output", file.toString()).out()).isEmpty();
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(PrintedSchema.text());
        Files.writeString(file, "mine");
        Run refused = Cli.run(2, "schema", "-o", file.toString());
        assertThat(refused.err()).contains(file.toString()).contains("--force");
        assertThat(Files.readString(file)).isEqualTo("mine");
        Cli.run(0, "schema", "-o", file.toString(), "--force");
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(PrintedSchema.text());
    }

    private static String firstYamlBlockAfter(String markdown, String heading) {
        int at = markdown.indexOf(heading);
        assertThat(at).as(heading).isNotNegative();
        int start = markdown.indexOf("```yaml\n", at) + "```yaml\n".length();
        return markdown.substring(start, markdown.indexOf("```", start));
    }
}
