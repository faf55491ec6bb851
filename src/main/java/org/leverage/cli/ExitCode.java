package org.leverage.cli;

/** What {@code leverage} exits with; listed in every command's {@code --help}. */
public enum ExitCode {
    /** The command did what was asked. */
    OK(0, "ok"),
    /** Leverage itself failed: a bug; run again with --verbose and report the stack trace. */
    INTERNAL_ERROR(1, "internal error (a bug: rerun with --verbose and report it)"),
    /** A wrong option, or a state or scenario file that cannot be read or contradicts itself. */
    INPUT_ERROR(2, "usage or input error: a wrong option or a bad state or scenario file"),
    /** A rule file that does not compile, fails while running, keeps firing, or runs past the time limit. */
    RULE_ERROR(3, "rule-file error: a rule does not compile, fails, keeps firing or runs past --time-limit"),
    /** Some scenario tests did not get what they expect. */
    TESTS_FAILED(4, "scenario tests failed"),
    /** The result could not be written: a full disk, a closed standard output, a file size limit. */
    OUTPUT_ERROR(5, "cannot write the output: full disk, closed stdout, file size limit"),
    /** Standard output was closed by the program reading it ({@code | head}): nothing is said, as other tools. */
    OUTPUT_CLOSED(141, "standard output closed by its reader (... | head): nothing said");

    private final int code;
    private final String meaning;

    ExitCode(int code, String meaning) {
        this.code = code;
        this.meaning = meaning;
    }

    /** The process exit status. */
    public int code() {
        return code;
    }

    /** One line for {@code --help}. */
    public String meaning() {
        return meaning;
    }
}
