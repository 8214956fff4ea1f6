"""Lists in the window follow Norwegian alphabetical order: … z, æ, ø, å."""

from __future__ import annotations

from pytestqt.qtbot import QtBot
from uihelpers import GUI

from kompetansekart.services import staff
from kompetansekart.ui.context import OfficeContext
from kompetansekart.ui.staff.view import StaffView

pytestmark = GUI


def test_staff_list_sorts_ae_oe_aa_after_z(qtbot: QtBot, ctx: OfficeContext) -> None:
    for name in ("Åse Arnesen", "Ørjan Arnesen", "Zara Ali", "Æsa Dahl", "anders Moe"):
        staff.add_person(ctx.office, staff.PersonFields(name))
    for team in ("Økonomi", "Åpen dør", "Marked"):
        staff.add_team(ctx.office, team)
    ctx.notify(frozenset())
    view = StaffView(ctx)
    qtbot.addWidget(view)
    view.show()
    names = [view.proxy.index(r, 0).data() for r in range(view.proxy.rowCount())]
    assert names == ["anders Moe", "Zara Ali", "Æsa Dahl", "Ørjan Arnesen", "Åse Arnesen"]
    teams = [view.team_filter.itemText(i) for i in range(view.team_filter.count())]
    assert [t for t in teams if t in ("Økonomi", "Åpen dør", "Marked")] == [
        "Marked", "Økonomi", "Åpen dør"]
