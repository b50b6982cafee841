package dev.plugbay.adapters.github.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RegistryLocationTest {

    @Test
    void readsOwnerSlashName() {
        assertEquals(new RegistryLocation("example-org", "example-market", "release/v2"),
                RegistryLocation.of(" example-org/example-market ", "release/v2"));
    }

    @ParameterizedTest(name = "{0} @ {1}")
    @CsvSource(delimiter = '|', textBlock = """
            example-org                  | main
            example-org/market/extra     | main
            ../etc/passwd                | main
            example-org/..               | main
            example org/market           | main
            example-org/mar?ket          | main
            example-org/market           | ../main
            example-org/market           | main/
            example-org/market           | feature//x
            example-org/market           | main.lock
            example-org/market           | main?ref=x
            example-org/market           | -main
            """)
    void refusesRepositoriesAndBranchesThatCouldReshapeAPath(String repository, String branch) {
        assertThrows(IllegalArgumentException.class, () -> RegistryLocation.of(repository, branch));
    }
}
