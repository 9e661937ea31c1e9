"""Field checks shared by every way data comes in (dialogs, CLI, imports).

Each function returns the cleaned value or raises ``ValidationError`` with a
sentence that names the field. Nothing here touches the database.
"""

from __future__ import annotations

import datetime as dt

from giftdesk.data.errors import ValidationError
from giftdesk.data.models import QUANTITY_MAX


def _label(field: str) -> str:
    text = field.replace("_", " ")
    return text[:1].upper() + text[1:]


def clean_name(field: str, value: object, max_len: int) -> str:
    """A required, trimmed, not blank, not over-long name."""
    if value is None:
        raise ValidationError(field, f"{_label(field)} is required.")
    if not isinstance(value, str):
        raise ValidationError(field, f"{_label(field)} must be text.")
    text = " ".join(value.split())
    if not text:
        raise ValidationError(field, f"{_label(field)} cannot be blank.")
    if len(text) > max_len:
        raise ValidationError(
            field, f"{_label(field)} is too long ({len(text)} characters; at most {max_len})."
        )
    return text


def clean_text(field: str, value: object, max_len: int) -> str | None:
    """Optional text: trimmed, empty becomes None, length-limited."""
    if value is None:
        return None
    if not isinstance(value, str):
        raise ValidationError(field, f"{_label(field)} must be text.")
    text = value.strip()
    if not text:
        return None
    if len(text) > max_len:
        raise ValidationError(
            field, f"{_label(field)} is too long ({len(text)} characters; at most {max_len})."
        )
    return text


def clean_choice(field: str, value: object, choices: tuple[str, ...]) -> str:
    if not isinstance(value, str) or value.strip().lower() not in choices:
        allowed = ", ".join(choices)
        raise ValidationError(field, f"{_label(field)} “{value}” is not one of: {allowed}.")
    return value.strip().lower()


def clean_quantity(value: object, field: str = "quantity") -> int:
    if value is None or value == "":
        return 1
    if isinstance(value, bool):
        raise ValidationError(field, "Quantity must be a whole number from 1 to 9999.")
    if isinstance(value, str):
        text = value.strip()
        if not text.isdigit():
            raise ValidationError(field, "Quantity must be a whole number from 1 to 9999.")
        value = int(text)
    if not isinstance(value, int) or not 1 <= value <= QUANTITY_MAX:
        raise ValidationError(field, "Quantity must be a whole number from 1 to 9999.")
    return value


def clean_date(field: str, value: object) -> dt.date | None:
    """A date, or ISO ``YYYY-MM-DD`` text; empty becomes None."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise ValidationError(field, f"{_label(field)} “{value}” is not a date like 2026-12-24.")
