package org.leverage.cli;

import ch.qos.logback.classic.pattern.TargetLengthBasedClassNameAbbreviator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.CoreConstants;
import ch.qos.logback.core.LayoutBase;

/**
 * The command line's log line, {@code %-5level %logger{20} - %msg%n} and any exception after it, written out by hand:
 * logback's {@code PatternLayout} registers every converter it knows when first loaded, which was a twentieth of a
 * short run such as {@code leverage assess}, for a logger that usually prints nothing.
 */
final class LogLineLayout extends LayoutBase<ILoggingEvent> {

    private static final int LEVEL_WIDTH = 5;
    private static final int LOGGER_LENGTH = 20;

    private final TargetLengthBasedClassNameAbbreviator abbreviator =
            new TargetLengthBasedClassNameAbbreviator(LOGGER_LENGTH);

    @Override
    public String doLayout(ILoggingEvent event) {
        StringBuilder line = new StringBuilder(128);
        String level = event.getLevel().toString();
        line.append(level);
        for (int i = level.length(); i < LEVEL_WIDTH; i++) {
            line.append(' ');
        }
        line.append(' ').append(abbreviator.abbreviate(event.getLoggerName()))
                .append(" - ").append(event.getFormattedMessage()).append(CoreConstants.LINE_SEPARATOR);
        IThrowableProxy thrown = event.getThrowableProxy();
        if (thrown != null) {
            line.append(ThrowableProxyUtil.asString(thrown));   // one line per frame, each ended
        }
        return line.toString();
    }
}
