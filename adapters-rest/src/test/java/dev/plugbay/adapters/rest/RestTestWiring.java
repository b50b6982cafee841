package dev.plugbay.adapters.rest;

import dev.plugbay.adapters.rest.security.JwtSettings;
import dev.plugbay.adapters.rest.security.JwtSigningKey;
import dev.plugbay.adapters.rest.security.TokenIssuer;
import dev.plugbay.application.service.authoring.AuthoringService;
import dev.plugbay.application.service.catalog.CatalogService;
import dev.plugbay.application.service.installation.InstallationService;
import dev.plugbay.application.service.installation.PluginActionService;
import dev.plugbay.application.service.authoring.ManifestValidationService;
import dev.plugbay.application.service.registry.RecordingRegistrySync;
import dev.plugbay.application.service.authoring.StacPreviewService;
import dev.plugbay.contracts.memory.InMemoryDocumentFetcher;
import dev.plugbay.contracts.memory.Marketplace;
import dev.plugbay.contracts.testing.Manifests;
import dev.plugbay.domain.plugin.SlotCatalog;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.env.Environment;
import dev.plugbay.application.service.host.HookPipelineService;
import dev.plugbay.application.service.host.HostPluginInstaller;
import dev.plugbay.application.service.host.HostPluginLifecycle;
import dev.plugbay.application.service.host.HostPluginQueries;
import dev.plugbay.application.service.host.HostPluginRecords;
import dev.plugbay.application.service.host.HostPluginScanner;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

/**
 * The real use cases on the in-memory ports (as bootstrap wires them on the real adapters), and
 * the token beans that bootstrap's JwtWiring makes, with the secret of application-test.yml.
 */
@Factory
class RestTestWiring {

    @Singleton
    Marketplace marketplace() {
        return new Marketplace();
    }

    /** The application's meter registry, as micronaut-micrometer provides one in the packaged application. */
    @Singleton
    MeterRegistry meters() {
        return new SimpleMeterRegistry();
    }

    @Singleton
    InMemoryDocumentFetcher documentFetcher() {
        return new InMemoryDocumentFetcher();
    }

    @Singleton
    CatalogService catalogService(Marketplace marketplace) {
        return marketplace.catalog;
    }

    @Singleton
    InstallationService installationService(Marketplace marketplace) {
        return marketplace.installations;
    }

    @Singleton
    AuthoringService authoringService(Marketplace marketplace) {
        return marketplace.authoring;
    }

    @Singleton
    ManifestValidationService manifestValidationService() {
        return new ManifestValidationService(Manifests.reader());
    }

    /** Exposed as itself only: the sync use case is the recording one around it. */
    @Singleton
    @Bean(typed = CountingSyncRegistry.class)
    CountingSyncRegistry countingSyncRegistry(Marketplace marketplace) {
        return new CountingSyncRegistry(marketplace.sync);
    }

    @Singleton
    RecordingRegistrySync syncRegistry(CountingSyncRegistry counting, Marketplace marketplace) {
        return new RecordingRegistrySync(counting, marketplace.clock);
    }

    /** Previews read from the scripted fetcher, which can also fail the way the outbound guard does. */
    @Singleton
    StacPreviewService stacPreviewService(InMemoryDocumentFetcher fetcher) {
        return new StacPreviewService(fetcher, Manifests.reader());
    }

    @Singleton
    @Bean(preDestroy = "close")
    HostBench hostBench() {
        return new HostBench();
    }

    @Singleton
    HostPluginInstaller hostPluginInstaller(HostBench bench) {
        return bench.services.installer();
    }

    @Singleton
    HostPluginLifecycle hostPluginLifecycle(HostBench bench) {
        return bench.services.lifecycle();
    }

    @Singleton
    HostPluginScanner hostPluginScanner(HostBench bench) {
        return bench.services.scanner();
    }

    @Singleton
    HostPluginQueries hostPluginQueries(HostBench bench) {
        return bench.services.queries();
    }

    @Singleton
    HookPipelineService hookPipelineService(HostBench bench) {
        return bench.services.pipeline();
    }

    @Singleton
    PluginActionService pluginActionService(Marketplace marketplace, HostBench bench) {
        return new PluginActionService(marketplace.persistence.installations(), marketplace.persistence.catalog(),
                bench.services.actions());
    }

    @Singleton
    HostPluginRecords hostPluginRecords(HostBench bench) {
        return bench.services.records();
    }

    @Singleton
    SlotCatalog slotCatalog() {
        return SlotCatalog.DEFAULT;
    }

    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }

    @Singleton
    JwtSigningKey jwtSigningKey(Environment environment) {
        return JwtSigningKey.fromSecret(environment.getRequiredProperty(JwtSettings.SECRET_PROPERTY, String.class),
                JwtSettings.SECRET_PROPERTY);
    }

    @Singleton
    TokenIssuer tokenIssuer(JwtSigningKey key, Environment environment) {
        return new TokenIssuer(key, environment.getRequiredProperty(JwtSettings.ISSUER_PROPERTY, String.class));
    }
}
