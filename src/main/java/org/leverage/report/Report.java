package org.leverage.report;

import org.leverage.api.Assessment;

/**
 * Renders an assessment in one output format. Implementations are immutable and safe to share between
 * threads; the same assessment always renders to the same string, with {@code "\n"} line endings and a
 * trailing newline.
 */
public interface Report {

    /**
     * The assessment in this format.
     *
     * @throws NullPointerException when {@code assessment} is null
     */
    String render(Assessment assessment);
}
