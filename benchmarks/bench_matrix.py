"""Typing a level into the assessment matrix: key press to updated model and painted view.

Builds the 200-person demo office in a temporary folder, shows the real MatrixView offscreen at
1400×900 and types 50 levels with QTest.keyClick, each followed by processEvents (so the
repaint is included). Prints medians in milliseconds; also undo/redo of an entry and, for
comparison, what a whole-office reload (storage.reader.load + Analysis) costs.

Run: /work/venv/bin/python benchmarks/bench_matrix.py [--staff 200] [--keys 50]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from kompetansekart import demo
from kompetansekart.domain.analysis import Analysis
from kompetansekart.storage import reader
from kompetansekart.storage.officefile import OfficeFile
from kompetansekart.ui.context import OfficeContext
from kompetansekart.ui.matrix_view import MatrixView

KEYS = [Qt.Key.Key_0, Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4]


def _ms(samples: list[float]) -> str:
    ordered = sorted(samples)
    p90 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.9))]
    return (f"median {statistics.median(samples):6.1f} ms   p90 {p90:6.1f} ms   "
            f"max {max(samples):6.1f} ms   (n={len(samples)})")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--staff", type=int, default=200)
    parser.add_argument("--keys", type=int, default=50)
    args = parser.parse_args()

    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as tmp:
        os.environ.setdefault("KOMPETANSEKART_HOME", str(Path(tmp) / "home"))
        path = demo.generate(Path(tmp) / "demo.kkart", staff=args.staff, seed=1)
        office = OfficeFile.open(path, make_backup=False)
        try:
            ctx = OfficeContext(office)
            t0 = time.perf_counter()
            view = MatrixView(ctx)
            view.resize(1400, 900)
            view.show()
            app.processEvents()
            opened = (time.perf_counter() - t0) * 1000
            view.show_target({"person_id": view.model.person_at(0).id,
                              "competence_id": view.model.competence_at(0).id})
            app.processEvents()

            typing: list[float] = []
            for i in range(args.keys):
                t0 = time.perf_counter()
                QTest.keyClick(view.table, KEYS[i % len(KEYS)])
                app.processEvents()
                typing.append((time.perf_counter() - t0) * 1000)
            rows = office.query("SELECT count(*) FROM assessment WHERE assessed_on = date('now')")
            assert rows[0][0] >= args.keys, "the keystrokes did not reach the file"

            undo: list[float] = []
            redo: list[float] = []
            for _ in range(10):
                t0 = time.perf_counter()
                ctx.undo_stack.undo()
                app.processEvents()
                undo.append((time.perf_counter() - t0) * 1000)
            for _ in range(10):
                t0 = time.perf_counter()
                ctx.undo_stack.redo()
                app.processEvents()
                redo.append((time.perf_counter() - t0) * 1000)

            whole: list[float] = []
            for _ in range(10):
                t0 = time.perf_counter()
                Analysis(reader.load(office))
                whole.append((time.perf_counter() - t0) * 1000)

            people = view.model.rowCount()
            print(f"Assessment matrix, demo office with {people} active people, "
                  f"{view.model.columnCount()} competences, view 1400x900 offscreen")
            print(f"  open view (load + first paint): {opened:6.1f} ms")
            print(f"  type a level (key -> file -> model -> painted): {_ms(typing)}")
            print(f"  undo an entry:                                  {_ms(undo)}")
            print(f"  redo an entry:                                  {_ms(redo)}")
            print(f"  for comparison, reader.load + Analysis:         {_ms(whole)}")
            view.close()
        finally:
            office.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
