"""The budget panel: its table model, the widget, column fitting, and its place in the window."""
