"""Importing a family's gift spreadsheet: CSV as spreadsheet programs write it, and .xlsx."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import Workbook
from openpyxl.styles import Font

from giftdesk.data import gifts as gifts_data
from giftdesk.data import occasions as occasions_data
from giftdesk.data import people as people_data
from giftdesk.data import table_rows
from giftdesk.data.backup import export_backup
from giftdesk.data.records import OccasionRecord, PersonRecord
from giftdesk.data.spreadsheet import (
    SpreadsheetError,
    guess_columns,
    import_plan,
    parse_sheet_money,
    plan_import,
    read_sheet,
    split_names,
    undo_import,
)


def _csv(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.replace("\n", "\r\n").encode(encoding))
    return path


def _import(db, path, occasion=None, columns=None):  # type: ignore[no-untyped-def]
    plan = plan_import(read_sheet(path), columns, occasion)
    with db.transaction() as s:
        return import_plan(s, plan)


def _gifts(db):  # type: ignore[no-untyped-def]
    with db.reading() as s:
        rows = table_rows.list_gift_rows(s)
        names = {p.id: p.name for p in table_rows.list_person_rows(s)}
        return {
            r.name: (
                r.recipient_names, r.purchaser_name, r.status, r.price_cents, r.quantity,
                r.occasion_name, tuple(names[c] for c in r.contributor_ids),
            )
            for r in rows
        }  # fmt: skip


# -- what a German Excel writes: cp1252, semicolons, CRLF, "1.234,50 €" -------------


GERMAN_EXCEL = """\
Geschenke Weihnachten 2026;;;;;
Geschenk;Für;Preis;Gekauft von;Gekauft?;Notizen
Fahrrad;Zoë;1.234,50 €;Thomas;ja;"Rot, 26 Zoll
mit Klingel"
Kochbuch;Maria & Thomas;24,95 €;Sam;nein;
;;;;;
Schal;maria;19 €;;nein;
Summe;;1.278,45 €;;;
"""


def test_german_excel_csv_in_the_windows_code_page(db, tmp_path):
    with db.transaction() as s:
        people_data.create_person(s, PersonRecord(None, "Maria"))
    path = _csv(tmp_path / "geschenke.csv", GERMAN_EXCEL, "cp1252")
    sheet = read_sheet(path)
    assert sheet.heading_row == 2  # the title row above is skipped
    assert sheet.decimal_comma
    done = _import(db, path, occasion="Christmas 2026")
    assert done.people_created == ("Zoë", "Thomas", "Sam")
    assert done.occasions_created == ("Christmas 2026",)
    gifts = _gifts(db)
    assert gifts["Fahrrad"] == ("Zoë", "Thomas", "purchased", 123450, 1, "Christmas 2026", ())
    assert gifts["Kochbuch"][:4] == ("Maria, Thomas", "Sam", "selected", 2495)
    assert gifts["Schal"][0] == "Maria"  # matched, not created again
    assert "Summe" not in gifts  # the totals row
    with db.reading() as s:
        fahrrad = next(g for g in gifts_data.get_gifts(s, done.gift_ids) if g.name == "Fahrrad")
        assert fahrrad.notes == "Rot, 26 Zoll\nmit Klingel"
        occasion = occasions_data.find_occasion_by_name(s, "Christmas 2026")
    assert occasion.type == "holiday"


GOOGLE_SHEETS = """\
Gift,For,Price,Bought by,Status,Store,Link,Occasion
Ice skates,Zoe,"$1,234.50",Anna and Lukas,bought,Sports shop,https://example.org/skates,Christmas
Wooden train,Noah,49.95,,idea,Toy shop,,Christmas
Book,"Anna, Lukas",12,Anna,received,,,Anna's birthday
"""


def test_google_sheets_csv_with_us_money_and_an_occasion_column(db, tmp_path):
    with db.transaction() as s:
        people_data.create_person(s, PersonRecord(None, "Zoë"))
        occasions_data.create_occasion(
            s, OccasionRecord(None, "christmas", "holiday", dt.date(2026, 12, 25))
        )
    done = _import(db, _csv(tmp_path / "gifts.csv", GOOGLE_SHEETS))
    gifts = _gifts(db)
    assert gifts["Ice skates"] == ("Zoë", "Anna", "purchased", 123450, 1, "christmas", ("Lukas",))
    assert gifts["Wooden train"][2:4] == ("idea", 4995)
    assert gifts["Book"][:3] == ("Anna, Lukas", "Anna", "received")
    assert done.occasions_created == ("Anna's birthday",)
    with db.reading() as s:
        assert occasions_data.find_occasion_by_name(s, "Anna's birthday").type == "birthday"


def test_libreoffice_utf8_with_bom_french_and_spanish_headings(db, tmp_path):
    french = _csv(
        tmp_path / "cadeaux.csv",
        "Cadeau,Pour,Prix,Acheté par,Statut,Magasin,Lien,Remarques\n"
        'Écharpe,Chloé,"39,90 €",Sam,acheté,Galeries,,\n',
        "utf-8-sig",
    )
    spanish = _csv(
        tmp_path / "regalos.csv",
        "Regalo;Para;Precio;Comprado por;Cantidad;Tienda\nLibro;Chloé y Noah;15,00 €;Sam;2;Casa\n",
    )
    _import(db, french)
    _import(db, spanish)
    gifts = _gifts(db)
    assert gifts["Écharpe"][:4] == ("Chloé", "Sam", "purchased", 3990)
    assert gifts["Libro"][:5] == ("Chloé, Noah", "Sam", "selected", 1500, 2)
    with db.reading() as s:
        assert [p.name for p in table_rows.list_person_rows(s)] == ["Chloé", "Sam", "Noah"]


def _rows_with_bad_price_on_row_17() -> str:
    lines = ["Gift,For,Price,Bought by"]
    for n in range(2, 17):
        lines.append(f"Gift {n},Person {n % 4},{n}.50,Sam")
    lines.append("Broken,Anna,twelve euros,Sam")  # row 17
    lines.append("After,Anna,3.00,Sam")
    return "\n".join(lines) + "\n"


def test_a_bad_price_on_row_17_names_row_and_column_and_imports_nothing(db, tmp_path):
    path = _csv(tmp_path / "gifts.csv", _rows_with_bad_price_on_row_17())
    with db.reading() as s:
        before = export_backup(s)
    with pytest.raises(SpreadsheetError) as caught:
        _import(db, path)
    assert str(caught.value) == "row 17, column Price: “twelve euros” is not an amount of money."
    with db.reading() as s:
        assert export_backup(s) == before


def test_row_numbers_count_quoted_line_breaks_as_one_row(db, tmp_path):
    path = _csv(
        tmp_path / "gifts.csv",
        'Gift,Price,Notes\nA,1,"two\nlines"\n\nB,-3,\n',
    )
    with pytest.raises(SpreadsheetError, match=r"^row 4, column Price: “-3” is negative"):
        _import(db, path)


def test_other_bad_cells_name_their_row_and_column(db, tmp_path):
    cases = {
        "Gift,Status\nA,maybe later\n": "row 2, column Status: “maybe later” is not a status",
        "Gift,Bought?\nA,perhaps\n": "row 2, column Bought?: “perhaps” is neither yes nor no",
        "Gift,Qty\nA,2.5\n": "row 2, column Qty: quantity must be a whole number",
        "Gift,For\n,Anna\n": "row 2, column Gift: the gift has no name",
        "Gift,Price\nA,1.234\n": "row 2, column Price: “1.234” has more than two decimals",
        "Gift,Price\nA,10000000\n": "row 2, column Price: “10000000” is too much",
    }
    for n, (text, message) in enumerate(cases.items()):
        path = _csv(tmp_path / f"case{n}.csv", text)
        with pytest.raises(SpreadsheetError, match="^" + message.replace("?", r"\?")):
            _import(db, path)


def test_files_that_are_not_gift_lists_are_refused(tmp_path):
    with pytest.raises(SpreadsheetError, match="no heading row"):
        read_sheet(_csv(tmp_path / "x.csv", "a,b\n1,2\n"))
    with pytest.raises(SpreadsheetError, match="not a readable .xlsx"):
        (tmp_path / "x.xlsx").write_bytes(b"not a zip")
        read_sheet(tmp_path / "x.xlsx")
    with pytest.raises(SpreadsheetError, match="old Excel file"):
        (tmp_path / "x.xls").write_bytes(b"\xd0\xcf")
        read_sheet(tmp_path / "x.xls")
    with pytest.raises(SpreadsheetError, match="There is no file"):
        read_sheet(tmp_path / "missing.csv")


def _family_workbook(path: Path) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.title = "Christmas"
    sheet["A1"] = "Christmas presents 2026"
    sheet["A1"].font = Font(bold=True, size=14)
    sheet.merge_cells("A1:F1")
    sheet.append(["Item", "Recipient(s)", "Cost (€)", "Who buys?", "Bought", "Notes"])
    sheet.append(["Drill", "Thomas", 99.9, "Sam", True, None])
    sheet.append(["Scarf", "Maria, Rosa", 69, "Anna", "no", "cashmere\nbeige"])
    sheet.append([None, None, None, None, None, None])
    sheet.append(["Total", None, "=SUM(C3:C4)", None, None, None])
    book.save(path)
    return path


def test_xlsx_with_a_merged_title_numbers_and_a_formula_totals_row(db, tmp_path):
    path = _family_workbook(tmp_path / "family.xlsx")
    sheet = read_sheet(path)
    assert sheet.heading_row == 2
    assert guess_columns(sheet.headings) == {
        0: "name", 1: "recipients", 2: "price", 3: "purchaser", 4: "bought", 5: "notes"
    }  # fmt: skip
    plan = plan_import(sheet)
    assert plan.skipped_rows == (6,)
    with db.transaction() as s:
        import_plan(s, plan)
    gifts = _gifts(db)
    assert gifts["Drill"][:4] == ("Thomas", "Sam", "purchased", 9990)
    assert gifts["Scarf"][:4] == ("Maria, Rosa", "Anna", "selected", 6900)


def test_a_corrected_column_mapping_is_used(db, tmp_path):
    path = _csv(tmp_path / "gifts.csv", "What,Who,Euro\nDrill,Thomas,9.90\n")
    with pytest.raises(SpreadsheetError, match="no heading row"):
        read_sheet(path)
    path = _csv(tmp_path / "gifts2.csv", "Gift,Store,Euro\nDrill,Thomas,9.90\n")
    sheet = read_sheet(path)
    assert guess_columns(sheet.headings) == {0: "name", 1: "store"}
    _import(db, path, columns={0: "name", 1: "recipients", 2: "price"})
    assert _gifts(db)["Drill"][:4] == ("Thomas", None, "selected", 990)


def test_undo_removes_exactly_what_the_import_created(db, tmp_path):
    with db.transaction() as s:
        people_data.create_person(s, PersonRecord(None, "Maria"))
    with db.reading() as s:
        before = export_backup(s)
    done = _import(db, _csv(tmp_path / "g.csv", GERMAN_EXCEL, "cp1252"), occasion="Weihnachten")
    with db.transaction() as s:
        undo_import(s, done)
    with db.reading() as s:
        assert export_backup(s) == before


@pytest.mark.parametrize(
    ("text", "decimal_comma", "cents"),
    [
        ("1.234,50 €", True, 123450),
        ("$1,234.50", False, 123450),
        ("12,5", False, 1250),
        ("12.50", True, 1250),
        ("1 234,50 €", True, 123450),
        ("EUR 19", False, 1900),
        ("1.234", True, 123400),
        ("1,234", False, 123400),
        ("CHF 1'234.50", False, 123450),
        ("", False, None),
        (19.99, False, 1999),
        (0.1 + 0.2, False, 30),
        (7, True, 700),
    ],
)
def test_money_in_the_files_locale(text, decimal_comma, cents):
    assert parse_sheet_money(text, decimal_comma) == cents


def test_several_recipients_in_one_cell():
    assert split_names("Anna, Lukas") == ("Anna", "Lukas")
    assert split_names("Anna & Lukas") == ("Anna", "Lukas")
    assert split_names("Anna und Lukas; anna") == ("Anna", "Lukas")
    assert split_names("Chloé et Noah") == ("Chloé", "Noah")
    assert split_names("Grandma Rosa") == ("Grandma Rosa",)
