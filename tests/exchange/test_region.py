"""Regional overview from several offices with overlapping and different catalogues."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sharing_fixtures import OfficeMaker, P, comp_uuid

from kompetansekart.exchange import jsonfile, region, summary
from kompetansekart.services import catalogue, sharing
from kompetansekart.storage.officefile import OfficeFile

LAW = "Folketrygdloven"
MI = "Motiverende intervju"


def _export(path: Path) -> Path:
    office = OfficeFile.open(path)
    try:
        target = path.with_suffix(".kkdel")
        sharing.export_summary(office, target)
    finally:
        office.close()
    return target


def _gap_people(prefix: str, n: int, level: int = 0) -> list[P]:
    """n case workers (Veileder: Folketrygdloven 2) assessed below the target."""
    return [P(f"{prefix} Ansatt{i}", ("Veileder",), {LAW: level, MI: 3}, note="Trenger støtte")
            for i in range(n)]


@pytest.fixture
def county(make_office: OfficeMaker, tmp_path: Path) -> dict[str, Path]:
    """Four offices: two in Hedmarken with the same gap, one with another catalogue."""
    hamar = make_office("NAV Hamar", "Hedmarken", [
        *_gap_people("Hamar", 4), P("Hanne Hamarsen", ("Veileder",), {LAW: 3, MI: 4})],
        requests=[(LAW, "Kurs i folketrygdloven for nye veiledere", 4)],
        extra=[("Lokalkunnskap", "Samisk språk og kultur")])
    stange = make_office("NAV Stange", "Hedmarken", [
        *_gap_people("Stange", 3), P("Siri Stangeby", ("Veileder",), {LAW: 2, MI: 1})])
    elverum = make_office("NAV Elverum", "Sør-Østerdal", [
        P(f"Elverum Ansatt{i}", ("Veileder",), {LAW: 3, MI: 2}) for i in range(5)])
    # Another county's catalogue: its own UUIDs, one name the same as ours.
    other = make_office("NAV Annenby", "Hedmarken", [], load_catalogue=False)
    office = OfficeFile.open(other)
    try:
        catalogue.add_category(office, "Veiledning")
        cat = office.query("SELECT id FROM category")[0][0]
        catalogue.add_competence(office, cat, MI)
        catalogue.add_competence(office, cat, "Tolkebruk")
        from kompetansekart.services import plans
        plans.add_request(office, None, None, "Ønsker felles fagnettverk for små kontor", 0)
    finally:
        office.close()
    return {"hamar": hamar, "stange": stange, "elverum": elverum, "other": other}


def test_shared_needs_requests_and_unmatched(county: dict[str, Path]) -> None:
    files = [_export(county["hamar"]), _export(county["stange"]), _export(county["other"]),
             county["elverum"]]  # one full office file among the summaries
    ref = OfficeFile.open(county["hamar"], readonly=True, make_backup=False)
    law, mi = comp_uuid(ref, LAW), comp_uuid(ref, MI)
    local = comp_uuid(ref, "Samisk språk og kultur")
    ref.close()
    overview = region.build(region.load_many(files))
    assert overview.refused == []
    assert [o.name for o in overview.offices] == ["NAV Annenby", "NAV Hamar", "NAV Stange",
                                                  "NAV Elverum"]
    assert [o.kind for o in overview.offices][-1] == "full"
    # The same gap in two offices of Hedmarken.
    shared = {(n.area, n.uuid): n for n in overview.shared_needs}
    need = shared[("Hedmarken", law)]
    assert set(need.offices) == {"NAV Hamar", "NAV Stange"}
    assert need.people_low <= 7 <= need.people_high  # 4 + 3, possibly as a range
    assert need.requests == 1
    assert ("Sør-Østerdal", law) not in shared
    assert any(s.uuid == law and s.area == "Hedmarken" for s in overview.suggestions)
    # Requests from the offices, with the competence resolved by UUID.
    texts = {(r.office, r.competence, r.text) for r in overview.requests}
    assert ("NAV Hamar", LAW, "Kurs i folketrygdloven for nye veiledere") in texts
    assert ("NAV Annenby", "", "Ønsker felles fagnettverk for små kontor") in texts
    # Competences are matched by UUID; the rest is listed, not dropped.
    unmatched = {u.name: u for u in overview.unmatched}
    assert "Samisk språk og kultur" in unmatched
    assert unmatched["Samisk språk og kultur"].offices == ("NAV Hamar",)
    assert "Tolkebruk" in unmatched
    other_mi = [u for u in overview.unmatched if u.name == MI and u.uuid != mi]
    assert other_mi and "annen ID" in other_mi[0].note
    assert overview.cell(1, local) is not None and overview.cell(2, local) is None
    column_ids = {c.uuid for c in overview.columns}
    assert {law, mi, local} <= column_ids
    assert len([c for c in overview.columns if c.name == MI]) == 2
    # Competences shared by the offices that use our catalogue are not listed as unmatched,
    # even though NAV Annenby lacks them; NAV Annenby's other catalogue is pointed out.
    assert LAW not in unmatched
    assert any("NAV Annenby bruker en annen katalog" in n for n in overview.catalogue_notes)
    assert next(c for c in overview.columns if c.uuid == law).matched
    assert next(c for c in overview.columns if c.uuid == mi).matched  # the majority's ID
    assert not next(c for c in overview.columns if c.name == MI and c.uuid != mi).matched


def test_full_file_is_reduced_to_a_summary_without_names(county: dict[str, Path]) -> None:
    item = region.load_file(county["elverum"])
    assert item.kind == "full"
    text = json.dumps([item.name, item.area, [c.__dict__ for c in item.competences],
                       [r.__dict__ for r in item.requests]], ensure_ascii=False)
    assert "Elverum Ansatt" not in text
    assert item.staff == 5
    folketrygd = next(c for c in item.competences if c.name == LAW)
    assert folketrygd.levels[3] == 5  # shown: five people at level 3
    assert folketrygd.with_gap == 0


def test_one_bad_file_among_good_ones(county: dict[str, Path], tmp_path: Path) -> None:
    good = [_export(county["hamar"]), _export(county["stange"])]
    folder = tmp_path / "innkommet"
    folder.mkdir()
    for p in good:
        (folder / p.name).write_bytes(p.read_bytes())
    (folder / "brev.kkdel").write_text("Hei, her er filen vår!", encoding="utf-8")
    tampered = json.loads(good[0].read_bytes())
    tampered["staff"] = 99
    (folder / "endret.kkdel").write_text(json.dumps(tampered), encoding="utf-8")
    newer = json.loads(good[1].read_bytes())
    newer["version"] = 9
    (folder / "ny.kkdel").write_bytes(jsonfile.dump(newer))
    (folder / "notater.txt").write_text("ignored: not a share file", encoding="utf-8")
    loaded = region.load_many([folder])
    assert sorted(o.name for o in loaded.offices) == ["NAV Hamar", "NAV Stange"]
    reasons = {r.path.name: r.message for r in loaded.refused}
    assert set(reasons) == {"brev.kkdel", "endret.kkdel", "ny.kkdel"}
    assert "ikke en oppsummeringsfil" in reasons["brev.kkdel"]
    assert "kontrollsummen" in reasons["endret.kkdel"]
    assert "nyere versjon" in reasons["ny.kkdel"]
    overview = region.build(loaded)
    assert len(overview.refused) == 3


def test_same_office_twice_keeps_the_newest(county: dict[str, Path], tmp_path: Path) -> None:
    first = _export(county["hamar"])
    older = tmp_path / "gammel.kkdel"
    doc = json.loads(first.read_bytes())
    doc["created_at"] = "2025-01-01T00:00:00+00:00"
    older.write_bytes(jsonfile.dump(doc))
    loaded = region.load_many([older, first])
    assert [o.source.name for o in loaded.offices] == [first.name]
    assert loaded.refused[0].path == older
    assert "samme kontor" in loaded.refused[0].message


def test_sixty_summaries_load(county: dict[str, Path], tmp_path: Path) -> None:
    """Many copies of one summary under different office ids all load (speed: benchmark)."""
    doc = json.loads(_export(county["hamar"]).read_bytes())
    folder = tmp_path / "mange"
    folder.mkdir()
    for n in range(60):
        doc["office"]["uuid"] = f"00000000-0000-4000-8000-{n:012d}"
        doc["office"]["name"] = f"NAV Kontor {n}"
        (folder / f"k{n}.kkdel").write_bytes(jsonfile.dump(doc))
    overview = region.build(region.load_many([folder]))
    assert len(overview.offices) == 60
    assert summary.read(folder / "k0.kkdel").name == "NAV Kontor 0"


def test_same_office_twice_compares_times_not_text(county: dict[str, Path],
                                                   tmp_path: Path) -> None:
    # 11:30 in Norway (+02:00) is 09:30 UTC: earlier than 10:00 UTC, though it sorts later as text.
    doc = json.loads(_export(county["hamar"]).read_bytes())
    utc, oslo = tmp_path / "utc.kkdel", tmp_path / "oslo.kkdel"
    utc.write_bytes(jsonfile.dump({**doc, "created_at": "2026-11-27T10:00:00+00:00"}))
    oslo.write_bytes(jsonfile.dump({**doc, "created_at": "2026-11-27T11:30:00+02:00"}))
    loaded = region.load_many([oslo, utc])
    assert [o.source.name for o in loaded.offices] == ["utc.kkdel"]
    assert [r.path.name for r in loaded.refused] == ["oslo.kkdel"]


def test_an_office_file_that_is_not_a_database_is_refused_as_an_office_file(
        tmp_path: Path) -> None:
    text = tmp_path / "notater.kkart"
    text.write_text("Referat fra personalmøtet\n", encoding="utf-8")
    loaded = region.load_many([text])
    (refusal,) = loaded.refused
    assert "ikke en Kompetansekart-fil" in refusal.message
    assert "oppsummeringsfil" not in refusal.message


def test_offices_are_ordered_the_norwegian_way(make_office: OfficeMaker) -> None:
    paths = [make_office(name, area, []) for name, area in (
        ("NAV Ålesund", "Sunnmøre"), ("NAV Østre Toten", "Toten"), ("NAV Årdal", "Sogn"),
        ("NAV Ørsta", "Sunnmøre"))]
    overview = region.build(region.load_many([_export(p) for p in paths]))
    assert [(o.area, o.name) for o in overview.offices] == [
        ("Sogn", "NAV Årdal"), ("Sunnmøre", "NAV Ørsta"), ("Sunnmøre", "NAV Ålesund"),
        ("Toten", "NAV Østre Toten")]
