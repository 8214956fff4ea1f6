#!/usr/bin/env bash
# Build a stand-alone folder with PyInstaller: dist/kompetansekart/kompetansekart
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m venv .venv-build
.venv-build/bin/pip install -q . pyinstaller
.venv-build/bin/pyinstaller --noconfirm --clean packaging/kompetansekart.spec
echo "Built dist/kompetansekart/"
