"""giftdesk history, rollover, upcoming and import-spreadsheet from the command line."""

from __future__ import annotations

import csv
import datetime as dt
import io

from giftdesk.data import gifts as gifts_data
from giftdesk.data import occasions as occasions_data
from giftdesk.data import people as people_data
from giftdesk.data import table_rows
from giftdesk.data.database import open_database
from giftdesk.data.records import GiftRecord, OccasionRecord, PersonRecord


def _family(path, occasion_date=dt.date(2026, 12, 25)):  # type: ignore[no-untyped-def]
    db = open_database(path)
    with db.transaction() as s:
        rosa = people_data.create_person(s, PersonRecord(None, "Grandma Rosa"))
        sam = people_data.create_person(s, PersonRecord(None, "Sam"))
        xmas = occasions_data.create_occasion(
            s, OccasionRecord(None, "Christmas 2026", "holiday", occasion_date, 50000)
        )
        gifts_data.create_gift(s, GiftRecord(None, "Fleece blanket", xmas, "purchased", price_cents=4500,
                                       recipient_ids=(rosa,), purchaser_id=sam))  # fmt: skip
        gifts_data.create_gift(
            s, GiftRecord(None, "Bird bath", xmas, "idea", price_cents=9900, recipient_ids=(rosa,))
        )
    db.close()


def test_history_as_text_and_csv(db_path, cli):
    _family(db_path)
    code, out, err = cli("history", "grandma rosa", "--db", str(db_path))
    assert code == 0, err
    assert out.startswith("Gift history of Grandma Rosa\n")
    assert "received  Fleece blanket  45.00  purchased  from Sam" in out
    code, out, err = cli("history", "Sam", "--format", "csv", "--db", str(db_path))
    assert code == 0, err
    rows = list(csv.reader(io.StringIO(out)))
    assert rows[1] == ["Christmas 2026", "2026-12-25", "gave", "Fleece blanket", "purchased",
                       "45.00", "45.00", "Grandma Rosa", "Sam"]  # fmt: skip


def test_history_of_an_unknown_person_is_one_sentence(db_path, cli, one_sentence):
    _family(db_path)
    code, _, err = cli("history", "Grandpa Joe", "--db", str(db_path))
    assert code == 1
    one_sentence(err)
    assert "There is nobody called “Grandpa Joe”" in err


def test_rollover_creates_next_years_occasion(db_path, cli, one_sentence):
    _family(db_path)
    code, out, err = cli(
        "rollover",
        "Christmas 2026",
        "--to",
        "Christmas 2027",
        "--db",
        str(db_path),
    )
    assert code == 0, err
    assert out == "Created Christmas 2027 on 2027-12-25 with 1 idea and 0 budgets.\n"
    code, _, err = cli(
        "rollover",
        "Christmas 2026",
        "--to",
        "Christmas 2027",
        "--db",
        str(db_path),
    )
    assert code == 1
    one_sentence(err)
    assert "already exists" in err


def test_rollover_refusals_are_sentences_and_change_nothing(db_path, cli, one_sentence):
    _family(db_path, occasion_date=None)
    cases = [
        (("Christmas 2026", "--to", "Christmas 2027"), "has no date; give the new occasion's date"),
        (("Easter", "--to", "Easter 2027"), "no occasion called “Easter”"),
        (
            ("Christmas 2026", "--to", "Christmas 2027", "--date", "24.12.2027"),
            "“24.12.2027” is not a date",
        ),
    ]
    for args, message in cases:
        code, _, err = cli("rollover", *args, "--db", str(db_path))
        assert code == 1
        one_sentence(err)
        assert message in err
    code, out, err = cli("rollover", "Christmas 2026", "--to", "Christmas 2027",
                         "--date", "2027-12-24", "--db", str(db_path))  # fmt: skip
    assert code == 0, err
    assert "on 2027-12-24" in out


def test_upcoming_lists_occasions_and_birthdays(db_path, cli, one_sentence):
    today = dt.date.today()
    soon = today + dt.timedelta(days=10)
    _family(db_path, occasion_date=soon)
    db = open_database(db_path)
    with db.transaction() as s:
        born = (today + dt.timedelta(days=3)).replace(year=2020)  # a leap year: any day exists
        people_data.create_person(s, PersonRecord(None, "Noah", birthdate=born))
    db.close()
    code, out, err = cli("upcoming", "--db", str(db_path))
    assert code == 0, err
    assert f"{soon.isoformat()}  Christmas 2026 (in 10 days)" in out
    assert "2 gifts; planned 45.00, bought 45.00, remaining 455.00" in out
    assert "Birthdays with no occasion yet" in out
    assert "Noah" in out
    code, out, err = cli("upcoming", "--days", "2", "--db", str(db_path))
    assert code == 0, err
    assert out == "Nothing in the next 2 days.\n"
    code, _, err = cli("upcoming", "--days", "0", "--db", str(db_path))
    assert code == 1
    one_sentence(err)


def test_import_spreadsheet_and_a_bad_row(db_path, tmp_path, cli, one_sentence):
    good = tmp_path / "gifts.csv"
    good.write_text(
        'Gift,For,Price,Bought by\nDrill,Thomas,"$1,299.00",Sam\nScarf,Maria & Rosa,19.99,\n'
    )
    code, out, err = cli(
        "import-spreadsheet",
        str(good),
        "--occasion",
        "Christmas",
        "--db",
        str(db_path),
    )
    assert code == 0, err
    assert out.startswith("Imported 2 gifts, 4 new people, 1 new occasion.")
    lines = ["Gift,For,Price"] + [f"Gift {n},Anna,1.00" for n in range(2, 17)] + ["Bad,Anna,1.0.0"]
    bad = tmp_path / "bad.csv"
    bad.write_text("\n".join(lines) + "\n")
    code, _, err = cli("import-spreadsheet", str(bad), "--db", str(db_path))
    assert code == 1
    one_sentence(err)
    assert "row 17, column Price: “1.0.0” is not an amount of money." in err
    db = open_database(db_path)
    with db.reading() as s:
        assert len(table_rows.list_gift_rows(s)) == 2
    db.close()


def test_import_spreadsheet_of_a_missing_file(tmp_path, cli, one_sentence):
    code, _, err = cli("import-spreadsheet", str(tmp_path / "none.xlsx"),
                       "--db", str(tmp_path / "new.sqlite3"))  # fmt: skip
    assert code == 1
    one_sentence(err)
    assert not (tmp_path / "new.sqlite3").exists()
