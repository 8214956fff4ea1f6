#!/usr/bin/env bash
# Debian/Ubuntu libraries Qt needs (also offscreen), fonts, and poppler-utils (pdftoppm) for
# the tests that render PDF pages. Installs only what is missing; elsewhere it does nothing
# (on Windows and macOS the Qt wheels from PyPI bring what they need).
set -euo pipefail
command -v apt-get >/dev/null 2>&1 || exit 0
have_lib() { ldconfig -p 2>/dev/null | grep -q "$1"; }
need=()
command -v pdftoppm >/dev/null 2>&1 || need+=(poppler-utils)
have_lib 'libEGL.so.1' || need+=(libegl1)
have_lib 'libGL.so.1' || need+=(libgl1)
have_lib 'libxkbcommon.so.0' || need+=(libxkbcommon0)
have_lib 'libfontconfig.so.1' || need+=(libfontconfig1)
have_lib 'libdbus-1.so.3' || need+=(libdbus-1-3)
have_lib 'libxkbcommon-x11.so.0' || need+=(libxkbcommon-x11-0)
have_lib 'libxcb-cursor.so.0' || need+=(libxcb-cursor0)
fc-list 2>/dev/null | grep -qi dejavu || need+=(fonts-dejavu-core)
[ ${#need[@]} -eq 0 ] && exit 0
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq "${need[@]}" >/dev/null
