package org.leverage;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;

/**
 * The house rules of STYLE.md, checked: a small public api that depends on nothing of ours but itself, the
 * engine behind it, and adapters at the edge that never reach into the engine.
 */
class ArchitectureTest {

    private static final JavaClasses LEVERAGE = LeverageClasses.MAIN;

    @Test
    void theApiDependsOnlyOnTheJdkAndItself() {
        classes().that().resideInAPackage("org.leverage.api..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("org.leverage.api..", "java..")
                .because("an embedding application sees no Drools, Jackson or adapter type through the api")
                .check(LEVERAGE);
    }

    @Test
    void theEngineNeverImportsAnAdapter() {
        noClasses().that().resideInAPackage("org.leverage.engine..")
                .should().dependOnClassesThat()
                .resideInAnyPackage("org.leverage.cli..", "org.leverage.io..", "org.leverage.report..",
                        "org.leverage.scenario..")
                .check(LEVERAGE);
    }

    @Test
    void adaptersUseTheApiNotTheEngine() {
        noClasses().that()
                .resideInAnyPackage("org.leverage.cli..", "org.leverage.io..", "org.leverage.report..",
                        "org.leverage.scenario..")
                .should().dependOnClassesThat().resideInAnyPackage("org.leverage.engine..", "org.drools..",
                        "org.kie..")
                .check(LEVERAGE);
    }

    @Test
    void theReportsUseTheApiAndTheWhatIfResultsNeverTheCommandLineOrTheEngine() {
        noClasses().that().resideInAPackage("org.leverage.report..")
                .should().dependOnClassesThat().resideInAnyPackage("org.leverage.cli..", "org.leverage.engine..")
                .because("the command line builds a renderer's input and calls it; a renderer knows no command")
                .check(LEVERAGE);
        classes().that().resideInAPackage("org.leverage.report..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("org.leverage.report..", "org.leverage.api..",
                        "org.leverage.whatif..", "org.leverage.io..", "com.fasterxml.jackson..", "java..")
                .check(LEVERAGE);
    }

    @Test
    void oneJsonWriterLaysOutEveryCommandsJsonAndTheCommandLineWritesNone() {
        noClasses().that().doNotHaveFullyQualifiedName("org.leverage.report.Json")
                .should().dependOnClassesThat().haveFullyQualifiedName(
                        "com.fasterxml.jackson.core.util.DefaultPrettyPrinter")
                .orShould().dependOnClassesThat().haveFullyQualifiedName(
                        "com.fasterxml.jackson.databind.ObjectWriter")
                .orShould().dependOnClassesThat().haveFullyQualifiedName(
                        "com.fasterxml.jackson.databind.SerializationFeature")
                .because("report.Json is the one JSON writer, and the one home of its layouts")
                .check(LEVERAGE);
        noClasses().that().resideInAPackage("org.leverage.cli..")
                .should().dependOnClassesThat().resideInAPackage("com.fasterxml.jackson..")
                .because("the commands' JSON is rendered in report")
                .check(LEVERAGE);
    }

    @Test
    void onlyTheCommandLineUsesItsOptionalDependencies() {
        noClasses().that().resideOutsideOfPackage("org.leverage.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("picocli..", "ch.qos.logback..",
                        "org.apache.logging..", "org.apache.poi..")
                .because("picocli, Logback, the Log4j bridge and POI are optional in the pom: a host that embeds"
                        + " the library has none of them unless it adds them (README \"Logging\")")
                .check(LEVERAGE);
    }

    @Test
    void theRuleVocabularyDependsOnlyOnTheApi() {
        classes().that().resideInAPackage("org.leverage.rules..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("org.leverage.rules..", "org.leverage.api..",
                        "java..")
                .check(LEVERAGE);
    }

    @Test
    void libraryCodeNeverExitsOrPrints() {
        noClasses().that().resideOutsideOfPackage("org.leverage.cli..")
                .should().callMethod(System.class, "exit", int.class)
                .orShould().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .check(LEVERAGE);
        // The two main classes: the command line, and the run bin/leverage trains its start-up archive on.
        noClasses().that().resideInAPackage("org.leverage.cli..")
                .and().doNotHaveSimpleName("LeverageCli").and().doNotHaveSimpleName("StartupTraining")
                .should().callMethod(System.class, "exit", int.class)
                .check(LEVERAGE);
    }

    @Test
    void onlyTheSeamTouchesDroolsInternals() {
        noClasses().that().haveNameNotMatching("org\\.leverage\\.engine\\.DroolsInternals.*")
                .should().dependOnClassesThat().resideInAnyPackage("org.drools.tms..", "org.drools.core..",
                        "org.drools.base..", "org.drools.kiesession..", "org.drools.compiler..",
                        "org.drools.mvel..", "org.drools.model..")
                .orShould().dependOnClassesThat().haveNameMatching("org\\.drools\\..*\\.impl\\..*")
                .because("every use of a Drools internal goes through engine.DroolsInternals, which"
                        + " DroolsInternalsTest checks on each Drools upgrade")
                .check(LEVERAGE);
        noClasses().that().haveNameNotMatching("org\\.leverage\\.engine\\.DecisionTables.*")
                .and().haveNameNotMatching("org\\.leverage\\.engine\\.DroolsInternals.*")
                .should().dependOnClassesThat().resideInAPackage("org.drools..")
                .because("outside the seam, Leverage speaks to Drools through the public KIE api alone (and the"
                        + " decision-table parsers' entry points, in DecisionTables)")
                .check(LEVERAGE);
    }

    @Test
    void noDocumentIsEverMappedOntoClasses() {
        // SECURITY.md, "State files are data": the state reader walks tokens and builds the records itself, so no
        // document can name a class to build. Only the framework's own catalogue.yaml, which is rule-folder code,
        // is bound to classes (the engine's Catalogue* readers).
        com.tngtech.archunit.base.DescribedPredicate<com.tngtech.archunit.core.domain.JavaMethodCall> binding =
                com.tngtech.archunit.base.DescribedPredicate.describe("read a document into objects (Jackson's"
                        + " readValue, readTree, treeToValue, convertValue)", call ->
                        call.getTargetOwner().getPackageName().startsWith("com.fasterxml.jackson.databind")
                                && call.getName().matches("readValues?|readTree|treeToValue|convertValue"));
        noClasses().that().haveNameNotMatching("org\\.leverage\\.engine\\.Catalogue.*")
                .should().callMethodWhere(binding)
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.yaml.snakeyaml.Yaml")
                .orShould().dependOnClassesThat().resideInAPackage("org.yaml.snakeyaml.constructor..")
                .because("a state document is read token by token (org.leverage.io.StateReader), never bound to"
                        + " classes a document could name")
                .check(LEVERAGE);
    }

    @Test
    void aStateIsRecordsOfEnumsBooleansADateAndAString() {
        // SECURITY.md: what reading gives is an immutable record of enums, booleans, a date and a string (and the
        // format number), nothing a document could make run.
        java.util.List<String> offending = new java.util.ArrayList<>();
        java.util.Deque<Class<?>> toCheck = new java.util.ArrayDeque<>(java.util.List.of(
                org.leverage.api.PolicyState.class));
        java.util.Set<Class<?>> seen = new java.util.HashSet<>();
        while (!toCheck.isEmpty()) {
            Class<?> type = toCheck.pop();
            if (!seen.add(type)) {
                continue;
            }
            if (!type.isRecord()) {
                offending.add(type.getName() + " is not a record");
                continue;
            }
            for (java.lang.reflect.RecordComponent component : type.getRecordComponents()) {
                Class<?> field = component.getType();
                if (field.isRecord() && field.getPackageName().equals("org.leverage.api")) {
                    toCheck.push(field);
                } else if (!(field.isEnum() || field == boolean.class || field == int.class
                        || field == String.class || field == java.time.LocalDate.class)) {
                    offending.add(type.getSimpleName() + "." + component.getName() + " is a " + field.getName());
                }
            }
        }
        org.assertj.core.api.Assertions.assertThat(seen).hasSizeGreaterThanOrEqualTo(7);
        org.assertj.core.api.Assertions.assertThat(offending).isEmpty();
    }
}
