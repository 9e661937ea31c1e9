"""giftdesk's Qt widgets: main window, table models, dialogs, reports."""
