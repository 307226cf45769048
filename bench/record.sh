#!/usr/bin/env bash
# Recording benchmark: measurements per second through POST …/measurements with 8 concurrent
# clients (wrk, a separate process), on the one-command server and its embedded PostgreSQL with
# fsync and synchronous commit on; then, in the same run and on the same database, the floor: a
# plain JDBC loop inserting the same rows, one commit per row, with 1 and with 8 threads.
# Needs wrk (Debian: apt-get install wrk) and the bench jar (mvn -B -q -Pbench -pl bench -am clean package -DskipTests).
# The server's JIT needs about a minute of this load before its rate settles (measured: 670/s after
# 15 s of warm-up, 2 200/s after 60 s), so the warm-up is long and three rounds are printed.
# Usage: bench/record.sh [seconds=15] [connections=8] [warm-up seconds=90]
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_PER_RUN=${1:-15}
CONNECTIONS=${2:-8}
WARMUP=${3:-90}
PORT=${SKAPA_BENCH_PORT:-7098}
THREADS=$(( CONNECTIONS < 2 ? CONNECTIONS : 2 ))
# Another build's jar (a baseline) with SKAPA_BENCH_JAR; the floor always runs from this one.
JAR=${SKAPA_BENCH_JAR:-bench/target/skapa-bench.jar}
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)"; exit 2; }
[ -f bench/target/skapa-bench.jar ] || { echo "build the bench jar first (see bench/README.md)"; exit 2; }
DATA=$(mktemp -d)
LOG="$DATA/server.log"
SKAPA_PORT=$PORT SKAPA_DATA_DIR="$DATA/data" java -cp "$JAR" se.skapa.rest.Main > "$LOG" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; wait $SERVER 2>/dev/null; rm -rf "$DATA"' EXIT
for _ in $(seq 1 150); do curl -sf "http://127.0.0.1:$PORT/health" >/dev/null && break; sleep 0.2; done
grep -o 'Database: .*' "$LOG"
URL="http://127.0.0.1:$PORT/api/v1/organisations"
json() { python3 -c "import json,sys; print(json.load(sys.stdin)$1)"; }
ADMIN=$(curl -s -X POST "$URL" -H 'Content-Type: application/json' -d '{"id":"bench","name":"Bench"}' | json '["adminKey"]["key"]')
curl -s -X POST "$URL/bench/services" -H "Authorization: Bearer $ADMIN" -H 'Content-Type: application/json' -d '{"id":"s","name":"S"}' > /dev/null
export SKAPA_BENCH_KEY=$(curl -s -X POST "$URL/bench/keys" -H "Authorization: Bearer $ADMIN" -H 'Content-Type: application/json' \
  -d '{"holder":"h-1","roles":["handledare"]}' | json '["key"]')
echo "warm-up ($WARMUP s)"; wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -s bench/record.lua "http://127.0.0.1:$PORT" > /dev/null
PG_PORT=$(grep -o '127.0.0.1:[0-9]*, data' "$LOG" | head -1 | sed 's/127.0.0.1:\([0-9]*\),.*/\1/')
# Interleaved: a round of the server, then a round of the floor with as many threads, so drift
# between minutes reaches both alike.
for round in 1 2 3; do
  echo "POST …/measurements, $CONNECTIONS connections, $SECONDS_PER_RUN s, round $round:"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$SECONDS_PER_RUN" -s bench/record.lua --latency "http://127.0.0.1:$PORT" | grep -E "Requests/sec|non-201|50%|99%"
  java -cp bench/target/skapa-bench.jar se.skapa.bench.JdbcFloor "jdbc:postgresql://127.0.0.1:$PG_PORT/postgres" \
    "$(cat "$DATA/data/postgres.password")" "${FLOOR_ROWS:-20000}" "$CONNECTIONS"
done
