"""Two people with one name: asked once, and told apart wherever people are listed."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from giftdesk.data import people as people_data
from giftdesk.data import table_rows
from giftdesk.data.person_names import distinguishing_labels, same_name
from giftdesk.ui.dialogs.person import PersonDialog


def test_names_match_without_case_accents_or_spacing():
    people = [(1, "Maria", "Mother"), (2, "Zoë", None)]
    assert same_name("  maría ", people) == [(1, "Maria", "Mother")]
    assert same_name("ZOE", people) == [(2, "Zoë", None)]
    assert same_name("Maria", people, exclude_id=1) == []


def test_labels_use_the_relationship_else_a_number():
    people = [(1, "Maria", "Mother"), (2, "maria", "Cousin"), (3, "Ben", None)]
    assert distinguishing_labels(people) == {1: "Maria (Mother)", 2: "maria (Cousin)"}
    twins = [(4, "Sam", None), (5, "Sam", None), (6, "Sam", "Uncle")]
    assert distinguishing_labels(twins) == {4: "Sam (1)", 5: "Sam (2)", 6: "Sam (Uncle)"}


def type_keys(widget, text: str) -> None:  # type: ignore[no-untyped-def]
    for char in text:
        if char.isascii():
            QTest.keyClicks(widget, char)
        else:
            QTest.sendKeyEvent(
                QTest.KeyAction.Click,
                widget,
                Qt.Key.Key_unknown,
                char,
                Qt.KeyboardModifier.NoModifier,
            )


def fill_person(qtbot, name: str, relationship: str, answers: list[str], asked: list[str]):  # type: ignore[no-untyped-def]
    """Type into the person dialog; answer each same-name question from ``answers``."""

    def answer_question() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer_question)
            return
        asked.append(box.text())
        choice = answers.pop(0)
        button = next(b for b in box.buttons() if b.text().replace("&", "") == choice)
        button.click()

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, PersonDialog) or not dialog.isAncestorOf(
            QApplication.focusWidget()
        ):
            if isinstance(dialog, PersonDialog):
                dialog.activateWindow()
            QTimer.singleShot(20, fill)
            return
        type_keys(QApplication.focusWidget(), name)
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        type_keys(QApplication.focusWidget(), relationship)
        for _ in range(len(answers)):
            dialog.activateWindow()
            qtbot.waitUntil(lambda: dialog.isAncestorOf(QApplication.focusWidget()))
            QTimer.singleShot(0, answer_question)
            QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
            qtbot.waitUntil(lambda: not isinstance(QApplication.activeModalWidget(), QMessageBox))
        if dialog.isVisible():
            dialog.reject()

    QTimer.singleShot(0, fill)


def test_a_second_maria_is_asked_about_once_and_told_apart_everywhere(qtbot, window, demo_db):
    with demo_db.reading() as s:
        first = people_data.find_person_by_name(s, "Maria")
    asked: list[str] = []
    # First "Cancel": the dialog stays open with what was typed; then "Add another".
    fill_person(qtbot, "maría", "Cousin", ["Cancel", "Add another maría"], asked)
    window.new_person()
    assert len(asked) == 2
    assert (
        asked[0]
        == f"There is already Maria ({first.relationship}). Add another person named maría?"
    )
    with demo_db.reading() as s:
        people = [
            p for p in table_rows.list_person_rows(s) if p.name.casefold() in ("maria", "maría")
        ]
    assert len(people) == 2
    second = next(p for p in people if p.id != first.id)
    labels = {first.id: f"Maria ({first.relationship})", second.id: "maría (Cousin)"}
    # The gift dialog's lists, the gift table and the budget panel say which Maria.
    choices = dict(window.tables.people.choices())
    assert choices[first.id] == labels[first.id] and choices[second.id] == labels[second.id]
    model = window.gift_model
    row = next(r for r in range(model.rowCount()) if first.id in model.row_at(r).recipient_ids)
    assert labels[first.id] in model.index(row, model.column_of("recipients")).data()
    window.occasion_filter.setCurrentIndex(1)
    panel = window.budget_panel
    panel.refresh()
    names = [panel.model.index(r, 0).data() for r in range(panel.model.rowCount())]
    assert labels[first.id] in names


def test_renaming_someone_else_to_a_taken_name_asks_too(qtbot):
    asked: list[str] = []
    dialog = PersonDialog(None, None, people=[(1, "Maria", "Mother")])
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name_edit.setText("MARIA")

    def answer() -> None:
        box = QApplication.activeModalWidget()
        asked.append(box.text())
        box.reject()

    QTimer.singleShot(0, answer)
    dialog.accept()
    assert asked == ["There is already Maria (Mother). Add another person named MARIA?"]
    assert dialog.isVisible() and dialog.error_text("name") == ""
