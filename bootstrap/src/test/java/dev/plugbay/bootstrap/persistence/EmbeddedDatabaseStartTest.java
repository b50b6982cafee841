package dev.plugbay.bootstrap.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plugbay.application.port.out.catalog.CatalogReads;
import dev.plugbay.domain.catalog.CatalogQuery;
import dev.plugbay.domain.catalog.CatalogSort;
import dev.plugbay.domain.user.Username;
import io.micronaut.context.ApplicationContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged configuration: an H2 file under plugbay.home, seeded on its first start only. */
class EmbeddedDatabaseStartTest {

    @Test
    void theFirstStartCreatesTheDatabaseUnderHomeWithTheExamplesAndARestartKeepsThemOnce(@TempDir Path home) {
        assertEquals(6, publicPluginsAfterStart(home, Map.of()));
        assertTrue(Files.isRegularFile(home.resolve("db/plugbay.mv.db")));

        assertEquals(6, publicPluginsAfterStart(home, Map.of()));
    }

    @Test
    void seedingCanBeTurnedOff(@TempDir Path home) {
        assertEquals(0, publicPluginsAfterStart(home, Map.of("plugbay.catalog.seed", false)));
    }

    private static long publicPluginsAfterStart(Path home, Map<String, Object> extra) {
        Map<String, Object> properties = new HashMap<>(extra);
        properties.put("plugbay.home", home.toString());
        try (ApplicationContext context = ApplicationContext.run(properties)) {
            return context.getBean(CatalogReads.class).search(new CatalogQuery(new Username("visitor"), Optional.empty(),
                    Optional.empty(), Optional.empty(), CatalogSort.NAME, 1, 50)).total();
        }
    }
}
