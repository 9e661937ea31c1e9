"""Is a file inside a folder that a cloud service keeps in sync?

Dropbox, OneDrive, Google Drive, iCloud Drive, Nextcloud/ownCloud and
Syncthing each copy a changed file to other computers. An SQLite file
written on two of them at once (or copied back half-synced) can be damaged,
so the window says so once. Recognised by the folders' usual names and by
the marker files the services leave in them; only the file's own folder and
its parents are looked at (a few ``stat`` calls, no reading).
"""

from __future__ import annotations

import os
import re
from pathlib import Path

# Marker files or folders a sync client keeps at the top of what it syncs.
MARKERS: tuple[tuple[str, str], ...] = (
    (".dropbox", "Dropbox"),
    (".dropbox.cache", "Dropbox"),
    (".stfolder", "Syncthing"),
    (".stignore", "Syncthing"),
    (".nextcloudsync.log", "Nextcloud"),
    (".owncloudsync.log", "ownCloud"),
    (".sync_journal.db", "Nextcloud"),
    (".tmp.drivedownload", "Google Drive"),
    (".tmp.driveupload", "Google Drive"),
    (".icloud", "iCloud Drive"),
)

# Folder names the services create (``Dropbox (Family)``, ``OneDrive - Contoso``…).
FOLDER_NAMES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"^dropbox( \(.+\))?$", re.IGNORECASE), "Dropbox"),
    (re.compile(r"^onedrive( - .+)?$", re.IGNORECASE), "OneDrive"),
    (re.compile(r"^(google ?drive|my drive|googledrive)$", re.IGNORECASE), "Google Drive"),
    (re.compile(r"^(icloud ?drive|com~apple~clouddocs)$", re.IGNORECASE), "iCloud Drive"),
    (re.compile(r"^nextcloud$", re.IGNORECASE), "Nextcloud"),
    (re.compile(r"^owncloud$", re.IGNORECASE), "ownCloud"),
)


def synced_service(path: str | os.PathLike[str]) -> str | None:
    """The name of the service syncing ``path``'s folder, or None."""
    resolved = Path(path).expanduser().resolve()
    home = Path.home().resolve()
    for folder in resolved.parents:
        for pattern, service in FOLDER_NAMES:
            if pattern.match(folder.name):
                return service
        if folder == home or folder == folder.parent:
            # The home folder itself is not synced as a whole by these clients;
            # markers above it (e.g. in /) would say nothing about this file.
            break
        for marker, service in MARKERS:
            if (folder / marker).exists():
                return service
    return None
