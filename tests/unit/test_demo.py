"""The demo office: deterministic, realistic, and every feature has something to show."""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta
from pathlib import Path

import pytest

from kompetansekart import demo
from kompetansekart.domain.analysis import Analysis
from kompetansekart.storage.check import check_file
from kompetansekart.storage.errors import OfficeFileError, ValidationError
from kompetansekart.storage.officefile import OfficeFile
from kompetansekart.storage.reader import load

TODAY = date(2026, 11, 27)


@pytest.fixture(scope="module")
def office25(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return demo.generate(tmp_path_factory.mktemp("demo") / "o.kkart", 25, seed=1, today=TODAY)


@pytest.fixture(scope="module")
def analysis25(office25: Path) -> Analysis:
    with OfficeFile.open(office25, readonly=True) as office:
        return Analysis(load(office, today=TODAY))


def test_same_seed_and_day_give_identical_bytes(office25: Path, tmp_path: Path) -> None:
    again = demo.generate(tmp_path / "again.kkart", 25, seed=1, today=TODAY)
    assert again.read_bytes() == office25.read_bytes()


def test_other_seed_or_day_gives_another_office(office25: Path, tmp_path: Path) -> None:
    other_seed = demo.generate(tmp_path / "a.kkart", 25, seed=2, today=TODAY)
    other_day = demo.generate(tmp_path / "b.kkart", 25, seed=1, today=TODAY + timedelta(1))
    assert other_seed.read_bytes() != office25.read_bytes()
    assert other_day.read_bytes() != office25.read_bytes()


def test_file_is_a_healthy_office_file(office25: Path) -> None:
    report = check_file(office25)
    assert report.ok, report.problems
    assert report.active_people == 25
    assert report.counts["person"] == 26  # and one who has left, with history
    assert not office25.with_name(office25.name + "-journal").exists()
    assert not list(office25.parent.glob(".*.new"))


def test_people_teams_and_roles_are_realistic(office25: Path) -> None:
    with OfficeFile.open(office25, readonly=True) as office:
        q = office.query
        assert q("SELECT count(*) FROM team")[0][0] >= 3
        roles_per_person = [n for (n,) in q(
            "SELECT count(*) FROM personrole pr JOIN person p ON p.id = pr.person_id "
            "WHERE p.active GROUP BY pr.person_id")]
        assert len(roles_per_person) == 25
        assert min(roles_per_person) >= 1 and max(roles_per_person) <= 3
        assert {e for (e,) in q("SELECT DISTINCT employment FROM person")} == \
            {"state", "municipal"}
        hours = [h for (h,) in q("SELECT hours_per_year FROM person")]
        assert all(30 <= h <= 80 for h in hours)
        assert q("SELECT count(*) FROM person WHERE title = ''")[0][0] == 0
        assert q("SELECT count(*) FROM person WHERE buddy_id = id")[0][0] == 0
        sources = {s for (s,) in q("SELECT DISTINCT source FROM assessment")}
        assert sources == {"self", "leader", "coordinator"}
        years = {y for (y,) in q("SELECT DISTINCT substr(assessed_on, 1, 4) FROM assessment")}
        assert len(years) >= 3  # a few years of history
        assert q("SELECT max(assessed_on) FROM assessment")[0][0] <= TODAY.isoformat()
        assert q("SELECT count(*) FROM assessment WHERE level IS NULL")[0][0] == 1  # withdrawn
        assert q("SELECT count(*) FROM targetoverride")[0][0] >= 1
        uuids = [u for (u,) in q("SELECT uuid FROM person UNION ALL SELECT uuid FROM team")]
        assert len(set(uuids)) == len(uuids)


def test_analysis_has_something_to_show(analysis25: Analysis) -> None:
    a = analysis25
    needs = a.needs()
    # The weak competences (the plan's first priorities) lead the needs.
    assert needs[0].name == demo.WEAK[0]
    assert demo.WEAK[1] in [n.name for n in needs[:5]]
    single = next(c for c in a.coverages() if c.name == demo.SINGLE)
    assert single.covered_by == 1 and single.vulnerable
    assert a.disagreements(threshold=2)
    assert a.stale()
    assert any(c.unknown_gap for c in a.cells())
    new = a.new_staff()
    assert len([n for n in new if not n.overdue]) == 2
    assert [n for n in new if n.overdue]  # and one who is late for «Ny i NAV»
    assert all(n.buddy_id is not None and n.buddy_id != n.person_id for n in new)
    assert all(TODAY - n.start_date < timedelta(days=183) for n in new if not n.overdue)
    newcomers = {n.person_id for n in new if not n.overdue}
    assert not [c for c in a.cells() if c.person_id in newcomers and c.current is not None]


def test_plan_has_priorities_measures_and_goals(office25: Path) -> None:
    with OfficeFile.open(office25, readonly=True) as office:
        q = office.query
        period = q("SELECT id, name, start, \"end\" FROM planperiod WHERE start <= ? "
                   "AND \"end\" >= ?", (TODAY.isoformat(), TODAY.isoformat()))
        assert len(period) == 1 and period[0][1] == "Kompetanseplan 2026"
        pid = period[0][0]
        assert q("SELECT count(*) FROM priority WHERE period_id = ?", (pid,))[0][0] == 3
        measures = q("SELECT kind, status, hours_per_participant, "
                     "(SELECT count(*) FROM measureparticipant mp WHERE mp.measure_id = m.id) "
                     "FROM measure m WHERE period_id = ?", (pid,))
        assert len(measures) >= 5
        assert len({k for k, _, _, _ in measures}) >= 5
        assert {"planned", "ongoing", "done", "cancelled"} <= {s for _, s, _, _ in measures}
        assert all(h > 0 and n > 0 for _, _, h, n in measures)
        assert q("SELECT count(*) FROM measurecompetence")[0][0] >= len(measures)
        assert q("SELECT count(*) FROM developmentgoal")[0][0] >= 2
        assert q("SELECT count(*) FROM goalmeasure")[0][0] >= 1


@pytest.mark.parametrize("staff", [3, 4, 6, 12])
def test_small_offices_work(tmp_path: Path, staff: int) -> None:
    path = demo.generate(tmp_path / "o.kkart", staff, seed=staff, today=TODAY)
    assert check_file(path).ok
    with OfficeFile.open(path, readonly=True) as office:
        a = Analysis(load(office, today=TODAY))
    assert len(a.people) == staff
    assert a.new_staff()
    assert any(c.name == demo.SINGLE and c.covered_by == 1 for c in a.coverages())


def test_padding_the_catalogue_for_benchmarks(tmp_path: Path) -> None:
    path = demo.generate(tmp_path / "o.kkart", 10, seed=1, today=TODAY, competences=80)
    with OfficeFile.open(path, readonly=True) as office:
        assert office.query("SELECT count(*) FROM competence")[0][0] == 80
        assert office.query("SELECT count(DISTINCT competence_id) FROM rolerequirement "
                            "WHERE competence_id > 32")[0][0] == 48


@pytest.mark.slow
def test_thousand_people_in_one_go(tmp_path: Path) -> None:
    path = demo.generate(tmp_path / "o.kkart", 1000, seed=1, today=TODAY)
    with OfficeFile.open(path, readonly=True) as office:
        assert office.query("SELECT count(*) FROM person WHERE active")[0][0] == 1000


@pytest.mark.parametrize("staff", [2, 1001, 0, -5])
def test_staff_outside_3_to_1000_is_refused(tmp_path: Path, staff: int) -> None:
    with pytest.raises(ValidationError, match="fra 3 til 1000"):
        demo.generate(tmp_path / "o.kkart", staff)
    assert list(tmp_path.iterdir()) == []


def test_refuses_to_overwrite(office25: Path) -> None:
    before = office25.read_bytes()
    with pytest.raises(OfficeFileError, match="finnes allerede"):
        demo.generate(office25)
    assert office25.read_bytes() == before


def test_a_failure_halfway_leaves_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(self: object) -> None:
        raise RuntimeError("stop")

    monkeypatch.setattr(demo._Builder, "build_plan", broken)
    with pytest.raises(RuntimeError):
        demo.generate(tmp_path / "o.kkart", 5)
    assert list(tmp_path.iterdir()) == []


def test_consecutive_seeds_give_offices_with_different_names(tmp_path: Path) -> None:
    names = set()
    for seed in range(1, 9):
        path = demo.generate(tmp_path / f"o{seed}.kkart", 3, seed=seed, today=TODAY)
        conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
        try:
            names.add(conn.execute("SELECT name FROM office").fetchone()[0])
        finally:
            conn.close()
    assert len(names) == 8
