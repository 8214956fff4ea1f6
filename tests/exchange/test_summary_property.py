"""Property: over offices of 1–10 people, no count below k is shown and no hidden count can be
computed from what is shown.

The checker here enumerates every combination of numbers the published summary allows, using
only the published values and `consistent` (which test_suppression proves exact against every
small office), so it does not trust the suppression code it checks.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterator
from datetime import date
from functools import cache
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlmodel import select

from kompetansekart.domain.models import (
    Assessment,
    Person,
    PersonRole,
    TargetOverride,
)
from kompetansekart.exchange import summary
from kompetansekart.exchange.suppression import consistent
from kompetansekart.services import catalogue
from kompetansekart.storage.officefile import OfficeFile

COMPETENCES = ("Folketrygdloven", "Motiverende intervju", "Modia")
LEVEL = st.one_of(st.none(), st.integers(0, 4))
PERSON = st.fixed_dictionaries({
    "roles": st.sets(st.integers(0, 1), max_size=2),
    "levels": st.tuples(LEVEL, LEVEL, LEVEL),
    "override": st.one_of(st.none(), st.tuples(st.integers(0, 2), st.integers(0, 4))),
    "active": st.booleans(),
})


@cache
def _compositions(total: int, parts: int) -> tuple[tuple[int, ...], ...]:
    result = []
    for cut in itertools.combinations(range(total + parts - 1), parts - 1):
        bounds = (-1, *cut, total + parts - 1)
        result.append(tuple(bounds[i + 1] - bounds[i] - 1 for i in range(parts)))
    return tuple(result)


def _fits(value: object, actual: int, k: int) -> bool:
    if isinstance(value, int):
        return value == actual
    if value == f"<{k}":
        return 0 <= actual < k
    assert value == "x", value
    return actual >= k


def _row_options(comp: dict[str, object], staff: int, k: int) -> Iterator[tuple[int, ...]]:
    """Every full set of numbers (levels, na, t, m, g, u) the published row allows."""
    levels_pub = [*comp["levels"], comp["not_assessed"]]  # type: ignore[misc]
    target_pub = [comp[f] for f in ("with_target", "meeting_target", "with_gap", "unknown_gap")]
    level_options = [v for v in _compositions(staff, 6)
                     if all(_fits(p, a, k) for p, a in zip(levels_pub, v, strict=True))]
    target_options = [(t, *rest) for t in range(staff + 1) for rest in _compositions(t, 3)
                      if all(_fits(p, a, k) for p, a in zip(target_pub, (t, *rest),
                                                            strict=True))]
    flags = (True, False) if comp["vulnerable"] is None else (comp["vulnerable"],)
    for lv in level_options:
        for tv in target_options:
            if any(consistent(lv[:5], lv[5], *tv, comp["required_level"], flag, staff)
                   for flag in flags):
                yield (*lv, *tv)


def check_summary(doc: dict[str, object]) -> None:
    """Assert the two privacy rules on a published summary."""
    k = doc["k"]
    assert isinstance(k, int)
    staff_pub = doc["staff"]
    shown = [staff_pub]
    rows = [c for c in doc["competences"] if not c.get("withheld")]  # type: ignore[union-attr]
    for comp in rows:
        shown += [*comp["levels"], comp["not_assessed"], comp["with_target"],
                  comp["meeting_target"], comp["with_gap"], comp["unknown_gap"]]
    shown += [m["participants"] for m in doc["plan"]["measures"]]  # type: ignore[index]
    shown += [r["people"] for r in doc["requests"]]  # type: ignore[union-attr]
    for value in shown:
        assert isinstance(value, str) or value == 0 or value >= k, (value, k)
    staff_values = [staff_pub] if isinstance(staff_pub, int) else list(range(k))
    per_row: list[dict[int, list[set[int]]]] = []
    for comp in rows:
        by_staff = {}
        for n in staff_values:
            sets: list[set[int]] = [set() for _ in range(10)]
            found = False
            for option in _row_options(comp, n, k):
                found = True
                for i, v in enumerate(option):
                    sets[i].add(v)
            if found:
                by_staff[n] = sets
        per_row.append(by_staff)
    possible_staff = set(staff_values)
    for by_staff in per_row:
        possible_staff &= set(by_staff)
    assert possible_staff, "the published numbers contradict each other"
    if not isinstance(staff_pub, int):
        assert len(possible_staff) >= 2, f"the hidden staff count is {possible_staff}"
    for comp, by_staff in zip(rows, per_row, strict=True):
        published = [*comp["levels"], comp["not_assessed"], comp["with_target"],
                     comp["meeting_target"], comp["with_gap"], comp["unknown_gap"]]
        for i, value in enumerate(published):
            if isinstance(value, str):
                values = set().union(*(by_staff[n][i] for n in possible_staff))
                assert len(values) >= 2, (comp["name"], i, values, comp)


@pytest.fixture(scope="module")
def small_office(tmp_path_factory: pytest.TempPathFactory) -> Iterator[OfficeFile]:
    """An office with three competences and two roles; each example replaces the people."""
    path = tmp_path_factory.mktemp("prop") / "lite.kkart"
    office = OfficeFile.create(path, "NAV Lite", region="Testregion", load_catalogue=False)
    catalogue.add_category(office, "Fag")
    cat = office.query("SELECT id FROM category")[0][0]
    for name in COMPETENCES:
        catalogue.add_competence(office, cat, name)
    ids = [r[0] for r in office.query("SELECT id FROM competence ORDER BY id")]
    catalogue.add_role(office, "Veileder", requirements={ids[0]: 2, ids[1]: 3})
    catalogue.add_role(office, "Fagkoordinator", requirements={ids[0]: 4, ids[2]: 1})
    yield office
    office.close()


def _replace_people(office: OfficeFile, people: list[dict[str, object]]) -> None:
    comp_ids = [r[0] for r in office.query("SELECT id FROM competence ORDER BY id")]
    role_ids = [r[0] for r in office.query("SELECT id FROM role ORDER BY id")]
    with office.change("test") as ch:
        s = ch.session
        for row in s.exec(select(Person)).all():
            s.delete(row)
        s.flush()
        for n, p in enumerate(people):
            person = Person(name=f"Person {n}", active=bool(p["active"]) or n == 0)
            s.add(person)
            s.flush()
            assert person.id is not None
            for r in p["roles"]:  # type: ignore[attr-defined]
                s.add(PersonRole(person_id=person.id, role_id=role_ids[r]))
            for cid, level in zip(comp_ids, p["levels"], strict=True):  # type: ignore[arg-type]
                if level is not None:
                    s.add(Assessment(person_id=person.id, competence_id=cid, level=level,
                                     assessed_on=date(2026, 1, 5), source="leader"))
            if p["override"] is not None:
                which, level = p["override"]  # type: ignore[misc]
                s.add(TargetOverride(person_id=person.id, competence_id=comp_ids[which],
                                     level=level))


@settings(max_examples=80, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(people=st.lists(PERSON, min_size=1, max_size=10), k=st.integers(2, 5))
def test_no_small_count_shown_and_none_recoverable(small_office: OfficeFile,
                                                   people: list[dict[str, object]],
                                                   k: int) -> None:
    _replace_people(small_office, people)
    doc = json.loads(summary.to_bytes(summary.build(small_office, k)))
    check_summary(doc)


def test_checker_catches_a_recoverable_count() -> None:
    """The checker itself fails on a summary with only primary suppression."""
    doc = {"k": 3, "staff": 10, "plan": {"measures": []}, "requests": [], "competences": [{
        "name": "A", "required_level": None, "levels": [0, "<3", 4, 5, 0], "not_assessed": 0,
        "with_target": 0, "meeting_target": 0, "with_gap": 0, "unknown_gap": 0,
        "vulnerable": False}]}
    with pytest.raises(AssertionError):
        check_summary(doc)


def test_checker_catches_a_shown_small_count() -> None:
    doc = {"k": 3, "staff": 2, "plan": {"measures": []}, "requests": [], "competences": []}
    with pytest.raises(AssertionError):
        check_summary(doc)


def test_demo_offices_pass_the_checker(tmp_path: Path) -> None:
    from kompetansekart import demo

    for seed, size in ((21, 3), (22, 7), (23, 10)):
        path = demo.generate(tmp_path / f"d{seed}.kkart", staff=size, seed=seed)
        office = OfficeFile.open(path, readonly=True, make_backup=False)
        try:
            check_summary(json.loads(summary.to_bytes(summary.build(office))))
        finally:
            office.close()
