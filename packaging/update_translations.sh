#!/usr/bin/env bash
# Regenerate the English translation source from every window module and compile it.
#
#   packaging/update_translations.sh
#
# lupdate keeps the translations already in resources/kompetansekart_en.ts and adds new strings
# as "unfinished"; fill those in with pyside6-linguist (or an editor), then rerun this script so
# resources/kompetansekart_en.qm is rebuilt. Strings that vanished from the code are dropped.
set -euo pipefail
cd "$(dirname "$0")/.."

bin_dir="$(dirname "$(command -v python3)")"
for candidate in "${VIRTUAL_ENV:-}/bin" /work/venv/bin .venv/bin "$bin_dir"; do
  if [ -x "$candidate/pyside6-lupdate" ]; then
    bin_dir="$candidate"
    break
  fi
done
lupdate="${PYSIDE6_LUPDATE:-$bin_dir/pyside6-lupdate}"
lrelease="${PYSIDE6_LRELEASE:-$bin_dir/pyside6-lrelease}"

ts=resources/kompetansekart_en.ts
qm=resources/kompetansekart_en.qm

# Every window module, also any in sub-packages of kompetansekart/ui (sorted: stable .ts order).
mapfile -t sources < <(find kompetansekart/ui -name '*.py' | LC_ALL=C sort)
"$lupdate" -no-obsolete -source-language nb_NO -target-language en_GB \
  "${sources[@]}" -ts "$ts"
"$lrelease" "$ts" -qm "$qm"
