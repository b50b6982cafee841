#!/usr/bin/env bash
# Start-up benchmark (not a test; see docs/benchmarks.md): the time from `java -jar plugbay.jar`
# (no extra JVM flags, as the README starts it) to the first 200 from GET /health, with the
# plugbay.home and its database already created by a first start that is not counted; and, in the
# same run, the same time for the baseline (bench/startup-baseline: the smallest Micronaut server,
# on Plugbay's framework versions), so that the ratio says what Plugbay adds to any Micronaut start.
#
#   bench/startup.sh [--no-build] [--runs 5] [--jar path]
#
# Each run starts Plugbay then the baseline, each on a free port on 127.0.0.1 (PLUGBAY_HOME-style
# settings are passed as environment variables, not JVM flags, so the command line stays the
# README's), polls /health every 10 ms, then stops the process by PID. Prints every run, then one
# line per server with the minimum and median, and the ratio of the medians.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
# shellcheck source=bench/lib.sh
source "$ROOT/bench/lib.sh"
JAR="$ROOT/bootstrap/target/plugbay.jar"
BASELINE_JAR="$ROOT/bench/startup-baseline/target/startup-baseline.jar"
RUNS=5
BUILD=1
while [[ $# -gt 0 ]]; do
  case "$1" in
    --no-build) BUILD=0 ;;
    --runs) RUNS="$2"; shift ;;
    --jar) JAR="$2"; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
if [[ $BUILD -eq 1 ]]; then
  (cd "$ROOT" && ./mvnw -B -q -o -DskipTests -pl bootstrap -am package)
fi
if [[ $BUILD -eq 1 || ! -f "$BASELINE_JAR" ]]; then
  (cd "$ROOT" && ./mvnw -B -q -o -f bench/startup-baseline/pom.xml package)
fi

bench_workdir startup

# One start of a jar: prints the milliseconds from the exec to the first /health 200.
start_once() {
  local jar="$1" port start
  port="$(free_port)"
  start=$(date +%s%N)
  PLUGBAY_HOME="$WORK/home" MICRONAUT_SERVER_HOST=127.0.0.1 MICRONAUT_SERVER_PORT="$port" \
    java -jar "$jar" >"$WORK/server.log" 2>&1 &
  PIDS=($!)
  for _ in $(seq 1 3000); do
    if curl -fs -o /dev/null "http://127.0.0.1:$port/health" 2>/dev/null; then
      echo $(( ($(date +%s%N) - start) / 1000000 ))
      kill "${PIDS[0]}" && wait "${PIDS[0]}" 2>/dev/null || true
      PIDS=()
      return 0
    fi
    kill -0 "${PIDS[0]}" 2>/dev/null || { echo "the server stopped:" >&2; tail -30 "$WORK/server.log" >&2; exit 1; }
    sleep 0.01
  done
  echo "no /health 200 within 30 s" >&2; tail -30 "$WORK/server.log" >&2; exit 1
}

echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "first start (creates the home and the database; not counted): $(start_once "$JAR") ms"
echo "baseline's first start (not counted): $(start_once "$BASELINE_JAR") ms"
TIMES=()
BASELINE_TIMES=()
for i in $(seq 1 "$RUNS"); do
  t="$(start_once "$JAR")"
  b="$(start_once "$BASELINE_JAR")"
  echo "run $i: plugbay $t ms, baseline $b ms"
  TIMES+=("$t")
  BASELINE_TIMES+=("$b")
done
python3 - "${TIMES[*]}" "${BASELINE_TIMES[*]}" <<'PY'
import statistics, sys
plugbay = sorted(int(t) for t in sys.argv[1].split())
baseline = sorted(int(t) for t in sys.argv[2].split())
load = ' '.join(open('/proc/loadavg').read().split()[:3])
print(f"RESULT startup: min {plugbay[0]} ms, median {statistics.median(plugbay):.0f} ms over {len(plugbay)} runs | load {load}")
print(f"RESULT baseline: min {baseline[0]} ms, median {statistics.median(baseline):.0f} ms over {len(baseline)} runs")
print(f"RESULT ratio (plugbay / baseline, medians): {statistics.median(plugbay) / statistics.median(baseline):.2f}")
PY
