/**
 * What-if tools over the public api: {@link org.leverage.whatif.Difference} says what changes between two
 * states and their assessments; {@link org.leverage.whatif.Sweep} assesses every combination of a few fields'
 * values and says which conclusions each field can flip; {@link org.leverage.whatif.Reach} finds the smallest
 * sets of changes to a state that give a {@link org.leverage.whatif.ReachTarget}. Uses only
 * {@code org.leverage.api} (never the engine); nothing here prints or exits.
 */
package org.leverage.whatif;
