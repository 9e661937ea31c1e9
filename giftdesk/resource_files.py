"""Finding giftdesk's own files (icon, desktop entry template).

The top-level ``resources/`` folder ships inside the package as
``giftdesk.resources``, so an installed giftdesk finds its files through
``importlib.resources``. A checkout that runs without being installed
(``python -m giftdesk`` from the source tree, or a PyInstaller build that
collected the folder as data) falls back to the folder on disk. No Qt here:
the desktop entry installer uses this from the command line.
"""

from __future__ import annotations

import sys
from functools import cache
from importlib import resources
from pathlib import Path

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICON_NAME = "giftdesk"
DESKTOP_FILE_NAME = "giftdesk.desktop"


class MissingResourceError(FileNotFoundError):
    """A file that belongs to giftdesk is missing: the installation is broken."""


@cache
def resource_dir() -> Path:
    """The folder holding giftdesk's resources, as a real directory on disk."""
    candidates: list[Path] = []
    try:
        files = resources.files("giftdesk.resources")
    except ModuleNotFoundError:
        files = None
    if files is not None and isinstance(files, Path):
        candidates.append(files)
    elif files is not None:
        # A namespace or zip reader: only a real path is useful to Qt and to
        # the desktop entry installer, so take the first one that is.
        for attribute in ("_paths", "_path"):
            found = getattr(files, attribute, None)
            if isinstance(found, list):
                candidates.extend(Path(p) for p in found)
            elif found is not None:
                candidates.append(Path(str(found)))
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        candidates.append(Path(frozen_root) / "giftdesk" / "resources")
    # Running from a checkout: giftdesk/../resources
    candidates.append(Path(__file__).resolve().parent.parent / "resources")
    for candidate in candidates:
        if (candidate / "giftdesk.svg").is_file():
            return candidate
    raise MissingResourceError(
        "giftdesk's resource files (icon, desktop entry) are missing; reinstall giftdesk."
    )


def resource_path(name: str) -> Path:
    """The path of one resource file, with a clear error if it is missing."""
    path = resource_dir() / name
    if not path.is_file():
        raise MissingResourceError(f"giftdesk's file {name} is missing; reinstall giftdesk.")
    return path


def icon_svg() -> Path:
    return resource_path(f"{ICON_NAME}.svg")


def icon_png(size: int) -> Path:
    if size not in ICON_SIZES:
        raise ValueError(f"no {size} px icon; sizes are {ICON_SIZES}")
    return resource_path(f"{ICON_NAME}-{size}.png")


def desktop_template() -> Path:
    return resource_path(DESKTOP_FILE_NAME)
