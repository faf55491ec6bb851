package org.leverage.api;

import java.util.Optional;

/** The root of every error Leverage reports; each carries the place in the user's file it is about. */
public abstract class LeverageException extends RuntimeException {

    private final transient SourceLocation location;

    protected LeverageException(SourceLocation location, String message, Throwable cause) {
        super(message, cause);
        this.location = location;
    }

    /** Where in the user's file the problem is, when it is in one. */
    public Optional<SourceLocation> location() {
        return Optional.ofNullable(location);
    }

    /** One line for a person: {@code file:line:column: message}. */
    public String oneLine() {
        return location == null ? getMessage() : location + ": " + getMessage();
    }
}
