"""Reading a family's gift spreadsheet (CSV or .xlsx) into giftdesk.

Three steps, each usable alone (the window shows the first two as a preview):

1. ``read_sheet(path)`` reads the cells: CSV in UTF-8 (with or without BOM)
   or the Windows code page a spreadsheet program writes, with ``,``, ``;``
   or tab between cells; ``.xlsx`` through openpyxl (values, not formulas).
   It finds the heading row (the first row where a gift column is
   recognised; a title above it is skipped) and keeps each row's number as
   the spreadsheet program shows it (the first line is row 1).
2. ``guess_columns(headings)`` recognises columns by common headings in
   English, German, French and Spanish; the caller may correct the result.
3. ``plan_import(sheet, columns)`` checks every row without touching the
   database and raises ``SpreadsheetError`` ("row 17, column Price: …") at
   the first bad cell; ``import_plan(session, plan)`` then writes it all in
   the caller's transaction (all or nothing), matching people by name (case
   and accents ignored) or creating them, with a fixed number of statements.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from pathlib import Path
from typing import TypeVar

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from giftdesk.data.errors import GiftdeskError, ValidationError
from giftdesk.data.fields import (
    GIFT_NAME_MAX,
    NOTES_MAX,
    OCCASION_NAME_MAX,
    PERSON_NAME_MAX,
    SHORT_TEXT_MAX,
    URL_MAX,
)
from giftdesk.data.history import name_key
from giftdesk.data.members import refuse_import_by_member
from giftdesk.data.messages import Message, translatable
from giftdesk.data.models import gift_people, gifts, occasions, persons
from giftdesk.data.money import MAX_CENTS
from giftdesk.data.validation import (
    clean_name,
    clean_quantity,
    clean_text,
    refuse_nul_character,
)

T = TypeVar("T")

Cell = str | int | float | dt.date | None

# Fields a column can hold, in the order the preview lists them.
FIELDS = (
    "name",
    "recipients",
    "price",
    "quantity",
    "purchaser",
    "status",
    "bought",
    "store",
    "url",
    "notes",
    "occasion",
)
FIELD_LABELS = {
    "name": "Gift",
    "recipients": "For (recipients)",
    "price": "Price",
    "quantity": "Quantity",
    "purchaser": "Bought by",
    "status": "Status",
    "bought": "Bought? (yes/no)",
    "store": "Store",
    "url": "Link",
    "notes": "Notes",
    "occasion": "Occasion",
}

# Headings as people write them, accents and case removed (see ``name_key``).
# A heading is matched by its longest known phrase, so "Bought by" is the
# purchaser and "Bought" the yes/no column.
HEADINGS: dict[str, tuple[str, ...]] = {
    "name": (
        "gift", "gifts", "item", "present", "gift idea", "idea", "description", "article",
        "geschenk", "geschenke", "geschenkidee", "artikel", "idee", "beschreibung",
        "cadeau", "cadeaux", "objet", "idee cadeau",
        "regalo", "regalos", "articulo", "idea de regalo",
    ),
    "recipients": (
        "for", "for whom", "who for", "recipient", "recipients", "to",
        "fur", "fur wen", "empfanger", "beschenkte", "beschenkter",
        "pour", "pour qui", "destinataire", "destinataires", "beneficiaire",
        "para", "para quien", "destinatario", "destinatarios",
    ),
    "price": (
        "price", "cost", "amount", "price each", "unit price",
        "preis", "kosten", "betrag", "einzelpreis",
        "prix", "cout", "montant", "prix unitaire",
        "precio", "coste", "costo", "importe", "precio unitario",
    ),
    "quantity": ("quantity", "qty", "anzahl", "menge", "stuck", "quantite", "nombre", "cantidad"),
    "purchaser": (
        "bought by", "purchaser", "buyer", "who buys", "paid by", "purchased by", "who pays",
        "gekauft von", "kaufer", "wer kauft", "bezahlt von", "besorgt von",
        "achete par", "acheteur", "qui achete", "paye par",
        "comprado por", "comprador", "quien compra", "pagado por",
    ),
    "status": ("status", "state", "stand", "statut", "etat", "estado"),
    "bought": (
        "bought", "purchased", "got it", "done",
        "gekauft", "erledigt", "besorgt",
        "achete", "fait",
        "comprado", "hecho",
    ),
    "store": (
        "store", "shop", "where", "retailer", "where to buy",
        "geschaft", "laden", "handler", "wo",
        "magasin", "boutique", "ou",
        "tienda", "donde",
    ),
    "url": ("link", "url", "website", "web", "lien", "site", "enlace", "pagina"),
    "notes": (
        "notes", "note", "comment", "comments", "remarks",
        "notizen", "notiz", "bemerkung", "bemerkungen", "anmerkungen", "kommentar",
        "remarque", "remarques", "commentaire", "commentaires",
        "notas", "nota", "comentario", "comentarios", "observaciones",
    ),
    "occasion": ("occasion", "event", "anlass", "ereignis", "evenement", "ocasion", "evento"),
}  # fmt: skip

STATUS_WORDS: dict[str, tuple[str, ...]] = {
    "idea": ("idea", "idee", "maybe", "vielleicht", "peut-etre", "quizas", "tal vez"),
    "selected": (
        "selected", "chosen", "planned", "to buy", "todo", "to do", "decided",
        "ausgewahlt", "geplant", "zu kaufen", "offen",
        "choisi", "prevu", "a acheter",
        "elegido", "seleccionado", "planeado", "previsto", "por comprar",
    ),
    "purchased": (
        "purchased", "bought", "ordered", "got it", "done",
        "gekauft", "bestellt", "besorgt", "erledigt",
        "achete", "commande", "fait",
        "comprado", "pedido", "hecho",
    ),
    "received": (
        "received", "given", "gave", "handed over", "delivered",
        "erhalten", "verschenkt", "uberreicht", "ubergeben",
        "recu", "offert", "donne", "remis",
        "recibido", "entregado", "regalado", "dado",
    ),
}  # fmt: skip
YES = {"yes", "y", "x", "true", "1", "ja", "j", "oui", "o", "si", "s", "✓", "✔", "ok"}
NO = {"no", "n", "false", "0", "nein", "non", "-", ""}
TOTAL_WORDS = {"total", "totals", "sum", "summe", "gesamt", "insgesamt", "totaux", "suma"}
HOLIDAY_WORDS = ("christmas", "xmas", "weihnacht", "noel", "navidad", "hanukkah", "easter")
BIRTHDAY_WORDS = ("birthday", "geburtstag", "anniversaire", "cumpleanos")
# Between recipients in one cell: "Anna, Lukas", "Anna & Lukas", "Anna und Lukas".
_NAME_SPLIT = re.compile(r"\s*(?:[,;&+/\n]|\band\b|\bund\b|\bet\b|\by\b)\s*", re.IGNORECASE)
_CURRENCY = re.compile(r"(?i)€|\$|£|¥|₣|euros?|eur|usd|gbp|chf|dollars?|sfr|fr\.?")
_MONEY_SPACES = re.compile(r"[\s\u00a0\u202f']")
PREVIEW_ROWS = 20
HEADING_SEARCH_ROWS = 10


class SpreadsheetError(GiftdeskError):
    """A spreadsheet cannot be imported; nothing was written."""


@dataclass(frozen=True)
class Sheet:
    """The cells of a spreadsheet: headings and the rows below them."""

    path_name: str
    headings: tuple[str, ...]
    heading_row: int  # as the spreadsheet program numbers rows (from 1)
    rows: tuple[tuple[int, tuple[Cell, ...]], ...]  # (row number, cells), empty rows left out
    decimal_comma: bool  # the file writes 12,50 rather than 12.50


@dataclass(frozen=True)
class PlannedGift:
    row: int
    name: str
    recipients: tuple[str, ...]
    purchaser: str | None
    contributors: tuple[str, ...]
    status: str
    price_cents: int | None
    quantity: int
    store: str | None
    url: str | None
    notes: str | None
    occasion: str | None


@dataclass(frozen=True)
class ImportPlan:
    gifts: tuple[PlannedGift, ...]
    default_occasion: str | None = None
    skipped_rows: tuple[int, ...] = ()  # totals rows and the like


@dataclass(frozen=True)
class SpreadsheetImport:
    """What an import created (ids, so undo removes exactly these rows)."""

    gift_ids: tuple[int, ...]
    person_ids: tuple[int, ...]
    occasion_ids: tuple[int, ...]
    people_created: tuple[str, ...] = field(default=())
    occasions_created: tuple[str, ...] = field(default=())

    def sentence(self) -> str:
        return str(self.message())

    def message(self) -> Message:
        # lupdate reads a plural's count only from a plain name.
        n_gifts, n_people, n_occasions = (
            len(self.gift_ids),
            len(self.person_ids),
            len(self.occasion_ids),
        )
        gifts = translatable("Spreadsheet", "%n gift(s)", None, n_gifts)
        people = translatable("Spreadsheet", "%n new person(s)", None, n_people)
        occasions = translatable("Spreadsheet", "%n new occasion(s)", None, n_occasions)
        if self.person_ids and self.occasion_ids:
            return translatable("Spreadsheet", "Imported {gifts}, {people}, {occasions}.").format(
                gifts=gifts, people=people, occasions=occasions
            )
        if self.person_ids:
            return translatable("Spreadsheet", "Imported {gifts}, {people}.").format(
                gifts=gifts, people=people
            )
        if self.occasion_ids:
            return translatable("Spreadsheet", "Imported {gifts}, {occasions}.").format(
                gifts=gifts, occasions=occasions
            )
        return translatable("Spreadsheet", "Imported {gifts}.").format(gifts=gifts)


# -- 1. reading the cells -----------------------------------------------------


def read_sheet(path: Path) -> Sheet:
    """The cells of ``path`` (.csv or .xlsx), or a sentence saying why not."""
    path = Path(path)
    suffix = path.suffix.lower()
    if not path.exists():
        raise SpreadsheetError(
            translatable("Spreadsheet", "There is no file {path}.").format(path=path)
        )
    if suffix in (".xlsx", ".xlsm"):
        raw = _read_xlsx(path)
    elif suffix in (".csv", ".txt", ".tsv"):
        raw = _read_csv(path)
    elif suffix == ".xls":
        raise SpreadsheetError(
            translatable(
                "Spreadsheet",
                "{name} is an old Excel file; save it as .xlsx or .csv and import that.",
            ).format(name=path.name)
        )
    else:
        raise SpreadsheetError(
            translatable(
                "Spreadsheet", "{name} is not a spreadsheet giftdesk reads (.csv or .xlsx)."
            ).format(name=path.name)
        )
    return sheet_from_rows(path.name, raw)


def sheet_from_rows(name: str, raw: Sequence[Sequence[Cell]]) -> Sheet:
    """Find the heading row in ``raw`` (all rows, row 1 first) and keep the rest."""
    heading_index = None
    for index, cells in enumerate(raw[:HEADING_SEARCH_ROWS]):
        found = guess_columns([_text(c) for c in cells])
        if "name" in found.values() and len(found) >= 2:
            heading_index = index
            break
    if heading_index is None:
        raise SpreadsheetError(
            translatable(
                "Spreadsheet",
                "{name} has no heading row giftdesk understands: name the gift's column "
                "“Gift” or “Item” and the others “For”, “Price”, “Bought by”…",
            ).format(name=name)
        )
    headings = tuple(_text(c) for c in raw[heading_index])
    width = len(headings)
    rows = []
    for index in range(heading_index + 1, len(raw)):
        cells = tuple(raw[index][:width]) + (None,) * (width - len(raw[index][:width]))
        if any(_text(c) for c in cells):
            rows.append((index + 1, cells))
    return Sheet(name, headings, heading_index + 1, tuple(rows), _decimal_comma(raw))


def _read_csv(path: Path) -> list[list[Cell]]:
    data = path.read_bytes()
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:  # pragma: no cover - cp1252 decodes almost anything
        raise SpreadsheetError(
            translatable("Spreadsheet", "{name} is neither UTF-8 nor Windows text.").format(
                name=path.name
            )
        )
    if "\x00" in text:
        raise SpreadsheetError(
            translatable("Spreadsheet", "{name} is not a text file; save it as CSV.").format(
                name=path.name
            )
        )
    # The separator is the one under which a heading row is recognised best
    # (Excel writes ";" where the decimal mark is a comma, others "," or tab).
    best: tuple[int, list[list[Cell]]] | None = None
    for delimiter in (",", ";", "\t"):
        try:
            rows: list[list[Cell]] = [
                list(row) for row in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
            ]
        except csv.Error as error:
            raise SpreadsheetError(
                translatable("Spreadsheet", "{name} is not a readable CSV file ({error}).").format(
                    name=path.name, error=error
                )
            ) from None
        score = max((len(guess_columns([_text(c) for c in r])) for r in rows[:10]), default=0)
        if best is None or score > best[0]:
            best = (score, rows)
    assert best is not None
    return best[1]


def _read_xlsx(path: Path) -> list[list[Cell]]:
    import zipfile

    from openpyxl import load_workbook

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as error:
        raise SpreadsheetError(
            translatable("Spreadsheet", "{name} is not a readable .xlsx file ({error}).").format(
                name=path.name, error=error
            )
        ) from None
    try:
        sheet = book.worksheets[0]
        rows: list[list[Cell]] = []
        for values in sheet.iter_rows(values_only=True):
            rows.append([_xlsx_cell(v) for v in values])
        return rows
    finally:
        book.close()


def _xlsx_cell(value: object) -> Cell:
    if value is None or isinstance(value, str | int | float):
        return value
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return str(value)


def _text(cell: Cell) -> str:
    if cell is None:
        return ""
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    return " ".join(str(cell).split())


def _decimal_comma(raw: Sequence[Sequence[Cell]]) -> bool:
    """Whether the file writes money as 12,50: decided by its unambiguous amounts."""
    commas = dots = 0
    for cells in raw:
        for cell in cells:
            if not isinstance(cell, str):
                continue
            text = _MONEY_SPACES.sub("", _CURRENCY.sub("", cell))
            if re.fullmatch(r"\d{1,3}(\.\d{3})*,\d{1,2}|\d+,\d{1,2}", text):
                commas += 1
            elif re.fullmatch(r"\d{1,3}(,\d{3})*\.\d{1,2}|\d+\.\d{1,2}", text):
                dots += 1
    return commas > dots


# -- 2. recognising the columns -----------------------------------------------


def guess_columns(headings: Sequence[str]) -> dict[int, str]:
    """Column index → field for the headings recognised (each field once)."""
    best: list[tuple[int, int, str]] = []  # (-phrase length, column, field)
    for column, heading in enumerate(headings):
        words = re.findall(r"[\w-]+", name_key(heading))
        if not words:
            continue
        joined = " " + " ".join(words) + " "
        match: tuple[int, str] | None = None
        for field_name in FIELDS:
            for phrase in HEADINGS[field_name]:
                if f" {phrase} " in joined and (match is None or len(phrase) > match[0]):
                    match = (len(phrase), field_name)
        if match is not None:
            best.append((-match[0], column, match[1]))
    result: dict[int, str] = {}
    taken: set[str] = set()
    # Left to right; a field two columns claim goes to the first.
    for _, column, field_name in sorted(best, key=lambda b: b[1]):
        if field_name not in taken:
            result[column] = field_name
            taken.add(field_name)
    return result


# -- 3. checking every row ----------------------------------------------------


def plan_import(
    sheet: Sheet, columns: dict[int, str] | None = None, default_occasion: str | None = None
) -> ImportPlan:
    """Every row checked and turned into a ``PlannedGift``; nothing is written."""
    columns = guess_columns(sheet.headings) if columns is None else dict(columns)
    by_field = {f: c for c, f in sorted(columns.items(), reverse=True) if f}
    if "name" not in by_field:
        raise SpreadsheetError(
            translatable("Spreadsheet", "Choose which column holds the gift's name.")
        )
    if default_occasion is not None:
        default_occasion = _clean(
            sheet.heading_row, "--occasion", lambda: clean_name("occasion", default_occasion, 100)
        )
    planned: list[PlannedGift] = []
    skipped: list[int] = []
    for row_number, cells in sheet.rows:
        gift = _plan_row(sheet, by_field, row_number, cells, default_occasion)
        if gift is None:
            skipped.append(row_number)  # a totals row, or a note below the list
        else:
            planned.append(gift)
    if not planned:
        raise SpreadsheetError(
            translatable("Spreadsheet", "{name} has headings but no gifts below them.").format(
                name=sheet.path_name
            )
        )
    return ImportPlan(tuple(planned), default_occasion, tuple(skipped))


def _plan_row(
    sheet: Sheet,
    by_field: dict[str, int],
    row_number: int,
    cells: tuple[Cell, ...],
    default_occasion: str | None,
) -> PlannedGift | None:
    """One row checked; None for a row that holds no gift (a totals row)."""

    def cell(name: str) -> Cell:
        column = by_field.get(name)
        return None if column is None else cells[column]

    def heading(name: str) -> str:
        return sheet.headings[by_field[name]] or FIELD_LABELS[name]

    def check(name: str, make: Callable[[], T]) -> T:
        return _clean(row_number, heading(name), make)

    def optional(name: str, max_len: int) -> str | None:
        if name not in by_field:
            return None
        value = cell(name)
        text = " ".join(_text(value).split()) if name == "occasion" else _raw_text(value)
        return check(name, lambda: clean_text(name, text, max_len))

    gift_name = _text(cell("name"))
    people_cells = [_text(cell(f)) for f in ("recipients", "purchaser", "store", "url")]
    if not gift_name or name_key(gift_name) in TOTAL_WORDS:
        if not any(people_cells):
            return None
        if not gift_name:
            raise SpreadsheetError(
                translatable(
                    "Spreadsheet", "row {row_number}, column {heading}: the gift has no name."
                ).format(row_number=row_number, heading=heading("name"))
            )
    name = check("name", lambda: clean_name("name", gift_name, GIFT_NAME_MAX))
    recipients = (
        check("recipients", lambda: split_names(cell("recipients")))
        if "recipients" in by_field
        else ()
    )
    payers = (
        check("purchaser", lambda: split_names(cell("purchaser")))
        if "purchaser" in by_field
        else ()
    )
    price = (
        check("price", lambda: parse_sheet_money(cell("price"), sheet.decimal_comma))
        if "price" in by_field
        else None
    )
    quantity = (
        check("quantity", lambda: clean_quantity(_quantity_value(cell("quantity"))))
        if "quantity" in by_field
        else 1
    )
    status = "selected"
    if "bought" in by_field:
        status = check("bought", lambda: _bought(cell("bought")))
    if "status" in by_field and _text(cell("status")):
        status = check("status", lambda: parse_status(cell("status")))
    occasion = optional("occasion", OCCASION_NAME_MAX)
    return PlannedGift(
        row=row_number,
        name=name,
        recipients=recipients,
        purchaser=payers[0] if payers else None,
        contributors=tuple(p for p in payers[1:] if name_key(p) != name_key(payers[0])),
        status=status,
        price_cents=price,
        quantity=quantity,
        store=optional("store", SHORT_TEXT_MAX),
        url=optional("url", URL_MAX),
        notes=optional("notes", NOTES_MAX),
        occasion=occasion or default_occasion,
    )


def _raw_text(value: Cell) -> str | None:
    """A text cell as written (notes keep their line breaks)."""
    if value is None:
        return None
    return value.replace("\r\n", "\n") if isinstance(value, str) else _text(value)


def _clean(row: int, heading: str, make: Callable[[], T]) -> T:
    try:
        return make()
    except ValidationError as error:
        raise SpreadsheetError(
            translatable("Spreadsheet", "row {row}, column {heading}: {problem}").format(
                row=row, heading=heading, problem=_lower_first(error.detail)
            )
        ) from None


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:] if text[:2] != text[:2].upper() else text


def split_names(value: Cell) -> tuple[str, ...]:
    """``"Anna, Lukas"``, ``"Anna & Lukas"``, ``"Anna und Lukas"`` → names, each once."""
    text = _text(value) if not isinstance(value, str) else value
    names: list[str] = []
    seen: set[str] = set()
    for part in _NAME_SPLIT.split(text.strip()):
        name = " ".join(part.split())
        if not name:
            continue
        refuse_nul_character("name", name)
        if len(name) > PERSON_NAME_MAX:
            raise ValidationError(
                "name",
                translatable(
                    "Spreadsheet", "the name “{value}…” is longer than {most} characters."
                ).format(value=name[:30], most=PERSON_NAME_MAX),
            )
        if name_key(name) not in seen:
            seen.add(name_key(name))
            names.append(name)
    return tuple(names)


def parse_sheet_money(value: Cell, decimal_comma: bool) -> int | None:
    """Cents from a cell: a number, or text like ``1.234,50 €`` or ``$1,234.50``."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool | dt.date):
        raise ValidationError(
            "price",
            translatable("Spreadsheet", "“{value}” is not an amount of money.").format(value=value),
        )
    if isinstance(value, int | float):
        amount = Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
        # A number cell: spreadsheets keep binary fractions; cents are what it shows.
        return _checked_cents(amount.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP), value)
    original = value.strip()
    text = _MONEY_SPACES.sub("", _CURRENCY.sub("", original))
    negative = (
        text.startswith("-") or text.endswith("-") or (text.startswith("(") and text.endswith(")"))
    )
    if negative:
        raise ValidationError(
            "price",
            translatable("Spreadsheet", "“{original}” is negative; a price cannot be.").format(
                original=original
            ),
        )
    text = text.lstrip("+")
    if not re.fullmatch(r"[\d.,]+", text) or not any(c.isdigit() for c in text):
        raise ValidationError(
            "price",
            translatable("Spreadsheet", "“{original}” is not an amount of money.").format(
                original=original
            ),
        )
    if "," in text and "." in text:
        decimal = "," if text.rfind(",") > text.rfind(".") else "."
    elif "," in text or "." in text:
        mark = "," if "," in text else "."
        whole, _, tail = text.rpartition(mark)
        if text.count(mark) > 1 or (len(tail) == 3 and whole and (mark == ",") != decimal_comma):
            decimal = "." if mark == "," else ","  # the mark groups thousands
        else:
            decimal = mark
    else:
        decimal = "."
    group = "," if decimal == "." else "."
    whole_part, _, fraction = text.partition(decimal)
    if group in fraction or decimal in fraction:
        raise ValidationError(
            "price",
            translatable("Spreadsheet", "“{original}” is not an amount of money.").format(
                original=original
            ),
        )
    grouped = r"\d{1,3}(" + re.escape(group) + r"\d{3})+"
    if group in whole_part and not re.fullmatch(grouped, whole_part):
        raise ValidationError(
            "price",
            translatable("Spreadsheet", "“{original}” is not an amount of money.").format(
                original=original
            ),
        )
    if len(fraction) > 2:
        raise ValidationError(
            "price",
            translatable("Spreadsheet", "“{original}” has more than two decimals.").format(
                original=original
            ),
        )
    try:
        amount = Decimal((whole_part.replace(group, "") or "0") + "." + (fraction or "0"))
    except InvalidOperation:  # pragma: no cover - the patterns above refuse these
        raise ValidationError(
            "price",
            translatable("Spreadsheet", "“{original}” is not an amount of money.").format(
                original=original
            ),
        ) from None
    return _checked_cents(amount, original)


def _checked_cents(amount: Decimal, shown: object) -> int:
    if amount < 0:
        raise ValidationError(
            "price",
            translatable("Spreadsheet", "“{shown}” is negative; a price cannot be.").format(
                shown=shown
            ),
        )
    cents = int(amount * 100)
    if cents > MAX_CENTS:
        raise ValidationError(
            "price",
            translatable(
                "Spreadsheet", "“{shown}” is too much: prices stay below 10,000,000.00."
            ).format(shown=shown),
        )
    return cents


def _quantity_value(value: Cell) -> object:
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value.strip() if isinstance(value, str) else value


def parse_status(value: Cell) -> str:
    key = name_key(_text(value))
    for status, words in STATUS_WORDS.items():
        if key in words or key == status:
            return status
    if key in YES:
        return "purchased"
    raise ValidationError(
        "status",
        translatable(
            "Spreadsheet",
            "“{text}” is not a status giftdesk knows (idea, selected, purchased or received).",
        ).format(text=_text(value)),
    )


def _bought(value: Cell) -> str:
    key = name_key(_text(value))
    if key in YES or key in STATUS_WORDS["purchased"]:
        return "purchased"
    if key in NO:
        return "selected"
    if key in STATUS_WORDS["received"]:
        return "received"
    raise ValidationError(
        "bought",
        translatable("Spreadsheet", "“{text}” is neither yes nor no.").format(text=_text(value)),
    )


# -- 4. writing ----------------------------------------------------------------


def occasion_type_for(name: str) -> str:
    key = name_key(name)
    if any(word in key for word in BIRTHDAY_WORDS):
        return "birthday"
    if any(word in key for word in HOLIDAY_WORDS):
        return "holiday"
    return "other"


def import_plan(session: Session, plan: ImportPlan) -> SpreadsheetImport:
    """Write ``plan`` in the caller's transaction; returns the ids created."""
    refuse_import_by_member(session)
    people = {name_key(n): pid for pid, n in session.execute(select(persons.c.id, persons.c.name))}
    known_occasions = {
        name_key(n): oid for oid, n in session.execute(select(occasions.c.id, occasions.c.name))
    }
    new_people: dict[str, str] = {}
    new_occasions: dict[str, str] = {}
    for gift in plan.gifts:
        for name in (*gift.recipients, *(filter(None, [gift.purchaser])), *gift.contributors):
            key = name_key(name)
            if key not in people:
                new_people.setdefault(key, name)
        if gift.occasion and name_key(gift.occasion) not in known_occasions:
            new_occasions.setdefault(name_key(gift.occasion), gift.occasion)

    created_people: list[int] = []
    if new_people:
        created_people = list(
            session.scalars(
                insert(persons).returning(persons.c.id, sort_by_parameter_order=True),
                [{"name": name} for name in new_people.values()],
            )
        )
        people.update(zip(new_people, created_people, strict=True))
    created_occasions: list[int] = []
    if new_occasions:
        created_occasions = list(
            session.scalars(
                insert(occasions).returning(occasions.c.id, sort_by_parameter_order=True),
                [{"name": n, "type": occasion_type_for(n)} for n in new_occasions.values()],
            )
        )
        known_occasions.update(zip(new_occasions, created_occasions, strict=True))

    gift_ids = list(
        session.scalars(
            insert(gifts).returning(gifts.c.id, sort_by_parameter_order=True),
            [
                {
                    "name": g.name,
                    "occasion_id": known_occasions[name_key(g.occasion)] if g.occasion else None,
                    "status": g.status,
                    "priority": "medium",
                    "price_cents": g.price_cents,
                    "quantity": g.quantity,
                    "store": g.store,
                    "url": g.url,
                    "notes": g.notes,
                    "purchaser_id": people[name_key(g.purchaser)] if g.purchaser else None,
                }
                for g in plan.gifts
            ],
        )
    )
    links = []
    for gift_id, gift in zip(gift_ids, plan.gifts, strict=True):
        for role, names in (("recipient", gift.recipients), ("contributor", gift.contributors)):
            links += [
                {"gift_id": gift_id, "person_id": people[name_key(n)], "role": role} for n in names
            ]
    if links:
        session.execute(insert(gift_people), links)
    return SpreadsheetImport(
        gift_ids=tuple(gift_ids),
        person_ids=tuple(created_people),
        occasion_ids=tuple(created_occasions),
        people_created=tuple(new_people.values()),
        occasions_created=tuple(new_occasions.values()),
    )


def undo_import(session: Session, done: SpreadsheetImport) -> None:
    """Remove exactly what ``import_plan`` created (links cascade)."""
    from sqlalchemy import delete

    from giftdesk.data.id_sets import where_in

    for table, ids in (
        (gifts, done.gift_ids),
        (occasions, done.occasion_ids),
        (persons, done.person_ids),
    ):
        for in_created in where_in(table.c.id, ids):
            session.execute(delete(table).where(in_created))
