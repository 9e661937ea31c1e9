"""Labels and editors agree with the data layer's fields."""

from __future__ import annotations


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
