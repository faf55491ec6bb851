/**
 * Leverage's public API: everything an embedding application touches. Build an {@link org.leverage.api.Advisor}
 * once, describe today with a {@link org.leverage.api.PolicyState}, and read the
 * {@link org.leverage.api.Assessment}. Nothing here prints, exits or exposes a Drools type; errors are
 * {@link org.leverage.api.LeverageException}s that carry the place in the user's file they are about.
 *
 * <p>"contract §N" (older comments: "DOMAIN §N") means section N of {@code docs/contract.md} in the
 * repository: the state format, the ids and the outputs this api speaks of.
 */
package org.leverage.api;
