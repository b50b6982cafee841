#!/usr/bin/env bash
# HTTP benchmark of POST /api/plugins/hooks/onRequest with three active Node plugins (not a test;
# see docs/benchmarks.md "Hook pipeline").
#
#   bench/hooks.sh [--no-build] [--duration 30s] [--connections 32]
#
# Builds the packaged jar (unless --no-build), starts it on a fresh temporary plugbay.home and a
# free port on 127.0.0.1 with plugbay.runtime.rate-limit raised out of the way (the default 100
# calls per second per plugin would turn most calls into `rate-limited`), installs and activates
# three small Node plugins through the host API, mints an ADMIN token with the jar's `token`
# command, warms up, then:
#   1. drives the route with wrk (-t2, the given connections and duration), a Lua script POSTing one
#      body and checking every answer: 200 with three `ok` executions;
#   2. the same with one connection for 10 s (latency without queueing);
#   3. the same with the three plugins deactivated (the route's own cost: HTTP, JSON, no plugin);
#   4. the same Node handler called directly, in-process, by a tiny Node harness (its own time);
#   5. the same handler behind its own process (Plugbay's host script), driven over the wire
#      protocol directly from Python, one call at a time (its time as a process, IPC included).
# The overhead per plugin is (p50 of 2 - p50 of 3 - 3 x the handler's own time) / 3, and the same
# over the process round trip of 5. Finally it asks
# the plugins how many calls each received (through the pipeline itself) and compares with the
# answers wrk checked: each plugin must have received every answered call (a few more are the calls
# still in flight when wrk stopped a run, at most one per connection and run). wrk comes from Debian's package (installed with apt-get when
# missing). Everything it starts is stopped by PID on exit.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
# shellcheck source=bench/lib.sh
source "$ROOT/bench/lib.sh"
JAR="$ROOT/bootstrap/target/plugbay.jar"
DURATION=30s
CONNECTIONS=32
THREADS=2
BUILD=1
while [[ $# -gt 0 ]]; do
  case "$1" in
    --no-build) BUILD=0 ;;
    --duration) DURATION="$2"; shift ;;
    --connections) CONNECTIONS="$2"; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done

require_packages wrk curl
command -v node >/dev/null || { echo "node is needed to run the plugins" >&2; exit 1; }

if [[ $BUILD -eq 1 ]]; then
  (cd "$ROOT" && ./mvnw -B -q -DskipTests -pl bootstrap -am package)
fi

bench_workdir hooks

PORT="$(free_port)"
JAVA_OPTS=(-Dplugbay.home="$WORK/home" -Dplugbay.catalog.seed=false)
# shellcheck disable=SC2086
java "${JAVA_OPTS[@]}" ${BENCH_SERVER_JAVA_OPTS:-} -Dplugbay.runtime.rate-limit=100000000 \
  -Dmicronaut.server.host=127.0.0.1 -Dmicronaut.server.port="$PORT" -jar "$JAR" >"$WORK/server.log" 2>&1 &
PIDS+=($!)
BASE="http://127.0.0.1:$PORT"
wait_for_health "$BASE" "$WORK/server.log"
TOKEN="$(java "${JAVA_OPTS[@]}" -jar "$JAR" token --sub bench --roles ADMIN --ttl 7200)"
AUTH=(-H "Authorization: Bearer $TOKEN" -H "Content-Type: application/json")

# The handler: counts its calls, merges one metadata key, and answers its count when asked.
PLUGINS=(bench-a bench-b bench-c)
for name in "${PLUGINS[@]}"; do
  mkdir -p "$WORK/src/$name"
  cat >"$WORK/src/$name/plugin.json" <<JSON
{"id": "$name", "version": "1.0.0", "author": "bench", "main": "index.mjs", "hooks": {"onRequest": true}}
JSON
  cat >"$WORK/src/$name/index.mjs" <<JS
let calls = 0;
export function onRequest(ctx) {
  calls += 1;
  if (ctx.body?.report) {
    return { metadata: { ["$name"]: calls } };
  }
  return { metadata: { ["$name"]: true, model: ctx.body?.model } };
}
JS
  curl -fs "${AUTH[@]}" -X POST "$BASE/api/plugins" -d "{\"path\": \"$WORK/src/$name\"}" >/dev/null
  curl -fs "${AUTH[@]}" -X POST "$BASE/api/plugins/$name/activate" >/dev/null
done

BODY='{"ctx": {"requestId": "bench", "model": "gpt-4o", "body": {"model": "gpt-4o", "messages": [{"role": "user", "content": "Hello"}]}, "metadata": {}}}'
cat >"$WORK/hooks.lua" <<LUA
wrk.method = "POST"
wrk.body = '$BODY'
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer $TOKEN"
local threads = {}
function setup(thread) table.insert(threads, thread) end
function init(args) good = 0; bad = 0 end
function response(status, headers, body)
  local _, oks = body:gsub('"outcome":"ok"', '')
  if status == 200 and oks == tonumber(os.getenv("EXPECT_OK") or "3") then good = good + 1 else bad = bad + 1 end
end
function done(summary, latency, requests)
  local g, b = 0, 0
  for _, t in ipairs(threads) do g = g + t:get("good"); b = b + t:get("bad") end
  io.write(string.format("checked %d %d\n", g, b))
end
LUA

ANSWERED=0
RUNS=0
run_wrk() { # $1 label, $2 connections, $3 duration, $4 executions expected per answer
  EXPECT_OK="$4" wrk -t"$(( $2 < THREADS ? $2 : THREADS ))" -c"$2" -d"$3" --latency -s "$WORK/hooks.lua" "$BASE/api/plugins/hooks/onRequest" >"$WORK/$1.txt"
  local rps p50 p99 errors good bad
  rps=$(awk '/^Requests\/sec/ {print $2}' "$WORK/$1.txt")
  p50=$(awk '$1=="50%" {print $2}' "$WORK/$1.txt")
  p99=$(awk '$1=="99%" {print $2}' "$WORK/$1.txt")
  read -r good bad < <(awk '$1=="checked" {print $2, $3}' "$WORK/$1.txt")
  errors=$(awk '/Non-2xx or 3xx/ {print "non-2xx/3xx: " $NF} /Socket errors/ {print}' "$WORK/$1.txt" | paste -sd' ')
  printf '%-22s c=%-3s %10s req/s   p50 %9s   p99 %9s   answers checked: %s ok, %s not   transport errors: %s\n' \
    "$1" "$2" "$rps" "$p50" "$p99" "$good" "$bad" "${errors:-none}"
  echo "$p50" >"$WORK/$1.p50"
  if [[ "$4" == 3 ]]; then ANSWERED=$((ANSWERED + good + bad)); RUNS=$((RUNS + 1)); fi
}

echo "warming up the JIT (10 s) ..."
run_wrk warm-up "$CONNECTIONS" 10s 3 >/dev/null
echo "driving POST /api/plugins/hooks/onRequest, 3 plugins ..."
run_wrk "3 plugins" "$CONNECTIONS" "$DURATION" 3
run_wrk "3 plugins, 1 conn" 1 10s 3

REPORT=$(curl -fs "${AUTH[@]}" -X POST "$BASE/api/plugins/hooks/onRequest" -d '{"ctx": {"body": {"report": true}}}')
ANSWERED=$((ANSWERED + 1))
sleep 2 # executions reach the database in batches, at most 1 s behind
METRICS=$(for name in "${PLUGINS[@]}"; do curl -fs "${AUTH[@]}" "$BASE/api/plugins/$name/metrics"; echo; done)

for name in "${PLUGINS[@]}"; do
  curl -fs "${AUTH[@]}" -X POST "$BASE/api/plugins/$name/deactivate" >/dev/null
done
run_wrk warm-up-0 1 5s 0 >/dev/null
run_wrk "0 plugins, 1 conn" 1 10s 0

HANDLER_NS=$(node --input-type=module - "$WORK/src/bench-a/index.mjs" "$BODY" <<'JS'
import { pathToFileURL } from "node:url";
const [file, body] = process.argv.slice(2);
const plugin = await import(pathToFileURL(file).href);
const ctx = () => ({ ...JSON.parse(body).ctx, config: {} });
for (let i = 0; i < 200000; i++) await plugin.onRequest(ctx());
const rounds = 1000000;
const start = process.hrtime.bigint();
for (let i = 0; i < rounds; i++) await plugin.onRequest(ctx());
console.log(Number((process.hrtime.bigint() - start) / BigInt(rounds)));
JS
)

# The same handler behind its own process, driven over the wire protocol directly (no Plugbay): the
# host script Plugbay wrote to <home>/runtime/, one call at a time, as the pipeline sends them.
NDJSON_NS=$(python3 - "$(ls "$WORK"/home/runtime/*.mjs | head -1)" "$WORK/src/bench-a/index.mjs" "$BODY" <<'PY'
import json, statistics, subprocess, sys, time
script, entry, body = sys.argv[1:4]
child = subprocess.Popen(["node", script, entry], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, bufsize=1)
json.loads(child.stdout.readline())
ctx = dict(json.loads(body)["ctx"], config={})
times = []
for i in range(1, 6001):
    line = json.dumps({"type": "call", "id": i, "hook": "onRequest", "payload": ctx}) + "\n"
    start = time.perf_counter_ns()
    child.stdin.write(line)
    child.stdin.flush()
    answer = json.loads(child.stdout.readline())
    times.append(time.perf_counter_ns() - start)
    assert answer["id"] == i and "result" in answer, answer
child.stdin.close()
child.wait()
print(int(statistics.median(times[1000:])))
PY
)

python3 - "$REPORT" "$ANSWERED" "$HANDLER_NS" "$WORK" "$((RUNS * CONNECTIONS))" "$NDJSON_NS" "$METRICS" <<'PY'
import json, sys
report, answered, handler_ns, work, in_flight = json.loads(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), sys.argv[4], int(sys.argv[5])
ndjson_ms = int(sys.argv[6]) / 1e6
metrics = [json.loads(line)["metrics"] for line in sys.argv[7].splitlines() if line.strip()]
def ms(label):
    text = open(f"{work}/{label}.p50").read().strip()
    for unit, factor in (("us", 0.001), ("ms", 1.0), ("s", 1000.0)):
        if text.endswith(unit):
            return float(text[:-len(unit)]) * factor
    raise SystemExit("unreadable latency " + text)
counts = {name: report["metadata"][name] for name in ("bench-a", "bench-b", "bench-c")}
lost = any(count < answered for count in counts.values())
unexplained = any(count > answered + in_flight for count in counts.values())
print(f"calls received per plugin: {counts}; answers checked while the 3 plugins were active: {answered}"
      f" -> {'LOST CALLS' if lost else 'UNEXPLAINED CALLS' if unexplained else 'none lost'}"
      f" (at most {in_flight} more were in flight when wrk stopped its runs)")
counted = {name: next((row["calls"] for row in rows if row["hook"] == "onRequest"), 0)
           for name, rows in zip(("bench-a", "bench-b", "bench-c"), metrics)}
print(f"onRequest calls in each plugin's metrics: {counted}"
      f" -> {'every call counted' if counted == counts else 'METRICS DIFFER FROM THE CALLS RECEIVED'}")
with_plugins, route_alone = ms("3 plugins, 1 conn"), ms("0 plugins, 1 conn")
handler_ms = handler_ns / 1e6
print(f"the handler's own time, in-process: {handler_ns} ns per call")
print(f"p50 unloaded: 3 plugins {with_plugins:.3f} ms, the route alone {route_alone:.3f} ms")
print(f"pipeline overhead per plugin over its own time: {(with_plugins - route_alone - 3 * handler_ms) / 3:.3f} ms (p50, one connection)")
print(f"the handler behind its own process, over the wire protocol directly: {ndjson_ms:.3f} ms per call (p50)")
print(f"pipeline overhead per plugin over that process round trip: {(with_plugins - route_alone - 3 * ndjson_ms) / 3:.3f} ms (p50, one connection)")
PY
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
