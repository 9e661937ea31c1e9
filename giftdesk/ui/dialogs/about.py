"""Help → About: what giftdesk this is, and where its files are."""

from __future__ import annotations

import os
import platform
from pathlib import Path

import PySide6
from PySide6.QtCore import Qt, QUrl, qVersion
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from giftdesk import __version__, app_logging, i18n
from giftdesk.ui.app_icon import application_icon


def open_folder(folder: Path) -> bool:
    """Show ``folder`` in the desktop's file manager."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


class AboutDialog(QDialog):
    """Version, the open data file (and whether it is read-only), the log."""

    def __init__(
        self,
        db_path: str | os.PathLike[str] | None,
        parent: QWidget | None = None,
        *,
        readonly: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("AboutDialog")
        self.setWindowTitle(self.tr("About giftdesk"))
        self.db_path = Path(db_path).expanduser().resolve() if db_path is not None else None

        icon = QLabel()
        icon.setObjectName("aboutIcon")
        icon.setPixmap(application_icon().pixmap(64, 64))
        title = QLabel(f"<b style='font-size:16pt'>giftdesk</b>&nbsp;&nbsp;{__version__}")
        title.setObjectName("aboutVersion")
        tagline = QLabel(
            self.tr("Plan gifts: who gets what, who buys it, and whether the budget holds.")
        )
        tagline.setWordWrap(True)
        heading = QVBoxLayout()
        heading.addWidget(title)
        heading.addWidget(tagline)
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addLayout(heading, 1)

        form = QFormLayout()
        data_text = str(self.db_path) if self.db_path is not None else self.tr("no file open")
        if readonly:
            data_text = self.tr("{file} (read-only)").format(file=data_text)
        self.data_label = self._path_label(data_text, "aboutDataFile")
        form.addRow(self.tr("Data file:"), self.data_label)
        log_path = app_logging.log_file()
        form.addRow(
            self.tr("Log file:"),
            self._path_label(str(log_path) if log_path else self.tr("not written"), "aboutLogFile"),
        )
        language = QLabel(
            self.tr("{language} ({code})").format(
                language=i18n.language_name(), code=i18n.current_language()
            )
        )
        language.setObjectName("aboutLanguage")
        language.setToolTip(self.tr("Start giftdesk with --lang CODE to choose another language."))
        form.addRow(self.tr("Language:"), language)
        form.addRow(
            self.tr("Built with:"),
            QLabel(
                f"Python {platform.python_version()}, PySide6 {PySide6.__version__}, "
                f"Qt {qVersion()}"
            ),
        )

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.open_folder_button = QPushButton(self.tr("Open data folder"))
        self.open_folder_button.setObjectName("openDataFolderButton")
        self.open_folder_button.setEnabled(self.db_path is not None)
        buttons.addButton(self.open_folder_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.open_folder_button.clicked.connect(self.open_data_folder)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(540)

    @staticmethod
    def _path_label(text: str, name: str) -> QLabel:
        label = QLabel(text)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def open_data_folder(self) -> None:
        if self.db_path is None:
            return
        folder = self.db_path.parent
        if not open_folder(folder):
            text = self.tr("The data folder is {folder}; open it in your files.")
            QMessageBox.information(self, self.tr("Open data folder"), text.format(folder=folder))
