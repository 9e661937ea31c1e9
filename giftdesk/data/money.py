"""Money as integer cents: parsing user text and formatting plain decimals.

Locale-aware display lives in the UI (QLocale.toCurrencyString); this module
only knows the exchange format of SPEC §3: a plain decimal with two places.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from giftdesk.data.errors import ValidationError

MAX_CENTS = 10_000_000_00 - 1  # strictly below 10,000,000.00
_PLAIN = re.compile(r"^\d+(\.\d*)?$|^\.\d+$")


def parse_money(field: str, value: object) -> int | None:
    """Turn ``"12.50"``, ``"12,5"``, ``12`` or ``""`` into cents (or None).

    Refuses negatives, text that is not a number, more than two decimals
    and amounts of 10,000,000.00 or more, with a sentence naming ``field``.
    """
    if value is None:
        return None
    if isinstance(value, bool):
        raise ValidationError(field, f"{_label(field)} must be an amount like 12.50.")
    if isinstance(value, int):
        text = str(value)
    elif isinstance(value, float):
        text = repr(value)
    elif isinstance(value, str):
        text = value.strip().replace("\u00a0", "").replace(" ", "")
        if text == "":
            return None
        if text.count(",") == 1 and "." not in text:
            text = text.replace(",", ".")
    else:
        raise ValidationError(field, f"{_label(field)} must be an amount like 12.50.")
    if text.startswith("-"):
        raise ValidationError(field, f"{_label(field)} cannot be negative.")
    if text.startswith("+"):
        text = text[1:]
    if not _PLAIN.match(text):
        raise ValidationError(
            field, f"{_label(field)} “{value}” is not an amount; write it like 12.50."
        )
    try:
        amount = Decimal(text)
    except InvalidOperation:  # pragma: no cover - the regex already refuses these
        raise ValidationError(field, f"{_label(field)} “{value}” is not an amount.") from None
    if amount.as_tuple().exponent < -2 and amount != amount.quantize(Decimal("0.01")):
        raise ValidationError(field, f"{_label(field)} can have at most two decimals.")
    cents = int(amount * 100)
    return check_cents(field, cents)


def check_cents(field: str, cents: object) -> int | None:
    """Validate an amount already in cents (from a dialog or the API)."""
    if cents is None:
        return None
    if isinstance(cents, bool) or not isinstance(cents, int):
        raise ValidationError(field, f"{_label(field)} must be a whole number of cents.")
    if cents < 0:
        raise ValidationError(field, f"{_label(field)} cannot be negative.")
    if cents > MAX_CENTS:
        raise ValidationError(field, f"{_label(field)} must be less than 10,000,000.00.")
    return cents


def format_cents(cents: int | None) -> str:
    """Plain decimal with two places (``1234`` → ``"12.34"``); None → ``""``."""
    if cents is None:
        return ""
    sign = "-" if cents < 0 else ""
    whole, frac = divmod(abs(cents), 100)
    return f"{sign}{whole}.{frac:02d}"


def _label(field: str) -> str:
    text = field.replace("_", " ")
    return text[:1].upper() + text[1:]
