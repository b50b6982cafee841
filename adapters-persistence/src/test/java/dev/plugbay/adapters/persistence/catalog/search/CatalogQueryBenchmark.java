package dev.plugbay.adapters.persistence.catalog.search;

import dev.plugbay.adapters.persistence.catalog.JdbcCatalog;
import dev.plugbay.adapters.persistence.database.DatabaseKind;
import dev.plugbay.adapters.persistence.support.TestDatabase;
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
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
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
import java.util.TreeMap;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Not a test: measures one catalog page (50 items, text search and a sort) through
 * {@link JdbcCatalog#search} at 10,000, 100,000 or 1,000,000 plugins on an H2 file and on PostgreSQL.
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
    /**
     * {@code BENCH_KEEP=1} keeps each seeded database for the next run instead of deleting it: the
     * H2 files under {@link #KEPT_H2}, the PostgreSQL databases {@code plugbay_bench_<plugins>}. A
     * later run with {@code BENCH_KEEP=1} measures them as they are (Flyway applies any newer
     * migration first) when their seeding finished (the count of every public plugin is the
     * size: the counters are written last); delete them to seed again.
     */
    private static final boolean KEEP = "1".equals(System.getenv("BENCH_KEEP"));
    private static final Path KEPT_H2 = Path.of("adapters-persistence/target/bench-catalog").toAbsolutePath();
    /** Enough for the JIT to settle on H2's scan code: medians kept falling for over 1,000 queries. */
    private static final int WARMUP = 2000;
    private static final int MEASURED = 1000;
    /** Plugins per transaction while seeding. */
    private static final int CHUNK = 10_000;
    /**
     * H2's page cache while seeding (1 GB; the measurements run with the URL's 64 MB): the load and
     * the index builds rewrite B-tree pages that 64 MB cannot hold past 100,000 plugins.
     */
    private static final int SEEDING_H2_CACHE_KB = 1 << 20;

    private CatalogQueryBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.out.printf("%-10s %9s  %-34s %10s %10s %8s%n", "database", "plugins", "query", "median ms", "p99 ms", "matches");
        int[] sizes = args.length == 0 ? new int[] {10_000, 100_000}
                : Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        for (int size : sizes) {
            if (!ONLY.equals("postgres")) {
                Path home = KEEP ? KEPT_H2.resolve(Integer.toString(size)) : Files.createTempDirectory("plugbay-bench");
                try {
                    run("H2 file", TestDatabase.h2File(home), size);
                } finally {
                    if (!KEEP) {
                        deleteTree(home);
                    }
                }
            }
            if (!ONLY.equals("h2")) {
                run("PostgreSQL", KEEP ? TestDatabase.postgres("plugbay_bench_" + size) : TestDatabase.postgres(), size);
            }
        }
    }

    /** The H2 file of a 100,000-plugin run is about 200 MB: it goes when its run ends, unless kept. */
    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /**
     * Seeds the database unless an earlier run did (a database kept with {@code BENCH_KEEP=1}),
     * then measures. The seeding time covers the load, the indexes and the settling
     * ({@code VACUUM ANALYZE}, or {@code ANALYZE} and {@code SHUTDOWN COMPACT} on H2).
     */
    private static void run(String name, TestDatabase database, int size) throws SQLException {
        // Measures the query itself: no result kept from an earlier search of the same query.
        Map<String, Object> properties = new HashMap<>(database.properties());
        properties.put("plugbay.catalog.search-cache-size", 0);
        try {
            long start = System.nanoTime();
            boolean seeded;
            try (ApplicationContext seeding = ApplicationContext.run(properties)) {
                seeded = seed(seeding.getBean(DataSource.class), size);
            }
            if (seeded) {
                compactIfH2((String) properties.get("datasources.default.url"));
                System.out.printf("%-10s %9d  seeding %.1f s%n", name, size, (System.nanoTime() - start) / 1e9);
            } else {
                System.out.printf("%-10s %9d  seeded by an earlier run (BENCH_KEEP=1)%n", name, size);
            }
            measureAll(name, size, properties);
        } finally {
            if (!KEEP) {
                database.drop();
            }
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
            boolean postgres = DatabaseKind.productOf(connection) == DatabaseKind.Product.POSTGRESQL;
            statement.execute(postgres ? "VACUUM ANALYZE" : "ANALYZE");
        }
    }

    /**
     * The rows the adapter writes for {@code size} new plugins, in chunks of {@link #CHUNK} plugins
     * per transaction, then the indexes and the counters. The secondary indexes of the tables loaded
     * are dropped first and created again after the load, with their own definitions (a bulk build
     * instead of one insertion per row and index), and foreign keys are not checked row by row (the
     * generator writes each plugin's rows together). PostgreSQL loads with {@code COPY}, H2 with
     * JDBC batches. The counters go last: they tell a later run that the seeding finished. False
     * when it had (a kept database).
     */
    private static boolean seed(DataSource dataSource, int size) throws SQLException {
        try (Connection connection = DelegatingDataSource.unwrapDataSource(dataSource).getConnection()) {
            if (Jdbc.number(connection, "SELECT public_plugins FROM search_count WHERE facet = '' AND prefix = ''",
                    List.of(), 0) == size) {
                return false;
            }
            if (Jdbc.number(connection, "SELECT COUNT(*) FROM plugin", List.of(), 0) > 0) {
                throw new IllegalStateException("A kept database whose seeding did not finish: delete it ("
                        + KEPT_H2 + "/<plugins> or DROP DATABASE plugbay_bench_<plugins>) and run again");
            }
            boolean postgres = DatabaseKind.productOf(connection) == DatabaseKind.Product.POSTGRESQL;
            List<String> indexes = postgres ? postgresIndexes(connection) : h2Indexes(connection);
            try (Statement statement = connection.createStatement()) {
                for (String index : indexes) {
                    statement.execute("DROP INDEX " + index.substring("CREATE INDEX ".length(), index.indexOf(" ON ")));
                }
                if (postgres) {
                    statement.execute("SET session_replication_role = replica");
                } else {
                    statement.execute("SET REFERENTIAL_INTEGRITY FALSE");
                    statement.execute("SET CACHE_SIZE " + SEEDING_H2_CACHE_KB);
                }
            }
            long start = System.nanoTime();
            connection.setAutoCommit(false);
            Random random = new Random(42);
            Instant base = Instant.parse("2026-01-01T00:00:00Z");
            Map<SearchCounts.Key, Long> counts = new HashMap<>();
            try (Loader loader = postgres ? new CopyLoader(connection) : new BatchLoader(connection)) {
                for (int from = 0; from < size; from += CHUNK) {
                    for (int i = from; i < Math.min(from + CHUNK, size); i++) {
                        SeededPlugin plugin = generated(random, base, i);
                        loader.add(plugin);
                        new SearchCounts.Face(true, Optional.of("dashboard_top"), SearchWords.of(plugin.manifest()),
                                Set.of(plugin.tag())).keys().forEach(key -> counts.merge(key, 1L, Long::sum));
                    }
                    loader.flush();
                    connection.commit();
                }
            }
            long loaded = System.nanoTime();
            connection.setAutoCommit(true);
            try (Statement statement = connection.createStatement()) {
                if (postgres) {
                    statement.execute("RESET session_replication_role");
                    statement.execute("SET maintenance_work_mem = '512MB'");
                } else {
                    statement.execute("SET REFERENTIAL_INTEGRITY TRUE");
                }
                for (String index : indexes) {
                    statement.execute(index);
                }
            }
            long indexed = System.nanoTime();
            connection.setAutoCommit(false);
            insertCounts(connection, counts);
            connection.commit();
            connection.setAutoCommit(true);
            settle(dataSource);
            System.out.printf("%-10s %9d  seeding: rows %.1f s, indexes %.1f s, counters and %s %.1f s%n", "", size,
                    (loaded - start) / 1e9, (indexed - loaded) / 1e9, postgres ? "VACUUM ANALYZE" : "ANALYZE",
                    (System.nanoTime() - indexed) / 1e9);
        }
        return true;
    }

    /**
     * The {@code CREATE INDEX} statements of the indexes that belong to no constraint on the
     * tables the seeding loads, as PostgreSQL reports them.
     */
    private static List<String> postgresIndexes(Connection connection) throws SQLException {
        return Jdbc.texts(connection, "SELECT i.indexdef FROM pg_indexes i WHERE i.schemaname = current_schema()"
                + " AND i.tablename IN ('plugin', 'plugin_release', 'plugin_tag', 'search_term')"
                + " AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = (i.schemaname || '.' || i.indexname)::regclass)"
                + " ORDER BY i.indexname", List.of());
    }

    /**
     * The {@code CREATE INDEX} statements of the indexes that belong to no constraint on the
     * tables the seeding loads, from H2's information schema.
     */
    private static List<String> h2Indexes(Connection connection) throws SQLException {
        Map<String, StringBuilder> indexes = new TreeMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT c.index_name, c.table_name, c.column_name,"
                        + " c.ordering_specification FROM information_schema.index_columns c"
                        + " JOIN information_schema.indexes i ON i.index_schema = c.index_schema AND i.index_name = c.index_name"
                        + " WHERE c.table_schema = SCHEMA() AND i.index_type_name = 'INDEX'"
                        + " AND c.table_name IN ('plugin', 'plugin_release', 'plugin_tag', 'search_term')"
                        + " AND c.index_name NOT IN (SELECT k.index_name FROM information_schema.table_constraints k"
                        + " WHERE k.index_schema = c.index_schema AND k.index_name IS NOT NULL)"
                        + " ORDER BY c.index_name, c.ordinal_position")) {
            while (rows.next()) {
                StringBuilder index = indexes.get(rows.getString(1));
                if (index == null) {
                    indexes.put(rows.getString(1), new StringBuilder("CREATE INDEX " + rows.getString(1) + " ON "
                            + rows.getString(2) + " (" + rows.getString(3)));
                } else {
                    index.append(", ").append(rows.getString(3));
                }
                if (rows.getString(4).equals("DESC")) {
                    indexes.get(rows.getString(1)).append(" DESC");
                }
            }
        }
        return indexes.values().stream().map(index -> index.append(")").toString()).toList();
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

    /** One generated plugin: its listed manifest and the plugin columns the adapter writes for it. */
    private record SeededPlugin(String id, Manifest manifest, String name, String tag, Instant published, long downloads) {
    }

    /** Plugin number {@code i}: the random draws in the same order for every database and size. */
    private static SeededPlugin generated(Random random, Instant base, int i) {
        String id = "plugin-" + i;
        String name = ADJECTIVES[random.nextInt(ADJECTIVES.length)] + " " + NOUNS[random.nextInt(NOUNS.length)];
        String tag = TAGS[random.nextInt(TAGS.length)];
        Manifest manifest = Manifests.reader().read(Manifests.uiPlugin(id, "1.0.0")
                .with("name", new JsonString(name))
                .with("description", new JsonString("A " + name + " for the " + NOUNS[random.nextInt(NOUNS.length)]))
                .with("tags", JsonArray.of(new JsonString(tag)))
                .with("author", new JsonString("author" + (i % 500))), ManifestOrigin.document()).manifest();
        Instant published = base.plusSeconds(random.nextInt(10_000_000));
        return new SeededPlugin(id, manifest, name, tag, published, random.nextInt(100_000));
    }

    /** Writes the rows of generated plugins: {@link #add} buffers, {@link #flush} sends a chunk. */
    private interface Loader extends AutoCloseable {
        void add(SeededPlugin plugin) throws SQLException;

        void flush() throws SQLException;

        @Override
        void close() throws SQLException;
    }

    /** JDBC batches, one per table and chunk. */
    private static final class BatchLoader implements Loader {
        private final PreparedStatement plugins;
        private final PreparedStatement releases;
        private final PreparedStatement tags;
        private final PreparedStatement terms;

        BatchLoader(Connection connection) throws SQLException {
            plugins = connection.prepareStatement("INSERT INTO plugin (id, author, author_key, official,"
                    + " download_count, created_at, updated_at, revision, listed_version, name, name_key, slot, listed_public, listed_ui)"
                    + " VALUES (?, ?, ?, FALSE, ?, ?, ?, 0, '1.0.0', ?, ?, 'dashboard_top', TRUE, TRUE)");
            releases = connection.prepareStatement(
                    "INSERT INTO plugin_release (plugin_id, version, manifest, published_at) VALUES (?, '1.0.0', ?, ?)");
            tags = connection.prepareStatement("INSERT INTO plugin_tag (tag, plugin_id) VALUES (?, ?)");
            terms = connection.prepareStatement("INSERT INTO search_term (term, previous_term,"
                    + " plugin_id, listed_public, author_key, slot, download_count, name_key, updated_at, listed_ui)"
                    + " VALUES (?, ?, ?, TRUE, ?, 'dashboard_top', ?, ?, ?, TRUE)");
        }

        @Override
        public void add(SeededPlugin plugin) throws SQLException {
            Timestamp published = Timestamp.from(plugin.published());
            plugins.setString(1, plugin.id());
            plugins.setString(2, plugin.manifest().author().value());
            plugins.setString(3, plugin.manifest().author().canonical());
            plugins.setLong(4, plugin.downloads());
            plugins.setTimestamp(5, published);
            plugins.setTimestamp(6, published);
            plugins.setString(7, plugin.name());
            plugins.setString(8, plugin.name());
            plugins.addBatch();
            releases.setString(1, plugin.id());
            releases.setString(2, StoredManifests.toText(plugin.manifest()));
            releases.setTimestamp(3, published);
            releases.addBatch();
            tags.setString(1, plugin.tag());
            tags.setString(2, plugin.id());
            tags.addBatch();
            for (SearchWords.IndexedWord word : SearchWords.indexed(plugin.manifest())) {
                terms.setString(1, word.word());
                terms.setString(2, word.previous());
                terms.setString(3, plugin.id());
                terms.setString(4, plugin.manifest().author().canonical());
                terms.setLong(5, plugin.downloads());
                terms.setString(6, plugin.name());
                terms.setTimestamp(7, published);
                terms.addBatch();
            }
        }

        @Override
        public void flush() throws SQLException {
            plugins.executeBatch();
            releases.executeBatch();
            tags.executeBatch();
            terms.executeBatch();
        }

        @Override
        public void close() throws SQLException {
            plugins.close();
            releases.close();
            tags.close();
            terms.close();
        }
    }

    /** PostgreSQL's {@code COPY ... FROM STDIN} (text format), one per table and chunk. */
    private static final class CopyLoader implements Loader {
        private final CopyManager copy;
        private final StringBuilder plugins = new StringBuilder();
        private final StringBuilder releases = new StringBuilder();
        private final StringBuilder tags = new StringBuilder();
        private final StringBuilder terms = new StringBuilder();

        CopyLoader(Connection connection) throws SQLException {
            copy = connection.unwrap(PGConnection.class).getCopyAPI();
        }

        @Override
        public void add(SeededPlugin plugin) {
            String published = plugin.published().toString();
            String authorKey = plugin.manifest().author().canonical();
            line(plugins, plugin.id(), plugin.manifest().author().value(), authorKey, "f", Long.toString(plugin.downloads()),
                    published, published, "0", "1.0.0", plugin.name(), plugin.name(), "dashboard_top", "t", "t");
            line(releases, plugin.id(), "1.0.0", StoredManifests.toText(plugin.manifest()), published);
            line(tags, plugin.tag(), plugin.id());
            for (SearchWords.IndexedWord word : SearchWords.indexed(plugin.manifest())) {
                line(terms, word.word(), word.previous(), plugin.id(), "t", authorKey, "dashboard_top",
                        Long.toString(plugin.downloads()), plugin.name(), published, "t");
            }
        }

        @Override
        public void flush() throws SQLException {
            copy("COPY plugin (id, author, author_key, official, download_count, created_at, updated_at, revision,"
                    + " listed_version, name, name_key, slot, listed_public, listed_ui) FROM STDIN", plugins);
            copy("COPY plugin_release (plugin_id, version, manifest, published_at) FROM STDIN", releases);
            copy("COPY plugin_tag (tag, plugin_id) FROM STDIN", tags);
            copy("COPY search_term (term, previous_term, plugin_id, listed_public, author_key, slot, download_count,"
                    + " name_key, updated_at, listed_ui) FROM STDIN", terms);
        }

        private void copy(String sql, StringBuilder rows) throws SQLException {
            try {
                copy.copyIn(sql, new StringReader(rows.toString()));
            } catch (IOException failure) {
                throw new SQLException(failure);
            }
            rows.setLength(0);
        }

        /** One row of COPY's text format: tab-separated, with backslash, tab and line breaks escaped. */
        private static void line(StringBuilder rows, String... values) {
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    rows.append('\t');
                }
                for (char character : values[i].toCharArray()) {
                    switch (character) {
                        case '\\' -> rows.append("\\\\");
                        case '\t' -> rows.append("\\t");
                        case '\n' -> rows.append("\\n");
                        case '\r' -> rows.append("\\r");
                        default -> rows.append(character);
                    }
                }
            }
            rows.append('\n');
        }

        @Override
        public void close() {
        }
    }
}
