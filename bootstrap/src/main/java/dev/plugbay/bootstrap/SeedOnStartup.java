package dev.plugbay.bootstrap;

import dev.plugbay.application.service.seed.SeedCatalogService;
import dev.plugbay.bootstrap.settings.SeedSettings;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Offers the example catalog when the service starts, unless {@code plugbay.catalog.seed} is off; it
 * loads only on a database's first start.
 */
@Singleton
final class SeedOnStartup implements ApplicationEventListener<StartupEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(SeedOnStartup.class);

    private final SeedCatalogService seeder;
    private final SeedSettings settings;

    SeedOnStartup(SeedCatalogService seeder, SeedSettings settings) {
        this.seeder = seeder;
        this.settings = settings;
    }

    @Override
    public void onApplicationEvent(StartupEvent event) {
        if (!settings.seed()) {
            return;
        }
        SeedCatalogService.SeedOutcome outcome = seeder.seedIfFirstStart();
        if (!outcome.loaded().isEmpty()) {
            LOG.info("Loaded {} example plugins into the empty catalog", outcome.loaded().size());
        }
        outcome.skipped().forEach(reason -> LOG.warn("Example plugin skipped: {}", reason));
    }
}
