"""Parts of the window's tabs (so far: the gift table's filter)."""
