package org.leverage.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.leverage.TestPaths;
import org.leverage.api.Advisor;
import org.leverage.api.Assessment;
import org.leverage.api.InvalidStateException;
import org.leverage.api.PolicyState;
import org.leverage.api.StateField;
import org.leverage.cli.LeverageCli;
import org.leverage.report.DifferenceReport;
import org.leverage.report.DotReport;
import org.leverage.report.ExplanationReport;
import org.leverage.report.HtmlReport;
import org.leverage.report.JsonReport;
import org.leverage.report.MarkdownReport;
import org.leverage.report.SweepReport;
import org.leverage.report.TextReport;
import org.leverage.scenario.DeclaredIds;
import org.leverage.scenario.ScenarioCase;
import org.leverage.scenario.ScenarioReader;
import org.leverage.whatif.Difference;
import org.leverage.whatif.Sweep;

/**
 * What Leverage reads, concludes and writes does not depend on the JVM's default locale or time zone, checked in
 * this JVM: everything below runs once under the JVM's own defaults, then again under {@link Locale#setDefault}
 * and {@link TimeZone#setDefault} set to each of {@link #SETTINGS}, and must come out the same; the defaults are put
 * back after (Surefire runs one test at a time, so nothing else runs under them).
 *
 * <p>In one JVM the default charset cannot change, and a class that kept something from the first defaults it saw
 * would hide it here; {@link DeterminismTest}'s child JVMs, one per setting, check those in the {@code stress}
 * profile.
 */
@Isolated // it sets the default locale and time zone, which every other test would see
class LocaleAndTimeZoneTest {

    /** One setting of the JVM's defaults. */
    private record Setting(String name, Locale locale, String zone) {
    }

    /**
     * Each pairs a locale that trips careless code with a time zone far from UTC: Turkish, where {@code "i"} upper-
     * cases to a dotted capital that no enum name has; Thai with Thai digits, which {@code String.format("%d")} then
     * writes; Swiss German, whose thousands separator is an apostrophe; and zones at UTC+14, UTC-8 and UTC+5:45.
     */
    private static final List<Setting> SETTINGS = List.of(
            new Setting("tr_TR, Pacific/Kiritimati", new Locale("tr", "TR"), "Pacific/Kiritimati"),
            new Setting("th_TH_TH, America/Los_Angeles", new Locale("th", "TH", "TH"), "America/Los_Angeles"),
            new Setting("de_CH, Asia/Kathmandu", new Locale("de", "CH"), "Asia/Kathmandu"));

    /** A state written as people write it, with lower-case values that hold an {@code i}. */
    private static final String HAND_WRITTEN = "label: written by hand\nasOf: 2017-03-29\nchina:\n"
            + "  pressureOnPyongyang: sever-aid\nunitedStates:\n  talksWithPyongyang: offered\n"
            + "  offersToPyongyang: {sanctionsRelief: lift, diplomaticRelations: true}\n";

    @Test
    void everyScenarioIsReadAssessedExplainedAndWrittenAlike_underEveryDefaultLocaleAndTimeZone() {
        long start = System.nanoTime();
        Map<String, String> reference = outputs();
        assertThat(reference).as("what the reference run wrote").hasSizeGreaterThan(300)
                .allSatisfy((what, output) -> assertThat(output).as(what).isNotBlank());
        assertThat(reference.get("leverage assess (an unknown value)")).startsWith("exit 2").contains("DENUKE");
        assertThat(reference.get("leverage sweep --vary-all")).startsWith("exit 2").contains("5,733,089,280");
        assertThat(reference.get("a misspelt value")).contains("sever-aide");

        Locale locale = Locale.getDefault();
        Locale display = Locale.getDefault(Locale.Category.DISPLAY);
        Locale format = Locale.getDefault(Locale.Category.FORMAT);
        TimeZone zone = TimeZone.getDefault();
        try {
            for (Setting setting : SETTINGS) {
                Locale.setDefault(setting.locale());
                TimeZone.setDefault(TimeZone.getTimeZone(setting.zone()));
                tookEffect(setting);

                Map<String, String> outputs = outputs();

                assertThat(outputs.keySet()).as("what was written under %s", setting.name())
                        .containsExactlyElementsOf(reference.keySet());
                outputs.forEach((what, output) -> assertThat(output).as("%s under %s", what, setting.name())
                        .isEqualTo(reference.get(what)));
            }
        } finally {
            Locale.setDefault(locale);
            Locale.setDefault(Locale.Category.DISPLAY, display);
            Locale.setDefault(Locale.Category.FORMAT, format);
            TimeZone.setDefault(zone);
        }
        System.out.printf(Locale.ROOT, "locale and time zone, in-process: %d outputs alike under %d settings and the"
                + " JVM's own; %.1f s%n", reference.size(), SETTINGS.size(), (System.nanoTime() - start) / 1e9);
    }

    /** The setting is in force: the careless forms give what the comment on {@link #SETTINGS} says. */
    private static void tookEffect(Setting setting) {
        assertThat(TimeZone.getDefault().getID()).isEqualTo(setting.zone());
        switch (setting.locale().getLanguage()) {
            case "tr" -> assertThat("i".toUpperCase()).isEqualTo("\u0130");
            case "th" -> assertThat(String.format("%d", 7)).isEqualTo("\u0e57");
            case "de" -> assertThat(String.format("%,d", 1000)).isEqualTo("1\u2019000");
            default -> throw new AssertionError("no check for " + setting);
        }
    }

    /**
     * Everything written from the project's scenarios under the current defaults, by what it is: each scenario
     * read, assessed, checked against its expectations and written in every format, and its difference from the
     * baseline; every id explained for one state; a sweep; a hand-written state read; and the command line's own
     * output and error lines.
     */
    private static Map<String, String> outputs() {
        Map<String, String> outputs = new LinkedHashMap<>();
        // Built under the defaults too: the catalogue and the rules' ids are read as it is built.
        try (Advisor advisor = Advisor.builder().builtInRulesFrom(TestPaths.rules()).cacheCompiledRules(cache())
                .rememberAssessments(0).build()) {
            DeclaredIds declared = DeclaredIds.of(advisor);
            List<ScenarioCase> scenarios = ScenarioReader.readAll(List.of(TestPaths.scenarios()), declared);
            ScenarioCase baseline = ScenarioReader.read(TestPaths.scenarios().resolve("baseline-2017.yaml"), declared);
            for (ScenarioCase scenario : scenarios) {
                String name = scenario.file().getFileName().toString();
                Assessment assessment = advisor.assess(scenario.given());
                outputs.put(name + " as read", scenario.toString());
                outputs.put(name + " against its expectations", "differences " + scenario.expect()
                        .differences(assessment));
                outputs.put(name + " text", new TextReport().render(assessment));
                outputs.put(name + " json", new JsonReport().render(assessment));
            }
            // The other formats and the difference from the baseline for a fifth of them: the page and its
            // drawing take most of the time, and write no number that the text and JSON do not.
            for (ScenarioCase scenario : Hardening.spread(scenarios, scenarios.size() / 5)) {
                String name = scenario.file().getFileName().toString();
                Assessment assessment = advisor.assess(scenario.given());
                outputs.put(name + " markdown", new MarkdownReport().render(assessment));
                outputs.put(name + " html", new HtmlReport().render(assessment));
                outputs.put(name + " dot", new DotReport().render(assessment));
                Difference difference = Difference.between(advisor, baseline.given(), scenario.given());
                outputs.put(name + " diff text", DifferenceReport.text(difference, "baseline", name));
                outputs.put(name + " diff json", DifferenceReport.json(difference, "baseline", name));
            }

            PolicyState spurned = ScenarioReader.read(TestPaths.scenarios().resolve("pyongyang-spurns.yaml"), declared)
                    .given();
            for (String id : advisor.explainableIds()) {
                outputs.put("explain " + id, ExplanationReport.text(advisor.explain(id, spurned),
                        advisor::paraphrase));
            }
            var sweep = Sweep.over(StateField.byPath("unitedStates.thaadDeployed").orElseThrow(),
                    StateField.byPath("china.pressureOnPyongyang").orElseThrow()).from(spurned).threads(1)
                    .run(advisor);
            outputs.put("sweep text", withoutTiming(SweepReport.text(sweep, "pyongyang-spurns.yaml", null)));
            outputs.put("sweep json", withoutTiming(SweepReport.json(sweep, "pyongyang-spurns.yaml", null)));
        }
        outputs.put("a hand-written state", PolicyState.parse(HAND_WRITTEN, "by-hand.yaml").toString());
        try {
            PolicyState.parse(HAND_WRITTEN.replace("sever-aid", "sever-aide"), "typo.yaml");
            outputs.put("a misspelt value", "read");
        } catch (InvalidStateException e) {
            outputs.put("a misspelt value", e.oneLine());
        }
        // The command line's own lines: a located refusal of a state file, and a refusal of a sweep whose count
        // has thousands separators. (What it prints for an assessment is the reports above.)
        String unknown = TestPaths.testResource("states/invalid/unknown-enum-value.yaml").toString();
        outputs.put("leverage assess (an unknown value)", cli("assess", unknown));
        outputs.put("leverage sweep --vary-all", cli("sweep", "--vary-all"));
        return outputs;
    }

    /** {@code leverage ARGS} in this JVM from the clone: its exit code, standard output and standard error. */
    private static String cli(String... args) {
        String home = System.getProperty("leverage.home");
        System.setProperty("leverage.home", TestPaths.project().toString());
        try {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = LeverageCli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
            return "exit " + code + "\n" + out + "\nstderr:\n" + err;
        } finally {
            if (home == null) {
                System.clearProperty("leverage.home");
            } else {
                System.setProperty("leverage.home", home);
            }
        }
    }

    /**
     * A sweep's report with its timing (which differs from run to run) masked. Only ASCII digits are masked, so a
     * time written in other digits or with another separator still shows as a difference.
     */
    private static String withoutTiming(String report) {
        return report.replaceAll("(?m)^(  elapsed +)[0-9.]+ s, [0-9,]+ (assessments per second)", "$1# s, # $2")
                .replaceAll("\"elapsedSeconds\" ?: ?[0-9.Ee-]+", "\"elapsedSeconds\": #")
                .replaceAll("\"assessmentsPerSecond\" ?: ?[0-9.Ee-]+", "\"assessmentsPerSecond\": #");
    }

    private static Path cache() {
        String folder = System.getProperty("leverage.cache.dir");
        return folder == null ? Path.of("target", "test-cache") : Path.of(folder);
    }
}
