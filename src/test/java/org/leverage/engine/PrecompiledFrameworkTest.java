package org.leverage.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.leverage.RandomPolicyStates;
import org.leverage.TestPaths;
import org.leverage.api.Assessment;
import org.leverage.api.PolicyState;
import org.leverage.report.JsonReport;
import org.leverage.scenario.ScenarioReader;

/**
 * The framework compiled when the jar is built ({@link PrecompiledFramework}) is the framework: it holds every
 * rule of the packaged files, it is used for exactly those files and no others, and an advisor over it says, byte
 * for byte, what an advisor over the same files compiled at run time says, on every scenario of the project and
 * of the contract and on thousands of random states, explanations included.
 */
class PrecompiledFrameworkTest {

    /** Random states compared one by one; the stress profile compares more. */
    private static final int STATES = Integer.getInteger("leverage.precompiled.states", 2_000);
    private static final Pattern RULE = Pattern.compile("(?m)^\\s*rule\\s+\"");

    private static DroolsAdvisor precompiled;
    private static DroolsAdvisor fromSource;

    @BeforeAll
    static void buildBoth() {
        List<RuleFile> files = RuleSources.packaged(DroolsAdvisorProvider.BUILT_IN_PREFIX);
        RuleCompiler.Compiled loaded = RuleCompiler.compile(files, null);
        assertThat(PrecompiledFramework.load(files)).as("the build's precompiled framework").isPresent();
        // What a start loads first: the executable model, whose explain() runs on the DRL compilation.
        assertThat(loaded.classic()).as("the build's executable model").isNotNull();
        precompiled = new DroolsAdvisor(loaded, CatalogueFiles.packaged(), 10_000, 0, null);
        fromSource = new DroolsAdvisor(RuleCompiler.compileFromSource(files),
                CatalogueFiles.parsePackaged(CatalogueFiles.packagedText()), 10_000, 0, null);
    }

    @AfterAll
    static void close() {
        precompiled.close();
        fromSource.close();
    }

    @Test
    void holdsEveryRuleOfThePackagedFiles_notTheEmptyKnowledgeBaseThatFiresNothing() {
        int written = 0;
        for (RuleFile file : RuleSources.packaged(DroolsAdvisorProvider.BUILT_IN_PREFIX)) {
            Matcher rules = RULE.matcher(file.text());
            while (rules.find()) {
                written++;
            }
        }
        assertThat(written).isGreaterThanOrEqualTo(60);
        assertThat(precompiled.rules()).hasSize(written);
        assertThat(precompiled.rules()).isEqualTo(fromSource.rules());
    }

    @Test
    void theExecutableModelHoldsEveryRuleOfTheDrlWithTheSameFilesFieldsParagraphsAndConclusions() {
        List<RuleFile> files = RuleSources.packaged(DroolsAdvisorProvider.BUILT_IN_PREFIX);
        RuleCompiler.Compiled model = RuleCompiler.compile(files, null);
        RuleCompiler.Compiled drl = RuleCompiler.compileFromSource(files);

        assertThat(model.kieBase()).as("the model itself, not the DRL it falls back on")
                .isNotSameAs(model.fromDrl().kieBase());
        assertThat(model.kieBase().getKiePackages().stream().flatMap(p -> p.getRules().stream())
                .map(rule -> DroolsInternals.sourcePathOf(rule))).as("rules generated, not read from DRL")
                .containsOnlyNulls();
        int generated = model.kieBase().getKiePackages().stream().mapToInt(p -> p.getRules().size()).sum();
        assertThat(generated).isEqualTo(drl.rules().size()).isGreaterThanOrEqualTo(60);
        assertThat(model.rules()).isEqualTo(drl.rules());
        assertThat(model.fromDrl().rules()).isEqualTo(drl.rules());
        assertThat(drl.classic()).isNull();
    }

    @Test
    void isUsedForExactlyThePackagedFiles() {
        List<RuleFile> files = RuleSources.packaged(DroolsAdvisorProvider.BUILT_IN_PREFIX);
        assertThat(PrecompiledFramework.isFramework(files)).contains(true);
        List<RuleFile> edited = new ArrayList<>(files);
        RuleFile first = edited.get(0);
        edited.set(0, new RuleFile(first.displayName(), first.sourcePath(), first.text() + "\n// edited\n"));
        assertThat(PrecompiledFramework.isFramework(edited)).contains(false);
        assertThat(PrecompiledFramework.load(edited)).isEmpty();
        assertThat(ExecutableFramework.load(edited)).isEmpty();
        assertThat(RuleCompiler.compile(edited, null).classic()).as("an edit compiles from DRL").isNull();
        List<RuleFile> moved = new ArrayList<>(files);
        moved.set(0, new RuleFile(first.displayName(), "folder0/" + first.sourcePath(), first.text()));
        assertThat(PrecompiledFramework.load(moved)).isEmpty();
        assertThat(ExecutableFramework.load(moved)).isEmpty();
        assertThat(PrecompiledFramework.load(files.subList(1, files.size()))).isEmpty();
        // The clone's rules/ as read by bin/leverage: the same files, so the same precompiled framework.
        assertThat(PrecompiledFramework.isFramework(
                RuleSources.fromFolder(TestPaths.rules(), DroolsAdvisorProvider.BUILT_IN_PREFIX))).contains(true);
    }

    @Test
    void theCatalogueTheBuildStoredIsTheParsedOneEntryForEntryInOrder_andOnlyForItsText() {
        String text = CatalogueFiles.packagedText();
        Catalogue stored = PrecompiledFramework.catalogue(text).orElseThrow();
        Catalogue.Entries parsed = CatalogueFiles.parsePackaged(text).entries();

        assertThat(stored.entries()).isEqualTo(parsed);
        assertThat(List.copyOf(stored.entries().recommendations().keySet()))
                .isEqualTo(List.copyOf(parsed.recommendations().keySet()));
        assertThat(List.copyOf(stored.entries().concerns().keySet()))
                .isEqualTo(List.copyOf(parsed.concerns().keySet()));
        assertThat(List.copyOf(stored.entries().warnings().keySet()))
                .isEqualTo(List.copyOf(parsed.warnings().keySet()));
        assertThat(parsed.concerns()).hasSizeGreaterThan(5);
        assertThat(PrecompiledFramework.catalogue(text + "\n# edited\n")).isEmpty();
        // The clone's rules/ holds the same catalogue: bin/leverage gets the stored one too.
        assertThat(CatalogueFiles.framework(TestPaths.rules()).entries()).isEqualTo(parsed);
    }

    @Test
    void everyScenarioIsAssessedByteForByteAsTheRulesCompiledAtRunTimeAssessIt() {
        List<PolicyState> states = new ArrayList<>();
        ScenarioReader.files(TestPaths.scenarioFolders())
                .forEach(file -> states.add(ScenarioReader.readGiven(file)));
        assertThat(states).hasSizeGreaterThan(30);
        assertSameOutputs(states, true);
    }

    @Test
    void randomStatesAreAssessedByteForByteAsTheRulesCompiledAtRunTimeAssessThem() {
        assertSameOutputs(RandomPolicyStates.of(STATES, 20170315L), false);
    }

    /**
     * @param explainEveryId whether to compare {@code explain} of every id too (the scenarios), beside the JSON
     *                       output with its {@code because} chains (every state)
     */
    private static void assertSameOutputs(List<PolicyState> states, boolean explainEveryId) {
        JsonReport json = new JsonReport();
        List<String> differing = new ArrayList<>();
        for (PolicyState state : states) {
            Assessment loaded = precompiled.assess(state);
            String expected = json.render(fromSource.assess(state));
            if (!json.render(loaded).equals(expected)) {
                differing.add(state.toString());
            }
            for (String id : explainEveryId ? precompiled.explainableIds() : List.<String>of()) {
                if (!precompiled.explain(id, state).equals(fromSource.explain(id, state))) {
                    differing.add(id + " for " + state);
                }
            }
        }
        assertThat(differing).as("states whose output differs between the two ways of compiling").isEmpty();
    }
}
