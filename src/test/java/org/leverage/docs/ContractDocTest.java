package org.leverage.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leverage.TestAdvisors;
import org.leverage.TestPaths;
import org.leverage.api.Advisor;
import org.leverage.api.OfferResponse;
import org.leverage.api.PolicyState;
import org.leverage.api.SanctionsRelief;
import org.leverage.api.StateField;
import org.leverage.api.Talks;
import org.leverage.report.JsonReport;
import org.leverage.scenario.Expectation;
import org.leverage.scenario.DeclaredIds;
import org.leverage.scenario.ScenarioCase;
import org.leverage.scenario.ScenarioReader;

/**
 * docs/contract.md kept in step with the code: the state block of §2 is the defaults with every field written,
 * §3–§5 list the catalogue's ids in its order, §7's JSON has the fields JsonReport writes, §8's example is a
 * passing scenario, and every "§N" or link into the contract anywhere in the project lands on a section.
 */
class ContractDocTest {

    private static final Path CONTRACT = TestPaths.project().resolve("docs/contract.md");
    private static final String TEXT = read(CONTRACT);

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The text of section N, from its heading to the next. */
    private static String section(int n) {
        int start = TEXT.indexOf("\n## " + n + ". ");
        assertThat(start).as("contract has §%d", n).isNotNegative();
        int end = TEXT.indexOf("\n## ", start + 1);
        return TEXT.substring(start, end < 0 ? TEXT.length() : end);
    }

    private static String block(String text, String language) {
        int start = text.indexOf("```" + language + "\n") + language.length() + 4;
        return text.substring(start, text.indexOf("```", start));
    }

    /** The dotted path of every "key: value" line of a YAML block written one key a line, with its line. */
    private static Map<String, String> linesByPath(String yaml) {
        Map<String, String> lines = new LinkedHashMap<>();
        List<String> parents = new ArrayList<>();
        for (String line : yaml.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            int indent = (line.length() - line.stripLeading().length()) / 2;
            String key = line.strip().substring(0, line.strip().indexOf(':'));
            parents.subList(Math.min(indent, parents.size()), parents.size()).clear();
            String path = String.join(".", parents) + (parents.isEmpty() ? "" : ".") + key;
            parents.add(key);
            lines.put(path, line);
        }
        return lines;
    }

    private static String valueOf(String line) {
        String afterKey = line.substring(line.indexOf(':') + 1);
        int comment = afterKey.indexOf('#');
        return (comment < 0 ? afterKey : afterKey.substring(0, comment)).strip();
    }

    @Test
    void theStateBlockOfSection2IsEveryFieldAtTheCodesDefault() {
        String yaml = block(section(2), "yaml");
        assertThat(PolicyState.parse(yaml, "docs/contract.md §2")).isEqualTo(PolicyState.DEFAULTS);
        Map<String, String> lines = linesByPath(yaml);
        assertThat(lines).containsKeys("format", "label", "asOf");
        for (StateField field : StateField.values()) {
            assertThat(lines).as("§2 lists %s", field.path()).containsKey(field.path());
            String line = lines.get(field.path());
            Object value = field.get(PolicyState.DEFAULTS);
            assertThat(valueOf(line)).as(field.path())
                    .isEqualTo(value instanceof Enum<?> e ? e.name() : value.toString());
            if (field.type().isEnum()) {
                String comment = line.substring(line.indexOf('#'));
                field.choices().forEach(v -> assertThat(comment).as("%s lists its values", field.path())
                        .contains(((Enum<?>) v).name()));
            } else {
                assertThat(line).as(field.path()).contains("# boolean");
            }
        }
    }

    @Test
    void theReadmesExampleStateMarksEveryLineThatIsNotTheDefault() {
        String readme = read(TestPaths.project().resolve("README.md"));
        String yaml = block(readme.substring(readme.indexOf("## The policy state")), "yaml");
        PolicyState example = PolicyState.parse(yaml, "README");
        Set<String> differ = new TreeSet<>();
        for (StateField field : StateField.values()) {
            if (!field.get(example).equals(field.get(PolicyState.DEFAULTS))) {
                differ.add(field.path());
            }
        }
        if (!example.label().equals(PolicyState.DEFAULTS.label())) {
            differ.add("label");
        }
        if (example.asOf() != null) {
            differ.add("asOf");
        }
        Set<String> marked = new TreeSet<>();
        linesByPath(yaml).forEach((path, line) -> {
            if (line.contains("not the default")) {
                marked.add(path);
            }
        });
        assertThat(marked).isEqualTo(differ);
    }

    @Test
    void sections3To5ListTheCataloguesIdsInItsOrder() throws IOException {
        JsonNode catalogue = new ObjectMapper(new YAMLFactory()).readTree(TestPaths.rules()
                .resolve("catalogue.yaml").toFile());
        Map<String, Integer> sections = Map.of("concerns", 3, "recommendations", 4, "warnings", 5);
        sections.forEach((kind, n) -> {
            List<String> ids = new ArrayList<>();
            catalogue.path(kind).fieldNames().forEachRemaining(ids::add);
            assertThat(ids).as(kind).isNotEmpty();
            List<String> listed = new ArrayList<>();
            Matcher row = Pattern.compile("(?m)^\\| ([A-Z_]+) \\|").matcher(section(n));
            while (row.find()) {
                listed.add(row.group(1));
            }
            assertThat(listed).as("the table of §%d", n).isEqualTo(ids);
        });
    }

    @Test
    void theJsonOfSection7HasExactlyTheFieldsTheReportWrites() throws IOException {
        ObjectMapper json = new ObjectMapper();
        JsonNode shown = json.readTree(block(section(7), "json"));
        PolicyState state = PolicyState.builder().militaryOptionSignaled(true).talksWithPyongyang(Talks.OFFERED)
                .endJointExercises(true).peaceTreaty(true).sanctionsRelief(SanctionsRelief.REDUCE)
                .diplomaticRelations(true).responseToOffer(OfferResponse.SPURNED).build();
        Advisor advisor = TestAdvisors.builtIn();
        JsonNode real = json.readTree(new JsonReport().render(advisor.assess(state)));
        assertThat(fieldPaths(shown, "")).isEqualTo(fieldPaths(real, ""));
        List<String> top = new ArrayList<>();
        shown.fieldNames().forEachRemaining(top::add);
        List<String> realTop = new ArrayList<>();
        real.fieldNames().forEachRemaining(realTop::add);
        assertThat(top).isEqualTo(realTop);
    }

    private static List<String> fieldPaths(JsonNode node, String at) {
        List<String> paths = new ArrayList<>();
        if (node.isObject()) {
            node.fieldNames().forEachRemaining(name -> {
                paths.add(at + name);
                paths.addAll(fieldPaths(node.get(name), at + name + "."));
            });
        } else if (node.isArray() && !node.isEmpty()) {
            paths.addAll(fieldPaths(node.get(0), at + "[]."));
        }
        return paths.stream().distinct().toList();
    }

    @Test
    void theScenarioOfSection8PassesAndUsesEveryPartOfAnExpectation(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("example.yaml");
        Files.writeString(file, block(section(8), "yaml"), StandardCharsets.UTF_8);
        Advisor advisor = TestAdvisors.builtIn();
        ScenarioCase scenario = ScenarioReader.read(file, DeclaredIds.of(advisor));
        assertThat(scenario.expect().differences(advisor.assess(scenario.given()))).isEmpty();
        Expectation expect = scenario.expect();
        assertThat(List.of(expect.phase(), expect.outOfScope(), expect.recommendations(), expect.inPlace(),
                expect.warnings())).allSatisfy(part -> assertThat(part).isPresent());
        assertThat(expect.concerns().values()).anySatisfy(c -> assertThat(c.kind()).isPresent())
                .anySatisfy(c -> assertThat(c.raised()).isFalse());
    }

    @Test
    void everySectionReferenceInTheProjectLandsOnASection() throws IOException {
        Set<Integer> numbers = new TreeSet<>();
        Set<String> anchors = new TreeSet<>();
        Matcher heading = Pattern.compile("(?m)^## ((\\d+)\\. .*)$").matcher(TEXT);
        while (heading.find()) {
            numbers.add(Integer.parseInt(heading.group(2)));
            anchors.add(heading.group(1).toLowerCase().replaceAll("[^a-z0-9 -]", "").replace(' ', '-'));
        }
        assertThat(numbers).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
        Pattern reference = Pattern.compile("§(\\d+)");
        Pattern link = Pattern.compile("contract\\.md#([a-z0-9-]+)");
        List<String> wrong = new ArrayList<>();
        Path project = TestPaths.project();
        List<Path> files = new ArrayList<>(List.of(project.resolve("README.md"), project.resolve("SECURITY.md")));
        for (String folder : List.of("src", "docs", "scenarios", "rules")) {
            try (Stream<Path> walk = Files.walk(project.resolve(folder))) {
                walk.filter(Files::isRegularFile)
                        .filter(f -> f.toString().matches(".*\\.(java|md|yaml|yml|json|drl|txt|csv)$"))
                        .forEach(files::add);
            }
        }
        for (Path file : files) {
            String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8); // some fixtures are not UTF-8
            Matcher m = reference.matcher(text);
            while (m.find()) {
                if (!numbers.contains(Integer.parseInt(m.group(1)))) {
                    wrong.add(project.relativize(file) + ": " + m.group());
                }
            }
            Matcher l = link.matcher(text);
            while (l.find()) {
                if (!anchors.contains(l.group(1))) {
                    wrong.add(project.relativize(file) + ": #" + l.group(1));
                }
            }
        }
        assertThat(files).hasSizeGreaterThan(100);
        assertThat(wrong).as("references to a section docs/contract.md does not have").isEmpty();
    }
}
