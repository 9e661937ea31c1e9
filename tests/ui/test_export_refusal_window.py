"""The window's save dialogs cannot write an export over the family's data."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from giftdesk.data.database import open_database
from giftdesk.ui import report_export
from giftdesk.ui.main_window import MainWindow


@pytest.fixture
def open_family(qtbot, demo_db, tmp_path):  # type: ignore[no-untyped-def]
    """A window on the family's file, given a name the save dialog keeps as it is."""

    def make(fmt: str):  # type: ignore[no-untyped-def]
        path = tmp_path / f"family.{fmt}"
        demo_db.close()
        shutil.copyfile(demo_db.path, path)
        db = open_database(path)
        settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(db, settings)
        qtbot.addWidget(window)
        return window, db

    return make


def _targets(db_path: Path, monkeypatch) -> dict[str, Path]:  # type: ignore[no-untyped-def]
    folder = db_path.parent
    fmt = db_path.suffix
    link = folder / f"link{fmt}"
    link.symlink_to(db_path)
    other = folder / f"other{fmt}"
    shutil.copyfile(db_path, other)
    monkeypatch.chdir(folder)
    return {
        "same path": db_path,
        "./ spelling": Path(".") / db_path.name,
        "symlink": link,
        "another giftdesk database": other,
    }


@pytest.mark.parametrize("fmt", ["pdf", "html", "csv"])
def test_budget_export_dialog_refuses_the_family_data(open_family, monkeypatch, fmt):
    window, db = open_family(fmt)
    errors: list[str] = []
    monkeypatch.setattr(report_export, "show_error", lambda parent, text: errors.append(text))
    targets = _targets(db.path, monkeypatch)
    for spelling, target in targets.items():
        existed = target.exists()
        before = target.read_bytes() if existed else None
        db_before = db.path.read_bytes()
        monkeypatch.setattr(
            report_export,
            "ask_save_path",
            lambda *a, target=target: (str(target), report_export.FILTERS[fmt]),
        )
        errors.clear()
        window.budget_dock.action_export_budget.trigger()
        assert len(errors) == 1, spelling
        assert "nothing was written" in errors[0], (spelling, errors)
        assert target.exists() == existed, spelling
        if existed:
            assert target.read_bytes() == before, spelling
        assert db.path.read_bytes() == db_before, spelling
    assert "saved" not in window.statusBar().currentMessage()
    db.close()


def test_the_save_dialog_still_writes_an_ordinary_file(open_family, monkeypatch, tmp_path):
    window, db = open_family("csv")
    target = tmp_path / "summary.csv"
    monkeypatch.setattr(
        report_export, "ask_save_path", lambda *a: (str(target), report_export.FILTERS["csv"])
    )
    window.budget_dock.action_export_budget.trigger()
    assert target.read_text(encoding="utf-8").startswith("occasion,person")
    db.close()


def test_backup_export_dialog_refuses_the_family_data(qtbot, demo_db, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(demo_db, settings)
    qtbot.addWidget(window)
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda parent, title, text, *a, **k: shown.append(text)
    )
    targets = _targets(demo_db.path, monkeypatch)
    targets["wal"] = demo_db.path.with_name(demo_db.path.name + "-wal")
    for spelling, target in targets.items():
        existed = target.exists()
        before = target.read_bytes() if existed else None
        db_before = demo_db.path.read_bytes()
        monkeypatch.setattr(
            QFileDialog, "getSaveFileName", lambda *a, target=target, **k: (str(target), "")
        )
        shown.clear()
        window.action_export_backup.trigger()
        assert len(shown) == 1 and "nothing was written" in shown[0], (spelling, shown)
        assert target.exists() == existed, spelling
        if existed:
            assert target.read_bytes() == before, spelling
        assert demo_db.path.read_bytes() == db_before, spelling
