package org.leverage.api;

/**
 * A policy state that cannot be assessed: a file that is missing, unreadable, too large or not UTF-8, not a
 * mapping, of a future format, with an unknown or duplicate key, a wrong type, an unknown value, a YAML anchor,
 * alias or tag, or a contradiction (contract §2). Read from a document, it always carries a location (line 0 when the
 * problem is the file as a whole) and a one-line message; thrown by an advisor for a state built in code, it
 * carries none.
 */
public final class InvalidStateException extends LeverageException {

    private final String field;

    /**
     * @param location where the problem is; {@code null} for a state built in code
     * @param field    the path of the field at fault, e.g. {@code unitedStates.goal}; empty for the whole document
     * @param message  what is wrong and what would be valid
     */
    public InvalidStateException(SourceLocation location, String field, String message) {
        this(location, field, message, null);
    }

    public InvalidStateException(SourceLocation location, String field, String message, Throwable cause) {
        super(location, field.isEmpty() ? message : field + ": " + message, cause);
        this.field = field;
    }

    /** The path of the field at fault; empty when the problem is the document as a whole. */
    public String field() {
        return field;
    }
}
