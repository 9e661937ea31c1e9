"""Service-layer validation: each bad value gets a sentence naming its field."""

from __future__ import annotations

import datetime as dt

import pytest

from giftdesk.data.errors import ValidationError
from giftdesk.data.money import format_cents, parse_money
from giftdesk.data.validation import clean_choice, clean_date, clean_name, clean_quantity


@pytest.mark.parametrize(
    ("text", "cents"),
    [
        ("12.50", 1250),
        ("12.5", 1250),
        ("12", 1200),
        ("12,50", 1250),
        (" 0.99 ", 99),
        ("0", 0),
        (".5", 50),
        ("9999999.99", 999_999_999),
        (7, 700),
        (12.25, 1225),
        ("", None),
        (None, None),
    ],
)
def test_money_is_parsed_to_exact_cents(text, cents):
    assert parse_money("price", text) == cents


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("-1.00", "cannot be negative"),
        ("-0.01", "cannot be negative"),
        ("abc", "is not an amount"),
        ("1e3", "is not an amount"),
        ("12.3.4", "is not an amount"),
        ("1,234.50", "is not an amount"),
        ("12.345", "at most two decimals"),
        ("10000000.00", "less than 10,000,000.00"),
        ("99999999999", "less than 10,000,000.00"),
        (True, "must be an amount"),
        ([1], "must be an amount"),
    ],
)
def test_bad_money_is_refused_with_a_sentence(text, words):
    with pytest.raises(ValidationError) as caught:
        parse_money("sale_price", text)
    assert caught.value.field == "sale_price"
    assert words in str(caught.value)
    assert str(caught.value).startswith("Sale price")


def test_trailing_zero_decimals_are_fine():
    assert parse_money("price", "12.500") == 1250


@pytest.mark.parametrize(
    ("cents", "text"), [(0, "0.00"), (5, "0.05"), (1250, "12.50"), (-350, "-3.50"), (None, "")]
)
def test_cents_format_as_plain_decimals(cents, text):
    assert format_cents(cents) == text


@pytest.mark.parametrize(
    ("value", "words"),
    [(None, "is required"), ("   ", "cannot be blank"), ("x" * 101, "too long"), (5, "text")],
)
def test_bad_names_are_refused(value, words):
    with pytest.raises(ValidationError, match=words) as caught:
        clean_name("name", value, 100)
    assert caught.value.field == "name"


def test_names_are_trimmed_and_inner_space_folded():
    assert clean_name("name", "  Grandma   Rosa ", 100) == "Grandma Rosa"


@pytest.mark.parametrize("value", [0, -1, 10_000, "abc", "1.5", True, 2.5])
def test_quantity_outside_1_to_9999_is_refused(value):
    with pytest.raises(ValidationError, match="whole number from 1 to 9999"):
        clean_quantity(value)


def test_quantity_defaults_to_one_and_accepts_digits():
    assert clean_quantity(None) == 1
    assert clean_quantity("12") == 12
    assert clean_quantity(9999) == 9999


def test_unknown_status_is_refused():
    with pytest.raises(ValidationError, match="is not one of: idea, selected"):
        clean_choice("status", "lost", ("idea", "selected", "purchased", "received"))


def test_dates():
    assert clean_date("birthdate", "2026-12-24") == dt.date(2026, 12, 24)
    assert clean_date("birthdate", "") is None
    with pytest.raises(ValidationError, match="not a date like 2026-12-24"):
        clean_date("birthdate", "24.12.2026")
    with pytest.raises(ValidationError, match="not a date"):
        clean_date("birthdate", "2026-02-30")


@pytest.mark.parametrize(
    ("text", "decimal", "group", "cents"),
    [
        ("1.250", ",", ".", 125000),
        ("1.250.000,5", ",", ".", 125000050),
        ("12.50", ",", ".", 1250),
        ("1 250,50", ",", "\u202f", 125050),
        ("1,250", ".", ",", 125000),
        ("1,250.50", ".", ",", 125050),
        ("1.250,50", ".", ",", 125050),  # both marks: the last one is the decimal mark
        ("12,5", ".", ",", 1250),
        ("€ 7", ",", ".", 700),
        ("", ",", ".", None),
    ],
)
def test_local_money_reads_the_marks_of_the_locale(text, decimal, group, cents):
    from giftdesk.data.money import parse_local_money

    assert parse_local_money("price", text, decimal=decimal, group=group) == cents


@pytest.mark.parametrize(
    ("text", "decimal", "group", "sentence"),
    [
        ("1,250", ",", ".", "Price “1,250” is unclear: 1.250,00 or 1,25? Write 1250 or 1,25."),
        ("1.250", ".", ",", "Price “1.250” is unclear: 1,250.00 or 1.25? Write 1250 or 1.25."),
        (
            "1.255",
            ".",
            ",",
            "Price “1.255” is unclear: 1,255.00? Write 1255, or use at most two decimals.",
        ),
        ("1.25.0", ",", ".", "Price “1.25.0” is not an amount; write it like 1.250,50."),
        ("12a", ",", ".", "Price “12a” is not an amount; write it like 1.250,50."),
        ("-3", ",", ".", "Price cannot be negative."),
    ],
)
def test_local_money_refuses_unclear_or_bad_entries_with_a_sentence(text, decimal, group, sentence):
    from giftdesk.data.money import parse_local_money

    with pytest.raises(ValidationError) as caught:
        parse_local_money("price", text, decimal=decimal, group=group)
    assert str(caught.value) == sentence
