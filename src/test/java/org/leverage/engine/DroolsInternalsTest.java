package org.leverage.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;
import org.leverage.api.Approach;
import org.leverage.api.UnitedStates;
import org.leverage.rules.CurrentPhase;
import org.leverage.rules.Warning;

/**
 * The canary for a Drools upgrade: every method of the seam to Drools' internals, exercised on a two-rule
 * knowledge base. When an upgrade moves or changes one of the internal classes, this test fails here, with the
 * seam's name in the message, before any explanation quietly goes wrong.
 */
class DroolsInternalsTest {

    private static final String UPGRADE = "Drools' internals changed (a Drools upgrade?): re-read DroolsInternals"
            + " and its package doc; ";

    private static final String RULES = """
            package canary;
            import org.leverage.api.UnitedStates;
            import org.leverage.api.Approach;
            import org.leverage.api.Phase;
            import org.leverage.rules.CurrentPhase;
            import org.leverage.rules.Warning;

            rule "Demands alone draw a warning"
            when
                $us : UnitedStates( approachToChina == Approach.DEMANDS, militaryOptionSignaled == false )
                not CurrentPhase( phase == Phase.NONE )
            then
                insertLogical( new Warning( "DEMANDS_ARE_A_NONSTARTER" ) );
            end

            rule "A phase for every state"
            when
                exists UnitedStates()
            then
                insertLogical( new CurrentPhase( Phase.ENGAGE_PYONGYANG ) );
            end
            """;

    private static final UnitedStates DEMANDS = UnitedStates.DEFAULTS;
    private static final UnitedStates INCENTIVES = new UnitedStates(DEMANDS.goal(), Approach.INCENTIVES, false,
            true, false, DEMANDS.talksWithPyongyang(), DEMANDS.offersToPyongyang(), DEMANDS.commitmentsToBeijing());

    private final RuleCompiler.Compiled compiled = RuleCompiler.compile(
            List.of(new RuleFile("canary.drl", "canary/canary.drl", RULES)));
    private final KieSession session = compiled.kieBase().newKieSession();

    @AfterEach
    void dispose() {
        session.dispose();
    }

    @Test
    void aLogicalFactIsSupportedByTheMatchThatInsertedIt_anInputFactByNone() {
        UnitedStates demands = DEMANDS;
        FactHandle input = session.insert(demands);
        session.fireAllRules();

        assertThat(DroolsInternals.objectOf(input)).as(UPGRADE + "objectOf").isSameAs(demands);
        assertThat(DroolsInternals.supportsOf(input)).as(UPGRADE + "supportsOf(an inserted fact)").isNull();
        FactHandle warning = handleOf(Warning.class);
        DroolsInternals.Support[] supports = DroolsInternals.supportsOf(warning);
        assertThat(supports).as(UPGRADE + "supportsOf(a logical fact)").hasSize(1);
        assertThat(supports[0].rule().getName()).isEqualTo("Demands alone draw a warning");
        // The match holds the matched record and nothing of Drools' own (no initial fact, no null for the not).
        assertThat(supports[0].matched()).as(UPGRADE + "the matched facts").containsExactly(demands);
        DroolsInternals.Support[] phase = DroolsInternals.supportsOf(handleOf(CurrentPhase.class));
        assertThat(phase).as(UPGRADE + "an exists-only match").singleElement()
                .satisfies(s -> assertThat(s.matched()).isEmpty());
    }

    @Test
    void aWithdrawnReasonLeavesNoSupport() {
        FactHandle input = session.insert(DEMANDS);
        session.fireAllRules();
        session.update(input, INCENTIVES);
        session.fireAllRules();

        assertThat(facts(Warning.class)).as(UPGRADE + "truth maintenance retracts an unsupported fact").isEmpty();
    }

    @Test
    void aRulesConditionsAreReadInTheOrderWritten_withTheirForms() {
        Rule rule = rule("Demands alone draw a warning");

        List<DroolsInternals.Condition> conditions = DroolsInternals.conditionsOf(rule);

        assertThat(conditions).as(UPGRADE + "conditionsOf").extracting(DroolsInternals.Condition::form)
                .containsExactly(DroolsInternals.Form.PATTERN, DroolsInternals.Form.NOT);
        DroolsInternals.FactPattern us = conditions.get(0).pattern();
        assertThat(us.type()).isEqualTo(UnitedStates.class);
        assertThat(us.text()).contains("UnitedStates(").contains("approachToChina").contains("militaryOptionSignaled");
        assertThat(us.comparesWithEarlier()).isFalse();
        assertThat(DroolsInternals.conditionsOf(rule("A phase for every state")))
                .extracting(DroolsInternals.Condition::form).containsExactly(DroolsInternals.Form.EXISTS);
    }

    @Test
    void aPatternAdmitsOnlyTheFactsItsOwnConstraintsAllow() {
        FactHandle demands = session.insert(DEMANDS);
        FactHandle incentives = session.insert(INCENTIVES);
        DroolsInternals.FactPattern us = DroolsInternals.conditionsOf(rule("Demands alone draw a warning"))
                .get(0).pattern();

        assertThat(us.admits(demands, session)).as(UPGRADE + "FactPattern.admits").isTrue();
        assertThat(us.admits(incentives, session)).isFalse();
    }

    @Test
    void theFieldsARuleReadsAreFoundInItsConstraintText() {
        Map<Class<?>, String> texts = DroolsInternals.constraintTextByType(rule("Demands alone draw a warning"));

        assertThat(texts).as(UPGRADE + "constraintTextByType").containsOnlyKeys(UnitedStates.class);
        assertThat(texts.get(UnitedStates.class)).contains("approachToChina").contains("militaryOptionSignaled");
    }

    @Test
    void aRuleKnowsTheFileItCameFrom() {
        assertThat(DroolsInternals.sourcePathOf(rule("A phase for every state"))).as(UPGRADE + "sourcePathOf")
                .isEqualTo("canary/canary.drl");
    }

    @Test
    void compiledPackagesSurviveTheirSerializedForm() throws Exception {
        Collection<KiePackage> packages = compiled.kieBase().getKiePackages();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = DroolsInternals.packageWriter(bytes)) {
            out.writeObject(new ArrayList<>(packages));
        }
        Collection<KiePackage> read;
        try (ObjectInputStream in = DroolsInternals.packageReader(new ByteArrayInputStream(bytes.toByteArray()),
                getClass().getClassLoader(), new CacheEntryFilter())) {
            @SuppressWarnings("unchecked")
            Collection<KiePackage> packagesRead = (Collection<KiePackage>) in.readObject();
            read = packagesRead;
        }

        KieBase again = DroolsInternals.knowledgeBaseOf(read);
        KieSession fresh = again.newKieSession();
        try {
            fresh.insert(DEMANDS);
            fresh.fireAllRules();
            assertThat(fresh.getObjects(Warning.class::isInstance)).as(UPGRADE + "packageWriter/Reader")
                    .hasSize(1);
        } finally {
            fresh.dispose();
        }
        assertThat(DroolsInternals.serializationClass().getName()).startsWith("org.drools.");
    }

    private Rule rule(String name) {
        return compiled.byRule().keySet().stream().filter(r -> r.getName().equals(name)).findFirst().orElseThrow();
    }

    private FactHandle handleOf(Class<?> type) {
        return session.getFactHandles(type::isInstance).iterator().next();
    }

    private Collection<?> facts(Class<?> type) {
        return session.getObjects(type::isInstance);
    }

    @Test
    void theCodeGeneratorTurnsRulesIntoModelClassesThatLoadAndFireAsTheDrlDoes() throws Exception {
        DroolsInternals.GeneratedModel model = DroolsInternals.generateExecutableModel(
                List.of(new RuleFile("canary.drl", "canary/canary.drl", RULES)));
        assertThat(model.modelClasses()).as(UPGRADE + "generateExecutableModel").hasSize(1)
                .allMatch(name -> name.startsWith("canary.Rules"));
        java.nio.file.Path classes = java.nio.file.Files.createTempDirectory("canary-model");
        try {
            for (Map.Entry<String, byte[]> file : model.classFiles().entrySet()) {
                java.nio.file.Path target = classes.resolve(file.getKey());
                java.nio.file.Files.createDirectories(target.getParent());
                java.nio.file.Files.write(target, file.getValue());
            }
            try (java.net.URLClassLoader loader = new java.net.URLClassLoader(
                    new java.net.URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
                KieBase kieBase = DroolsInternals.knowledgeBaseOfModel(model.modelClasses(), loader);
                KieSession generated = kieBase.newKieSession();
                try {
                    generated.insert(DEMANDS);
                    assertThat(generated.fireAllRules()).as(UPGRADE + "knowledgeBaseOfModel").isEqualTo(2);
                    FactHandle warning = generated.getFactHandles(Warning.class::isInstance).iterator().next();
                    assertThat(DroolsInternals.supportsOf(warning)).as(UPGRADE + "supportsOf(a model's fact)")
                            .singleElement().satisfies(support -> {
                                assertThat(support.rule().getName()).isEqualTo("Demands alone draw a warning");
                                assertThat(support.matched()).containsExactly(DEMANDS);
                            });
                } finally {
                    generated.dispose();
                }
            }
        } finally {
            try (var walk = java.nio.file.Files.walk(classes)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }
}
