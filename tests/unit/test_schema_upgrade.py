"""Old files keep opening: the committed v1 file, and the ordered upgrade steps."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from kompetansekart.domain.analysis import Analysis
from kompetansekart.storage import backup, schema
from kompetansekart.storage.check import check_file
from kompetansekart.storage.errors import StorageFailure
from kompetansekart.storage.officefile import OfficeFile
from kompetansekart.storage.reader import load

DATA = Path(__file__).resolve().parents[1] / "data"
V1 = DATA / "office_v1.kkart"


@pytest.fixture
def v1_copy(tmp_path: Path) -> Path:
    target = tmp_path / "gammel.kkart"
    shutil.copyfile(V1, target)
    return target


def test_committed_v1_file_is_version_1() -> None:
    conn = sqlite3.connect(f"{V1.as_uri()}?mode=ro", uri=True)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
        assert conn.execute("PRAGMA application_id").fetchone()[0] == schema.APPLICATION_ID
    finally:
        conn.close()


def test_current_code_opens_v1_file_and_analyses_it(v1_copy: Path) -> None:
    assert check_file(v1_copy).ok
    with OfficeFile.open(v1_copy) as office:
        assert office.query("PRAGMA user_version")[0][0] == schema.SCHEMA_VERSION
        data = load(office, today=date(2026, 11, 27))
    analysis = Analysis(data)
    assert len(analysis.people) == 5
    assert analysis.needs()
    assert any(c.name == "Økonomisk rådgivning og budsjett" for c in analysis.vulnerable())
    assert analysis.new_staff()


def _fake_step_2(conn: sqlite3.Connection) -> None:
    conn.execute("ALTER TABLE person ADD COLUMN nickname TEXT NOT NULL DEFAULT ''")


def _failing_step_2(conn: sqlite3.Connection) -> None:
    conn.execute("ALTER TABLE person ADD COLUMN nickname TEXT NOT NULL DEFAULT ''")
    raise sqlite3.OperationalError("simulated failure halfway")


def test_upgrade_runs_ordered_steps_after_a_backup(v1_copy: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(schema, "SCHEMA_VERSION", 2)
    monkeypatch.setitem(schema.UPGRADES, 1, _fake_step_2)
    with OfficeFile.open(v1_copy) as office:
        assert office.query("PRAGMA user_version")[0][0] == 2
        columns = [r[1] for r in office.query("PRAGMA table_info(person)")]
        assert "nickname" in columns
    backups = backup.list_backups(v1_copy)
    assert len(backups) == 1
    conn = sqlite3.connect(f"{backups[0].as_uri()}?mode=ro", uri=True)
    try:  # the backup is the file as it was before the upgrade
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
        assert "nickname" not in [r[1] for r in conn.execute("PRAGMA table_info(person)")]
        assert conn.execute("SELECT count(*) FROM assessment").fetchone()[0] > 0
    finally:
        conn.close()


def test_older_file_opened_read_only_is_upgraded_in_memory_only(
        v1_copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(schema, "SCHEMA_VERSION", 2)
    monkeypatch.setitem(schema.UPGRADES, 1, _fake_step_2)
    before = v1_copy.read_bytes()
    mtime = v1_copy.stat().st_mtime_ns
    with OfficeFile.open(v1_copy, readonly=True) as office:
        assert office.readonly
        assert "nickname" in [r[1] for r in office.query("PRAGMA table_info(person)")]
        assert office.query("SELECT count(*) FROM assessment")[0][0] > 0
    assert v1_copy.read_bytes() == before
    assert v1_copy.stat().st_mtime_ns == mtime
    assert not v1_copy.with_name(v1_copy.name + "-journal").exists()


def test_failed_upgrade_leaves_the_file_at_its_old_version(v1_copy: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(schema, "SCHEMA_VERSION", 2)
    monkeypatch.setitem(schema.UPGRADES, 1, _failing_step_2)
    with pytest.raises(StorageFailure, match="ikke lagret"):
        OfficeFile.open(v1_copy)
    conn = sqlite3.connect(f"{v1_copy.as_uri()}?mode=ro", uri=True)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
        assert "nickname" not in [r[1] for r in conn.execute("PRAGMA table_info(person)")]
    finally:
        conn.close()
    assert not v1_copy.with_name(v1_copy.name + "-journal").exists()
    assert not v1_copy.with_name(v1_copy.name + ".lock").exists()
