"""«Oversikt»: the first view — the office at a glance, each entry a way to act on it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kompetansekart.domain.analysis import DISAGREEMENT_LEVELS, Analysis
from kompetansekart.domain.collation import sort_key
from kompetansekart.ui.common.forms import fmt_date
from kompetansekart.ui.context import OfficeContext
from kompetansekart.ui.views import LazyView

#: How many entries a section shows before «Vis alle».
SHOWN = 6

CARD_STYLE = """
QFrame#card { background: palette(base); border: 1px solid #d0d7de; border-radius: 8px; }
QLabel#cardTitle { font-size: 12pt; font-weight: 600; }
QLabel#statValue { font-size: 20pt; font-weight: 600; }
QLabel#statLabel, QLabel#muted { color: #57606a; }
QFrame#entry { border: none; border-radius: 6px; background: transparent; }
QFrame#entry:hover { background: #eef3fb; }
QFrame#entry[focused="true"] { background: #dbe7fb; }
"""

BADGES = {
    "red": "background: #fde7e9; color: #8c1d18; border-radius: 9px; padding: 1px 8px;",
    "orange": "background: #fff1dc; color: #7a4a00; border-radius: 9px; padding: 1px 8px;",
    "blue": "background: #e3edfb; color: #0b3f86; border-radius: 9px; padding: 1px 8px;",
    "grey": "background: #eef0f2; color: #3b434b; border-radius: 9px; padding: 1px 8px;",
}


@dataclass(frozen=True)
class Item:
    """One clickable line of a section: where it leads and how it reads."""

    title: str
    detail: str
    view: str
    target: dict[str, int]
    badge: str = ""
    badge_color: str = "grey"


class Entry(QFrame):
    """A focusable, clickable line (mouse, Enter or Space) with an optional badge."""

    def __init__(self, item: Item, activate: Callable[[Item], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item = item
        self._activate = activate
        self.setObjectName("entry")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        spoken = ", ".join(t for t in (item.title, item.badge, item.detail) if t)
        self.setAccessibleName(spoken)
        self.setAccessibleDescription(self.tr("Trykk Enter for å gå dit"))
        self.setToolTip(spoken)
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 8, 4)
        text = QVBoxLayout()
        text.setSpacing(0)
        title = QLabel(item.title)
        title.setTextFormat(Qt.TextFormat.PlainText)
        text.addWidget(title)
        if item.detail:
            detail = QLabel(item.detail)
            detail.setObjectName("muted")
            detail.setTextFormat(Qt.TextFormat.PlainText)
            detail.setWordWrap(True)
            text.addWidget(detail)
        row.addLayout(text, 1)
        if item.badge:
            badge = QLabel(item.badge)
            badge.setStyleSheet(BADGES.get(item.badge_color, BADGES["grey"]))
            badge.setTextFormat(Qt.TextFormat.PlainText)
            row.addWidget(badge, 0, Qt.AlignmentFlag.AlignVCenter)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        """Follow the entry on a left click."""
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
                event.position().toPoint()):
            self._activate(self.item)
        else:
            super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Follow the entry on Enter or Space."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self._activate(self.item)
        else:
            super().keyPressEvent(event)

    def focusInEvent(self, event: object) -> None:  # type: ignore[override]
        """Highlight while focused (for keyboard users)."""
        self._set_focused(True)
        super().focusInEvent(event)  # type: ignore[arg-type]

    def focusOutEvent(self, event: object) -> None:  # type: ignore[override]
        """Remove the highlight."""
        self._set_focused(False)
        super().focusOutEvent(event)  # type: ignore[arg-type]

    def _set_focused(self, on: bool) -> None:
        self.setProperty("focused", "true" if on else "false")
        self.style().unpolish(self)
        self.style().polish(self)


class Section(QFrame):
    """A card with a title, a short explanation and its entries."""

    def __init__(self, title: str, explanation: str, items: list[Item], empty: str,
                 activate: Callable[[Item], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.setAccessibleName(title)
        self.items = items
        self._activate = activate
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(2)
        head = QLabel(f"{title} ({len(items)})" if items else title)
        head.setObjectName("cardTitle")
        layout.addWidget(head)
        if explanation:
            note = QLabel(explanation)
            note.setObjectName("muted")
            note.setWordWrap(True)
            layout.addWidget(note)
        self.entries: list[Entry] = []
        self._list = QVBoxLayout()
        self._list.setSpacing(0)
        layout.addLayout(self._list)
        if not items:
            blank = QLabel(empty)
            blank.setObjectName("muted")
            blank.setWordWrap(True)
            layout.addWidget(blank)
        for item in items[:SHOWN]:
            self._add(item)
        self.more: QPushButton | None = None
        if len(items) > SHOWN:
            self.more = QPushButton(self.tr("Vis alle {n}").format(n=len(items)))
            self.more.setAccessibleName(self.tr("Vis alle i {title}").format(title=title))
            self.more.setFlat(True)
            self.more.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
            self.more.clicked.connect(self.show_all)
            layout.addWidget(self.more)
        layout.addStretch(1)

    def _add(self, item: Item) -> None:
        entry = Entry(item, self._activate, self)
        self.entries.append(entry)
        self._list.addWidget(entry)

    def show_all(self) -> None:
        """Expand the card to every entry."""
        for item in self.items[len(self.entries):]:
            self._add(item)
        if self.more is not None:
            self.more.hide()


class StatCard(QFrame):
    """A big number with a label (staff count, teams, …)."""

    def __init__(self, value: str, label: str, detail: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.setAccessibleName(f"{label}: {value}")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 8, 14, 8)
        layout.setSpacing(0)
        number = QLabel(value)
        number.setObjectName("statValue")
        text = QLabel(label)
        text.setObjectName("statLabel")
        layout.addWidget(number)
        layout.addWidget(text)
        if detail:
            extra = QLabel(detail)
            extra.setObjectName("muted")
            layout.addWidget(extra)


class OverviewView(LazyView):
    """Staff, teams, top needs, vulnerable competences, new staff, stale assessments and
    disagreements; each entry emits `navigate` to the view where it can be acted on."""

    navigate = Signal(str, dict)

    def __init__(self, ctx: OfficeContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setAccessibleName(self.tr("Oversikt"))
        self.setStyleSheet(CARD_STYLE)
        self.sections: dict[str, Section] = {}
        self._dirty = True
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setAccessibleName(self.tr("Oversikt over kontoret"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroll_area)
        ctx.changed.connect(self._changed)
        self.refresh()

    # -- refreshing ----------------------------------------------------------------------

    def _changed(self, _tables: frozenset[str]) -> None:
        # Everything here depends on nearly every table; rebuild when seen.
        self.refresh_when_shown()

    def refresh(self) -> None:
        """Rebuild every card from the current analysis."""
        self._dirty = False
        data = self.ctx.data
        analysis = self.ctx.analysis
        content = QWidget()
        content.setAccessibleName(self.tr("Oversikt over kontoret"))
        outer = QVBoxLayout(content)
        outer.setContentsMargins(16, 12, 16, 16)
        outer.setSpacing(12)
        title = QLabel(f"<h2 style='margin:0'>{_escape(data.office_name)}</h2>")
        title.setAccessibleName(data.office_name)
        outer.addWidget(title)
        outer.addLayout(self._stats(analysis))

        grid = QGridLayout()
        grid.setSpacing(12)
        self.sections = {
            "needs": Section(
                self.tr("Største behov"),
                self.tr("Kompetanser der flest mangler opp mot målet for rollene sine."),
                self._needs(analysis), self.tr("Ingen mangler opp mot målene."),
                self._follow),
            "vulnerable": Section(
                self.tr("Sårbar kompetanse"),
                self.tr("Kontoret trenger dette, men bare én person eller ingen kan det."),
                self._vulnerable(analysis), self.tr("Ingen kompetanse hviler på én person."),
                self._follow),
            "new_staff": Section(
                self.tr("Nye ansatte og «Ny i NAV»"),
                self.tr("«Ny i NAV» skal være gjennomført innen seks måneder etter start."),
                self._new_staff(analysis), self.tr("Ingen nyansatte venter på «Ny i NAV»."),
                self._follow),
            "teams": Section(
                self.tr("Team"), "", self._teams(analysis),
                self.tr("Ingen team er registrert ennå."), self._follow),
            "stale": Section(
                self.tr("Vurderinger som bør fornyes"),
                self.tr("Siste ledervurdering er eldre enn {n} måneder.").format(
                    n=data.stale_months),
                self._stale(analysis), self.tr("Alle vurderinger er ferske."), self._follow),
            "disagreements": Section(
                self.tr("Uenighet mellom egenvurdering og leder"),
                self.tr("Forskjell på {n} nivåer eller mer: verdt en prat i "
                        "medarbeidersamtalen.").format(n=DISAGREEMENT_LEVELS),
                self._disagreements(analysis),
                self.tr("Egenvurderingene stemmer med ledervurderingene."), self._follow),
        }
        order = ("needs", "vulnerable", "new_staff", "teams", "stale", "disagreements")
        for index, key in enumerate(order):
            grid.addWidget(self.sections[key], index // 2, index % 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        outer.addLayout(grid)
        outer.addStretch(1)
        old = self.scroll_area.takeWidget()
        self.scroll_area.setWidget(content)
        if old is not None:
            old.deleteLater()

    def _stats(self, analysis: Analysis) -> QHBoxLayout:
        data = analysis.data
        active = len(analysis.people)
        left = len(data.people) - active
        required = assessed = 0
        for person in analysis.people:
            for comp_id in analysis.competence_ids:
                target = analysis.target(person.id, comp_id)
                if target:
                    required += 1
                    if analysis.current(person.id, comp_id) is not None:
                        assessed += 1
        share = f"{round(100 * assessed / required)} %" if required else "–"
        vulnerable = len(analysis.vulnerable())
        row = QHBoxLayout()
        row.setSpacing(12)
        self.stat_cards = [
            StatCard(str(active), self.tr("ansatte"),
                     self.tr("+ {n} som har sluttet").format(n=left) if left else ""),
            StatCard(str(len(data.teams)), self.tr("team")),
            StatCard(str(len(data.competences)), self.tr("kompetanseområder")),
            StatCard(share, self.tr("av kravene er kartlagt"),
                     self.tr("{a} av {r} vurdert").format(a=assessed, r=required)
                     if required else ""),
            StatCard(str(vulnerable), self.tr("sårbare kompetanser")),
        ]
        for card in self.stat_cards:
            row.addWidget(card, 1)
        return row

    # -- the sections --------------------------------------------------------------------

    def _names(self) -> tuple[dict[int, str], dict[int, str]]:
        data = self.ctx.data
        return ({p.id: p.name for p in data.people},
                {c.id: c.name for c in data.competences})

    def _needs(self, analysis: Analysis) -> list[Item]:
        items = []
        # Every need: the card shows the first few and counts them all («Vis alle N»).
        for need in analysis.needs():
            parts = []
            if need.people_with_gap:
                parts.append(self.tr("{n} under målet").format(n=need.people_with_gap))
            if need.unknown_gaps:
                parts.append(self.tr("{n} ikke vurdert").format(n=need.unknown_gaps))
            items.append(Item(need.name, ", ".join(parts), "matrix",
                              {"competence_id": need.competence_id},
                              self.tr("mangler {n} nivå").format(n=need.total_gap)
                              if need.total_gap else "", "orange"))
        return items

    def _vulnerable(self, analysis: Analysis) -> list[Item]:
        people, _ = self._names()
        items = []
        for cov in sorted(analysis.vulnerable(), key=lambda c: (c.covered_by, c.name)):
            if cov.covered_by == 0:
                badge, color = self.tr("ingen kan dette"), "red"
                detail = self.tr("Kreves på nivå {level}").format(level=cov.required_level)
            else:
                badge, color = self.tr("bare én person kan dette"), "orange"
                detail = self.tr("{name} — kreves på nivå {level}").format(
                    name=people.get(cov.holders[0], "?"), level=cov.required_level)
            items.append(Item(cov.name, detail, "experts",
                              {"competence_id": cov.competence_id}, badge, color))
        return items

    def _new_staff(self, analysis: Analysis) -> list[Item]:
        people, _ = self._names()
        items = []
        left = {p.id for p in self.ctx.data.people if not p.active}
        for new in analysis.new_staff():
            buddy = people.get(new.buddy_id) if new.buddy_id is not None else None
            detail = self.tr("Startet {start}").format(start=fmt_date(new.start_date))
            if new.buddy_id in left:  # a buddy who has left is no buddy
                buddy = None
            detail += (self.tr(" · fadder: {name}").format(name=buddy) if buddy
                       else self.tr(" · mangler fadder"))
            if new.overdue:
                badge, color = self.tr("forfalt {due}").format(due=fmt_date(new.due)), "red"
            else:
                badge, color = self.tr("frist {due}").format(due=fmt_date(new.due)), "blue"
            items.append(Item(new.name, detail, "staff", {"person_id": new.person_id},
                              badge, color))
        return items

    def _teams(self, analysis: Analysis) -> list[Item]:
        counts: dict[int | None, int] = {}
        for person in analysis.people:
            counts[person.team_id] = counts.get(person.team_id, 0) + 1
        items = [Item(name, "", "staff", {"team_id": team_id},
                      self.tr("{n} ansatte").format(n=counts.get(team_id, 0)), "grey")
                 for team_id, name in sorted(analysis.data.teams.items(),
                                             key=lambda t: sort_key(t[1]))]
        if counts.get(None):
            items.append(Item(self.tr("Uten team"), "", "staff", {"team_id": -1},
                              self.tr("{n} ansatte").format(n=counts[None]), "grey"))
        return items

    def _stale(self, analysis: Analysis) -> list[Item]:
        people, comps = self._names()
        return [Item(f"{people.get(s.person_id, '?')} — {comps.get(s.competence_id, '?')}",
                     self.tr("Sist vurdert {date}").format(date=fmt_date(s.assessed_on)),
                     "matrix", {"person_id": s.person_id, "competence_id": s.competence_id},
                     self.tr("{n} mnd").format(n=s.age_days // 30), "grey")
                for s in analysis.stale()]

    def _disagreements(self, analysis: Analysis) -> list[Item]:
        people, comps = self._names()
        items = []
        for d in analysis.disagreements():
            detail = self.tr("Egenvurdering {own}, leder {leader}").format(
                own=d.self_level, leader=d.leader_level)
            badge = (self.tr("vurderer seg høyere") if d.difference > 0
                     else self.tr("vurderer seg lavere"))
            items.append(Item(f"{people.get(d.person_id, '?')} — "
                              f"{comps.get(d.competence_id, '?')}", detail, "matrix",
                              {"person_id": d.person_id, "competence_id": d.competence_id},
                              badge, "orange" if d.difference > 0 else "blue"))
        return items

    def _follow(self, item: Item) -> None:
        self.navigate.emit(item.view, dict(item.target))


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
