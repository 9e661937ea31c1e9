"""Every action of the main window and its keyboard shortcut, in one registry.

A key sequence that belongs to two live actions does nothing at all (Qt
logs "Ambiguous shortcut overload" and runs neither), so the keys are given
out here and nowhere else: ``make_action`` builds a ``QAction`` from its
entry, ``apply_spec`` dresses an action Qt made itself (undo/redo, a dock's
toggle), and ``shortcut_conflicts`` finds two actions sharing a key (the
tests walk the whole window with it). Help → Keyboard shortcuts lists what
the window's actions actually carry (``giftdesk.ui.keyboard_shortcuts``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

Std = QKeySequence.StandardKey
KeySpec = str | QKeySequence.StandardKey


@dataclass(frozen=True)
class ActionSpec:
    """One action: its ``objectName``, menu text, shortcuts and tooltip.

    ``icon_text`` is the short label of a toolbar button whose menu text
    changes (Undo: "Undo Assign Thomas to buy 5 gifts" in the menu,
    "Undo" on the button).
    """

    name: str
    text: str
    keys: tuple[KeySpec, ...] = ()
    tip: str = ""
    icon_text: str = ""


SPECS: dict[str, ActionSpec] = {
    spec.name: spec
    for spec in (
        # File
        ActionSpec("actionNewDatabase", "&New database…", tip="Start a new, empty file"),
        ActionSpec(
            "actionOpenDatabase", "&Open database…", (Std.Open,), "Open another giftdesk file"
        ),
        ActionSpec(
            "actionImportBackup",
            "&Import backup…",
            tip="Add the people, occasions and gifts of a JSON backup to this file",
        ),
        ActionSpec(
            "actionExportBackup",
            "E&xport backup…",
            tip="Save everything in this file as a JSON backup",
        ),
        ActionSpec(
            "actionImportSpreadsheet",
            "Import &spreadsheet…",
            tip="Add the gifts of a spreadsheet (.xlsx or .csv) to this file, with a preview",
        ),
        ActionSpec(
            "actionRestoreBackup",
            "Restore from bac&kup…",
            tip="Go back to this file as it was on an earlier day (a daily backup)",
        ),
        ActionSpec("actionLoadExample", "Load &example family"),
        ActionSpec(
            "actionPrintBudget",
            "&Print budget summary…",
            (Std.Print,),
            "Preview and print the budget summary",
        ),
        ActionSpec(
            "actionExportBudget",
            "Export budget &summary…",
            ("Ctrl+Shift+E",),
            "Save the budget summary as PDF, web page or CSV",
        ),
        ActionSpec("actionQuit", "&Quit", (Std.Quit,)),
        # Edit: Redo is the platform's key plus Ctrl+Shift+Z where the platform
        # has another one (Ctrl+Y on Windows); each key is registered once.
        ActionSpec("actionUndo", "&Undo", (Std.Undo,), icon_text="Undo"),
        ActionSpec("actionRedo", "&Redo", (Std.Redo, "Ctrl+Shift+Z"), icon_text="Redo"),
        ActionSpec("actionFind", "&Find", (Std.Find,), "Search the table in front"),
        ActionSpec("actionEdit", "&Edit…", ("Ctrl+E",), "Edit the selected item"),
        ActionSpec(
            "actionDelete",
            "&Delete",
            (Std.Delete,),
            "Delete the selected items (you can undo it)",
        ),
        # View
        ActionSpec(
            "actionShowBudget",
            "&Budget panel",
            ("Ctrl+B",),
            "Show or hide the budget panel",
        ),
        ActionSpec(
            "actionShowUpcoming",
            "&Coming up",
            tip="Show or hide what is coming up: occasions and birthdays soon",
        ),
        ActionSpec("actionShowGifts", "&Gifts", ("Ctrl+1",), "Show the gift table"),
        ActionSpec("actionShowPeople", "&People", ("Ctrl+2",), "Show the people table"),
        ActionSpec("actionShowOccasions", "&Occasions", ("Ctrl+3",), "Show the occasion table"),
        ActionSpec("actionShowToolbar", "&Toolbar", tip="Show or hide the toolbar"),
        # Gifts
        ActionSpec("actionNewGift", "New &gift…", (Std.New,), "Add a gift"),
        ActionSpec(
            "actionAssignPurchaser",
            "Assign &purchaser…",
            ("Ctrl+Shift+P",),
            "Choose who buys the selected gifts",
        ),
        ActionSpec(
            "actionClearPurchaser", "C&lear purchaser", tip="Nobody buys the selected gifts yet"
        ),
        ActionSpec("actionSetStatus", "Set &status", tip="Set the status of the selected gifts"),
        ActionSpec(
            "actionAddRecipient", "Add &recipient…", tip="Add a recipient to the selected gifts"
        ),
        ActionSpec(
            "actionRemoveRecipient",
            "Re&move recipient…",
            tip="Remove a recipient from the selected gifts",
        ),
        ActionSpec(
            "actionMoveToOccasion",
            "Move to &occasion…",
            tip="Move the selected gifts to an occasion",
        ),
        # People, Occasions
        ActionSpec("actionNewPerson", "New &person…", ("Ctrl+Shift+N",), "Add a person"),
        ActionSpec(
            "actionNewOccasion",
            "New &occasion…",
            ("Ctrl+Shift+O",),
            "Add an occasion (Christmas, a birthday…)",
        ),
        ActionSpec(
            "actionRolloverOccasion",
            "Plan again &next year…",
            tip="A new occasion a year later, with the same budgets and the ideas copied",
        ),
        # Help
        ActionSpec(
            "actionKeyboardShortcuts",
            "&Keyboard shortcuts",
            tip="Every keyboard shortcut of this window",
        ),
        ActionSpec("actionAboutQt", "About &Qt"),
    )
}


def key_sequences(keys: Iterable[KeySpec]) -> list[QKeySequence]:
    """The key sequences of ``keys`` on this platform, each once, in order."""
    found: list[QKeySequence] = []
    for key in keys:
        # A standard key is its platform's main binding (Redo: Ctrl+Y on
        # Windows, Ctrl+Shift+Z on X11), not every alternative Qt knows.
        sequence = QKeySequence(key)
        if not sequence.isEmpty() and sequence not in found:
            found.append(sequence)
    return found


def apply_spec(action: QAction, name: str) -> QAction:
    """Give ``action`` the name, shortcuts and tooltip registered as ``name``.

    The text is set too unless Qt keeps it up to date itself (undo/redo).
    """
    spec = SPECS[name]
    action.setObjectName(name)
    action.setShortcuts(key_sequences(spec.keys))
    if spec.icon_text:
        action.setIconText(spec.icon_text)
    else:
        action.setText(spec.text)
    if spec.tip:
        action.setStatusTip(spec.tip)
        action.setToolTip(spec.tip + _keys_suffix(action))
    return action


def make_action(
    parent: QObject, name: str, slot: Callable[[], Any] | None = None, *, checkable: bool = False
) -> QAction:
    """A new ``QAction`` for the registered ``name``, calling ``slot`` when triggered."""
    action = QAction(SPECS[name].text, parent)
    action.setCheckable(checkable)
    apply_spec(action, name)
    if slot is not None:
        action.triggered.connect(lambda _checked=False: slot())
    return action


def shortcut_text(action: QAction) -> str:
    """ "Ctrl+Shift+P", several keys joined by commas, in the platform's words."""
    return ", ".join(s.toString(QKeySequence.SequenceFormat.NativeText) for s in action.shortcuts())


def _keys_suffix(action: QAction) -> str:
    text = shortcut_text(action)
    return f" ({text})" if text else ""


def shortcut_conflicts(actions: Iterable[QAction]) -> dict[str, list[str]]:
    """Key sequences carried by more than one of ``actions``: key → action names."""
    owners: dict[str, list[str]] = {}
    seen: set[int] = set()
    for action in actions:
        if id(action) in seen:
            continue
        seen.add(id(action))
        for sequence in action.shortcuts():
            key = sequence.toString(QKeySequence.SequenceFormat.PortableText)
            owners.setdefault(key, []).append(action.objectName() or action.text())
    return {key: names for key, names in owners.items() if len(names) > 1}
