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
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from kompetansekart import demo
from kompetansekart.domain.analysis import Analysis
from kompetansekart.services import assessments
from kompetansekart.storage import reader
from kompetansekart.storage.officefile import Change, OfficeFile
from kompetansekart.ui.context import OfficeContext
from kompetansekart.ui.matrix.view import MatrixView

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

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    load = os.getloadavg()
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

            writes: list[float] = []
            record = assessments.record

            def timed_record(*a: Any, **k: Any) -> Change:
                t = time.perf_counter()
                try:
                    return record(*a, **k)
                finally:
                    writes.append((time.perf_counter() - t) * 1000)

            assessments.record = timed_record  # type: ignore[assignment]
            typing: list[float] = []
            cpu: list[float] = []
            for i in range(args.keys):
                t0, c0 = time.perf_counter(), time.process_time()
                QTest.keyClick(view.table, KEYS[i % len(KEYS)])
                app.processEvents()
                typing.append((time.perf_counter() - t0) * 1000)
                cpu.append((time.process_time() - c0) * 1000)
            assessments.record = record  # type: ignore[assignment]
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
            print(f"Load average before: {load[0]:.2f} (machine has {os.cpu_count()} cores)")
            print(f"Assessment matrix, demo office with {people} active people, "
                  f"{view.model.columnCount()} competences, view 1400x900 offscreen")
            print(f"  open view (load + first paint): {opened:6.1f} ms")
            print(f"  type a level (key -> file -> model -> painted): {_ms(typing)}")
            print(f"    of which CPU time of this process:            {_ms(cpu)}")
            print(f"    of which writing the file (record + commit):  {_ms(writes)}")
            print(f"  undo an entry:                                  {_ms(undo)}")
            print(f"  redo an entry:                                  {_ms(redo)}")
            print(f"  for comparison, reader.load + Analysis:         {_ms(whole)}")
            view.close()
        finally:
            office.close()
        _in_main_window(app, path, args.keys)
    return 0


def _type(app: QApplication, view: MatrixView, keys: int) -> list[float]:
    view.show_target({"person_id": view.model.person_at(0).id,
                      "competence_id": view.model.competence_at(0).id})
    app.processEvents()
    samples = []
    for i in range(keys):
        t0 = time.perf_counter()
        QTest.keyClick(view.table, KEYS[i % len(KEYS)])
        app.processEvents()
        samples.append((time.perf_counter() - t0) * 1000)
    return samples


def _in_main_window(app: QApplication, path: Path, keys: int) -> None:
    """The same typing inside the real main window: once with the overview and the matrix
    built, once after every tab has been visited (hidden views get `changed` too)."""
    try:
        from kompetansekart.ui.main_window import MainWindow
        from kompetansekart.ui.settings import Settings
    except ImportError:  # pragma: no cover - the window is built by another module
        print("  (main window not available)")
        return
    window = MainWindow(Settings(), remember=False)
    window.set_office(OfficeFile.open(path, make_backup=False))
    window.resize(1400, 900)
    window.show()
    window.show_view("overview")
    app.processEvents()
    view = window.show_view("matrix")
    assert isinstance(view, MatrixView)
    app.processEvents()
    print(f"  in the main window (overview + matrix built):  {_ms(_type(app, view, keys))}")
    for i in range(window.tabs.count()):
        window.tabs.setCurrentIndex(i)
        app.processEvents()
    window.show_view("matrix")
    app.processEvents()
    print(f"  in the main window (every tab visited):        {_ms(_type(app, view, keys))}")
    window.close_office()
    window.close()


if __name__ == "__main__":
    raise SystemExit(main())
