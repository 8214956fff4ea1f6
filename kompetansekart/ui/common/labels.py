"""Labels the window shows for values defined below it, translated in one place."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from kompetansekart.domain.models import SOURCE_LABELS

#: domain.models.SOURCE_LABELS spelled out for lupdate, which cannot read the domain's dict.
_SOURCE_TITLES = (
    QT_TRANSLATE_NOOP("Sources", "Leder"), QT_TRANSLATE_NOOP("Sources", "Koordinator"),
    QT_TRANSLATE_NOOP("Sources", "Egenvurdering"),
)


def source_label(source: str | None, *, lower: bool = False) -> str:
    """The translated name of an assessment source («Leder»); unknown values as they are."""
    text = SOURCE_LABELS.get(source or "")
    if text is None:
        return source or ""
    label = QCoreApplication.translate("Sources", text)
    return label.lower() if lower else label
