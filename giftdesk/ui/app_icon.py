"""The application icon as a QIcon, built once from the shipped PNG sizes."""

from __future__ import annotations

import logging
from functools import cache

from PySide6.QtGui import QIcon

from giftdesk.resource_files import ICON_SIZES, MissingResourceError, icon_png, icon_svg

log = logging.getLogger(__name__)


@cache
def application_icon() -> QIcon:
    """Every PNG size (crisp in title bars and task switchers) plus the SVG.

    A missing icon is logged and gives an empty icon: it is no reason not
    to start.
    """
    icon = QIcon()
    try:
        for size in ICON_SIZES:
            icon.addFile(str(icon_png(size)))
        icon.addFile(str(icon_svg()))
    except MissingResourceError as error:
        log.warning("%s", error)
    return icon
