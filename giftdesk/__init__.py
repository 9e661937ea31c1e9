"""giftdesk: a desktop gift planner over a local SQLite file."""

__version__ = "0.1.0"
APP_NAME = "giftdesk"
ORG_NAME = "giftdesk"
