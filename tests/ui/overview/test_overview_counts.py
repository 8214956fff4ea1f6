"""Overview: the numbers on the cards agree with the analysis."""

from __future__ import annotations

from datetime import date

from pytestqt.qtbot import QtBot
from uihelpers import GUI

from kompetansekart.services import catalogue, staff
from kompetansekart.ui.context import OfficeContext
from kompetansekart.ui.overview.view import OverviewView

pytestmark = GUI


def test_needs_card_counts_every_need_and_shows_all_of_them(qtbot: QtBot,
                                                           ctx: OfficeContext) -> None:
    # One role requiring twelve competences and one unassessed holder: twelve needs.
    office = ctx.office
    comps = [int(cid) for (cid,) in office.query("SELECT id FROM competence ORDER BY id")][:12]
    catalogue.add_role(office, "Alt-mulig-veileder", "", {cid: 2 for cid in comps})
    role_id = int(office.query("SELECT id FROM role WHERE name = 'Alt-mulig-veileder'")[0][0])
    staff.add_person(office, staff.PersonFields("Kari Nordmann", role_ids=[role_id]))
    ctx.notify(frozenset())
    assert len(ctx.analysis.needs()) == 12

    view = OverviewView(ctx)
    qtbot.addWidget(view)
    view.show()
    needs = view.sections["needs"]
    assert len(needs.items) == 12
    assert needs.more is not None and needs.more.text() == "Vis alle 12"
    needs.show_all()
    assert [e.item.title for e in needs.entries] == [n.name for n in ctx.analysis.needs()]


def test_new_staff_whose_buddy_has_left_lack_a_buddy(qtbot: QtBot, ctx: OfficeContext) -> None:
    office = ctx.office
    staff.add_person(office, staff.PersonFields("Fadder Fadderud"))
    buddy = int(office.query("SELECT id FROM person WHERE name = 'Fadder Fadderud'")[0][0])
    staff.add_person(office, staff.PersonFields("Ny Nyberg", start_date=date.today(),
                                                buddy_id=buddy))
    staff.set_active(office, buddy, False)
    ctx.notify(frozenset())
    view = OverviewView(ctx)
    qtbot.addWidget(view)
    (entry,) = view.sections["new_staff"].items
    assert entry.detail.endswith(" · mangler fadder")
    # The plan's «Nyansatte» tab: no buddy shown, and it asks for one.
    from kompetansekart.storage.plan_reader import load_plan
    from kompetansekart.ui.plan.rows import new_staff_rows

    rows, _overdue = new_staff_rows(ctx.analysis, load_plan(office))
    (row,) = rows
    assert row.texts[4] == "–"
    assert "mangler fadder" in row.texts[6]
