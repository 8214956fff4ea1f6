"""Catalogue distribution: export from the county, import at an office with consent."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sharing_fixtures import comp_id, comp_uuid

from kompetansekart.exchange import catalogue_file, jsonfile
from kompetansekart.exchange.jsonfile import FileRefused
from kompetansekart.services import catalogue, sharing
from kompetansekart.storage.officefile import OfficeFile


@pytest.fixture
def county_file(tmp_path: Path) -> Path:
    """The county's catalogue: starter set, one area renamed, one new, a role changed."""
    county = OfficeFile.create(tmp_path / "fylket.kkart", "NAV Innlandet fylke")
    try:
        catalogue.update_competence(county, comp_id(county, "Modia"), name="Modia arbeidsflate",
                                    description="Modia personoversikt og arbeidsflate.")
        cat = county.query("SELECT id FROM category WHERE name = 'Helse og arbeid'")[0][0]
        catalogue.add_competence(county, cat, "Rus og avhengighet", "knowledge")
        role = county.query("SELECT id, name, description FROM role WHERE name = 'Veileder'")[0]
        reqs = dict(county.query("SELECT competence_id, level FROM rolerequirement "
                                 "WHERE role_id = ?", (role[0],)))
        reqs[comp_id(county, "Rus og avhengighet")] = 2
        reqs[comp_id(county, "Folketrygdloven")] = 3
        catalogue.update_role(county, role[0], role[1], role[2], reqs)
        catalogue.add_competence(county, cat, "Tolkebruk", "skill")
        target = tmp_path / "fylkeskatalog.json"
        sharing.export_catalogue(county, target, "Innlandets standardkatalog")
        assert sharing.share_log(county)[0][1] == "Kompetansekatalog"
    finally:
        county.close()
    return target


@pytest.fixture
def local_office(tmp_path: Path) -> OfficeFile:
    """An office with its own area and an own «Tolkebruk» (same name, other UUID)."""
    office = OfficeFile.create(tmp_path / "kontor.kkart", "NAV Løten")
    cat = office.query("SELECT id FROM category WHERE name = 'Lokalkunnskap'")[0][0]
    catalogue.add_competence(office, cat, "Samisk språk og kultur")
    catalogue.add_competence(office, cat, "Tolkebruk")
    return office


def test_diff_then_import_with_partial_consent(county_file: Path,
                                               local_office: OfficeFile) -> None:
    office = local_office
    doc = catalogue_file.read(county_file)
    assert doc.name == "Innlandets standardkatalog"
    plan = catalogue_file.diff(catalogue_file.Local.read(office), doc)
    added = {i.name for i in plan.additions}
    updates = {i.key: i for i in plan.updates}
    assert added == {"Rus og avhengighet"}
    modia_key = f"competence:{comp_uuid(office, 'Modia')}"
    assert modia_key in updates
    assert "Navn: «Modia» → «Modia arbeidsflate»" in updates[modia_key].details
    role_key = next(k for k in updates if k.startswith("role:"))
    assert any("Folketrygdloven → 3" in d for d in updates[role_key].details)
    link = next(i for i in plan.updates if i.key.startswith("link:competence:"))
    assert link.name == "Tolkebruk"
    assert {i.name for i in plan.kept} == {"Samisk språk og kultur"}

    # Consent to the role only: Modia keeps its name, Tolkebruk keeps its own UUID.
    old_tolk = comp_uuid(office, "Tolkebruk")
    sharing.import_catalogue(office, doc, accept=[role_key])
    names = {r[0] for r in office.query("SELECT name FROM competence")}
    assert {"Rus og avhengighet", "Modia", "Samisk språk og kultur"} <= names
    assert "Modia arbeidsflate" not in names
    assert comp_uuid(office, "Tolkebruk") == old_tolk
    veileder = office.query("SELECT id FROM role WHERE name = 'Veileder'")[0][0]
    reqs = dict(office.query("SELECT competence_id, level FROM rolerequirement WHERE role_id = ?",
                             (veileder,)))
    assert reqs[comp_id(office, "Folketrygdloven")] == 3
    assert reqs[comp_id(office, "Rus og avhengighet")] == 2

    # Importing again with consent to everything updates the rest; nothing is added twice.
    sharing.import_catalogue(office, doc, accept=True)
    names = {r[0] for r in office.query("SELECT name FROM competence")}
    assert "Modia arbeidsflate" in names and "Modia" not in names
    assert comp_uuid(office, "Tolkebruk") == next(
        c.uuid for c in doc.competences if c.name == "Tolkebruk")
    assert office.query("SELECT count(*) FROM competence WHERE name = 'Rus og avhengighet'"
                        ) == [(1,)]
    again = catalogue_file.diff(catalogue_file.Local.read(office), doc)
    assert again.empty
    assert {i.name for i in again.kept} == {"Samisk språk og kultur"}
    office.close()


def test_import_keeps_assessments_and_can_be_undone(county_file: Path,
                                                    local_office: OfficeFile) -> None:
    office = local_office
    doc = catalogue_file.read(county_file)
    before = office.query("SELECT count(*) FROM competence")[0][0]
    change = sharing.import_catalogue(office, doc, accept=True)
    assert office.query("SELECT count(*) FROM competence")[0][0] == before + 1
    office.revert(change)
    assert office.query("SELECT count(*) FROM competence")[0][0] == before
    office.close()


def test_tampered_and_wrong_catalogue_files_are_refused(county_file: Path,
                                                        tmp_path: Path) -> None:
    doc = json.loads(county_file.read_bytes())
    doc["categories"][0]["competences"][0]["name"] = "Noe annet"
    bad = tmp_path / "endret.json"
    bad.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(FileRefused, match="kontrollsummen"):
        catalogue_file.read(bad)
    doc["version"] = 2
    newer = tmp_path / "ny.json"
    newer.write_bytes(jsonfile.dump(doc))
    with pytest.raises(FileRefused, match="nyere versjon"):
        catalogue_file.read(newer)
    doc["version"] = 1
    doc["categories"][0]["competences"][0]["uuid"] = "ikke-en-uuid"
    broken = tmp_path / "feil.json"
    broken.write_bytes(jsonfile.dump(doc))
    with pytest.raises(FileRefused, match="ugyldig innhold"):
        catalogue_file.read(broken)
    share = tmp_path / "kontor.kkdel"
    share.write_bytes(jsonfile.dump({"format": "kompetansekart-deling", "version": 1}))
    with pytest.raises(FileRefused, match="oppsummering fra et kontor"):
        catalogue_file.read(share)
