"""The heatmap arrays: same rules as Analysis, each mode's values, roll-ups, filters, updates."""

from __future__ import annotations

import random
from datetime import date, timedelta

import numpy as np
import pytest

from kompetansekart.domain.analysis import Analysis
from kompetansekart.domain.heatmap_data import (
    DIFF_NA,
    GAP_NONE,
    GAP_UNKNOWN,
    LEVEL_NA,
    MODES,
    Cube,
    Options,
    RollupFacts,
    build_grid,
    cell_text,
    palette_for,
)
from kompetansekart.domain.snapshot import (
    AssessmentRecord,
    CategoryInfo,
    CompetenceInfo,
    OfficeData,
    PersonInfo,
    RoleInfo,
)

TODAY = date(2026, 11, 27)


def random_office(seed: int, people: int = 30, comps: int = 14, records: int = 900) -> OfficeData:
    """An office with every awkward case: withdrawn levels, same-day entries, inactive people,
    coordinators, overrides (also to 0), requirements of 0, people without team or role."""
    rng = random.Random(seed)
    cats = [CategoryInfo(10 + k, f"Kategori {k}", k) for k in range(3)]
    competences = [CompetenceInfo(100 + j, f"Kompetanse {j:02d}", 10 + j % 3, position=j)
                   for j in range(comps)]
    competences.sort(key=lambda c: (c.category_id, c.position))
    roles = {}
    for r in range(5):
        reqs = {c.id: rng.randint(0, 4) for c in rng.sample(competences, 4)}
        roles[500 + r] = RoleInfo(500 + r, f"Rolle {r}", reqs)
    teams = {1: "Team Nord", 2: "Team Sør", 3: "Marked"}
    staff = []
    for i in range(people):
        staff.append(PersonInfo(
            1000 + i, f"Person {i:03d}", rng.choice([1, 2, 3, None]), active=rng.random() > 0.1,
            role_ids=tuple(sorted(rng.sample(list(roles), rng.randint(0, 2))))))
    staff.sort(key=lambda p: p.name)
    recs = []
    for n in range(records):
        p = rng.choice(staff)
        c = rng.choice(competences)
        level = rng.choice([0, 1, 2, 3, 4, 4, 3, None])
        day = TODAY - timedelta(days=rng.choice([0, 0, 10, 200, 400, 800, 1200]))
        source = rng.choice(["leader", "leader", "coordinator", "self", "self"])
        recs.append(AssessmentRecord(n + 1, p.id, c.id, level, day, source))
    rng.shuffle(recs)  # the newest must be found by date and id, not by list order
    overrides = {(p.id, c.id): rng.randint(0, 4)
                 for p, c in zip(rng.sample(staff, 6), rng.sample(competences, 6), strict=True)}
    return OfficeData("NAV Test", staff, teams, roles, cats, competences, recs, overrides,
                      today=TODAY, stale_months=12)


@pytest.mark.parametrize("seed", range(6))
def test_cube_agrees_with_analysis_cell_by_cell(seed: int) -> None:
    data = random_office(seed)
    cube = Cube(data)
    analysis = Analysis(data)
    assert [p.id for p in cube.people] == [p.id for p in analysis.people]
    gap, unknown = cube.gap(), cube.unknown_gap()
    for i, person in enumerate(cube.people):
        for j, comp in enumerate(cube.competences):
            cell = analysis.cell(person.id, comp.id)
            cur = int(cube.current[i, j])
            assert (cur if cur >= 0 else None) == cell.current
            own = int(cube.self_level[i, j])
            assert (own if own >= 0 else None) == cell.self_level
            tgt = int(cube.target[i, j])
            assert (tgt if tgt >= 0 else None) == cell.target
            assert int(gap[i, j]) == cell.gap
            assert bool(unknown[i, j]) == cell.unknown_gap
            day = int(cube.current_day[i, j])
            assert (date.fromordinal(day) if day else None) == cell.current_on
            own_day = int(cube.self_day[i, j])
            assert (date.fromordinal(own_day) if own_day else None) == cell.self_on


@pytest.mark.parametrize("level", [None, 1, 3])
def test_coverage_agrees_with_analysis(level: int | None) -> None:
    data = random_office(7, records=1500)
    grid = build_grid(Cube(data), Options(coverage_level=level))
    analysis = Analysis(data)
    vulnerable = {c.competence_id for c in analysis.vulnerable()}
    for n, col in enumerate(grid.columns):
        cov = analysis.coverage(col.key, level)
        assert int(grid.covered[n]) == cov.covered_by
        assert int(grid.meeting[n]) == cov.meeting_target
        assert int(grid.with_target[n]) == cov.with_target
        assert (int(grid.required[n]) if grid.required[n] >= 0 else None) == cov.required_level
        assert bool(grid.vulnerable[n]) == (col.key in vulnerable)


def small_office() -> OfficeData:
    """Two people, two categories, hand-made values for exact checks."""
    cats = [CategoryInfo(1, "Veiledning", 0), CategoryInfo(2, "Regelverk", 1)]
    comps = [CompetenceInfo(11, "Brukersamtalen", 1, position=0),
             CompetenceInfo(12, "Motiverende intervju", 1, position=1),
             CompetenceInfo(21, "Folketrygdloven", 2, position=0)]
    role = RoleInfo(7, "Veileder", {11: 3, 12: 2, 21: 2})
    people = [PersonInfo(1, "Anne", 1, role_ids=(7,)), PersonInfo(2, "Bjørn", 2, role_ids=()),
              PersonInfo(3, "Cecilie", 1, role_ids=(7,))]
    old = TODAY - timedelta(days=500)
    recs = [
        AssessmentRecord(1, 1, 11, 0, TODAY, "leader"),           # level 0, not «ikke vurdert»
        AssessmentRecord(2, 1, 12, 3, old, "leader"),             # stale, meets target
        AssessmentRecord(3, 1, 12, 1, old, "self"),               # self 2 below leader
        AssessmentRecord(4, 2, 11, 4, TODAY, "coordinator"),
        AssessmentRecord(5, 2, 11, 2, TODAY, "self"),
        AssessmentRecord(6, 3, 11, 2, TODAY - timedelta(days=30), "leader"),
        AssessmentRecord(7, 3, 11, None, TODAY - timedelta(days=10), "leader"),  # withdrawn
    ]
    return OfficeData("NAV Liten", people, {1: "Team A", 2: "Team B"}, {7: role}, cats, comps,
                      recs, {}, today=TODAY, stale_months=12)


def test_level_mode_keeps_not_assessed_apart_from_level_zero() -> None:
    grid = build_grid(Cube(small_office()), Options(mode="level", row_grouping="name"))
    assert [r.name for r in grid.rows] == ["Anne", "Bjørn", "Cecilie"]
    anne, cecilie = 0, 2
    assert grid.values[anne, 0] == 0 and grid.codes[anne, 0] == 0
    assert np.isnan(grid.values[cecilie, 0]) and grid.codes[cecilie, 0] == LEVEL_NA
    assert grid.text(anne, 0) == "0" and grid.text(cecilie, 0) == ""
    hatched = grid.hatched()
    assert not hatched[anne, 0] and hatched[cecilie, 0]
    rgba = grid.rgba()
    assert tuple(rgba[anne, 0]) != tuple(rgba[cecilie, 0])


def test_gap_mode_marks_unknown_gaps_and_cells_without_target() -> None:
    grid = build_grid(Cube(small_office()), Options(mode="gap", row_grouping="name"))
    # Anne: target 3, level 0 -> gap 3; target 2 level 3 -> 0; target 2 unassessed -> unknown
    assert grid.values[0].tolist()[:2] == [3.0, 0.0]
    assert grid.codes[0, 2] == GAP_UNKNOWN and grid.text(0, 2) == "?"
    # Bjørn has no role: no target anywhere
    assert (grid.codes[1] == GAP_NONE).all() and grid.text(1, 0) == ""
    # Cecilie: withdrawn level with a target is an unknown gap, not level 0
    assert grid.codes[2, 0] == GAP_UNKNOWN
    assert grid.hatched()[2, 0] and not grid.hatched()[1, 0]


def test_self_mode_shows_self_minus_leader() -> None:
    grid = build_grid(Cube(small_office()), Options(mode="self", row_grouping="name"))
    assert grid.values[0, 1] == -2 and grid.text(0, 1) == "−2"
    assert grid.values[1, 0] == -2
    assert grid.codes[0, 0] == DIFF_NA  # no self-assessment
    assert grid.codes[0, 1] == 2  # -2 + 4


def test_age_mode_buckets_and_stale_match_analysis() -> None:
    data = small_office()
    cube = Cube(data)
    grid = build_grid(cube, Options(mode="age", row_grouping="name"))
    assert grid.values[0, 0] == 0 and grid.codes[0, 0] == 0
    assert grid.values[0, 1] == 16 and grid.codes[0, 1] == 3  # 500 days: 12–24 months
    stale = {(s.person_id, s.competence_id) for s in Analysis(data).stale()}
    for r, row in enumerate(grid.rows):
        for c, col in enumerate(grid.columns):
            facts = grid.facts(cube, r, c)
            assert not isinstance(facts, RollupFacts)
            assert facts.stale == ((row.person_id, col.key) in stale)


def test_random_office_every_mode_matches_cells() -> None:
    data = random_office(3)
    cube = Cube(data)
    analysis = Analysis(data)
    for mode in MODES:
        grid = build_grid(cube, Options(mode=mode))
        for r, row in enumerate(grid.rows):
            for c, col in enumerate(grid.columns):
                cell = analysis.cell(row.person_id, col.key)
                value = grid.values[r, c]
                if mode == "level":
                    expect = cell.current
                elif mode == "gap":
                    expect = cell.gap if cell.target is not None and cell.current is not None \
                        else None
                    assert (grid.codes[r, c] == GAP_UNKNOWN) == cell.unknown_gap
                elif mode == "self":
                    expect = (cell.self_level - cell.current
                              if cell.self_level is not None and cell.current is not None
                              else None)
                else:
                    expect = ((TODAY - cell.current_on).days // 30.4375
                              if cell.current_on else None)
                assert (None if np.isnan(value) else value) == expect, (mode, row, col)


def test_rollup_column_replaces_a_collapsed_category() -> None:
    cube = Cube(small_office())
    options = Options(row_grouping="name", collapsed=frozenset({1}))
    grid = build_grid(cube, options)
    assert [c.name for c in grid.columns] == ["Veiledning", "Folketrygdloven"]
    assert grid.columns[0].rollup and grid.columns[0].competence_ids == (11, 12)
    assert grid.column_groups[0].collapsed
    # mean level: Anne (0 + 3) / 2; Bjørn only 4; Cecilie nothing assessed
    assert grid.values[0, 0] == pytest.approx(1.5) and grid.text(0, 0) == "1,5"
    assert grid.values[1, 0] == 4
    assert grid.codes[2, 0] == LEVEL_NA
    assert grid.locate(1, 12) == (0, 0) and grid.locate(1, 21) == (0, 1)
    gap = build_grid(cube, options.with_(mode="gap"))
    assert gap.values[0, 0] == 3  # worst gap of Anne in the category
    assert gap.codes[2, 0] == GAP_UNKNOWN  # Cecilie: only unknown gaps
    assert gap.codes[1, 0] == GAP_NONE
    facts = gap.facts(cube, 0, 0)
    assert isinstance(facts, RollupFacts)
    assert (facts.competences, facts.assessed, facts.worst_gap) == (2, 2, 3)
    assert facts.mean_level == pytest.approx(1.5)
    self_grid = build_grid(cube, options.with_(mode="self"))
    assert self_grid.values[0, 0] == -2 and self_grid.values[1, 0] == -2
    # coverage of a roll-up: the weakest competence, vulnerable if any is
    assert gap.vulnerable[0] and gap.vulnerable_count[0] == 2


def test_grouping_and_filters() -> None:
    data = random_office(11, people=40)
    cube = Cube(data)
    grid = build_grid(cube, Options(row_grouping="team"))
    labels = [g.label for g in grid.row_groups]
    assert labels == ["Marked", "Team Nord", "Team Sør", "Uten team"][:len(labels)]
    for g in grid.row_groups:
        members = grid.rows[g.start:g.stop]
        assert {r.group for r in members} == {g.label}
        names = [r.name for r in members]
        assert names == sorted(names)
    team = build_grid(cube, Options(team_ids=frozenset({2})))
    assert team.rows and all(cube.people[r.index].team_id == 2 for r in team.rows)
    role = build_grid(cube, Options(role_ids=frozenset({501}), row_grouping="role"))
    assert role.rows and all(501 in cube.people[r.index].role_ids for r in role.rows)
    cat = build_grid(cube, Options(category_ids=frozenset({11})))
    assert cat.columns and {c.category_id for c in cat.columns} == {11}
    by_role = build_grid(cube, Options(row_grouping="role"))
    assert len(by_role.rows) == len(cube.people)  # everyone once, even with several roles
    gaps = build_grid(cube, Options(mode="gap", only_gaps=True))
    full = build_grid(cube, Options(mode="gap"))
    has_gap = (full.values > 0) | (full.codes == GAP_UNKNOWN)
    assert len(gaps.rows) == int(has_gap.any(axis=1).sum()) < len(full.rows)
    assert len(gaps.columns) == int(has_gap.any(axis=0).sum())


def test_refresh_cell_equals_a_full_rebuild() -> None:
    rng = random.Random(5)
    data = random_office(5)
    for options in (Options(mode="level"), Options(mode="gap", collapsed=frozenset({11})),
                    Options(mode="self"), Options(mode="age", coverage_level=2)):
        cube = Cube(data)
        grid = build_grid(cube, options)
        grid.rgba()
        for _ in range(25):
            person = rng.choice(cube.people)
            comp = rng.choice(cube.competences)
            level = rng.choice([None, 0, 1, 2, 3, 4])
            source = rng.choice(["leader", "coordinator", "self"])
            day = TODAY - timedelta(days=rng.choice([0, 3, 900]))
            assert cube.record(person.id, comp.id, level, day, source)
            grid.refresh_cell(cube, person.id, comp.id)
            fresh = build_grid(cube, options)
            np.testing.assert_array_equal(grid.codes, fresh.codes)
            np.testing.assert_array_equal(grid.values, fresh.values)
            np.testing.assert_array_equal(grid.rgba(), fresh.rgba())
            np.testing.assert_array_equal(grid.covered, fresh.covered)
            np.testing.assert_array_equal(grid.vulnerable, fresh.vulnerable)


def test_cube_record_matches_analysis_of_the_new_history() -> None:
    data = random_office(9)
    cube = Cube(data)
    person, comp = cube.people[0], cube.competences[0]
    new = AssessmentRecord(10_000, person.id, comp.id, 2, TODAY - timedelta(days=5), "leader")
    cube.record(person.id, comp.id, 2, new.assessed_on, "leader")
    data.assessments.append(new)
    assert int(cube.current[0, 0]) == (Analysis(data).current(person.id, comp.id) or -1)


def test_facts_for_tooltip() -> None:
    cube = Cube(small_office())
    grid = build_grid(cube, Options(row_grouping="name", mode="gap"))
    facts = grid.facts(cube, 1, 0)
    assert not isinstance(facts, RollupFacts)
    assert (facts.person_name, facts.competence_name, facts.category_name) == (
        "Bjørn", "Brukersamtalen", "Veiledning")
    assert (facts.current, facts.current_label, facts.current_source) == (
        4, "Kan lære bort", "coordinator")
    assert facts.current_on == TODAY and facts.self_level == 2 and facts.target is None
    anne = grid.facts(cube, 0, 2)
    assert not isinstance(anne, RollupFacts)
    assert anne.unknown_gap and anne.current_label == "Ikke vurdert" and anne.target == 2


def test_palettes_are_distinct_and_text_readable() -> None:
    for mode in MODES:
        for hc in (False, True):
            pal = palette_for(mode, {0: "Ingen"}, 12, hc)
            colours = {tuple(c) for c in pal.rgba.tolist()}
            assert len(colours) == len(pal.rgba), (mode, hc)
            assert [e.code for e in pal.legend] == sorted({e.code for e in pal.legend})
    level = palette_for("level", {}, 12)
    assert level.dark_text[0] and not level.dark_text[4]  # yellow: black text; purple: white


def test_cell_text_formats() -> None:
    assert cell_text("self", 2.0, 6) == "+2"
    assert cell_text("level", 2.25, 2, rollup=True) == "2,2"
    assert cell_text("gap", float("nan"), GAP_UNKNOWN) == "?"
    assert cell_text("age", 14.0, 3) == "14"


def test_empty_office() -> None:
    grid = build_grid(Cube(OfficeData(today=TODAY)))
    assert grid.shape == (0, 0) and grid.rgba().shape == (0, 0, 4)
