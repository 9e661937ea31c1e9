"""Field checks shared by every way data comes in (dialogs, CLI, imports).

Each function returns the cleaned value (or record) or raises
``ValidationError`` with a sentence that names the field. Nothing here
touches the database; references to other rows are checked in ``checks``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable

from giftdesk.data.errors import ValidationError
from giftdesk.data.field_labels import field_label
from giftdesk.data.fields import (
    GIFT_NAME_MAX,
    GIFT_STATUSES,
    NOTES_MAX,
    OCCASION_NAME_MAX,
    OCCASION_TYPES,
    PERSON_NAME_MAX,
    PRIORITIES,
    QUANTITY_MAX,
    SHORT_TEXT_MAX,
    URL_MAX,
)
from giftdesk.data.messages import translatable
from giftdesk.data.money import check_cents
from giftdesk.data.records import GiftRecord, OccasionRecord, PersonRecord


def clean_name(field: str, value: object, max_len: int) -> str:
    """A required, trimmed, not blank, not over-long name."""
    if value is None:
        raise ValidationError(
            field,
            translatable("Validation", "{label} is required.").format(label=field_label(field)),
        )
    if not isinstance(value, str):
        raise ValidationError(
            field,
            translatable("Validation", "{label} must be text.").format(label=field_label(field)),
        )
    refuse_nul_character(field, value)
    text = " ".join(value.split())
    if not text:
        raise ValidationError(
            field,
            translatable("Validation", "{label} cannot be blank.").format(label=field_label(field)),
        )
    if len(text) > max_len:
        raise ValidationError(
            field,
            translatable(
                "Validation", "{label} is too long ({length} characters; at most {max_len})."
            ).format(label=field_label(field), length=len(text), max_len=max_len),
        )
    return text


def clean_text(field: str, value: object, max_len: int) -> str | None:
    """Optional text: trimmed, empty becomes None, length-limited."""
    if value is None:
        return None
    if not isinstance(value, str):
        raise ValidationError(
            field,
            translatable("Validation", "{label} must be text.").format(label=field_label(field)),
        )
    refuse_nul_character(field, value)
    text = value.strip()
    if not text:
        return None
    if len(text) > max_len:
        raise ValidationError(
            field,
            translatable(
                "Validation", "{label} is too long ({length} characters; at most {max_len})."
            ).format(label=field_label(field), length=len(text), max_len=max_len),
        )
    return text


def refuse_nul_character(field: str, text: str) -> None:
    """Refuse a text holding a NUL character (U+0000), on every engine.

    PostgreSQL cannot store it in a text column; refusing it on SQLite too
    keeps every family movable to a shared database and back.
    """
    if "\x00" in text:
        raise ValidationError(
            field,
            translatable(
                "Validation",
                "{label} contains a NUL character, which a database server cannot store.",
            ).format(label=field_label(field)),
        )


def clean_choice(field: str, value: object, choices: tuple[str, ...]) -> str:
    if not isinstance(value, str) or value.strip().lower() not in choices:
        allowed = ", ".join(choices)
        raise ValidationError(
            field,
            translatable("Validation", "{label} “{value}” is not one of: {allowed}.").format(
                label=field_label(field), value=value, allowed=allowed
            ),
        )
    return value.strip().lower()


def clean_quantity(value: object, field: str = "quantity") -> int:
    if value is None or value == "":
        return 1
    if isinstance(value, bool):
        raise ValidationError(
            field, translatable("Validation", "Quantity must be a whole number from 1 to 9999.")
        )
    if isinstance(value, str):
        text = value.strip()
        if not text.isdigit():
            raise ValidationError(
                field, translatable("Validation", "Quantity must be a whole number from 1 to 9999.")
            )
        value = int(text)
    if not isinstance(value, int) or not 1 <= value <= QUANTITY_MAX:
        raise ValidationError(
            field, translatable("Validation", "Quantity must be a whole number from 1 to 9999.")
        )
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
    raise ValidationError(
        field,
        translatable("Validation", "{label} “{value}” is not a date like 2026-12-24.").format(
            label=field_label(field), value=value
        ),
    )


def validate_person(record: PersonRecord) -> PersonRecord:
    return dataclasses.replace(
        record,
        name=clean_name("name", record.name, PERSON_NAME_MAX),
        relationship=clean_text("relationship", record.relationship, SHORT_TEXT_MAX),
        birthdate=clean_date("birthdate", record.birthdate),
        notes=clean_text("notes", record.notes, NOTES_MAX),
        interests=clean_text("interests", record.interests, NOTES_MAX),
        sizes=clean_text("sizes", record.sizes, NOTES_MAX),
    )


def validate_occasion(record: OccasionRecord) -> OccasionRecord:
    return dataclasses.replace(
        record,
        name=clean_name("name", record.name, OCCASION_NAME_MAX),
        type=clean_choice("type", record.type, OCCASION_TYPES),
        date=clean_date("date", record.date),
        budget_cents=check_cents("budget", record.budget_cents),
        notes=clean_text("notes", record.notes, NOTES_MAX),
    )


def check_sale_price(price_cents: int | None, sale_price_cents: int | None) -> None:
    """A sale price above the regular price is a typo, never a bargain: refuse it."""
    if price_cents is not None and sale_price_cents is not None and sale_price_cents > price_cents:
        raise ValidationError(
            "sale_price",
            translatable(
                "Validation",
                "The sale price is higher than the price; a sale price is the lower "
                "price on sale (leave it empty when the gift is not on sale).",
            ),
        )


def validate_gift(record: GiftRecord) -> GiftRecord:
    """Field checks of a gift (references are checked against the database later)."""
    recipients = _unique_ids("recipients", record.recipient_ids)
    contributors = _unique_ids("contributors", record.contributor_ids)
    if record.purchaser_id is not None and record.purchaser_id in contributors:
        raise ValidationError(
            "contributors",
            translatable(
                "Validation",
                "The purchaser already pays for this gift; they cannot also contribute.",
            ),
        )
    return dataclasses.replace(
        record,
        name=clean_name("name", record.name, GIFT_NAME_MAX),
        status=clean_choice("status", record.status, GIFT_STATUSES),
        priority=clean_choice("priority", record.priority, PRIORITIES),
        price_cents=check_cents("price", record.price_cents),
        sale_price_cents=check_cents("sale_price", record.sale_price_cents),
        quantity=clean_quantity(record.quantity),
        store=clean_text("store", record.store, SHORT_TEXT_MAX),
        url=clean_text("url", record.url, URL_MAX),
        notes=clean_text("notes", record.notes, NOTES_MAX),
        purchase_date=clean_date("purchase_date", record.purchase_date),
        recipient_ids=recipients,
        contributor_ids=contributors,
    )


def _unique_ids(field: str, ids: Iterable[int]) -> tuple[int, ...]:
    result: list[int] = []
    for value in ids:
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValidationError(
                field,
                translatable("Validation", "{label} must be people of this file.").format(
                    label=field_label(field)
                ),
            )
        if value not in result:
            result.append(value)
    return tuple(sorted(result))
