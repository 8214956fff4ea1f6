"""Checks of what a leader types, with Norwegian messages that say how to fix it."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
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


def format_date(day: date | None) -> str:
    """A date as the program writes it everywhere: «27.11.2026» ("" for none)."""
    return f"{day:%d.%m.%Y}" if day else ""


def names_list(names: Sequence[str], limit: int = 6) -> str:
    """«Kari, Ola og Per», or «Kari, Ola … og 12 til» for long lists."""
    if not names:
        return ""
    if len(names) > limit:
        return f"{', '.join(names[:limit])} og {len(names) - limit} til"
    if len(names) == 1:
        return names[0]
    return f"{', '.join(names[:-1])} og {names[-1]}"


def find_person(people: Iterable[tuple[int, str]], name: str) -> int:
    """The id of the person called `name` among (id, name) pairs, for `--person` options.

    Case and spacing do not matter; a part of a name that fits exactly one person is enough.
    Otherwise a Norwegian refusal, with the near matches as a hint.
    """
    wanted = " ".join(name.split()).lower()
    everyone = list(people)
    matches = [pid for pid, full in everyone if " ".join(full.split()).lower() == wanted]
    if matches:
        return matches[0]
    partial = [(pid, full) for pid, full in everyone if wanted and wanted in full.lower()]
    if len(partial) == 1:
        return partial[0][0]
    hint = (f" Mente du {names_list([full for _, full in partial], 4)}?" if partial else "")
    raise ValidationError(f"Finner ingen person som heter «{name.strip()}».{hint}", "person")
