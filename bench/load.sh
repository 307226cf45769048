#!/usr/bin/env bash
# Load benchmark: POST /api/v1/fidelity/ips-25/score against GET /health on the same server, one run.
# Needs wrk (Debian: apt-get install wrk). Usage: bench/load.sh [seconds] [connections] [threads]
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_PER_RUN=${1:-20}
CONNECTIONS=${2:-32}
THREADS=${3:-2}
PORT=${SKAPA_BENCH_PORT:-7099}
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)"; exit 2; }
[ -f skapa-rest/target/skapa-rest.jar ] || mvn -B -q clean package -DskipTests
SKAPA_PORT=$PORT java -jar skapa-rest/target/skapa-rest.jar > target-bench-server.log 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; rm -f target-bench-server.log' EXIT
for _ in $(seq 1 50); do curl -sf "http://127.0.0.1:$PORT/health" >/dev/null && break; sleep 0.2; done
URL="http://127.0.0.1:$PORT"
# Warm-up: let the JIT see both paths.
wrk -t"$THREADS" -c"$CONNECTIONS" -d5s "$URL/health" >/dev/null
wrk -t"$THREADS" -c"$CONNECTIONS" -d5s -s bench/score.lua "$URL/api/v1/fidelity/ips-25/score" >/dev/null
trivial=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"${SECONDS_PER_RUN}s" "$URL/health" | awk '/Requests\/sec/ {print $2}')
score=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"${SECONDS_PER_RUN}s" -s bench/score.lua "$URL/api/v1/fidelity/ips-25/score" | awk '/Requests\/sec/ {print $2}')
ratio=$(awk -v s="$score" -v t="$trivial" 'BEGIN {printf "%.2f", s / t}')
echo "GET  /health                        ${trivial} req/s"
echo "POST /api/v1/fidelity/ips-25/score  ${score} req/s"
echo "ratio score/trivial                 ${ratio} (target >= 0.80)"
