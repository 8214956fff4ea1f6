"""Plan PDFs: the office competence plan and all individual plans in one file, by office size.

For demo offices of 25 and 200 people (`kompetansekart.demo.generate(path, staff, seed=1)`,
dated 2026-11-27, with a current plan period and measures) it times, in a temporary folder,
with the office file already open read-only:

- office plan:       reports.office_plan.export_office_plan (load office and plan, analysis,
                     summary, heatmap, tables, write the PDF)
- individual plans:  reports.individual_plan.export_individual_plans for everyone, one file

and prints the median of several runs in milliseconds, with the page count. Gates for the
200-person office (docs/performance.md, ## Plan PDFs): office plan under 2 s, all individual
plans under 5 s.

Run: /work/venv/bin/python benchmarks/bench_pdf.py [--sizes 25 200] [--runs 5]
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
from kompetansekart.reports.individual_plan import export_individual_plans
from kompetansekart.reports.office_plan import export_office_plan
from kompetansekart.storage.officefile import OfficeFile

TODAY = date(2026, 11, 27)
GATES_MS = {"office plan": 2000.0, "individual plans": 5000.0}
GATE_SIZE = 200


def _median_ms(fn: Callable[[], object], runs: int) -> tuple[float, float, float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), min(times), max(times)


def _pages(path: Path) -> int:
    from pypdf import PdfReader

    return len(PdfReader(path).pages)


def main(argv: list[str] | None = None) -> int:
    """Time the PDFs and print medians; exit 1 if a gate is missed."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[25, 200])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    failed = False
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        os.environ["KOMPETANSEKART_HOME"] = str(folder / "home")
        print(f"{'office':>8} {'what':<18} {'median ms':>10} {'min':>8} {'max':>8} "
              f"{'pages':>6}")
        for size in args.sizes:
            path = demo.generate(folder / f"demo{size}.kkart", staff=size, seed=1, today=TODAY)
            office = OfficeFile.open(path, readonly=True, make_backup=False)
            try:
                plan_pdf = folder / f"plan{size}.pdf"
                people_pdf = folder / f"people{size}.pdf"

                def office_plan(o: OfficeFile = office, p: Path = plan_pdf) -> Path:
                    return export_office_plan(o, p, today=TODAY)

                def individual_plans(o: OfficeFile = office, p: Path = people_pdf) -> Path:
                    return export_individual_plans(o, p, today=TODAY)

                jobs: dict[str, tuple[Path, Callable[[], object]]] = {
                    "office plan": (plan_pdf, office_plan),
                    "individual plans": (people_pdf, individual_plans),
                }
                for name, (pdf, job) in jobs.items():
                    job()  # warm up: imports, font metrics
                    median, low, high = _median_ms(job, args.runs)
                    gate = GATES_MS[name] if size == GATE_SIZE else None
                    verdict = ""
                    if gate is not None:
                        ok = median < gate
                        failed = failed or not ok
                        verdict = f"  {'OK' if ok else 'OVER'} (gate {gate:.0f} ms)"
                    print(f"{size:>8} {name:<18} {median:>10.0f} {low:>8.0f} {high:>8.0f} "
                          f"{_pages(pdf):>6}{verdict}")
            finally:
                office.close()
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
