"""Shared pieces of the write path."""

from __future__ import annotations

from typing import Any

from sqlmodel import Session, SQLModel, col, func, select

from kompetansekart.storage.errors import ValidationError


def ensure_unique(session: Session, model: type[SQLModel], name: str, message: str,
                  exclude_id: int | None = None, field: str = "name") -> None:
    """Refuse a name that another row of the same table already has (case-insensitive)."""
    column: Any = model.name  # type: ignore[attr-defined]
    stmt = select(model).where(func.lower(column) == name.lower())
    if exclude_id is not None:
        stmt = stmt.where(col(model.id) != exclude_id)  # type: ignore[attr-defined]
    if session.exec(stmt).first() is not None:
        raise ValidationError(message, field)


def require(session: Session, model: type[SQLModel], row_id: int, what: str) -> Any:
    """Fetch a row or raise a ValidationError naming what is missing."""
    row = session.get(model, row_id)
    if row is None:
        raise ValidationError(f"{what} finnes ikke lenger (kanskje slettet).")
    return row
