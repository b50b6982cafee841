#!/usr/bin/env bash
# Catalog page query benchmark (not a test): 10,000 and 100,000 plugins (or the counts given, up to
# 1,000,000) on an H2 file and on PostgreSQL at 127.0.0.1:5432 (user postgres). Prints the seeding
# time and median and p99 per query. See docs/benchmarks.md.
#   [BENCH_ONLY=h2|postgres] [BENCH_KEEP=1] bench/catalog-query.sh [plugin counts...]
#   (default: both databases, 10000 100000; BENCH_KEEP=1 keeps the seeded databases, under
#   adapters-persistence/target/bench-catalog and as PostgreSQL's plugbay_bench_<count>, and reuses them)
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -pl adapters-persistence -am test-compile dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath >/dev/null
module=adapters-persistence
classpath="$module/target/test-classes:$module/target/classes:$(cat $module/target/bench.classpath)"
exec java -cp "$classpath" dev.plugbay.adapters.persistence.catalog.search.CatalogQueryBenchmark "$@"
