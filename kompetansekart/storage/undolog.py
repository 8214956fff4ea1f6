"""Row-level undo log: temporary triggers write the inverse SQL of every change.

The triggers are TEMP, so they live in the connection only and never in the file. Because
SQLite fires triggers for foreign-key actions too, a cascading delete is logged row by row and
its undo restores everything that went with it.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field

LOG_TABLE = "temp.kk_undolog"


@dataclass
class ChangeSet:
    """The inverse statements of one committed change, in the order they were logged."""

    statements: list[tuple[str, str]] = field(default_factory=list)

    @property
    def tables(self) -> frozenset[str]:
        """Names of the tables the change touched."""
        return frozenset(table for table, _ in self.statements)

    def __bool__(self) -> bool:
        return bool(self.statements)


def _columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [row[1] for row in conn.execute(f'PRAGMA main.table_info("{table}")')]


def install(conn: sqlite3.Connection, tables: list[str]) -> None:
    """Create the log table and the triggers for the given tables on this connection."""
    conn.execute(
        "CREATE TEMP TABLE IF NOT EXISTS kk_undolog "
        "(seq INTEGER PRIMARY KEY, tbl TEXT NOT NULL, stmt TEXT NOT NULL)"
    )
    for table in tables:
        cols = _columns(conn, table)
        col_list = ", ".join(f'"{c}"' for c in cols)
        old_values = "||','||".join(f'quote(old."{c}")' for c in cols)
        old_assign = "||','||".join(f"'\"{c}\"='||quote(old.\"{c}\")" for c in cols)
        conn.executescript(
            f"""
            CREATE TEMP TRIGGER IF NOT EXISTS kk_undo_{table}_ins AFTER INSERT ON main."{table}"
            BEGIN
              INSERT INTO kk_undolog(tbl, stmt) VALUES ('{table}',
                'DELETE FROM main."{table}" WHERE rowid='||new.rowid);
            END;
            CREATE TEMP TRIGGER IF NOT EXISTS kk_undo_{table}_upd AFTER UPDATE ON main."{table}"
            BEGIN
              INSERT INTO kk_undolog(tbl, stmt) VALUES ('{table}',
                'UPDATE main."{table}" SET '||{old_assign}||' WHERE rowid='||old.rowid);
            END;
            CREATE TEMP TRIGGER IF NOT EXISTS kk_undo_{table}_del BEFORE DELETE ON main."{table}"
            BEGIN
              INSERT INTO kk_undolog(tbl, stmt) VALUES ('{table}',
                'INSERT INTO main."{table}"(rowid,{col_list}) VALUES('
                ||old.rowid||','||{old_values}||')');
            END;
            """
        )


def clear(conn: sqlite3.Connection) -> None:
    """Forget what was logged (call at the start of each change)."""
    conn.execute(f"DELETE FROM {LOG_TABLE}")


def collect(conn: sqlite3.Connection) -> ChangeSet:
    """What was logged since the last clear, as a ChangeSet."""
    rows = conn.execute(f"SELECT tbl, stmt FROM {LOG_TABLE} ORDER BY seq").fetchall()
    return ChangeSet([(str(t), str(s)) for t, s in rows])


def apply_inverse(conn: sqlite3.Connection, change: ChangeSet) -> None:
    """Run a change's inverse statements newest first (inside an open transaction)."""
    # Restored rows may reference each other in any order; check keys at commit instead.
    conn.execute("PRAGMA defer_foreign_keys = ON")
    for _table, stmt in reversed(change.statements):
        conn.execute(stmt)
