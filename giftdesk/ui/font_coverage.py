"""Which names in a report no font on this computer can draw.

A PDF draws a character with the report's font or, failing that, with any
installed font that has it (Qt's per-glyph fallback). When none has it, the
name prints as empty boxes and nothing says so. ``undrawable`` finds those
characters before the file is written, so the person can be told which names
are affected and that a font for that script is needed.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics, QTextDocument

from giftdesk.data.messages import quoted_list
from giftdesk.i18n import translate

_NAME_SEPARATORS = re.compile(r",\s*|\s+[·—–]\s+")

# Unicode name prefixes that say more than their first word.
_SCRIPT_NAMES = {
    "CJK": translate("FontCoverage", "Chinese, Japanese or Korean (CJK)"),
    "HANGUL": translate("FontCoverage", "Korean (Hangul)"),
    "HIRAGANA": translate("FontCoverage", "Japanese (Hiragana)"),
    "KATAKANA": translate("FontCoverage", "Japanese (Katakana)"),
}


class GlyphChecker:
    """Answers "can any available font draw this character?", remembering each answer."""

    def __init__(self, font: QFont) -> None:
        # The report's font with Qt's fallback chain (inFontUcs4 asks the
        # fallbacks too), then every installed family as a last resort.
        self._main = QFontMetrics(font)
        self._families: list[QFontMetrics] | None = None
        self._known: dict[str, bool] = {}

    def can_draw(self, char: str) -> bool:
        known = self._known.get(char)
        if known is None:
            known = self._check(char)
            self._known[char] = known
        return known

    def _check(self, char: str) -> bool:
        if char.isspace() or unicodedata.category(char) in ("Cc", "Cf"):
            return True  # controls and format marks draw nothing anyway
        code = ord(char)
        if self._main.inFontUcs4(code):
            return True
        if self._families is None:
            self._families = [QFontMetrics(QFont(family)) for family in QFontDatabase.families()]
        return any(metrics.inFontUcs4(code) for metrics in self._families)


def undrawable(texts: Iterable[str], font: QFont) -> dict[str, str]:
    """Each name holding characters no available font can draw → those characters.

    A text listing several names ("Chloé, 王小明") counts as its parts.
    """
    checker = GlyphChecker(font)
    found: dict[str, str] = {}
    for text in texts:
        if all(checker.can_draw(c) for c in text):
            continue
        for part in _NAME_SEPARATORS.split(text):
            missing = "".join(dict.fromkeys(c for c in part if not checker.can_draw(c)))
            if missing:
                found[part.strip()] = missing
    return found


def document_texts(document: QTextDocument) -> list[str]:
    """The text of every paragraph and table cell of ``document``, each once."""
    texts: dict[str, None] = {}
    block = document.begin()
    while block.isValid():
        text = block.text().strip()
        if text:
            texts[text] = None
        block = block.next()
    return list(texts)


def script_name(char: str) -> str:
    """ "Chinese, Japanese or Korean (CJK)", "Thai", "Devanagari"…"""
    name = unicodedata.name(char, "")
    first = name.split(" ")[0] if name else ""
    return _SCRIPT_NAMES.get(first, first.title() or f"U+{ord(char):04X}")


def coverage_sentence(missing: dict[str, str], limit: int = 6) -> str:
    """What to tell the person: which names, which script, what to do."""
    names = list(missing)
    shown = ", ".join(
        translate("FontCoverage", "“{name}”").format(name=name) for name in names[:limit]
    )
    if len(names) > limit:
        more = len(names) - limit
        shown = translate("FontCoverage", "{names} and %Ln more", None, more).format(names=shown)
    scripts = sorted({script_name(c) for chars in missing.values() for c in chars})
    script_text = str(quoted_list(scripts)).replace("“", "").replace("”", "")
    if len(scripts) == 1:
        advice = translate(
            "FontCoverage",
            "No font on this computer can draw some letters of {names}: they would print as "
            "empty boxes. Install a font for {scripts} (for example Noto Sans) to print them.",
        )
    else:
        advice = translate(
            "FontCoverage",
            "No font on this computer can draw some letters of {names}: they would print as "
            "empty boxes. Install fonts for {scripts} (for example Noto Sans) to print them.",
        )
    return advice.format(names=shown, scripts=script_text)
