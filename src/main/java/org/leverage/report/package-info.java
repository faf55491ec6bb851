/**
 * Report adapters: turn an {@link org.leverage.api.Assessment} into text for a person at a terminal
 * ({@link org.leverage.report.TextReport}) or into the JSON of DOMAIN §7 for programs
 * ({@link org.leverage.report.JsonReport}). Adapters depend on the api, never the other way round; they
 * neither print nor read files, they return strings with {@code "\n"} line endings whatever the platform.
 */
package org.leverage.report;
