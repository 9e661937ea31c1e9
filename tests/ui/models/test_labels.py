"""Labels (ui/models/labels.py): dates in the locale's short format with a full year (ISO
under C), search folding, and labels that agree with the data layer's fields."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QLocale

from giftdesk.ui.models.labels import format_date

CHRISTMAS = dt.date(2026, 12, 25)
BIRTHDAY = dt.date(1988, 3, 2)


@pytest.mark.parametrize("locale", [QLocale.c(), QLocale(QLocale.Language.C)])
def test_the_c_locale_writes_iso_8601(locale: QLocale) -> None:
    # Its own short format would give "25 12 2026" and "2 03 1988".
    assert format_date(CHRISTMAS, locale) == "2026-12-25"
    assert format_date(BIRTHDAY, locale) == "1988-03-02"


@pytest.mark.parametrize(
    ("name", "christmas", "birthday"),
    [
        ("en_US", "12/25/2026", "3/2/1988"),  # its short format is M/d/yy
        ("de_DE", "25.12.2026", "02.03.1988"),  # dd.MM.yy
        ("en_GB", "25/12/2026", "02/03/1988"),
        ("ja_JP", "2026/12/25", "1988/03/02"),
    ],
)
def test_other_locales_keep_their_short_format_with_a_four_digit_year(
    name: str, christmas: str, birthday: str
) -> None:
    locale = QLocale(name)
    assert format_date(CHRISTMAS, locale) == christmas
    assert format_date(BIRTHDAY, locale) == birthday


def test_every_locale_shows_the_whole_year() -> None:
    locales = QLocale.matchingLocales(
        QLocale.Language.AnyLanguage, QLocale.Script.AnyScript, QLocale.Country.AnyCountry
    )
    assert len(locales) > 100
    for locale in locales:
        year = locale.toString(1988).replace(locale.groupSeparator(), "")
        assert year in format_date(BIRTHDAY, locale), locale.name()


def test_no_date_is_an_empty_cell() -> None:
    assert format_date(None, QLocale.c()) == ""


def test_editor_limits_match_the_data_layer():
    from giftdesk.data.fields import GIFT_STATUSES, QUANTITY_MAX
    from giftdesk.ui import delegates
    from giftdesk.ui.models.labels import STATUS_LABELS

    assert delegates.QUANTITY_MAX == QUANTITY_MAX
    assert tuple(STATUS_LABELS) == GIFT_STATUSES


def test_fold_per_character_equals_decomposing_the_whole_text():
    import random
    import unicodedata

    from giftdesk.ui.models.labels import fold

    def whole_text(text: str) -> str:
        decomposed = unicodedata.normalize("NFKD", text.casefold())
        return "".join(c for c in decomposed if not unicodedata.combining(c))

    # Latin with accents, Greek, Cyrillic, Vietnamese, ligatures, Hangul,
    # combining marks after a letter and on their own, full-width letters.
    pool = [chr(c) for c in range(0x20, 0x590)] + list("ﬃßẞǅŐőỆệ한글ＡＢｃ\u0301\u0308\u20dd")
    chooser = random.Random(7)
    for _ in range(5000):
        text = "".join(chooser.choice(pool) for _ in range(chooser.randint(1, 8)))
        assert fold(text) == whole_text(text), text
