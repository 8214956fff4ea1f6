"""Make tests/data/office_v1.kkart: a small demo office at schema version 1.

The file is a frozen fixture: it is committed once and never regenerated, so every later schema
version is tested against a real old file. Run this only while SCHEMA_VERSION is 1:

    /work/venv/bin/python tests/data/make_office_v1.py
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from kompetansekart.demo import generate
from kompetansekart.storage import schema

TARGET = Path(__file__).resolve().parent / "office_v1.kkart"


def main() -> int:
    """Write the fixture (refuses when the program's schema has moved on)."""
    if schema.SCHEMA_VERSION != 1:
        print("The schema is no longer version 1: keep the committed file.", file=sys.stderr)
        return 1
    TARGET.unlink(missing_ok=True)
    generate(TARGET, staff=5, seed=7, today=date(2026, 11, 27))
    print(f"wrote {TARGET}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
