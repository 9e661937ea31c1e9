"""The dialogs by keyboard alone: dates typed the local way, Tab through every field.

Run offscreen and under a real X11 server (``xvfb-run`` with
``QT_QPA_PLATFORM=xcb``): key handling differs between platforms.
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

from giftdesk.ui.dialogs.common import FormDialog
from giftdesk.ui.dialogs.gift import GiftDialog
from giftdesk.ui.dialogs.occasion import OccasionDialog
from giftdesk.ui.dialogs.person import PersonDialog

PEOPLE = [(1, "Anna"), (2, "Grandma Rosa")]
OCCASIONS = [(10, "Christmas 2026")]


def open_dialog(qtbot, kind: str, submitted: list) -> FormDialog:  # type: ignore[no-untyped-def]
    dialog: FormDialog
    if kind == "gift":
        dialog = GiftDialog(None, None, PEOPLE, OCCASIONS, submitted.append)
    elif kind == "person":
        dialog = PersonDialog(None, None, submitted.append)
    else:
        dialog = OccasionDialog(None, None, submitted.append)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: dialog.isAncestorOf(QApplication.focusWidget()))
    return dialog


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def press(key: Qt.Key) -> None:
    QTest.keyClick(focused(), key)


def where(dialog: FormDialog, widget: QWidget) -> str:
    """The field key (or button text) that holds ``widget``."""
    for key, field in dialog.fields().items():
        if field is widget or field.isAncestorOf(widget):
            return key
    if isinstance(widget, QAbstractButton):
        return widget.text().replace("&", "")
    return widget.objectName() or type(widget).__name__


DATE_KEY = {"gift": "purchase_date", "person": "birthdate", "occasion": "date"}


def tab_to(dialog: FormDialog, key: str) -> None:
    seen = []
    for _ in range(40):
        seen.append(where(dialog, focused()))
        if seen[-1] == key:
            return
        press(Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {key}: {seen}")


# (locale, typed, date meant)
TYPED_DATES = [
    ("de_DE", "2020-03-14", dt.date(2020, 3, 14)),
    ("de_DE", "14.03.2020", dt.date(2020, 3, 14)),
    ("de_DE", "14.3.20", dt.date(2020, 3, 14)),
    ("fr_FR", "14/03/2020", dt.date(2020, 3, 14)),
    ("es_ES", "14/3/2020", dt.date(2020, 3, 14)),
    ("en_US", "3/14/2020", dt.date(2020, 3, 14)),
    ("en_US", "2020-03-14", dt.date(2020, 3, 14)),
    ("en_GB", "14/03/1947", dt.date(1947, 3, 14)),
]


@pytest.mark.parametrize("kind", ["gift", "person", "occasion"])
@pytest.mark.parametrize(("locale", "typed", "meant"), TYPED_DATES)
def test_a_date_typed_into_an_empty_date_field_is_kept(
    qtbot, in_locale, kind, locale, typed, meant
):
    in_locale(locale)
    submitted: list = []
    dialog = open_dialog(qtbot, kind, submitted)
    QTest.keyClicks(focused(), "Scarf" if kind == "gift" else "Anna")
    tab_to(dialog, DATE_KEY[kind])
    QTest.keyClicks(focused(), typed)
    press(Qt.Key.Key_Return)
    assert [dialog.error_text(key) for key in dialog.fields()] == [""] * len(dialog.fields())
    assert len(submitted) == 1
    record = submitted[0]
    value = {"gift": "purchase_date", "person": "birthdate", "occasion": "date"}[kind]
    assert getattr(record, value) == meant


@pytest.mark.parametrize("kind", ["gift", "person", "occasion"])
@pytest.mark.parametrize(("locale", "typed"), [("de_DE", "31.02.2026"), ("en_US", "soon")])
def test_an_unreadable_date_is_refused_next_to_the_field(qtbot, in_locale, kind, locale, typed):
    in_locale(locale)
    submitted: list = []
    dialog = open_dialog(qtbot, kind, submitted)
    QTest.keyClicks(focused(), "Scarf" if kind == "gift" else "Anna")
    tab_to(dialog, DATE_KEY[kind])
    QTest.keyClicks(focused(), typed)
    press(Qt.Key.Key_Return)
    assert submitted == []
    message = dialog.error_text(DATE_KEY[kind])
    assert f"“{typed}” is not a date" in message and message.endswith(".")
    assert where(dialog, focused()) == DATE_KEY[kind]  # the focus goes to the field at fault


WALKS = {
    "gift": [
        "name", "occasion", "status", "priority", "price", "sale_price", "quantity", "store",
        "url", "purchase_date", "recipients", "recipients", "purchaser", "contributors",
        "contributors", "notes", "OK", "Cancel", "name",
    ],
    "person": [
        "name", "relationship", "birthdate", "interests", "sizes", "notes", "OK", "Cancel", "name",
    ],
    "occasion": ["name", "type", "date", "budget", "notes", "OK", "Cancel", "name"],
}  # fmt: skip


@pytest.mark.parametrize("kind", ["gift", "person", "occasion"])
@pytest.mark.parametrize("with_date", [False, True])
def test_tab_walks_every_field_and_the_buttons_in_order(qtbot, kind, with_date):
    dialog = open_dialog(qtbot, kind, [])
    if with_date:  # a date set does not trap Tab in its day/month/year parts
        dialog.fields()[DATE_KEY[kind]].set_value(dt.date(2026, 12, 24))  # type: ignore[attr-defined]
    walked = [where(dialog, focused())]
    for _ in WALKS[kind][1:]:
        press(Qt.Key.Key_Tab)
        walked.append(where(dialog, focused()))
    assert walked == WALKS[kind]
    # Shift+Tab walks back the same way.
    back = [where(dialog, focused())]
    for _ in WALKS[kind][1:]:
        QTest.keyClick(focused(), Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
        back.append(where(dialog, focused()))
    assert back == list(reversed(WALKS[kind]))


@pytest.mark.parametrize("kind", ["gift", "person", "occasion"])
def test_typing_in_the_field_after_a_date_keeps_the_date(qtbot, in_locale, kind):
    in_locale("de_DE")
    submitted: list = []
    dialog = open_dialog(qtbot, kind, submitted)
    QTest.keyClicks(focused(), "Scarf" if kind == "gift" else "Anna")
    tab_to(dialog, DATE_KEY[kind])
    QTest.keyClicks(focused(), "24.12.2026")
    press(Qt.Key.Key_Tab)
    assert where(dialog, focused()) != DATE_KEY[kind]
    QTest.keyClicks(focused(), "12")
    date_field = dialog.fields()[DATE_KEY[kind]]
    assert date_field.value() == dt.date(2026, 12, 24)  # type: ignore[attr-defined]
    assert date_field.edit.text() == "24.12.2026"  # type: ignore[attr-defined]


def test_the_calendar_opens_from_the_keyboard_and_sets_the_date(qtbot):
    submitted: list = []
    dialog = open_dialog(qtbot, "occasion", submitted)
    QTest.keyClicks(focused(), "Christmas")
    tab_to(dialog, "date")
    date_field = dialog.fields()["date"]
    QTest.keyClick(focused(), Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    calendar = date_field.calendar  # type: ignore[attr-defined]
    qtbot.waitUntil(calendar.isVisible)
    today = dt.date.today()
    press(Qt.Key.Key_Return)  # on the calendar, which has the focus
    qtbot.waitUntil(lambda: not calendar.isVisible())
    assert date_field.value() == today  # type: ignore[attr-defined]
    assert where(dialog, focused()) == "date"
