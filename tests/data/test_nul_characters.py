"""A NUL character (U+0000) is refused on every way text comes in, on both engines.

PostgreSQL cannot store it in a text column (the driver's DataError would
surface as an "unexpected error"); SQLite could, but refusing it there too
keeps every family movable to a shared database. Each refusal is the same
sentence naming the field, and nothing is written.
"""

from __future__ import annotations

import dataclasses
from functools import partial

import pytest

from giftdesk.data import gifts as gifts_data
from giftdesk.data import occasions as occasions_data
from giftdesk.data import people as people_data
from giftdesk.data import spreadsheet
from giftdesk.data.errors import ValidationError
from giftdesk.data.operations import gifts as gift_ops
from giftdesk.data.operations import occasions as occasion_ops
from giftdesk.data.operations import people as people_ops
from giftdesk.data.operations import perform
from giftdesk.data.operations import planner as planner_ops
from giftdesk.data.records import GiftRecord, OccasionRecord, PersonRecord
from giftdesk.data.spreadsheet import SpreadsheetError
from giftdesk.data.validation import clean_name, clean_text

REFUSAL = "contains a NUL character, which a database server cannot store."


def _refused(db, op, field: str, label: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError) as caught:
        perform(db, op)
    assert caught.value.field == field
    assert str(caught.value) == f"{label} {REFUSAL}"


def test_clean_name_and_clean_text_refuse_a_nul_anywhere():
    for text in ("\x00", "Ma\x00ria", "Maria\x00", "  \x00  "):
        with pytest.raises(ValidationError, match="Name contains a NUL character"):
            clean_name("name", text, 100)
        with pytest.raises(ValidationError, match="Notes contains a NUL character"):
            clean_text("notes", text, 100)


@pytest.mark.parametrize(
    ("field", "label", "value"),
    [
        ("name", "Name", "Ma\x00ria"),
        ("notes", "Notes", "likes\x00tea"),
        ("sizes", "Sizes", "M\x00"),
    ],
)
def test_a_person_with_a_nul_is_neither_created_nor_edited(
    db, family, row_counts, field, label, value
):
    before = row_counts(db)
    record = dataclasses.replace(PersonRecord(None, "Maria"), **{field: value})
    _refused(db, partial(people_ops.create_person, record=record), field, label)
    assert row_counts(db) == before
    with db.reading() as s:
        anna = people_data.get_person(s, family["anna"])
    _refused(db, partial(people_ops.edit_person, record=dataclasses.replace(anna, **{field: value})),
             field, label)  # fmt: skip
    with db.reading() as s:
        after = people_data.get_person(s, family["anna"])
    assert after == anna and after.version == anna.version


@pytest.mark.parametrize(
    ("field", "label", "value"), [("name", "Name", "Easter\x00"), ("notes", "Notes", "\x00")]
)
def test_an_occasion_with_a_nul_is_neither_created_nor_edited(
    db, family, row_counts, field, label, value
):
    before = row_counts(db)
    record = dataclasses.replace(OccasionRecord(None, "Easter", "holiday"), **{field: value})
    _refused(db, partial(occasion_ops.create_occasion, record=record), field, label)
    assert row_counts(db) == before
    with db.reading() as s:
        xmas = occasions_data.get_occasion(s, family["xmas"])
    edited = dataclasses.replace(xmas, **{field: value})
    _refused(db, partial(occasion_ops.edit_occasion, record=edited), field, label)
    with db.reading() as s:
        after = occasions_data.get_occasion(s, family["xmas"])
    assert after == xmas and after.version == xmas.version


@pytest.mark.parametrize(
    ("field", "label", "value"),
    [
        ("name", "Name", "Board\x00game"),
        ("notes", "Notes", "wrap\x00it"),
        ("store", "Store", "\x00Shop"),
        ("url", "Link", "https://example.com/\x00"),
    ],
)
def test_a_gift_with_a_nul_is_neither_created_nor_edited_nor_cell_edited(
    db, family, row_counts, field, label, value
):
    before = row_counts(db)
    record = dataclasses.replace(
        GiftRecord(None, "Kite", recipient_ids=(family["anna"],)), **{field: value}
    )
    _refused(db, partial(gift_ops.create_gifts, records=[record]), field, label)
    assert row_counts(db) == before
    with db.reading() as s:
        game = gifts_data.get_gift(s, family["shared"])
    edited = dataclasses.replace(game, **{field: value})
    _refused(db, partial(gift_ops.edit_gift, record=edited), field, label)
    # The cell edit, with the version as seen (the one-statement path on a server) and without.
    for version in (game.version, 0):
        cell_edit = partial(
            gift_ops.set_gift_fields, gift_id=game.id, changes={field: value}, version=version
        )
        _refused(db, cell_edit, field, label)
    with db.reading() as s:
        after = gifts_data.get_gift(s, family["shared"])
    assert after == game and after.version == game.version
    assert row_counts(db) == before


def test_a_rollover_to_a_name_with_a_nul_is_refused(db, family, row_counts):
    before = row_counts(db)
    op = partial(planner_ops.rollover, occasion_id=family["xmas"], name="Christmas\x002027")
    with pytest.raises(ValidationError, match=f"Name {REFUSAL}"):
        perform(db, op)
    assert row_counts(db) == before


@pytest.mark.parametrize(
    ("row", "said"),
    [
        (["Kite\x00", "Anna", "", ""], "row 2, column Gift: name " + REFUSAL),
        (["Kite", "An\x00na", "", ""], "row 2, column For: name " + REFUSAL),
        (["Kite", "Anna", "wrap\x00it", ""], "row 2, column Notes: notes " + REFUSAL),
        (["Kite", "Anna", "", "Toys\x00R"], "row 2, column Store: store " + REFUSAL),
    ],
)
def test_a_spreadsheet_cell_with_a_nul_refuses_the_import(db, family, row_counts, row, said):
    before = row_counts(db)
    sheet = spreadsheet.sheet_from_rows("gifts.xlsx", [["Gift", "For", "Notes", "Store"], row])
    with pytest.raises(SpreadsheetError) as caught:
        plan = spreadsheet.plan_import(sheet)
        perform(db, partial(planner_ops.import_spreadsheet, plan=plan))
    assert str(caught.value) == said
    assert row_counts(db) == before


def test_the_default_occasion_of_a_spreadsheet_with_a_nul_is_refused():
    sheet = spreadsheet.sheet_from_rows("gifts.xlsx", [["Gift", "For"], ["Kite", "Anna"]])
    with pytest.raises(SpreadsheetError, match="occasion " + REFUSAL):
        spreadsheet.plan_import(sheet, default_occasion="Xmas\x00")
