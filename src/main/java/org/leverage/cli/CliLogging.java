package org.leverage.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import org.slf4j.LoggerFactory;

/**
 * The command line's logging, set up in code: everything to stderr, warnings only unless {@code --verbose}, and
 * Drools silent (it logs every compile error itself; Leverage reports each once, located, in its own words).
 * The same set-up as {@code logback-cli.xml}, which the benchmarks and the build use; done in code because
 * logback's reading of an XML file was a tenth of a cold {@code leverage assess}.
 */
final class CliLogging {

    private CliLogging() {
    }

    /** Replaces whatever logback configured by itself; call before anything logs. */
    static void configure(boolean verbose) {
        // No file: logback's own start-up then finds nothing to read and sets up a console logger, replaced here.
        System.clearProperty("logback.configurationFile");
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return;   // another SLF4J backend was put on the class path: it keeps its own configuration
        }
        context.reset();
        LogLineLayout layout = new LogLineLayout();
        layout.setContext(context);
        layout.start();
        LayoutWrappingEncoder<ILoggingEvent> encoder = new LayoutWrappingEncoder<>();
        encoder.setContext(context);
        encoder.setLayout(layout);
        encoder.start();
        ConsoleAppender<ILoggingEvent> stderr = new ConsoleAppender<>();
        stderr.setContext(context);
        stderr.setName("STDERR");
        stderr.setTarget("System.err");
        stderr.setEncoder(encoder);
        stderr.start();
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.addAppender(stderr);
        root.setLevel(verbose ? Level.DEBUG : Level.WARN);
        Level drools = verbose ? Level.INFO : Level.OFF;
        context.getLogger("org.drools").setLevel(drools);
        context.getLogger("org.kie").setLevel(drools);
    }
}
