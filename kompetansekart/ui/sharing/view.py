"""«Deling med fylket»: the anonymous summary (previewed before saving), the full file, the
requests to the county (bestillinger), the county's catalogue, and the log of what was sent."""

from __future__ import annotations

import html
import json
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Slot
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from kompetansekart.exchange import catalogue_file, full_copy, summary
from kompetansekart.exchange.catalogue_file import CatalogueDiff, CatalogueDoc
from kompetansekart.services import sharing
from kompetansekart.storage import reader
from kompetansekart.storage.errors import OfficeFileError, ValidationError
from kompetansekart.storage.plan_reader import load_plan
from kompetansekart.ui.common.forms import (
    ask_open_path,
    ask_save_path,
    confirm,
    dialog_buttons,
    named,
    warn,
)
from kompetansekart.ui.common.list_models import HeadedTableModel
from kompetansekart.ui.context import OfficeContext
from kompetansekart.ui.plan.models import kind_text, status_text
from kompetansekart.ui.plan.requests_tab import RequestsTab

Index = QModelIndex | QPersistentModelIndex
#: Tables whose change redraws the view.
TABLES = frozenset({"countyrequest", "sharerecord", "setting", "competence", "planperiod",
                    "office"})
WARNING_STYLE = ("background: #fbe3e0; color: #7a1c14; border: 1px solid #e8b4ae; "
                 "border-radius: 6px; padding: 8px;")
MUTED_STYLE = "color: #57606a;"

#: Asks for a file to save: (parent, title, suggested path, filter) -> chosen path or "".
SavePathAsker = Callable[[QWidget, str, str, str], str]
#: Asks for a file to open: (parent, title, filter) -> chosen path or "".
OpenPathAsker = Callable[[QWidget, str, str], str]


def _local_time(stamp: str) -> str:
    """A stored UTC time as local «27.11.2026 14:05»."""
    try:
        moment = datetime.fromisoformat(stamp)
    except ValueError:
        return stamp[:16]
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone().strftime("%d.%m.%Y %H:%M")


class RowsModel(HeadedTableModel[list[str]]):
    """A read-only table of strings with an id per row (requests, log)."""

    def __init__(self, headers: list[str], parent: QWidget | None = None) -> None:
        super().__init__(headers, parent)
        self.ids: list[int] = []

    def set_rows(self, rows: list[list[str]], ids: list[int] | None = None) -> None:
        """Replace every row, with the database id of each (0 where there is none)."""
        self.ids = ids or [0] * len(rows)
        super().set_rows(rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.rows[index.row()][index.column()]
        return None

def _table(model: RowsModel, name: str) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(False)
    view.setWordWrap(True)
    named(view, name)
    return view


# -- the preview -----------------------------------------------------------------------------


class SummaryPreviewDialog(QDialog):
    """Shows exactly what will be sent, readable and as the file's own text; «Lagre…»."""

    def __init__(self, data: bytes, competence_names: dict[str, str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data = data
        title = self.tr("Forhåndsvisning av anonym oppsummering")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        doc = json.loads(data)
        layout = QVBoxLayout(self)
        k = doc["k"]
        intro = QLabel(self.tr(
            "Dette er alt som sendes til fylket. Oppsummeringen har ingen navn, ingen "
            "person-ID-er og ingen notater. Tall fra 1 til {small} vises som «<{k}», og noen "
            "flere tall er skjult («<{k}» eller «x») slik at et skjult tall ikke kan regnes ut "
            "fra summene.").format(small=k - 1, k=k))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.tabs = QTabWidget()
        self.readable = QTextBrowser()
        named(self.readable, self.tr("Oppsummeringen slik fylket ser den"))
        self.readable.setHtml(self._html(doc, competence_names))
        self.raw = QPlainTextEdit()
        self.raw.setReadOnly(True)
        self.raw.setPlainText(data.decode("utf-8"))
        self.raw.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        named(self.raw, self.tr("Nøyaktig filinnhold"))
        self.tabs.addTab(self.readable, self.tr("Slik fylket ser den"))
        self.tabs.addTab(self.raw, self.tr("Nøyaktig filinnhold"))
        layout.addWidget(self.tabs, 1)
        layout.addWidget(dialog_buttons(self, self.tr("&Lagre…")))
        self.resize(980, 680)

    def _count(self, value: object) -> str:
        if value is None:
            return "–"
        return html.escape(str(value))

    def _html(self, doc: dict[str, Any], names: dict[str, str]) -> str:
        e = html.escape
        office = doc["office"]
        cats = {c["uuid"]: c["name"] for c in doc["categories"]}
        comp_names = {c["uuid"]: c["name"] for c in doc["competences"]} | names

        def row(label: str, value: str) -> str:
            return f"<tr><td>{e(label)}</td><td>{value}</td></tr>"

        parts = [
            "<style>th{background:#e4ecf4;text-align:left;padding:2px 6px;"
            "white-space:nowrap;} td{padding:2px 6px;} td.n{text-align:right;white-space:nowrap;}"
            "td.name{white-space:nowrap;} h3{color:#0b4f8a;}"
            "tr.cat td{background:#f1f3f5;font-weight:600;}</style>",
            f"<h3>{e(office['name'])}</h3>",
            "<table>",
            row(self.tr("Kommune"), e(office["municipality"])),
            row(self.tr("Fylke"), e(office["county"])),
            row(self.tr("Region"), e(office["region"])),
            row(self.tr("Ansatte"), self._count(doc["staff"])),
            row(self.tr("Laget"), e(_local_time(str(doc["created_at"])))),
            "</table>",
            "<h3>" + e(self.tr("Kompetanse per område")) + "</h3>",
            "<table cellspacing='0'><tr>",
        ]
        labels = {s["level"]: s["label"] for s in doc["scale"]}
        heads = [self.tr("Område"), *(str(lvl) for lvl in range(5)), self.tr("Ikke vurdert"),
                 self.tr("Med mål"), self.tr("Når målet"), self.tr("Med gap"),
                 self.tr("Ukjent gap"), self.tr("Krav"), self.tr("Sårbar")]
        parts += [f"<th>{e(h)}</th>" for h in heads]
        parts.append("</tr>")
        legend = " · ".join(f"{lvl} = {labels.get(lvl, '')}" for lvl in range(5))
        current = None
        withheld = self.tr("Holdt tilbake for å verne små tall")
        for comp in doc["competences"]:
            cat = cats.get(comp.get("category") or "", "")
            if cat != current:
                current = cat
                parts.append(f"<tr class='cat'><td colspan='{len(heads)}'>{e(cat)}</td></tr>")
            if comp.get("withheld"):
                parts.append(f"<tr><td class='name'>{e(comp['name'])}</td>"
                             f"<td colspan='{len(heads) - 1}'>"
                             f"{e(withheld)}</td></tr>")
                continue
            values = [*comp["levels"], comp["not_assessed"], comp["with_target"],
                      comp["meeting_target"], comp["with_gap"], comp["unknown_gap"]]
            vulnerable = {True: self.tr("Ja"), False: self.tr("Nei"), None: self.tr("skjult")}[
                comp["vulnerable"]]
            required = "–" if comp["required_level"] is None else str(comp["required_level"])
            parts.append(f"<tr><td class='name'>{e(comp['name'])}</td>"
                         + "".join(f"<td class='n'>{self._count(v)}</td>" for v in values)
                         + f"<td class='n'>{e(required)}</td><td>{e(vulnerable)}</td></tr>")
        parts.append("</table>")
        levels = self.tr("Nivåer")
        hidden = self.tr("«x»: skjult for å verne et annet tall (minst k).")
        parts.append(f"<p style='color:#57606a'>{e(levels)}: {e(legend)}. {e(hidden)}</p>")
        measures = doc["plan"]["measures"]
        parts.append("<h3>" + e(self.tr("Planlagte tiltak (uten deltakernes navn)")) + "</h3>")
        if measures:
            parts.append("<table cellspacing='0'><tr>" + "".join(
                f"<th>{e(h)}</th>" for h in (self.tr("Type"), self.tr("Kompetanse"),
                                            self.tr("Timer per deltaker"), self.tr("Fra"),
                                            self.tr("Til"), self.tr("Deltakere"),
                                            self.tr("Status"))) + "</tr>")
            for m in measures:
                comps = ", ".join(comp_names.get(u, u) for u in m["competences"])
                parts.append(
                    f"<tr><td>{e(kind_text(m['kind']))}</td><td>{e(comps)}</td>"
                    f"<td class='n'>{e(str(m['hours_per_participant']).replace('.', ','))}</td>"
                    f"<td>{e(m['start'] or '')}</td><td>{e(m['end'] or '')}</td>"
                    f"<td class='n'>{self._count(m['participants'])}</td>"
                    f"<td>{e(status_text(m['status']))}</td></tr>")
            parts.append("</table>")
        else:
            parts.append("<p>" + e(self.tr("Ingen tiltak i gjeldende plan.")) + "</p>")
        parts.append("<h3>" + e(self.tr("Bestillinger til fylket")) + "</h3>")
        if doc["requests"]:
            parts.append("<table cellspacing='0'><tr>" + "".join(
                f"<th>{e(h)}</th>" for h in (self.tr("Kompetanse"), self.tr("Bestilling"),
                                            self.tr("Personer"))) + "</tr>")
            for r in doc["requests"]:
                parts.append(f"<tr><td>{e(comp_names.get(r['competence'] or '', '–'))}</td>"
                             f"<td>{e(r['text'])}</td>"
                             f"<td class='n'>{self._count(r['people'])}</td></tr>")
            parts.append("</table>")
        else:
            parts.append("<p>" + e(self.tr("Ingen bestillinger.")) + "</p>")
        return "".join(parts)


# -- catalogue import ------------------------------------------------------------------------


class CatalogueImportDialog(QDialog):
    """What importing the county's catalogue does; changes to existing items need consent."""

    def __init__(self, doc: CatalogueDoc, plan: CatalogueDiff,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.plan = plan
        title = self.tr("Importer katalog «{name}»").format(name=doc.name)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        layout = QVBoxLayout(self)
        added = QLabel(self.tr("<b>Legges til ({n}):</b> {names}").format(
            n=len(plan.additions),
            names=html.escape(", ".join(i.name for i in plan.additions) or "–")))
        added.setWordWrap(True)
        layout.addWidget(added)
        layout.addWidget(QLabel(self.tr(
            "<b>Endringer fra fylket ({n})</b> — kryss av det kontoret godtar:").format(
            n=len(plan.updates))))
        self.updates = QListWidget()
        named(self.updates, self.tr("Endringer fra fylket"))
        for item in plan.updates:
            row = QListWidgetItem(f"{item.name}: {'; '.join(item.details)}")
            row.setData(Qt.ItemDataRole.UserRole, item.key)
            row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            row.setCheckState(Qt.CheckState.Unchecked)
            row.setToolTip("\n".join(item.details))
            self.updates.addItem(row)
        layout.addWidget(self.updates, 1)
        buttons = QHBoxLayout()
        all_button = QPushButton(self.tr("Godta &alle"))
        all_button.clicked.connect(lambda: self._check_all(True))
        none_button = QPushButton(self.tr("&Ingen"))
        none_button.clicked.connect(lambda: self._check_all(False))
        buttons.addWidget(all_button)
        buttons.addWidget(none_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        if plan.conflicts:
            conflicts = QLabel(self.tr("<b>Kan ikke importeres:</b> {text}").format(
                text=html.escape("; ".join(" ".join(i.details) for i in plan.conflicts))))
            conflicts.setWordWrap(True)
            layout.addWidget(conflicts)
        kept = QLabel(self.tr("<b>Kontorets egne beholdes ({n}):</b> {names}").format(
            n=len(plan.kept), names=html.escape(", ".join(i.name for i in plan.kept) or "–")))
        kept.setWordWrap(True)
        layout.addWidget(kept)
        layout.addWidget(dialog_buttons(self, self.tr("&Importer")))
        self.resize(720, 520)

    def _check_all(self, on: bool) -> None:
        state = Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        for i in range(self.updates.count()):
            self.updates.item(i).setCheckState(state)

    def accepted_keys(self) -> list[str]:
        """The keys of the changes the office consented to."""
        return [str(self.updates.item(i).data(Qt.ItemDataRole.UserRole))
                for i in range(self.updates.count())
                if self.updates.item(i).checkState() == Qt.CheckState.Checked]


# -- the view --------------------------------------------------------------------------------


class SharingView(QWidget):
    """The main window's «Deling med fylket» view."""

    def __init__(self, ctx: OfficeContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        #: Replaced in tests so no native dialog opens.
        self.ask_save_path: SavePathAsker = ask_save_path
        self.ask_open_path: OpenPathAsker = ask_open_path
        self.last_preview: SummaryPreviewDialog | None = None

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        outer.addWidget(scroll)
        body = QWidget()
        scroll.setWidget(body)
        grid = QGridLayout(body)
        grid.setContentsMargins(12, 12, 12, 12)
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(12)
        title = QLabel(self.tr("<h2>Deling med fylket</h2>"))
        intro = QLabel(self.tr(
            "Send fylket en anonym oppsummering av kontorets kompetanse, behov, tiltak og "
            "bestillinger, eller — når fylket trenger det — hele kontorfilen. Alt som sendes, "
            "står i delingsloggen."))
        intro.setWordWrap(True)
        grid.addWidget(title, 0, 0, 1, 2)
        grid.addWidget(intro, 1, 0, 1, 2)
        grid.addWidget(self._summary_box(), 2, 0)
        grid.addWidget(self._full_box(), 3, 0)
        grid.addWidget(self._catalogue_box(), 4, 0)
        grid.addWidget(self._requests_box(), 2, 1, 2, 1)
        grid.addWidget(self._log_box(), 4, 1, 2, 1)
        grid.setRowStretch(5, 1)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(1, 3)
        ctx.changed.connect(self._changed)
        self.refresh()

    # -- building ----------------------------------------------------------------------

    def _summary_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Anonym oppsummering (.kkdel)"))
        layout = QVBoxLayout(box)
        text = QLabel(self.tr(
            "Antall ansatte på hvert nivå per kompetanseområde, hvor mange som når målet og "
            "har gap, sårbare områder, planens prioriteringer og tiltak (uten navn) og "
            "bestillingene. Ingen navn, ingen notater. Du ser nøyaktig hva som sendes før "
            "filen lagres."))
        text.setWordWrap(True)
        layout.addWidget(text)
        row = QHBoxLayout()
        label = QLabel(self.tr("Skjul tall &under:"))
        self.k_spin = QSpinBox()
        self.k_spin.setRange(summary.MIN_K, summary.MAX_K)
        named(self.k_spin, self.tr("Grense for små tall"),
              self.tr("Tall fra 1 til denne grensen minus én vises som «<grense» i "
                      "oppsummeringen."))
        label.setBuddy(self.k_spin)
        self.k_hint = QLabel()
        self.k_hint.setTextFormat(Qt.TextFormat.PlainText)
        self.k_hint.setStyleSheet(MUTED_STYLE)
        row.addWidget(label)
        row.addWidget(self.k_spin)
        row.addWidget(self.k_hint, 1)
        layout.addLayout(row)
        self.summary_button = QPushButton(self.tr("F&orhåndsvis og lagre oppsummering…"))
        named(self.summary_button, self.tr("Forhåndsvis og lagre oppsummering"))
        self.summary_button.clicked.connect(self.summary_clicked)
        layout.addWidget(self.summary_button)
        self.k_spin.valueChanged.connect(self._k_changed)
        return box

    def _full_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Hele kontorfilen (.kkart)"))
        layout = QVBoxLayout(box)
        self.full_warning = QLabel(self.tr(
            "<b>Obs! Hele filen inneholder navn og vurderinger.</b> Den har navnene på alle "
            "ansatte, alle vurderinger med notater, individuelle mål og utviklingsplaner. Send "
            "den bare når fylket trenger den, og bare på en sikker måte (ikke som vanlig "
            "e-post)."))
        self.full_warning.setWordWrap(True)
        self.full_warning.setStyleSheet(WARNING_STYLE)
        named(self.full_warning, self.tr("Advarsel om hele kontorfilen"))
        layout.addWidget(self.full_warning)
        self.full_button = QPushButton(self.tr("Lagre full &kopi for fylket…"))
        named(self.full_button, self.tr("Lagre full kopi for fylket"))
        self.full_button.clicked.connect(self.full_clicked)
        layout.addWidget(self.full_button)
        return box

    def _catalogue_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Kompetansekatalog fra fylket"))
        layout = QVBoxLayout(box)
        text = QLabel(self.tr(
            "Importer fylkets standardkatalog og rollemaler. Nye områder legges til; endringer "
            "i områder kontoret har fra før, gjøres bare når du godtar dem. Kontorets egne "
            "områder beholdes."))
        text.setWordWrap(True)
        layout.addWidget(text)
        row = QHBoxLayout()
        self.import_button = QPushButton(self.tr("&Importer katalog…"))
        self.import_button.clicked.connect(self.import_clicked)
        self.export_button = QPushButton(self.tr("&Eksporter katalog…"))
        named(self.export_button, self.tr("Eksporter katalog"),
              self.tr("For fylket: lagre denne filens katalog og roller som katalogfil."))
        self.export_button.clicked.connect(self.export_catalogue_clicked)
        row.addWidget(self.import_button)
        row.addWidget(self.export_button)
        row.addStretch(1)
        layout.addLayout(row)
        return box

    def _requests_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Bestillinger til fylket"))
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)  # the panel has its own margins
        self.requests = RequestsTab(self.ctx)
        self.requests.requests_table.setMinimumHeight(160)
        layout.addWidget(self.requests, 1)
        return box

    def _log_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Delingslogg"))
        layout = QVBoxLayout(box)
        self.log_model = RowsModel([self.tr("Tidspunkt"), self.tr("Hva"), self.tr("Fil"),
                                    self.tr("Detaljer")], self)
        self.log_view = _table(self.log_model, self.tr("Delingslogg"))
        self.log_view.setMinimumHeight(140)
        layout.addWidget(self.log_view)
        return box

    # -- refreshing --------------------------------------------------------------------

    @Slot(frozenset)
    def _changed(self, tables: frozenset[str]) -> None:
        if not tables or tables & TABLES:
            self.refresh()

    def refresh(self) -> None:
        """Redraw the setting, the requests and the log from the file."""
        office = self.ctx.office
        k = summary.office_k(office)
        self.k_spin.blockSignals(True)
        self.k_spin.setValue(k)
        self.k_spin.blockSignals(False)
        self._show_k_hint(k)
        plan = load_plan(office)
        current = plan.current_period(self.ctx.data.today)
        self.requests.fill(plan, None, current.id if current else None)
        kinds = {sharing.KIND_SUMMARY: self.tr("Anonym oppsummering"),
                 sharing.KIND_FULL: self.tr("Hele kontorfilen"),
                 sharing.KIND_CATALOGUE: self.tr("Kompetansekatalog"),
                 sharing.KIND_PERSON: self.tr("Persondata (innsyn)")}
        log = []
        for at, kind, name, detail in reader.share_log(office):
            log.append([_local_time(at), kinds.get(kind, kind), name, detail])
        self.log_model.set_rows(log)
        for view, wide in ((self.log_view, 3),):
            header = view.horizontalHeader()
            for column in range(view.model().columnCount()):
                header.setSectionResizeMode(
                    column, QHeaderView.ResizeMode.Stretch if column == wide
                    else QHeaderView.ResizeMode.ResizeToContents)
            view.resizeRowsToContents()
        readonly = office.readonly
        self.import_button.setEnabled(not readonly)
        self.k_spin.setEnabled(not readonly)
        self._update_buttons()

    def _show_k_hint(self, k: int) -> None:
        self.k_hint.setText(self.tr("tall fra 1 til {small} vises som «<{k}»").format(
            small=k - 1, k=k))

    def _update_buttons(self) -> None:
        self.requests.update_buttons(not self.ctx.office.readonly)

    # -- the k setting -----------------------------------------------------------------

    @Slot(int)
    def _k_changed(self, k: int) -> None:
        self._show_k_hint(k)
        try:
            self.ctx.apply(sharing.set_share_k, k)
        except (ValidationError, OfficeFileError) as exc:
            warn(self, self.tr("Deling med fylket"), exc.message)

    # -- the summary -------------------------------------------------------------------

    def build_preview(self) -> SummaryPreviewDialog:
        """Build the summary and its preview dialog (not shown)."""
        data = summary.to_bytes(summary.build(self.ctx.office, self.k_spin.value(),
                                              data=self.ctx.data))
        names = {c.uuid: c.name for c in self.ctx.data.competences}
        self.last_preview = SummaryPreviewDialog(data, names, self)
        return self.last_preview

    @Slot()
    def summary_clicked(self) -> None:
        """Preview, then ask where to save exactly the previewed bytes."""
        try:
            dialog = self.build_preview()
        except (ValidationError, OfficeFileError) as exc:
            warn(self, self.tr("Anonym oppsummering"), exc.message)
            return
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        office_name = self.ctx.data.office_name
        suggested = str(Path.home() / summary.file_name(office_name, date.today()))
        path = self.ask_save_path(self, self.tr("Lagre anonym oppsummering"), suggested,
                                  self.tr("Oppsummering til fylket (*.kkdel)"))
        if path:
            self.save_summary(Path(path), dialog.data)

    def save_summary(self, path: Path, data: bytes) -> bool:
        """Write the previewed bytes and record the export; False (and a message) on failure."""
        if path.suffix.lower() != summary.SUFFIX:
            path = path.with_name(path.name + summary.SUFFIX)
        try:
            sharing.save_summary(self.ctx.office, path, data, self.k_spin.value())
        except OfficeFileError as exc:
            warn(self, self.tr("Anonym oppsummering"), exc.message)
            return False
        self.ctx.notify(frozenset({"sharerecord"}))
        return True

    # -- the full file -----------------------------------------------------------------

    @Slot()
    def full_clicked(self) -> None:
        """Warn plainly, then save a full copy."""
        if not confirm(self, self.tr("Hele kontorfilen"),
                       self.tr("Hele kontorfilen inneholder navn og vurderinger."),
                       self.tr("&Lagre full kopi"), full_copy.WARNING):
            return
        suggested = str(Path.home() / full_copy.file_name(self.ctx.data.office_name,
                                                          date.today()))
        path = self.ask_save_path(self, self.tr("Lagre full kopi for fylket"), suggested,
                                  self.tr("Kontorfil (*.kkart)"))
        if path:
            self.save_full(Path(path))

    def save_full(self, path: Path) -> bool:
        """Write the backup-API copy and record it."""
        if path.suffix.lower() != ".kkart":
            path = path.with_name(path.name + ".kkart")
        try:
            sharing.export_full(self.ctx.office, path)
        except OfficeFileError as exc:
            warn(self, self.tr("Hele kontorfilen"), exc.message)
            return False
        self.ctx.notify(frozenset({"sharerecord"}))
        return True

    # -- catalogue ---------------------------------------------------------------------

    @Slot()
    def import_clicked(self) -> None:
        """Pick a catalogue file, show what the import does, import what is accepted."""
        path = self.ask_open_path(self, self.tr("Importer katalog fra fylket"),
                                  self.tr("Katalogfil (*.json);;Alle filer (*)"))
        if not path:
            return
        dialog = self.catalogue_dialog(Path(path))
        if dialog is not None and dialog.exec() == QDialog.DialogCode.Accepted:
            self.import_catalogue(dialog.doc, dialog.accepted_keys())

    def catalogue_dialog(self, path: Path) -> CatalogueImportDialog | None:
        """Read a catalogue file and build the import dialog; a refused file is explained."""
        try:
            doc = catalogue_file.read(path)
        except OfficeFileError as exc:
            warn(self, self.tr("Importer katalog"), exc.message)
            return None
        plan = catalogue_file.diff(catalogue_file.Local.read(self.ctx.office), doc)
        return CatalogueImportDialog(doc, plan, self)

    def import_catalogue(self, doc: CatalogueDoc, accepted: list[str]) -> bool:
        """Import additions and the accepted changes as one undoable step."""
        try:
            self.ctx.apply(sharing.import_catalogue, doc, accepted)
        except (ValidationError, OfficeFileError) as exc:
            warn(self, self.tr("Importer katalog"), exc.message)
            return False
        return True

    @Slot()
    def export_catalogue_clicked(self) -> None:
        """Save this file's catalogue and roles as a catalogue file."""
        name = summary.safe_stem(self.ctx.data.office_name)
        suggested = str(Path.home() / f"katalog-{name}-{date.today().isoformat()}.json")
        path = self.ask_save_path(self, self.tr("Eksporter katalog"), suggested,
                                  self.tr("Katalogfil (*.json)"))
        if not path:
            return
        try:
            sharing.export_catalogue(self.ctx.office, Path(path))
        except OfficeFileError as exc:
            warn(self, self.tr("Eksporter katalog"), exc.message)
            return
        self.ctx.notify(frozenset({"sharerecord"}))

