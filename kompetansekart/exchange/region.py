"""The county's regional overview: many offices' summaries (or full files) side by side.

Files are loaded one by one; a file that cannot be used is *refused* with the reason and the
others load anyway. A full office file is reduced to exactly the summary the office would have
sent (same suppression, no names). Competences are matched by UUID only; those not shared by
every office are listed, never dropped silently. From the numbers come shared needs per area,
the offices' requests and suggestions for joint regional measures.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from kompetansekart.domain.collation import sort_key
from kompetansekart.domain.planning import kind_label
from kompetansekart.exchange import summary
from kompetansekart.exchange.summary import (
    CompetenceSummary,
    MeasureSummary,
    OfficeSummary,
    RequestSummary,
)
from kompetansekart.exchange.suppression import COMPLEMENT, Count
from kompetansekart.storage.errors import OfficeFileError
from kompetansekart.storage.officefile import SUFFIX as OFFICE_SUFFIX
from kompetansekart.storage.officefile import OfficeFile, read_header

log = logging.getLogger("kompetansekart.exchange")

#: File endings picked up when a folder is opened.
SUFFIXES = (summary.SUFFIX, OFFICE_SUFFIX)


@dataclass(frozen=True)
class Refusal:
    """A file that was not loaded, and why (Norwegian)."""

    path: Path
    message: str


# -- loading ---------------------------------------------------------------------------------


def expand(paths: Iterable[Path | str]) -> list[Path]:
    """Files to load: folders are replaced by the share and office files inside them."""
    result: list[Path] = []
    for item in paths:
        p = Path(item)
        if p.is_dir():
            result.extend(sorted((f for f in p.rglob("*")
                                  if f.is_file() and f.suffix.lower() in SUFFIXES
                                  and not f.name.startswith(".")),
                                 key=lambda f: str(f).lower()))
        else:
            result.append(p)
    seen: set[Path] = set()
    unique = []
    for p in result:
        key = p.resolve()
        if key not in seen:
            seen.add(key)
            unique.append(p)
    return unique


def _is_office_file(path: Path) -> bool:
    try:
        return read_header(path).is_sqlite
    except OfficeFileError:
        return False


def load_file(path: Path) -> OfficeSummary:
    """Load one summary or full office file; OfficeFileError says why it cannot be used."""
    path = Path(path)
    # A .kkart is opened as an office file even when it is not a database, so the refusal
    # says what is wrong with it as an office file (not that it is no summary).
    if _is_office_file(path) or path.suffix.lower() == OFFICE_SUFFIX:
        office = OfficeFile.open(path, readonly=True, make_backup=False)
        try:
            doc = summary.build(office)
        finally:
            office.close()
        return summary.parse(doc, path, kind="full")
    return summary.read(path)


@dataclass
class Loaded:
    """The result of loading many files."""

    offices: list[OfficeSummary] = field(default_factory=list)
    refused: list[Refusal] = field(default_factory=list)


def load_many(paths: Iterable[Path | str]) -> Loaded:
    """Load every file; one bad file never stops the others."""
    result = Loaded()
    by_office: dict[str, int] = {}
    for path in expand(paths):
        try:
            item = load_file(path)
        except OfficeFileError as exc:
            result.refused.append(Refusal(path, exc.message))
            continue
        except Exception as exc:  # a bug must not stop the other files
            log.exception("could not load %s", path)
            result.refused.append(Refusal(path, f"«{path.name}» kunne ikke leses på grunn av en "
                                                f"uventet feil ({type(exc).__name__})."))
            continue
        earlier = by_office.get(item.office_uuid)
        if earlier is not None:
            other = result.offices[earlier]
            newer, older = (item, other) if item.created > other.created else (other, item)
            result.offices[earlier] = newer
            result.refused.append(Refusal(older.source, (
                f"«{older.source.name}» er fra samme kontor ({older.name}) som "
                f"«{newer.source.name}», som er nyere. Bare den nyeste er tatt med.")))
            continue
        by_office[item.office_uuid] = len(result.offices)
        result.offices.append(item)
    return result


# -- reading published counts ----------------------------------------------------------------


def bounds(value: Count | None, k: int, staff: Count) -> tuple[int, int]:
    """The smallest and largest number a published count can stand for."""
    top = staff if isinstance(staff, int) else k - 1
    if isinstance(value, int):
        return value, value
    if value == COMPLEMENT:
        return k, max(k, top)
    if value is None:
        return 0, top
    return 0, min(k - 1, top)


def show(value: Count | None) -> str:
    """A published count as text ("–" for withheld)."""
    return "–" if value is None else str(value)


def has_gap(comp: CompetenceSummary | None) -> bool:
    """Whether an office (may) have people with a gap: a shown count above 0 or a hidden one."""
    if comp is None or comp.withheld or comp.with_gap is None:
        return False
    return comp.with_gap != 0


def definite_gap(comp: CompetenceSummary | None) -> bool:
    """Whether an office certainly has people with a gap (a shown count or «x», not «<k»)."""
    if comp is None or comp.withheld:
        return False
    return comp.with_gap == COMPLEMENT or (isinstance(comp.with_gap, int) and comp.with_gap > 0)


def coverage_range(comp: CompetenceSummary | None, k: int,
                   staff: Count) -> tuple[float, float] | None:
    """Share of the people with a target who meet it, as a range (None: nobody has a target)."""
    if comp is None or comp.withheld:
        return None
    t_lo, t_hi = bounds(comp.with_target, k, staff)
    if t_hi == 0:
        return None
    m_lo, m_hi = bounds(comp.meeting_target, k, staff)
    lo = m_lo / t_hi if t_hi else 0.0
    hi = min(1.0, m_hi / max(1, t_lo)) if t_lo else 1.0
    return lo, hi


# -- the overview ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Column:
    """A competence of the overview, matched across offices by UUID."""

    uuid: str
    name: str
    category: str
    offices: int  # how many offices have it in their catalogue
    matched: bool = True  # comparable: in two or more offices, and the main ID of its name


@dataclass(frozen=True)
class Unmatched:
    """A competence that cannot be compared: one office only, or its name has another ID."""

    uuid: str
    name: str
    category: str
    offices: tuple[str, ...]
    note: str


@dataclass(frozen=True)
class SharedNeed:
    """The same gap in several offices of one area."""

    area: str
    uuid: str
    name: str
    offices: tuple[str, ...]
    people_low: int
    people_high: int
    vulnerable_in: tuple[str, ...]
    requests: int


@dataclass(frozen=True)
class RequestLine:
    """A request (bestilling) from an office."""

    office: str
    area: str
    competence: str
    text: str
    people: Count
    created_on: str


@dataclass(frozen=True)
class Suggestion:
    """A suggested joint regional measure."""

    title: str
    area: str
    uuid: str
    competence: str
    offices: tuple[str, ...]
    people_low: int
    people_high: int
    kind: str
    reasons: tuple[str, ...]


@dataclass
class Overview:
    """Everything the county window and the regional report show."""

    offices: list[OfficeSummary]
    columns: list[Column]
    refused: list[Refusal]
    unmatched: list[Unmatched]
    shared_needs: list[SharedNeed]
    requests: list[RequestLine]
    suggestions: list[Suggestion]
    catalogue_notes: list[str] = field(default_factory=list)
    _cells: dict[tuple[int, str], CompetenceSummary] = field(default_factory=dict, repr=False)

    def cell(self, office_index: int, uuid: str) -> CompetenceSummary | None:
        """One office's numbers for one competence (None: not in its catalogue)."""
        return self._cells.get((office_index, uuid))

    @property
    def areas(self) -> list[str]:
        """The areas in the order the offices are shown."""
        return list(dict.fromkeys(o.area for o in self.offices))


def _people_range(items: Sequence[tuple[OfficeSummary, CompetenceSummary]]) -> tuple[int, int]:
    lo = hi = 0
    for office, comp in items:
        a, b = bounds(comp.with_gap, office.k, office.staff)
        lo += a
        hi += b
    return lo, hi


def build(loaded: Loaded | Sequence[OfficeSummary],
          refused: Sequence[Refusal] = ()) -> Overview:
    """Put the loaded offices side by side and derive shared needs and suggestions."""
    if isinstance(loaded, Loaded):
        offices_in, refused = loaded.offices, [*loaded.refused, *refused]
    else:
        offices_in = list(loaded)
    offices = sorted(offices_in, key=lambda o: (sort_key(o.area), sort_key(o.name)))
    cells: dict[tuple[int, str], CompetenceSummary] = {}
    holders: dict[str, list[int]] = {}
    first: dict[str, CompetenceSummary] = {}
    category_order: dict[str, int] = {}
    for i, office in enumerate(offices):
        for comp in office.competences:
            cells[(i, comp.uuid)] = comp
            holders.setdefault(comp.uuid, []).append(i)
            if comp.uuid not in first:
                first[comp.uuid] = comp
                category_order.setdefault(comp.category, len(category_order))
    order = {uuid: n for n, uuid in enumerate(first)}
    by_name: dict[str, set[str]] = {}
    for u, c in first.items():
        by_name.setdefault(c.name.lower(), set()).add(u)
    several = len(offices) > 1

    def matched(uuid: str) -> bool:
        # Of two IDs with one name, the one most offices use is the comparable one.
        twins = by_name[first[uuid].name.lower()] - {uuid}
        mine = len(holders[uuid])
        return not several or (mine > 1 and all(len(holders[t]) < mine for t in twins))

    columns = sorted(
        (Column(u, c.name, c.category, len(holders[u]), matched(u)) for u, c in first.items()),
        key=lambda col: (not col.matched, category_order[col.category], order[col.uuid]))

    unmatched = []
    for col in columns:
        if col.matched:
            continue
        names = tuple(offices[i].name for i in holders[col.uuid])
        twins = by_name[col.name.lower()] - {col.uuid}
        if twins:
            note = ("Samme navn finnes med en annen ID hos "
                    + ", ".join(sorted({offices[i].name for t in twins for i in holders[t]}))
                    + " — ikke slått sammen, fordi kontorene bruker ulike kataloger.")
        else:
            note = "Kontorets eget område (finnes ikke i de andre kontorenes katalog)."
        unmatched.append(Unmatched(col.uuid, col.name, col.category, names, note))
    unmatched.sort(key=lambda u: (sort_key(u.name), u.offices))
    catalogue_notes = []
    if several:
        for office in offices:
            shared_count = sum(1 for c in office.competences if len(holders[c.uuid]) > 1)
            if office.competences and shared_count * 2 < len(office.competences):
                catalogue_notes.append(
                    f"{office.name} bruker en annen katalog: {shared_count} av "
                    f"{len(office.competences)} kompetanseområder finnes også hos andre kontorer.")

    requests: list[RequestLine] = []
    requested: dict[tuple[str, str], int] = {}  # (area, uuid) -> number of requests
    for office in offices:
        comp_names = {c.uuid: c.name for c in office.competences}
        for req in office.requests:
            requests.append(RequestLine(office.name, office.area,
                                        comp_names.get(req.competence or "", ""), req.text,
                                        req.people, req.created_on or ""))
            if req.competence:
                key = (office.area, req.competence)
                requested[key] = requested.get(key, 0) + 1

    shared: list[SharedNeed] = []
    by_area: dict[str, list[int]] = {}
    for i, office in enumerate(offices):
        by_area.setdefault(office.area, []).append(i)
    for area, members in by_area.items():
        for col in columns:
            needing = []
            for i in members:
                found = cells.get((i, col.uuid))
                office_requests = any(r.competence == col.uuid for r in offices[i].requests)
                if found is not None and (has_gap(found) or office_requests):
                    needing.append((offices[i], found))
            if len(needing) < 2:
                continue
            lo, hi = _people_range(needing)
            vulnerable = tuple(o.name for o, c in needing if c.vulnerable)
            shared.append(SharedNeed(area, col.uuid, col.name, tuple(o.name for o, _ in needing),
                                     lo, hi, vulnerable, requested.get((area, col.uuid), 0)))
    shared.sort(key=lambda s: (-len(s.offices), -s.people_high, -s.requests, s.area, s.name))

    suggestions = _suggest(offices, columns, cells, shared)
    return Overview(offices, columns, list(refused), unmatched, shared, requests, suggestions,
                    catalogue_notes, cells)


#: The area of suggestions that span several areas.
COUNTY_WIDE = "Hele fylket"


def _teachers(office: OfficeSummary, comp: CompetenceSummary | None) -> bool:
    if comp is None or comp.withheld:
        return False
    top = comp.levels[4]
    return top is not None and top != 0


def _suggest(offices: list[OfficeSummary], columns: list[Column],
             cells: dict[tuple[int, str], CompetenceSummary],
             shared: list[SharedNeed]) -> list[Suggestion]:
    """Joint measures where several offices need the same thing."""
    result: list[Suggestion] = []
    for need in shared:
        members = [o for o in offices if o.area == need.area]
        needing = [o for o in members if o.name in need.offices]
        positions = {id(o): i for i, o in enumerate(offices)}
        sure = sum(1 for o in needing if definite_gap(cells.get((positions[id(o)], need.uuid))))
        if sure < 2 and not need.requests:
            continue
        result.append(_suggestion(need.area, need.uuid, need.name, needing, members,
                                  need.people_low, need.people_high, need.requests, cells,
                                  offices))
    # Across areas: three or more offices in the county with the same gap.
    if len({o.area for o in offices}) > 1:
        for col in columns:
            with_gap = [(o, cells[(i, col.uuid)]) for i, o in enumerate(offices)
                        if (i, col.uuid) in cells and has_gap(cells[(i, col.uuid)])]
            if len(with_gap) < 3 or len({o.area for o, _ in with_gap}) < 2:
                continue
            if sum(1 for _, c in with_gap if definite_gap(c)) < 3:
                continue
            lo, hi = _people_range(with_gap)
            requests = sum(1 for o, _ in with_gap for r in o.requests if r.competence == col.uuid)
            result.append(_suggestion(COUNTY_WIDE, col.uuid, col.name, [o for o, _ in with_gap],
                                      offices, lo, hi, requests, cells, offices))
    result.sort(key=lambda s: (-len(s.offices), -s.people_low, -s.people_high,
                               s.area != COUNTY_WIDE, s.area, s.competence))
    return result


def _suggestion(area: str, uuid: str, name: str, needing: list[OfficeSummary],
                pool: list[OfficeSummary], lo: int, hi: int, requests: int,
                cells: dict[tuple[int, str], CompetenceSummary],
                offices: list[OfficeSummary]) -> Suggestion:
    kind = ("Regionalt kurs eller fagdag" if hi >= 8
            else "Felles fagnettverk eller kollegaveiledning på tvers av kontorene")
    reasons = [f"{len(needing)} kontorer har ansatte med gap ({_range(lo, hi)} personer)."]
    if requests:
        reasons.append(f"{requests} bestilling{'er' if requests > 1 else ''} fra kontorene.")
    position = {id(o): i for i, o in enumerate(offices)}
    teachers = [o.name for o in pool if _teachers(o, cells.get((position[id(o)], uuid)))]
    if teachers:
        reasons.append("Kan lære bort: " + ", ".join(teachers[:6])
                       + (" m.fl." if len(teachers) > 6 else "."))
    planned = []
    for office in needing:
        kinds = sorted({kind_label(m.kind) for m in office.measures
                        if uuid in m.competences and m.status in ("planned", "ongoing")})
        if kinds:
            planned.append(f"{office.name} ({', '.join(kinds)})")
    if planned:
        reasons.append("Planlagte tiltak som kan åpnes for flere: " + "; ".join(planned[:4])
                       + (f" og {len(planned) - 4} til" if len(planned) > 4 else "") + ".")
    where = "fylket" if area == COUNTY_WIDE else area
    return Suggestion(f"Felles tiltak i {where}: {name}", area, uuid, name,
                      tuple(o.name for o in needing), lo, hi, kind, tuple(reasons))


def _range(lo: int, hi: int) -> str:
    return str(lo) if lo == hi else f"{lo}–{hi}"


def people_text(lo: int, hi: int) -> str:
    """A range of people as text: «4» or «2–6»."""
    return _range(lo, hi)


def measures_for(office: OfficeSummary, uuid: str) -> list[MeasureSummary]:
    """An office's measures that build a competence."""
    return [m for m in office.measures if uuid in m.competences]


def requests_for(office: OfficeSummary, uuid: str) -> list[RequestSummary]:
    """An office's requests about a competence."""
    return [r for r in office.requests if r.competence == uuid]


# -- how a cell is shown (shared by the window and the report) --------------------------------

#: Need heatmap: nothing, hidden small count, 3–4, 5–7, 8 or more people with a gap.
NEED_COLOURS = ("#f2f5f2", "#fde3c8", "#f7ad75", "#e46c3c", "#b3341f")
#: Coverage heatmap, from under 25 % meeting the target to 90 % or more.
COVERAGE_COLOURS = ("#e06666", "#f6b26b", "#ffe599", "#a9d18e", "#3d8b40")
#: A competence the office does not have, or no target / withheld.
EMPTY_COLOUR = "#ffffff"
NO_TARGET_COLOUR = "#e6e6e6"
#: Coverage that hidden counts leave too uncertain to colour.
UNCERTAIN_COLOUR = "#dde4ec"
#: A coverage range wider than this is shown as «?».
MAX_RANGE = 0.5
#: Buckets whose colour is dark enough for white text.
DARK_NEED = frozenset({4})
DARK_COVERAGE = frozenset({4})


@dataclass(frozen=True)
class CellView:
    """The text, colour and tooltip lines of one heatmap cell."""

    text: str
    colour: str
    dark: bool
    detail: tuple[str, ...]


def need_view(office: OfficeSummary, comp: CompetenceSummary | None) -> CellView:
    """A need cell: people with a gap."""
    if comp is None:
        return CellView("", EMPTY_COLOUR, False, ("Ikke i kontorets katalog.",))
    if comp.withheld:
        return CellView("–", NO_TARGET_COLOUR, False, ("Holdt tilbake for å verne små tall.",))
    value = comp.with_gap
    lo, hi = bounds(value, office.k, office.staff)
    if value == 0:
        bucket = 0
    elif value == COMPLEMENT:
        bucket = 2  # hidden, but at least k: shown like the lowest visible counts
    elif isinstance(value, str):
        bucket = 1
    else:
        mid = (lo + hi) / 2
        bucket = 1 if mid < 3 else 2 if mid < 5 else 3 if mid < 8 else 4
    detail = [f"Personer med gap: {show(value)}",
              f"Ikke vurdert, men med mål: {show(comp.unknown_gap)}",
              f"Med mål: {show(comp.with_target)}, når målet: {show(comp.meeting_target)}"]
    if comp.required_level is not None:
        detail.append(f"Kontorets krav: nivå {comp.required_level}")
    if comp.vulnerable:
        detail.append("Sårbar: én eller ingen dekker kravet.")
    return CellView(show(value) if value != 0 else "0", NEED_COLOURS[bucket],
                    bucket in DARK_NEED, tuple(detail))


def coverage_view(office: OfficeSummary, comp: CompetenceSummary | None) -> CellView:
    """A coverage cell: share of the people with a target who meet it."""
    if comp is None:
        return CellView("", EMPTY_COLOUR, False, ("Ikke i kontorets katalog.",))
    if comp.withheld:
        return CellView("–", NO_TARGET_COLOUR, False, ("Holdt tilbake for å verne små tall.",))
    share = coverage_range(comp, office.k, office.staff)
    if share is None:
        return CellView("–", NO_TARGET_COLOUR, False, ("Ingen har mål i dette området.",))
    lo, hi = share
    if hi - lo > MAX_RANGE:
        return CellView("?", UNCERTAIN_COLOUR, False, (
            f"Når målet: {show(comp.meeting_target)} av {show(comp.with_target)} med mål",
            "For usikkert til å vise en andel (skjulte tall)."))
    mid = (lo + hi) / 2
    bucket = 0 if mid < 0.25 else 1 if mid < 0.5 else 2 if mid < 0.75 else 3 if mid < 0.9 else 4
    text = (f"{round(lo * 100)} %" if round(lo * 100) == round(hi * 100)
            else f"{round(lo * 100)}–{round(hi * 100)} %")
    detail = [f"Når målet: {show(comp.meeting_target)} av {show(comp.with_target)} med mål",
              f"Personer med gap: {show(comp.with_gap)}"]
    if comp.vulnerable:
        detail.append("Sårbar: én eller ingen dekker kravet.")
    return CellView(text, COVERAGE_COLOURS[bucket], bucket in DARK_COVERAGE, tuple(detail))
