"""Errors a person can read: every one carries one plain sentence.

The sentence is a ``Message`` (template and arguments, see ``messages``), so
it is said in the user's language where it is shown, while the data layer
stays free of Qt: ``str(error)`` renders it with the installed translation.
"""

from __future__ import annotations

from giftdesk.data.messages import Message, translatable


class GiftdeskError(Exception):
    """Base for errors shown to the user as a single sentence."""

    def __init__(self, message: Message | str) -> None:
        super().__init__(message)
        self.sentence = message

    @property
    def message(self) -> str:
        """The sentence in the user's language."""
        return str(self.sentence)

    def __str__(self) -> str:
        return str(self.sentence)


class ValidationError(GiftdeskError):
    """A value the user gave is not acceptable; nothing was written.

    ``field`` names the offending field (e.g. ``"price"``) so dialogs can put
    the message next to it; ``record`` names the record in an import.
    """

    def __init__(
        self, field: str, message: Message | str, record: Message | str | None = None
    ) -> None:
        self.field = field
        self.record = record
        self.detail_message = message
        text = (
            translatable("Errors", "{record}: {problem}").format(record=record, problem=message)
            if record
            else message
        )
        super().__init__(text)

    @property
    def detail(self) -> str:
        """The sentence about the field alone (without the record), in the user's language."""
        return str(self.detail_message)

    def in_record(self, record: Message | str) -> ValidationError:
        """The same error, said about one record of an imported file."""
        return ValidationError(self.field, self.detail_message, record=record)


class NotFoundError(GiftdeskError):
    """Something the action refers to no longer exists (deleted meanwhile)."""


class DatabaseError(GiftdeskError):
    """A database file cannot be opened or used."""


class NotAGiftdeskDatabase(DatabaseError):
    pass


class NewerDatabaseError(DatabaseError):
    pass


class ReadOnlyDatabaseError(DatabaseError):
    pass


class LockedDatabaseError(DatabaseError):
    pass


class MigrationError(DatabaseError):
    pass


class ConnectionLostError(DatabaseError):
    """The server went away during a unit of work (which it then rolled back)."""


class ConflictError(GiftdeskError):
    """The action was based on rows another computer changed meanwhile; nothing was saved."""


class ImportFileError(GiftdeskError):
    """A backup file cannot be imported; nothing was written."""
