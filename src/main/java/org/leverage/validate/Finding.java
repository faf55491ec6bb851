package org.leverage.validate;

/**
 * One thing validation found.
 *
 * @param severity how serious it is
 * @param file     the file it is about (a rule file, or the framework as a whole)
 * @param kind     a short stable name of the finding class, e.g. {@code never-fires}
 * @param message  one line for a person
 */
public record Finding(Severity severity, String file, String kind, String message) {

    /** How serious a finding is; {@code --strict} treats warnings as errors. */
    public enum Severity { ERROR, WARNING }

    /** {@code file: severity [kind] message}, on one line. */
    @Override
    public String toString() {
        return file + ": " + severity.name().toLowerCase(java.util.Locale.ROOT) + " [" + kind + "] " + message;
    }
}
