#!/usr/bin/env bash
# Write-rate benchmark of the embedded H2 database (not a test; see docs/benchmarks.md).
#
#   bench/writes.sh [--no-build] [--plugins N] [--workers W]
#
# For each H2 setting, one after the other on the same machine: starts the packaged jar on a fresh
# temporary plugbay.home and a free port on 127.0.0.1, seeds N plugins (default 10,000) through
# POST /api/v1/plugins from W parallel clients (default 8, each its own author), then has W users
# install every plugin between them (N installs, POST /api/v1/plugins/install), and prints the
# time and rate of both. The settings:
#   before  the URL without WRITE_DELAY=0 (H2 writes committed changes in the background, 500 ms)
#   after   the packaged URL (WRITE_DELAY=0: every commit is written before its answer)
# Prints the load average before and after. Everything it starts is stopped by PID on exit.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
# shellcheck source=bench/lib.sh
source "$ROOT/bench/lib.sh"
JAR="$ROOT/bootstrap/target/plugbay.jar"
PLUGINS=10000
WORKERS=8
BUILD=1
while [[ $# -gt 0 ]]; do
  case "$1" in
    --no-build) BUILD=0 ;;
    --plugins) PLUGINS="$2"; shift ;;
    --workers) WORKERS="$2"; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done

if [[ $BUILD -eq 1 ]]; then
  (cd "$ROOT" && ./mvnw -B -q -DskipTests -pl bootstrap -am package)
fi

bench_workdir writes

run_setting() { # $1 label, then extra JVM options for the server
  local label="$1"; shift
  local home="$WORK/$label" port
  port="$(free_port)"
  java -Dplugbay.home="$home" -Dplugbay.catalog.seed=false "$@" \
    -Dmicronaut.server.host=127.0.0.1 -Dmicronaut.server.port="$port" -jar "$JAR" >"$WORK/$label.log" 2>&1 &
  PIDS=($!)
  local base="http://127.0.0.1:$port"
  wait_for_health "$base" "$WORK/$label.log" 120
  local tokens=()
  for worker in $(seq 0 $((WORKERS - 1))); do
    tokens+=("$(java -Dplugbay.home="$home" -jar "$JAR" token --sub "bench-$worker" --ttl 7200)")
  done
  echo "$label: $*"
  python3 - "$base" "$PLUGINS" "${tokens[@]}" <<'PY'
# One process per client (not threads): the client must never be what limits the rate.
import http.client, json, multiprocessing, sys, time, urllib.parse
base, count, tokens = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
host = urllib.parse.urlparse(base)
workers = len(tokens)
def manifest(i):
    return json.dumps({"id": f"bench-{i:05d}", "name": f"Bench plugin {i}", "version": "1.0.0",
                       "description": f"Benchmark plugin number {i}.", "slot": "dashboard_top",
                       "tags": ["bench"], "ui": {"type": "text", "data": f"Plugin {i}"}})
def send(worker, path, body_of, expected):
    conn = http.client.HTTPConnection(host.hostname, host.port, timeout=60)
    failures = []
    for i in range(worker, count, workers):
        conn.request("POST", path, body_of(i),
                     {"Content-Type": "application/json", "Authorization": "Bearer " + tokens[worker]})
        response = conn.getresponse(); response.read()
        if response.status != expected:
            failures.append((i, response.status))
    return failures
def create(worker):
    return send(worker, "/api/v1/plugins", manifest, 201)
def install(worker):
    # Shifted by one so that nobody installs a plugin of their own: user k installs plugin i created by k-1.
    return send((worker + 1) % workers, "/api/v1/plugins/install", lambda i: json.dumps({"id": f"bench-{i:05d}"}), 201)
with multiprocessing.get_context("fork").Pool(workers) as pool:
    for label, work in (("seed", create), ("install", install)):
        start = time.monotonic()
        failures = [failure for part in pool.map(work, range(workers)) for failure in part]
        elapsed = time.monotonic() - start
        if failures:
            sys.exit(f"{len(failures)} {label} requests failed, first: {failures[0]}")
        print(f"  {label:8s} {count} requests from {workers} clients in {elapsed:6.1f} s: {count / elapsed:7.1f} /s")
PY
  kill "${PIDS[0]}" && wait "${PIDS[0]}" 2>/dev/null || true
  PIDS=()
}

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores"
run_setting before "-Ddatasources.default.url=jdbc:h2:file:$WORK/before/db/plugbay;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;LOCK_TIMEOUT=10000;CACHE_SIZE=65536"
run_setting after
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
