#!/usr/bin/env bash
# Draws every chart of the gallery (skapa-core's ChartGallery: each chart, both languages, short, long and
# missing data) as SVG into docs/images/charts, then renders each to PNG with headless Chromium.
# Needs a built skapa-core (mvn -q -pl skapa-core test-compile) and chromium (apt-get install chromium).
set -euo pipefail
cd "$(dirname "$0")/.."
out=docs/images/charts
java -cp skapa-core/target/classes:skapa-core/target/test-classes se.skapa.core.chart.ChartGallery "$out"
for svg in "$out"/*.svg; do
  w=$(grep -o 'width="[0-9]*"' "$svg" | head -1 | tr -dc 0-9)
  h=$(grep -o 'height="[0-9]*"' "$svg" | head -1 | tr -dc 0-9)
  chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --force-device-scale-factor=1 \
    --screenshot="${svg%.svg}.png" --window-size="$w,$h" "file://$PWD/$svg" >/dev/null 2>&1
done
ls "$out" | wc -l
