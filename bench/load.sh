#!/usr/bin/env bash
# Load benchmark: POST /api/v1/fidelity/ips-25/score against GET /health on the same server.
# The two are measured in alternating rounds and compared by their medians, because this
# machine's throughput drifts by tens of percent between minutes.
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
LOG=$(mktemp)
SKAPA_PORT=$PORT java -jar skapa-rest/target/skapa-rest.jar > "$LOG" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; rm -f "$LOG"' EXIT
for _ in $(seq 1 50); do curl -sf "http://127.0.0.1:$PORT/health" >/dev/null && break; sleep 0.2; done
URL="http://127.0.0.1:$PORT"
run() { wrk -t"$THREADS" -c"$CONNECTIONS" -d"$1" "${@:2}" | awk '/Requests\/sec/ {print $2}'; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
# Warm-up: let the JIT see both paths.
run 5s "$URL/health" >/dev/null
run 5s -s bench/score.lua "$URL/api/v1/fidelity/ips-25/score" >/dev/null
trivial=(); score=()
for _ in $(seq 1 "$ROUNDS"); do
  trivial+=("$(run "${SECONDS_PER_RUN}s" "$URL/health")")
  score+=("$(run "${SECONDS_PER_RUN}s" -s bench/score.lua "$URL/api/v1/fidelity/ips-25/score")")
done
t=$(printf '%s\n' "${trivial[@]}" | median)
s=$(printf '%s\n' "${score[@]}" | median)
echo "GET  /health                        ${trivial[*]} req/s  (median $t)"
echo "POST /api/v1/fidelity/ips-25/score  ${score[*]} req/s  (median $s)"
awk -v s="$s" -v t="$t" 'BEGIN {printf "ratio score/trivial                 %.2f (target >= 0.80)\n", s / t}'
