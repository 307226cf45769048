#!/usr/bin/env bash
# Refreshes every example in the OpenAPI document from what the server answers (DEVELOPERS.md):
# the stored examples from the run of StoredContractTest, the stateless ones from a running server.
# The examples depend on "today" in two places; they are set back to the tests' clock (2026-11-22).
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -q -o -pl skapa-rest test -Dtest=StoredContractTest -Dsurefire.failIfNoSpecifiedTests=false >/dev/null 2>&1 || true
python3 skapa-rest/tools/stored-examples.py
mvn -q -o -pl skapa-rest package -DskipTests
port=7123
data=$(mktemp -d)
SKAPA_PORT=$port SKAPA_DATA_DIR="$data" java -jar skapa-rest/target/skapa-rest.jar >"$data/server.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$data"' EXIT
for _ in $(seq 60); do curl -sf "http://127.0.0.1:$port/health" >/dev/null && break; sleep 1; done
python3 skapa-rest/tools/openapi-examples.py "http://127.0.0.1:$port"
python3 - <<'PY'
import datetime, glob
today = datetime.date.today()
shift = (today - datetime.date(2026, 11, 22)).days
for p in glob.glob('skapa-rest/src/main/openapi/*.json'):
    s = open(p, encoding='utf-8').read()
    s = s.replace('"asOf": "%s"' % today.isoformat(), '"asOf": "2026-11-22"')
    s = s.replace('"daysOverdue": %d,' % (356 + shift), '"daysOverdue": 356,')
    open(p, 'w', encoding='utf-8').write(s)
PY
