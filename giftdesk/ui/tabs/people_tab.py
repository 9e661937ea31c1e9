"""The People tab: the person table, its figures and the person dialogs.

``PeopleTab`` owns the person view, model and proxy, its part of the refresh
after a ``Change`` (``FiguresTab``), the labels that tell apart two people
with one name, and adding, editing and deleting a person.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from giftdesk.data import people as people_data
from giftdesk.data import table_rows
from giftdesk.data.operations import people as person_ops
from giftdesk.data.person_deletion import deletion_sentence, person_deletion_impact
from giftdesk.data.person_names import distinguishing_labels
from giftdesk.data.records import PersonRow
from giftdesk.i18n import translate
from giftdesk.ui.dialogs.person import PersonDialog
from giftdesk.ui.models.person_model import PersonTableModel
from giftdesk.ui.tabs.table_tab import FiguresTab, Refusal, fit_columns

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings

    from giftdesk.data.database import Database
    from giftdesk.ui.undo import UndoRunner

# The names give way; dates and figures keep their width.
PERSON_TEXT_COLUMN_WIDTHS = {"name": 200, "relationship": 160}


class PeopleTab(FiguresTab):
    """The person table (``personTable``) and the person dialogs."""

    row_type = PersonRow
    labels_changed = Signal(object)  # dict[int, str]: int keys do not pass as a QVariantMap
    """``{person id: label}`` for the people who share a name with another."""

    def __init__(
        self,
        *,
        db: Callable[[], Database],
        runner: UndoRunner,
        settings: QSettings,
        refuse: Refusal,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(
            "personTable",
            PersonTableModel(),
            parent=parent,
        )
        self._db = db
        self._runner = runner
        self._refuse = refuse
        self.labels: dict[int, str] = {}  # people sharing a name: "Maria (Mother)"
        self.restore_header(settings)  # before the fitting: the widths are the person's
        self.columns = fit_columns(self.view, self.model, PERSON_TEXT_COLUMN_WIDTHS, settings)

    # -- names ------------------------------------------------------------------

    def everyone(self) -> list[tuple[int, str, str | None]]:
        """(id, name, relationship) of every person."""
        return [(r.id, r.name, r.relationship) for r in self.model.rows()]

    def choices(self) -> list[tuple[int, str]]:
        """Every person as listed, alphabetically: (id, label or name)."""
        labels = self.labels
        return sorted(
            ((r.id, labels.get(r.id, r.name)) for r in self.model.rows()),
            key=lambda p: p[1].casefold(),
        )

    def update_labels(self) -> None:
        """Two people with one name are told apart wherever people are listed."""
        labels = distinguishing_labels(self.everyone())
        if labels != self.labels:
            self.labels = labels
            self.labels_changed.emit(labels)

    def read_rows(self, session: Any) -> Sequence[Any]:
        return table_rows.list_person_rows(session)

    def read_detail_rows(self, session: Any, fields: Sequence[str]) -> Sequence[Any]:
        return table_rows.person_details(session, fields)

    # -- the status bar and the hint ----------------------------------------------

    def status_text(self) -> str:
        total_rows, shown = self.counts()
        if shown == total_rows:
            return translate("MainWindow", "%Ln person(s)", None, total_rows)
        text = translate("MainWindow", "Showing {shown} of %Ln person(s)", None, total_rows)
        return text.format(shown=f"{shown:,}")

    def update_hint(self, search: str) -> None:
        if self.proxy.rowCount():
            text = ""
        elif self.model.rowCount() == 0:
            text = translate("MainWindow", "No people yet. Add someone with “New person…”.")
        elif search:
            text = translate(
                "MainWindow", "Nobody matches “{search}”. Clear the search box to see everything."
            ).format(search=search)
        else:
            text = translate(
                "MainWindow",
                "Nobody matches this occasion. Choose “All occasions” to see everything.",
            )
        self.hint.set_text(text)

    # -- create, edit, delete -------------------------------------------------------

    def new_person(self) -> None:
        submit = self.add_step(person_ops.create_person)
        PersonDialog(self.view.window(), None, submit, people=self.everyone()).exec()

    def edit(self, row_id: int) -> None:
        self.edit_person(row_id)

    def edit_person(self, person_id: int) -> None:
        record = self.read(lambda session: people_data.get_person(session, person_id))
        if record is None:
            return
        submit = self.edit_step(record, person_ops.edit_person)
        PersonDialog(self.view.window(), record, submit, people=self.everyone()).exec()

    def delete(self, row_id: int) -> None:
        self.delete_person(row_id)

    def delete_person(self, person_id: int) -> None:
        """Say what deleting this person takes with them; on Yes, one undoable step."""
        self.delete_after_asking(
            person_id,
            lambda session, _row: deletion_sentence(person_deletion_impact(session, person_id)),
            lambda row: partial(person_ops.delete_person, person_id=person_id, version=row.version),
        )
