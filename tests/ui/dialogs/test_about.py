"""Help → About: version, data file, log file, open the data folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from giftdesk import __version__
from giftdesk.ui.dialogs import about as about_dialog
from giftdesk.ui.dialogs.about import AboutDialog


def test_about_shows_version_and_data_file(qtbot, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = AboutDialog(db_path)
    qtbot.addWidget(dialog)
    from PySide6.QtWidgets import QLabel

    version = dialog.findChild(QLabel, "aboutVersion")
    assert version is not None and __version__ in version.text()
    assert dialog.data_label.text() == str(db_path.resolve())
    icon = dialog.findChild(QLabel, "aboutIcon")
    assert icon is not None and icon.pixmap().width() == 64


def test_about_says_when_the_file_is_read_only(qtbot, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = AboutDialog(db_path, readonly=True)
    qtbot.addWidget(dialog)
    assert dialog.data_label.text().endswith("(read-only)")


def test_open_data_folder_opens_the_folder_of_the_file(
    qtbot,  # type: ignore[no-untyped-def]
    db_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    opened: list[Path] = []
    monkeypatch.setattr(about_dialog, "open_folder", lambda folder: opened.append(folder) or True)
    dialog = AboutDialog(db_path)
    qtbot.addWidget(dialog)
    dialog.open_folder_button.click()
    assert opened == [db_path.resolve().parent]


def test_without_a_file_the_folder_button_is_off(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = AboutDialog(None)
    qtbot.addWidget(dialog)
    assert not dialog.open_folder_button.isEnabled()
    assert dialog.data_label.text() == "no file open"


def test_about_says_which_language_is_in_use(qtbot, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QLabel

    from giftdesk import i18n

    i18n.use_language("de")
    try:
        dialog = AboutDialog(db_path)
        qtbot.addWidget(dialog)
        language = dialog.findChild(QLabel, "aboutLanguage")
        assert language is not None and language.text() == "Deutsch (de)"
        assert dialog.windowTitle() == "Über giftdesk"
    finally:
        i18n.use_language("en")
    dialog = AboutDialog(db_path)
    qtbot.addWidget(dialog)
    assert dialog.findChild(QLabel, "aboutLanguage").text() == "English (en)"
