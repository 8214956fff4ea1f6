#!/usr/bin/env bash
# Build the stand-alone folder and run it: version, a demo office, its check, a screenshot.
# Takes a few minutes; not part of the test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/build.sh
app=dist/kompetansekart/kompetansekart
work=$(mktemp -d)
export KOMPETANSEKART_HOME="$work/home" QT_QPA_PLATFORM=offscreen
"$app" --version
"$app" demo "$work/demo.kkart" --staff 10
"$app" check "$work/demo.kkart"
"$app" screenshot "$work/demo.kkart" --view heatmap -o "$work/heatmap.png"
"$app" export-pdf "$work/demo.kkart" -o "$work/plan.pdf"
test -s "$work/heatmap.png" && test -s "$work/plan.pdf"
echo "Smoke test passed: $work"
