"""«Hvem kan hva»: who holds a competence (best first, freshness) and what a person can teach."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot
from uihelpers import GUI

from kompetansekart.services import assessments, staff
from kompetansekart.ui.context import OfficeContext
from kompetansekart.ui.experts.view import AGE, LEVEL, NAME, ExpertsView, age_text

pytestmark = GUI

TODAY = date.today()


@pytest.fixture
def ids(ctx: OfficeContext) -> dict[str, int]:
    """Six people with different standing in «Modia»; Anne can teach two competences."""
    office = ctx.office
    roles = dict(office.query("SELECT name, id FROM role"))
    comps = dict(office.query("SELECT name, id FROM competence"))
    names = {"anne": "Anne Berg", "bjorn": "Bjørn Dahl", "cecilie": "Cecilie Eik",
             "dina": "Dina Fjeld", "erik": "Erik Gran", "frida": "Frida Holm"}
    for key, name in names.items():
        staff.add_person(office, staff.PersonFields(
            name, role_ids=[roles["Veileder"]] if key in ("erik", "cecilie") else []))
    people = dict(office.query("SELECT name, id FROM person"))
    result = {key: people[name] for key, name in names.items()}
    modia, samtale = comps["Modia"], comps["Brukersamtalen"]
    result.update(modia=modia, samtale=samtale, salesforce=comps["Salesforce"])
    record = assessments.record
    record(office, result["anne"], modia, 4, on=TODAY - timedelta(days=20))
    record(office, result["bjorn"], modia, 4, on=TODAY - timedelta(days=500))  # stale
    record(office, result["cecilie"], modia, 2, on=TODAY - timedelta(days=70))
    record(office, result["frida"], modia, 0, on=TODAY - timedelta(days=10))
    record(office, result["dina"], modia, 3, source="self", on=TODAY)  # self only
    record(office, result["anne"], samtale, 4, on=TODAY - timedelta(days=5))
    record(office, result["cecilie"], samtale, 1, on=TODAY - timedelta(days=5))
    # Erik (Veileder) has no assessment at all: an unknown gap in Modia and Brukersamtalen.
    ctx.notify(frozenset())
    return result


@pytest.fixture
def view(qtbot: QtBot, ctx: OfficeContext, ids: dict[str, int]) -> Iterator[ExpertsView]:
    """The view shown offscreen."""
    widget = ExpertsView(ctx)
    qtbot.addWidget(widget)
    widget.resize(1400, 900)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget


def column(view: ExpertsView, col: int) -> list[str]:
    """One column of the holders table as shown."""
    model = view.holders
    return [str(model.data(model.index(r, col))) for r in range(model.rowCount())]


def test_holders_best_first_with_unassessed_last(view: ExpertsView, ids: dict[str, int]) -> None:
    view.show_target({"competence_id": ids["modia"]})
    assert view.competence_id == ids["modia"]
    assert column(view, NAME) == ["Anne Berg", "Bjørn Dahl", "Cecilie Eik", "Frida Holm",
                                  "Dina Fjeld", "Erik Gran"]
    assert column(view, LEVEL) == ["4 Kan lære bort", "4 Kan lære bort", "2 Selvstendig",
                                   "0 Ingen", "Ikke vurdert", "Ikke vurdert"]
    assert view.title.text() == "Hvem kan «Modia»?"
    assert view.summary.text() == ("2 kan lære bort · 2 på nivå 3 eller høyere · 2 ikke vurdert"
                                   " · 1 utdaterte vurderinger")


def test_freshness_is_shown_and_stale_assessments_flagged(
        view: ExpertsView, ids: dict[str, int]) -> None:
    view.show_target({"competence_id": ids["modia"]})
    ages = column(view, AGE)
    assert ages[0] == "20 dager"
    assert ages[1].startswith("1 år 4 mnd") and ages[1].endswith("utdatert")
    assert ages[2] == "2 mnd"
    assert ages[4:] == ["", ""]
    assert view.holders.holder(1).stale and not view.holders.holder(0).stale


def test_hiding_the_unassessed(view: ExpertsView, ids: dict[str, int]) -> None:
    view.show_target({"competence_id": ids["modia"]})
    view.show_unassessed.click()
    assert column(view, NAME) == ["Anne Berg", "Bjørn Dahl", "Cecilie Eik", "Frida Holm"]
    view.show_unassessed.click()
    assert len(column(view, NAME)) == 6


def test_search_finds_a_competence_and_enter_picks_it(
        qtbot: QtBot, view: ExpertsView, ids: dict[str, int]) -> None:
    view.search.setFocus()
    QTest.keyClicks(view.search, "sales")
    proxy = view.catalogue_proxy
    shown = [proxy.index(r, 0).data() for r in range(proxy.rowCount())]
    assert shown == ["Digitale verktøy"]
    assert proxy.rowCount(proxy.index(0, 0)) == 1
    QTest.keyClick(view.search, Qt.Key.Key_Return)
    assert view.competence_id == ids["salesforce"]
    assert view.title.text() == "Hvem kan «Salesforce»?"
    # A category name shows all its competences.
    view.search.setText("digitale")
    assert proxy.rowCount(proxy.index(0, 0)) == 5


def test_what_a_person_can_teach(view: ExpertsView, ids: dict[str, int]) -> None:
    view.show_target({"person_id": ids["anne"]})
    assert view.person_id == ids["anne"]
    teach = view.teach
    rows = [[teach.data(teach.index(r, c)) for c in (0, 3)] for r in range(teach.rowCount())]
    # Brukersamtalen: Cecilie (1 < 3) has a gap, Erik an unknown gap. Modia: Cecilie (2) meets
    # the Veileder target of 2, Erik has an unknown gap.
    assert rows == [["Brukersamtalen", "2 kolleger"], ["Modia", "1 kollega"]]
    assert "kan lære bort" in view.person_title.text()
    view.select_person(ids["cecilie"])
    assert teach.rowCount() == 0
    assert "ingen kompetanser på nivå 4" in view.person_title.text()


def test_selecting_a_holder_shows_what_they_can_teach(
        view: ExpertsView, ids: dict[str, int]) -> None:
    view.show_target({"competence_id": ids["modia"]})
    view.holders_view.selectRow(1)
    assert view.person_id == ids["bjorn"]
    assert view.person_combo.currentText() == "Bjørn Dahl"
    assert [view.teach.item(r).competence.name for r in range(view.teach.rowCount())] == ["Modia"]
    assert view.teach.item(0).stale


def test_double_click_and_enter_open_the_matrix_cell(
        qtbot: QtBot, view: ExpertsView, ids: dict[str, int]) -> None:
    view.show_target({"competence_id": ids["modia"]})
    table = view.holders_view
    rect = table.visualRect(view.holders.index(2, 0))
    with qtbot.waitSignal(view.navigate, timeout=1000) as signal:
        # A real double-click starts with a press; the view only acts on the pressed row.
        QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                         Qt.KeyboardModifier.NoModifier, rect.center())
        QTest.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton,
                          Qt.KeyboardModifier.NoModifier, rect.center())
    assert signal.args == ["matrix", {"person_id": ids["cecilie"],
                                      "competence_id": ids["modia"]}]
    table.setFocus()
    table.selectRow(0)
    with qtbot.waitSignal(view.navigate, timeout=1000) as signal:
        QTest.keyClick(table, Qt.Key.Key_Return)
    assert signal.args == ["matrix", {"person_id": ids["anne"], "competence_id": ids["modia"]}]


def test_changes_are_reflected(view: ExpertsView, ids: dict[str, int],
                               ctx: OfficeContext) -> None:
    view.show_target({"competence_id": ids["modia"]})
    ctx.apply(assessments.record, ids["erik"], ids["modia"], 3)
    assert column(view, NAME)[:3] == ["Anne Berg", "Bjørn Dahl", "Erik Gran"]
    assert view.competence_id == ids["modia"]
    ctx.undo_stack.undo()
    assert column(view, NAME)[-1] == "Erik Gran"


def test_controls_have_accessible_names(view: ExpertsView) -> None:
    for widget in (view.search, view.tree, view.show_unassessed, view.holders_view,
                   view.person_combo, view.teach_view):
        assert widget.accessibleName(), widget


@pytest.mark.parametrize(("days", "text"), [
    (0, "i dag"), (1, "1 dag"), (20, "20 dager"), (45, "1 mnd"), (400, "1 år 1 mnd"),
    (730, "2 år"),
])
def test_age_text(days: int, text: str) -> None:
    today = date(2026, 11, 27)
    assert age_text(today - timedelta(days=days), today) == text
