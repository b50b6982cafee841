package dev.plugbay.bootstrap.logging;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Context;
import io.micronaut.core.bind.annotation.Bindable;
import java.util.Set;

/**
 * The {@code plugbay.log} settings. Logback itself reads the format (logback.xml) from the JVM system
 * property {@code plugbay.log.format} or the environment variable {@code PLUGBAY_LOG_FORMAT}, before
 * the application starts; this checks it wherever it was set, so that a value logback cannot use
 * stops the start instead of silencing the log, and {@link LogFormatSwitch} applies it.
 *
 * @param format {@code text} (the default) or {@code json}, one JSON object per line
 */
@Context
@ConfigurationProperties("plugbay.log")
public record LogSettings(@Bindable(defaultValue = "text") String format) {

    private static final Set<String> FORMATS = Set.of("text", "json");

    public LogSettings {
        if (!FORMATS.contains(format)) {
            throw new IllegalArgumentException("plugbay.log.format must be text or json, not " + format);
        }
    }
}
