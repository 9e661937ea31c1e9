"""Add or edit a person."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from giftdesk.data.models import PERSON_NAME_MAX, SHORT_TEXT_MAX
from giftdesk.data.records import PersonRecord
from giftdesk.data.repository import validate_person
from giftdesk.ui.dialogs.common import FormDialog, OptionalDateEdit


class PersonDialog(FormDialog[PersonRecord]):
    def __init__(
        self,
        parent: QWidget | None,
        record: PersonRecord | None,
        submit: Callable[[PersonRecord], None] | None = None,
    ) -> None:
        super().__init__(parent, "Edit person" if record else "New person", submit)
        self.setObjectName("PersonDialog")
        self._id = record.id if record else None
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("nameEdit")
        self.name_edit.setPlaceholderText("e.g. Grandma Rosa")
        self.relationship_edit = QLineEdit()
        self.relationship_edit.setObjectName("relationshipEdit")
        self.relationship_edit.setPlaceholderText("e.g. Grandmother, colleague")
        self.birthdate_edit = OptionalDateEdit(field="birthdate", label="Birthday")
        self.birthdate_edit.setObjectName("birthdateEdit")
        self.interests_edit = QLineEdit()
        self.interests_edit.setPlaceholderText("gardening, jazz, puzzles…")
        self.sizes_edit = QLineEdit()
        self.sizes_edit.setPlaceholderText("shirt M, shoes 39…")
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setFixedHeight(80)
        self.add_field("name", "&Name:", self.name_edit, max_length=PERSON_NAME_MAX)
        self.add_field(
            "relationship", "&Relationship:", self.relationship_edit, max_length=SHORT_TEXT_MAX
        )
        self.add_field("birthdate", "&Birthday:", self.birthdate_edit)
        self.add_field("interests", "&Interests:", self.interests_edit)
        self.add_field("sizes", "&Sizes:", self.sizes_edit)
        self.add_field("notes", "N&otes:", self.notes_edit)
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
        return validate_person(
            PersonRecord(
                id=self._id,
                name=self.name_edit.text(),
                relationship=self.relationship_edit.text(),
                birthdate=self.birthdate_edit.value(),
                notes=self.notes_edit.toPlainText(),
                interests=self.interests_edit.text(),
                sizes=self.sizes_edit.text(),
            )
        )
