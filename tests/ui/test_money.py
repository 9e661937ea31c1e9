"""Money as text in the locale (ui/money.py): parsed, refused with a sentence, round-tripped."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale

from giftdesk.ui.money import format_money, parse_money_text


@pytest.mark.parametrize(
    ("locale_name", "text", "cents"),
    [
        ("en_US", "$1,234.50", 123450),
        ("en_US", "12.5", 1250),
        ("de_DE", "1.234,50 €", 123450),
        ("de_DE", "12,50", 1250),
        ("de_DE", "1.234", 123400),  # the dot groups thousands in German
        ("fr_FR", "1\u202f234,50\u00a0€", 123450),
        ("C", "9", 900),
        ("C", "", None),
    ],
)
def test_money_text_parses_in_the_locale(locale_name, text, cents):
    assert parse_money_text("price", text, QLocale(locale_name)) == cents


@pytest.mark.parametrize("text", ["-5", "abc", "1,234", "12.345", "10000000"])
def test_bad_money_text_is_refused_with_a_sentence(text):
    from giftdesk.data.errors import ValidationError

    with pytest.raises(ValidationError) as caught:
        parse_money_text("price", text, QLocale("de_DE") if text == "1,234" else QLocale("C"))
    assert caught.value.field == "price"
    assert str(caught.value).endswith(".")


def test_money_display_round_trips_exact_cents():
    for locale in (QLocale("en_US"), QLocale("de_DE"), QLocale("C")):
        for cents in (0, 1, 5, 10, 99, 101, 1999, 123456, 28_50, 999_999_999):
            assert parse_money_text("price", format_money(cents, locale), locale) == cents
