package org.leverage.api.spi;

import org.leverage.api.Advisor;

/**
 * The engine behind {@link Advisor#builder()}, found with {@link java.util.ServiceLoader} (register it in
 * {@code META-INF/services/org.leverage.api.spi.AdvisorProvider}). Callers use the builder; this interface
 * exists so that the api does not depend on the engine.
 */
public interface AdvisorProvider {

    /**
     * Builds an advisor from these settings, compiling its rules; called by {@link Advisor.Builder#build()}.
     *
     * @param settings what the builder was told
     * @return a new advisor, immutable and safe to use from many threads
     * @throws org.leverage.api.RuleException when a rule file does not compile or a rules folder cannot be read
     */
    Advisor create(Advisor.Settings settings);
}
