"""The plan view: periods, drafting from gaps, measures, marking done with a follow-up
assessment, priorities, goals, the PDF — each written to the file and undone."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from plan_fixtures import Built, populate
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot
from uihelpers import GUI, Modal, ok_button, read

from kompetansekart.domain.models import MeasureKind
from kompetansekart.domain.planning import suggest_periods
from kompetansekart.ui.context import OfficeContext
from kompetansekart.ui.plan.dialogs import PeriodDialog
from kompetansekart.ui.plan.followup import FollowUpDialog
from kompetansekart.ui.plan.view import PlanView

pytestmark = GUI


def make_view(qtbot: QtBot, ctx: OfficeContext) -> PlanView:
    view = PlanView(ctx)
    qtbot.addWidget(view)
    view.resize(1280, 760)
    view.show()
    return view


@pytest.fixture
def built(ctx: OfficeContext) -> Built:
    """Twelve people with assessments, periods 2025 and 2026 with two measures."""
    result = populate(ctx.office, staff=12)
    ctx.notify(frozenset())
    return result


def count(ctx: OfficeContext, table: str) -> int:
    return int(read(ctx.office.path, f"SELECT count(*) FROM {table}")[0][0])


def test_create_first_period_and_undo(qtbot: QtBot, ctx: OfficeContext) -> None:
    view = make_view(qtbot, ctx)
    assert view.stack.currentIndex() == 0  # «Ingen kompetanseplan ennå»
    dialog = PeriodDialog(ctx, None, view)
    qtbot.addWidget(dialog)
    assert dialog.name.text() == suggest_periods(date.today())[0][0]  # the first suggestion
    dialog.name.setText("1. halvår 2027")
    dialog.start.setText("01.01.2027")
    dialog.end.setText("30.06.2027")
    dialog.leader.setText("Liv Leder")
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert read(ctx.office.path, "SELECT name, start, \"end\", leader_name FROM planperiod") == [
        ("1. halvår 2027", "2027-01-01", "2027-06-30", "Liv Leder")]
    assert dialog.saved_id is not None
    view.show_period(dialog.saved_id)
    assert view.stack.currentIndex() == 1
    assert view.period is not None and view.period.name == "1. halvår 2027"
    assert ctx.undo_stack.undoText() == "Ny planperiode «1. halvår 2027»"
    ctx.undo_stack.undo()
    assert count(ctx, "planperiod") == 0
    assert view.stack.currentIndex() == 0


def test_period_dialog_shows_errors_next_to_the_field(qtbot: QtBot, ctx: OfficeContext) -> None:
    view = make_view(qtbot, ctx)
    dialog = PeriodDialog(ctx, None, view)
    qtbot.addWidget(dialog)
    dialog.end.setText("01.01.2020")
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "slutte før" in dialog.errors.message("end")
    assert count(ctx, "planperiod") == 0


def test_draft_from_gaps_accept_some_edit_one_and_undo(qtbot: QtBot, ctx: OfficeContext,
                                                       built: Built) -> None:
    view = make_view(qtbot, ctx)
    assert view.period is not None and view.period.name == "2026"
    before = count(ctx, "measure")
    dialog = view.draft_dialog()
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert len(dialog.items) >= 4
    kinds = {item.proposal.kind for item in dialog.items}
    assert MeasureKind.COUNTY_REQUEST.value in kinds  # nobody teaches some competences
    # Nothing is ticked until the leader says so.
    assert dialog.chosen() == []
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert count(ctx, "measure") == before
    # Discard the last, tick the first two and a county request, edit the second.
    dialog.table.setCurrentCell(len(dialog.items) - 1, 1)
    dialog.discard_selected()
    county_row = next(i for i, item in enumerate(dialog.items)
                      if item.proposal.is_county_request)
    for row in {0, 1, county_row}:
        dialog.set_checked(row, True)
    editor = dialog.edit_dialog(1)
    qtbot.addWidget(editor)
    editor.title.setText("Lærende møte om vår egen praksis")
    editor.hours.setValue(4.5)
    editor.accept()
    assert editor.result() == QDialog.DialogCode.Accepted
    dialog.replace(1, editor.result_fields)  # type: ignore[arg-type]
    assert count(ctx, "measure") == before  # editing a proposal writes nothing
    assert "forslag valgt" in dialog.summary.text()
    chosen = dialog.chosen()
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert count(ctx, "measure") == before + len(chosen)
    assert read(ctx.office.path, "SELECT hours_per_participant FROM measure WHERE title = ?",
                ("Lærende møte om vår egen praksis",)) == [(4.5,)]
    assert count(ctx, "countyrequest") == 1
    assert view.measures.measures_model.rowCount() == before + len(chosen)
    assert ctx.undo_stack.undoText() == f"Legg til {len(chosen)} tiltak fra utkast"
    ctx.undo_stack.undo()
    assert count(ctx, "measure") == before
    assert count(ctx, "countyrequest") == 0
    assert count(ctx, "measureparticipant") == int(read(
        ctx.office.path, "SELECT count(*) FROM measureparticipant")[0][0])
    assert view.measures.measures_model.rowCount() == before


def test_edit_measure_and_undo(qtbot: QtBot, ctx: OfficeContext, built: Built) -> None:
    view = make_view(qtbot, ctx)
    mid = built.measure_ids[0]
    assert view.measures.measures_table.select_id(mid)
    dialog = view.measures.measure_dialog(mid)
    qtbot.addWidget(dialog)
    assert dialog.title.text() == "Kurs i motiverende intervju"
    people_before = set(dialog.participants.checked())
    dialog.title.setText("Kurs i MI, del 1")
    dialog.hours.setValue(10)
    dialog.cost.setText("15 000")
    dialog.participants.set_checked([built.people[0]], on=False)
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert read(ctx.office.path, "SELECT title, hours_per_participant, cost FROM measure "
                "WHERE id = ?", (mid,)) == [("Kurs i MI, del 1", 10.0, 15000.0)]
    people = {p for (p,) in read(ctx.office.path, "SELECT person_id FROM measureparticipant "
                                 "WHERE measure_id = ?", (mid,))}
    assert people == people_before - {built.people[0]}
    assert view.measures.measures_table.selected_id() == mid  # the selection survives the refresh
    ctx.undo_stack.undo()
    assert read(ctx.office.path, "SELECT title, hours_per_participant, cost FROM measure "
                "WHERE id = ?", (mid,)) == [("Kurs i motiverende intervju", 15.0, 12000.0)]
    assert {p for (p,) in read(ctx.office.path, "SELECT person_id FROM measureparticipant "
                               "WHERE measure_id = ?", (mid,))} == people_before


def test_measure_form_refuses_bad_dates_and_cost(qtbot: QtBot, ctx: OfficeContext,
                                                 built: Built) -> None:
    view = make_view(qtbot, ctx)
    dialog = view.measures.measure_dialog()
    qtbot.addWidget(dialog)
    dialog.title.setText("Fagdag")
    dialog.start.setText("10.05.2026")
    dialog.end.setText("01.05.2026")
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    assert "slutte før" in dialog.errors.message("end")
    dialog.end.setText("10.05.2026")
    dialog.cost.setText("mye")
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    assert "Kostnaden" in dialog.errors.message("cost")
    assert count(ctx, "measure") == 2
    dialog.cost.setText("")
    dialog.kind.setCurrentIndex(dialog.kind.findData(MeasureKind.PROFESSIONAL_DAY.value))
    assert dialog.hours.value() == 7.5  # the kind's usual hours replace the untouched default
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert read(ctx.office.path, "SELECT kind, start FROM measure WHERE title = 'Fagdag'") == [
        ("professional_day", "2026-05-10")]


def test_mark_done_asks_for_follow_up_assessment_and_undo_reverts_both(
        qtbot: QtBot, ctx: OfficeContext, built: Built, modal: Modal) -> None:
    view = make_view(qtbot, ctx)
    mid = built.measure_ids[1]  # «Lærende møte om Folketrygdloven»
    comp = built.competences["Folketrygdloven"]
    measure = view.plan.measure(mid)
    first, second = measure.participant_ids[:2]
    assessments_before = count(ctx, "assessment")
    view.measures.measures_table.select_id(mid)
    assert view.measures.done_button.isEnabled()
    seen: list[FollowUpDialog] = []

    def fill(dialog: object) -> None:
        assert isinstance(dialog, FollowUpDialog)
        seen.append(dialog)
        dialog.combo(first, comp).setCurrentIndex(dialog.combo(first, comp).findData(4))
        dialog.combo(second, comp).setCurrentIndex(0)  # «–»: no new assessment
        dialog.evaluation.setPlainText("Gode diskusjoner om praksis")
        ok_button(dialog).click()

    modal.next(fill)
    view.measures.mark_done()
    assert seen, "the follow-up dialog did not open"
    entries = len(measure.participant_ids) - 1  # all but the one left at «–»
    assert count(ctx, "assessment") == assessments_before + entries
    assert read(ctx.office.path, "SELECT level, assessed_on, source FROM assessment WHERE "
                "person_id = ? AND competence_id = ? ORDER BY id DESC LIMIT 1",
                (first, comp)) == [(4, date.today().isoformat(), "leader")]
    assert read(ctx.office.path, "SELECT status, evaluation FROM measure WHERE id = ?",
                (mid,)) == [("done", "Gode diskusjoner om praksis")]
    assert ctx.analysis.current(first, comp) == 4
    # One undo step takes back both the status and the assessment round.
    assert ctx.undo_stack.undoText() == "Marker «Lærende møte om Folketrygdloven» som " \
        "gjennomført"
    ctx.undo_stack.undo()
    assert count(ctx, "assessment") == assessments_before
    assert read(ctx.office.path, "SELECT status, evaluation FROM measure WHERE id = ?",
                (mid,)) == [("planned", "")]
    ctx.undo_stack.redo()
    assert count(ctx, "assessment") == assessments_before + entries


def test_follow_up_refuses_a_future_date_and_writes_nothing(
        qtbot: QtBot, ctx: OfficeContext, built: Built) -> None:
    view = make_view(qtbot, ctx)
    dialog = view.measures.follow_up_dialog(view.plan.measure(built.measure_ids[0]))
    qtbot.addWidget(dialog)
    dialog.day.setText("01.01.2099")
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    assert "fremtiden" in dialog.errors.message("date")
    assert ctx.undo_stack.count() == 0
    assert read(ctx.office.path, "SELECT status FROM measure WHERE id = ?",
                (built.measure_ids[0],)) == [("planned",)]


def test_status_menu_and_delete_with_undo(qtbot: QtBot, ctx: OfficeContext, built: Built,
                                          modal: Modal) -> None:
    view = make_view(qtbot, ctx)
    mid = built.measure_ids[0]
    view.measures.measures_table.select_id(mid)
    view.measures.status_actions["cancelled"].trigger()
    assert read(ctx.office.path, "SELECT status FROM measure WHERE id = ?", (mid,)) == [
        ("cancelled",)]
    # A cancelled measure asks for no time.
    kari = view.hours.hours_model.rows[view.hours.hours_model.row_of(built.people[0]) or 0]
    assert kari.texts[3] == "30 t"
    modal.next(lambda box: next(b for b in box.buttons() if "Slett" in b.text()).click())
    view.measures.measures_table.select_id(mid)
    view.measures.delete_measure()
    assert count(ctx, "measure") == 1
    ctx.undo_stack.undo()
    ctx.undo_stack.undo()
    assert read(ctx.office.path, "SELECT status FROM measure WHERE id = ?", (mid,)) == [
        ("planned",)]


def test_hours_tab_flags_people_over_budget(qtbot: QtBot, ctx: OfficeContext,
                                            built: Built) -> None:
    view = make_view(qtbot, ctx)
    rows = {r.id: r for r in view.hours.hours_model.rows}
    kari = rows[built.people[0]]  # 45 hours asked, 20 available
    assert kari.warn and kari.texts[3:] == ("45 t", "20 t", "Over budsjett (+25 t)")
    assert not rows[built.people[-1]].warn
    assert "3 personer over timebudsjettet" in view.summary.text()
    assert view.tabs.tabText(2) == "Timer per person (3 over)"


def test_priorities_ranked_and_undone(qtbot: QtBot, ctx: OfficeContext, built: Built) -> None:
    view = make_view(qtbot, ctx)
    for name in ("Modia", "Folketrygdloven"):
        dialog = view.priorities.priority_dialog()
        qtbot.addWidget(dialog)
        dialog.competence.setCurrentIndex(dialog.competence.findData(built.competences[name]))
        dialog.rationale.setPlainText(f"Styringsbrev: {name}")
        qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    rows = read(ctx.office.path, "SELECT rank, rationale FROM priority ORDER BY rank")
    assert rows == [(1, "Styringsbrev: Modia"), (2, "Styringsbrev: Folketrygdloven")]
    view.priorities.priorities_table.select_id(view.priorities.priorities_model.rows[1].id)
    view.priorities.move_priority(-1)
    assert read(ctx.office.path, "SELECT rationale FROM priority ORDER BY rank")[0] == (
        "Styringsbrev: Folketrygdloven",)
    # The draft now starts with the top priority.
    dialog = view.draft_dialog()
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert dialog.items[0].proposal.competence_id == built.competences["Folketrygdloven"]
    ctx.undo_stack.undo()
    assert read(ctx.office.path, "SELECT rationale FROM priority ORDER BY rank")[0] == (
        "Styringsbrev: Modia",)


def test_development_goal_for_a_person(qtbot: QtBot, ctx: OfficeContext,
                                       built: Built) -> None:
    view = make_view(qtbot, ctx)
    view.show_target({"person_id": built.people[1]})
    assert view.tabs.currentIndex() == view.TAB_KEYS.index("goals")
    assert view.goals.selected_person_id() == built.people[1]
    dialog = view.goals.goal_dialog()
    assert dialog is not None
    qtbot.addWidget(dialog)
    dialog.competence.setCurrentIndex(dialog.competence.findData(built.competences["Modia"]))
    dialog.level.setCurrentIndex(dialog.level.findData(3))
    dialog.due.setText("01.03.2027")
    dialog.measures.set_checked([built.measure_ids[0]])
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    assert read(ctx.office.path, "SELECT person_id, target_level, due FROM developmentgoal") == [
        (built.people[1], 3, "2027-03-01")]
    assert read(ctx.office.path, "SELECT measure_id FROM goalmeasure") == [
        (built.measure_ids[0],)]
    assert view.goals.goals_model.rowCount() == 1
    assert view.goals.people_list.currentItem().text().endswith("(1 mål)")
    ctx.undo_stack.undo()
    assert count(ctx, "developmentgoal") == 0


def test_save_office_plan_pdf_from_the_view(qtbot: QtBot, ctx: OfficeContext, built: Built,
                                            tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    view = make_view(qtbot, ctx)
    opened: list[object] = []
    monkeypatch.setattr("kompetansekart.ui.plan.pdf.QDesktopServices.openUrl",
                        lambda url: opened.append(url))
    target = tmp_path / "plan"
    asked: list[str] = []

    def ask(title: str, suggestion: str) -> str:
        asked.append(suggestion)
        return str(target)

    monkeypatch.setattr(view.pdf_button, "ask_path", ask)
    assert view.pdf_button.defaultAction() is view.pdf_button.office_action
    view.pdf_button.office_action.trigger()
    assert asked == ["Kompetanseplan 2026 NAV Testby.pdf"]
    written = tmp_path / "plan.pdf"
    assert view.pdf_button.last_pdf == written and written.exists()
    text = " ".join((p.extract_text() or "") for p in PdfReader(written).pages)
    assert "Kompetanseplan" in text and "Kurs i motiverende intervju" in text
    assert opened == []  # no desktop to open it on in the tests
    view.goals.select_person(built.people[0])
    view.pdf_button.person_action.trigger()
    assert "Kari Nordmann" in (PdfReader(written).pages[0].extract_text() or "")


def test_view_follows_changes_made_elsewhere(qtbot: QtBot, ctx: OfficeContext,
                                             built: Built) -> None:
    from kompetansekart.services import plans

    view = make_view(qtbot, ctx)
    ctx.apply(plans.add_request, built.period_id, None, "Regional fagdag om IPS", 3)
    assert view.requests.requests_model.rowCount() == 1
    assert view.tabs.tabText(5) == "Bestillinger til fylket (1)"
    view.show_target({"measure_id": built.measure_ids[1]})
    assert view.measures.measures_table.selected_id() == built.measure_ids[1]


def test_effect_tab_compares_with_the_previous_period(qtbot: QtBot, ctx: OfficeContext,
                                                      built: Built) -> None:
    view = make_view(qtbot, ctx)
    assert view.effect.effect_model.rowCount() == 0  # computed when the tab is shown
    view.show_tab("effect")
    assert view.effect.effect_model.rowCount() > 0
    assert "Sammenlignet med «2025»" in view.effect.effect_note.text()
    assert "gap er lukket" in view.effect.effect_note.text()
    gaps = [row.sort[6] for row in view.effect.effect_model.rows]
    assert min(gaps) < 0  # the fixture's second round closed gaps


def test_choosing_a_buddy_opens_the_person_under_staff(qtbot: QtBot, ctx: OfficeContext,
                                                      built: Built) -> None:
    from datetime import timedelta

    from kompetansekart.services import staff

    ctx.apply(staff.add_person, staff.PersonFields(
        "Nina Ny", start_date=date.today() - timedelta(days=30), role_ids=[1]))
    newcomer = int(read(ctx.office.path, "SELECT id FROM person WHERE name = 'Nina Ny'")[0][0])
    view = make_view(qtbot, ctx)
    view.show_tab("new_staff")
    assert not view.new_staff.buddy_button.isEnabled()
    assert view.new_staff.new_staff_table.select_id(newcomer)
    with qtbot.waitSignal(view.navigate) as signal:
        qtbot.mouseClick(view.new_staff.buddy_button, Qt.MouseButton.LeftButton)
    assert signal.args == ["staff", {"person_id": newcomer}]
