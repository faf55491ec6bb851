/**
 * The hooks for those who implement the api rather than call it: an engine behind
 * {@link org.leverage.api.Advisor#builder()} ({@link org.leverage.api.spi.AdvisorProvider}), a reader of state
 * files behind {@link org.leverage.api.PolicyState#read(java.nio.file.Path)}
 * ({@link org.leverage.api.spi.StateParser}), both found with {@link java.util.ServiceLoader}, and explanation
 * steps made on first read ({@link org.leverage.api.spi.LazySteps}). An application that only assesses needs
 * none of this.
 */
package org.leverage.api.spi;
