"""The Occasions tab: the occasion table, its figures and the occasion dialogs.

``OccasionsTab`` owns the occasion view, model and proxy, its part of the
refresh after a ``Change`` (``FiguresTab``), and adding, editing and
deleting an occasion (saying first what a deletion takes with it).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

from giftdesk.data import occasions as occasions_data
from giftdesk.data import table_rows
from giftdesk.data.operations import occasions as occasion_ops
from giftdesk.data.records import OccasionRow
from giftdesk.i18n import translate
from giftdesk.ui.dialogs.occasion import OccasionDialog
from giftdesk.ui.models.occasion_model import OccasionTableModel
from giftdesk.ui.tabs.table_tab import FiguresTab, Refusal, fit_columns

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings

    from giftdesk.data.database import Database
    from giftdesk.data.records import OccasionImpact
    from giftdesk.ui.undo import UndoRunner

# The names give way; dates and figures keep their width.
OCCASION_TEXT_COLUMN_WIDTHS = {"name": 240}


def occasion_delete_sentence(name: str, impact: OccasionImpact) -> str:
    """What deleting the occasion ``name`` does to its gifts and budgets."""
    gifts, budgets = impact.gifts, impact.budgets
    if not gifts and not budgets:
        return translate("MainWindow", "Delete {name}? No gifts or budgets belong to it.").format(
            name=name
        )
    leaves = translate("MainWindow", "leaves its %Ln gift(s) with no occasion", None, gifts)
    deletes = translate("MainWindow", "deletes %Ln person budget(s) set for it", None, budgets)
    if gifts and budgets:
        return translate(
            "MainWindow", "Deleting {name} {leaves} and {deletes}. You can undo this."
        ).format(name=name, leaves=leaves, deletes=deletes)
    return translate("MainWindow", "Deleting {name} {does}. You can undo this.").format(
        name=name, does=leaves if gifts else deletes
    )


class OccasionsTab(FiguresTab):
    """The occasion table (``occasionTable``) and the occasion dialogs."""

    row_type = OccasionRow

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
            "occasionTable",
            OccasionTableModel(),
            parent=parent,
        )
        self._db = db
        self._runner = runner
        self._refuse = refuse
        self.restore_header(settings)  # before the fitting: the widths are the person's
        self.columns = fit_columns(self.view, self.model, OCCASION_TEXT_COLUMN_WIDTHS, settings)

    def read_rows(self, session: Any) -> Sequence[Any]:
        return table_rows.list_occasion_rows(session)

    def read_detail_rows(self, session: Any, fields: Sequence[str]) -> Sequence[Any]:
        return table_rows.occasion_details(session, fields)

    # -- the status bar and the hint ----------------------------------------------

    def status_text(self) -> str:
        total_rows, shown = self.counts()
        if shown == total_rows:
            return translate("MainWindow", "%Ln occasion(s)", None, total_rows)
        text = translate("MainWindow", "Showing {shown} of %Ln occasion(s)", None, total_rows)
        return text.format(shown=f"{shown:,}")

    def update_hint(self, search: str) -> None:
        if self.proxy.rowCount():
            text = ""
        elif self.model.rowCount() == 0:
            text = translate(
                "MainWindow",
                "No occasions yet. Add one with “New occasion…” (Christmas, a birthday…).",
            )
        elif search:
            text = translate(
                "MainWindow",
                "No occasions match “{search}”. Clear the search box to see everything.",
            ).format(search=search)
        else:
            text = translate(
                "MainWindow",
                "No occasions match this occasion. Choose “All occasions” to see everything.",
            )
        self.hint.set_text(text)

    # -- create, edit, delete -------------------------------------------------------

    def new_occasion(self) -> None:
        submit = self.add_step(occasion_ops.create_occasion)
        OccasionDialog(self.view.window(), None, submit).exec()

    def edit(self, row_id: int) -> None:
        self.edit_occasion(row_id)

    def edit_occasion(self, occasion_id: int) -> None:
        record = self.read(lambda session: occasions_data.get_occasion(session, occasion_id))
        if record is None:
            return
        OccasionDialog(
            self.view.window(), record, self.edit_step(record, occasion_ops.edit_occasion)
        ).exec()

    def delete(self, row_id: int) -> None:
        self.delete_occasion(row_id)

    def delete_occasion(self, occasion_id: int) -> None:
        """Say what deleting this occasion does; on Yes, one undoable step."""
        self.delete_after_asking(
            occasion_id,
            lambda session, row: occasion_delete_sentence(
                row.name, occasions_data.occasion_delete_impact(session, occasion_id)
            ),
            lambda row: partial(
                occasion_ops.delete_occasion, occasion_id=occasion_id, version=row.version
            ),
        )
