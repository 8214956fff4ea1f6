"""OfficeContext: the one place a view's failed change is shown; services give back new ids."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget
from uihelpers import GUI, Modal, read

from kompetansekart.services import plans, staff
from kompetansekart.ui.context import OfficeContext

pytestmark = GUI


def test_run_shows_a_refused_change_once_and_saves_nothing(ctx: OfficeContext,
                                                           modal: Modal) -> None:
    shown: list[tuple[str, str]] = []

    def close(widget: QWidget) -> None:
        assert isinstance(widget, QMessageBox)
        shown.append((widget.windowTitle(), widget.text()))
        widget.accept()

    staff.add_team(ctx.office, "Marked")
    modal.next(close)
    assert ctx.run(None, staff.add_team, "Marked") is None
    assert len(shown) == 1
    assert shown[0][0] == "Endringen ble ikke lagret"
    assert "Marked" in shown[0][1]
    assert ctx.undo_stack.count() == 0
    assert read(ctx.office.path, "SELECT count(*) FROM team WHERE name = 'Marked'") == [(1,)]


def test_run_returns_the_change_when_saved(ctx: OfficeContext) -> None:
    change = ctx.run(None, staff.add_team, "Oppfølging")
    assert change is not None
    assert ctx.undo_stack.count() == 1


def test_services_give_back_the_new_rows_id(ctx: OfficeContext) -> None:
    person = ctx.apply(staff.add_person, staff.PersonFields("Kari Nordmann"))
    assert person.created_id is not None
    assert read(ctx.office.path, "SELECT name FROM person WHERE id = ?", (person.created_id,)
                ) == [("Kari Nordmann",)]
    period = ctx.apply(plans.add_period, plans.PeriodFields("2026", "01.01.2026", "31.12.2026"))
    assert period.created_id == plans.new_period_id(ctx.office, "2026")
