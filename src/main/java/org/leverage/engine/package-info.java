/**
 * The engine behind the api: Drools, the framework's rule folders and catalogue, and the assessments made of
 * them. Found by the api through {@link java.util.ServiceLoader} ({@link org.leverage.engine.DroolsAdvisorProvider});
 * nothing outside this package imports it.
 *
 * <p>Its parts, in the order a state meets them:
 * <ul>
 *   <li>{@code RuleSources}, {@code DecisionTables}, {@code RuleCompiler} and {@code CompiledRulesCache}: a
 *       framework folder read, compiled (or loaded from the cache) and described, each rule with what it
 *       concludes as typed {@link org.leverage.api.Conclusion} values;</li>
 *   <li>{@code CatalogueFiles}, {@code Catalogue}, {@code CatalogueConditions}, {@code Variant},
 *       {@code AnsweredBy}: the catalogue, which words, orders and sources every id;</li>
 *   <li>{@code SessionPool} and {@code StateSession}: one Drools session per thread, updated in place from one
 *       state to the next;</li>
 *   <li>{@code SessionRunner}: the one place a state is run through the rules and {@code Concluded} read out
 *       of the session;</li>
 *   <li>{@code AssessmentAssembler}: the {@link org.leverage.api.Assessment} made of those conclusions and the
 *       catalogue; {@code Memo}: recent assessments by state;</li>
 *   <li>{@code Explainer}, {@code Explanations} and {@code ConditionChecker}: the {@code because} chains and
 *       {@code explain}'s trees and checks, with facts as structured {@link org.leverage.api.Fact} values.</li>
 * </ul>
 *
 * <p><b>The seam to Drools' internals.</b> Every class of Drools that is not the public KIE api is used in
 * {@code DroolsInternals} alone, and {@code DroolsInternalsTest} exercises each of its methods, so that a Drools
 * upgrade that changes one fails there, by name. What it reaches:
 * <ul>
 *   <li>{@code org.drools.tms} (belief sets, logical dependencies) and {@code InternalMatch}: the matches that
 *       support a logically inserted fact;</li>
 *   <li>{@code org.drools.core.common.InternalFactHandle}: the object behind a handle, and the equality key
 *       that holds its belief set;</li>
 *   <li>{@code RuleImpl} and {@code org.drools.base.rule} (patterns, group elements, alpha constraints): a
 *       rule's conditions, the fields they read, and the file it came from;</li>
 *   <li>{@code org.drools.kiesession.rulebase} and {@code org.drools.base.common}'s object streams: a knowledge
 *       base made of cached packages, and the cache's serialized form.</li>
 * </ul>
 * Outside the seam, only the public KIE api is used ({@code KieBase}, {@code KieSession}, {@code FactHandle},
 * {@code Rule}, the knowledge builder), and {@code DecisionTables} calls the spreadsheet compiler's entry point;
 * {@code ArchitectureTest} checks both.
 */
package org.leverage.engine;
