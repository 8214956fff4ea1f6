"""The heatmap («Varmekart»): full rebuild, one changed cell, mode switch, panning and zooming.

For the demo offices of 200 people × 80 competences and 1000 × 300 (generated in a temporary
folder with `demo.generate(..., competences=N)`), it shows the real HeatmapView offscreen at
1400×900 and times, as medians in milliseconds:

- load:        storage.reader.load (the shared office snapshot; not part of the map, shown for
               comparison)
- full:        a full rebuild from the loaded snapshot to a painted window: Cube (arrays from
               the snapshot) + grid + ImageItem + headers + legend + repaint (view.reload())
- cube, grid:  the two data steps alone
- mode:        switching mode (grid + image + repaint; the cube is kept)
- cell:        one cell changed, to visible: cube.record + grid.refresh_cell + setImage +
               processEvents, which paints the changed cell and its coverage (what an edit in
               the map's own editor does after the file write)
- edit:        the same through the editor's path: ctx.apply(assessments.record) (SQLite write
               with synchronous=FULL) + the changed signal + the one-cell redraw
- scroll/zoom: scrolling three rows / zooming by 15 % with the repaint (a wheel notch); also a
               repaint of the map zoomed out to show every cell at once

Gates (issue 4): full 200×80 < 30 ms, cell < 5 ms, full 1000×300 < 300 ms, scroll/zoom smooth
(well under a 16 ms frame).

Run: /work/venv/bin/python benchmarks/bench_heatmap.py [--sizes 200x80 1000x300] [--runs 15]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from kompetansekart import demo
from kompetansekart.domain.heatmap_data import Cube, Options, build_grid
from kompetansekart.storage import reader
from kompetansekart.storage.officefile import OfficeFile
from kompetansekart.ui.context import OfficeContext
from kompetansekart.ui.heatmap.view import HeatmapView

TODAY = date.today()


# Both wall-clock and CPU time are reported: on a shared machine CPU time is what the map
# itself costs, wall time also includes waiting for other processes.


def median_ms(fn: Callable[[], object], runs: int,
              before: Callable[[], object] | None = None) -> tuple[float, float]:
    """Median wall and CPU time of `fn` in milliseconds (one untimed warm-up run first)."""
    fn()
    wall, cpu = [], []
    for _ in range(runs):
        if before is not None:
            before()
        start, start_cpu = time.perf_counter(), time.process_time()
        fn()
        wall.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - start_cpu) * 1000)
    return statistics.median(wall), statistics.median(cpu)


def bench(staff: int, competences: int, runs: int, folder: Path
          ) -> dict[str, tuple[float, float]]:
    """Time one office size; returns (wall, CPU) medians by name."""
    path = folder / f"bench-{staff}x{competences}.kkart"
    start = time.perf_counter()
    demo.generate(path, staff=staff, seed=1, competences=competences)
    print(f"  generated {path.name} in {time.perf_counter() - start:.1f} s", flush=True)
    office = OfficeFile.open(path, make_backup=False)
    try:
        ctx = OfficeContext(office)
        result: dict[str, tuple[float, float]] = {}
        result["load"] = median_ms(lambda: reader.load(office), max(3, runs // 3))
        data = ctx.data
        print(f"  {len(data.people)} people, {len(data.competences)} competences, "
              f"{len(data.assessments)} assessment records", flush=True)
        view = HeatmapView(ctx)
        view.resize(1400, 900)
        view.show()
        QApplication.processEvents()

        def full() -> None:
            view.reload()
            view.repaint()

        result["full"] = median_ms(full, runs)
        result["cube"] = median_ms(lambda: Cube(data), runs)
        cube = Cube(data)
        result["grid"] = median_ms(lambda: build_grid(cube, Options()).rgba(), runs)
        modes = iter(["gap", "self", "age", "level"] * (runs + 2))

        def mode() -> None:
            view.set_mode(next(modes))
            view.repaint()

        result["mode"] = median_ms(mode, runs)
        view.set_mode("level")
        rng = random.Random(1)
        assert view.cube is not None and view.grid is not None

        def visible_cell() -> tuple[int, int]:
            # A cell on screen, so the measured time includes painting it.
            r0, r1 = view.canvas.visible_rows()
            c0, c1 = view.canvas.visible_columns()
            return rng.randrange(r0, r1), rng.randrange(c0, c1)

        def one_cell() -> None:
            cube_, grid_ = view.cube, view.grid
            assert cube_ is not None and grid_ is not None
            r, c = visible_cell()
            row, col = grid_.rows[r], grid_.columns[c]
            cube_.record(row.person_id, col.key, rng.randrange(5), TODAY, "leader")
            cell = grid_.refresh_cell(cube_, row.person_id, col.key)
            if cell is not None:
                view.canvas.refresh_cell(*cell)
            QApplication.processEvents()  # paints what changed: the cell and its coverage

        result["cell"] = median_ms(one_cell, runs * 3)

        def edit() -> None:
            grid_ = view.grid
            assert grid_ is not None
            r, c = visible_cell()
            row, col = grid_.rows[r], grid_.columns[c]
            view.record(row.person_id, col.key, rng.randrange(5), "leader", TODAY)
            QApplication.processEvents()

        result["edit"] = median_ms(edit, runs)
        view.canvas.set_zoom(1.0)
        direction = [1]

        def scroll() -> None:
            canvas = view.canvas
            if canvas.vbar.value() in (canvas.vbar.maximum(), 0):
                direction[0] = -direction[0]
            canvas.scroll_by(rows=-3 * direction[0])
            view.repaint()

        result["scroll"] = median_ms(scroll, runs * 2)
        factors = iter([1.15, 1 / 1.15] * (runs * 2 + 2))

        def zoom() -> None:
            view.canvas.set_zoom(view.canvas.zoom() * next(factors))
            view.repaint()

        result["zoom"] = median_ms(zoom, runs * 2)
        view.canvas.zoom_to_fit()
        result["overview"] = median_ms(view.repaint, runs)
        view.close()
        ctx.undo_stack.clear()
        return result
    finally:
        office.close()


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print a table of medians."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else "")
    parser.add_argument("--sizes", nargs="+", default=["200x80", "1000x300"])
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args(argv)
    QApplication.instance() or QApplication(sys.argv[:1])
    names = ["load", "full", "cube", "grid", "mode", "cell", "edit", "scroll", "zoom",
             "overview"]
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        os.environ.setdefault("KOMPETANSEKART_HOME", str(Path(tmp) / "home"))
        for size in args.sizes:
            staff, comps = (int(part) for part in size.split("x"))
            print(f"{staff} × {comps}:", flush=True)
            result = bench(staff, comps, args.runs, Path(tmp))
            rows.append((size, result))
    for title, index in (("wall", 0), ("CPU", 1)):
        print()
        print(f"median ms, {title:<5}" + "".join(f"{n:>9}" for n in names))
        for size, result in rows:
            print(f"{size:<16}" + "".join(f"{result[n][index]:>9.1f}" for n in names))
    print()
    print(f"load average at the end: {' '.join(f'{x:.2f}' for x in os.getloadavg())} "
          f"on {os.cpu_count()} cores")
    return 0


if __name__ == "__main__":
    sys.exit(main())
