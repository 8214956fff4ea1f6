"""«Deling med fylket»: the preview is exactly what is saved, the full copy warns, requests,
the k setting, catalogue import and the log."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton
from pytestqt.qtbot import QtBot
from uihelpers import GUI, Modal, ok_button, read

from kompetansekart.services import catalogue
from kompetansekart.storage.officefile import OfficeFile
from kompetansekart.ui.context import OfficeContext
from kompetansekart.ui.plan.dialogs import RequestDialog
from kompetansekart.ui.sharing.view import SharingView, SummaryPreviewDialog

pytestmark = GUI
NAMES = ("Kari Nordmann", "Ola Hansen", "Nina Berg", "Per Ny")


def make_view(qtbot: QtBot, ctx: OfficeContext) -> SharingView:
    view = SharingView(ctx)
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.show()
    return view


def test_preview_shows_exactly_what_is_saved(qtbot: QtBot, ctx: OfficeContext,
                                             staffed: dict[str, int], modal: Modal,
                                             tmp_path: Path) -> None:
    view = make_view(qtbot, ctx)
    target = tmp_path / "til-fylket.kkdel"
    asked: list[str] = []

    def ask(_parent: Any, _title: str, suggested: str, _filters: str) -> str:
        asked.append(suggested)
        return str(target)

    view.ask_save_path = ask
    seen: list[SummaryPreviewDialog] = []

    def accept_preview(dialog: Any) -> None:
        assert isinstance(dialog, SummaryPreviewDialog)
        seen.append(dialog)
        qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)

    modal.next(accept_preview)
    qtbot.mouseClick(view.summary_button, Qt.MouseButton.LeftButton)
    assert seen, "the preview was not shown"
    preview = seen[0]
    saved = target.read_bytes()
    assert saved == preview.data
    assert preview.raw.toPlainText() == saved.decode("utf-8")
    shown = preview.readable.toPlainText()
    assert "NAV Testby" in shown and "Motiverende intervju" in shown
    # «Laget» in Norwegian form (27.11.2026 14:05), not ISO.
    assert re.search(r"Laget\s*\d\d\.\d\d\.\d{4} \d\d:\d\d", shown), shown[:300]
    for name in NAMES:
        assert name not in shown and name.encode() not in saved
    assert asked[0].endswith(".kkdel") and "NAV-Testby" in asked[0]
    # The export is recorded in the file and listed in the log.
    assert read(ctx.office.path, "SELECT kind, file_name FROM sharerecord") == [
        ("summary", "til-fylket.kkdel")]
    assert view.log_model.rows[0][1] == "Anonym oppsummering"
    assert view.log_model.rows[0][2] == "til-fylket.kkdel"


def test_cancelled_preview_saves_nothing(qtbot: QtBot, ctx: OfficeContext,
                                         staffed: dict[str, int], modal: Modal) -> None:
    view = make_view(qtbot, ctx)
    view.ask_save_path = lambda *_a: (_ for _ in ()).throw(AssertionError("asked for a path"))
    modal.next(lambda dialog: dialog.reject())
    qtbot.mouseClick(view.summary_button, Qt.MouseButton.LeftButton)
    assert read(ctx.office.path, "SELECT count(*) FROM sharerecord") == [(0,)]


def test_k_setting_changes_the_preview_and_can_be_undone(qtbot: QtBot, ctx: OfficeContext,
                                                         staffed: dict[str, int]) -> None:
    view = make_view(qtbot, ctx)
    assert view.k_spin.value() == 3
    view.k_spin.setValue(5)
    assert read(ctx.office.path, "SELECT value FROM setting WHERE key = 'share_k'") == [("5",)]
    assert "«<5»" in view.k_hint.text()
    preview = view.build_preview()
    qtbot.addWidget(preview)
    doc = json.loads(preview.data)
    assert doc["k"] == 5 and doc["staff"] == "<5"  # four people: hidden under k = 5
    ctx.undo_stack.undo()
    assert read(ctx.office.path, "SELECT value FROM setting WHERE key = 'share_k'") == [("3",)]
    assert view.k_spin.value() == 3


def test_full_copy_warns_and_writes_a_consistent_copy(qtbot: QtBot, ctx: OfficeContext,
                                                      staffed: dict[str, int], modal: Modal,
                                                      tmp_path: Path) -> None:
    view = make_view(qtbot, ctx)
    assert "navn og vurderinger" in view.full_warning.text()
    assert view.full_warning.isVisible()
    target = tmp_path / "full.kkart"
    view.ask_save_path = lambda *_a: str(target)
    texts: list[str] = []

    def confirm(box: Any) -> None:
        assert isinstance(box, QMessageBox)
        texts.append(box.text() + " " + box.informativeText())
        yes = next(b for b in box.findChildren(QPushButton) if "full kopi" in b.text())
        yes.click()

    modal.next(confirm)
    qtbot.mouseClick(view.full_button, Qt.MouseButton.LeftButton)
    assert "navnene på alle ansatte" in texts[0]
    copy = OfficeFile.open(target, readonly=True, make_backup=False)
    try:
        assert {r[0] for r in copy.query("SELECT name FROM person")} == set(NAMES)
    finally:
        copy.close()
    assert read(ctx.office.path, "SELECT kind FROM sharerecord") == [("full",)]


def test_requests_add_edit_delete(qtbot: QtBot, ctx: OfficeContext, staffed: dict[str, int],
                                  modal: Modal) -> None:
    view = make_view(qtbot, ctx)

    def fill(dialog: Any) -> None:
        assert isinstance(dialog, RequestDialog)
        dialog.competence.setCurrentIndex(dialog.competence.findData(staffed["comp_mi"]))
        dialog.text.setPlainText("Kurs i motiverende intervju for tre veiledere")
        dialog.count.setValue(3)
        qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)

    modal.next(fill)
    qtbot.mouseClick(view.requests.add_request_button, Qt.MouseButton.LeftButton)
    assert read(ctx.office.path, "SELECT text, people_count, competence_id FROM countyrequest"
                ) == [("Kurs i motiverende intervju for tre veiledere", 3, staffed["comp_mi"])]
    assert view.requests.requests_model.rows[0].texts[:3] == (
        "Motiverende intervju", "Kurs i motiverende intervju for tre veiledere", "3")
    # The request travels in the summary.
    preview = view.build_preview()
    qtbot.addWidget(preview)
    assert "Kurs i motiverende intervju for tre veiledere" in preview.readable.toPlainText()
    view.requests.requests_table.select_id(view.requests.requests_model.rows[0].id)
    assert view.requests.delete_request_button.isEnabled()
    qtbot.mouseClick(view.requests.delete_request_button, Qt.MouseButton.LeftButton)
    assert read(ctx.office.path, "SELECT count(*) FROM countyrequest") == [(0,)]
    assert view.requests.requests_model.rows == []
    ctx.undo_stack.undo()
    assert len(view.requests.requests_model.rows) == 1


def test_catalogue_import_adds_and_updates_with_consent(qtbot: QtBot, ctx: OfficeContext,
                                                        tmp_path: Path) -> None:
    county = OfficeFile.create(tmp_path / "fylke.kkart", "NAV Fylke")
    try:
        cat = county.query("SELECT id FROM category WHERE name = 'Helse og arbeid'")[0][0]
        catalogue.add_competence(county, cat, "Rus og avhengighet")
        modia = county.query("SELECT id FROM competence WHERE name = 'Modia'")[0][0]
        catalogue.update_competence(county, modia, name="Modia arbeidsflate")
        from kompetansekart.services import sharing

        sharing.export_catalogue(county, tmp_path / "katalog.json")
    finally:
        county.close()
    view = make_view(qtbot, ctx)
    dialog = view.catalogue_dialog(tmp_path / "katalog.json")
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert [i.name for i in dialog.plan.additions] == ["Rus og avhengighet"]
    assert dialog.updates.count() == 1 and "Modia arbeidsflate" in dialog.updates.item(0).text()
    assert dialog.accepted_keys() == []  # consent is never assumed
    assert view.import_catalogue(dialog.doc, dialog.accepted_keys())
    names = {r[0] for r in read(ctx.office.path, "SELECT name FROM competence")}
    assert "Rus og avhengighet" in names and "Modia" in names
    dialog.updates.item(0).setCheckState(Qt.CheckState.Checked)
    assert view.import_catalogue(dialog.doc, dialog.accepted_keys())
    names = {r[0] for r in read(ctx.office.path, "SELECT name FROM competence")}
    assert "Modia arbeidsflate" in names and "Modia" not in names


def test_refused_catalogue_file_is_explained(qtbot: QtBot, ctx: OfficeContext, modal: Modal,
                                             tmp_path: Path) -> None:
    view = make_view(qtbot, ctx)
    bad = tmp_path / "katalog.json"
    bad.write_text('{"format": "kompetansekart-katalog", "version": 3}', encoding="utf-8")
    messages: list[str] = []

    def close(box: Any) -> None:
        messages.append(box.text())
        box.accept()

    modal.next(close)
    assert view.catalogue_dialog(bad) is None
    assert "nyere versjon" in messages[0]


def test_new_requests_go_to_the_same_period_the_plan_shows(qtbot: QtBot, ctx: OfficeContext
                                                           ) -> None:
    # Two future periods and none running: the plan and the sharing view once picked
    # different ones (the next one vs. the latest one). Both now use one rule.
    from datetime import date, timedelta

    from kompetansekart.services import plans
    from kompetansekart.storage.plan_reader import load_plan
    from kompetansekart.ui.plan.view import PlanView

    today = date.today()
    near = ctx.apply(plans.add_period, plans.PeriodFields(
        "Neste", today + timedelta(days=30), today + timedelta(days=200))).created_id
    ctx.apply(plans.add_period, plans.PeriodFields(
        "Senere", today + timedelta(days=400), today + timedelta(days=700)))
    assert load_plan(ctx.office).current_period(today).id == near  # type: ignore[union-attr]
    view = make_view(qtbot, ctx)
    assert view.requests.period_id == near
    plan = PlanView(ctx)
    qtbot.addWidget(plan)
    assert plan.period_id == near
