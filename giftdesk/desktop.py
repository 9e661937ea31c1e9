"""``giftdesk install-desktop-entry``: put giftdesk into the desktop's menu.

After ``pip install giftdesk`` the program exists but no menu knows it. This
writes, for the current user only (freedesktop.org XDG directories):

- ``$XDG_DATA_HOME/applications/giftdesk.desktop`` with an absolute ``Exec``
  path to the installed ``giftdesk`` gui-script (so the menu entry works
  whether or not that folder is on the PATH the desktop session sees), and
- the icon in ``$XDG_DATA_HOME/icons/hicolor/<N>x<N>/apps/giftdesk.png`` for
  every shipped size, plus ``scalable/apps/giftdesk.svg``.

``uninstall-desktop-entry`` removes exactly those files and nothing else.
The desktop caches are refreshed only where a cache already exists (a user
icon cache written once and never again hides every icon added later), and
only with tools that are there; neither is ever required. No Qt here.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from giftdesk.data.errors import GiftdeskError
from giftdesk.data.messages import translatable
from giftdesk.resource_files import (
    DESKTOP_FILE_NAME,
    ICON_NAME,
    ICON_SIZES,
    desktop_template,
    icon_png,
    icon_svg,
)

SCRIPT_NAME = "giftdesk"
# Characters that make a desktop-entry Exec argument need quoting (spec,
# "The Exec key"); inside quotes ", `, $ and \ are escaped with a backslash.
_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")


class DesktopEntryError(GiftdeskError):
    """The launcher cannot be installed; the message says why."""


def data_home() -> Path:
    """``$XDG_DATA_HOME`` if set to an absolute path, else ``~/.local/share``."""
    value = os.environ.get("XDG_DATA_HOME", "")
    if value and os.path.isabs(value):
        return Path(value)
    return Path.home() / ".local" / "share"


def applications_dir() -> Path:
    return data_home() / "applications"


def icon_theme_dir() -> Path:
    return data_home() / "icons" / "hicolor"


def desktop_file_path() -> Path:
    return applications_dir() / DESKTOP_FILE_NAME


def icon_targets() -> list[tuple[Path, Path]]:
    """(shipped file, installed path) for every icon size and the SVG."""
    theme = icon_theme_dir()
    pairs = [(icon_png(size), theme / f"{size}x{size}" / "apps" / f"{ICON_NAME}.png")
             for size in ICON_SIZES]  # fmt: skip
    pairs.append((icon_svg(), theme / "scalable" / "apps" / f"{ICON_NAME}.svg"))
    return pairs


def installed_paths() -> list[Path]:
    """Every file ``install_desktop_entry`` writes (and uninstall removes)."""
    theme = icon_theme_dir()
    paths = [desktop_file_path()]
    paths += [theme / f"{size}x{size}" / "apps" / f"{ICON_NAME}.png" for size in ICON_SIZES]
    paths.append(theme / "scalable" / "apps" / f"{ICON_NAME}.svg")
    return paths


def find_program() -> Path:
    """The absolute path of the installed ``giftdesk`` program.

    A PyInstaller build is its own program. Otherwise the gui-script pip
    wrote next to this Python (a virtual environment's bin/), then the
    PATH; a checkout run with ``python -m giftdesk`` has neither.
    """
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve()
    names = [SCRIPT_NAME + ".exe", SCRIPT_NAME] if os.name == "nt" else [SCRIPT_NAME]
    folders = [Path(sys.executable).parent]
    if os.name == "nt":
        folders.append(Path(sys.executable).parent / "Scripts")
    for folder in folders:
        for name in names:
            candidate = folder / name
            if candidate.is_file() and os.access(candidate, os.X_OK):
                return candidate.absolute()
    found = shutil.which(SCRIPT_NAME)
    if found:
        return Path(found).absolute()
    raise DesktopEntryError(
        translatable(
            "Desktop",
            "Cannot find the installed “{program}” program next to {executable} or "
            "on your PATH; install giftdesk with pip first.",
        ).format(program=SCRIPT_NAME, executable=sys.executable)
    )


def quote_exec_argument(argument: str) -> str:
    """Quote one Exec argument as the Desktop Entry Specification says."""
    if argument and not (set(argument) & _RESERVED):
        quoted = argument
    else:
        escaped = "".join("\\" + c if c in '"`$\\' else c for c in argument)
        quoted = f'"{escaped}"'
    # The whole value is a desktop-entry "string": backslashes are doubled
    # again at that level, and % is the field-code escape.
    return quoted.replace("\\", "\\\\").replace("%", "%%")


def render_desktop_file(program: Path) -> str:
    """The shipped entry with ``Exec``/``TryExec`` pointing at ``program``."""
    lines = []
    for line in desktop_template().read_text(encoding="utf-8").splitlines():
        if line.startswith("Exec="):
            lines.append(f"TryExec={_escape_string(str(program))}")
            lines.append(f"Exec={quote_exec_argument(str(program))}")
        elif line.startswith("TryExec="):
            continue
        else:
            lines.append(line)
    return "\n".join(lines) + "\n"


def _escape_string(value: str) -> str:
    return value.replace("\\", "\\\\")


def install_desktop_entry() -> list[Path]:
    """Write the launcher and icons for the current user; returns their paths."""
    _require_freedesktop()
    program = find_program()
    content = render_desktop_file(program)
    written: list[Path] = []
    try:
        _write_atomically(desktop_file_path(), content.encode("utf-8"))
        written.append(desktop_file_path())
        for source, target in icon_targets():
            _write_atomically(target, source.read_bytes())
            written.append(target)
    except OSError as error:
        raise DesktopEntryError(
            translatable("Desktop", "Cannot write {path}: {reason}.").format(
                path=error.filename or data_home(), reason=error.strerror or error
            )
        ) from None
    _refresh_caches()
    return written


def uninstall_desktop_entry() -> list[Path]:
    """Remove exactly the files install wrote; returns those that were there."""
    removed: list[Path] = []
    for path in installed_paths():
        try:
            path.unlink()
        except FileNotFoundError:
            continue
        except OSError as error:
            raise DesktopEntryError(
                translatable("Desktop", "Cannot remove {path}: {reason}.").format(
                    path=path, reason=error.strerror or error
                )
            ) from None
        removed.append(path)
    if removed:
        _refresh_caches()
    return removed


def _require_freedesktop() -> None:
    if sys.platform == "win32" or sys.platform == "darwin":
        raise DesktopEntryError(
            translatable(
                "Desktop",
                "Desktop entries are for Linux and BSD desktops; on this system start "
                "giftdesk from its installed program or build the app bundle (see "
                "giftdesk.spec).",
            )
        )


def _write_atomically(target: Path, data: bytes) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.chmod(temporary, 0o644)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _refresh_caches() -> None:
    """Update caches that exist; a missing tool or a failure is not an error."""
    apps = applications_dir()
    if (apps / "mimeinfo.cache").exists():
        _run_quietly(["update-desktop-database", "-q", str(apps)])
    theme = icon_theme_dir()
    if (theme / "icon-theme.cache").exists():
        _run_quietly(["gtk-update-icon-cache", "-q", "-t", "-f", str(theme)])
    # Without a cache, desktops notice new icons by the theme folder's time.
    if theme.is_dir():
        os.utime(theme)


def _run_quietly(command: list[str]) -> None:
    if shutil.which(command[0]) is None:
        return
    with contextlib.suppress(OSError, subprocess.SubprocessError):
        subprocess.run(command, check=False, capture_output=True, timeout=30)
