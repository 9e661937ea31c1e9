"""Table models of the main window: plain rows in, cells out.

Each model holds the frozen rows the table readers produce (``GiftRow``,
``PersonRow``, ``OccasionRow``), an id → row index, and a column table that
says how a row becomes display text and which raw value it sorts by. Models
never hold a session: the window reloads rows after each change and hands
them over with ``set_rows`` (everything), ``upsert_rows`` and ``remove_ids``
(only what changed), so selection and scroll position survive an edit.

``TableProxyModel`` sorts and filters in Python over those rows. A stock
``QSortFilterProxyModel`` calls back into Python for every comparison and
every row (measured at 100,000 gifts: 7.6 s to sort, 70–600 ms per search
keystroke); this proxy sorts with one key per row and filters on a
lowercase haystack per row, so both stay fast far beyond family scale.
"""
