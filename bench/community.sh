#!/usr/bin/env bash
# HTTP benchmark of GET /api/v1/plugins/community?size=50 (not a test; see docs/benchmarks.md).
#
#   bench/community.sh [--no-build] [--plugins N] [--duration 15s] [--warmup 5s] [--connections 64]
#
# Builds the packaged jar (unless --no-build), starts it on a fresh temporary plugbay.home and a
# free port on 127.0.0.1 (embedded H2, registry unconfigured, example catalog off), seeds N
# plugins (default 10,000) through the API with parallel requests, mints a token with the jar's
# `token --roles ADMIN` command, warms up, then drives the route with wrk (authenticated) for the duration.
# It then serves the very same response bytes from nginx (sendfile on, keep-alive on with
# keepalive_requests in effect unlimited) and drives that the same way, in the same run, as the
# ceiling. BENCH_HOME keeps the seeded plugbay.home between runs (seeded only when it holds fewer
# than N plugins). Prints req/s, p50 and p99 for both, the ratio, and any non-2xx/3xx or socket errors.
# wrk and nginx come from Debian's packages (installed with apt-get when missing). Everything it
# starts is stopped by PID on exit.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
# shellcheck source=bench/lib.sh
source "$ROOT/bench/lib.sh"
JAR="$ROOT/bootstrap/target/plugbay.jar"
PLUGINS=10000
DURATION=15s
WARMUP=5s
CONNECTIONS=64
THREADS=2
BUILD=1
while [[ $# -gt 0 ]]; do
  case "$1" in
    --no-build) BUILD=0 ;;
    --plugins) PLUGINS="$2"; shift ;;
    --duration) DURATION="$2"; shift ;;
    --warmup) WARMUP="$2"; shift ;;
    --connections) CONNECTIONS="$2"; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done

require_packages wrk nginx curl
NGINX="$(command -v nginx || echo /usr/sbin/nginx)"

if [[ $BUILD -eq 1 ]]; then
  (cd "$ROOT" && ./mvnw -B -q -DskipTests -pl bootstrap -am package)
fi

bench_workdir bench

PORT="$(free_port)"
# BENCH_HOME: a plugbay.home kept between runs (seeded by the first, reused by the next ones).
HOME_DIR="${BENCH_HOME:-$WORK/home}"
JAVA_OPTS=(-Dplugbay.home="$HOME_DIR" -Dplugbay.catalog.seed=false)
# BENCH_SERVER_JAVA_OPTS: extra JVM options for the server only (a profiler, a GC log); unset for the recorded figures.
# shellcheck disable=SC2086
java "${JAVA_OPTS[@]}" ${BENCH_SERVER_JAVA_OPTS:-} -Dmicronaut.server.host=127.0.0.1 -Dmicronaut.server.port="$PORT" -jar "$JAR" \
  >"$WORK/server.log" 2>&1 &
PIDS+=($!)
BASE="http://127.0.0.1:$PORT"
wait_for_health "$BASE" "$WORK/server.log"

TOKEN="$(java "${JAVA_OPTS[@]}" -jar "$JAR" token --sub bench --roles ADMIN --ttl 7200)"

echo "load before the run: $(cut -d' ' -f1-3 /proc/loadavg)"
SEEDED=$(curl -fs -H "Authorization: Bearer $TOKEN" -D - -o /dev/null "$BASE/api/v1/plugins/community?size=1&installed=include&kind=all" \
  | tr -d '\r' | awk 'tolower($1)=="x-total-count:" {print $2}')
if [[ "${SEEDED:-0}" -ge "$PLUGINS" ]]; then
  echo "reusing $SEEDED plugins in $HOME_DIR"
else
echo "seeding $PLUGINS plugins through POST /api/v1/plugins ..."
SEED_START=$(date +%s.%N)
python3 - "$BASE" "$TOKEN" "$PLUGINS" <<'PY'
# One process per connection (not threads): the client must never be what limits the seeding
# rate, and Python threads share one interpreter lock.
import http.client, json, multiprocessing, sys, urllib.parse
base, token, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
host = urllib.parse.urlparse(base)
slots = ["dashboard_top", "dashboard_bottom", "left_sidebar", "inventory_header", "asset_detail"]
WORKERS = 16
def manifest(i):
    return json.dumps({
        "id": f"bench-{i:05d}", "name": f"Bench plugin {i}", "version": "1.0.0",
        "description": f"Benchmark plugin number {i}, a small dashboard card.",
        "slot": slots[i % len(slots)], "tags": ["bench", f"group-{i % 20}"],
        "ui": {"type": "container", "padding": 8, "child": {"type": "column", "children": [
            {"type": "text", "data": f"Plugin {i}: {{{{asset.name}}}}", "style": {"fontSize": 14}},
            {"type": "elevatedButton", "child": {"type": "text", "data": "Open"},
             "onPressed": {"actionType": "navigate", "routeName": f"/plugins/{i}"}}]}}})
def worker(start):
    failures = []
    conn = http.client.HTTPConnection(host.hostname, host.port, timeout=30)
    for i in range(start, count, WORKERS):
        conn.request("POST", "/api/v1/plugins", manifest(i),
                     {"Content-Type": "application/json", "Authorization": "Bearer " + token})
        response = conn.getresponse(); response.read()
        if response.status != 201:
            failures.append((i, response.status))
    return failures
with multiprocessing.get_context("fork").Pool(WORKERS) as pool:
    failures = [failure for part in pool.map(worker, range(WORKERS)) for failure in part]
if failures:
    sys.exit(f"{len(failures)} seed requests failed, first: {failures[0]}")
PY
echo "seeded in $(python3 -c "print(round($(date +%s.%N) - $SEED_START, 1))") s"
fi

URL="$BASE/api/v1/plugins/community?size=50"
curl -fs -H "Authorization: Bearer $TOKEN" -D "$WORK/headers.txt" -o "$WORK/community.json" "$URL"
echo "response: $(wc -c <"$WORK/community.json") bytes, X-Total-Count $(grep -i '^x-total-count' "$WORK/headers.txt" | tr -d '\r' | cut -d' ' -f2)"

run_wrk() { # $1 label, $2 url
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -H "Authorization: Bearer $TOKEN" "$2" >"$WORK/$1.txt"
  local rps p50 p99 errors
  rps=$(awk '/^Requests\/sec/ {print $2}' "$WORK/$1.txt")
  p50=$(awk '$1=="50%" {print $2}' "$WORK/$1.txt")
  p99=$(awk '$1=="99%" {print $2}' "$WORK/$1.txt")
  errors=$(awk '/Non-2xx or 3xx/ {print "non-2xx/3xx: " $NF} /Socket errors/ {print}' "$WORK/$1.txt" | paste -sd' ')
  printf '%-10s %12s req/s   p50 %9s   p99 %9s   errors: %s\n' "$1" "$rps" "$p50" "$p99" "${errors:-none}"
  echo "$rps" >"$WORK/$1.rps"
  echo "$rps req/s p50 $p50 p99 $p99 errors ${errors:-none}" >"$WORK/$1.line"
}

echo "warming up ($WARMUP) ..."
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -H "Authorization: Bearer $TOKEN" "$URL" >/dev/null

NGINX_PORT="$(free_port)"
mkdir -p "$WORK/www" "$WORK/nginx"
cp "$WORK/community.json" "$WORK/www/community.json"
# nginx's workers run as an unprivileged user: let them read the served file.
chmod a+rx "$WORK" "$WORK/www" && chmod a+r "$WORK/www/community.json"
cat >"$WORK/nginx/nginx.conf" <<NGINX
worker_processes 2;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/error.log;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on;
  keepalive_requests 1000000000;
  client_body_temp_path $WORK/nginx; proxy_temp_path $WORK/nginx; fastcgi_temp_path $WORK/nginx;
  uwsgi_temp_path $WORK/nginx; scgi_temp_path $WORK/nginx;
  server {
    listen 127.0.0.1:$NGINX_PORT;
    location / { root $WORK/www; default_type application/json; }
  }
}
NGINX

kept_answers() { # community pages the server answered from memory before the framework (docs/api.md)
  curl -fs "$BASE/prometheus" | awk '/^plugbay_community_kept_answers_total/ {print int($2)}'
}

echo "driving Plugbay: $CONNECTIONS connections, $DURATION ..."
KEPT_BEFORE="$(kept_answers)"
run_wrk plugbay "$URL"
echo "answered from memory before the framework: $(( $(kept_answers) - KEPT_BEFORE )) (wrk counted $(awk '/requests in/ {print $1}' "$WORK/plugbay.txt") answers read before it stopped)"
kill "${PIDS[0]}" && wait "${PIDS[0]}" 2>/dev/null || true
PIDS=()

"$NGINX" -c "$WORK/nginx/nginx.conf" -g 'daemon off;' &
PIDS+=($!)
for _ in $(seq 1 50); do curl -fs "http://127.0.0.1:$NGINX_PORT/community.json" -o /dev/null && break; sleep 0.1; done
echo "driving nginx (same bytes) ..."
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" "http://127.0.0.1:$NGINX_PORT/community.json" >/dev/null
run_wrk nginx "http://127.0.0.1:$NGINX_PORT/community.json"

python3 -c "print('ratio plugbay/nginx: %.2f' % ($(cat "$WORK/plugbay.rps") / $(cat "$WORK/nginx.rps")))"
echo "RESULT community: plugbay $(cat "$WORK/plugbay.line") | nginx $(cat "$WORK/nginx.line") | ratio $(python3 -c "print('%.2f' % ($(cat "$WORK/plugbay.rps") / $(cat "$WORK/nginx.rps")))") | load $(cut -d' ' -f1-3 /proc/loadavg)"
