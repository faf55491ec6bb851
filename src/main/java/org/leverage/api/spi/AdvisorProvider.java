package org.leverage.api.spi;

import org.leverage.api.Advisor;

/**
 * The engine behind {@link Advisor#builder()}, found with {@link java.util.ServiceLoader} (register it in
 * {@code META-INF/services/org.leverage.api.spi.AdvisorProvider}). Callers use the builder; this interface
 * exists so that the api does not depend on the engine.
 */
public interface AdvisorProvider {

    /** Builds an advisor from these settings. */
    Advisor create(Advisor.Settings settings);
}
