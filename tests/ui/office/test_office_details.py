"""«Kontoropplysninger»: the office's name and details can be changed and undone."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot
from uihelpers import GUI, read

from kompetansekart.services.office import OfficeFields, office_fields, update_office
from kompetansekart.storage.errors import ValidationError
from kompetansekart.storage.officefile import OfficeFile
from kompetansekart.ui.context import OfficeContext
from kompetansekart.ui.office.dialogs import OfficeDetailsDialog

pytestmark = GUI


def test_dialog_writes_details_and_undo_restores(qtbot: QtBot, ctx: OfficeContext) -> None:
    dialog = OfficeDetailsDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.name.text() == "NAV Testby"
    dialog.name.setText("NAV  Hamar")
    dialog.region.setText("Hedmarken")
    dialog.leader.setText("Liv Leder")
    dialog.stale.setValue(18)
    dialog.accept()
    path = ctx.office.path
    assert read(path, "SELECT name, region, leader_name FROM office") == [
        ("NAV Hamar", "Hedmarken", "Liv Leder")]
    assert read(path, "SELECT value FROM setting WHERE key='stale_months'") == [("18",)]
    assert ctx.data.stale_months == 18
    ctx.undo_stack.undo()
    assert read(path, "SELECT name, leader_name FROM office") == [("NAV Testby", "")]
    assert read(path, "SELECT value FROM setting WHERE key='stale_months'") == [("12",)]


def test_empty_name_is_shown_next_to_field_and_nothing_written(
        qtbot: QtBot, ctx: OfficeContext) -> None:
    dialog = OfficeDetailsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.name.setText("   ")
    dialog.accept()
    assert "tomt" in dialog.errors.message("name")
    assert read(ctx.office.path, "SELECT name FROM office") == [("NAV Testby",)]
    assert ctx.undo_stack.count() == 0


def test_service_refuses_impossible_stale_limit(office: OfficeFile) -> None:
    with pytest.raises(ValidationError) as err:
        update_office(office, OfficeFields("NAV Testby", stale_months=0))
    assert err.value.field == "stale_months"
    assert office_fields(office).stale_months == 12
