"""Old import path, kept while other branches still import from it.

The dialog lives in ``giftdesk.ui.dialogs.about``.
"""

from giftdesk.ui.dialogs.about import (
    AboutDialog,
    open_folder,
)

__all__ = ["open_folder", "AboutDialog"]
