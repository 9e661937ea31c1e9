"""A NUL character in a command-line argument is refused with one sentence, on both engines.

A real command line cannot carry one (the system cuts arguments there), but
a script calling giftdesk can; the refusal must be the same sentence as
everywhere else, with nothing written — never the server's "unexpected error".
"""

from __future__ import annotations

from sqlalchemy import func, select

from giftdesk.data import occasions as occasions_data
from giftdesk.data.database import open_database
from giftdesk.data.models import gifts, occasions, persons
from giftdesk.data.records import OccasionRecord


def _counts(target) -> tuple[int, ...]:  # type: ignore[no-untyped-def]
    db = open_database(target)
    try:
        with db.reading() as s:
            return tuple(
                s.scalar(select(func.count()).select_from(t)) or 0
                for t in (persons, occasions, gifts)
            )
    finally:
        db.close()


def test_a_nul_in_an_argument_is_one_sentence_and_changes_nothing(
    db_target, tmp_path, cli, one_sentence
):
    db = open_database(db_target)
    with db.transaction() as s:
        occasions_data.create_occasion(
            s, OccasionRecord(None, "Christmas 2026", "holiday", None, 50000)
        )
    db.close()
    before = _counts(db_target)
    code, _, err = cli("rollover", "Christmas 2026", "--to", "Christmas\x002027",
                       "--date", "2027-12-24", "--db", str(db_target))  # fmt: skip
    assert code == 1
    one_sentence(err)
    assert "Name contains a NUL character, which a database server cannot store." in err
    sheet = tmp_path / "gifts.csv"
    sheet.write_text("Gift,For\nKite,Anna\n")
    code, _, err = cli("import-spreadsheet", str(sheet), "--occasion", "Xmas\x00",
                       "--db", str(db_target))  # fmt: skip
    assert code == 1
    one_sentence(err)
    assert "occasion contains a NUL character" in err
    assert _counts(db_target) == before
