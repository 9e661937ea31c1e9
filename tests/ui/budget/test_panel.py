"""The budget panel: its model, refresh, inline budgets, undo, filtering."""

from __future__ import annotations

from functools import partial
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QColor, QPalette, QUndoStack
from PySide6.QtWidgets import QApplication, QWidget

from giftdesk.data import budgets as budgets_data
from giftdesk.data import occasions as occasions_data
from giftdesk.data import people as people_data
from giftdesk.data import table_rows
from giftdesk.data.budget import ALL, compute_budget_summary
from giftdesk.data.changes import Change
from giftdesk.data.database import Database
from giftdesk.data.operations.gifts import create_gifts
from giftdesk.data.records import GiftRecord, PersonRecord
from giftdesk.ui import report_export
from giftdesk.ui.budget import panel as bp
from giftdesk.ui.budget_bars import BAR_ROLE, OVER_ROLE, over_colour
from giftdesk.ui.changes import ChangeHub
from giftdesk.ui.dialogs.person_budget import PersonBudgetDialog
from giftdesk.ui.main_window import MainWindow
from giftdesk.ui.money import format_money
from giftdesk.ui.undo import UndoRunner


def ids(db: Database) -> tuple[int, int, int]:
    """(Christmas id, Anna's id, Grandma Rosa's 80th id) in the demo family."""
    with db.reading() as session:
        christmas = occasions_data.find_occasion_by_name(session, "Christmas 2026")
        rosa = occasions_data.find_occasion_by_name(session, "Grandma Rosa's 80th")
        anna = people_data.find_person_by_name(session, "Anna")
    assert christmas and rosa and anna
    return christmas.id, anna.id, rosa.id  # type: ignore[return-value]


@pytest.fixture
def panel(qtbot, demo_db):  # type: ignore[no-untyped-def]
    hub = ChangeHub()
    stack = QUndoStack()
    refused: list[str] = []
    runner = UndoRunner(lambda: demo_db, hub, stack, refused.append)
    widget = bp.BudgetPanel(lambda: demo_db, runner)
    widget.hub_for_tests = hub  # type: ignore[attr-defined]
    widget.stack_for_tests = stack  # type: ignore[attr-defined]
    widget.runner_for_tests = runner  # type: ignore[attr-defined]
    widget.refused_for_tests = refused  # type: ignore[attr-defined]
    qtbot.addWidget(widget)
    widget.resize(640, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def row_of(panel: bp.BudgetPanel, name: str) -> int:
    model = panel.model
    return next(r for r in range(model.rowCount()) if model.row_at(r).name == name)


def cell(panel: bp.BudgetPanel, name: str, key: str):  # type: ignore[no-untyped-def]
    return panel.model.index(row_of(panel, name), panel.model.column_of(key))


@pytest.mark.parametrize("which", ["all", "christmas", "bucket"])
def test_model_passes_the_model_tester(qtmodeltester, panel, demo_db, which) -> None:  # type: ignore[no-untyped-def]
    christmas, _anna, _rosa = ids(demo_db)
    choice = {"all": ALL, "christmas": christmas, "bucket": None}[which]
    panel.set_occasion(choice)
    panel.refresh()
    assert panel.model.rowCount() > 0 or which == "bucket"
    # One check per tester: calling check() twice connects its slots twice.
    qtmodeltester.check(panel.model, force_py=True)
    # Switching mode (a reset) and refreshing in place (dataChanged) are checked live.
    panel.set_occasion(ALL if which != "all" else christmas)
    panel.refresh()
    panel.refresh()


def test_all_occasions_shows_one_row_per_occasion(panel, demo_db) -> None:  # type: ignore[no-untyped-def]
    with demo_db.reading() as session:
        summary = compute_budget_summary(session)
    model = panel.model
    assert not model.showing_people
    assert [model.row_at(r).name for r in range(model.rowCount())] == [
        o.name for o in summary.occasions
    ]
    xmas = summary.occasions[0]
    assert cell(panel, xmas.name, "budget").data() == format_money(xmas.budget_cents)
    assert cell(panel, xmas.name, "planned").data(BAR_ROLE) == (
        xmas.planned_total_cents, xmas.bought_total_cents, xmas.budget_cents,
    )  # fmt: skip
    assert panel.title.text() == "All occasions"
    # The bucket has no budget to edit.
    bucket = cell(panel, "(no occasion)", "budget")
    assert not (model.flags(bucket) & Qt.ItemFlag.ItemIsEditable)


def test_one_occasion_header_and_people(panel, demo_db) -> None:  # type: ignore[no-untyped-def]
    christmas, anna, _rosa = ids(demo_db)
    panel.set_occasion(christmas)
    panel.refresh()
    with demo_db.reading() as session:
        occasion = compute_budget_summary(session, christmas).occasions[0]
    assert panel.model.showing_people
    assert panel.title.text() == "Christmas 2026"
    figures = {k: v.text() for k, v in panel.figure_labels.items()}
    assert figures["budget"] == format_money(occasion.budget_cents)
    assert figures["planned"] == format_money(occasion.planned_total_cents)
    assert figures["bought"] == format_money(occasion.bought_total_cents)
    assert panel.bar.figures() == (
        occasion.planned_total_cents, occasion.bought_total_cents, occasion.budget_cents,
    )  # fmt: skip
    assert format_money(occasion.ideas_total_cents) in panel.details_text()
    assert f"{occasion.unpriced} gift" in panel.details_text()
    if occasion.over_budget:
        over = occasion.planned_total_cents - occasion.budget_cents  # type: ignore[operator]
        assert panel.status.text() == f"⚠ Over budget by {format_money(over)}"
    names = [panel.model.row_at(r).name for r in range(panel.model.rowCount())]
    assert names == [p.name for p in occasion.people]
    person = next(p for p in occasion.people if p.person_id == anna)
    receiving = cell(panel, "Anna", "receiving")
    assert receiving.data(BAR_ROLE) == (
        person.receiving_planned_cents, person.receiving_bought_cents, person.recipient_budget_cents,
    )  # fmt: skip
    assert receiving.data(OVER_ROLE) == person.over_budget


def test_over_budget_header_says_it_in_words(panel, demo_db) -> None:  # type: ignore[no-untyped-def]
    christmas, _anna, _rosa = ids(demo_db)
    panel.set_occasion(christmas)
    panel.refresh()
    assert panel.set_occasion_budget(christmas, "Christmas 2026", "10")
    panel.refresh()
    assert panel.status.text().startswith("⚠ Over budget by ")
    assert panel.figure_labels["remaining"].text().startswith("−")
    assert panel.set_occasion_budget(christmas, "Christmas 2026", "100000")
    panel.refresh()
    assert panel.status.text().endswith("left to plan")


def test_an_undo_refused_because_the_person_is_gone_is_shown(qtbot, panel, demo_db) -> None:  # type: ignore[no-untyped-def]
    christmas, anna, _rosa = ids(demo_db)
    panel.set_occasion(christmas)
    panel.refresh()
    assert panel.model.setData(
        cell(panel, "Anna", "recipient_budget"), "321.50", Qt.ItemDataRole.EditRole
    )
    with demo_db.transaction() as session:  # another window deletes Anna's occasion
        occasions_data.delete_occasion(session, christmas)
    stack = panel.stack_for_tests
    stack.undo()
    assert len(panel.refused_for_tests) == 1
    assert "no longer exists" in panel.refused_for_tests[0]
    assert stack.count() == 0  # the step left the stack: it can never apply again


def test_editing_a_recipient_budget_inline_is_undoable(qtbot, panel, demo_db) -> None:  # type: ignore[no-untyped-def]
    christmas, anna, _rosa = ids(demo_db)
    panel.set_occasion(christmas)
    panel.refresh()
    index = cell(panel, "Anna", "recipient_budget")
    before = index.data(Qt.ItemDataRole.EditRole)
    with demo_db.reading() as session:
        old = budgets_data.get_budget(session, anna, christmas)
    assert panel.model.setData(index, "321.50", Qt.ItemDataRole.EditRole)
    qtbot.waitUntil(lambda: cell(panel, "Anna", "recipient_budget").data() == format_money(32150))
    with demo_db.reading() as session:
        new = budgets_data.get_budget(session, anna, christmas)
    assert new.recipient_budget_cents == 32150
    assert new.purchaser_budget_cents == old.purchaser_budget_cents  # the other one untouched
    stack = panel.stack_for_tests
    assert stack.undoText() == "Set Anna's budget for gifts to them for Christmas 2026"
    stack.undo()
    qtbot.waitUntil(
        lambda: cell(panel, "Anna", "recipient_budget").data(Qt.ItemDataRole.EditRole) == before
    )
    with demo_db.reading() as session:
        assert budgets_data.get_budget(session, anna, christmas) == old
    stack.redo()
    qtbot.waitUntil(lambda: cell(panel, "Anna", "recipient_budget").data() == format_money(32150))


def test_clearing_a_budget_with_an_empty_cell(qtbot, panel, demo_db) -> None:  # type: ignore[no-untyped-def]
    christmas, anna, _rosa = ids(demo_db)
    panel.set_occasion(christmas)
    panel.refresh()
    assert panel.model.setData(
        cell(panel, "Anna", "purchaser_budget"), "  ", Qt.ItemDataRole.EditRole
    )
    qtbot.waitUntil(lambda: cell(panel, "Anna", "purchaser_budget").data() == "—")
    with demo_db.reading() as session:
        assert budgets_data.get_budget(session, anna, christmas).purchaser_budget_cents is None


@pytest.mark.parametrize(
    ("text", "sentence"),
    [
        ("-5", "cannot be negative"),
        ("lots", "is not an amount"),
        ("12.345", "at most two decimals"),
        ("99999999", "less than 10,000,000.00"),
    ],
)
def test_bad_money_is_refused_with_a_sentence(panel, demo_db, text, sentence) -> None:  # type: ignore[no-untyped-def]
    christmas, anna, _rosa = ids(demo_db)
    panel.set_occasion(christmas)
    panel.refresh()
    with demo_db.reading() as session:
        old = budgets_data.get_budget(session, anna, christmas)
    assert not panel.model.setData(
        cell(panel, "Anna", "recipient_budget"), text, Qt.ItemDataRole.EditRole
    )
    assert sentence in panel.message_text()
    assert panel.message_text().endswith(".")
    assert panel.stack_for_tests.count() == 0
    with demo_db.reading() as session:
        assert budgets_data.get_budget(session, anna, christmas) == old
    # A good value afterwards clears the message.
    assert panel.model.setData(
        cell(panel, "Anna", "recipient_budget"), "10", Qt.ItemDataRole.EditRole
    )
    assert panel.message_text() == ""


def test_editing_an_occasion_budget_through_the_editor(qtbot, panel, demo_db) -> None:  # type: ignore[no-untyped-def]
    christmas, _anna, _rosa = ids(demo_db)
    index = cell(panel, "Christmas 2026", "budget")
    assert panel.model.flags(index) & Qt.ItemFlag.ItemIsEditable
    view = panel.table
    centre = view.visualRect(index).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    editor = view.findChild(QWidget, "budgetEditor")
    assert editor is not None and editor.isVisible()
    assert editor.text() == "1,500.00" or editor.text().replace(",", "") == "1500.00"
    editor.setText("1750")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: cell(panel, "Christmas 2026", "budget").data() == format_money(175000))
    with demo_db.reading() as session:
        assert occasions_data.get_occasion(session, christmas).budget_cents == 175000
    panel.stack_for_tests.undo()
    qtbot.waitUntil(lambda: cell(panel, "Christmas 2026", "budget").data() == format_money(150000))


def test_change_budget_button_asks_and_sets(qtbot, panel, demo_db, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    _christmas, _anna, rosa = ids(demo_db)
    panel.set_occasion(rosa)
    panel.refresh()
    asked = []
    monkeypatch.setattr(
        panel,
        "ask_budget_text",
        lambda title, current: asked.append((title, current)) or ("650", True),
    )
    panel.change_budget_button.click()
    assert asked and asked[0][0] == "Budget of Grandma Rosa's 80th"
    qtbot.waitUntil(lambda: panel.figure_labels["budget"].text() == format_money(65000))


def test_refresh_is_one_engine_call_per_burst_of_changes(
    qtbot, panel, demo_db, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    calls = []
    real = bp.compute_budget_summary
    monkeypatch.setattr(
        bp, "compute_budget_summary", lambda s, c=ALL, **kw: calls.append(c) or real(s, c, **kw)
    )
    hub = panel.hub_for_tests
    for _ in range(5):
        hub.notify(Change(gifts=frozenset({1})))
    hub.notify(Change(persons=frozenset({1})))  # a rename shows too
    qtbot.waitUntil(lambda: len(calls) == 1)
    qtbot.wait(20)
    assert len(calls) == 1
    hub.notify(Change(budgets=True))
    qtbot.waitUntil(lambda: len(calls) == 2)


def test_hidden_panel_refreshes_only_when_shown_again(qtbot, panel, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    calls = []
    real = bp.compute_budget_summary
    monkeypatch.setattr(
        bp, "compute_budget_summary", lambda s, c=ALL, **kw: calls.append(c) or real(s, c, **kw)
    )
    panel.hide()
    panel.hub_for_tests.notify(Change(budgets=True))
    qtbot.wait(20)
    assert calls == []
    panel.show()
    assert len(calls) == 1


def test_a_gift_edit_elsewhere_moves_the_figures(qtbot, panel, demo_db) -> None:  # type: ignore[no-untyped-def]
    christmas, anna, _rosa = ids(demo_db)
    panel.set_occasion(christmas)
    panel.refresh()
    before = panel.model.row_at(row_of(panel, "Anna")).receiving_planned_cents
    kite = GiftRecord(None, "Kite", christmas, "selected", price_cents=1000, recipient_ids=(anna,))
    stack = panel.stack_for_tests
    panel.runner_for_tests.run("Add kite", partial(create_gifts, records=[kite]))
    qtbot.waitUntil(
        lambda: panel.model.row_at(row_of(panel, "Anna")).receiving_planned_cents == before + 1000
    )
    stack.undo()
    qtbot.waitUntil(
        lambda: panel.model.row_at(row_of(panel, "Anna")).receiving_planned_cents == before
    )


# -- in the main window -------------------------------------------------------------


@pytest.fixture
def window(qtbot, demo_db, tmp_path: Path):  # type: ignore[no-untyped-def]
    main = MainWindow(demo_db, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(main)
    main.resize(1400, 850)
    main.show()
    qtbot.waitExposed(main)
    return main


def test_the_window_has_the_panel_and_actions(window) -> None:  # type: ignore[no-untyped-def]
    panel = window.findChild(QWidget, "budgetPanel")
    assert isinstance(panel, bp.BudgetPanel)
    assert panel.isVisible()
    actions = {
        a.objectName(): a for a in window.findChildren(type(window.budget_dock.action_print_budget))
    }
    assert actions["actionPrintBudget"].shortcut().toString() == "Ctrl+P"
    assert "actionExportBudget" in actions
    assert window.budget_dock.action_print_budget in window.file_menu.actions()


def test_the_occasion_filter_drives_the_panel(qtbot, window, demo_db) -> None:  # type: ignore[no-untyped-def]
    christmas, _anna, _rosa = ids(demo_db)
    panel = window.budget_panel
    combo = window.occasion_filter
    combo.setCurrentIndex(combo.findData(christmas))
    qtbot.waitUntil(lambda: panel.title.text() == "Christmas 2026")
    assert panel.model.showing_people
    combo.setCurrentIndex(0)
    qtbot.waitUntil(lambda: panel.title.text() == "All occasions")
    # Double-clicking an occasion (not its budget) chooses it in the filter.
    panel.table.activated.emit(cell(panel, "Christmas 2026", "name"))
    assert window.current_occasion_filter() == christmas


def test_double_clicking_a_person_filters_the_gift_table(qtbot, window, demo_db) -> None:  # type: ignore[no-untyped-def]
    christmas, anna, _rosa = ids(demo_db)
    panel = window.budget_panel
    window.occasion_filter.setCurrentIndex(window.occasion_filter.findData(christmas))
    qtbot.waitUntil(lambda: panel.model.showing_people and panel.model.rowCount() > 0)
    panel.table.activated.emit(cell(panel, "Anna", "name"))
    proxy = window.gift_proxy
    shown = [proxy.item_at(r) for r in range(proxy.rowCount())]
    assert shown
    for row in shown:
        assert row.occasion_id == christmas
        assert anna in row.recipient_ids or row.purchaser_id == anna or anna in row.contributor_ids
    with demo_db.reading() as session:
        every = table_rows.list_gift_rows(session)
    expected = {
        r.id for r in every
        if r.occasion_id == christmas
        and (anna in r.recipient_ids or r.purchaser_id == anna or anna in r.contributor_ids)
    }  # fmt: skip
    assert {row.id for row in shown} == expected
    assert "Anna" in panel.filter_note.text() and panel.filter_bar.isVisible()
    # Another occasion keeps the person filter; "Show all gifts" drops it.
    window.occasion_filter.setCurrentIndex(0)
    assert all(
        anna in r.recipient_ids or r.purchaser_id == anna or anna in r.contributor_ids
        for r in (proxy.item_at(i) for i in range(proxy.rowCount()))
    )
    panel.show_all_button.click()
    assert proxy.rowCount() == len(every)
    assert not panel.filter_bar.isVisible()


def test_a_budget_cell_edit_does_not_filter(qtbot, window, demo_db) -> None:  # type: ignore[no-untyped-def]
    christmas, _anna, _rosa = ids(demo_db)
    panel = window.budget_panel
    window.occasion_filter.setCurrentIndex(window.occasion_filter.findData(christmas))
    qtbot.waitUntil(lambda: panel.model.showing_people)
    rows = window.gift_proxy.rowCount()
    panel.table.activated.emit(cell(panel, "Anna", "recipient_budget"))
    assert window.gift_proxy.rowCount() == rows


def test_print_preview_paints_the_summary(qtbot, window, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtPrintSupport import QPrinter

    shown = []
    monkeypatch.setattr(report_export, "run_dialog", lambda dialog: shown.append(dialog) or 0)
    window.budget_dock.action_print_budget.trigger()
    assert shown and shown[0].objectName() == "budgetPrintPreview"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "preview.pdf"))
    shown[0].paintRequested.emit(printer)
    assert (tmp_path / "preview.pdf").read_bytes().startswith(b"%PDF")


def test_export_action_writes_the_chosen_format(qtbot, window, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "summary"
    monkeypatch.setattr(
        report_export, "ask_save_path", lambda *a: (str(target), report_export.FILTERS["csv"])
    )
    window.budget_dock.action_export_budget.trigger()
    written = tmp_path / "summary.csv"
    assert written.read_text(encoding="utf-8").startswith("occasion,person,budget")
    assert "summary.csv" in window.statusBar().currentMessage()


def test_export_refusal_is_shown(qtbot, window, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    errors = []
    monkeypatch.setattr(report_export, "show_error", lambda parent, text: errors.append(text))
    monkeypatch.setattr(
        report_export, "ask_save_path", lambda *a: (str(tmp_path / "nope" / "x.pdf"), "")
    )
    window.budget_dock.action_export_budget.trigger()
    assert errors and "does not exist" in errors[0]


def test_screenshot_for_the_docs(qtbot, window, demo_db) -> None:  # type: ignore[no-untyped-def]
    """Not a check of pixels: the panel paints without errors at its real size."""
    christmas, _anna, _rosa = ids(demo_db)
    window.occasion_filter.setCurrentIndex(window.occasion_filter.findData(christmas))
    qtbot.waitUntil(lambda: window.budget_panel.model.rowCount() > 5)
    image = window.grab().toImage()
    assert not image.isNull() and image.width() >= 1000


# -- column widths ----------------------------------------------------------------


def visible_widths(panel: bp.BudgetPanel) -> dict[str, int]:
    table = panel.table
    return {
        spec.key: table.columnWidth(c)
        for c, spec in enumerate(panel.model.columns())
        if not table.isColumnHidden(c)
    }


@pytest.mark.parametrize("width", [380, 448, 560, 700])
@pytest.mark.parametrize("which", ["all", "christmas"])
def test_columns_fit_the_panel_and_names_stay_readable(qtbot, panel, demo_db, which, width) -> None:  # type: ignore[no-untyped-def]
    christmas, _anna, _rosa = ids(demo_db)
    panel.set_occasion(ALL if which == "all" else christmas)
    panel.refresh()
    panel.resize(width, 700)
    qtbot.waitUntil(lambda: panel.table.viewport().width() < width)
    table, model = panel.table, panel.model
    widths = visible_widths(panel)
    # Every visible column within the viewport: no sideways scrolling.
    assert sum(widths.values()) <= table.viewport().width()
    assert not table.horizontalScrollBar().isVisible()
    needs = panel.column_needs()
    metrics = table.fontMetrics()
    for column, spec in enumerate(model.columns()):
        if spec.key not in widths:
            continue
        assert widths[spec.key] >= needs[column].least, spec.key
        if column and not spec.bar:  # money is never cut: every figure fits whole
            for row in range(model.rowCount()):
                text = str(model.index(row, column).data() or "")
                assert metrics.horizontalAdvance(text) + 8 <= widths[spec.key], (spec.key, text)
    # Names get at least ten characters' room, and every person's name is whole.
    assert widths["name"] >= metrics.averageCharWidth() * 10
    if which == "christmas":
        for r in range(model.rowCount()):  # the warning icon takes room on rows over budget
            person = model.row_at(r)
            need = metrics.horizontalAdvance(person.name) + (22 if person.over_budget else 0) + 8
            assert widths["name"] >= need, person.name
    assert "remaining" in widths or which == "christmas"


def test_a_narrow_panel_drops_the_bought_figure_a_wide_one_shows_it(qtbot, panel) -> None:  # type: ignore[no-untyped-def]
    panel.refresh()  # all occasions
    bought = panel.model.column_of("bought")
    panel.resize(380, 700)
    qtbot.waitUntil(lambda: panel.table.isColumnHidden(bought))
    panel.resize(700, 700)
    qtbot.waitUntil(lambda: not panel.table.isColumnHidden(bought))
    # With room to spare the columns fill the table exactly.
    assert sum(visible_widths(panel).values()) == panel.table.viewport().width()


def test_long_names_are_elided_in_the_middle_with_the_whole_name_in_the_tooltip(panel) -> None:  # type: ignore[no-untyped-def]
    panel.refresh()
    assert panel.table.textElideMode() == Qt.TextElideMode.ElideMiddle
    tip = cell(panel, "Mom & Dad's 35th anniversary", "name").data(Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("Mom & Dad's 35th anniversary\n")


def test_an_occasion_over_budget_shows_a_negative_remaining_said_in_words(panel, demo_db) -> None:  # type: ignore[no-untyped-def]
    panel.refresh()
    with demo_db.reading() as session:
        xmas = compute_budget_summary(session).occasions[0]
    assert xmas.over_budget
    over = format_money(-xmas.remaining_cents)
    index = cell(panel, xmas.name, "remaining")
    assert index.data() == f"−{over}"
    assert index.data(Qt.ItemDataRole.AccessibleTextRole) == f"over budget by {over}"
    assert index.data(Qt.ItemDataRole.ToolTipRole) == f"Over budget by {over}."
    assert index.data(Qt.ItemDataRole.FontRole).bold()
    within = cell(panel, "Grandma Rosa's 80th", "remaining")
    assert not within.data().startswith("−") and within.data(Qt.ItemDataRole.FontRole) is None


def test_money_headers_line_up_with_their_figures(panel) -> None:  # type: ignore[no-untyped-def]
    model = panel.model
    right = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    for column, spec in enumerate(model.columns()):
        alignment = model.headerData(
            column, Qt.Orientation.Horizontal, Qt.ItemDataRole.TextAlignmentRole
        )
        assert (alignment == right) == (spec.numeric and not spec.bar), spec.key


@pytest.mark.parametrize(("window", "base"), [("#efefef", "#ffffff"), ("#2b2b2b", "#1e1e1e")])
def test_the_over_budget_colour_reads_on_light_and_dark_palettes(window, base) -> None:
    palette = QPalette(QApplication.palette())
    palette.setColor(QPalette.ColorRole.Window, QColor(window))
    palette.setColor(QPalette.ColorRole.Base, QColor(base))
    palette.setColor(QPalette.ColorRole.AlternateBase, QColor(base).lighter(110))
    colour = over_colour(palette)
    for role in (
        QPalette.ColorRole.Window,
        QPalette.ColorRole.Base,
        QPalette.ColorRole.AlternateBase,
    ):
        assert contrast(colour, palette.color(role)) >= 4.5, (window, role)


def contrast(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio of two colours."""

    def luminance(c: QColor) -> float:
        def channel(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

        return (
            0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())
        )

    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


# -- "Set a budget for…" -------------------------------------------------------------


def add_person(db: Database, name: str) -> int:
    with db.transaction() as session:
        return people_data.create_person(session, PersonRecord(None, name))


def test_a_person_without_a_row_gets_a_first_budget_undoably(
    qtbot, panel, demo_db, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    christmas, _anna, _rosa = ids(demo_db)
    newcomer = add_person(demo_db, "Ingrid")
    panel.set_occasion(christmas)
    panel.refresh()
    assert "Ingrid" not in [panel.model.row_at(r).name for r in range(panel.model.rowCount())]
    assert panel.set_person_budget_button.isVisible()
    asked = {}

    def ask(occasion_name, people, budgets, chosen):  # type: ignore[no-untyped-def]
        asked.update(occasion=occasion_name, people=people, budgets=budgets, chosen=chosen)
        return (newcomer, 4500, 2000)

    monkeypatch.setattr(panel, "ask_person_budget", ask)
    panel.set_person_budget_button.click()
    # Everybody is offered, by name; the first without a row comes first.
    assert asked["occasion"] == "Christmas 2026"
    names = [name for _id, name in asked["people"]]
    assert names == sorted(names, key=str.casefold) and "Ingrid" in names
    assert asked["chosen"] == newcomer and newcomer not in asked["budgets"]
    qtbot.waitUntil(
        lambda: "Ingrid" in [panel.model.row_at(r).name for r in range(panel.model.rowCount())]
    )
    assert cell(panel, "Ingrid", "recipient_budget").data() == format_money(4500)
    assert cell(panel, "Ingrid", "purchaser_budget").data() == format_money(2000)
    assert panel.table.currentIndex().row() == row_of(panel, "Ingrid")  # shown where it landed
    stack = panel.stack_for_tests
    assert stack.undoText() == "Set Ingrid's budgets for Christmas 2026"
    stack.undo()
    qtbot.waitUntil(
        lambda: "Ingrid" not in [panel.model.row_at(r).name for r in range(panel.model.rowCount())]
    )
    with demo_db.reading() as session:
        assert budgets_data.get_budget(session, newcomer, christmas) is None
    stack.redo()
    qtbot.waitUntil(
        lambda: "Ingrid" in [panel.model.row_at(r).name for r in range(panel.model.rowCount())]
    )
    with demo_db.reading() as session:
        budget = budgets_data.get_budget(session, newcomer, christmas)
    assert (budget.recipient_budget_cents, budget.purchaser_budget_cents) == (4500, 2000)


def test_set_a_budget_for_someone_listed_offers_their_budgets_and_undo_restores_them(
    qtbot, panel, demo_db, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    christmas, anna, _rosa = ids(demo_db)
    panel.set_occasion(christmas)
    panel.refresh()
    with demo_db.reading() as session:
        old = budgets_data.get_budget(session, anna, christmas)
    offered = {}

    def ask(occasion_name, people, budgets, chosen):  # type: ignore[no-untyped-def]
        offered.update(budgets)
        return (anna, None, 9900)

    monkeypatch.setattr(panel, "ask_person_budget", ask)
    assert panel.set_budget_for_person(anna)
    assert offered[anna] == (old.recipient_budget_cents, old.purchaser_budget_cents)
    qtbot.waitUntil(lambda: cell(panel, "Anna", "purchaser_budget").data() == format_money(9900))
    assert cell(panel, "Anna", "recipient_budget").data() == "—"
    panel.stack_for_tests.undo()
    qtbot.waitUntil(lambda: cell(panel, "Anna", "purchaser_budget").data() != format_money(9900))
    with demo_db.reading() as session:
        assert budgets_data.get_budget(session, anna, christmas) == old


def test_set_a_budget_for_cancelled_or_unchanged_adds_nothing_to_undo(
    panel, demo_db, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    christmas, anna, _rosa = ids(demo_db)
    panel.set_occasion(christmas)
    panel.refresh()
    monkeypatch.setattr(panel, "ask_person_budget", lambda *a: None)
    assert not panel.set_budget_for_person()
    with demo_db.reading() as session:
        old = budgets_data.get_budget(session, anna, christmas)
    same = (anna, old.recipient_budget_cents, old.purchaser_budget_cents)
    monkeypatch.setattr(panel, "ask_person_budget", lambda *a: same)
    assert not panel.set_budget_for_person()
    assert panel.stack_for_tests.count() == 0


def test_set_a_budget_for_a_person_deleted_meanwhile_is_refused_with_a_sentence(
    panel, demo_db, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    christmas, _anna, _rosa = ids(demo_db)
    ghost = add_person(demo_db, "Ghost")
    panel.set_occasion(christmas)
    panel.refresh()

    def ask_then_delete(*_args):  # type: ignore[no-untyped-def]
        with demo_db.transaction() as session:
            people_data.delete_person(session, ghost)
        return (ghost, 1000, None)

    monkeypatch.setattr(panel, "ask_person_budget", ask_then_delete)
    assert not panel.set_budget_for_person()
    assert panel.message_text().endswith(".")
    assert panel.stack_for_tests.count() == 0
    with demo_db.reading() as session:
        assert budgets_data.get_budget(session, ghost, christmas) is None


def test_the_set_a_budget_button_is_only_there_for_one_occasion(panel, demo_db) -> None:  # type: ignore[no-untyped-def]
    christmas, _anna, _rosa = ids(demo_db)
    panel.refresh()
    assert not panel.set_person_budget_button.isVisible()
    assert panel.table_caption.text() == "Occasions"
    panel.set_occasion(None)
    panel.refresh()
    assert not panel.set_person_budget_button.isVisible()
    panel.set_occasion(christmas)
    panel.refresh()
    assert panel.set_person_budget_button.isVisible()
    assert panel.table_caption.text() == "People"


PEOPLE = [(1, "Anna"), (2, "Bruno"), (3, "Chloé")]


def test_the_dialog_shows_the_chosen_persons_budgets(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = PersonBudgetDialog("Christmas 2026", PEOPLE, {1: (2500, None)}, chosen=1)
    qtbot.addWidget(dialog)
    assert dialog.person_id() == 1
    assert dialog.recipient.text().replace(",", "") == "25.00"
    assert dialog.purchaser.text() == "" and dialog.purchaser.placeholderText() == "no budget"
    dialog.person.setCurrentIndex(dialog.person.findData(3))
    assert dialog.person_id() == 3 and dialog.recipient.text() == ""


@pytest.mark.parametrize(
    ("recipient", "purchaser", "sentence", "field"),
    [
        ("-5", "", "cannot be negative", "recipientBudgetError"),
        ("10", "lots", "is not an amount", "purchaserBudgetError"),
        ("12.345", "", "at most two decimals", "recipientBudgetError"),
    ],
)
def test_the_dialog_refuses_bad_money_next_to_the_field(
    qtbot, recipient, purchaser, sentence, field
) -> None:  # type: ignore[no-untyped-def]
    dialog = PersonBudgetDialog("Christmas 2026", PEOPLE, {}, chosen=2)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.recipient.setText(recipient)
    dialog.purchaser.setText(purchaser)
    dialog.accept()
    assert dialog.result() != PersonBudgetDialog.DialogCode.Accepted and dialog.isVisible()
    error = dialog.findChild(QWidget, field)
    assert error.isVisible() and sentence in error.text() and error.text().endswith(".")
    # Typing again clears the sentence; good amounts are accepted.
    qtbot.keyClicks(dialog.recipient if "recipient" in field else dialog.purchaser, "0")
    assert not error.isVisible()
    dialog.recipient.setText("40")
    dialog.purchaser.setText("")
    dialog.accept()
    assert dialog.result() == PersonBudgetDialog.DialogCode.Accepted
    assert dialog.budgets() == (4000, None) and dialog.person_id() == 2


def test_the_real_dialog_drives_the_panel(qtbot, panel, demo_db) -> None:  # type: ignore[no-untyped-def]
    christmas, _anna, _rosa = ids(demo_db)
    newcomer = add_person(demo_db, "Ingrid")
    panel.set_occasion(christmas)
    panel.refresh()

    def fill() -> None:
        dialog = panel.findChild(PersonBudgetDialog, "personBudgetDialog")
        assert dialog is not None and dialog.person_id() == newcomer
        dialog.purchaser.setText("75")
        dialog.accept()

    QTimer.singleShot(0, fill)
    assert panel.set_budget_for_person()
    with demo_db.reading() as session:
        budget = budgets_data.get_budget(session, newcomer, christmas)
    assert (budget.recipient_budget_cents, budget.purchaser_budget_cents) == (None, 7500)


def test_a_switch_to_a_dark_palette_repaints_the_over_budget_figures(qtbot, panel, demo_db) -> None:  # type: ignore[no-untyped-def]
    christmas, _anna, _rosa = ids(demo_db)
    panel.set_occasion(christmas)
    panel.refresh()
    light = panel.figure_labels["remaining"].styleSheet()
    assert over_colour(panel.palette()).name() in light
    dark = QPalette(panel.palette())
    dark.setColor(QPalette.ColorRole.Window, QColor("#2b2b2b"))
    dark.setColor(QPalette.ColorRole.Base, QColor("#1e1e1e"))
    panel.setPalette(dark)
    colour = over_colour(dark).name()
    assert colour not in light
    qtbot.waitUntil(lambda: colour in panel.figure_labels["remaining"].styleSheet())
    assert colour in panel.status.styleSheet()


def test_all_occasions_view_reads_only_occasion_totals(panel, monkeypatch):  # type: ignore[no-untyped-def]
    """One row per occasion needs no per-person split: the cheap GROUP BY path."""
    calls: list[dict] = []
    real = bp.compute_budget_summary
    monkeypatch.setattr(
        bp, "compute_budget_summary", lambda s, c=ALL, **kw: calls.append(kw) or real(s, c, **kw)
    )
    panel.set_occasion(ALL)
    panel.refresh()
    assert calls[-1] == {"people": False}
    assert panel.model.rowCount() == 4  # three occasions and the no-occasion bucket
    panel.set_occasion(1)
    panel.refresh()
    assert calls[-1] == {"people": True}


@pytest.mark.parametrize("engine", ["postgresql"], indirect=True)
def test_figures_that_cannot_be_read_are_said_in_the_panel(qtbot, panel, demo_db) -> None:  # type: ignore[no-untyped-def]
    """A server that stops taking connections while a background read runs: a sentence, no crash."""
    from sqlalchemy import create_engine, text

    name = demo_db.url.database
    admin = create_engine(demo_db.url.set(database="postgres"), isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as connection:
            connection.execute(text(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS false'))
            connection.execute(
                text(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                    " WHERE datname = :name AND pid <> pg_backend_pid()"
                ),
                {"name": name},
            )
        before = panel.summary()
        panel.refresh_in_background()
        qtbot.waitUntil(lambda: panel.message_text() != "", timeout=10_000)
        assert "connection" in panel.message_text().lower()
        assert panel.summary() is before  # the last figures stay
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS true'))
        admin.dispose()


@pytest.mark.parametrize("engine", ["sqlite", "postgresql"], indirect=True)
def test_a_budget_set_meanwhile_on_another_computer_refuses_the_edit_and_shows_the_latest(
    qtbot, panel, demo_db
) -> None:  # type: ignore[no-untyped-def]
    from giftdesk.data.database import open_database
    from giftdesk.data.operations import budgets as budget_ops
    from giftdesk.data.operations import perform

    christmas, anna, _rosa = ids(demo_db)
    panel.set_occasion(christmas)
    panel.refresh()
    shown = panel.model.row_at(row_of(panel, "Anna"))
    other = open_database(demo_db.address)  # another computer, its panel showing the same
    try:
        perform(
            other,
            partial(
                budget_ops.set_person_budget,
                person_id=anna,
                occasion_id=christmas,
                field="recipient_budget_cents",
                cents=77_700,
                version=shown.budget_version,
            ),
        )
    finally:
        other.close()
    # This panel has not heard of it yet: the edit is based on what it shows.
    assert not panel.model.setData(
        cell(panel, "Anna", "purchaser_budget"), "12", Qt.ItemDataRole.EditRole
    )
    assert panel.message_text() == (
        "Anna's budgets for Christmas 2026 were changed on another computer a moment ago; "
        "your change was not saved. The budget panel shows the latest."
    )
    qtbot.waitUntil(lambda: cell(panel, "Anna", "recipient_budget").data() == format_money(77_700))
    assert cell(panel, "Anna", "purchaser_budget").data() == (
        format_money(shown.purchaser_budget_cents)
        if shown.purchaser_budget_cents is not None
        else "—"
    )
    assert panel.stack_for_tests.count() == 0


@pytest.mark.parametrize("engine", ["sqlite", "postgresql"], indirect=True)
def test_an_occasion_changed_meanwhile_elsewhere_refuses_its_budget_edit(
    qtbot, panel, demo_db
) -> None:  # type: ignore[no-untyped-def]
    from giftdesk.data.database import open_database
    from giftdesk.data.operations import occasions as occasion_ops
    from giftdesk.data.operations import perform

    christmas, _anna, _rosa = ids(demo_db)
    panel.set_occasion(ALL)
    panel.refresh()
    other = open_database(demo_db.address)
    try:
        perform(other, partial(occasion_ops.set_occasion_budget, occasion_id=christmas, cents=99))
    finally:
        other.close()
    assert not panel.model.setData(
        cell(panel, "Christmas 2026", "budget"), "2000", Qt.ItemDataRole.EditRole
    )
    assert panel.message_text().startswith(
        "“Christmas 2026” was changed on another computer a moment ago; your change was not saved."
    )
    qtbot.waitUntil(lambda: cell(panel, "Christmas 2026", "budget").data() == format_money(99))
    with demo_db.reading() as session:
        assert occasions_data.get_occasion(session, christmas).budget_cents == 99


@pytest.mark.parametrize("engine", ["sqlite", "postgresql"], indirect=True)
def test_set_a_budget_for_refused_by_a_change_elsewhere_asks_again_with_what_was_typed(
    qtbot, panel, demo_db, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from giftdesk.data.database import open_database
    from giftdesk.data.operations import budgets as budget_ops
    from giftdesk.data.operations import perform

    christmas, anna, _rosa = ids(demo_db)
    panel.set_occasion(christmas)
    panel.refresh()
    shown = panel.model.row_at(row_of(panel, "Anna"))
    asked: list[dict] = []

    def ask(occasion_name, people, budgets, chosen, note=""):  # type: ignore[no-untyped-def]
        asked.append({"budgets": dict(budgets), "chosen": chosen, "note": note})
        if len(asked) == 1:  # while the dialog is open, another computer sets Anna's budgets
            other = open_database(demo_db.address)
            try:
                perform(
                    other,
                    partial(
                        budget_ops.set_person_budget,
                        person_id=anna,
                        occasion_id=christmas,
                        field="purchaser_budget_cents",
                        cents=1_500,
                        version=shown.budget_version,
                    ),
                )
            finally:
                other.close()
        return (anna, 100_000, None)

    monkeypatch.setattr(panel, "ask_person_budget", ask)
    assert panel.set_budget_for_person(anna)
    assert len(asked) == 2
    # Asked again: the amounts typed, for the same person, and why.
    assert asked[1]["chosen"] == anna and asked[1]["budgets"][anna] == (100_000, None)
    assert asked[1]["note"] == (
        "Anna's budgets for Christmas 2026 were changed on another computer a moment ago; "
        "your change was not saved. The budget panel shows the latest."
    )
    with demo_db.reading() as session:
        budget = budgets_data.get_budget(session, anna, christmas)
    assert (budget.recipient_budget_cents, budget.purchaser_budget_cents) == (100_000, None)
    assert panel.stack_for_tests.count() == 1
    assert panel.message_text() == ""


def test_the_dialog_says_why_it_asks_again(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = PersonBudgetDialog(
        "Christmas", [(1, "Anna")], {1: (500, None)}, 1, note="Changed elsewhere."
    )
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.note.isVisible() and dialog.note.text() == "Changed elsewhere."
    plain = PersonBudgetDialog("Christmas", [(1, "Anna")], {}, 1)
    qtbot.addWidget(plain)
    plain.show()
    assert not plain.note.isVisible()
