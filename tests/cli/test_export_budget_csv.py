"""``giftdesk export budget --format csv`` through the real entry point."""

from __future__ import annotations

import csv
import sys
from pathlib import Path

import pytest

from giftdesk.cli import main
from giftdesk.data.budget import compute_budget_summary
from giftdesk.data.budget_csv import CSV_HEADER, budget_csv_rows, select_occasions
from giftdesk.data.database import Database
from giftdesk.data.gifts import create_gift
from giftdesk.data.occasions import create_occasion
from giftdesk.data.people import create_person
from giftdesk.data.records import GiftRecord, OccasionRecord, PersonRecord


def run(monkeypatch: pytest.MonkeyPatch, *args: str) -> int:
    monkeypatch.setattr(sys, "argv", ["giftdesk", *map(str, args)])
    return main()


def read(path: Path) -> list[list[str]]:
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.reader(handle))


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """An empty folder for the output (the database lives in tmp_path)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def export(monkeypatch, db: Database, target: Path, *extra: str) -> int:  # type: ignore[no-untyped-def]
    return run(
        monkeypatch, "export", "budget", "--db", db.address, "--format", "csv", "-o", target, *extra
    )


def test_all_occasions_in_order_with_exact_cells(
    monkeypatch: pytest.MonkeyPatch, db: Database, out: Path, capsys
) -> None:  # type: ignore[no-untyped-def]
    with db.transaction() as s:
        anna = create_person(s, PersonRecord(None, "Anna"))
        bert = create_person(s, PersonRecord(None, "Bert"))
        zoe = create_person(s, PersonRecord(None, "Zoë"))
        xmas = create_occasion(s, OccasionRecord(None, "Christmas", "holiday", budget_cents=1000))
        create_occasion(s, OccasionRecord(None, "Empty day", "other"))
        create_gift(
            s,
            GiftRecord(
                None,
                "Train",
                occasion_id=xmas,
                status="purchased",
                price_cents=700,
                sale_price_cents=450,
                quantity=3,
                recipient_ids=(zoe, anna, bert),
                purchaser_id=anna,
            ),
        )
        create_gift(s, GiftRecord(None, "Book", occasion_id=None, status="idea"))
    target = out / "budget.csv"

    assert export(monkeypatch, db, target) == 0
    assert "budget.csv" in capsys.readouterr().out
    assert target.read_bytes().decode("utf-8").startswith("occasion,person,budget,gifts,")
    empty = [""] * 6
    assert read(target) == [
        list(CSV_HEADER),
        ["Christmas", "", "10.00", "1", "0.00", "13.50", "13.50", "-3.50", "0.00", "0", *empty],
        ["Christmas", "Anna", *[""] * 8, "", "4.50", "4.50", "", "13.50", "13.50"],
        ["Christmas", "Bert", *[""] * 8, "", "4.50", "4.50", "", "0.00", "0.00"],
        ["Christmas", "Zoë", *[""] * 8, "", "4.50", "4.50", "", "0.00", "0.00"],
        ["Empty day", "", "", "0", "0.00", "0.00", "0.00", "", "0.00", "0", *empty],
        ["(no occasion)", "", "", "1", "0.00", "0.00", "0.00", "", "0.00", "1", *empty],
    ]


def test_one_occasion_by_name_any_case(
    monkeypatch: pytest.MonkeyPatch, demo_db: Database, out: Path
) -> None:
    target = out / "one.csv"
    assert export(monkeypatch, demo_db, target, "--occasion", "  grandma ROSA'S 80th ") == 0
    rows = read(target)
    assert rows[0] == list(CSV_HEADER)
    assert {row[0] for row in rows[1:]} == {"Grandma Rosa's 80th"}
    assert rows[1][1] == "" and all(row[1] for row in rows[2:])
    with demo_db.reading() as session:
        whole = compute_budget_summary(session)
    assert rows == budget_csv_rows(select_occasions(whole, "Grandma Rosa's 80th"))


def test_the_bucket_by_its_name(
    monkeypatch: pytest.MonkeyPatch, demo_db: Database, out: Path
) -> None:
    target = out / "bucket.csv"
    assert export(monkeypatch, demo_db, target, "--occasion", "(No Occasion)") == 0
    rows = read(target)
    assert {row[0] for row in rows[1:]} == {"(no occasion)"}
    assert rows[1][2] == "" and rows[1][7] == ""  # no budget, no remaining


def test_unknown_occasion_says_what_exists_and_writes_nothing(
    monkeypatch: pytest.MonkeyPatch, demo_db: Database, out: Path, capsys
) -> None:  # type: ignore[no-untyped-def]
    target = out / "none.csv"
    assert export(monkeypatch, demo_db, target, "--occasion", "Easter") == 1
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "Traceback" not in err
    assert "“Easter”" in err
    assert "“Christmas 2026”" in err and "“(no occasion)”" in err
    assert not target.exists()
    assert list(out.iterdir()) == []


def test_unknown_occasion_in_an_empty_file(
    monkeypatch: pytest.MonkeyPatch, db: Database, out: Path, capsys
) -> None:  # type: ignore[no-untyped-def]
    target = out / "none.csv"
    assert export(monkeypatch, db, target, "--occasion", "(no occasion)") == 1
    assert "no occasions" in capsys.readouterr().err
    assert not target.exists()


def test_empty_file_gives_only_the_header(
    monkeypatch: pytest.MonkeyPatch, db: Database, out: Path
) -> None:
    target = out / "empty.csv"
    assert export(monkeypatch, db, target) == 0
    assert read(target) == [list(CSV_HEADER)]


def test_failed_export_keeps_the_previous_file(
    monkeypatch: pytest.MonkeyPatch, demo_db: Database, out: Path
) -> None:
    target = out / "budget.csv"
    target.write_text("previous\n", encoding="utf-8")
    assert export(monkeypatch, demo_db, target, "--occasion", "Nope") == 1
    assert target.read_text(encoding="utf-8") == "previous\n"
    assert export(monkeypatch, demo_db, target) == 0
    assert read(target)[0] == list(CSV_HEADER)
    assert [p.name for p in out.iterdir()] == ["budget.csv"]


def test_a_file_that_cannot_be_replaced_is_one_sentence(
    monkeypatch: pytest.MonkeyPatch, demo_db: Database, out: Path, capsys
) -> None:  # type: ignore[no-untyped-def]
    import giftdesk.data.files as files

    def refuse(*_args: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(files.os, "replace", refuse)
    target = out / "budget.csv"
    assert export(monkeypatch, demo_db, target) == 1
    err = capsys.readouterr().err
    assert err == f"giftdesk: giftdesk is not allowed to write {target}.\n"
    assert list(out.iterdir()) == []  # the temporary file is gone too
