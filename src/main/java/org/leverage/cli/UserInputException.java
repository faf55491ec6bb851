package org.leverage.cli;

/** A command line that names something unusable: a missing folder, an output file that exists. Exit 2. */
final class UserInputException extends RuntimeException {
    UserInputException(String message) {
        super(message);
    }
}
