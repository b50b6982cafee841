package dev.plugbay.bootstrap.logging;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import io.micronaut.context.annotation.Context;
import io.micronaut.core.annotation.Order;
import io.micronaut.core.order.Ordered;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * Makes {@code plugbay.log.format} take effect wherever Micronaut reads it from (a command-line
 * argument {@code --plugbay.log.format=json}, a configuration file), not only from the JVM system
 * property or the environment variable that logback reads before the start: as the application
 * starts, the root logger writes through the appender of logback.xml that the setting names. A
 * logback configuration of the operator's own, without those appenders, is left as it is.
 */
@Context
@Order(Ordered.HIGHEST_PRECEDENCE)
final class LogFormatSwitch {

    /** The logger of logback.xml that holds one appender per format. */
    private static final String FORMATS = "dev.plugbay.log-formats";

    LogFormatSwitch(LogSettings settings) {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return;
        }
        Appender<ILoggingEvent> wanted = context.getLogger(FORMATS).getAppender(settings.format());
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        if (wanted == null || root.getAppender(settings.format()) != null) {
            return;
        }
        List<Appender<ILoggingEvent>> others = new ArrayList<>();
        root.iteratorForAppenders().forEachRemaining(others::add);
        root.addAppender(wanted);
        others.forEach(root::detachAppender);
    }
}
