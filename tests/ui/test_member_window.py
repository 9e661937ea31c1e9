"""A window connected as a family member: none of their gifts, and told how many are hidden."""

from __future__ import annotations

from PySide6.QtCore import QSettings
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
    finally:
        window.close()
        member_db.close()
