"""Money in the user's locale: integer cents to text and back.

The database and files hold integer cents; people see amounts the way their
locale writes them (``€1,234.50``, ``1.234,50 €``). Display goes through
``QLocale.toCurrencyString`` with exactly two decimals: every amount giftdesk
accepts is below 10,000,000.00, so ``cents / 100`` is the double nearest to
the decimal and rounding it to two places gives the exact cents back.
Parsing accepts what the user sees (symbol, group separators, the locale's
decimal mark) and hands a plain decimal to ``giftdesk.data.money``.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QLocale

from giftdesk.data.money import parse_money


def format_money(cents: int | None, locale: QLocale | None = None) -> str:
    """``1234`` → ``"€12.34"`` in the user's locale; None → ``""``."""
    if cents is None:
        return ""
    locale = locale or QLocale()
    return locale.toCurrencyString(cents / 100, locale.currencySymbol(), 2)


def format_amount(cents: int | None, locale: QLocale | None = None) -> str:
    """The number without a currency sign (``1,234.50``), for editors."""
    if cents is None:
        return ""
    locale = locale or QLocale()
    text = locale.toString(cents / 100, "f", 2)
    return text


def parse_money_text(field: str, text: str, locale: QLocale | None = None) -> int | None:
    """Cents from what a person typed; empty → None.

    Raises ``ValidationError`` (naming ``field``) for anything that is not an
    amount, is negative, has more than two decimals or is too large.
    """
    locale = locale or QLocale()
    cleaned = text.strip()
    for symbol in {locale.currencySymbol(), "€", "$", "£", "¤"}:
        if symbol:
            cleaned = cleaned.replace(symbol, "")
    cleaned = cleaned.replace("\u00a0", "").replace("\u202f", "").replace(" ", "").strip()
    decimal = locale.decimalPoint() or "."
    group = locale.groupSeparator()
    if decimal == ",":
        # 1.234,50 → 1234.50 (a lone "12.50" still reads as twelve fifty)
        if "," in cleaned:
            cleaned = cleaned.replace(".", "").replace(",", ".")
    elif group and group != decimal and _GROUPED.match(cleaned.replace(group, ",")):
        cleaned = cleaned.replace(group, "")
    return parse_money(field, cleaned if text.strip() else "")


# 1,234 or 1,234,567.89: group separators in the right places only.
_GROUPED = re.compile(r"^-?\d{1,3}(,\d{3})+(\.\d*)?$")
