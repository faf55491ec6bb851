package org.leverage.api;

import java.util.Optional;

/** The root of every error Leverage reports; each carries the place in the user's file it is about. */
public abstract class LeverageException extends RuntimeException {

    private final transient SourceLocation location;

    /**
     * For the api's own exceptions.
     *
     * @param location where in the user's file the problem is; {@code null} when it is in none
     * @param message  one line saying what is wrong, without the location ({@link #oneLine()} adds it)
     * @param cause    the underlying exception, or {@code null}
     */
    protected LeverageException(SourceLocation location, String message, Throwable cause) {
        super(message, cause);
        this.location = location;
    }

    /**
     * Where in the user's file the problem is, when it is in one.
     *
     * @return the file, line and column; empty for a problem with no place in a file, such as a state built in
     *         code
     */
    public Optional<SourceLocation> location() {
        return Optional.ofNullable(location);
    }

    /**
     * One line for a person: {@code file:line:column: message}.
     *
     * @return the message prefixed with the location, as far as it is known; the bare message when there is none
     */
    public String oneLine() {
        return location == null ? getMessage() : location + ": " + getMessage();
    }
}
