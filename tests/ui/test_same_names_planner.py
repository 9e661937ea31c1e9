"""Two people with one name are told apart in the Coming up dock and in the gift
history too, with the same "Maria (Mom)" labels as the rest of the window."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel

from giftdesk.data import gifts as gifts_data
from giftdesk.data import people as people_data
from giftdesk.data.records import GiftRecord, PersonRecord
from giftdesk.ui.main_window import MainWindow

TAB_PEOPLE = 1


def test_two_marias_are_told_apart_in_coming_up_and_in_the_history(qtbot, tmp_path: Path, db):
    today = dt.date.today()
    with db.transaction() as s:
        mom = people_data.create_person(
            s,
            PersonRecord(
                None, "Maria", "Mom", birthdate=(today + dt.timedelta(days=5)).replace(year=1960)
            ),
        )
        cousin = people_data.create_person(
            s,
            PersonRecord(
                None, "maria", "Cousin", birthdate=(today + dt.timedelta(days=8)).replace(year=1990)
            ),
        )
        gifts_data.create_gift(
            s,
            GiftRecord(
                None,
                "Scarf",
                None,
                "selected",
                price_cents=2500,
                recipient_ids=(mom,),
                purchaser_id=cousin,
            ),
        )
        gifts_data.create_gift(
            s,
            GiftRecord(None, "Spa day", None, "idea", recipient_ids=(mom, cousin)),
        )
    window = MainWindow(db, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.resize(1024, 700)
    window.show()
    qtbot.waitExposed(window)

    # Coming up: both birthdays, each saying which Maria.
    assert window.planner.upcoming_dock.isVisible()
    panel = window.planner.upcoming_panel
    assert panel.objectName() == "upcomingPanel"
    birthdays = [
        row.findChild(QLabel).text()
        for row in panel.entries.findChildren(type(panel.entries), "upcomingBirthday")
    ]
    assert len(birthdays) == 2
    assert birthdays[0].startswith("<b>Maria (Mom)</b>"), birthdays
    assert birthdays[1].startswith("<b>maria (Cousin)</b>"), birthdays

    # The history of Maria (Mom): who bought it, who shares it, by label.
    window.tabs.setCurrentIndex(TAB_PEOPLE)
    view, proxy = window.person_view, window.person_proxy
    rect = view.visualRect(proxy.index(proxy.proxy_row_for_id(mom), 0))
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    history = window.planner.person_history
    assert history.objectName() == "personHistory"
    qtbot.waitUntil(lambda: history.title.text() == "Gift history of Maria (Mom)")
    no_occasion = history.model.item(0, 0)
    who = {
        no_occasion.child(r, 0).text(): no_occasion.child(r, 4).text()
        for r in range(no_occasion.rowCount())
    }
    assert who["Scarf"] == "from maria (Cousin)"
    assert who["Spa day"] == "no buyer yet; with maria (Cousin)"

    # A relationship changed: the labels follow in both places.
    with db.reading() as s:
        record = people_data.get_person(s, cousin)
    from functools import partial

    from giftdesk.data.operations import people as person_ops

    changed = PersonRecord(record.id, record.name, "Niece", birthdate=record.birthdate)
    assert window.runner.run("Edit maria", partial(person_ops.edit_person, record=changed))
    qtbot.waitUntil(lambda: "from maria (Niece)" in _texts(history))
    qtbot.waitUntil(
        lambda: any(
            label.text().startswith("<b>maria (Niece)</b>")
            for label in panel.entries.findChildren(QLabel)
        )
    )


def _texts(history) -> str:  # type: ignore[no-untyped-def]
    item = history.model.item(0, 0)
    if item is None:
        return ""
    return " ".join(item.child(r, 4).text() for r in range(item.rowCount()))
