/**
 * Scenario tests (DOMAIN §8): a policy state and what must follow from it. {@link org.leverage.scenario.ScenarioReader}
 * reads scenario files as strictly as state files are read; {@link org.leverage.scenario.Expectation#differences}
 * compares an assessment with what a scenario expects, one readable line per difference.
 */
package org.leverage.scenario;
