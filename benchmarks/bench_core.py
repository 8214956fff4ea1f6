"""Core timings: generating a demo office, `check`, and the full analysis, by office size.

For offices of 25, 200 and 1000 people × 80 competences (the starter catalogue padded with
generated areas) it times, in a temporary folder:

- demo:      kompetansekart.demo.generate (the `demo` command without interpreter start-up)
- check:     storage.check.check_file (header, integrity_check, foreign keys, counts)
- open:      OfficeFile.open(readonly=True) (header check and quick_check)
- analysis:  reader.load + Analysis + needs + coverages + vulnerable + disagreements + stale

and prints the median of several runs in milliseconds. The full analysis of 200 × 80 must
stay under 100 ms (docs/performance.md, ## Core).

Run: /work/venv/bin/python benchmarks/bench_core.py [--sizes 25 200 1000] [--competences 80]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from kompetansekart import demo
from kompetansekart.domain.analysis import Analysis
from kompetansekart.domain.snapshot import OfficeData
from kompetansekart.runtime import tune_gc
from kompetansekart.storage import reader
from kompetansekart.storage.check import check_file
from kompetansekart.storage.officefile import OfficeFile

TODAY = date(2026, 11, 27)
LIMIT_MS = 100.0


def _median_ms(fn: Callable[[], object], runs: int, before: Callable[[], object] | None = None
               ) -> float:
    return _medians(fn, runs, before)[0]


def _medians(fn: Callable[[], object], runs: int, before: Callable[[], object] | None = None
             ) -> tuple[float, float, float]:
    """Median wall-clock, fastest wall-clock and median CPU time of `runs` calls, in ms.

    On a shared machine the wall clock includes time spent waiting for a CPU; the fastest run
    and the process CPU time show what the code itself costs.
    """
    wall = []
    cpu = []
    for _ in range(runs):
        if before is not None:
            before()
        start, start_cpu = time.perf_counter(), time.process_time()
        result = fn()
        wall.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - start_cpu) * 1000)
        del result  # freeing the previous office's objects is not part of the timing
    return statistics.median(wall), min(wall), statistics.median(cpu)


def full_analysis(office: OfficeFile) -> Analysis:
    """Everything the overview shows, from the file."""
    return analyse(reader.load(office, today=TODAY))


def analyse(data: OfficeData) -> Analysis:
    """Everything the overview shows, from data already read."""
    analysis = Analysis(data)
    analysis.needs()
    analysis.coverages()
    analysis.vulnerable()
    analysis.disagreements()
    analysis.stale()
    return analysis


def bench(staff: int, competences: int, folder: Path) -> dict[str, float]:
    """Median timings for one office size."""
    path = folder / f"office-{staff}.kkart"

    def remove() -> None:
        path.unlink(missing_ok=True)

    def make() -> None:
        demo.generate(path, staff=staff, seed=1, today=TODAY, competences=competences)

    heavy = staff >= 1000
    result = {"demo": _median_ms(make, 3 if heavy else 5, before=remove)}
    result["check"] = _median_ms(lambda: check_file(path), 3 if heavy else 7)
    result["open"] = _median_ms(lambda: OfficeFile.open(path, readonly=True).close(), 7)
    with OfficeFile.open(path, readonly=True) as office:
        full_analysis(office)  # warm the page cache and the imports
        (result["analysis"], result["analysis_min"],
         result["analysis_cpu"]) = _medians(lambda: full_analysis(office), 5 if heavy else 21)
        data = reader.load(office, today=TODAY)
        result["compute"] = _median_ms(lambda: analyse(data), 5 if heavy else 21)
        result["assessments"] = float(office.query("SELECT count(*) FROM assessment")[0][0])
    result["size_mb"] = path.stat().st_size / 1e6
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[25, 200, 1000])
    parser.add_argument("--competences", type=int, default=80)
    args = parser.parse_args(argv)
    tune_gc()  # as the program does at start (cli.main)
    print(f"Python {sys.version.split()[0]}, {os.cpu_count()} CPUs; medians in ms")
    print(f"{'people':>7} {'comp.':>5} {'assessments':>11} {'file MB':>8} {'demo':>8} "
          f"{'check':>8} {'open':>8} {'analysis':>9} {'(min)':>7} {'(cpu)':>7} "
          f"{'no read':>8}")
    failed = False
    with tempfile.TemporaryDirectory() as tmp:
        os.environ.setdefault("KOMPETANSEKART_HOME", str(Path(tmp) / "home"))
        for staff in args.sizes:
            r = bench(staff, args.competences, Path(tmp))
            print(f"{staff:>7} {args.competences:>5} {int(r['assessments']):>11} "
                  f"{r['size_mb']:>8.1f} {r['demo']:>8.0f} {r['check']:>8.1f} "
                  f"{r['open']:>8.1f} {r['analysis']:>9.1f} {r['analysis_min']:>7.1f} "
                  f"{r['analysis_cpu']:>7.1f} {r['compute']:>8.1f}",
                  flush=True)
            if staff == 200 and r["analysis"] >= LIMIT_MS:
                failed = True
    if failed:
        print(f"FAIL: the full analysis of 200 people took {LIMIT_MS:.0f} ms or more")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
