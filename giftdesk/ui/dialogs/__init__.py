"""Add/edit dialogs for people, occasions and gifts.

Dialogs collect and validate; they never write to the database. On OK they
hand a record to the ``submit`` callback the window gives them (which runs
the undoable command); a refusal comes back as ``ValidationError`` (shown
next to its field) or ``GiftdeskError`` (shown above the buttons), and the
dialog stays open with everything the person typed.
"""
