package dev.plugbay.bootstrap.settings;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.ConfigurationReader;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.env.Environment;
import io.micronaut.core.convert.ArgumentConversionContext;
import io.micronaut.core.convert.ConversionContext;
import io.micronaut.core.convert.format.ReadableBytes;
import io.micronaut.core.naming.NameUtils;
import io.micronaut.core.type.Argument;
import io.micronaut.inject.BeanDefinition;
import io.micronaut.inject.qualifiers.Qualifiers;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * Reads every Plugbay setting when the server starts, before it listens. Micronaut binds a value it
 * cannot convert (a duration {@code soon}, a number {@code many}) by silently taking the default, so
 * each value set for a {@code @ConfigurationProperties} record of Plugbay's is converted here first,
 * and one that does not convert stops the start with the property, the value and the expected form.
 * Then each record is created, so its own rules (a positive limit, a host name, a URL) are checked
 * now rather than when a request first needs it.
 */
@Context
final class SettingsCheck {

    private static final String PLUGBAY_TYPES = "dev.plugbay.";

    SettingsCheck(ApplicationContext context) {
        for (BeanDefinition<?> settings : context.getBeanDefinitions(Qualifiers.byStereotype(ConfigurationReader.class))) {
            if (settings.getBeanType().getName().startsWith(PLUGBAY_TYPES)) {
                String prefix = settings.stringValue(ConfigurationReader.class, ConfigurationReader.PREFIX).orElseThrow();
                for (Argument<?> argument : settings.getConstructor().getArguments()) {
                    requireConvertible(context.getEnvironment(), prefix + "." + NameUtils.hyphenate(argument.getName()), argument);
                }
                context.getBean(settings);
            }
        }
    }

    private static void requireConvertible(Environment environment, String property, Argument<?> argument) {
        Optional<Object> value = environment.getProperty(property, Object.class);
        if (value.isEmpty()) {
            return;
        }
        ArgumentConversionContext<?> conversion = ConversionContext.of(argument);
        if (environment.getProperty(property, conversion).isEmpty()) {
            String reason = conversion.getLastError().map(error -> " (" + error.getCause().getMessage() + ")").orElse("");
            throw new IllegalArgumentException(property + " = '" + value.get() + "': must be " + expectedForm(argument) + reason);
        }
    }

    private static String expectedForm(Argument<?> argument) {
        Class<?> type = argument.getWrapperType();
        if (argument.getAnnotationMetadata().hasAnnotation(ReadableBytes.class)) {
            return "a size in bytes or with a unit (such as 50MB)";
        }
        if (type == Duration.class) {
            return "a duration (such as 10s, 500ms or 5m)";
        }
        if (type == Integer.class || type == Long.class) {
            return "a whole number";
        }
        if (type == Boolean.class) {
            return "true or false";
        }
        if (type == URI.class) {
            return "a URL";
        }
        return "a " + argument.getTypeString(true);
    }
}
