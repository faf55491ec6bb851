/**
 * The vocabulary of the rules: the facts that DRL files in {@code rules/} conclude with {@code insertLogical}
 * and read back. The policy state itself reaches the rules as the records of {@link org.leverage.api}
 * ({@code UnitedStates}, {@code OffersToPyongyang}, {@code CommitmentsToBeijing}, {@code China},
 * {@code NorthKorea}, {@code Peninsula}), one fact each.
 *
 * <p>Classification facts ({@link org.leverage.rules.Concern}, {@link org.leverage.rules.Answered},
 * {@link org.leverage.rules.InPlace}, {@link org.leverage.rules.CurrentPhase}, ...) are derived from the state;
 * decisions ({@link org.leverage.rules.Recommendation}, {@link org.leverage.rules.Warning}) from them.
 */
package org.leverage.rules;
