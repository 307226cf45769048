#!/usr/bin/env bash
# Load benchmark: POST /api/v1/fidelity/ips-25/score against GET /health on the same server.
# The two are measured in alternating rounds and compared by their medians, because this
# machine's throughput drifts by tens of percent between minutes. Besides requests per second,
# each round reports the server's own CPU time per request (user + system, from /proc), which
# does not drift with what else the machine is doing.
# With SKAPA_BENCH_PIN=1 the server runs on core 0 and wrk on core 1 (taskset), as if the load came
# from a second machine: then the server's one core is the bottleneck.
# Needs wrk (Debian: apt-get install wrk). Usage: bench/load.sh [seconds=10] [rounds=3] [connections=32] [threads=2]
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_PER_RUN=${1:-10}
ROUNDS=${2:-3}
CONNECTIONS=${3:-32}
THREADS=${4:-2}
PORT=${SKAPA_BENCH_PORT:-7099}
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)"; exit 2; }
[ -f skapa-rest/target/skapa-rest.jar ] || mvn -B -q clean package -DskipTests
SERVER_CPU=(); LOAD_CPU=()
if [ "${SKAPA_BENCH_PIN:-0}" = 1 ]; then SERVER_CPU=(taskset -c 0); LOAD_CPU=(taskset -c 1); fi
LOG=$(mktemp)
SKAPA_PORT=$PORT "${SERVER_CPU[@]}" java ${SKAPA_BENCH_JAVA_OPTS:-} -jar skapa-rest/target/skapa-rest.jar > "$LOG" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; rm -f "$LOG"' EXIT
for _ in $(seq 1 50); do curl -sf "http://127.0.0.1:$PORT/health" >/dev/null && break; sleep 0.2; done
URL="http://127.0.0.1:$PORT"
TICK=$(getconf CLK_TCK)
cpu_ticks() { awk '{print $14 + $15}' "/proc/$SERVER/stat"; }
# Prints "requests/s server-CPU-µs-per-request" for one wrk run.
run() {
  local before after out
  before=$(cpu_ticks)
  out=$("${LOAD_CPU[@]}" wrk -t"$THREADS" -c"$CONNECTIONS" -d"$1" "${@:2}")
  after=$(cpu_ticks)
  echo "$out" | awk -v t="$TICK" -v c=$((after - before)) \
    '/requests in/ {n = $1} /Requests\/sec/ {r = $2} END {printf "%s %.1f\n", r, c * 1e6 / t / n}'
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
SCORE="$URL/api/v1/fidelity/ips-25/score"
# Warm-up: let the JIT see every path.
run 10s "$URL/health" >/dev/null
for lua in score read-floor; do run 10s -s "bench/$lua.lua" "$SCORE" >/dev/null; done
trivial=(); score=(); readfloor=()
for _ in $(seq 1 "$ROUNDS"); do
  trivial+=("$(run "${SECONDS_PER_RUN}s" "$URL/health")")
  score+=("$(run "${SECONDS_PER_RUN}s" -s bench/score.lua "$SCORE")")
  readfloor+=("$(run "${SECONDS_PER_RUN}s" -s bench/read-floor.lua "$SCORE")")
done
col() { printf '%s\n' "${@:2}" | awk -v k="$1" '{print $k}'; }
t=$(col 1 "${trivial[@]}" | median)
report() {
  local name=$1; shift
  local r c
  r=$(col 1 "$@" | median); c=$(col 2 "$@" | median)
  awk -v n="$name" -v r="$r" -v c="$c" -v t="$t" -v all="$(col 1 "$@" | xargs)" \
    'BEGIN {printf "%-44s median %8.0f req/s  ratio %.2f  server CPU %5.1f µs/request  (rounds: %s)\n", n, r, r / t, c, all}'
}
report "GET  /health (the trivial endpoint)" "${trivial[@]}"
report "POST score (the benchmarked route)" "${score[@]}"
report "  floor: same body read, refused (415)" "${readfloor[@]}"
echo "target: score ratio >= 0.80"
