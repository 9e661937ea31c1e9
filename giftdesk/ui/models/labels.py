"""Labels, colours, icons and dates the tables show (status dots, occasion types)."""

from __future__ import annotations

import datetime as dt
import unicodedata
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QDate,
    QLocale,
    QRectF,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QIcon,
    QPainter,
    QPalette,
    QPen,
    QPixmap,
)

from giftdesk.i18n import translate

if TYPE_CHECKING:  # the records module is not needed to show the window
    pass


RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter

STATUS_LABELS = {
    "idea": translate("Tables", "Idea"),
    "selected": translate("Tables", "Selected"),
    "purchased": translate("Tables", "Purchased"),
    "received": translate("Tables", "Received"),
}
STATUS_COLORS = {
    "idea": "#9aa0a6",
    "selected": "#e3a21a",
    "purchased": "#3b82c4",
    "received": "#2e9d57",
}
OCCASION_TYPE_LABELS = {
    "holiday": translate("Tables", "Holiday"),
    "birthday": translate("Tables", "Birthday"),
    "anniversary": translate("Tables", "Anniversary"),
    "other": translate("Tables", "Other"),
}
PRIORITY_LABELS = {
    "low": translate("Tables", "Low"),
    "medium": translate("Tables", "Medium"),
    "high": translate("Tables", "High"),
}
OVER_BUDGET = QColor("#c0392b")


def format_date(value: dt.date | None, locale: QLocale | None = None) -> str:
    """A date in the user's short format, always with a four-digit year.

    The C/POSIX locale (no LANG, as on CI and in containers) has no real
    date format ("25 12 2026"), so it gets ISO 8601: 2026-12-25.
    """
    if value is None:
        return ""
    locale = locale or QLocale()
    if locale.language() == QLocale.Language.C:
        return value.isoformat()
    pattern = locale.dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in pattern:
        pattern = pattern.replace("yy", "yyyy")
    return locale.toString(QDate(value.year, value.month, value.day), pattern)


_status_icons: dict[str, QIcon] = {}


def status_icon(status: str) -> QIcon:
    """A small coloured dot per status (made once, after QApplication exists)."""
    icon = _status_icons.get(status)
    if icon is None:
        color = QColor(STATUS_COLORS.get(status, "#999999"))
        icon = QIcon(_dot(color, None))
        # On a selected row the dot keeps its colour inside a ring of the
        # highlighted text's colour: a blue dot on a blue highlight stays visible.
        ring = QGuiApplication.palette().color(QPalette.ColorRole.HighlightedText)
        icon.addPixmap(_dot(color, ring), QIcon.Mode.Selected)
        _status_icons[status] = icon
    return icon


def _dot(color: QColor, ring: QColor | None) -> QPixmap:
    pixmap = QPixmap(12, 12)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(color)
    if ring is None:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawEllipse(1, 1, 10, 10)
    else:
        painter.setPen(QPen(ring, 1.6))
        painter.drawEllipse(QRectF(1.0, 1.0, 10.0, 10.0))
    painter.end()
    return pixmap


class _FoldedChars(dict[int, int | str]):
    """Code point → the same character without its accents (NFKD, combining marks
    dropped), worked out the first time a character is seen."""

    def __missing__(self, code: int) -> int | str:
        char = chr(code)
        decomposed = unicodedata.normalize("NFKD", char)
        folded = "".join(c for c in decomposed if not unicodedata.combining(c))
        value: int | str = code if folded == char else folded
        self[code] = value
        return value


_FOLDED_CHARS = _FoldedChars()


def fold(text: str) -> str:
    """What searching compares: no case, no accents ("Zoë" and "ZOE" → "zoe").

    Character by character (the same as decomposing the whole text, as marks
    are dropped): one ``translate`` instead of a Python loop over every
    character, which halves the search index of 100,000 gifts.
    """
    text = text.casefold()
    if text.isascii():  # most texts: nothing to decompose
        return text
    return text.translate(_FOLDED_CHARS)


def count_text(n: int) -> str:
    """A count for a cell: empty for none."""
    return str(n) if n else ""
