package org.leverage.api;

/**
 * A policy state that cannot be assessed: a file that is missing, unreadable, too large or not UTF-8, not a
 * mapping, of a future format, with an unknown or duplicate key, a wrong type, an unknown value, a YAML anchor,
 * alias or tag, or a contradiction (contract §2). Read from a document, it always carries a location (line 0 when the
 * problem is the file as a whole) and a one-line message; thrown by an advisor for a state built in code, it
 * carries none.
 */
public final class InvalidStateException extends LeverageException {

    /** The path of the field at fault, as {@link #field()} gives it; empty for the whole document. */
    private final String field;

    /**
     * A problem at a field, or in the document as a whole. The message becomes {@code field: message}, or just
     * {@code message} when the field is empty.
     *
     * @param location where the problem is; {@code null} for a state built in code
     * @param field    the path of the field at fault, e.g. {@code unitedStates.goal}; empty for the whole document
     * @param message  what is wrong and what would be valid
     */
    public InvalidStateException(SourceLocation location, String field, String message) {
        this(location, field, message, null);
    }

    /**
     * A problem caused by another exception, such as the I/O error of a file that cannot be read.
     *
     * @param location where the problem is; {@code null} for a state built in code
     * @param field    the path of the field at fault, e.g. {@code unitedStates.goal}; empty for the whole document
     * @param message  what is wrong and what would be valid
     * @param cause    the underlying exception, or {@code null}
     */
    public InvalidStateException(SourceLocation location, String field, String message, Throwable cause) {
        super(location, field.isEmpty() ? message : field + ": " + message, cause);
        this.field = field;
    }

    /**
     * The path of the field at fault, for a program that points a user at it.
     *
     * @return the dotted path of contract §2, e.g. {@code unitedStates.goal}; empty when the problem is the
     *         document as a whole
     */
    public String field() {
        return field;
    }
}
