"""The person picker dialog, driven through its real widgets."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QLineEdit, QListView, QPushButton

from giftdesk.data.errors import GiftdeskError
from giftdesk.data.records import PersonRecord
from giftdesk.ui.purchaser_picker import (
    IsNobodyRole,
    OverBudgetRole,
    PersonIdRole,
    PickerFilterProxy,
    PickerLine,
    PickerMode,
    PickerModel,
    PurchaserPickerDialog,
    dialog_title,
    fold,
)

LINES = [
    PickerLine(3, "Thomas", "Dad", 12000, 15000),
    PickerLine(2, "Maria", "Mom", 31000, 30000),
    PickerLine(8, "Zoë", "Niece"),
    PickerLine(12, "Chloé", "Cousin", 2500, None),
    PickerLine(1, "Sam", "Me", 34050, 45000),
]


@pytest.fixture(autouse=True)
def euro_locale():  # type: ignore[no-untyped-def]
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.Ireland))
    yield
    QLocale.setDefault(previous)


class Creator:
    """A new-person callback standing in for the undoable command."""

    def __init__(self, fail: str | None = None) -> None:
        self.records: list[PersonRecord] = []
        self.fail = fail

    def __call__(self, record: PersonRecord) -> int:
        if self.fail:
            raise GiftdeskError(self.fail)
        self.records.append(record)
        return 100 + len(self.records)


def open_dialog(qtbot, mode=PickerMode.PURCHASER, creator=None, **kwargs):  # type: ignore[no-untyped-def]
    dialog = PurchaserPickerDialog(
        LINES, mode=mode, gift_count=kwargs.pop("gift_count", 12), create_person=creator, **kwargs
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    dialog.filter_edit.setFocus()
    return dialog


def visible_names(dialog: PurchaserPickerDialog) -> list[str]:
    proxy = dialog.proxy()
    names = []
    for row in range(proxy.rowCount()):
        index = proxy.index(row, 0)
        if index.data(IsNobodyRole):
            names.append("<nobody>")
        else:
            line = dialog.model().line_at(proxy.mapToSource(index).row())
            names.append(line.name)
    return names


def test_object_names_follow_the_spec(qtbot):  # type: ignore[no-untyped-def]
    dialog = open_dialog(qtbot, creator=Creator())
    assert dialog.objectName() == "PurchaserPickerDialog"
    assert isinstance(dialog.findChild(QLineEdit, "purchaserFilter"), QLineEdit)
    assert isinstance(dialog.findChild(QListView, "purchaserList"), QListView)
    assert isinstance(dialog.findChild(QPushButton, "newPersonButton"), QPushButton)


def test_model_and_filter_proxy_pass_the_model_tester(qtmodeltester):  # type: ignore[no-untyped-def]
    model = PickerModel(LINES, with_nobody=True)
    qtmodeltester.check(model, force_py=True)
    proxy = PickerFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_filter_text("o")
    qtmodeltester.check(proxy, force_py=True)


def test_lines_show_what_each_person_buys_against_their_budget_in_the_locale():  # type: ignore[no-untyped-def]
    model = PickerModel(LINES, with_nobody=True)
    texts = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert texts[0].startswith("No purchaser")
    assert "Thomas (Dad) — buying €120.00 of €150.00" in texts
    assert "Zoë (Niece) — buying nothing yet" in texts
    assert "Chloé (Cousin) — buying €25.00, no budget set" in texts


def test_over_budget_people_are_marked_in_words_and_with_an_icon():  # type: ignore[no-untyped-def]
    model = PickerModel(LINES)
    row = model.row_of(2)
    index = model.index(row, 0)
    assert index.data().endswith("over budget by €10.00")
    assert not index.data(Qt.ItemDataRole.DecorationRole).isNull()
    fine = model.index(model.row_of(3), 0)
    assert "over budget" not in fine.data()


def test_figures_across_occasions_name_where_someone_is_over():  # type: ignore[no-untyped-def]
    model = PickerModel([PickerLine(5, "Anna", "Sister", 9000, 20000, ("Christmas 2026",))])
    index = model.index(0, 0)
    assert "over budget" in index.data()
    assert "Christmas 2026" in index.data(Qt.ItemDataRole.ToolTipRole)


def test_fold_strips_accents_and_case():  # type: ignore[no-untyped-def]
    assert fold("Zoë") == "zoe"
    assert fold("CHLOÉ") == "chloe"
    assert fold("Straße") == "strasse"


def test_typing_filters_accent_and_case_insensitively(qtbot):  # type: ignore[no-untyped-def]
    dialog = open_dialog(qtbot)
    qtbot.keyClicks(dialog.filter_edit, "zoe")
    assert visible_names(dialog) == ["Zoë"]
    dialog.filter_edit.clear()
    qtbot.keyClicks(dialog.filter_edit, "CHLO")
    assert visible_names(dialog) == ["Chloé"]
    dialog.filter_edit.clear()
    qtbot.keyClicks(dialog.filter_edit, "dad")  # relationships match too
    assert visible_names(dialog) == ["Thomas"]
    dialog.filter_edit.clear()
    assert visible_names(dialog)[0] == "<nobody>"
    assert len(visible_names(dialog)) == len(LINES) + 1


def test_enter_in_the_filter_chooses_the_first_match(qtbot):  # type: ignore[no-untyped-def]
    dialog = open_dialog(qtbot)
    qtbot.keyClicks(dialog.filter_edit, "zoe")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.filter_edit, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.chosen_person_id() == 8
    assert dialog.chosen_name() == "Zoë"
    assert not dialog.chose_nobody()


def test_down_moves_into_the_list_and_enter_chooses(qtbot):  # type: ignore[no-untyped-def]
    dialog = open_dialog(qtbot)
    qtbot.keyClicks(dialog.filter_edit, "m")  # Maria (Mom), Sam (Me), Thomas
    names = visible_names(dialog)
    assert names == ["Maria", "Sam", "Thomas"]
    qtbot.keyClick(dialog.filter_edit, Qt.Key.Key_Down)
    assert dialog.focusWidget() is dialog.list_view
    qtbot.keyClick(dialog.list_view, Qt.Key.Key_Down)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.list_view, Qt.Key.Key_Return)
    assert dialog.chosen_name() == names[1]


def test_typing_in_the_list_goes_to_the_filter(qtbot):  # type: ignore[no-untyped-def]
    dialog = open_dialog(qtbot)
    dialog.list_view.setFocus()
    qtbot.keyClicks(dialog.list_view, "tho")
    assert dialog.filter_edit.text() == "tho"
    assert dialog.focusWidget() is dialog.filter_edit
    assert visible_names(dialog) == ["Thomas"]


def test_escape_cancels_without_a_choice(qtbot):  # type: ignore[no-untyped-def]
    dialog = open_dialog(qtbot)
    qtbot.keyClicks(dialog.filter_edit, "zo")
    with qtbot.waitSignal(dialog.rejected):
        qtbot.keyClick(dialog.list_view, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert dialog.chosen_person_id() is None
    assert not dialog.chose_nobody()


def test_double_click_chooses(qtbot):  # type: ignore[no-untyped-def]
    dialog = open_dialog(qtbot)
    view = dialog.list_view
    index = dialog.proxy().mapFromSource(dialog.model().index(dialog.model().row_of(3), 0))
    rect = view.visualRect(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert dialog.chosen_person_id() == 3


def test_no_purchaser_entry_clears(qtbot):  # type: ignore[no-untyped-def]
    dialog = open_dialog(qtbot, current_person_id=None)
    assert dialog.list_view.currentIndex().data(IsNobodyRole)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.filter_edit, Qt.Key.Key_Return)
    assert dialog.chose_nobody()
    assert dialog.chosen_person_id() is None


def test_the_current_purchaser_is_preselected(qtbot):  # type: ignore[no-untyped-def]
    dialog = open_dialog(qtbot, current_person_id=12, gift_count=1, gift_name="Vinyl record")
    assert dialog.list_view.currentIndex().data(PersonIdRole) == 12
    assert dialog.windowTitle() == "Assign purchaser for “Vinyl record”"


@pytest.mark.parametrize("mode", [PickerMode.ADD_RECIPIENT, PickerMode.REMOVE_RECIPIENT])
def test_recipient_modes_have_no_nobody_entry_and_their_own_wording(qtbot, mode):  # type: ignore[no-untyped-def]
    dialog = open_dialog(qtbot, mode=mode)
    assert "<nobody>" not in visible_names(dialog)
    assert "receiving" in dialog.model().index(0, 0).data()
    assert dialog.windowTitle() == dialog_title(mode, 12)
    qtbot.keyClicks(dialog.filter_edit, "no purchaser")
    assert visible_names(dialog) == []
    assert not dialog.ok_button.isEnabled()
    assert dialog.empty_label.isVisible()


def test_titles_adapt_to_the_action_and_count():  # type: ignore[no-untyped-def]
    assert dialog_title(PickerMode.PURCHASER, 12) == "Assign purchaser for 12 gifts"
    assert dialog_title(PickerMode.ADD_RECIPIENT, 3) == "Add recipient to 3 gifts"
    assert dialog_title(PickerMode.REMOVE_RECIPIENT, 1) == "Remove recipient from 1 gift"
    assert dialog_title(PickerMode.PURCHASER, 10000) == "Assign purchaser for 10,000 gifts"


def test_create_a_person_inline_selects_them(qtbot):  # type: ignore[no-untyped-def]
    creator = Creator()
    dialog = open_dialog(qtbot, creator=creator)
    qtbot.keyClicks(dialog.filter_edit, "Oma Gerda")
    assert dialog.empty_label.isVisible()
    qtbot.mouseClick(dialog.new_person_button, Qt.MouseButton.LeftButton)
    name = dialog.findChild(QLineEdit, "newPersonName")
    relationship = dialog.findChild(QLineEdit, "newPersonRelationship")
    assert name.text() == "Oma Gerda"  # prefilled from the filter
    qtbot.keyClicks(relationship, "Grandmother")
    qtbot.keyClick(relationship, Qt.Key.Key_Return)
    assert creator.records == [PersonRecord(None, "Oma Gerda", "Grandmother")]
    assert dialog.isVisible()  # still in the dialog
    assert dialog.created_person_ids() == [101]
    assert dialog.list_view.currentIndex().data(PersonIdRole) == 101
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.list_view, Qt.Key.Key_Return)
    assert dialog.chosen_person_id() == 101


def test_blank_new_person_name_gets_a_message_next_to_the_field(qtbot):  # type: ignore[no-untyped-def]
    creator = Creator()
    dialog = open_dialog(qtbot, creator=creator)
    qtbot.mouseClick(dialog.new_person_button, Qt.MouseButton.LeftButton)
    name = dialog.findChild(QLineEdit, "newPersonName")
    qtbot.keyClicks(name, "   ")
    qtbot.keyClick(name, Qt.Key.Key_Return)
    error = dialog.findChild(QLabel, "newPersonNameError")
    assert error.isVisible()
    assert error.text() == "Name cannot be blank."
    assert creator.records == []
    assert dialog.isVisible()


def test_overlong_relationship_is_refused_next_to_its_field(qtbot):  # type: ignore[no-untyped-def]
    creator = Creator()
    dialog = open_dialog(qtbot, creator=creator)
    qtbot.mouseClick(dialog.new_person_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.findChild(QLineEdit, "newPersonName"), "Ida")
    dialog.findChild(QLineEdit, "newPersonRelationship").setText("x" * 500)
    qtbot.mouseClick(dialog.findChild(QPushButton, "addPersonButton"), Qt.MouseButton.LeftButton)
    error = dialog.findChild(QLabel, "newPersonRelationshipError")
    assert error.isVisible()
    assert "too long" in error.text()
    assert creator.records == []


def test_a_duplicate_name_asks_for_a_second_press(qtbot):  # type: ignore[no-untyped-def]
    creator = Creator()
    dialog = open_dialog(qtbot, creator=creator)
    qtbot.mouseClick(dialog.new_person_button, Qt.MouseButton.LeftButton)
    name = dialog.findChild(QLineEdit, "newPersonName")
    qtbot.keyClicks(name, "zoe")
    qtbot.keyClick(name, Qt.Key.Key_Return)
    assert "already someone called “Zoë”" in dialog.new_person_error()
    assert creator.records == []
    qtbot.keyClick(name, Qt.Key.Key_Return)
    assert [r.name for r in creator.records] == ["zoe"]


def test_a_refused_creation_shows_the_sentence_and_keeps_the_form(qtbot):  # type: ignore[no-untyped-def]
    dialog = open_dialog(qtbot, creator=Creator(fail="The file is read-only; nothing was saved."))
    qtbot.mouseClick(dialog.new_person_button, Qt.MouseButton.LeftButton)
    name = dialog.findChild(QLineEdit, "newPersonName")
    qtbot.keyClicks(name, "Ida")
    qtbot.keyClick(name, Qt.Key.Key_Return)
    assert dialog.new_person_error() == "The file is read-only; nothing was saved."
    assert dialog.created_person_ids() == []


def test_escape_in_the_new_person_form_closes_only_the_form(qtbot):  # type: ignore[no-untyped-def]
    dialog = open_dialog(qtbot, creator=Creator())
    qtbot.mouseClick(dialog.new_person_button, Qt.MouseButton.LeftButton)
    name = dialog.findChild(QLineEdit, "newPersonName")
    qtbot.keyClick(name, Qt.Key.Key_Escape)
    assert dialog.isVisible()
    assert not dialog.findChild(QLineEdit, "newPersonName").isVisible()


def test_without_a_callback_there_is_no_new_person_button(qtbot):  # type: ignore[no-untyped-def]
    dialog = open_dialog(qtbot, creator=None)
    assert not dialog.new_person_button.isVisible()
    assert QApplication.instance() is not None


def test_figures_read_later_arrive_once_the_dialog_shows(qtbot):  # type: ignore[no-untyped-def]
    bare = [
        PickerLine(line.person_id, line.name, line.relationship, figures_known=False)
        for line in LINES
    ]
    calls = []

    def pending():  # type: ignore[no-untyped-def]
        calls.append(1)
        return LINES, "Figures for all occasions."

    dialog = PurchaserPickerDialog(
        bare, gift_count=3, scope_text="Reading the figures…", pending_figures=pending
    )
    qtbot.addWidget(dialog)
    model = dialog.model()
    thomas = model.index(model.row_of(3), 0)
    assert thomas.data() == "Thomas (Dad) — …"
    assert not model.index(model.row_of(2), 0).data(OverBudgetRole)
    dialog.show()
    qtbot.waitUntil(lambda: not dialog.figures_pending())
    assert calls == [1]
    assert thomas.data() == "Thomas (Dad) — buying €120.00 of €150.00"
    assert model.index(model.row_of(2), 0).data(OverBudgetRole)
    assert dialog.intro_label.text() == "Who buys these 3 gifts? Figures for all occasions."


def test_figures_that_cannot_be_read_are_said_in_the_intro(qtbot):  # type: ignore[no-untyped-def]
    def pending():  # type: ignore[no-untyped-def]
        raise GiftdeskError("The file is in use by another program.")

    dialog = PurchaserPickerDialog(LINES, gift_count=2, pending_figures=pending)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: not dialog.figures_pending())
    assert "The file is in use by another program." in dialog.intro_label.text()
