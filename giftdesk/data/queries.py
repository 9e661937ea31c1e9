"""Old import path, kept while other branches still import from it (see ``checks``)."""

from giftdesk.data.checks import is_empty

__all__ = ["is_empty"]
