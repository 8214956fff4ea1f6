"""Small-count suppression: the relations are exact, and nothing hidden can be computed."""

from __future__ import annotations

import itertools
from collections.abc import Iterator

import pytest

from kompetansekart.exchange.suppression import (
    COMPLEMENT,
    RowCounts,
    audit,
    consistent,
    is_hidden,
    protect,
)

LEVEL_STATES = (0, 1, 2, 3, 4, None)
TARGETS = (None, 1, 2, 3, 4)


def _published_numbers(people: tuple[tuple[int | None, int | None], ...]) -> tuple:
    levels = [0] * 5
    na = t = m = g = u = 0
    for level, target in people:
        if level is None:
            na += 1
        else:
            levels[level] += 1
        if target is not None:
            t += 1
            if level is None:
                u += 1
            elif level >= target:
                m += 1
            else:
                g += 1
    targets = [tg for _, tg in people if tg is not None]
    r = min(targets) if targets else None
    vul = r is not None and sum(levels[r:]) <= 1
    return (tuple(levels), na, t, m, g, u, r, vul)


def _compositions(total: int, parts: int) -> Iterator[tuple[int, ...]]:
    for cut in itertools.combinations(range(total + parts - 1), parts - 1):
        bounds = (-1, *cut, total + parts - 1)
        yield tuple(bounds[i + 1] - bounds[i] - 1 for i in range(parts))


@pytest.mark.parametrize("staff", [0, 1, 2, 3, 4])
def test_consistent_is_exactly_what_some_office_can_produce(staff: int) -> None:
    """Every published combination is accepted iff a group of `staff` people produces it."""
    people_types = list(itertools.product(LEVEL_STATES, TARGETS))
    possible = {_published_numbers(group) for group in
                itertools.combinations_with_replacement(people_types, staff)}
    for levels6 in _compositions(staff, 6):
        levels, na = levels6[:5], levels6[5]
        for t in range(staff + 1):
            for m, g, u in _compositions(t, 3):
                for r in (None, 1, 2, 3, 4):
                    for vul in (True, False):
                        expected = (levels, na, t, m, g, u, r, vul) in possible
                        assert consistent(levels, na, t, m, g, u, r, vul, staff) == expected, (
                            levels, na, t, m, g, u, r, vul)


def _row(levels: tuple[int, int, int, int, int], na: int = 0, t: int = 0, m: int = 0,
         g: int = 0, u: int = 0, r: int | None = None) -> RowCounts:
    vul = r is not None and sum(levels[r:]) <= 1
    return RowCounts(levels, na, t, m, g, u, r, vul)


def test_single_small_cell_gets_a_complement() -> None:
    row = _row((0, 5, 1, 6, 0), na=0)
    staff, [pub] = protect([row], 12, 3)
    assert staff == 12
    hidden = [v for v in pub.values if is_hidden(v)]
    assert pub.values[2] == "<3"
    assert len(hidden) >= 2
    assert audit([pub], staff, 3).exposed([pub]) == []


def test_no_zero_available_uses_marked_complement() -> None:
    row = _row((3, 3, 3, 3, 1), na=3)
    staff, [pub] = protect([row], 16, 3)
    assert pub.values[4] == "<3"
    assert COMPLEMENT in pub.values
    assert all(v == 0 or v >= 3 for v in pub.values if isinstance(v, int))
    assert audit([pub], staff, 3).exposed([pub]) == []


def test_tiny_office_hides_staff_count_and_cannot_be_pinned() -> None:
    rows = [_row((0, 0, 2, 0, 0), t=2, m=2, r=2), _row((0, 1, 1, 0, 0), t=1, g=1, r=2)]
    staff, pubs = protect(rows, 2, 3)
    assert staff == "<3"
    result = audit(pubs, staff, 3)
    assert len(result.staff) >= 2
    assert result.exposed(pubs) == []


def test_big_counts_are_shown_unchanged() -> None:
    row = _row((0, 4, 6, 5, 3), na=0, t=18, m=12, g=6, u=0, r=3)
    _staff, [pub] = protect([row], 18, 3)
    assert pub.values == (0, 4, 6, 5, 3, 0, 18, 12, 6, 0)
    assert pub.vulnerable is False


def test_count_pinned_by_the_vulnerable_flag_is_protected_without_withholding() -> None:
    """Two people at the top level of a large office: «not vulnerable» says at least two, so
    the flag must go too, together with a neighbour — not the whole row."""
    # Required level 4 (nobody needs less), so meeting the target needs level 4: at most two.
    row = RowCounts((58, 49, 12, 9, 2), 70, 136, 2, 120, 14, 4, False)
    staff, [pub] = protect([row], 200, 3)
    assert not pub.withheld
    assert pub.values[4] == "<3"
    assert pub.vulnerable is None
    assert audit([pub], staff, 3).exposed([pub]) == []
    # Hidden: the two at level 4 and the two meeting their target, each with a complement.
    assert sum(1 for v in pub.values if is_hidden(v)) <= 5
