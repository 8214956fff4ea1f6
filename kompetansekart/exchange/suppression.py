"""Small-count suppression with complementary suppression for the anonymous summary.

What is published per competence (a *row*) and how the numbers hang together:

    level_0 + … + level_4 + not_assessed = staff          (everyone has one state)
    meeting_target + with_gap + unknown_gap = with_target  (everyone with a target)

plus what follows from the office's required level ``r`` (the lowest target above 0) and the
``vulnerable`` flag (``r`` set and at most one person at level ``r`` or higher). `consistent`
states these relations *exactly*: a set of published numbers is possible if and only if some
group of people produces it (a unit test checks this against all small offices).

Rule: a count from 1 to k−1 is shown as ``"<k"``. ``"<k"`` always means "0 to k−1", because a
zero may also be hidden as a complement. When the shown numbers would let a reader compute a
hidden count, more cells are hidden: first zeros (shown ``"<k"``, which is true), then the
smallest count of k or more (shown ``"x"``, meaning "hidden, at least k"), then the vulnerable
flag, and as a last resort the whole row is withheld. `audit` computes, for every hidden
count, all values the published numbers allow; the result is accepted only when every hidden
count has at least two possible values, and the staff count too if it is hidden.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

#: A published count: the number itself, ``"<k"`` (0 to k−1) or ``COMPLEMENT`` (k or more).
Count = int | str

COMPLEMENT = "x"
FIELDS = ("level_0", "level_1", "level_2", "level_3", "level_4", "not_assessed",
          "with_target", "meeting_target", "with_gap", "unknown_gap")
N_LEVELS = 6  # level_0..level_4 and not_assessed: they sum to the staff count
T_INDEX = 6   # with_target: the sum of the last three
#: Enumeration budget per row; beyond it the row is withheld rather than risk a slow export.
BUDGET = 60_000
#: How many of the first single-step choices are also tried in pairs.
PAIR_CHOICES = 8


def small(k: int) -> str:
    """The marker of a small (or complementary zero) count: ``"<3"`` for k = 3."""
    return f"<{k}"


def is_hidden(value: Count | None) -> bool:
    """True for a suppressed value (``"<k"`` or ``"x"``)."""
    return isinstance(value, str)


@dataclass(frozen=True)
class RowCounts:
    """The true numbers of one competence in one office (never published as such)."""

    levels: tuple[int, int, int, int, int]
    not_assessed: int
    with_target: int
    meeting_target: int
    with_gap: int
    unknown_gap: int
    required_level: int | None
    vulnerable: bool

    def values(self) -> tuple[int, ...]:
        """The ten counts in FIELDS order."""
        return (*self.levels, self.not_assessed, self.with_target, self.meeting_target,
                self.with_gap, self.unknown_gap)


@dataclass(frozen=True)
class PublishedRow:
    """One competence as it is published: counts (or markers), required level, flag."""

    values: tuple[Count, ...]
    required_level: int | None
    vulnerable: bool | None  # None: hidden
    withheld: bool = False

    def value(self, field: str) -> Count:
        """A published count by field name."""
        return self.values[FIELDS.index(field)]


@dataclass(frozen=True)
class Audit:
    """What a reader can deduce: the possible values of every count."""

    staff: frozenset[int]
    rows: tuple[tuple[frozenset[int], ...] | None, ...]  # None: withheld row

    def exposed(self, published: Sequence[PublishedRow]) -> list[tuple[int, int]]:
        """(row, field index) of hidden counts with fewer than two possible values."""
        found = []
        for r, (pub, sets) in enumerate(zip(published, self.rows, strict=True)):
            if sets is None:
                continue
            for i, value in enumerate(pub.values):
                if is_hidden(value) and len(sets[i]) < 2:
                    found.append((r, i))
        return found


def consistent(levels: Sequence[int], not_assessed: int, with_target: int, meeting: int,
               with_gap: int, unknown: int, required: int | None, vulnerable: bool,
               staff: int) -> bool:
    """Whether some office of `staff` people can have exactly these numbers (see module doc)."""
    if sum(levels) + not_assessed != staff or meeting + with_gap + unknown != with_target:
        return False
    if required is None:
        return with_target == 0 and not vulnerable
    if with_target < 1 or unknown > not_assessed:
        return False
    covered = sum(levels[required:])
    if vulnerable != (covered <= 1):
        return False
    # Everyone with a target has one from r to 4. Meeting it needs a level >= r; a gap needs a
    # level below 4; the two groups are different people.
    if meeting > covered or with_gap > sum(levels[:4]) or meeting + with_gap > sum(levels):
        return False
    # Someone holds the target r itself: an unknown gap, a person meeting it, or a person
    # below r with a gap.
    return unknown >= 1 or meeting >= 1 or sum(levels[:required]) >= 1


def _domain(value: Count | None, k: int, top: int) -> range:
    if isinstance(value, int):
        return range(value, value + 1)
    if value == COMPLEMENT:
        return range(k, top + 1)
    return range(0, min(k - 1, top) + 1)


def _fill(domains: Sequence[range], total: int) -> Iterator[tuple[int, ...]]:
    """Every tuple with one value from each domain that sums to `total`."""
    if not domains:
        if total == 0:
            yield ()
        return
    lows = [d.start for d in domains]
    highs = [d.stop - 1 for d in domains]
    rest_low = [sum(lows[i + 1:]) for i in range(len(domains))]
    rest_high = [sum(highs[i + 1:]) for i in range(len(domains))]

    def walk(i: int, left: int, acc: tuple[int, ...]) -> Iterator[tuple[int, ...]]:
        if i == len(domains) - 1:
            if left in domains[i]:
                yield (*acc, left)
            return
        low = max(domains[i].start, left - rest_high[i])
        high = min(domains[i].stop - 1, left - rest_low[i])
        for v in range(low, high + 1):
            yield from walk(i + 1, left - v, (*acc, v))

    yield from walk(0, total, ())


class _TooMany(Exception):
    pass


def _size(domains: Sequence[range], skip_widest: bool = False) -> int:
    """How many combinations the domains have (without the widest one: it is computed)."""
    widths = sorted(len(d) for d in domains)
    if skip_widest and widths:
        widths = widths[:-1]
    size = 1
    for w in widths:
        size *= max(1, w)
    return size


def _check_size(domains: Sequence[range]) -> None:
    if _size(domains, skip_widest=True) > BUDGET:
        raise _TooMany


@lru_cache(maxsize=4096)
def _row_sets(row: PublishedRow, staff: int, k: int) -> tuple[frozenset[int], ...] | None:
    """Possible values of each count of a row for a given staff count (None: impossible)."""
    doms = [_domain(v, k, staff) for v in row.values]
    _check_size(doms[:N_LEVELS])
    level_vectors = list(_fill(doms[:N_LEVELS], staff))
    parts = doms[T_INDEX + 1:]
    totals = range(doms[T_INDEX].start, min(doms[T_INDEX].stop, staff + 1))
    target_vectors: list[tuple[int, ...]] = []
    if len(totals) == 1 or _size(parts) > BUDGET:
        # A known total (or parts too wide to list): fill the parts for each total.
        if len(totals) * _size(parts, skip_widest=True) > BUDGET:
            raise _TooMany
        for total in totals:
            target_vectors.extend((total, *rest) for rest in _fill(parts, total))
    else:
        # A hidden total: list the parts and keep the sums the total allows.
        for combo in itertools.product(*parts):
            total = sum(combo)
            if total in totals:
                target_vectors.append((total, *combo))
    if len(level_vectors) * max(1, len(target_vectors)) > BUDGET * 5 or \
            len(level_vectors) + len(target_vectors) > BUDGET:
        raise _TooMany
    flags = (True, False) if row.vulnerable is None else (row.vulnerable,)
    r = row.required_level
    # Compare on the few numbers the relations use, not on every pair of vectors.
    level_keys: dict[tuple[int, ...], list[tuple[int, ...]]] = {}
    for vec in level_vectors:
        key = (*vec[:N_LEVELS - 1], vec[N_LEVELS - 1]) if r is None else (
            vec[0], sum(vec[1:r]), sum(vec[r:N_LEVELS - 1]), vec[N_LEVELS - 1])
        level_keys.setdefault(key, []).append(vec)
    target_keys: dict[tuple[int, ...], list[tuple[int, ...]]] = {}
    for vec in target_vectors:
        target_keys.setdefault(vec, []).append(vec)
    good_levels: set[tuple[int, ...]] = set()
    good_targets: set[tuple[int, ...]] = set()
    for lkey, lvecs in level_keys.items():
        levels = lvecs[0][:N_LEVELS - 1]
        for tkey in target_keys:
            if tkey in good_targets and lkey in good_levels:
                continue
            t, m, g, u = tkey
            if any(consistent(levels, lvecs[0][N_LEVELS - 1], t, m, g, u, r, flag, staff)
                   for flag in flags):
                good_levels.add(lkey)
                good_targets.add(tkey)
    if not good_levels:
        return None
    sets: list[set[int]] = [set() for _ in FIELDS]
    for lkey in good_levels:
        for vec in level_keys[lkey]:
            for i, v in enumerate(vec):
                sets[i].add(v)
    for vec in good_targets:
        for i, v in enumerate(vec):
            sets[T_INDEX + i].add(v)
    return tuple(frozenset(s) for s in sets)


def audit(rows: Sequence[PublishedRow], staff: Count, k: int) -> Audit:
    """Everything a reader can deduce from the published rows and staff count."""
    staff_domain = list(_domain(staff, k, staff if isinstance(staff, int) else k - 1))
    per_row: list[dict[int, tuple[frozenset[int], ...]] | None] = []
    possible_staff = set(staff_domain)
    for row in rows:
        if row.withheld:
            per_row.append(None)
            continue
        by_staff = {}
        for n in staff_domain:
            sets = _row_sets(row, n, k)
            if sets is not None:
                by_staff[n] = sets
        per_row.append(by_staff)
        possible_staff &= set(by_staff)
    result: list[tuple[frozenset[int], ...] | None] = []
    for found in per_row:
        if found is None:
            result.append(None)
            continue
        merged: list[frozenset[int]] = [frozenset() for _ in FIELDS]
        for n in possible_staff:
            merged = [a | b for a, b in zip(merged, found[n], strict=True)]
        result.append(tuple(merged))
    return Audit(frozenset(possible_staff), tuple(result))


def _primary(row: RowCounts, k: int) -> PublishedRow:
    values: tuple[Count, ...] = tuple(small(k) if 0 < v < k else v for v in row.values())
    return PublishedRow(values, row.required_level, row.vulnerable)


def _candidates(row: PublishedRow, truth: RowCounts, focus: int | None,
                k: int) -> list[PublishedRow]:
    """Ways to hide one more thing in a row, most harmless first."""
    values = truth.values()
    same = range(0, N_LEVELS) if focus is None or focus < N_LEVELS else range(N_LEVELS, 10)
    visible = [i for i, v in enumerate(row.values) if not is_hidden(v)]
    order: list[tuple[int, int, int]] = []  # (rank, sort value, index)
    for i in visible:
        near = 0 if i in same else 1
        if values[i] == 0:
            order.append((near, 0, i))
        else:
            order.append((2 + near, values[i], i))
    order.sort()
    result = []
    for _rank, _v, i in order:
        marker = small(k) if values[i] == 0 else COMPLEMENT
        new = list(row.values)
        new[i] = marker
        result.append(replace(row, values=tuple(new)))
    if row.vulnerable is not None:
        flagless = replace(row, vulnerable=None)
        result.insert(0 if focus is None else len(result), flagless)
    result.append(withheld_row(row))
    return result


def withheld_row(row: PublishedRow) -> PublishedRow:
    """A row with nothing published but its existence."""
    return PublishedRow(tuple(COMPLEMENT for _ in FIELDS), None, None, withheld=True)


def protect(rows: Sequence[RowCounts], staff: int, k: int) -> tuple[Count, list[PublishedRow]]:
    """Suppress small counts, then add complements until no hidden count can be computed."""
    if k < 2:
        raise ValueError("k must be at least 2")
    pub_staff: Count = small(k) if 0 < staff < k else staff
    published = [_primary(row, k) for row in rows]
    for _ in range(len(rows) * (len(FIELDS) + 3) + 2):
        try:
            result = audit(published, pub_staff, k)
        except _TooMany:
            # Find the row that is too costly to check and withhold it.
            for r, row in enumerate(published):
                try:
                    audit([row], pub_staff, k)
                except _TooMany:
                    published[r] = withheld_row(row)
                    break
            continue
        if isinstance(pub_staff, str) and len(result.staff) < 2:
            # The staff count is pinned: relax the row that constrains it most.
            candidates = [(len(_staff_options(row, pub_staff, k)), r)
                          for r, row in enumerate(published) if not row.withheld]
            _, r = min(candidates)
            published[r] = _relax(published, r, rows[r], None, pub_staff, k)
            continue
        exposed = result.exposed(published)
        if not exposed:
            return pub_staff, published
        r, i = exposed[0]
        published[r] = _relax(published, r, rows[r], i, pub_staff, k)
    # Not reached in practice; withholding everything is always safe.
    return pub_staff, [withheld_row(row) for row in published]


def _staff_options(row: PublishedRow, staff: Count, k: int) -> set[int]:
    top = staff if isinstance(staff, int) else k - 1
    return {n for n in _domain(staff, k, top) if _row_sets(row, n, k) is not None}


def _relax(published: list[PublishedRow], r: int, truth: RowCounts, focus: int | None,
           staff: Count, k: int) -> PublishedRow:
    """Hide one or two more things in row r: the first choice that fixes the problem.

    Single choices are tried first, then pairs of the first few (a small count pinned by the
    vulnerable flag needs both the flag and a neighbour hidden).
    """
    options = _candidates(published[r], truth, focus, k)

    def fixes(option: PublishedRow) -> bool:
        trial = [*published[:r], option, *published[r + 1:]]
        try:
            result = audit(trial, staff, k)
        except _TooMany:
            return False
        sets = result.rows[r]
        if focus is None:
            return len(_staff_options(option, staff, k)) > len(
                _staff_options(published[r], staff, k))
        return sets is None or len(sets[focus]) >= 2

    partial = [o for o in options if not o.withheld]
    for option in partial:
        if fixes(option):
            return option
    for i, first in enumerate(partial[:PAIR_CHOICES]):
        for second in partial[i + 1:PAIR_CHOICES]:
            both = _combine(published[r], first, second)
            if fixes(both):
                return both
    return options[0]


def _combine(base: PublishedRow, a: PublishedRow, b: PublishedRow) -> PublishedRow:
    """Both changes of two single-step options of the same row."""
    values = tuple(vb if va == vbase else va
                   for vbase, va, vb in zip(base.values, a.values, b.values, strict=True))
    flag = None if a.vulnerable is None or b.vulnerable is None else base.vulnerable
    return replace(base, values=values, vulnerable=flag)
