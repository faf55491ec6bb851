package org.leverage.cli;

/**
 * A result that could not be written to the file an option names ({@code --output}, {@code --table}): a full disk,
 * a file size limit, a folder that refuses it. Exit 5, {@link ExitCode#OUTPUT_ERROR}, as when standard output fails.
 */
final class CannotWriteException extends RuntimeException {
    CannotWriteException(String message) {
        super(message);
    }
}
