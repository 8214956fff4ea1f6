"""Roles and catalogue views: edits reach the file, refusals write nothing, undo restores."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from uihelpers import GUI, read

from kompetansekart.ui.catalogue import view as catalogue_view
from kompetansekart.ui.catalogue.view import CatalogueView, CategoryNode, CompetenceNode
from kompetansekart.ui.context import OfficeContext
from kompetansekart.ui.roles import view as roles_view
from kompetansekart.ui.roles.view import RolesView

pytestmark = GUI


def roles(qtbot: QtBot, ctx: OfficeContext) -> RolesView:
    view = RolesView(ctx)
    qtbot.addWidget(view)
    view.resize(1200, 700)
    view.show()
    return view


def requirement_row(view: RolesView, competence_id: int) -> int:
    for row in range(view.req_proxy.rowCount()):
        if view.req_proxy.index(row, 0).data(roles_view.ID_ROLE) == competence_id:
            return row
    raise AssertionError(competence_id)


def test_edit_role_mandate_and_target_level_then_undo(qtbot: QtBot, ctx: OfficeContext,
                                                      staffed: dict[str, int]) -> None:
    view = roles(qtbot, ctx)
    path = ctx.office.path
    role_id = staffed["role_veileder"]
    view.select_role(role_id)
    assert view.name.text() == "Veileder"
    before = read(path, "SELECT competence_id, level FROM rolerequirement WHERE role_id = ? "
                  "ORDER BY competence_id", (role_id,))
    comp = staffed["comp_mi"]
    view.description.setPlainText("Følger opp brukere; fast kontaktperson.")
    # Type a level straight into the row of the competence.
    view.table.setCurrentIndex(view.req_proxy.index(requirement_row(view, comp), 0))
    qtbot.keyClick(view.table, Qt.Key.Key_4)
    assert view.is_dirty()
    assert view.save_button.isEnabled()
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)

    assert read(path, "SELECT description FROM role WHERE id = ?", (role_id,)) == [
        ("Følger opp brukere; fast kontaktperson.",)]
    assert read(path, "SELECT level FROM rolerequirement WHERE role_id = ? AND "
                "competence_id = ?", (role_id, comp)) == [(4,)]
    assert not view.is_dirty()

    # Delete removes a requirement.
    view.table.setCurrentIndex(view.req_proxy.index(requirement_row(view, comp), 0))
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    view.save()
    assert read(path, "SELECT count(*) FROM rolerequirement WHERE role_id = ? AND "
                "competence_id = ?", (role_id, comp)) == [(0,)]

    ctx.undo_stack.undo()
    ctx.undo_stack.undo()
    assert read(path, "SELECT competence_id, level FROM rolerequirement WHERE role_id = ? "
                "ORDER BY competence_id", (role_id,)) == before
    assert view.description.toPlainText() != "Følger opp brukere; fast kontaktperson."


def test_duplicate_role_name_shown_next_to_field_nothing_written(
        qtbot: QtBot, ctx: OfficeContext, staffed: dict[str, int]) -> None:
    view = roles(qtbot, ctx)
    view.select_role(staffed["role_veileder"])
    view.name.setText("fadder")
    view._edited()
    assert not view.save()
    assert "Det finnes allerede en rolle som heter «fadder»" in view.errors.message("name")
    assert read(ctx.office.path, "SELECT count(*) FROM role WHERE name = 'fadder'") == [(0,)]
    assert ctx.undo_stack.count() == 0
    # Choosing another role keeps the user on the refused draft.
    view.roles_list.setCurrentIndex(view.roles_model.index(0, 0))
    assert view.role_id == staffed["role_veileder"]
    view.discard()
    assert view.name.text() == "Veileder"


def test_switching_role_saves_the_draft(qtbot: QtBot, ctx: OfficeContext,
                                        staffed: dict[str, int]) -> None:
    view = roles(qtbot, ctx)
    view.select_role(staffed["role_veileder"])
    view.description.setPlainText("Nytt mandat")
    other = view.roles_model.index(0, 0)
    view.roles_list.setCurrentIndex(other)
    assert view.role_id == other.data(roles_view.ID_ROLE)
    assert view.roles_list.currentIndex().row() == 0
    assert read(ctx.office.path, "SELECT description FROM role WHERE id = ?",
                (staffed["role_veileder"],)) == [("Nytt mandat",)]


def test_delete_role_and_undo(qtbot: QtBot, ctx: OfficeContext, staffed: dict[str, int],
                              monkeypatch: pytest.MonkeyPatch) -> None:
    view = roles(qtbot, ctx)
    path = ctx.office.path
    role_id = staffed["role_veileder"]
    asked: list[str] = []
    monkeypatch.setattr(roles_view, "confirm",
                        lambda _p, _t, text, _y, info="": asked.append(text + info) or True)
    view.select_role(role_id)
    qtbot.mouseClick(view.delete_button, Qt.MouseButton.LeftButton)
    assert "3 personer har rollen" in asked[0]
    assert read(path, "SELECT count(*) FROM role WHERE id = ?", (role_id,)) == [(0,)]
    assert read(path, "SELECT count(*) FROM personrole WHERE role_id = ?", (role_id,)) == [(0,)]
    assert role_id not in [r[0] for r in view.roles_model.items]
    ctx.undo_stack.undo()
    assert read(path, "SELECT count(*) FROM personrole WHERE role_id = ?", (role_id,)) == [(3,)]


def catalogue(qtbot: QtBot, ctx: OfficeContext) -> CatalogueView:
    view = CatalogueView(ctx)
    qtbot.addWidget(view)
    view.resize(1200, 700)
    view.show()
    return view


def test_rename_move_tag_describe_competence_then_undo(qtbot: QtBot, ctx: OfficeContext,
                                                       staffed: dict[str, int]) -> None:
    view = catalogue(qtbot, ctx)
    path = ctx.office.path
    comp = staffed["comp_mi"]
    before = read(path, "SELECT name, category_id, component, description FROM competence "
                  "WHERE id = ?", (comp,))
    target_category = read(path, "SELECT id FROM category WHERE name = 'Inkludering'")[0][0]
    assert view.select("competence", comp)
    assert isinstance(view.current, CompetenceNode)
    view.competence_name.setText("Motiverende intervju (MI)")
    view.competence_category.setCurrentIndex(view.competence_category.findData(target_category))
    view.component.setCurrentIndex(view.component.findData("attitude"))
    view.competence_description.setPlainText("Samtaleteknikk for endring.")
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    assert read(path, "SELECT name, category_id, component, description FROM competence "
                "WHERE id = ?", (comp,)) == [("Motiverende intervju (MI)", target_category,
                                              "attitude", "Samtaleteknikk for endring.")]
    # The tree shows it under its new category and keeps it selected.
    index = view.model.find("competence", comp)
    assert index.parent().data() == "Inkludering"
    assert view.current is not None and view.current.id == comp
    ctx.undo_stack.undo()
    assert read(path, "SELECT name, category_id, component, description FROM competence "
                "WHERE id = ?", (comp,)) == before


def test_duplicate_competence_name_is_refused_next_to_field(
        qtbot: QtBot, ctx: OfficeContext, staffed: dict[str, int]) -> None:
    view = catalogue(qtbot, ctx)
    view.select("competence", staffed["comp_mi"])
    view.competence_name.setText("brukersamtalen")
    assert not view.save()
    assert "allerede et kompetanseområde" in view.errors.message("competence_name")
    assert read(ctx.office.path, "SELECT name FROM competence WHERE id = ?",
                (staffed["comp_mi"],)) == [("Motiverende intervju",)]


def test_delete_competence_warns_with_history_count_and_undo_restores(
        qtbot: QtBot, ctx: OfficeContext, staffed: dict[str, int],
        monkeypatch: pytest.MonkeyPatch) -> None:
    view = catalogue(qtbot, ctx)
    path = ctx.office.path
    comp = staffed["comp_samtale"]
    asked: list[str] = []
    monkeypatch.setattr(catalogue_view, "confirm",
                        lambda _p, _t, text, _y, info="": asked.append(text + " " + info)
                        or True)
    view.select("competence", comp)
    view.tree.setFocus()
    qtbot.keyClick(view.tree, Qt.Key.Key_Delete)
    assert "Brukersamtalen" in asked[0]
    assert "2 vurderinger i historikken slettes også" in asked[0]
    assert read(path, "SELECT count(*) FROM assessment WHERE competence_id = ?", (comp,)) == [
        (0,)]
    assert not view.model.find("competence", comp).isValid()
    ctx.undo_stack.undo()
    assert read(path, "SELECT count(*) FROM assessment WHERE competence_id = ?", (comp,)) == [
        (2,)]
    assert view.model.find("competence", comp).isValid()


def test_category_add_rename_and_delete_warning(qtbot: QtBot, ctx: OfficeContext,
                                                staffed: dict[str, int],
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    view = catalogue(qtbot, ctx)
    path = ctx.office.path
    ctx.apply(catalogue_view.catalogue.add_category, "Ledelse")
    cat_id = read(path, "SELECT id FROM category WHERE name = 'Ledelse'")[0][0]
    assert view.select("category", cat_id)
    assert isinstance(view.current, CategoryNode)
    view.category_name.setText("Ledelse og styring")
    assert view.save()
    assert read(path, "SELECT name FROM category WHERE id = ?", (cat_id,)) == [
        ("Ledelse og styring",)]
    veiledning = read(path, "SELECT id FROM category WHERE name = 'Veiledning'")[0][0]
    asked: list[str] = []
    monkeypatch.setattr(catalogue_view, "confirm",
                        lambda _p, _t, text, _y, info="": asked.append(text + " " + info)
                        or False)
    view.select("category", veiledning)
    view.delete_selected()
    assert "6 kompetanseområder" in asked[0]
    assert "4 vurderinger" in asked[0]  # the round of three and Kari's self-assessment
    assert read(path, "SELECT count(*) FROM category WHERE id = ?", (veiledning,)) == [(1,)]


def test_scale_label_edit_and_refusal(qtbot: QtBot, ctx: OfficeContext) -> None:
    view = catalogue(qtbot, ctx)
    path = ctx.office.path
    model = view.scale_model
    assert model.setData(model.index(4, 1), "Ekspert")
    assert read(path, "SELECT label FROM scalelevel WHERE level = 4") == [("Ekspert",)]
    assert not model.setData(model.index(4, 1), "   ")
    assert "kan ikke være tomt" in view.scale_error.text()
    assert read(path, "SELECT label FROM scalelevel WHERE level = 4") == [("Ekspert",)]
    ctx.undo_stack.undo()
    assert read(path, "SELECT label FROM scalelevel WHERE level = 4") == [("Kan lære bort",)]
