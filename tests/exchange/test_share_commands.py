"""The sharing commands end to end: share, region, catalogue export and import."""

from __future__ import annotations

import json
import re
from datetime import datetime
from pathlib import Path

import pytest
from pypdf import PdfReader
from sharing_fixtures import OfficeMaker, P

from kompetansekart.cli import main
from kompetansekart.storage.officefile import OfficeFile


def _people(prefix: str, n: int) -> list[P]:
    return [P(f"{prefix} Person{i}", ("Veileder",), {"Folketrygdloven": i % 3, "Modia": 2})
            for i in range(n)]


def test_share_summary_full_and_region(make_office: OfficeMaker, tmp_path: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    a = make_office("NAV Hamar", "Hedmarken", _people("Hamar", 6),
                    requests=[("Modia", "Opplæring i Modia for hele kontoret", 6)])
    b = make_office("NAV Stange", "Hedmarken", _people("Stange", 5))
    out = tmp_path / "inn"
    out.mkdir()
    assert main(["share", str(a), "--summary", "-o", str(out / "hamar.kkdel"), "--k", "4"]) == 0
    assert main(["share", str(b), "--summary", "-o", str(out / "stange.kkdel")]) == 0
    doc = json.loads((out / "hamar.kkdel").read_bytes())
    assert doc["k"] == 4 and doc["office"]["name"] == "NAV Hamar"
    assert b"Hamar Person" not in (out / "hamar.kkdel").read_bytes()

    assert main(["share", str(b), "--full", "-o", str(tmp_path / "stange-full.kkart")]) == 0
    err = capsys.readouterr().err
    assert "navnene på alle ansatte" in err
    copy = OfficeFile.open(tmp_path / "stange-full.kkart", readonly=True, make_backup=False)
    assert copy.query("SELECT count(*) FROM person")[0][0] == 5
    copy.close()
    office = OfficeFile.open(b, readonly=True, make_backup=False)
    kinds = [r[0] for r in office.query("SELECT kind FROM sharerecord ORDER BY id")]
    office.close()
    assert kinds == ["summary", "full"]

    (out / "tull.kkdel").write_text("ikke json", encoding="utf-8")
    pdf = tmp_path / "region.pdf"
    assert main(["region", str(out), str(tmp_path / "stange-full.kkart"), "-o", str(pdf)]) == 0
    captured = capsys.readouterr()
    assert "tull.kkdel" in captured.err and "Avvist" in captured.err
    assert "samme kontor" in captured.err  # the full copy and the summary of NAV Stange
    text = "\n".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "Regional oversikt over kompetanse" in text
    assert "NAV Hamar" in text and "NAV Stange" in text
    assert "Opplæring i Modia for hele kontoret" in text
    assert "tull.kkdel" in text
    assert "Hamar Person" not in text and "Stange Person" not in text


def test_region_with_only_bad_files_fails_cleanly(tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "a.kkdel"
    bad.write_text("{}", encoding="utf-8")
    assert main(["region", str(bad), "-o", str(tmp_path / "r.pdf")]) == 2
    assert "Ingen av filene kunne brukes" in capsys.readouterr().err
    assert not (tmp_path / "r.pdf").exists()


def test_share_rejects_bad_k(make_office: OfficeMaker, tmp_path: Path,
                             capsys: pytest.CaptureFixture[str]) -> None:
    a = make_office("NAV Hamar", "Hedmarken", [])
    assert main(["share", str(a), "--summary", "-o", str(tmp_path / "x.kkdel"),
                 "--k", "1"]) == 2
    assert "fra 2 til 10" in capsys.readouterr().err
    assert not (tmp_path / "x.kkdel").exists()


def test_catalogue_export_and_import(make_office: OfficeMaker, tmp_path: Path,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    county = make_office("NAV Innlandet", "Fylket", [], extra=[("Helse og arbeid", "Rus")])
    office = make_office("NAV Løten", "Hedmarken", [], extra=[("Lokalkunnskap", "Eget område")])
    cat = tmp_path / "katalog.json"
    assert main(["catalogue", "export", str(county), "-o", str(cat)]) == 0
    assert json.loads(cat.read_bytes())["format"] == "kompetansekart-katalog"
    assert main(["catalogue", "import", str(office), str(cat)]) == 0
    out = capsys.readouterr().out
    assert "Lagt til: Rus" in out
    assert "1 egne beholdt" in out
    f = OfficeFile.open(office, readonly=True, make_backup=False)
    names = {r[0] for r in f.query("SELECT name FROM competence")}
    f.close()
    assert {"Rus", "Eget område"} <= names
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "kompetansekart-katalog", "version": 7}', encoding="utf-8")
    assert main(["catalogue", "import", str(office), str(bad)]) == 2
    assert "nyere versjon" in capsys.readouterr().err


def test_region_report_writes_dates_the_norwegian_way(make_office: OfficeMaker, tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    a = make_office("NAV Hamar", "Hedmarken", _people("Hamar", 6),
                    requests=[("Modia", "Opplæring i Modia for hele kontoret", 6)])
    assert main(["share", str(a), "--summary", "-o", str(tmp_path / "hamar.kkdel")]) == 0
    created = json.loads((tmp_path / "hamar.kkdel").read_bytes())["created_at"]
    pdf = tmp_path / "region.pdf"
    assert main(["region", str(tmp_path / "hamar.kkdel"), "-o", str(pdf)]) == 0
    text = "\n".join(page.extract_text() for page in PdfReader(pdf).pages)
    day = datetime.fromisoformat(created).astimezone().date()
    assert f"{day:%d.%m.%Y}" in text  # «Laget» in the list of offices
    assert not re.search(r"\b\d{4}-\d{2}-\d{2}\b", text), "ISO dates in the report"


def test_region_counts_one_office_in_the_singular(make_office: OfficeMaker, tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    a = make_office("NAV Hamar", "Hedmarken", _people("Hamar", 4))
    assert main(["share", str(a), "--summary", "-o", str(tmp_path / "hamar.kkdel")]) == 0
    capsys.readouterr()
    assert main(["region", str(tmp_path / "hamar.kkdel"), "-o",
                 str(tmp_path / "region.pdf")]) == 0
    assert "(1 kontor, 0 avvist)" in capsys.readouterr().out
