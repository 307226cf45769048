#!/usr/bin/env bash
# An independent schema-driven fuzz run (DEVELOPERS.md): starts the one-command server on a free port with a fresh data
# directory, draws request bodies valid by the OpenAPI document with json-schema-faker, keeps those an independent
# validator (Ajv) accepts, and sends them. Fails on any 5xx, any refusal the document could have stated, or any error
# pointer that does not name a field of the body sent. Usage: tools/fuzz/run.sh [requests-per-route, default 300]
set -euo pipefail
cd "$(dirname "$0")/../.."
per_route=${1:-300}
[ -f skapa-rest/target/skapa-rest.jar ] || mvn -B -q package -DskipTests
(cd tools/fuzz && npm ci --silent --no-audit --no-fund)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
data=$(mktemp -d)
SKAPA_PORT=$port SKAPA_DATA_DIR="$data" java -jar skapa-rest/target/skapa-rest.jar >"$data/server.log" 2>&1 &
pid=$!
# The run's own status, not the stopped server's (143), is the script's.
trap 'status=$?; kill $pid 2>/dev/null; wait $pid 2>/dev/null || true; rm -rf "$data"; exit $status' EXIT
for _ in $(seq 90); do curl -sf "http://127.0.0.1:$port/health" >/dev/null && break; sleep 1; done
OUT="$data/fuzz-result.json" node tools/fuzz/fuzz.mjs "http://127.0.0.1:$port" "$per_route" skapa-rest/target/classes/skapa/openapi.json
