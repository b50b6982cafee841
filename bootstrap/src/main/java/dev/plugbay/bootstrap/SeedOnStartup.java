package dev.plugbay.bootstrap;

import dev.plugbay.application.service.SeedCatalogService;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Offers the example catalog when the service starts; it loads only on a database's first start. */
@Singleton
@Requires(bean = SeedCatalogService.class)
final class SeedOnStartup implements ApplicationEventListener<StartupEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(SeedOnStartup.class);

    private final SeedCatalogService seeder;

    SeedOnStartup(SeedCatalogService seeder) {
        this.seeder = seeder;
    }

    @Override
    public void onApplicationEvent(StartupEvent event) {
        SeedCatalogService.SeedOutcome outcome = seeder.seedIfFirstStart();
        if (!outcome.loaded().isEmpty()) {
            LOG.info("Loaded {} example plugins into the empty catalog", outcome.loaded().size());
        }
        outcome.skipped().forEach(reason -> LOG.warn("Example plugin skipped: {}", reason));
    }
}
