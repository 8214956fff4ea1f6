"""Checks of what a leader types, with Norwegian messages that say how to fix it."""

from __future__ import annotations

from datetime import date

from kompetansekart.domain.errors import ValidationError

MIN_DATE = date(1950, 1, 1)
MAX_DATE = date(2100, 12, 31)


def clean_name(value: str, what: str = "Navnet", field: str = "name", max_length: int = 120) -> str:
    """Strip a name; refuse an empty or overly long one."""
    cleaned = " ".join((value or "").split())
    if not cleaned:
        raise ValidationError(f"{what} kan ikke være tomt.", field)
    if len(cleaned) > max_length:
        raise ValidationError(f"{what} kan ha høyst {max_length} tegn.", field)
    return cleaned


def check_level(level: int | None, field: str = "level", allow_none: bool = True) -> int | None:
    """A level must be a whole number 0-4 (or None for «ikke vurdert» where allowed)."""
    if level is None:
        if allow_none:
            return None
        raise ValidationError("Velg et nivå fra 0 til 4.", field)
    if isinstance(level, bool) or not isinstance(level, int) or not 0 <= level <= 4:
        raise ValidationError(f"Nivået må være et helt tall fra 0 til 4 (fikk «{level}»).", field)
    return level


def parse_date(value: str | date | None, what: str = "Datoen", field: str = "date",
               required: bool = False) -> date | None:
    """Accept a date or text in dd.mm.åååå or åååå-mm-dd; refuse impossible dates."""
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            raise ValidationError(f"{what} må fylles ut.", field)
        return None
    if isinstance(value, date):
        result = value
    else:
        text = value.strip()
        try:
            if "." in text:
                day, month, year = (int(part) for part in text.split("."))
                result = date(year, month, day)
            else:
                result = date.fromisoformat(text)
        except ValueError as exc:
            raise ValidationError(
                f"{what} «{text}» er ikke en gyldig dato. Skriv for eksempel 31.01.2026.", field
            ) from exc
    if not MIN_DATE <= result <= MAX_DATE:
        raise ValidationError(
            f"{what} {result:%d.%m.%Y} er utenfor det mulige ({MIN_DATE.year}–{MAX_DATE.year}).",
            field,
        )
    return result


def check_hours(value: float, what: str = "Timer", field: str = "hours") -> float:
    """Hours must be a number from 0 to 2000."""
    try:
        hours = float(value)
    except (TypeError, ValueError) as exc:
        raise ValidationError(f"{what} må være et tall.", field) from exc
    if not 0 <= hours <= 2000:
        raise ValidationError(f"{what} må være mellom 0 og 2000.", field)
    return hours
