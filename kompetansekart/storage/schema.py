"""Schema version, creation of a new file and the ordered upgrade steps."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from datetime import UTC, date, datetime

from sqlalchemy.dialects import sqlite as sqlite_dialect
from sqlalchemy.schema import CreateIndex, CreateTable
from sqlmodel import SQLModel

from kompetansekart.domain import models
from kompetansekart.paths import resource_path

#: "Kkar" — lets the program recognise its own files (PRAGMA application_id).
APPLICATION_ID = 0x4B6B6172
#: The schema this program writes. Bump it with an entry in UPGRADES.
SCHEMA_VERSION = 1

DEFAULT_SETTINGS = {
    "stale_months": "12",
    "share_k": "3",
}

#: UPGRADES[n] brings a file from version n to n + 1. Each runs in one transaction after a
#: backup; tests open the committed files under tests/data/ of every older version.
UPGRADES: dict[int, Callable[[sqlite3.Connection], None]] = {}


def create(conn: sqlite3.Connection, office_name: str, *, municipality: str = "",
           county: str = "", region: str = "", load_catalogue: bool = True) -> None:
    """Create all tables at the current version in an empty database, with the starter data."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        for stmt in ddl_statements():
            conn.execute(stmt)
        conn.execute(
            "INSERT INTO office(uuid, name, municipality, county, region, leader_name, created_at)"
            " VALUES (?, ?, ?, ?, ?, '', ?)",
            (models.new_uuid(), office_name, municipality, county, region,
             datetime.now(UTC).isoformat(sep=" ")),
        )
        conn.executemany("INSERT INTO setting(key, value) VALUES (?, ?)",
                         list(DEFAULT_SETTINGS.items()))
        catalogue = load_starter_catalogue()
        conn.executemany(
            "INSERT INTO scalelevel(level, label, description) VALUES (?, ?, ?)",
            [(s["level"], s["label"], s.get("description", "")) for s in catalogue["scale"]],
        )
        if load_catalogue:
            insert_catalogue(conn, catalogue)
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


def ddl_statements() -> list[str]:
    """CREATE TABLE and CREATE INDEX statements of the current schema, in dependency order."""
    dialect = sqlite_dialect.dialect()
    statements: list[str] = []
    for table in SQLModel.metadata.sorted_tables:
        statements.append(str(CreateTable(table).compile(dialect=dialect)))
        statements.extend(str(CreateIndex(index).compile(dialect=dialect))
                          for index in sorted(table.indexes, key=lambda i: str(i.name)))
    return statements


def load_starter_catalogue() -> dict:  # type: ignore[type-arg]
    """The starter catalogue and role set shipped under resources/."""
    with resource_path("catalogue.json").open(encoding="utf-8") as fh:
        return json.load(fh)  # type: ignore[no-any-return]


def insert_catalogue(conn: sqlite3.Connection, catalogue: dict) -> None:  # type: ignore[type-arg]
    """Insert categories, competences and roles of a catalogue into an empty office."""
    comp_ids: dict[str, int] = {}
    for cpos, cat in enumerate(catalogue["categories"]):
        cur = conn.execute("INSERT INTO category(uuid, name, position) VALUES (?, ?, ?)",
                           (cat["uuid"], cat["name"], cpos))
        cat_id = cur.lastrowid
        for pos, comp in enumerate(cat["competences"]):
            cur = conn.execute(
                "INSERT INTO competence(uuid, name, category_id, component, description, position)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (comp["uuid"], comp["name"], cat_id, comp["component"],
                 comp.get("description", ""), pos),
            )
            assert cur.lastrowid is not None
            comp_ids[comp["uuid"]] = cur.lastrowid
    for role in catalogue.get("roles", []):
        cur = conn.execute("INSERT INTO role(uuid, name, description) VALUES (?, ?, ?)",
                           (role["uuid"], role["name"], role.get("description", "")))
        role_id = cur.lastrowid
        conn.executemany(
            "INSERT INTO rolerequirement(role_id, competence_id, level) VALUES (?, ?, ?)",
            [(role_id, comp_ids[r["competence"]], r["level"]) for r in role["requirements"]
             if r["competence"] in comp_ids],
        )


def upgrade(conn: sqlite3.Connection, from_version: int) -> None:
    """Bring a file up to SCHEMA_VERSION, one transaction per step (backup already made)."""
    version = from_version
    while version < SCHEMA_VERSION:
        step = UPGRADES[version]
        conn.execute("BEGIN IMMEDIATE")
        try:
            step(conn)
            conn.execute(f"PRAGMA user_version = {version + 1}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        version += 1


def today() -> date:
    """Today's date (one place, so tests and the demo can reason about it)."""
    return date.today()
