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

from PySide6.QtCore import QLocale

from giftdesk.data.money import parse_local_money


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
    """Cents from what a person typed, read with the locale's marks; empty → None.

    The one parser of every money field (dialogs, in-place cells, budgets):
    ``giftdesk.data.money.parse_local_money`` with ``locale``'s decimal and
    group marks. Raises ``ValidationError`` (naming ``field``) for anything
    that is not an amount, is unclear, negative, too precise or too large.
    """
    locale = locale or QLocale()
    return parse_local_money(
        field, text, decimal=locale.decimalPoint() or ".", group=locale.groupSeparator()
    )
