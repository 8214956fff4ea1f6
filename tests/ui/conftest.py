"""Fixtures for window tests: a QApplication-safe context, a staffed office, modal dialogs."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

import pytest
from PySide6.QtWidgets import QApplication
from uihelpers import Modal

from kompetansekart.services import assessments, staff
from kompetansekart.storage.officefile import OfficeFile
from kompetansekart.ui.context import OfficeContext


@pytest.fixture
def ctx(qapp: QApplication, office: OfficeFile) -> Iterator[OfficeContext]:
    """An OfficeContext over the `office` fixture (closed by that fixture)."""
    context = OfficeContext(office)
    yield context
    context.undo_stack.clear()
    context.deleteLater()


@pytest.fixture
def staffed(ctx: OfficeContext) -> dict[str, int]:
    """Two teams, four people with roles, a new employee and some assessments.

    Returns the ids by short name. Written through the services, not through the undo stack.
    """
    office = ctx.office
    staff.add_team(office, "Oppfølging")
    staff.add_team(office, "Marked")
    teams = dict(office.query("SELECT name, id FROM team"))
    roles = dict(office.query("SELECT name, id FROM role"))
    comps = dict(office.query("SELECT name, id FROM competence"))
    today = date.today()
    people = {
        "kari": staff.PersonFields("Kari Nordmann", "Veileder", teams["Oppfølging"],
                                   start_date=date(2015, 3, 1), role_ids=[roles["Veileder"]]),
        "ola": staff.PersonFields("Ola Hansen", "Markedskontakt", teams["Marked"],
                                  employment="municipal", start_date=date(2019, 8, 12),
                                  role_ids=[roles["Veileder"]]),
        "nina": staff.PersonFields("Nina Berg", "Rådgiver", teams["Oppfølging"],
                                   start_date=date(2010, 1, 4)),
        "ny": staff.PersonFields("Per Ny", "Veileder", teams["Oppfølging"],
                                 start_date=today - timedelta(days=40),
                                 role_ids=[roles["Veileder"]]),
    }
    ids: dict[str, int] = {}
    for key, fields in people.items():
        staff.add_person(office, fields)
        ids[key] = int(office.query("SELECT id FROM person WHERE name = ?",
                                    (fields.name,))[0][0])
    ids["team_oppfolging"] = int(teams["Oppfølging"])
    ids["team_marked"] = int(teams["Marked"])
    ids["comp_mi"] = int(comps["Motiverende intervju"])
    ids["comp_samtale"] = int(comps["Brukersamtalen"])
    ids["role_veileder"] = int(roles["Veileder"])
    assessments.record_round(office, [
        assessments.Entry(ids["kari"], ids["comp_mi"], 4),
        assessments.Entry(ids["kari"], ids["comp_samtale"], 3),
        assessments.Entry(ids["ola"], ids["comp_mi"], 1),
    ], on=today - timedelta(days=30))
    assessments.record(office, ids["kari"], ids["comp_samtale"], 1, source="self",
                       on=today - timedelta(days=20))
    ctx.notify(frozenset())
    return ids


@pytest.fixture
def modal(qapp: QApplication) -> Modal:
    """Drive modal dialogs opened with exec()."""
    return Modal()
