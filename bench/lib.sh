# Shared by the bench/ scripts (sourced, not run): a temporary work folder, the processes to stop
# on exit, a free port, and waiting for a server's /health.
#
#   require_packages CMD...   installs from Debian's packages each command (package of the same name)
#                             that is missing
#   bench_workdir NAME        sets WORK (a new folder under $TMPDIR) and PIDS; on exit every PID in
#                             PIDS is stopped and WORK removed
#   free_port                 prints a free TCP port on 127.0.0.1
#   wait_for_health BASE LOG [SECONDS]
#                             waits up to SECONDS (default 60) for BASE/health to answer; otherwise
#                             prints LOG's end and exits

require_packages() {
  local missing=()
  for command in "$@"; do
    command -v "$command" >/dev/null || [[ -x "/usr/sbin/$command" ]] || missing+=("$command")
  done
  if [[ ${#missing[@]} -gt 0 ]]; then
    echo "installing ${missing[*]} from Debian's packages"
    # RUNLEVEL=1 keeps the package scripts from starting a service (a system-wide nginx on port 80).
    apt-get update -qq && RUNLEVEL=1 DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
}

bench_workdir() {
  WORK="$(mktemp -d -t "plugbay-$1.XXXXXX")"
  PIDS=()
  trap bench_cleanup EXIT
}

bench_cleanup() {
  for pid in "${PIDS[@]:-}"; do
    [[ -n "$pid" ]] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true
  done
  rm -rf "$WORK"
}

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }

wait_for_health() {
  for _ in $(seq 1 $(( ${3:-60} * 2 ))); do
    curl -fs "$1/health" >/dev/null 2>&1 && return 0
    sleep 0.5
  done
  echo "the server did not start:"; tail -50 "$2"; exit 1
}
