package org.leverage.report;

import org.leverage.io.StateSchema;

/**
 * The JSON Schema of the state format that {@code leverage schema} prints: {@link StateSchema}'s tree, written by
 * the one JSON writer in its one-value-per-line layout, so that the same build always prints the same bytes.
 */
public final class StateSchemaReport {

    private StateSchemaReport() {
    }

    /** The schema as JSON text, ending with a newline. */
    public static String json() {
        return Json.write(StateSchema.tree());
    }
}
