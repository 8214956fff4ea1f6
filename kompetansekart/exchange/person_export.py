"""One person's own data (innsyn): everything the office file holds about them, as JSON.

A person may ask to see what is stored about them (GDPR art. 15). The file holds their details,
roles, the whole assessment history with notes, individual targets, development goals and the
measures they take part in or lead. Other people appear only where the record itself needs
them (who assessed, the measure's responsible person), never with their own assessments.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from kompetansekart import __version__
from kompetansekart.domain import validation
from kompetansekart.domain.models import SOURCE_LABELS
from kompetansekart.exchange import jsonfile
from kompetansekart.exchange.summary import safe_stem
from kompetansekart.storage.errors import ValidationError
from kompetansekart.storage.officefile import OfficeFile

FORMAT = "kompetansekart-persondata"
VERSION = 1

SOURCES = {key: label.lower() for key, label in SOURCE_LABELS.items()}
EMPLOYMENT = {"state": "statlig", "municipal": "kommunal"}


def find_person(office: OfficeFile, name: str) -> int:
    """The id of the person with this name (case-insensitive), or a Norwegian refusal."""
    # Everyone, also those who have left: they may ask for their data too.
    return validation.find_person(
        ((int(pid), str(full)) for pid, full in office.query("SELECT id, name FROM person")),
        name)


def person_data(office: OfficeFile, person_id: int) -> dict[str, Any]:
    """Everything stored about one person, in Norwegian field names a person can read."""
    q = office.query
    rows = q("SELECT p.name, p.title, t.name, p.employment, p.start_date, p.left_date, p.active,"
             " p.hours_per_year, b.name, p.ny_i_nav_done, p.note, p.uuid "
             "FROM person p LEFT JOIN team t ON t.id = p.team_id "
             "LEFT JOIN person b ON b.id = p.buddy_id WHERE p.id = ?", (person_id,))
    if not rows:
        raise ValidationError("Personen finnes ikke lenger (kanskje slettet).", "person")
    (name, title, team, employment, start, left, active, hours, buddy, ny_i_nav, note,
     uuid) = rows[0]
    labels = dict(q("SELECT level, label FROM scalelevel"))
    office_name = q("SELECT name FROM office ORDER BY id LIMIT 1")
    return {
        "format": FORMAT,
        "version": VERSION,
        "laget": datetime.now(UTC).isoformat(timespec="seconds"),
        "program": f"Kompetansekart {__version__}",
        "kontor": office_name[0][0] if office_name else "",
        "person": {
            "navn": name, "id": uuid, "stilling": title, "team": team,
            "ansettelse": EMPLOYMENT.get(employment, employment),
            "startdato": start, "sluttdato": left, "aktiv": bool(active),
            "læringstimer_per_år": hours, "fadder": buddy,
            "ny_i_nav_gjennomført": ny_i_nav, "notat": note,
        },
        "roller": [r[0] for r in q(
            "SELECT r.name FROM personrole pr JOIN role r ON r.id = pr.role_id "
            "WHERE pr.person_id = ? ORDER BY r.name", (person_id,))],
        "vurderinger": [
            {"kompetanse": comp, "kategori": cat, "dato": on,
             "nivå": level, "nivåtekst": "ikke vurdert" if level is None else labels.get(level),
             "kilde": SOURCES.get(source, source), "vurdert_av": assessor, "notat": note_}
            for comp, cat, on, level, source, assessor, note_ in q(
                "SELECT c.name, k.name, a.assessed_on, a.level, a.source, a.assessor, a.note "
                "FROM assessment a JOIN competence c ON c.id = a.competence_id "
                "JOIN category k ON k.id = c.category_id WHERE a.person_id = ? "
                "ORDER BY a.assessed_on, a.id", (person_id,))],
        "individuelle_mål": [
            {"kompetanse": comp, "nivå": level} for comp, level in q(
                "SELECT c.name, o.level FROM targetoverride o "
                "JOIN competence c ON c.id = o.competence_id WHERE o.person_id = ? "
                "ORDER BY c.name", (person_id,))],
        "utviklingsmål": [
            {"kompetanse": comp, "målnivå": level, "frist": due, "notat": note_,
             "tiltak": [t[0] for t in q(
                 "SELECT m.title FROM goalmeasure gm JOIN measure m ON m.id = gm.measure_id "
                 "WHERE gm.goal_id = ? ORDER BY m.title", (goal_id,))]}
            for goal_id, comp, level, due, note_ in q(
                "SELECT g.id, c.name, g.target_level, g.due, g.note FROM developmentgoal g "
                "JOIN competence c ON c.id = g.competence_id WHERE g.person_id = ? "
                "ORDER BY g.due, g.id", (person_id,))],
        "deltar_i_tiltak": _measures(office, "JOIN measureparticipant mp ON mp.measure_id = m.id "
                                             "WHERE mp.person_id = ?", person_id),
        "ansvarlig_for_tiltak": _measures(office, "WHERE m.responsible_person_id = ?",
                                          person_id),
        "fadder_for_antall": int(q("SELECT count(*) FROM person WHERE buddy_id = ?",
                                   (person_id,))[0][0]),
    }


def _measures(office: OfficeFile, where: str, person_id: int) -> list[dict[str, Any]]:
    return [
        {"tiltak": title, "type": kind, "periode": period, "fra": start, "til": end,
         "timer_per_deltaker": hours, "status": status}
        for title, kind, period, start, end, hours, status in office.query(
            "SELECT m.title, m.kind, p.name, m.start, m.\"end\", m.hours_per_participant, "
            "m.status FROM measure m JOIN planperiod p ON p.id = m.period_id "
            f"{where} ORDER BY m.start, m.title", (person_id,))]


def file_name(person_name: str) -> str:
    """Suggested file name, e.g. «Persondata-Kari-Nordmann.json»."""
    return f"Persondata-{safe_stem(person_name)}.json"


def write(office: OfficeFile, person_id: int, target: Path) -> Path:
    """Write one person's data to `target` (complete or not at all)."""
    return jsonfile.write_bytes(Path(target), jsonfile.dump(person_data(office, person_id)))
