"""A window connected as a family member: none of their gifts, and told how many are hidden."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLabel
from sqlalchemy import text

from giftdesk.data.database import Database, open_database
from giftdesk.data.members import Invitation
from giftdesk.ui.main_window import MainWindow
from giftdesk.ui.report_export import budget_report


def _hidden(db: Database, person_id: int) -> set[int]:
    with db.reading() as session:
        return set(
            session.scalars(
                text("SELECT gift_id FROM gift_people WHERE person_id = :p AND role = 'recipient'"),
                {"p": person_id},
            )
        )


def test_a_member_window_shows_none_of_their_gifts(
    qtbot, tmp_path, shared_family: Database, family_member: Invitation
):  # type: ignore[no-untyped-def]
    hidden = _hidden(shared_family, family_member.member.person_id)
    with shared_family.reading() as session:
        everyone = session.scalar(text("SELECT count(*) FROM gifts"))
    member_db = open_database(family_member.address)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(member_db, settings)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    try:
        model = window.gift_model
        qtbot.waitUntil(lambda: model.rowCount() > 0)
        shown = {model.row_at(row).id for row in range(model.rowCount())}
        assert len(shown) == everyone - len(hidden)
        assert not shown & hidden
        panel = window.budget_panel
        panel.refresh()
        note = f"{len(hidden)} gifts for you are hidden from you"
        assert note in panel.subtitle.text()
        window.grab().save(str(tmp_path / "member-window.png"))
        html, _ = budget_report(member_db)
        assert f"{note}. These figures leave them out." in html
        organiser_html, _ = budget_report(shared_family)
        assert "hidden from you" not in organiser_html
        # The purchaser picker's figures say so too, for the occasion of the gifts.
        from giftdesk.ui.bulk.picker_data import load_picker_data

        first = model.row_at(0)
        with shared_family.reading() as session:
            in_occasion = session.scalar(
                text(
                    "SELECT count(*) FROM gifts g WHERE g.occasion_id IS NOT DISTINCT FROM :o "
                    "AND g.id IN (SELECT gift_id FROM gift_people WHERE person_id = :p "
                    "AND role = 'recipient')"
                ),
                {"o": first.occasion_id, "p": family_member.member.person_id},
            )
        scope_text = load_picker_data(member_db, [first.id]).scope_text
        assert f"{in_occasion} gifts for you are hidden from you." in scope_text
        assert "hidden" not in load_picker_data(shared_family, [first.id]).scope_text
    finally:
        window.close()
        member_db.close()


def _window(qtbot, tmp_path, db: Database) -> MainWindow:  # type: ignore[no-untyped-def]
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(db, settings)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_the_organiser_adds_and_removes_a_member_under_people(
    qtbot, tmp_path, monkeypatch, shared_family: Database, new_login: str
):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QMessageBox

    window = _window(qtbot, tmp_path, shared_family)
    assert window.members.action_family_members.isVisible()
    assert window.members.action_family_members in window.people_menu.actions()
    assert not window.members.action_hide_gifts_for.isVisible()  # a courtesy for files only
    dialog = window.members.show_members_dialog()
    assert dialog is not None
    qtbot.waitExposed(dialog)
    QTest.keyClicks(dialog.login, new_login)
    dialog.person.setCurrentIndex(dialog.person.findText("Maria"))
    QTest.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert dialog.address.isVisible() and dialog.address.text().startswith(
        f"postgresql://{new_login}:"
    )
    assert "is not shown again" in dialog.message.text()
    assert [dialog.list.item(i).text() for i in range(dialog.list.count())] == [
        f"{new_login} — Maria"
    ]
    dialog.grab().save(str(tmp_path / "members-dialog.png"))
    # The same name again: one sentence, nothing added.
    QTest.keyClicks(dialog.login, new_login)
    QTest.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert f"The login “{new_login}” is already taken" in dialog.message.text()
    assert dialog.list.count() == 1

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog.list.setCurrentRow(0)
    QTest.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert dialog.list.count() == 0
    assert "can no longer connect" in dialog.message.text()
    with shared_family.reading() as session:
        assert (
            session.scalar(
                text("SELECT count(*) FROM pg_roles WHERE rolname = :n"), {"n": new_login}
            )
            == 0
        )
    dialog.close()
    window.close()


def test_a_member_has_no_members_entry(qtbot, tmp_path, family_member: Invitation):  # type: ignore[no-untyped-def]
    member_db = open_database(family_member.address)
    window = _window(qtbot, tmp_path, member_db)
    try:
        assert not window.members.action_family_members.isVisible()
        assert not window.members.action_hide_gifts_for.isVisible()
    finally:
        window.close()
        member_db.close()


def test_on_a_file_hide_gifts_for_is_a_courtesy_that_says_so(qtbot, tmp_path, demo_db):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QDialogButtonBox

    window = _window(qtbot, tmp_path, demo_db)
    assert window.members.action_hide_gifts_for.isVisible()
    assert window.members.action_hide_gifts_for in window.file_menu.actions()
    assert not window.members.action_family_members.isVisible()
    with demo_db.reading() as session:
        anna = session.scalar(text("SELECT id FROM persons WHERE name = 'Anna'"))
        for_anna = set(
            session.scalars(
                text("SELECT gift_id FROM gift_people WHERE person_id = :p AND role = 'recipient'"),
                {"p": anna},
            )
        )
    assert for_anna
    proxy = window.gift_proxy
    everyone = proxy.rowCount()
    dialog = window.members.ask_whose_gifts_to_hide()
    qtbot.waitExposed(dialog)
    warning = dialog.findChild(QLabel, "hideGiftsWarning").text()
    assert "It is not protection" in warning
    dialog.person.setCurrentIndex(dialog.person.findText("Anna"))
    dialog.grab().save(str(tmp_path / "hide-gifts.png"))
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    QTest.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert proxy.rowCount() == everyone - len(for_anna)
    model = window.gift_model
    visible_ids = {
        model.row_at(proxy.mapToSource(proxy.index(r, 0)).row()).id for r in range(proxy.rowCount())
    }
    assert not visible_ids & for_anna
    assert "anyone who opens the file still sees them" in window.statusBar().currentMessage()
    # A search keeps her gifts hidden too.
    window.search_box.setText("a")
    visible_ids = {
        model.row_at(proxy.mapToSource(proxy.index(r, 0)).row()).id for r in range(proxy.rowCount())
    }
    assert not visible_ids & for_anna
    window.close()
