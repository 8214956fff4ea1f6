"""Opening 60 office summaries into the regional overview.

The gate (docs/performance.md, ## Regional overview): median under 2 s.

Setup, not timed: 60 demo offices of 3–60 people (seeds 1–60, `demo.generate`), each exported
as an anonymous summary (.kkdel) into one folder. Timed, in-process and repeated:

  core    region.load_many(folder) + region.build(...) — reading, checksum, validation,
          matching by UUID, shared needs and suggestions
  window  RegionWindow().load_files([folder]) + show() + a full paint (grab()) — what the
          county adviser waits for after «Åpne mappe…»

For information it also times the regional report PDF of the same 60 offices, and loading
full office files (.kkart) instead of summaries (each is opened read-only, checked and reduced
to a summary), which is slower by nature.

Run: /work/venv/bin/python benchmarks/bench_region.py [--offices 60] [--runs 7] [--full 10]
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from kompetansekart import demo
from kompetansekart.exchange import region
from kompetansekart.paths import HOME_ENV
from kompetansekart.services import sharing
from kompetansekart.storage.officefile import OfficeFile

LIMIT_S = 2.0


def prepare(folder: Path, offices: int) -> tuple[Path, Path]:
    """Generate the offices and their summaries; returns (summary folder, full-file folder)."""
    summaries = folder / "oppsummeringer"
    full = folder / "kontorfiler"
    summaries.mkdir()
    full.mkdir()
    for n in range(1, offices + 1):
        staff = 3 + (n * 37) % 58
        path = demo.generate(full / f"kontor{n:02d}.kkart", staff=staff, seed=n)
        office = OfficeFile.open(path, make_backup=False)
        try:
            sharing.export_summary(office, summaries / f"kontor{n:02d}.kkdel")
        finally:
            office.close()
    return summaries, full


def timed(fn: object, runs: int) -> list[float]:
    """Wall-clock seconds of `runs` calls."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()  # type: ignore[operator]
        times.append(time.perf_counter() - start)
    return times


def show(label: str, times: list[float], gate: bool = False) -> None:
    median = statistics.median(times)
    verdict = ""
    if gate:
        verdict = "  OK" if median < LIMIT_S else f"  OVER the {LIMIT_S:.1f} s gate"
    print(f"{label:<52} median {median * 1000:7.0f} ms  (min {min(times) * 1000:.0f}, "
          f"max {max(times) * 1000:.0f}, {len(times)} runs){verdict}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--offices", type=int, default=60)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--full", type=int, default=10,
                        help="how many full office files to time (0: skip)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        os.environ[HOME_ENV] = str(Path(tmp) / "home")
        start = time.perf_counter()
        summaries, full = prepare(Path(tmp), args.offices)
        print(f"prepared {args.offices} offices in {time.perf_counter() - start:.1f} s")

        def core() -> None:
            overview = region.build(region.load_many([summaries]))
            assert len(overview.offices) == args.offices, overview.refused

        show(f"core: load + build {args.offices} summaries", timed(core, args.runs), True)

        from PySide6.QtWidgets import QApplication

        from kompetansekart.ui.region.window import RegionWindow

        app = QApplication.instance() or QApplication([])

        from PySide6.QtCore import QCoreApplication, QEvent, Qt

        def window() -> None:
            w = RegionWindow()
            w.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            w.resize(1400, 900)
            w.load_files([summaries])
            w.show()
            app.processEvents()
            w.grab()
            assert w.overview is not None and len(w.overview.offices) == args.offices
            w.close()
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

        show(f"window: open folder of {args.offices} summaries, painted",
             timed(window, args.runs), True)

        from kompetansekart.reports.region_report import write_region_report

        overview = region.build(region.load_many([summaries]))
        pdf = Path(tmp) / "region.pdf"
        show(f"regional report PDF, {args.offices} offices (information)",
             timed(lambda: write_region_report(overview, pdf), 3))

        if args.full:
            files = sorted(full.glob("*.kkart"))[: args.full]

            def full_files() -> None:
                loaded = region.load_many(files)
                assert len(loaded.offices) == len(files), loaded.refused

            show(f"full office files: load {len(files)} .kkart (information)",
                 timed(full_files, 3))


if __name__ == "__main__":
    main()
