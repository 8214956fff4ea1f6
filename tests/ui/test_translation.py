"""The English translation: complete, in step with the code, compiled, and used by the window."""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kompetansekart.paths import resource_path
from kompetansekart.ui import app as app_module
from kompetansekart.ui.context import OfficeContext
from kompetansekart.ui.heatmap.view import HeatmapView
from kompetansekart.ui.main_window import MainWindow
from kompetansekart.ui.plan.view import PlanView
from kompetansekart.ui.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "kompetansekart_en.ts"
UI = ROOT / "kompetansekart" / "ui"
FIX = ("run packaging/update_translations.sh and fill in the English in "
       "resources/kompetansekart_en.ts")


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    forms: tuple[str, ...]  # one text, or the plural forms
    finished: bool


def messages() -> list[Message]:
    """Every message of the English .ts file."""
    found = []
    for context in ET.parse(TS).getroot().iter("context"):
        name = context.findtext("name") or ""
        for m in context.iter("message"):
            tr = m.find("translation")
            assert tr is not None
            forms = (tuple(f.text or "" for f in tr.findall("numerusform"))
                     if m.get("numerus") == "yes" else (tr.text or "",))
            found.append(Message(name, m.findtext("source") or "", forms,
                                 tr.get("type") is None))
    return found


def code_strings() -> set[tuple[str, str]]:
    """(context, text) of every literal string the window code hands to tr()/translate().

    self.tr() takes the enclosing class as context, as lupdate does. lupdate does not see a
    tr() inside an f-string, nor translate() whose count is not a plain name: such strings are
    found here but missing from the .ts file, so the test below names them.
    """
    found: set[tuple[str, str]] = set()

    class Finder(ast.NodeVisitor):
        def __init__(self) -> None:
            self.classes: list[str] = []

        def visit_ClassDef(self, node: ast.ClassDef) -> None:
            self.classes.append(node.name)
            self.generic_visit(node)
            self.classes.pop()

        def visit_Call(self, node: ast.Call) -> None:
            func, args = node.func, node.args
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            texts = [a.value for a in args[:2]
                     if isinstance(a, ast.Constant) and isinstance(a.value, str)]
            if (name == "tr" and isinstance(func, ast.Attribute) and self.classes
                    and args and isinstance(args[0], ast.Constant)
                    and isinstance(args[0].value, str)):
                found.add((self.classes[-1], args[0].value))
            elif name in ("translate", "QT_TRANSLATE_NOOP") and len(texts) == 2 == len(
                    args[:2]):
                found.add((texts[0], texts[1]))
            self.generic_visit(node)

    for path in sorted(UI.rglob("*.py")):
        Finder().visit(ast.parse(path.read_text(encoding="utf-8")))
    return found


def test_every_message_is_translated() -> None:
    all_messages = messages()
    assert len(all_messages) > 1000
    unfinished = [(m.context, m.source) for m in all_messages
                  if not m.finished or not all(f.strip() for f in m.forms)]
    assert not unfinished, f"{len(unfinished)} untranslated ({FIX}): {unfinished[:10]}"
    plurals = [m for m in all_messages if "%n" in m.source]
    assert plurals and all(len(m.forms) == 2 for m in plurals)


def test_every_string_in_the_code_is_in_the_translation() -> None:
    in_ts = {(m.context, m.source) for m in messages()}
    missing = sorted(code_strings() - in_ts)
    assert not missing, f"{FIX}; not in the .ts: {missing[:10]}"


def placeholders(text: str) -> list[str]:
    return sorted(re.findall(r"\{[^}]*\}|%\d|%n", text))


def mnemonics(text: str) -> int:
    return len(re.findall(r"&(?!&|[a-z]+;|#\d+;)", text.replace("&&", "")))


def test_translations_keep_placeholders_and_mnemonics() -> None:
    wrong = [(m.context, m.source, form) for m in messages() for form in m.forms
             if placeholders(form) != placeholders(m.source)
             or mnemonics(form) != mnemonics(m.source)]
    assert not wrong, wrong[:10]


@pytest.mark.gui
def test_compiled_translation_matches_the_source(qapp: QApplication) -> None:
    translator = QTranslator()
    assert translator.load(str(resource_path("kompetansekart_en.qm")))
    stale = []
    for m in messages():
        counts = (1, 2) if len(m.forms) == 2 else (-1,)
        got = tuple(translator.translate(m.context, m.source, None, n) for n in counts)
        if got != m.forms:
            stale.append((m.context, m.source))
    assert not stale, f"the .qm is older than the .ts ({FIX}): {stale[:5]}"


@pytest.mark.gui
@pytest.mark.qt_log_ignore("does not support propagateSizeHints")
def test_the_window_speaks_english(qtbot: QtBot, qapp: QApplication, ctx: OfficeContext,
                                   staffed: dict[str, int]) -> None:
    translators = app_module.install_translators(qapp, "en")
    try:
        assert len(translators) >= 1
        window = MainWindow(Settings(), remember=False)
        qtbot.addWidget(window)
        window.set_office(ctx.office)
        assert [a.text() for a in window.menuBar().actions()] == [
            "&File", "&Edit", "&View", "&County", "&Help"]
        titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
        assert titles == ["Overview", "Staff", "Roles", "Competence catalogue", "Assessment",
                          "Who knows what", "Heatmap", "Competence plan",
                          "Sharing with the county"]
        heatmap = window.show_view("heatmap")
        assert isinstance(heatmap, HeatmapView)
        assert heatmap.only_gaps.text() == "Only &gaps"
        plan = window.show_view("plan")
        assert isinstance(plan, PlanView)
        assert plan.first_period_button.text() == "Create the first p&lan period…"
        window.close()
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
        app_module.install_translators(qapp, "nb")
