"""The launcher: a valid .desktop file, installed and removed exactly."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from giftdesk import desktop
from giftdesk.resource_files import ICON_SIZES, desktop_template, icon_png, icon_svg

VALIDATOR = shutil.which("desktop-file-validate")
needs_validator = pytest.mark.skipif(
    VALIDATOR is None, reason="desktop-file-validate is not installed (apt desktop-file-utils)"
)


def files_under(root: Path) -> set[Path]:
    return {path for path in root.rglob("*") if path.is_file()}


def validate(path: Path) -> None:
    assert VALIDATOR is not None
    result = subprocess.run([VALIDATOR, str(path)], capture_output=True, text=True)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


@pytest.fixture
def xdg_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "data-home"
    monkeypatch.setenv("XDG_DATA_HOME", str(home))
    return home


@pytest.fixture
def program(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A stand-in gui-script in a folder whose name needs quoting."""
    folder = tmp_path / "my apps"
    folder.mkdir()
    script = folder / "giftdesk"
    script.write_text("#!/bin/sh\nexit 0\n")
    script.chmod(0o755)
    monkeypatch.setattr(desktop, "find_program", lambda: script)
    return script


def test_every_resource_ships_with_the_package() -> None:
    for size in ICON_SIZES:
        data = icon_png(size).read_bytes()
        assert data.startswith(b"\x89PNG\r\n\x1a\n")
    assert b"<svg" in icon_svg().read_bytes()
    assert "[Desktop Entry]" in desktop_template().read_text(encoding="utf-8")


def test_icon_pngs_have_their_nominal_size() -> None:
    import struct

    for size in ICON_SIZES:
        header = icon_png(size).read_bytes()[16:24]
        assert struct.unpack(">II", header) == (size, size)


@needs_validator
def test_shipped_desktop_file_is_valid() -> None:
    validate(desktop_template())


def test_shipped_desktop_file_names_the_window_class_and_menu() -> None:
    text = desktop_template().read_text(encoding="utf-8")
    assert "StartupWMClass=giftdesk\n" in text  # = setDesktopFileName("giftdesk")
    assert "Categories=Office;" in text
    assert "Keywords=" in text
    assert "Icon=giftdesk\n" in text


@needs_validator
def test_install_writes_exactly_the_launcher_and_icons(xdg_home: Path, program: Path) -> None:
    written = desktop.install_desktop_entry()

    assert files_under(xdg_home) == set(written) == set(desktop.installed_paths())
    entry = xdg_home / "applications" / "giftdesk.desktop"
    validate(entry)
    text = entry.read_text(encoding="utf-8")
    assert f'Exec="{program}"\n' in text  # absolute, quoted: the folder has a space
    assert f"TryExec={program}\n" in text
    for size in ICON_SIZES:
        installed = xdg_home / "icons/hicolor" / f"{size}x{size}" / "apps" / "giftdesk.png"
        assert installed.read_bytes() == icon_png(size).read_bytes()
    assert (xdg_home / "icons/hicolor/scalable/apps/giftdesk.svg").is_file()


def test_installing_twice_replaces_the_same_files(xdg_home: Path, program: Path) -> None:
    first = desktop.install_desktop_entry()
    second = desktop.install_desktop_entry()
    assert first == second
    assert files_under(xdg_home) == set(first)


def test_uninstall_removes_exactly_what_install_wrote(xdg_home: Path, program: Path) -> None:
    others = [
        xdg_home / "applications" / "other-app.desktop",
        xdg_home / "icons/hicolor/48x48/apps/other-app.png",
        xdg_home / "icons/hicolor/icon-theme.cache.keep",
    ]
    for other in others:
        other.parent.mkdir(parents=True, exist_ok=True)
        other.write_text("not ours")
    written = desktop.install_desktop_entry()

    removed = desktop.uninstall_desktop_entry()

    assert set(removed) == set(written)
    assert files_under(xdg_home) == set(others)


def test_uninstall_when_nothing_is_installed_removes_nothing(xdg_home: Path) -> None:
    assert desktop.uninstall_desktop_entry() == []
    assert not xdg_home.exists()


def test_no_cache_is_created_where_none_existed(xdg_home: Path, program: Path) -> None:
    desktop.install_desktop_entry()
    assert not (xdg_home / "applications/mimeinfo.cache").exists()
    assert not (xdg_home / "icons/hicolor/icon-theme.cache").exists()


@pytest.mark.skipif(
    shutil.which("gtk-update-icon-cache") is None, reason="no gtk-update-icon-cache"
)
def test_an_existing_icon_cache_is_refreshed(xdg_home: Path, program: Path) -> None:
    cache = xdg_home / "icons/hicolor/icon-theme.cache"
    cache.parent.mkdir(parents=True)
    cache.write_bytes(b"stale")
    desktop.install_desktop_entry()
    assert cache.read_bytes() != b"stale"


def test_a_relative_xdg_data_home_is_ignored(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", "relative/dir")
    assert desktop.data_home() == Path.home() / ".local" / "share"


@pytest.mark.parametrize(
    ("argument", "expected"),
    [
        ("/usr/bin/giftdesk", "/usr/bin/giftdesk"),
        ("/opt/my apps/giftdesk", '"/opt/my apps/giftdesk"'),
        ("/opt/$HOME/gift`desk", '"/opt/\\\\$HOME/gift\\\\`desk"'),
        ("/opt/100%/giftdesk", "/opt/100%%/giftdesk"),
    ],
)
def test_exec_arguments_are_quoted_as_the_spec_says(argument: str, expected: str) -> None:
    assert desktop.quote_exec_argument(argument) == expected


def test_the_installed_program_is_found_next_to_python() -> None:
    # The test environment has giftdesk installed, so its gui-script exists.
    program = desktop.find_program()
    assert program.is_absolute()
    assert program.name.startswith("giftdesk")


def test_a_missing_program_is_one_clear_sentence(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "executable", str(tmp_path / "python"))
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(desktop.DesktopEntryError, match="Cannot find the installed “giftdesk”"):
        desktop.find_program()


def test_an_unwritable_data_home_is_one_clear_sentence(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, program: Path
) -> None:
    blocker = tmp_path / "blocker"
    blocker.write_text("a file where a folder should be")
    monkeypatch.setenv("XDG_DATA_HOME", str(blocker))
    with pytest.raises(desktop.DesktopEntryError, match="Cannot write"):
        desktop.install_desktop_entry()


@needs_validator
def test_the_cli_installs_and_uninstalls(tmp_path: Path) -> None:
    env = dict(os.environ, XDG_DATA_HOME=str(tmp_path / "home"))
    run = [sys.executable, "-m", "giftdesk"]
    installed = subprocess.run(
        [*run, "install-desktop-entry"], env=env, capture_output=True, text=True, timeout=60
    )
    assert installed.returncode == 0, installed.stderr
    entry = tmp_path / "home/applications/giftdesk.desktop"
    assert f"wrote {entry}" in installed.stdout.splitlines()
    validate(entry)

    removed = subprocess.run(
        [*run, "uninstall-desktop-entry"], env=env, capture_output=True, text=True, timeout=60
    )
    assert removed.returncode == 0, removed.stderr
    assert f"removed {entry}" in removed.stdout.splitlines()
    assert files_under(tmp_path / "home") == set()

    again = subprocess.run(
        [*run, "uninstall-desktop-entry"], env=env, capture_output=True, text=True, timeout=60
    )
    assert again.returncode == 0
    assert "nothing was removed" in again.stdout
