package dev.plugbay.adapters.rest.configuration;

import io.micronaut.context.env.ActiveEnvironment;
import io.micronaut.context.env.PropertySource;
import io.micronaut.context.env.yaml.YamlPropertySourceLoader;
import io.micronaut.core.io.ResourceLoader;
import java.util.Optional;

/**
 * Loads {@code plugbay-rest.yml} from this adapter's jar wherever Micronaut loads {@code application}:
 * the HTTP limits, the API documentation's routes and the security rules are written once, here,
 * and hold for the packaged application and for this adapter's tests alike. Registered in
 * {@code META-INF/services}; its properties rank just below {@code application.yml}, so an operator's
 * file or environment still overrides them.
 */
public final class RestAdapterConfiguration extends YamlPropertySourceLoader {

    static final String FILE_NAME = "plugbay-rest";

    @Override
    public Optional<PropertySource> load(String resourceName, ResourceLoader resourceLoader) {
        return super.load(FILE_NAME, resourceLoader);
    }

    @Override
    public Optional<PropertySource> loadEnv(String resourceName, ResourceLoader resourceLoader,
            ActiveEnvironment activeEnvironment) {
        return Optional.empty();
    }

    @Override
    public int getOrder() {
        return DEFAULT_POSITION - 1;
    }
}
