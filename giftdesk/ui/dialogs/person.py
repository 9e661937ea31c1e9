"""Add or edit a person."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import QLineEdit, QMessageBox, QPlainTextEdit, QWidget

from giftdesk.data.errors import GiftdeskError
from giftdesk.data.fields import PERSON_NAME_MAX, SHORT_TEXT_MAX
from giftdesk.data.person_names import Person, describe, name_key, same_name
from giftdesk.data.records import PersonRecord
from giftdesk.data.validation import validate_person
from giftdesk.i18n import translate
from giftdesk.ui.dialogs.common import FormDialog, OptionalDateEdit


def ask_same_name(parent: QWidget | None, name: str, others: list[Person]) -> bool:
    """“There is already a Maria (Mother). Add another Maria?” → yes or no."""
    box = QMessageBox(parent)
    box.setObjectName("sameNameQuestion")
    box.setWindowTitle(translate("Person", "Same name"))
    box.setIcon(QMessageBox.Icon.Question)
    listed = ", ".join(describe(p) for p in others)
    box.setText(
        translate("Person", "There is already {listed}. Add another person named {name}?").format(
            listed=listed, name=name
        )
    )
    box.setInformativeText(
        translate(
            "Person",
            "A relationship (Mother, cousin…) tells them apart in every list; without "
            "one they are numbered.",
        )
    )
    add = box.addButton(
        translate("Person", "Add another {name}").format(name=name),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(add)
    box.exec()
    return box.clickedButton() is add


class PersonDialog(FormDialog[PersonRecord]):
    def __init__(
        self,
        parent: QWidget | None,
        record: PersonRecord | None,
        submit: Callable[[PersonRecord], None] | None = None,
        *,
        people: Sequence[Person] = (),
    ) -> None:
        """``people``: everyone in the file (id, name, relationship), to ask once
        before a second person gets a name somebody already has."""
        super().__init__(
            parent,
            translate("PersonDialog", "Edit person")
            if record
            else translate("PersonDialog", "New person"),
            submit,
        )
        self.setObjectName("PersonDialog")
        self._id = record.id if record else None
        self._people = list(people)
        self._agreed_name = record.name if record else None  # asked already (or their own)
        # The saved change is refused if another computer changed the row meanwhile.
        self._version = record.version if record else 0
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("nameEdit")
        self.name_edit.setPlaceholderText(translate("PersonDialog", "e.g. Grandma Rosa"))
        self.relationship_edit = QLineEdit()
        self.relationship_edit.setObjectName("relationshipEdit")
        self.relationship_edit.setPlaceholderText(
            translate("PersonDialog", "e.g. Grandmother, colleague")
        )
        self.birthdate_edit = OptionalDateEdit(
            field="birthdate", label=translate("PersonDialog", "Birthday")
        )
        self.birthdate_edit.setObjectName("birthdateEdit")
        self.interests_edit = QLineEdit()
        self.interests_edit.setPlaceholderText(
            translate("PersonDialog", "gardening, jazz, puzzles…")
        )
        self.sizes_edit = QLineEdit()
        self.sizes_edit.setPlaceholderText(translate("PersonDialog", "shirt M, shoes 39…"))
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setFixedHeight(80)
        self.add_field(
            "name", translate("PersonDialog", "&Name:"), self.name_edit, max_length=PERSON_NAME_MAX
        )
        self.add_field(
            "relationship",
            translate("PersonDialog", "&Relationship:"),
            self.relationship_edit,
            max_length=SHORT_TEXT_MAX,
        )
        self.add_field("birthdate", translate("PersonDialog", "&Birthday:"), self.birthdate_edit)
        self.add_field("interests", translate("PersonDialog", "&Interests:"), self.interests_edit)
        self.add_field("sizes", translate("PersonDialog", "&Sizes:"), self.sizes_edit)
        self.add_field("notes", translate("PersonDialog", "N&otes:"), self.notes_edit)
        if record is not None:
            self.name_edit.setText(record.name)
            self.relationship_edit.setText(record.relationship or "")
            self.birthdate_edit.set_value(record.birthdate)
            self.interests_edit.setText(record.interests or "")
            self.sizes_edit.setText(record.sizes or "")
            self.notes_edit.setPlainText(record.notes or "")
        self.setMinimumWidth(440)
        self.name_edit.setFocus()

    def build_record(self) -> PersonRecord:
        record = validate_person(
            PersonRecord(
                id=self._id,
                version=self._version,
                name=self.name_edit.text(),
                relationship=self.relationship_edit.text(),
                birthdate=self.birthdate_edit.value(),
                notes=self.notes_edit.toPlainText(),
                interests=self.interests_edit.text(),
                sizes=self.sizes_edit.text(),
            )
        )
        others = same_name(record.name, self._people, exclude_id=self._id)
        if others and name_key(record.name) != name_key(self._agreed_name or ""):
            if not ask_same_name(self, record.name, others):
                raise GiftdeskError("")  # backed out: the dialog stays open, nothing said
            self._agreed_name = record.name
        return record
