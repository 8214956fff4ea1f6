"""«Kartlegging»: the assessment matrix where the leader types levels 0-4 straight into cells."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QDate,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QPointF,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QPen,
    QPolygonF,
    QShortcut,
    QShowEvent,
    QUndoCommand,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QRadioButton,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kompetansekart.domain.collation import sort_key
from kompetansekart.domain.models import Source
from kompetansekart.domain.validation import format_date
from kompetansekart.services import assessments
from kompetansekart.storage.errors import OfficeFileError, ValidationError
from kompetansekart.storage.officefile import Change
from kompetansekart.ui.context import OfficeContext
from kompetansekart.ui.matrix.history_panel import HistoryPanel
from kompetansekart.ui.matrix.model import CellState, MatrixFilter, MatrixModel

AnyIndex = QModelIndex | QPersistentModelIndex

#: Cell backgrounds by state; the numbers in the cell carry the same meaning for those who
#: cannot tell the colours apart.
STATE_COLOURS = {
    CellState.MEETS: QColor("#d5ebd7"),
    CellState.GAP_ONE: QColor("#fbe5ad"),
    CellState.GAP_MORE: QColor("#f4bcb3"),
    CellState.UNKNOWN: QColor("#ffffff"),
    CellState.NO_TARGET: QColor("#f1f2f4"),
    CellState.EMPTY: QColor("#ffffff"),
}
HATCH_COLOUR = QColor("#c4c8cf")
HATCH_BRUSH = QBrush(HATCH_COLOUR, Qt.BrushStyle.BDiagPattern)
MARKER_COLOUR = QColor("#2b6cb0")
TEXT_COLOUR = QColor("#1b1f24")
MUTED_COLOUR = QColor("#6b7280")
TARGET_TEXT_COLOUR = QColor("#4b5563")
UNKNOWN_TEXT_COLOUR = QColor("#8a4b00")
WHITE = QColor("#ffffff")
MARKER_DX = QPointF(7, 0)
MARKER_DY = QPointF(0, 7)
NO_PEN = Qt.PenStyle.NoPen
NO_BRUSH = Qt.BrushStyle.NoBrush
SELECTED = QStyle.StateFlag.State_Selected
HAS_FOCUS = QStyle.StateFlag.State_HasFocus
LEFT_MIDDLE = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
CENTRE = int(Qt.AlignmentFlag.AlignCenter)
#: Soft colours for the category bands, repeated when there are more categories.
CATEGORY_COLOURS = [QColor(c) for c in (
    "#dbe7f5", "#e7dff3", "#dff0e7", "#f6e6d6", "#f3dde3", "#e0eef0", "#ece8d6", "#e4e4e4")]

#: Keys that record a level; the keypad sends the same key codes.
LEVEL_KEYS = {Qt.Key.Key_0: 0, Qt.Key.Key_1: 1, Qt.Key.Key_2: 2, Qt.Key.Key_3: 3, Qt.Key.Key_4: 4}
CLEAR_KEYS = {Qt.Key.Key_Delete, Qt.Key.Key_Backspace}
BAD_KEYS = {Qt.Key.Key_5, Qt.Key.Key_6, Qt.Key.Key_7, Qt.Key.Key_8, Qt.Key.Key_9}

MOVE_RIGHT, MOVE_DOWN, MOVE_NONE = "right", "down", "none"
#: Item data of «Alle team» / «Alle roller»: never None in a combo (see MatrixModel.paint_info).
ALL = -1


def _combo_id(combo: QComboBox) -> int | None:
    """The id chosen in a filter combo, None for «alle»."""
    value = combo.currentData()
    return None if value is None or value == ALL else int(value)


def category_colour(index: int) -> QColor:
    """The band colour of the n-th category."""
    return CATEGORY_COLOURS[index % len(CATEGORY_COLOURS)]


class CellDelegate(QStyledItemDelegate):
    """Paints a cell: gap colour, «level/target», hatching for an unknown gap, self marker.

    Fonts, metrics and text widths are cached: the delegate runs for every visible cell.
    """

    def __init__(self, proxy: MatrixFilter, model: MatrixModel,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._proxy = proxy
        self._model = model
        self._font_key: tuple[str, float] | None = None
        self._bold = QFont()
        self._plain = QFont()
        self._small = QFont()
        self._widths: dict[tuple[int, str], int] = {}
        self._ascent = self._descent = 0

    def _fonts_for(self, base: QFont) -> None:
        key = (base.family(), base.pointSizeF())
        if key == self._font_key:
            return
        self._font_key = key
        self._plain = QFont(base)
        self._bold = QFont(base)
        self._bold.setBold(True)
        self._small = QFont(base)
        self._small.setPointSizeF(base.pointSizeF() * 0.85)
        self._widths.clear()
        fm = QFontMetrics(self._bold)
        self._ascent, self._descent = fm.ascent(), fm.descent()

    def _width(self, which: int, text: str) -> int:
        key = (which, text)
        width = self._widths.get(key)
        if width is None:
            font = (self._plain, self._bold, self._small)[which]
            width = self._widths[key] = QFontMetrics(font).horizontalAdvance(text)
        return width

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        source = self._proxy.mapToSource(self._proxy.index(index.row(), index.column()))
        if not source.isValid():
            super().paint(painter, option, index)
            return
        state, shown, target, other = self._model.paint_info(source.row(), source.column())
        rect: QRect = option.rect  # type: ignore[attr-defined]
        self._fonts_for(option.font)  # type: ignore[attr-defined]
        painter.save()
        painter.fillRect(rect, STATE_COLOURS[state])
        unknown = state == CellState.UNKNOWN
        if unknown:
            painter.fillRect(rect, HATCH_BRUSH)

        level_text = ("?" if unknown else "–") if shown is None else str(shown)
        target_text = f"/{target}" if target else ""
        level_font = 0 if shown is None else 1
        w_level = self._width(level_font, level_text)
        w_target = self._width(2, target_text) if target_text else 0
        x = rect.left() + (rect.width() - w_level - w_target) // 2
        baseline = rect.top() + (rect.height() + self._ascent - self._descent) // 2
        painter.setFont(self._bold if shown is not None else self._plain)
        painter.setPen(TEXT_COLOUR if shown is not None else MUTED_COLOUR)
        if unknown:
            # Keep the «?» readable over the hatching.
            painter.fillRect(QRect(x - 2, rect.top() + 4, w_level + w_target + 4,
                                   rect.height() - 8), WHITE)
            painter.setPen(UNKNOWN_TEXT_COLOUR)
        painter.drawText(QPoint(x, baseline), level_text)
        if target_text:
            painter.setFont(self._small)
            painter.setPen(TARGET_TEXT_COLOUR)
            painter.drawText(QPoint(x + w_level, baseline), target_text)

        if other is not None:
            # A small corner triangle: the other side (self or leader) has another level.
            top_right = QPointF(rect.right() + 1, rect.top())
            painter.setPen(NO_PEN)
            painter.setBrush(MARKER_COLOUR)
            painter.drawPolygon(QPolygonF([top_right, top_right - MARKER_DX,
                                           top_right + MARKER_DY]))

        flags = option.state  # type: ignore[attr-defined]
        selected = bool(flags & SELECTED)
        has_focus = bool(flags & HAS_FOCUS)
        if selected or has_focus:
            highlight = option.palette.highlight().color()  # type: ignore[attr-defined]
            if selected and not has_focus:
                overlay = QColor(highlight)
                overlay.setAlpha(60)
                painter.fillRect(rect, overlay)
            pen = QPen(highlight, 3 if has_focus else 1)
            pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
            painter.setPen(pen)
            painter.setBrush(NO_BRUSH)
            painter.drawRect(rect.adjusted(1, 1, -2, -2))
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        return QSize(40, 26)


class CategoryHeader(QHeaderView):
    """Column header: category bands on top, competence names rotated, a coverage bar below."""

    BAND = 24
    BAR = 5
    MAX_TEXT = 170

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.setDefaultSectionSize(40)
        self.setMinimumSectionSize(32)
        self.setSectionsClickable(True)
        self.setHighlightSections(False)
        self._current = -1
        self._text_length = 120
        self._matrix: MatrixModel | None = None

    def set_matrix(self, matrix: MatrixModel) -> None:
        """The source model the header reads categories and coverage from (columns map 1:1)."""
        self._matrix = matrix
        matrix.coverage_changed.connect(self._repaint_sections)

    def _repaint_sections(self, first: int, last: int) -> None:
        left = self.sectionViewportPosition(first)
        right = self.sectionViewportPosition(last) + self.sectionSize(last)
        self.viewport().update(QRect(left, 0, right - left, self.height()))

    def set_current(self, section: int) -> None:
        """Highlight the column of the current cell."""
        if section != self._current:
            previous, self._current = self._current, section
            for logical in (previous, section):
                if logical >= 0:
                    self._repaint_sections(logical, logical)

    def _name_font(self) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 0.92)
        return font

    def _lines(self, text: str, width: int, fm: QFontMetrics) -> list[str]:
        """Wrap a name into at most two lines of `width` pixels (eliding the rest)."""
        words = text.split()
        lines: list[str] = []
        current = ""
        for word in words:
            candidate = f"{current} {word}".strip()
            if not current or fm.horizontalAdvance(candidate) <= width:
                current = candidate
            else:
                lines.append(current)
                current = word
        if current:
            lines.append(current)
        if len(lines) > 2:
            lines = [lines[0], " ".join(lines[1:])]
        return [fm.elidedText(line, Qt.TextElideMode.ElideRight, width) for line in lines]

    def fit_to_names(self) -> None:
        """Make the header tall enough for the longest (wrapped) competence name."""
        fm = QFontMetrics(self._name_font())
        longest = 60
        if self._matrix is not None:
            for comp in self._matrix.competences():
                name = comp.name
                words = name.split()
                # Wrap at about the width of the longest word, but never past MAX_TEXT.
                widest_word = max((fm.horizontalAdvance(w) for w in words), default=0)
                whole = fm.horizontalAdvance(name)
                need = whole if whole <= max(widest_word, 110) else max(widest_word, whole // 2)
                longest = max(longest, min(need, self.MAX_TEXT))
        self._text_length = longest + 6
        self.updateGeometry()

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(hint.width(), self.BAND + self._text_length + self.BAR + 10)

    def paintSection(self, painter: QPainter, rect: QRect, logical: int) -> None:
        matrix = self._matrix
        if matrix is None or not rect.isValid() or logical >= matrix.columnCount():
            return
        painter.save()
        colour = category_colour(matrix.category_of(logical).index)
        body = QRect(rect.left(), rect.top() + self.BAND, rect.width(),
                     rect.height() - self.BAND)
        background = QColor(colour).lighter(106)
        if logical == self._current:
            background = self.palette().highlight().color().lighter(170)
        painter.fillRect(body, background)
        painter.setPen(QColor("#c0c4ca"))
        painter.drawLine(rect.topRight() + QPoint(0, self.BAND), rect.bottomRight())
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())

        comp = matrix.competence_at(logical)
        name = comp.name
        font = self._name_font()
        font.setBold(logical == self._current)
        fm = QFontMetrics(font)
        length = body.height() - self.BAR - 10
        lines = self._lines(name, length, fm)
        painter.setFont(font)
        painter.setPen(QColor("#1b1f24"))
        painter.translate(rect.left(), rect.bottom() - self.BAR - 4)
        painter.rotate(-90)
        # In the rotated frame x runs up the column and y across it.
        line_height = fm.height()
        total = line_height * len(lines)
        y = (rect.width() - total) // 2
        for line in lines:
            painter.drawText(QRect(2, y, length, line_height), LEFT_MIDDLE, line)
            y += line_height
        painter.restore()

        coverage = matrix.coverage(comp.id)
        if coverage is not None and coverage.with_target:
            bar = QRect(rect.left() + 3, rect.bottom() - self.BAR - 1, rect.width() - 6, self.BAR)
            painter.fillRect(bar, QColor("#f4bcb3"))
            share = coverage.meeting_target / coverage.with_target
            painter.fillRect(QRect(bar.left(), bar.top(), round(bar.width() * share),
                                   bar.height()), QColor("#3f8f4f"))

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        source = self._matrix
        if source is None:
            return
        painter = QPainter(self.viewport())
        font = QFont(self.font())
        font.setBold(True)
        painter.setFont(font)
        fm = QFontMetrics(font)
        dirty = event.rect()
        for span in source.spans():
            left = self.sectionViewportPosition(span.first)
            right = self.sectionViewportPosition(span.last) + self.sectionSize(span.last)
            if right < dirty.left() or left > dirty.right() or dirty.top() > self.BAND:
                continue
            band = QRect(left, 0, right - left, self.BAND)
            painter.fillRect(band, category_colour(span.index).darker(108))
            painter.setPen(QColor("#ffffff"))
            painter.drawLine(band.topRight(), band.bottomRight())
            painter.setPen(QColor("#1b1f24"))
            # Centre the name in the visible part of the band, so it stays readable when
            # the band is partly scrolled out.
            visible = band.intersected(QRect(0, 0, self.viewport().width(), self.BAND))
            text = fm.elidedText(span.category.name, Qt.TextElideMode.ElideRight,
                                 visible.width() - 8)
            painter.drawText(visible.adjusted(4, 0, -4, 0), CENTRE, text)
        painter.end()


class MatrixTable(QTableView):
    """The grid: digits 0-4 record a level without an editor; Delete clears it."""

    #: A level was typed (int 0-4, or None for «ikke vurdert»).
    level_typed = Signal(object)
    #: A digit outside the scale was typed.
    bad_key = Signal(str)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        key = Qt.Key(event.key())
        if mods == Qt.KeyboardModifier.NoModifier or mods == Qt.KeyboardModifier.ShiftModifier:
            if key in LEVEL_KEYS and mods == Qt.KeyboardModifier.NoModifier:
                self.level_typed.emit(LEVEL_KEYS[key])
                event.accept()
                return
            if key in CLEAR_KEYS:
                self.level_typed.emit(None)
                event.accept()
                return
            if key in BAD_KEYS:
                self.bad_key.emit(event.text())
                event.accept()
                return
        super().keyPressEvent(event)


class Legend(QWidget):
    """What the colours and marks mean."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items = [
            (STATE_COLOURS[CellState.MEETS], False, self.tr("Når målet")),
            (STATE_COLOURS[CellState.GAP_ONE], False, self.tr("Mangler 1")),
            (STATE_COLOURS[CellState.GAP_MORE], False, self.tr("Mangler 2+")),
            (STATE_COLOURS[CellState.UNKNOWN], True, self.tr("? Ukjent (mål, ikke vurdert)")),
            (STATE_COLOURS[CellState.EMPTY], False, self.tr("– Ikke vurdert")),
            (MARKER_COLOUR, False, self.tr("◥ Egenvurdering avviker")),
        ]
        self.setAccessibleName(self.tr("Tegnforklaring"))
        self.setToolTip(self.tr("Cellene viser nivå/mål. 0 er et nivå; – betyr ikke vurdert."))

    def set_self_mode(self, on: bool) -> None:
        """In self-assessment mode the corner mark means the leader's level differs."""
        text = (self.tr("◥ Leders vurdering avviker") if on
                else self.tr("◥ Egenvurdering avviker"))
        self._items[-1] = (MARKER_COLOUR, False, text)
        self.updateGeometry()
        self.update()

    def texts(self) -> list[str]:
        """The explanations, left to right."""
        return [text for _, _, text in self._items]

    def sizeHint(self) -> QSize:
        fm = self.fontMetrics()
        width = sum(fm.horizontalAdvance(text) + 30 for _, _, text in self._items)
        return QSize(width, fm.height() + 6)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        fm = self.fontMetrics()
        x = 0
        box = fm.height() - 2
        top = (self.height() - box) // 2
        for colour, hatch, text in self._items:
            swatch = QRect(x, top, box, box)
            painter.fillRect(swatch, colour)
            if hatch:
                painter.fillRect(swatch, HATCH_BRUSH)
            painter.setPen(QColor("#9ca3af"))
            painter.drawRect(swatch)
            painter.setPen(self.palette().text().color())
            painter.drawText(QRect(x + box + 5, 0, fm.horizontalAdvance(text) + 2, self.height()),
                             LEFT_MIDDLE, text)
            x += box + 5 + fm.horizontalAdvance(text) + 18
        painter.end()


class MatrixView(QWidget):
    """People × competences; type 0-4 into a cell, Delete for «ikke vurdert»."""

    navigate = Signal(str, dict)

    def __init__(self, ctx: OfficeContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._dirty = False
        self._pending: set[tuple[int, int]] | None = None
        self._message_is_error = False
        self._command_cells: dict[QUndoCommand, frozenset[tuple[int, int]]] = {}
        self.setAccessibleName(self.tr("Kartlegging"))

        self.model = MatrixModel(ctx.office, self)
        self.proxy = MatrixFilter(self)
        self.proxy.setSourceModel(self.model)

        # -- filters (first row) --
        self.team_combo = QComboBox()
        self.team_combo.setAccessibleName(self.tr("Vis team"))
        self.team_combo.setMinimumContentsLength(14)
        self.team_combo.currentIndexChanged.connect(self._filter_changed)
        self.role_combo = QComboBox()
        self.role_combo.setAccessibleName(self.tr("Vis rolle"))
        self.role_combo.setMinimumContentsLength(14)
        self.role_combo.currentIndexChanged.connect(self._filter_changed)
        team_label = QLabel(self.tr("&Team:"))
        team_label.setBuddy(self.team_combo)
        role_label = QLabel(self.tr("R&olle:"))
        role_label.setBuddy(self.role_combo)
        self.count_label = QLabel()
        self.legend = Legend()
        filters = QHBoxLayout()
        filters.addWidget(team_label)
        filters.addWidget(self.team_combo)
        filters.addSpacing(8)
        filters.addWidget(role_label)
        filters.addWidget(self.role_combo)
        filters.addSpacing(8)
        filters.addWidget(self.count_label)
        filters.addStretch(1)

        # -- entry mode (second row) --
        self.source_buttons: dict[str, QRadioButton] = {}
        self.source_group = QButtonGroup(self)
        entry = QHBoxLayout()
        entry.addWidget(QLabel(self.tr("Registrer:")))
        for source, text in ((Source.LEADER.value, self.tr("&Leder")),
                             (Source.COORDINATOR.value, self.tr("&Koordinator")),
                             (Source.SELF.value, self.tr("&Egenvurdering"))):
            button = QRadioButton(text)
            button.setAccessibleName(text.replace("&", ""))
            button.setToolTip(self.tr("Nye nivåer registreres som denne typen vurdering, "
                                      "og cellene viser den."))
            self.source_group.addButton(button)
            self.source_buttons[source] = button
            entry.addWidget(button)
        self.source_buttons[Source.LEADER.value].setChecked(True)
        self.source_group.buttonToggled.connect(self._source_toggled)
        entry.addSpacing(16)
        self.round_check = QCheckBox(self.tr("Kartleggingsr&unde"))
        self.round_check.setAccessibleName(self.tr("Kartleggingsrunde"))
        self.round_check.setToolTip(self.tr(
            "I en kartleggingsrunde får alle vurderinger du registrerer samme dato."))
        self.round_check.toggled.connect(self._round_toggled)
        self.round_date = QDateEdit()
        self.round_date.setAccessibleName(self.tr("Dato for kartleggingsrunden"))
        self.round_date.setDisplayFormat("dd.MM.yyyy")
        self.round_date.setCalendarPopup(True)
        today = QDate.currentDate()
        self.round_date.setMaximumDate(today)
        self.round_date.setDate(today)
        self.round_date.setEnabled(False)
        self.round_date.dateChanged.connect(self._update_date_hint)
        self.date_hint = QLabel()
        entry.addWidget(self.round_check)
        entry.addWidget(self.round_date)
        entry.addWidget(self.date_hint)
        self.move_combo = QComboBox()
        self.move_combo.setAccessibleName(self.tr("Etter tasting"))
        self.move_combo.addItem(self.tr("gå til høyre"), MOVE_RIGHT)
        self.move_combo.addItem(self.tr("gå ned"), MOVE_DOWN)
        self.move_combo.addItem(self.tr("bli stående"), MOVE_NONE)
        move_label = QLabel(self.tr("Etter t&asting:"))
        move_label.setBuddy(self.move_combo)
        filters.addWidget(move_label)
        filters.addWidget(self.move_combo)
        entry.addStretch(1)

        # -- the grid --
        self.table = MatrixTable()
        self.table.setAccessibleName(self.tr("Kartleggingsmatrise"))
        self.table.setAccessibleDescription(self.tr(
            "Skriv 0–4 for å registrere et nivå, Delete for ikke vurdert. "
            "Piltaster og Tab flytter. Alt+M går tilbake til matrisen."))
        self.table.setModel(self.proxy)
        self.header = CategoryHeader(self.table)
        self.header.set_matrix(self.model)
        self.table.setHorizontalHeader(self.header)
        self.table.setItemDelegate(CellDelegate(self.proxy, self.model, self.table))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setTabKeyNavigation(True)
        self.table.setWordWrap(False)
        self.table.setCornerButtonEnabled(False)
        self.table.setGridStyle(Qt.PenStyle.SolidLine)
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(26)
        rows.setHighlightSections(True)
        self.table.level_typed.connect(self._enter_level)
        self.table.bad_key.connect(self._bad_key)
        self.table.selectionModel().currentChanged.connect(self._current_changed)

        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.message_label.setAccessibleName(self.tr("Melding"))
        self.message_label.hide()

        self.panel = HistoryPanel(ctx, self.model, runner=self._apply)
        self.panel.message.connect(self.show_message)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.panel)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        self.splitter.setCollapsible(0, False)
        self.splitter.setSizes([1000, 370])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(filters)
        layout.addLayout(entry)
        layout.addWidget(self.message_label)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.legend)
        self.setTabOrder(self.team_combo, self.role_combo)

        # The grid has no label of its own; Alt+M takes the keyboard back to it.
        to_grid = QShortcut(QKeySequence(self.tr("Alt+M")), self)
        to_grid.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        to_grid.activated.connect(self.table.setFocus)

        ctx.changed.connect(self._on_changed)
        self.reload()
        self._update_date_hint()

    # -- public API ----------------------------------------------------------------------

    def reload(self) -> None:
        """Read the whole office again (after changes to people, roles or the catalogue)."""
        keep = self._current_ids()
        data = self._ctx.data
        self.model.load(data, self._ctx.analysis)
        self._fill_filter(self.team_combo, self.tr("Alle team"),
                          sorted(data.teams.items(), key=lambda t: sort_key(t[1])))
        self._fill_filter(self.role_combo, self.tr("Alle roller"),
                          sorted(((r.id, r.name) for r in data.roles.values()),
                                 key=lambda t: sort_key(t[1])))
        fm = QFontMetrics(self.table.verticalHeader().font())
        widest = max((fm.horizontalAdvance(p.name) for p in self.model.people()), default=80)
        self.table.verticalHeader().setFixedWidth(min(max(widest + 16, 100), 220))
        self.header.fit_to_names()
        self._dirty = False
        self._update_count()
        if keep is not None and self.select_cell(*keep):
            pass
        elif self.proxy.rowCount() and self.proxy.columnCount():
            # Ready to type: the first cell is current from the start.
            self._set_current(self.proxy.index(0, 0))
        else:
            self.panel.show_cell(None, None)
        if not self.model.rowCount():
            self.show_message(self.tr("Kontoret har ingen aktive ansatte ennå. Legg dem til "
                                      "under «Ansatte», så kan du kartlegge dem her."))
        elif not self.model.columnCount():
            self.show_message(self.tr("Kompetansekatalogen er tom. Legg til kompetanseområder "
                                      "under «Kompetansekatalog»."))
        elif self.message_label.isVisible() and not self._message_is_error:
            self.show_message("")

    def show_target(self, target: dict[str, int]) -> None:
        """Select and scroll to a person and/or competence."""
        person_id = target.get("person_id")
        competence_id = target.get("competence_id")
        if self._dirty:
            self.reload()
        current = self._current_ids()
        if person_id is None:
            person_id = current[0] if current else (
                self.model.person_at(0).id if self.model.rowCount() else None)
        if competence_id is None:
            competence_id = current[1] if current else (
                self.model.competence_at(0).id if self.model.columnCount() else None)
        if person_id is None or competence_id is None:
            return
        source = self.model.index_of(person_id, competence_id)
        if source.isValid() and not self.proxy.mapFromSource(source).isValid():
            # The person is hidden by the filters: show everyone rather than nothing.
            self.team_combo.setCurrentIndex(0)
            self.role_combo.setCurrentIndex(0)
        self.select_cell(person_id, competence_id)
        self.table.scrollTo(self.table.currentIndex(),
                            QAbstractItemView.ScrollHint.PositionAtCenter)
        self.table.setFocus()

    def select_cell(self, person_id: int, competence_id: int) -> bool:
        """Make a cell current and visible; False when it is not shown."""
        index = self.proxy.mapFromSource(self.model.index_of(person_id, competence_id))
        if not index.isValid():
            return False
        self._set_current(index)
        return True

    @property
    def source(self) -> str:
        """The source new entries get."""
        return self.model.source

    def set_source(self, source: str) -> None:
        """Choose leader, coordinator or self-assessment entry."""
        self.source_buttons[source].setChecked(True)

    def entry_date(self) -> date:
        """The date new entries get: the round's date, or today."""
        if self.round_check.isChecked():
            picked: date = self.round_date.date().toPython()  # type: ignore[assignment]
            return picked
        return date.today()

    def show_message(self, text: str, error: bool = False) -> None:
        """Show a short message above the grid (errors in red)."""
        self.message_label.setText(text)
        self._message_is_error = error
        colour = "#a61b1b" if error else "#1f4e79"
        self.message_label.setStyleSheet(f"color: {colour};")
        self.message_label.setVisible(bool(text))

    # -- entering ------------------------------------------------------------------------

    def _enter_level(self, level: int | None) -> None:
        current = self.table.currentIndex()
        if not current.isValid():
            return
        selected = self.table.selectionModel().selectedIndexes()
        indexes = selected if len(selected) > 1 and current in selected else [current]
        cells = [self._ids_of(i) for i in indexes]
        if len(cells) == 1:
            ok = self._apply(cells[0], assessments.record, cells[0][0], cells[0][1], level,
                             source=self.model.source, on=self.entry_date())
        else:
            ok = self._apply(cells, assessments.record_round,
                             [assessments.Entry(p, c, level) for p, c in cells],
                             source=self.model.source, on=self.entry_date())
        if ok and len(cells) == 1:
            self._move_on(current)

    def _apply(self, cells: tuple[int, int] | list[tuple[int, int]],
               action: Callable[..., Change], *args: Any, **kwargs: Any) -> bool:
        """Run a service function through ctx.apply, refreshing only the given cells' columns.

        Shows a ValidationError or OfficeFileError above the grid and returns False.
        """
        self._pending = {cells} if isinstance(cells, tuple) else set(cells)
        stack = self._ctx.undo_stack
        before = stack.index()
        try:
            self._ctx.apply(action, *args, **kwargs)
        except (ValidationError, OfficeFileError) as exc:
            self.show_message(exc.message, error=True)
            return False
        finally:
            done = frozenset(self._pending)
            self._pending = None
        if stack.index() == before + 1:
            self._remember(stack.command(before), done)
        if self.message_label.isVisible():
            self.show_message("")
        return True

    def _move_on(self, index: QModelIndex) -> None:
        how = self.move_combo.currentData()
        row, col = index.row(), index.column()
        if how == MOVE_RIGHT:
            col += 1
            if col >= self.proxy.columnCount():
                if row + 1 >= self.proxy.rowCount():
                    return
                row, col = row + 1, 0
        elif how == MOVE_DOWN:
            if row + 1 >= self.proxy.rowCount():
                return
            row += 1
        else:
            return
        self._set_current(self.proxy.index(row, col))

    def _set_current(self, index: QModelIndex) -> None:
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.table.scrollTo(index)

    def _bad_key(self, text: str) -> None:
        self.show_message(self.tr("«%1» er ikke et nivå. Bruk 0–4, eller Delete for "
                                  "ikke vurdert.").replace("%1", text), error=True)

    # -- reacting ------------------------------------------------------------------------

    def _remember(self, command: QUndoCommand, cells: frozenset[tuple[int, int]]) -> None:
        """Note which cells an undo command of this view touches, so that undoing or
        redoing it refreshes those cells only."""
        self._command_cells[command] = cells
        if len(self._command_cells) > 2000:  # forget the oldest; they fall back to a reload
            del self._command_cells[next(iter(self._command_cells))]

    def _cells_of_running_command(self) -> frozenset[tuple[int, int]] | None:
        """The cells touched by the undo/redo now running, if this view made it.

        During QUndoStack.undo() the command is at index() - 1, during redo() at index();
        both are looked up, and only when every candidate is known is the answer trusted.
        """
        stack = self._ctx.undo_stack
        index = stack.index()
        candidates = [stack.command(i) for i in (index - 1, index) if 0 <= i < stack.count()]
        if not candidates or any(c not in self._command_cells for c in candidates):
            return None
        return frozenset().union(*(self._command_cells[c] for c in candidates))

    def _on_changed(self, tables: frozenset[str]) -> None:
        if tables and tables <= {"assessment", "targetoverride"}:
            if not self.isVisible() and self._pending is None:
                self._dirty = True
                return
            cells = (frozenset(self._pending) if self._pending is not None
                     else self._cells_of_running_command())
            if cells is None:
                self.model.refresh_columns(None)
            else:
                self.model.refresh_cells(cells)
            self.panel.refresh_later()
            return
        if not self.isVisible():
            self._dirty = True
            return
        self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._dirty:
            self.reload()

    def _ids_of(self, index: QModelIndex) -> tuple[int, int]:
        source = self.proxy.mapToSource(index)
        return (self.model.person_at(source.row()).id,
                self.model.competence_at(source.column()).id)

    def _current_ids(self) -> tuple[int, int] | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self._ids_of(index)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.header.set_current(current.column() if current.isValid() else -1)
        ids = self._current_ids()
        if ids is None:
            self.panel.show_cell(None, None)
        else:
            self.panel.show_cell(*ids)

    def _source_toggled(self, button: QRadioButton, checked: bool) -> None:
        if not checked:
            return
        for source, candidate in self.source_buttons.items():
            if candidate is button:
                self.model.set_source(source)
        self.legend.set_self_mode(self.model.source == Source.SELF.value)
        self._update_date_hint()

    def _round_toggled(self, on: bool) -> None:
        self.round_date.setEnabled(on)
        if on:
            self.round_date.setMaximumDate(QDate.currentDate())
        self._update_date_hint()

    def _update_date_hint(self) -> None:
        self.date_hint.setText(self.tr("Nye vurderinger dateres %1")
                               .replace("%1", format_date(self.entry_date())))

    def _fill_filter(self, combo: QComboBox, everyone: str,
                     items: list[tuple[int, str]]) -> None:
        keep = _combo_id(combo)
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everyone, ALL)
        for item_id, name in items:
            combo.addItem(name, item_id)
        combo.setCurrentIndex(max(combo.findData(ALL if keep is None else keep), 0))
        combo.blockSignals(False)
        self.proxy.set_team(_combo_id(self.team_combo))
        self.proxy.set_role(_combo_id(self.role_combo))

    def _filter_changed(self) -> None:
        keep = self._current_ids()
        self.proxy.set_team(_combo_id(self.team_combo))
        self.proxy.set_role(_combo_id(self.role_combo))
        self._update_count()
        if keep is None or not self.select_cell(*keep):
            self.panel.show_cell(*(self._current_ids() or (None, None)))

    def _update_count(self) -> None:
        shown = self.proxy.rowCount()
        total = self.model.rowCount()
        text = (self.tr("%1 personer").replace("%1", str(total)) if shown == total else
                self.tr("%1 av %2 personer").replace("%1", str(shown)).replace("%2", str(total)))
        self.count_label.setText(text)
