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

from giftdesk.i18n import translate as translate_marked  # texts marked by QT_TRANSLATE_NOOP

Std = QKeySequence.StandardKey


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for lupdate (by this name); translated when an action is made."""
    return text


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
        ActionSpec(
            "actionNewDatabase",
            QT_TRANSLATE_NOOP("Actions", "&New database…"),
            tip=QT_TRANSLATE_NOOP("Actions", "Start a new, empty file"),
        ),
        ActionSpec(
            "actionOpenDatabase",
            QT_TRANSLATE_NOOP("Actions", "&Open database…"),
            (Std.Open,),
            QT_TRANSLATE_NOOP("Actions", "Open another giftdesk file"),
        ),
        ActionSpec(
            "actionImportBackup",
            QT_TRANSLATE_NOOP("Actions", "&Import backup…"),
            tip=QT_TRANSLATE_NOOP(
                "Actions", "Add the people, occasions and gifts of a JSON backup to this file"
            ),
        ),
        ActionSpec(
            "actionExportBackup",
            QT_TRANSLATE_NOOP("Actions", "E&xport backup…"),
            tip=QT_TRANSLATE_NOOP("Actions", "Save everything in this file as a JSON backup"),
        ),
        ActionSpec(
            "actionImportSpreadsheet",
            QT_TRANSLATE_NOOP("Actions", "Import &spreadsheet…"),
            tip=QT_TRANSLATE_NOOP(
                "Actions",
                "Add the gifts of a spreadsheet (.xlsx or .csv) to this file, with a preview",
            ),
        ),
        ActionSpec(
            "actionRestoreBackup",
            QT_TRANSLATE_NOOP("Actions", "Restore from bac&kup…"),
            tip=QT_TRANSLATE_NOOP(
                "Actions", "Go back to this file as it was on an earlier day (a daily backup)"
            ),
        ),
        ActionSpec("actionLoadExample", QT_TRANSLATE_NOOP("Actions", "Load &example family")),
        ActionSpec(
            "actionPrintBudget",
            QT_TRANSLATE_NOOP("Actions", "&Print budget summary…"),
            (Std.Print,),
            QT_TRANSLATE_NOOP("Actions", "Preview and print the budget summary"),
        ),
        ActionSpec(
            "actionExportBudget",
            QT_TRANSLATE_NOOP("Actions", "Export budget &summary…"),
            ("Ctrl+Shift+E",),
            QT_TRANSLATE_NOOP("Actions", "Save the budget summary as PDF, web page or CSV"),
        ),
        ActionSpec("actionQuit", QT_TRANSLATE_NOOP("Actions", "&Quit"), (Std.Quit,)),
        # Edit: Redo is the platform's key plus Ctrl+Shift+Z where the platform
        # has another one (Ctrl+Y on Windows); each key is registered once.
        ActionSpec(
            "actionUndo",
            QT_TRANSLATE_NOOP("Actions", "&Undo"),
            (Std.Undo,),
            icon_text=QT_TRANSLATE_NOOP("Actions", "Undo"),
        ),
        ActionSpec(
            "actionRedo",
            QT_TRANSLATE_NOOP("Actions", "&Redo"),
            (Std.Redo, "Ctrl+Shift+Z"),
            icon_text=QT_TRANSLATE_NOOP("Actions", "Redo"),
        ),
        ActionSpec(
            "actionFind",
            QT_TRANSLATE_NOOP("Actions", "&Find"),
            (Std.Find,),
            QT_TRANSLATE_NOOP("Actions", "Search the table in front"),
        ),
        ActionSpec(
            "actionEdit",
            QT_TRANSLATE_NOOP("Actions", "&Edit…"),
            ("Ctrl+E",),
            QT_TRANSLATE_NOOP("Actions", "Edit the selected item"),
        ),
        ActionSpec(
            "actionDelete",
            QT_TRANSLATE_NOOP("Actions", "&Delete"),
            (Std.Delete,),
            QT_TRANSLATE_NOOP("Actions", "Delete the selected items (you can undo it)"),
        ),
        # View
        ActionSpec(
            "actionShowBudget",
            QT_TRANSLATE_NOOP("Actions", "&Budget panel"),
            ("Ctrl+B",),
            QT_TRANSLATE_NOOP("Actions", "Show or hide the budget panel"),
        ),
        ActionSpec(
            "actionShowUpcoming",
            QT_TRANSLATE_NOOP("Actions", "&Coming up"),
            tip=QT_TRANSLATE_NOOP(
                "Actions", "Show or hide what is coming up: occasions and birthdays soon"
            ),
        ),
        ActionSpec(
            "actionShowGifts",
            QT_TRANSLATE_NOOP("Actions", "&Gifts"),
            ("Ctrl+1",),
            QT_TRANSLATE_NOOP("Actions", "Show the gift table"),
        ),
        ActionSpec(
            "actionShowPeople",
            QT_TRANSLATE_NOOP("Actions", "&People"),
            ("Ctrl+2",),
            QT_TRANSLATE_NOOP("Actions", "Show the people table"),
        ),
        ActionSpec(
            "actionShowOccasions",
            QT_TRANSLATE_NOOP("Actions", "&Occasions"),
            ("Ctrl+3",),
            QT_TRANSLATE_NOOP("Actions", "Show the occasion table"),
        ),
        ActionSpec(
            "actionShowToolbar",
            QT_TRANSLATE_NOOP("Actions", "&Toolbar"),
            tip=QT_TRANSLATE_NOOP("Actions", "Show or hide the toolbar"),
        ),
        # Gifts
        ActionSpec(
            "actionNewGift",
            QT_TRANSLATE_NOOP("Actions", "New &gift…"),
            (Std.New,),
            QT_TRANSLATE_NOOP("Actions", "Add a gift"),
        ),
        ActionSpec(
            "actionAssignPurchaser",
            QT_TRANSLATE_NOOP("Actions", "Assign &purchaser…"),
            ("Ctrl+Shift+P",),
            QT_TRANSLATE_NOOP("Actions", "Choose who buys the selected gifts"),
        ),
        ActionSpec(
            "actionClearPurchaser",
            QT_TRANSLATE_NOOP("Actions", "C&lear purchaser"),
            tip=QT_TRANSLATE_NOOP("Actions", "Nobody buys the selected gifts yet"),
        ),
        ActionSpec(
            "actionSetStatus",
            QT_TRANSLATE_NOOP("Actions", "Set &status"),
            tip=QT_TRANSLATE_NOOP("Actions", "Set the status of the selected gifts"),
        ),
        ActionSpec(
            "actionAddRecipient",
            QT_TRANSLATE_NOOP("Actions", "Add &recipient…"),
            tip=QT_TRANSLATE_NOOP("Actions", "Add a recipient to the selected gifts"),
        ),
        ActionSpec(
            "actionRemoveRecipient",
            QT_TRANSLATE_NOOP("Actions", "Re&move recipient…"),
            tip=QT_TRANSLATE_NOOP("Actions", "Remove a recipient from the selected gifts"),
        ),
        ActionSpec(
            "actionMoveToOccasion",
            QT_TRANSLATE_NOOP("Actions", "Move to &occasion…"),
            tip=QT_TRANSLATE_NOOP("Actions", "Move the selected gifts to an occasion"),
        ),
        # People, Occasions
        ActionSpec(
            "actionNewPerson",
            QT_TRANSLATE_NOOP("Actions", "New &person…"),
            ("Ctrl+Shift+N",),
            QT_TRANSLATE_NOOP("Actions", "Add a person"),
        ),
        ActionSpec(
            "actionNewOccasion",
            QT_TRANSLATE_NOOP("Actions", "New &occasion…"),
            ("Ctrl+Shift+O",),
            QT_TRANSLATE_NOOP("Actions", "Add an occasion (Christmas, a birthday…)"),
        ),
        ActionSpec(
            "actionRolloverOccasion",
            QT_TRANSLATE_NOOP("Actions", "Plan again &next year…"),
            tip=QT_TRANSLATE_NOOP(
                "Actions", "A new occasion a year later, with the same budgets and the ideas copied"
            ),
        ),
        # Help
        ActionSpec(
            "actionKeyboardShortcuts",
            QT_TRANSLATE_NOOP("Actions", "&Keyboard shortcuts"),
            tip=QT_TRANSLATE_NOOP("Actions", "Every keyboard shortcut of this window"),
        ),
        ActionSpec("actionAboutQt", QT_TRANSLATE_NOOP("Actions", "About &Qt")),
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
        action.setIconText(action_text(spec.icon_text))
    else:
        action.setText(action_text(spec.text))
    if spec.tip:
        tip = action_text(spec.tip)
        action.setStatusTip(tip)
        action.setToolTip(tip + _keys_suffix(action))
    return action


def action_text(text: str) -> str:
    """A registered text (English, marked for translation) in the user's language."""
    return translate_marked("Actions", text)


def make_action(
    parent: QObject, name: str, slot: Callable[[], Any] | None = None, *, checkable: bool = False
) -> QAction:
    """A new ``QAction`` for the registered ``name``, calling ``slot`` when triggered."""
    action = QAction(action_text(SPECS[name].text), parent)
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
