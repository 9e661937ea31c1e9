"""Money as integer cents: parsing user text and formatting plain decimals.

Locale-aware display lives in the UI (QLocale.toCurrencyString); this module
only knows the exchange format of SPEC §3: a plain decimal with two places.
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal, InvalidOperation

from giftdesk.data.errors import ValidationError
from giftdesk.data.field_labels import field_label
from giftdesk.data.messages import translatable

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
        raise ValidationError(
            field,
            translatable("Money", "{label} must be an amount like 12.50.").format(
                label=field_label(field)
            ),
        )
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
        raise ValidationError(
            field,
            translatable("Money", "{label} must be an amount like 12.50.").format(
                label=field_label(field)
            ),
        )
    if text.startswith("-"):
        raise ValidationError(
            field,
            translatable("Money", "{label} cannot be negative.").format(label=field_label(field)),
        )
    if text.startswith("+"):
        text = text[1:]
    if not _PLAIN.match(text):
        raise ValidationError(
            field,
            translatable(
                "Money", "{label} “{value}” is not an amount; write it like 12.50."
            ).format(label=field_label(field), value=value),
        )
    try:
        amount = Decimal(text)
    except InvalidOperation:  # pragma: no cover - the regex already refuses these
        raise ValidationError(
            field,
            translatable("Money", "{label} “{value}” is not an amount.").format(
                label=field_label(field), value=value
            ),
        ) from None
    exponent = amount.as_tuple().exponent  # an int: the pattern lets no NaN or Infinity through
    if isinstance(exponent, int) and exponent < -2 and amount != amount.quantize(Decimal("0.01")):
        raise ValidationError(
            field,
            translatable("Money", "{label} can have at most two decimals.").format(
                label=field_label(field)
            ),
        )
    cents = int(amount * 100)
    return check_cents(field, cents)


def check_cents(field: str, cents: object) -> int | None:
    """Validate an amount already in cents (from a dialog or the API)."""
    if cents is None:
        return None
    if isinstance(cents, bool) or not isinstance(cents, int):
        raise ValidationError(
            field,
            translatable("Money", "{label} must be a whole number of cents.").format(
                label=field_label(field)
            ),
        )
    if cents < 0:
        raise ValidationError(
            field,
            translatable("Money", "{label} cannot be negative.").format(label=field_label(field)),
        )
    if cents > MAX_CENTS:
        raise ValidationError(
            field,
            translatable("Money", "{label} must be less than 10,000,000.00.").format(
                label=field_label(field)
            ),
        )
    return cents


def format_cents(cents: int | None) -> str:
    """Plain decimal with two places (``1234`` → ``"12.34"``); None → ``""``."""
    if cents is None:
        return ""
    sign = "-" if cents < 0 else ""
    whole, frac = divmod(abs(cents), 100)
    return f"{sign}{whole}.{frac:02d}"


# What people put between groups of digits besides the locale's own mark.
_SPACES = frozenset(" \t\u00a0\u202f\u2009\u2007'’")
_GROUP_LEADER = re.compile(r"^[1-9]\d{0,2}$")


def parse_local_money(field: str, text: str, *, decimal: str = ".", group: str = ",") -> int | None:
    """Cents from an amount typed the way a locale writes it; empty → None.

    ``decimal`` and ``group`` are the locale's marks (``","`` and ``"."`` in
    German). A currency sign and spaces are ignored. A mark followed by three
    digits is a thousands separator when it is the locale's group mark
    (German ``1.250`` = 1250.00); where it could as well be cents
    (``1.250`` in English, ``1,250`` in German) the entry is refused with a
    sentence rather than read one way silently. A mark followed by one or two
    digits is always the decimal mark (``12.50`` means twelve fifty
    everywhere). Range and sign checks are ``parse_money``'s.
    """
    shown = text.strip()
    cleaned = "".join(
        ch for ch in shown if ch not in _SPACES and unicodedata.category(ch) != "Sc"
    ).replace("−", "-")
    if cleaned.upper().endswith("EUR") or cleaned.upper().startswith("EUR"):
        cleaned = cleaned.upper().replace("EUR", "")
    if not cleaned:
        return None
    if cleaned.startswith("-"):
        raise ValidationError(
            field,
            translatable("Money", "{label} cannot be negative.").format(label=field_label(field)),
        )
    if cleaned.startswith("+"):
        cleaned = cleaned[1:]
    example = f"1{group if group not in _SPACES else ''}250{decimal}50"
    if not cleaned or not re.fullmatch(r"[\d.,]+", cleaned):
        raise ValidationError(
            field,
            translatable(
                "Money", "{label} “{shown}” is not an amount; write it like {example}."
            ).format(label=field_label(field), shown=shown, example=example),
        )
    marks = [ch for ch in cleaned if ch in ".,"]
    if not marks:
        return parse_money(field, cleaned)
    if len(set(marks)) == 2:
        # Both marks: the last one is the decimal mark, the other groups digits.
        point = cleaned[max(cleaned.rfind("."), cleaned.rfind(","))]
        grouping = "," if point == "." else "."
        whole, _, cents = cleaned.rpartition(point)
        if point in whole or not _grouped(whole, grouping):
            raise ValidationError(
                field,
                translatable(
                    "Money", "{label} “{shown}” is not an amount; write it like {example}."
                ).format(label=field_label(field), shown=shown, example=example),
            )
        return parse_money(field, f"{whole.replace(grouping, '')}.{cents}")
    mark = marks[0]
    if len(marks) > 1:  # 1.250.000: only groups can repeat
        if not _grouped(cleaned, mark):
            raise ValidationError(
                field,
                translatable(
                    "Money", "{label} “{shown}” is not an amount; write it like {example}."
                ).format(label=field_label(field), shown=shown, example=example),
            )
        return parse_money(field, cleaned.replace(mark, ""))
    whole, _, tail = cleaned.partition(mark)
    if len(tail) == 3 and _GROUP_LEADER.match(whole):
        if mark == group:
            return parse_money(field, whole + tail)
        big = _plain(int(whole + tail) * 100, decimal, group)
        if tail.endswith("0"):
            small = f"{whole}{decimal}{tail[:2]}"
            question = translatable("Money", "{big} or {small}? Write {digits} or {small}.").format(
                big=big, small=small, digits=f"{whole}{tail}"
            )
        else:
            question = translatable(
                "Money", "{big}? Write {digits}, or use at most two decimals."
            ).format(big=big, digits=f"{whole}{tail}")
        raise ValidationError(
            field,
            translatable("Money", "{label} “{shown}” is unclear: {question}").format(
                label=field_label(field), shown=shown, question=question
            ),
        )
    return parse_money(field, f"{whole}.{tail}")


def _grouped(digits: str, mark: str) -> bool:
    """``1.234.567`` with groups of three after a first group of one to three."""
    first, *rest = digits.split(mark)
    return bool(_GROUP_LEADER.match(first)) and all(
        len(part) == 3 and part.isdigit() for part in rest
    )


def _plain(cents: int, decimal: str, group: str) -> str:
    """``125000`` → ``1.250,00`` with the given marks (a space group as a plain space)."""
    whole, frac = divmod(cents, 100)
    mark = " " if group in _SPACES else group
    return f"{whole:,}".replace(",", mark) + f"{decimal}{frac:02d}"
