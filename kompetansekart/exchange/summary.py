"""The anonymous summary an office sends to the county (``.kkdel``, format version 1).

Built from an office file: office metadata, the catalogue in use, per competence the counts of
people at each level (with small counts suppressed, see `suppression`), the current plan's
priorities and measures without participants, and the requests to the county (bestillinger).
No names, person ids or notes about people go in; free text that does go in (request texts) is
scrubbed of every name the office file knows. The format is documented in docs/sharing.md.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from kompetansekart import __version__
from kompetansekart.domain.analysis import Analysis
from kompetansekart.domain.snapshot import DEFAULT_LABELS, OfficeData
from kompetansekart.exchange import jsonfile, suppression
from kompetansekart.exchange.jsonfile import FileRefused
from kompetansekart.exchange.suppression import FIELDS, Count, RowCounts, small
from kompetansekart.storage import reader
from kompetansekart.storage.errors import ValidationError
from kompetansekart.storage.officefile import OfficeFile

FORMAT = "kompetansekart-deling"
VERSION = 1
SUFFIX = ".kkdel"
WHAT = "oppsummeringsfil (.kkdel)"
OTHER_FORMATS = {"kompetansekart-katalog": "kompetansekatalog"}
DEFAULT_K = 3
MIN_K, MAX_K = 2, 10
#: Replaces a name found in free text.
REDACTED = "[navn fjernet]"


def check_k(k: int) -> int:
    """k must be a whole number from 2 to 10."""
    if isinstance(k, bool) or not isinstance(k, int) or not MIN_K <= k <= MAX_K:
        raise ValidationError(
            f"Grensen for små tall må være et helt tall fra {MIN_K} til {MAX_K} (fikk «{k}»).",
            "k")
    return k


def office_k(office: OfficeFile) -> int:
    """The office's k (setting ``share_k``), default 3."""
    rows = office.query("SELECT value FROM setting WHERE key = 'share_k'")
    try:
        return check_k(int(rows[0][0])) if rows else DEFAULT_K
    except (ValueError, ValidationError):
        return DEFAULT_K


# -- building --------------------------------------------------------------------------------


def row_counts(analysis: Analysis, competence_id: int) -> RowCounts:
    """The true numbers of one competence over the active staff."""
    levels = [0, 0, 0, 0, 0]
    na = with_target = meeting = gap = unknown = 0
    for person in analysis.people:
        cur = analysis.current(person.id, competence_id)
        if cur is None:
            na += 1
        else:
            levels[cur] += 1
        tgt = analysis.target(person.id, competence_id)
        if tgt is not None and tgt > 0:
            with_target += 1
            if cur is None:
                unknown += 1
            elif cur >= tgt:
                meeting += 1
            else:
                gap += 1
    required = analysis.required_level(competence_id)
    vulnerable = required is not None and sum(levels[required:]) <= 1
    return RowCounts((levels[0], levels[1], levels[2], levels[3], levels[4]), na, with_target,
                     meeting, gap, unknown, required, vulnerable)


class NameScrubber:
    """Removes known names (whole names and their parts of 3+ letters) from free text."""

    def __init__(self, names: Iterable[str]) -> None:
        parts: set[str] = set()
        for name in names:
            name = " ".join(name.split())
            if not name:
                continue
            parts.add(name)
            parts.update(p for p in re.split(r"[\s\-]+", name) if len(p) >= 3)
        alternatives = sorted(parts, key=len, reverse=True)
        self._pattern = (re.compile(r"(?<!\w)(?:" + "|".join(re.escape(p) for p in alternatives)
                                    + r")(?!\w)", re.IGNORECASE) if alternatives else None)

    def __call__(self, text: str) -> str:
        text = " ".join(text.split())
        return self._pattern.sub(REDACTED, text) if self._pattern else text


def _known_names(office: OfficeFile) -> list[str]:
    q = office.query
    names = [r[0] for r in q("SELECT name FROM person")]
    names += [r[0] for r in q("SELECT leader_name FROM office")]
    names += [r[0] for r in q("SELECT DISTINCT assessor FROM assessment")]
    names += [r[0] for r in q("SELECT leader_name FROM planperiod")]
    names += [r[0] for r in q("SELECT DISTINCT responsible_external FROM measure")]
    return [n for n in names if n]


def _count(value: int, k: int) -> Count:
    return small(k) if 0 < value < k else value


def _day(value: object) -> str | None:
    return str(value)[:10] if value else None


def _plan_periods(office: OfficeFile, today: date) -> list[tuple[int, str, str, str, str]]:
    """The current and coming plan periods, else the latest one."""
    rows = office.query("SELECT id, uuid, name, start, \"end\" FROM planperiod ORDER BY start, id")
    current = [r for r in rows if str(r[4])[:10] >= today.isoformat()]
    chosen = current or rows[-1:]
    return [(r[0], r[1], r[2], str(r[3])[:10], str(r[4])[:10]) for r in chosen]


def build(office: OfficeFile, k: int | None = None, *, data: OfficeData | None = None,
          today: date | None = None, now: datetime | None = None) -> dict[str, Any]:
    """The summary document of an office (without checksum), ready for `to_bytes`."""
    k = check_k(k) if k is not None else office_k(office)
    data = data or reader.load(office, today=today)
    today = today or data.today
    analysis = Analysis(data)
    q = office.query
    office_row = q("SELECT uuid, name, municipality, county, region FROM office "
                   "ORDER BY id LIMIT 1")
    uuid, name, municipality, county, region = office_row[0] if office_row else ("", "", "",
                                                                                "", "")
    categories = {c.id: c for c in data.categories}
    truths = [row_counts(analysis, c.id) for c in data.competences]
    staff, published = suppression.protect(truths, len(analysis.people), k)
    competences = []
    for comp, pub in zip(data.competences, published, strict=True):
        entry: dict[str, Any] = {
            "uuid": comp.uuid,
            "name": comp.name,
            "category": categories[comp.category_id].uuid if comp.category_id in categories
            else None,
            "component": comp.component,
        }
        if pub.withheld:
            entry["withheld"] = True
        else:
            entry["required_level"] = pub.required_level
            entry["levels"] = list(pub.values[:5])
            for i, field_name in enumerate(FIELDS[5:], start=5):
                entry[field_name] = pub.values[i]
            entry["vulnerable"] = pub.vulnerable
        competences.append(entry)
    comp_uuid = {c.id: c.uuid for c in data.competences}
    cat_uuid = {c.id: c.uuid for c in data.categories}
    periods = _plan_periods(office, today)
    period_uuid = {p[0]: p[1] for p in periods}
    scrub = NameScrubber(_known_names(office))
    priorities = []
    measures = []
    if periods:
        marks = ",".join("?" * len(periods))
        ids = tuple(period_uuid)
        for pid, rank, cid, catid in q(
                f"SELECT period_id, rank, competence_id, category_id FROM priority "
                f"WHERE period_id IN ({marks}) ORDER BY period_id, rank", ids):
            priorities.append({"period": period_uuid[pid], "rank": rank,
                               "competence": comp_uuid.get(cid), "category": cat_uuid.get(catid)})
        links: dict[int, list[str]] = {}
        for mid, cid in q("SELECT measure_id, competence_id FROM measurecompetence"):
            if cid in comp_uuid:
                links.setdefault(mid, []).append(comp_uuid[cid])
        participants = dict(q("SELECT measure_id, count(*) FROM measureparticipant "
                              "GROUP BY measure_id"))
        for mid, pid, kind, start, end, hours, status in q(
                f"SELECT id, period_id, kind, start, \"end\", hours_per_participant, status "
                f"FROM measure WHERE period_id IN ({marks}) AND status != 'cancelled' "
                f"ORDER BY start, id", ids):
            measures.append({
                "period": period_uuid[pid], "kind": kind, "status": status,
                "competences": sorted(links.get(mid, [])),
                "hours_per_participant": float(hours or 0.0),
                "start": _day(start), "end": _day(end),
                "participants": _count(int(participants.get(mid, 0)), k),
            })
    requests = []
    for pid, cid, text, people, created in q(
            "SELECT period_id, competence_id, text, people_count, created_on FROM countyrequest "
            "ORDER BY created_on, id"):
        if pid is not None and pid not in period_uuid and periods:
            continue  # a request belonging to an old plan
        requests.append({"period": period_uuid.get(pid), "competence": comp_uuid.get(cid),
                         "text": scrub(text or ""), "people": _count(int(people or 0), k),
                         "created_on": _day(created)})
    labels = data.scale_labels or DEFAULT_LABELS
    return {
        "format": FORMAT,
        "version": VERSION,
        "created_at": (now or datetime.now(UTC)).replace(microsecond=0).isoformat(),
        "program": f"Kompetansekart {__version__}",
        "office": {"uuid": uuid, "name": name, "municipality": municipality or "",
                   "county": county or "", "region": region or ""},
        "k": k,
        "staff": staff,
        "scale": [{"level": lvl, "label": labels.get(lvl, str(lvl))} for lvl in range(5)],
        "categories": [{"uuid": c.uuid, "name": c.name} for c in data.categories],
        "competences": competences,
        "plan": {
            "periods": [{"uuid": p[1], "name": p[2], "start": p[3], "end": p[4]}
                        for p in periods],
            "priorities": priorities,
            "measures": measures,
        },
        "requests": requests,
    }


def to_bytes(doc: dict[str, Any]) -> bytes:
    """The exact bytes of the ``.kkdel`` file (what the preview shows and what is saved)."""
    return jsonfile.dump(doc)


def file_name(office_name: str, day: date) -> str:
    """Suggested file name: office and date, e.g. «NAV-Hamar-2026-11-27.kkdel»."""
    return f"{safe_stem(office_name)}-{day.isoformat()}{SUFFIX}"


def safe_stem(text: str) -> str:
    """A file-name-safe version of an office name (keeps Norwegian letters)."""
    stem = re.sub(r"[^\w]+", "-", text, flags=re.UNICODE).strip("-_")
    return stem or "kontor"


# -- reading ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class CompetenceSummary:
    """One competence of an office as published."""

    uuid: str
    name: str
    category: str  # category name ("" if unknown)
    component: str
    withheld: bool
    required_level: int | None = None
    levels: tuple[Count | None, ...] = (None, None, None, None, None)
    not_assessed: Count | None = None
    with_target: Count | None = None
    meeting_target: Count | None = None
    with_gap: Count | None = None
    unknown_gap: Count | None = None
    vulnerable: bool | None = None


@dataclass(frozen=True)
class MeasureSummary:
    """A planned measure, without participants' names."""

    period: str
    kind: str
    status: str
    competences: tuple[str, ...]
    hours_per_participant: float
    start: str | None
    end: str | None
    participants: Count


@dataclass(frozen=True)
class RequestSummary:
    """A request to the county (bestilling)."""

    competence: str | None
    text: str
    people: Count
    created_on: str | None
    period: str | None = None


@dataclass(frozen=True)
class PrioritySummary:
    """A ranked priority of a plan period."""

    period: str
    rank: int
    competence: str | None
    category: str | None


@dataclass
class OfficeSummary:
    """A summary as read back: the shape the regional overview works on."""

    source: Path
    kind: str  # "summary" or "full"
    created_at: str
    office_uuid: str
    name: str
    municipality: str
    county: str
    region: str
    k: int
    staff: Count
    scale: dict[int, str]
    categories: dict[str, str]
    competences: list[CompetenceSummary]
    periods: list[dict[str, str]] = field(default_factory=list)
    priorities: list[PrioritySummary] = field(default_factory=list)
    measures: list[MeasureSummary] = field(default_factory=list)
    requests: list[RequestSummary] = field(default_factory=list)
    #: `created_at` as a time (with zone), for telling which of two files is newer.
    created: datetime = field(default=datetime.min.replace(tzinfo=UTC))

    @property
    def area(self) -> str:
        """The geographic area it is grouped under (region, else municipality or county)."""
        return self.region or self.county or self.municipality or "Uten område"


def read(path: Path) -> OfficeSummary:
    """Read, verify and parse a ``.kkdel`` file; FileRefused says why it cannot be used."""
    doc = jsonfile.load(path, FORMAT, VERSION, WHAT, OTHER_FORMATS)
    return parse(doc, path)


class _Bad(Exception):
    def __init__(self, where: str) -> None:
        super().__init__(where)
        self.where = where


def _get(obj: Any, key: str, kind: type | tuple[type, ...], where: str = "",
         optional: bool = False) -> Any:
    """`obj[key]` checked against `kind`; `where` is the path of `obj` ("" at the top)."""
    path = f"{where}.{key}" if where else key
    if not isinstance(obj, dict):
        raise _Bad(where or path)
    if key not in obj:
        if optional:
            return None
        raise _Bad(path)
    value = obj[key]
    if value is None and optional:
        return None
    if isinstance(value, bool) and bool not in (kind if isinstance(kind, tuple) else (kind,)):
        raise _Bad(path)
    if not isinstance(value, kind):
        raise _Bad(path)
    return value


def _count_of(obj: Any, key: str, where: str, k: int) -> Count:
    return _published(_get(obj, key, (int, str), where), f"{where}.{key}" if where else key, k)


def _published(value: Any, path: str, k: int) -> Count:
    """A published count: 0, k or more, «<k» or the complement mark."""
    if isinstance(value, bool):
        raise _Bad(path)
    if isinstance(value, int):
        if value < 0:
            raise _Bad(path)
        if 0 < value < k:
            # A small count that should have been hidden: the file was not made by us.
            raise _Bad(path)
        return value
    if value not in (small(k), suppression.COMPLEMENT):
        raise _Bad(path)
    return str(value)


def _day_of(obj: Any, key: str, where: str, optional: bool = False) -> Any:
    """A date written as ISO text (åååå-mm-dd), kept as text; impossible dates refused."""
    value = _get(obj, key, str, where, optional)
    if value is not None:
        try:
            date.fromisoformat(value)
        except ValueError as exc:
            raise _Bad(f"{where}.{key}") from exc
    return value


def _timestamp(value: str) -> datetime:
    """An ISO 8601 time; one without a zone is taken as UTC."""
    try:
        when = datetime.fromisoformat(value)
    except ValueError as exc:
        raise _Bad("created_at") from exc
    return when if when.tzinfo is not None else when.replace(tzinfo=UTC)


def parse(doc: dict[str, Any], source: Path, kind: str = "summary") -> OfficeSummary:
    """Check the structure of a summary document and turn it into an OfficeSummary."""
    try:
        return _parse(doc, source, kind)
    except _Bad as exc:
        raise FileRefused(
            f"«{source.name}» har et ugyldig innhold (feltet «{exc.where}») og kan ikke brukes. "
            "Be kontoret lage og sende filen på nytt.") from exc


def _parse(doc: dict[str, Any], source: Path, kind: str) -> OfficeSummary:
    k = _get(doc, "k", int)
    if not MIN_K <= k <= MAX_K:
        raise _Bad("k")
    office = _get(doc, "office", dict)
    scale = {}
    for i, s in enumerate(_get(doc, "scale", list)):
        level = _get(s, "level", int, f"scale[{i}]")
        scale[level] = _get(s, "label", str, f"scale[{i}]")
    categories = {}
    for i, c in enumerate(_get(doc, "categories", list)):
        categories[_get(c, "uuid", str, f"categories[{i}]")] = _get(c, "name", str,
                                                                   f"categories[{i}]")
    competences = []
    seen: set[str] = set()
    for i, c in enumerate(_get(doc, "competences", list)):
        where = f"competences[{i}]"
        uuid = _get(c, "uuid", str, where)
        if not uuid or uuid in seen:
            raise _Bad(f"{where}.uuid")
        seen.add(uuid)
        cat = _get(c, "category", str, where, optional=True)
        name = _get(c, "name", str, where)
        category = categories.get(cat or "", "")
        component = _get(c, "component", str, where)
        if _get(c, "withheld", bool, where, optional=True):
            competences.append(CompetenceSummary(uuid, name, category, component, True))
            continue
        required = _get(c, "required_level", int, where, optional=True)
        if required is not None and not 1 <= required <= 4:
            raise _Bad(f"{where}.required_level")
        levels = _get(c, "levels", list, where)
        if len(levels) != 5:
            raise _Bad(f"{where}.levels")
        lv = tuple(_published(v, f"{where}.levels[{j}]", k) for j, v in enumerate(levels))
        na, tgt, meet, gap, unknown = (_count_of(c, f, where, k) for f in FIELDS[5:])
        competences.append(CompetenceSummary(
            uuid, name, category, component, False, required, lv, na, tgt, meet, gap, unknown,
            _get(c, "vulnerable", bool, where, optional=True)))
    plan = _get(doc, "plan", dict)
    periods = []
    for i, p in enumerate(_get(plan, "periods", list, "plan")):
        where = f"plan.periods[{i}]"
        periods.append({"uuid": _get(p, "uuid", str, where), "name": _get(p, "name", str, where),
                        "start": _day_of(p, "start", where), "end": _day_of(p, "end", where)})
    period_names = {p["uuid"]: p["name"] for p in periods}
    priorities = []
    for i, p in enumerate(_get(plan, "priorities", list, "plan")):
        where = f"plan.priorities[{i}]"
        priorities.append(PrioritySummary(
            period_names.get(_get(p, "period", str, where), ""), _get(p, "rank", int, where),
            _get(p, "competence", str, where, optional=True),
            _get(p, "category", str, where, optional=True)))
    measures = []
    for i, m in enumerate(_get(plan, "measures", list, "plan")):
        where = f"plan.measures[{i}]"
        comps = _get(m, "competences", list, where)
        if not all(isinstance(x, str) for x in comps):
            raise _Bad(f"{where}.competences")
        hours = _get(m, "hours_per_participant", (int, float), where)
        if not 0 <= hours <= 2000:
            raise _Bad(f"{where}.hours_per_participant")
        measures.append(MeasureSummary(
            period_names.get(_get(m, "period", str, where), ""), _get(m, "kind", str, where),
            _get(m, "status", str, where), tuple(comps), float(hours),
            _day_of(m, "start", where, optional=True), _day_of(m, "end", where, optional=True),
            _count_of(m, "participants", where, k)))
    requests = []
    for i, r in enumerate(_get(doc, "requests", list)):
        where = f"requests[{i}]"
        period = _get(r, "period", str, where, optional=True)
        requests.append(RequestSummary(
            _get(r, "competence", str, where, optional=True), _get(r, "text", str, where),
            _count_of(r, "people", where, k), _day_of(r, "created_on", where, optional=True),
            period_names.get(period or "")))
    staff = _count_of(doc, "staff", "", k)
    created_at = _get(doc, "created_at", str)
    return OfficeSummary(
        source=source, kind=kind, created_at=created_at, created=_timestamp(created_at),
        office_uuid=_get(office, "uuid", str, "office"), name=_get(office, "name", str, "office"),
        municipality=_get(office, "municipality", str, "office"),
        county=_get(office, "county", str, "office"), region=_get(office, "region", str,
                                                                  "office"),
        k=k, staff=staff, scale=scale, categories=categories, competences=competences,
        periods=periods, priorities=priorities, measures=measures, requests=requests)


def write(office: OfficeFile, target: Path, k: int | None = None) -> bytes:
    """Build the summary and write it to `target`; returns the bytes written."""
    data = to_bytes(build(office, k))
    jsonfile.write_bytes(target, data)
    return data
