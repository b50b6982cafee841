package dev.plugbay.adapters.persistence.catalog.search;

import dev.plugbay.adapters.persistence.catalog.JdbcCatalog;
import dev.plugbay.adapters.persistence.support.TestDatabase;
import dev.plugbay.adapters.persistence.transaction.Transactions;
import dev.plugbay.contracts.testing.Manifests;
import dev.plugbay.domain.catalog.CatalogQuery;
import dev.plugbay.domain.catalog.CatalogSort;
import dev.plugbay.domain.catalog.Page;
import dev.plugbay.domain.catalog.Plugin;
import dev.plugbay.domain.json.JsonArray;
import dev.plugbay.domain.json.JsonString;
import dev.plugbay.domain.manifest.Manifest;
import dev.plugbay.domain.manifest.ManifestOrigin;
import dev.plugbay.domain.manifest.StoredManifests;
import dev.plugbay.domain.user.Username;
import io.micronaut.context.ApplicationContext;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * Not a test: measures one catalog page (50 items, text search and a sort) through
 * {@link JdbcCatalog#search} at 10,000 and 100,000 plugins on an H2 file and on PostgreSQL.
 * Run it with {@code bench/catalog-query.sh [plugin counts...]} (default 10000 100000).
 */
public final class CatalogQueryBenchmark {

    private static final String[] ADJECTIVES = {"quick", "smart", "tiny", "bright", "silent", "rapid", "simple", "golden",
        "hidden", "modern", "classic", "secure", "local", "global", "daily", "visual", "live", "open", "shared", "handy"};
    private static final String[] NOUNS = {"clock", "weather", "stock", "asset", "report", "chart", "scanner", "badge",
        "calendar", "notes", "map", "gallery", "timer", "ledger", "inbox", "tracker", "monitor", "catalog", "label",
        "backup", "filter", "search", "export", "import", "audit", "sensor", "printer", "invoice", "budget", "queue",
        "camera", "profile", "team", "task", "alert", "logger", "meter", "wallet", "forecast", "summary"};
    private static final String[] TAGS = {"time", "inventory", "finance", "sales", "reports", "alerts", "tools", "media",
        "security", "sync", "export", "ai", "maps", "team", "dashboard", "assets", "audit", "devices", "print", "misc"};
    /** {@code BENCH_ONLY=h2} or {@code BENCH_ONLY=postgres} runs one database only. */
    private static final String ONLY = System.getenv().getOrDefault("BENCH_ONLY", "both");
    /** Enough for the JIT to settle on H2's scan code: medians kept falling for over 1,000 queries. */
    private static final int WARMUP = 2000;
    private static final int MEASURED = 1000;

    private CatalogQueryBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.out.printf("%-10s %9s  %-34s %10s %10s %8s%n", "database", "plugins", "query", "median ms", "p99 ms", "matches");
        int[] sizes = args.length == 0 ? new int[] {10_000, 100_000}
                : Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        for (int size : sizes) {
            if (!ONLY.equals("postgres")) {
                Path home = Files.createTempDirectory("plugbay-bench");
                try {
                    run("H2 file", TestDatabase.h2File(home), size);
                } finally {
                    deleteTree(home);
                }
            }
            if (!ONLY.equals("h2")) {
                run("PostgreSQL", TestDatabase.postgres(), size);
            }
        }
    }

    /** The H2 file of a 100,000-plugin run is about 200 MB: it goes when its run ends. */
    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static void run(String name, TestDatabase database, int size) throws SQLException {
        // Measures the query itself: no result kept from an earlier search of the same query.
        Map<String, Object> properties = new HashMap<>(database.properties());
        properties.put("plugbay.catalog.search-cache-size", 0);
        try {
            try (ApplicationContext seeding = ApplicationContext.run(properties)) {
                seed(seeding.getBean(Transactions.class), seeding.getBean(DataSource.class), size);
            }
            compactIfH2((String) properties.get("datasources.default.url"));
            measureAll(name, size, properties);
        } finally {
            database.drop();
        }
    }

    private static void measureAll(String name, int size, Map<String, Object> properties) {
        try (ApplicationContext context = ApplicationContext.run(properties)) {
            JdbcCatalog catalog = context.getBean(JdbcCatalog.class);
            measure(name, size, catalog, "q=<noun> sort=downloads page 1",
                    rotation(i -> query(NOUNS[i % NOUNS.length], CatalogSort.DOWNLOADS, 1)));
            measure(name, size, catalog, "q=<3 letters> sort=name page 3",
                    rotation(i -> query(NOUNS[i % NOUNS.length].substring(0, 3), CatalogSort.NAME, 3)));
            measure(name, size, catalog, "q=<adjective noun> sort=updated",
                    rotation(i -> query(ADJECTIVES[i % ADJECTIVES.length] + " " + NOUNS[i % NOUNS.length],
                            CatalogSort.UPDATED, 1)));
            measure(name, size, catalog, "no text sort=downloads page <1-40>",
                    rotation(i -> query(null, CatalogSort.DOWNLOADS, 1 + i % NOUNS.length)));
        }
    }

    /**
     * The bulk load leaves an H2 file mostly of superseded chunks (about 800 MB at 100,000
     * plugins), which H2 rewrites in the background for minutes after it opens, competing with the
     * queries for CPU and cache. {@code SHUTDOWN COMPACT} does that work once, offline, as
     * {@code VACUUM} does for PostgreSQL: measurements start on a settled database.
     */
    private static void compactIfH2(String url) throws SQLException {
        if (url.startsWith("jdbc:h2:file:")) {
            try (Connection connection = DriverManager.getConnection(url, "sa", "");
                    Statement statement = connection.createStatement()) {
                statement.execute("SHUTDOWN COMPACT");
            }
        }
    }

    private static CatalogQuery query(String text, CatalogSort sort, int page) {
        return new CatalogQuery(new Username("visitor"), Optional.ofNullable(text), Optional.empty(), Optional.empty(),
                sort, page, 50);
    }

    /**
     * The benchmark's queries of one shape, one per {@link #NOUNS} entry (adjectives cycle along):
     * run in turn, so that no query repeats the one before it and no database can answer it from
     * the previous result.
     */
    private static List<CatalogQuery> rotation(IntFunction<CatalogQuery> queryNumber) {
        return IntStream.range(0, NOUNS.length).mapToObj(queryNumber).toList();
    }

    /** Median and p99 over the rotation's queries, and their mean number of matches. */
    private static void measure(String database, int size, JdbcCatalog catalog, String label, List<CatalogQuery> queries) {
        for (int i = 0; i < WARMUP; i++) {
            catalog.search(queries.get(i % queries.size()));
        }
        long[] nanos = new long[MEASURED];
        long matches = 0;
        for (int i = 0; i < MEASURED; i++) {
            CatalogQuery query = queries.get(i % queries.size());
            long start = System.nanoTime();
            Page<Plugin> page = catalog.search(query);
            nanos[i] = System.nanoTime() - start;
            if (page.items().isEmpty()) {
                throw new IllegalStateException("the benchmark query found nothing: " + query);
            }
            matches += page.total();
        }
        Arrays.sort(nanos);
        System.out.printf("%-10s %9d  %-34s %10.2f %10.2f %8d%n", database, size, label,
                nanos[MEASURED / 2] / 1e6, nanos[(int) (MEASURED * 0.99)] / 1e6, matches / MEASURED);
    }

    /**
     * Fresh statistics; on PostgreSQL also a VACUUM (outside any transaction), which sets the
     * visibility map that index-only scans rely on, as autovacuum does on a settled database.
     */
    private static void settle(DataSource dataSource) throws SQLException {
        try (Connection connection = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
                Statement statement = connection.createStatement()) {
            connection.setAutoCommit(true);
            boolean postgres = connection.getMetaData().getDatabaseProductName().equals("PostgreSQL");
            statement.execute(postgres ? "VACUUM ANALYZE" : "ANALYZE");
        }
    }

    /** Bulk insert in batches: the rows the adapter writes for new plugins, without a transaction per plugin. */
    private static void seed(Transactions transactions, DataSource dataSource, int size) throws SQLException {
        Random random = new Random(42);
        Instant base = Instant.parse("2026-01-01T00:00:00Z");
        Map<SearchCounts.Key, Long> counts = new HashMap<>();
        int batch = 2_000;
        for (int from = 0; from < size; from += batch) {
            int first = from;
            transactions.withConnection(connection -> {
                insertBatch(connection, random, base, first, Math.min(first + batch, size), counts);
                return null;
            });
        }
        transactions.withConnection(connection -> insertCounts(connection, counts));
        settle(dataSource);
    }

    /** The counters of the seeded catalog, in place of the empty catalog's (migration V5). */
    private static int[] insertCounts(Connection connection, Map<SearchCounts.Key, Long> counts) throws SQLException {
        try (Statement delete = connection.createStatement()) {
            delete.execute("DELETE FROM search_count");
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO search_count (facet, prefix, public_plugins) VALUES (?, ?, ?)")) {
            for (Map.Entry<SearchCounts.Key, Long> count : counts.entrySet()) {
                insert.setString(1, count.getKey().facet());
                insert.setString(2, count.getKey().prefix());
                insert.setLong(3, count.getValue());
                insert.addBatch();
            }
            return insert.executeBatch();
        }
    }

    /** The rows the adapter writes for each new plugin; the counters it would add to, in {@code counts}. */
    private static void insertBatch(Connection connection, Random random, Instant base, int from, int to,
            Map<SearchCounts.Key, Long> counts) throws SQLException {
        try (PreparedStatement plugins = connection.prepareStatement("INSERT INTO plugin (id, author, author_key, official,"
                + " download_count, created_at, updated_at, revision, listed_version, name, name_key, slot, listed_public, listed_ui)"
                + " VALUES (?, ?, ?, FALSE, ?, ?, ?, 0, '1.0.0', ?, ?, 'dashboard_top', TRUE, TRUE)");
                PreparedStatement releases = connection.prepareStatement(
                        "INSERT INTO plugin_release (plugin_id, version, manifest, published_at) VALUES (?, '1.0.0', ?, ?)");
                PreparedStatement tags = connection.prepareStatement("INSERT INTO plugin_tag (tag, plugin_id) VALUES (?, ?)");
                PreparedStatement terms = connection.prepareStatement("INSERT INTO search_term (term, previous_term,"
                        + " plugin_id, listed_public, author_key, slot, download_count, name_key, updated_at, listed_ui)"
                        + " VALUES (?, ?, ?, TRUE, ?, 'dashboard_top', ?, ?, ?, TRUE)")) {
            for (int i = from; i < to; i++) {
                String id = "plugin-" + i;
                String name = ADJECTIVES[random.nextInt(ADJECTIVES.length)] + " " + NOUNS[random.nextInt(NOUNS.length)];
                String tag = TAGS[random.nextInt(TAGS.length)];
                Manifest manifest = Manifests.reader().read(Manifests.uiPlugin(id, "1.0.0")
                        .with("name", new JsonString(name))
                        .with("description", new JsonString("A " + name + " for the " + NOUNS[random.nextInt(NOUNS.length)]))
                        .with("tags", JsonArray.of(new JsonString(tag)))
                        .with("author", new JsonString("author" + (i % 500))), ManifestOrigin.document()).manifest();
                Timestamp published = Timestamp.from(base.plusSeconds(random.nextInt(10_000_000)));
                long downloads = random.nextInt(100_000);
                plugins.setString(1, id);
                plugins.setString(2, manifest.author().value());
                plugins.setString(3, manifest.author().canonical());
                plugins.setLong(4, downloads);
                plugins.setTimestamp(5, published);
                plugins.setTimestamp(6, published);
                plugins.setString(7, name);
                plugins.setString(8, name);
                plugins.addBatch();
                releases.setString(1, id);
                releases.setString(2, StoredManifests.toText(manifest));
                releases.setTimestamp(3, published);
                releases.addBatch();
                tags.setString(1, tag);
                tags.setString(2, id);
                tags.addBatch();
                new SearchCounts.Face(true, Optional.of("dashboard_top"), SearchWords.of(manifest), Set.of(tag)).keys()
                        .forEach(key -> counts.merge(key, 1L, Long::sum));
                for (SearchWords.IndexedWord word : SearchWords.indexed(manifest)) {
                    terms.setString(1, word.word());
                    terms.setString(2, word.previous());
                    terms.setString(3, id);
                    terms.setString(4, manifest.author().canonical());
                    terms.setLong(5, downloads);
                    terms.setString(6, name);
                    terms.setTimestamp(7, published);
                    terms.addBatch();
                }
            }
            plugins.executeBatch();
            releases.executeBatch();
            tags.executeBatch();
            terms.executeBatch();
        }
    }
}
