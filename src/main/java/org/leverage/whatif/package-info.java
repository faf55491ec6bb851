/**
 * What-if tools over the public api: {@link org.leverage.whatif.Difference} says what changes between two
 * states and their assessments; {@link org.leverage.whatif.Sweep} assesses every combination of a few fields'
 * values and says which conclusions each field can flip. Uses only {@code org.leverage.api} (never the engine);
 * nothing here prints or exits.
 */
package org.leverage.whatif;
