"""Opening the 200-person demo office to a painted main window.

The gate (docs/performance.md, ## Window): median under 1.5 s.

What is timed, in-process and repeated (the QApplication is made once before timing, and the
demo file is generated once, outside the timing):

  MainWindow() + open_path(file) [header check, quick_check, rotated backup, lock, context]
  + show() + the first view (Oversikt: reader.load + Analysis + every card) + a full paint
  (window.grab(), which renders every visible widget) — then close (not timed).

Other views are built the first time their tab is shown; the script also reports that first
switch for each view (the cost a leader meets once per opened file) and, for information, a cold
start in a fresh interpreter (`python -c` importing PySide6 and the app, then the same steps).

Run: /work/venv/bin/python benchmarks/bench_ui_open.py [--staff 200] [--runs 7] [--cold 3]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from kompetansekart import demo
from kompetansekart.paths import HOME_ENV
from kompetansekart.ui.main_window import MainWindow
from kompetansekart.ui.settings import Settings
from kompetansekart.ui.views import VIEWS

LIMIT_S = 1.5

COLD = """
import os, sys, time
t0 = time.perf_counter()
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from kompetansekart.ui.app import application
from kompetansekart.ui.main_window import MainWindow
from kompetansekart.ui.settings import Settings
app = application()
w = MainWindow(Settings(), remember=False)
w.open_path(sys.argv[1])
w.resize(1400, 900)
w.show()
app.processEvents()
w.grab()
print(time.perf_counter() - t0)
w.close()
"""


def open_once(app: QApplication, path: Path) -> tuple[float, MainWindow]:
    """Seconds from nothing to a painted window with the office open."""
    start = time.perf_counter()
    window = MainWindow(Settings(), remember=False)
    if not window.open_path(path):
        raise SystemExit(f"could not open {path}")
    window.resize(1400, 900)
    window.show()
    app.processEvents()
    window.grab()
    return time.perf_counter() - start, window


def main() -> int:
    """Print the medians; exit 1 if the gate is missed."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--staff", type=int, default=200)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--cold", type=int, default=3, help="cold starts (0 to skip)")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        os.environ[HOME_ENV] = str(Path(tmp) / "home")
        path = Path(tmp) / f"demo{args.staff}.kkart"
        demo.generate(path, staff=args.staff, seed=1)
        app = QApplication.instance() or QApplication(sys.argv[:1])
        assert isinstance(app, QApplication)

        first, window = open_once(app, path)
        window.close()
        app.processEvents()
        samples = []
        for _ in range(args.runs):
            seconds, window = open_once(app, path)
            samples.append(seconds)
            window.close()
            app.processEvents()
        median = statistics.median(samples)
        print(f"open {args.staff}-person office to painted window (in-process, "
              f"{args.runs} runs): median {median * 1000:.0f} ms "
              f"(min {min(samples) * 1000:.0f}, max {max(samples) * 1000:.0f}; "
              f"first run {first * 1000:.0f} ms)")

        # First switch to each view (built on demand), painted.
        seconds, window = open_once(app, path)
        for spec in VIEWS:
            start = time.perf_counter()
            window.show_view(spec.key)
            app.processEvents()
            window.grab()
            print(f"  first show of {spec.key:<10} {(time.perf_counter() - start) * 1000:7.0f} ms")
        window.close()
        app.processEvents()

        if args.cold:
            env = dict(os.environ)
            cold = []
            for _ in range(args.cold):
                out = subprocess.run([sys.executable, "-c", COLD, str(path)], env=env,
                                     capture_output=True, text=True, check=True)
                cold.append(float(out.stdout.strip().splitlines()[-1]))
            print(f"cold start incl. imports (subprocess, {args.cold} runs): median "
                  f"{statistics.median(cold) * 1000:.0f} ms")

    ok = median < LIMIT_S
    print(f"{'OK' if ok else 'TOO SLOW'}: median {median:.2f} s, limit {LIMIT_S} s")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
