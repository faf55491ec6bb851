package org.leverage.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * The run {@code bin/leverage} trains the JVM's start-up archive on (an AOT cache on Java 25+, class-data sharing on
 * older Javas): the default assessment, then an explanation, their output discarded. Both, because they load
 * different halves of the framework: an assessment its executable model, {@code explain} its compiled DRL; an
 * archive trained on one alone left the other to load its classes from the jars, a tenth of its run.
 */
public final class StartupTraining {

    /** An id of the built-in framework; should an analyst's edit remove it, only explain goes untrained. */
    private static final String EXPLAINED = "OPEN_BILATERAL_TALKS";

    private StartupTraining() {
    }

    /** Exits with the assessment's status: the archive is worth keeping only when that ran. */
    public static void main(String[] args) {
        CliLogging.configure(false);
        PrintWriter discard = new PrintWriter(Writer.nullWriter());
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int code = LeverageCli.run(discard, err, "assess");
        LeverageCli.run(discard, err, "explain", EXPLAINED);
        err.flush();
        System.exit(code);
    }
}
