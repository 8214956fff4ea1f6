"""The anonymous summary carries no name, person id or note, and refuses damaged files."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from kompetansekart import demo
from kompetansekart.exchange import jsonfile, summary
from kompetansekart.exchange.jsonfile import FileRefused
from kompetansekart.services import plans, sharing, staff
from kompetansekart.storage.officefile import OfficeFile


def _forbidden(office: OfficeFile) -> set[str]:
    """Every name, person UUID and longer note in an office file."""
    q = office.query
    texts = {r[0] for r in q("SELECT name FROM person")}
    texts |= {r[0] for r in q("SELECT uuid FROM person")}
    texts |= {r[0] for r in q("SELECT assessor FROM assessment WHERE assessor != ''")}
    texts |= {r[0] for r in q("SELECT leader_name FROM planperiod WHERE leader_name != ''")}
    for sql in ("SELECT note FROM person", "SELECT note FROM assessment",
                "SELECT note FROM developmentgoal", "SELECT note FROM planperiod",
                "SELECT rationale FROM priority", "SELECT evaluation FROM measure"):
        texts |= {r[0] for r in q(sql) if r[0] and len(r[0]) >= 12}
    return texts


def _forms(text: str) -> list[bytes]:
    """The ways a text could appear in the bytes of a JSON file."""
    return [text.encode("utf-8"), json.dumps(text)[1:-1].encode("ascii"),
            json.dumps(text, ensure_ascii=False)[1:-1].encode("utf-8")]


@pytest.mark.parametrize(("staff_count", "seed"), [(3, 11), (9, 12), (25, 13)])
def test_demo_summary_contains_no_names_or_notes(tmp_path: Path, staff_count: int,
                                                 seed: int) -> None:
    path = demo.generate(tmp_path / "demo.kkart", staff=staff_count, seed=seed)
    office = OfficeFile.open(path)
    try:
        # The leader writes names into a request and a note: neither may travel.
        first, second = (r[0] for r in office.query(
            "SELECT name FROM person ORDER BY id LIMIT 2"))
        plans.add_request(office, None, None, f"{first} og {second.split()[0]} trenger kurs "
                          "i gjeldsrådgivning", 2)
        pid = office.query("SELECT id FROM person WHERE name = ?", (first,))[0][0]
        fields = staff.fields_of(office, pid)
        fields.note = "Sykmeldt fra januar, snakket med fastlegen om tilrettelegging."
        staff.update_person(office, pid, fields)
        data = sharing.export_summary(office, tmp_path / "demo.kkdel")
        forbidden = _forbidden(office)
    finally:
        office.close()
    assert (tmp_path / "demo.kkdel").read_bytes() == data
    assert len(forbidden) > staff_count
    for text in forbidden:
        for form in _forms(text):
            assert form not in data, f"{text!r} found in the summary"
    doc = json.loads(data)
    assert summary.REDACTED in doc["requests"][-1]["text"]
    assert "gjeldsrådgivning" in doc["requests"][-1]["text"]
    # Every published count is 0, at least k, or hidden.
    k = doc["k"]
    for comp in doc["competences"]:
        for value in [*comp.get("levels", []), *(comp.get(f) for f in (
                "not_assessed", "with_target", "meeting_target", "with_gap", "unknown_gap"))]:
            assert value is None or isinstance(value, str) or value == 0 or value >= k
    for m in doc["plan"]["measures"]:
        assert isinstance(m["participants"], str) or m["participants"] in (0,) or \
            m["participants"] >= k
        assert set(m) == {"period", "kind", "status", "competences", "hours_per_participant",
                          "start", "end", "participants"}


def test_summary_round_trip_and_share_log(office: OfficeFile, tmp_path: Path) -> None:
    target = tmp_path / "NAV-Testby.kkdel"
    sharing.export_summary(office, target, k=4)
    read = summary.read(target)
    assert read.name == "NAV Testby"
    assert read.region == "Hedmarken"
    assert read.k == 4
    assert len(read.competences) == 32
    log = sharing.share_log(office)
    assert log[0][1] == "Anonym oppsummering"
    assert log[0][2] == "NAV-Testby.kkdel"
    assert "k = 4" in log[0][3]


def _written(office: OfficeFile, tmp_path: Path) -> tuple[Path, dict[str, object]]:
    target = tmp_path / "kontor.kkdel"
    sharing.export_summary(office, target)
    return target, json.loads(target.read_bytes())


def _rewrite(path: Path, doc: dict[str, object], *, fix_checksum: bool) -> None:
    if fix_checksum:
        path.write_bytes(jsonfile.dump(doc))
    else:
        path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")


def test_tampered_count_is_refused(office: OfficeFile, tmp_path: Path) -> None:
    path, doc = _written(office, tmp_path)
    doc["staff"] = 40
    _rewrite(path, doc, fix_checksum=False)
    with pytest.raises(FileRefused, match="kontrollsummen stemmer ikke"):
        summary.read(path)


def test_reindented_file_still_verifies(office: OfficeFile, tmp_path: Path) -> None:
    path, doc = _written(office, tmp_path)
    path.write_text(json.dumps(doc, indent=4, ensure_ascii=True), encoding="utf-8")
    assert summary.read(path).name == "NAV Testby"


def test_newer_format_is_refused(office: OfficeFile, tmp_path: Path) -> None:
    path, doc = _written(office, tmp_path)
    doc["version"] = summary.VERSION + 1
    _rewrite(path, doc, fix_checksum=True)
    with pytest.raises(FileRefused, match="nyere versjon av Kompetansekart"):
        summary.read(path)


def test_small_count_in_a_valid_checksum_file_is_refused(office: OfficeFile,
                                                         tmp_path: Path) -> None:
    path, doc = _written(office, tmp_path)
    doc["staff"] = 1
    _rewrite(path, doc, fix_checksum=True)
    with pytest.raises(FileRefused, match="ugyldig innhold"):
        summary.read(path)


@pytest.mark.parametrize(("content", "message"), [
    (b"", "ikke en oppsummeringsfil"),
    (b"Dette er et brev.", "ikke en oppsummeringsfil"),
    (b'{"format": "kompetansekart-deling", "version": 1', "skadet eller ufullstendig"),
    (b'{"format": "noe-annet", "version": 1}', "ikke en oppsummeringsfil"),
    (b'{"format": "kompetansekart-katalog", "version": 1}', "er en kompetansekatalog"),
    (b'{"format": "kompetansekart-deling", "version": "1"}', "gyldig formatversjon"),
    (b'{"format": "kompetansekart-deling", "version": 1}', "mangler kontrollsum"),
    (b"\xff\xfe\x00garbage", "ikke tekst"),
    (b"SQLite format 3\x00" + bytes(100), "database"),
])
def test_foreign_and_broken_files_are_refused(tmp_path: Path, content: bytes,
                                              message: str) -> None:
    path = tmp_path / "fil.kkdel"
    path.write_bytes(content)
    with pytest.raises(FileRefused, match=message):
        summary.read(path)


def test_truncated_file_is_refused(office: OfficeFile, tmp_path: Path) -> None:
    path, _doc = _written(office, tmp_path)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(FileRefused, match="skadet eller ufullstendig"):
        summary.read(path)


def test_k_is_validated(office: OfficeFile, tmp_path: Path) -> None:
    from kompetansekart.storage.errors import ValidationError

    with pytest.raises(ValidationError, match="fra 2 til 10"):
        sharing.export_summary(office, tmp_path / "x.kkdel", k=1)
    assert not (tmp_path / "x.kkdel").exists()
    sharing.set_share_k(office, 5)
    assert summary.office_k(office) == 5


def test_full_copy_is_a_consistent_office_file(office: OfficeFile, tmp_path: Path) -> None:
    staff.add_person(office, staff.PersonFields("Kari Nordmann"))
    target = tmp_path / "ut" / "NAV-Testby-2026-11-27.kkart"
    target.parent.mkdir()
    sharing.export_full(office, target)
    copy = OfficeFile.open(target, readonly=True, make_backup=False)
    try:
        assert copy.query("SELECT name FROM person") == [("Kari Nordmann",)]
    finally:
        copy.close()
    assert sharing.share_log(office)[0][1] == "Hele kontorfilen"
    with pytest.raises(Exception, match="samme navn som kontorfilen"):
        sharing.export_full(office, office.path)


@pytest.mark.parametrize(("change", "where"), [
    (lambda d: d.__setitem__("staff", -2), "«staff»"),
    (lambda d: d.__setitem__("office", []), "«office»"),
    (lambda d: d["plan"].__setitem__("periods", None), "«plan.periods»"),
    (lambda d: d["competences"][0]["levels"].__setitem__(1, "mange"),
     "«competences[0].levels[1]»"),
    (lambda d: d.__setitem__("created_at", "i går"), "«created_at»"),
])
def test_invalid_content_names_the_field(office: OfficeFile, tmp_path: Path,
                                         change: Any, where: str) -> None:
    path, doc = _written(office, tmp_path)
    competences = doc["competences"]
    assert isinstance(competences, list)
    competences[0] = {**competences[0], "levels": [0, 0, 0, 0, 0]}
    change(doc)
    _rewrite(path, doc, fix_checksum=True)
    with pytest.raises(FileRefused, match="ugyldig innhold") as refused:
        summary.read(path)
    assert f"(feltet {where})" in refused.value.message


@pytest.mark.parametrize(("change", "where"), [
    (lambda d: d["requests"][0].__setitem__("created_on", "31.02.2026"),
     "«requests[0].created_on»"),
    (lambda d: d["plan"]["measures"][0].__setitem__("start", "2026-02-31"),
     "«plan.measures[0].start»"),
    (lambda d: d["plan"]["periods"][0].__setitem__("end", "neste år"),
     "«plan.periods[0].end»"),
])
def test_impossible_dates_are_refused(office: OfficeFile, tmp_path: Path, change: Any,
                                      where: str) -> None:
    path, doc = _written(office, tmp_path)
    plan = {"periods": [{"uuid": "p1", "name": "2026", "start": "2026-01-01",
                         "end": "2026-12-31"}], "priorities": [],
            "measures": [{"period": "p1", "kind": "course", "status": "planned",
                          "competences": [], "hours_per_participant": 7.5,
                          "start": "2026-03-02", "end": "2026-03-03", "participants": 0}]}
    doc["plan"] = plan
    doc["requests"] = [{"period": "p1", "competence": None, "text": "Kurs", "people": 0,
                        "created_on": "2026-11-20"}]
    _rewrite(path, doc, fix_checksum=True)
    assert summary.read(path).requests[0].created_on == "2026-11-20"
    change(doc)
    _rewrite(path, doc, fix_checksum=True)
    with pytest.raises(FileRefused, match="ugyldig innhold") as refused:
        summary.read(path)
    assert f"(feltet {where})" in refused.value.message
