"""The JSON backup of SPEC §3: export everything, import all-or-nothing.

Import validates every record in plain Python first (naming the record and
the field of the first problem), then writes all rows with a few bulk
INSERTs in the caller's single transaction. Ids in the file are only
references inside the file; rows get new ids in the database.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any, TextIO, TypeVar, cast

from sqlalchemy import Table, insert, select, text
from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import MappingResult
from sqlalchemy.orm import Session

from giftdesk.data.budgets import list_budgets
from giftdesk.data.database import on_server
from giftdesk.data.errors import ImportFileError, ValidationError
from giftdesk.data.files import write_text_atomically
from giftdesk.data.gifts import GIFT_COLUMNS, get_gifts, gift_values
from giftdesk.data.members import refuse_import_by_member
from giftdesk.data.messages import Message, translatable
from giftdesk.data.models import gift_people, gifts, occasions, person_occasions, persons
from giftdesk.data.money import format_cents, parse_money
from giftdesk.data.records import GiftRecord, OccasionRecord, PersonRecord
from giftdesk.data.validation import validate_gift, validate_occasion, validate_person

T = TypeVar("T")
K = TypeVar("K")

# A record's id in the file (a number or text, kept as the file has it).
Key = int | str
# A gift of the file: its record, occasion, recipients, purchaser, contributors.
GiftEntry = tuple[GiftRecord, Key | None, list[Key], Key | None, list[Key]]

FORMAT = "giftdesk"
VERSION = 1

PERSON_FIELDS = {"id", "name", "relationship", "birthdate", "notes", "interests", "sizes"}
OCCASION_FIELDS = {"id", "name", "type", "date", "budget", "notes"}
GIFT_FIELDS = {
    "id", "name", "occasion", "status", "priority", "price", "sale_price", "quantity",
    "store", "url", "notes", "purchase_date", "recipients", "purchaser", "contributors",
}  # fmt: skip
BUDGET_FIELDS = {"person", "occasion", "recipient_budget", "purchaser_budget"}


@dataclass(frozen=True)
class ImportSummary:
    """What an import added; the new ids let an undo remove exactly those rows."""

    persons: int
    occasions: int
    gifts: int
    budgets: int
    person_ids: tuple[int, ...] = ()
    occasion_ids: tuple[int, ...] = ()
    gift_ids: tuple[int, ...] = ()

    def sentence(self) -> str:
        return str(self.message())

    def message(self) -> Message:
        # lupdate reads a plural's count only from a plain name.
        persons, occasions, gifts, budgets = self.persons, self.occasions, self.gifts, self.budgets
        return translatable(
            "Backup", "Imported {people}, {occasions}, {gifts} and {budgets}."
        ).format(
            people=translatable("Backup", "%n person(s)", None, persons),
            occasions=translatable("Backup", "%n occasion(s)", None, occasions),
            gifts=translatable("Backup", "%n gift(s)", None, gifts),
            budgets=translatable("Backup", "%n budget(s)", None, budgets),
        )


# -- export -------------------------------------------------------------------


def export_backup(session: Session) -> dict[str, Any]:
    """Everything in the file as the JSON backup structure."""
    people = [
        _drop_empty(
            {
                "id": r.id,
                "name": r.name,
                "relationship": r.relationship,
                "birthdate": _iso(r.birthdate),
                "notes": r.notes,
                "interests": r.interests,
                "sizes": r.sizes,
            }
        )
        for r in (PersonRecord(**dict(m)) for m in _all(session, persons))
    ]
    events = [
        _drop_empty(
            {
                "id": r.id,
                "name": r.name,
                "type": r.type,
                "date": _iso(r.date),
                "budget": format_cents(r.budget_cents) or None,
                "notes": r.notes,
            }
        )
        for r in (OccasionRecord(**dict(m)) for m in _all(session, occasions))
    ]
    gift_ids = list(session.scalars(select(gifts.c.id).order_by(gifts.c.id)))
    presents = [
        _drop_empty(
            {
                "id": g.id,
                "name": g.name,
                "occasion": g.occasion_id,
                "status": g.status,
                "priority": g.priority,
                "price": format_cents(g.price_cents) or None,
                "sale_price": format_cents(g.sale_price_cents) or None,
                "quantity": g.quantity,
                "store": g.store,
                "url": g.url,
                "notes": g.notes,
                "purchase_date": _iso(g.purchase_date),
                "recipients": list(g.recipient_ids) or None,
                "purchaser": g.purchaser_id,
                "contributors": list(g.contributor_ids) or None,
            }
        )
        for g in get_gifts(session, gift_ids)
    ]
    budgets = [
        _drop_empty(
            {
                "person": b.person_id,
                "occasion": b.occasion_id,
                "recipient_budget": format_cents(b.recipient_budget_cents) or None,
                "purchaser_budget": format_cents(b.purchaser_budget_cents) or None,
            }
        )
        for b in list_budgets(session)
    ]
    return {
        "format": FORMAT,
        "version": VERSION,
        "persons": people,
        "occasions": events,
        "gifts": presents,
        "budgets": budgets,
    }


def write_backup(session: Session, path: Path) -> dict[str, Any]:
    data = export_backup(session)

    def write(stream: TextIO) -> None:
        json.dump(data, stream, ensure_ascii=False, indent=1)
        stream.write("\n")

    write_text_atomically(path, write, newline="\n")
    return data


def _all(session: Session, table: Table) -> MappingResult:
    return session.execute(select(table).order_by(table.c.id)).mappings()


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _drop_empty(record: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in record.items() if v is not None}


# -- import -------------------------------------------------------------------


def read_backup_file(path: Path) -> object:
    """Load a backup file's JSON (``parse_backup`` checks it); ImportFileError with a
    sentence if it cannot be read."""
    try:
        with open(path, encoding="utf-8") as handle:
            data: object = json.load(handle)
    except FileNotFoundError:
        raise ImportFileError(
            translatable("Backup", "There is no file {path}.").format(path=path)
        ) from None
    except IsADirectoryError:
        raise ImportFileError(
            translatable("Backup", "{path} is a folder, not a backup file.").format(path=path)
        ) from None
    except PermissionError:
        raise ImportFileError(
            translatable("Backup", "giftdesk is not allowed to read {path}.").format(path=path)
        ) from None
    except UnicodeDecodeError:
        raise ImportFileError(
            translatable("Backup", "{name} is not a giftdesk backup (it is not text).").format(
                name=path.name
            )
        ) from None
    except json.JSONDecodeError as error:
        raise ImportFileError(
            translatable(
                "Backup", "{name} is not valid JSON (line {lineno}, column {colno})."
            ).format(name=path.name, lineno=error.lineno, colno=error.colno)
        ) from None
    return data


@dataclass(frozen=True)
class ParsedBackup:
    """A backup whose every record has been checked; ready to write."""

    people: dict[Any, PersonRecord]
    events: dict[Any, OccasionRecord]
    presents: dict[Any, GiftEntry]
    budgets: dict[tuple[Any, Any], tuple[int | None, int | None]]


def parse_backup(data: object) -> ParsedBackup:
    """Check every record of a backup (no database needed); raise on the first problem."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ImportFileError(
            translatable(
                "Backup", "This file is not a giftdesk backup (its format is not “giftdesk”)."
            )
        )
    if data.get("version") != VERSION:
        raise ImportFileError(
            translatable(
                "Backup",
                "This backup has version {found!r}; this giftdesk reads version {supported}.",
            ).format(found=data.get("version"), supported=VERSION)
        )
    lists = {}
    for key in ("persons", "occasions", "gifts", "budgets"):
        value = data.get(key, [])
        if not isinstance(value, list):
            raise ImportFileError(
                translatable("Backup", "“{key}” in the backup must be a list.").format(key=key)
            )
        lists[key] = value

    people = _parse_people(lists["persons"])
    events = _parse_occasions(lists["occasions"])
    presents = _parse_gifts(lists["gifts"], people, events)
    budgets = _parse_budgets(lists["budgets"], people, events)
    return ParsedBackup(people, events, presents, budgets)


def import_backup(
    session: Session, data: object, on_step: Callable[[str], None] | None = None
) -> ImportSummary:
    """Add every record of a backup to the database, or nothing at all.

    ``on_step(what)`` is called before each table is written ("people",
    "occasions", "gifts", "budgets"); it may raise to stop the import, and the
    caller's transaction then writes nothing.
    """
    parsed = data if isinstance(data, ParsedBackup) else parse_backup(data)
    refuse_import_by_member(session)
    step = on_step or (lambda _what: None)
    people, events, presents, budgets = (
        parsed.people,
        parsed.events,
        parsed.presents,
        parsed.budgets,
    )
    if on_server(session):
        return _copy_into_server(session, parsed, step)
    step("people")
    person_ids = _insert_with_new_ids(session, persons, people, vars)
    step("occasions")
    occasion_ids = _insert_with_new_ids(session, occasions, events, vars)
    step("gifts")
    gift_rows = []
    for record, occasion_ref, _recipients, purchaser, _contributors in presents.values():
        gift_rows.append(
            {
                **gift_values(record),
                "occasion_id": occasion_ids[occasion_ref] if occasion_ref is not None else None,
                "purchaser_id": person_ids[purchaser] if purchaser is not None else None,
            }
        )
    gift_ids = _insert_with_new_ids(session, gifts, dict(zip(presents, gift_rows, strict=True)))
    link_rows = []
    for key, (_record, _occasion, recipients, _purchaser, contributors) in presents.items():
        new_id = gift_ids[key]
        link_rows += [
            {"gift_id": new_id, "person_id": person_ids[p], "role": "recipient"} for p in recipients
        ]
        link_rows += [
            {"gift_id": new_id, "person_id": person_ids[p], "role": "contributor"}
            for p in contributors
        ]
    if link_rows:
        session.execute(insert(gift_people), link_rows)
    step("budgets")
    if budgets:
        session.execute(
            insert(person_occasions),
            [
                {
                    "person_id": person_ids[p],
                    "occasion_id": occasion_ids[o],
                    "recipient_budget_cents": r,
                    "purchaser_budget_cents": b,
                }
                for (p, o), (r, b) in budgets.items()
            ],
        )
    return ImportSummary(
        len(people),
        len(events),
        len(presents),
        len(budgets),
        tuple(person_ids.values()),
        tuple(occasion_ids.values()),
        tuple(gift_ids.values()),
    )


# -- import into a shared database (PostgreSQL): ids reserved, then COPY --------

_PERSON_COLUMNS = ("name", "relationship", "birthdate", "notes", "interests", "sizes")
_OCCASION_COLUMNS = ("name", "type", "date", "budget_cents", "notes")
_GIFT_COLUMNS = tuple(c for c in GIFT_COLUMNS if c not in ("occasion_id", "purchaser_id"))


def _new_ids(table: str) -> str:
    # The sequence is looked up once (OFFSET 0 keeps the planner from doing it
    # again for every row: 100,000 ids in 30 ms instead of 200).
    return (
        f"ARRAY(SELECT nextval(q.s) FROM (SELECT CAST(pg_get_serial_sequence('{table}', 'id')"
        f" AS regclass) OFFSET 0) AS q(s), generate_series(1, :{table}))"
    )


# Row-level security (family members) is forced on giftdesk's tables, and
# PostgreSQL refuses COPY FROM wherever it applies (an organiser who is no
# superuser): such an import writes the same rows, ids given, with INSERTs.
_RESERVE_IDS = text(
    "SELECT row_security_active('persons') OR row_security_active('occasions')"
    " OR row_security_active('gifts') OR row_security_active('gift_people')"
    " OR row_security_active('person_occasions'), "
    + ", ".join(_new_ids(table) for table in ("persons", "occasions", "gifts"))
)


def _copy_into_server(
    session: Session, parsed: ParsedBackup, step: Callable[[str], None]
) -> ImportSummary:
    """The import on PostgreSQL: every id from the sequences first, then COPY.

    One statement takes the new ids from the sequences (``nextval``, which
    never gives a value twice: a second import at the same moment takes
    others, and rows added meanwhile keep theirs), then each table's rows go
    in with one ``COPY`` on the session's own connection, inside the caller's
    transaction: all or nothing, like the INSERTs on SQLite.
    """
    people, events, presents, budgets = (
        parsed.people,
        parsed.events,
        parsed.presents,
        parsed.budgets,
    )
    protected, new_person_ids, new_occasion_ids, new_gift_ids = session.execute(
        _RESERVE_IDS,
        {"persons": len(people), "occasions": len(events), "gifts": len(presents)},
    ).one()
    person_ids = dict(zip(people, new_person_ids, strict=True))
    occasion_ids = dict(zip(events, new_occasion_ids, strict=True))
    gift_ids = dict(zip(presents, new_gift_ids, strict=True))
    write = partial(_insert_rows if protected else _copy_rows, session)

    step("people")
    write(
        persons,
        ("id", *_PERSON_COLUMNS),
        (
            (person_ids[key], *[getattr(record, c) for c in _PERSON_COLUMNS])
            for key, record in people.items()
        ),
    )
    step("occasions")
    write(
        occasions,
        ("id", *_OCCASION_COLUMNS),
        (
            (occasion_ids[key], *[getattr(record, c) for c in _OCCASION_COLUMNS])
            for key, record in events.items()
        ),
    )
    step("gifts")
    write(
        gifts,
        ("id", "occasion_id", "purchaser_id", *_GIFT_COLUMNS),
        (
            (
                gift_ids[key],
                occasion_ids[occasion] if occasion is not None else None,
                person_ids[purchaser] if purchaser is not None else None,
                *[getattr(record, c) for c in _GIFT_COLUMNS],
            )
            for key, (record, occasion, _recipients, purchaser, _contributors) in presents.items()
        ),
    )
    write(
        gift_people,
        ("gift_id", "person_id", "role"),
        (
            (gift_ids[key], person_ids[person], role)
            for key, (_record, _occasion, recipients, _purchaser, contributors) in presents.items()
            for role, people_of in (("recipient", recipients), ("contributor", contributors))
            for person in people_of
        ),
    )
    step("budgets")
    write(
        person_occasions,
        ("person_id", "occasion_id", "recipient_budget_cents", "purchaser_budget_cents"),
        (
            (person_ids[person], occasion_ids[occasion], for_them, by_them)
            for (person, occasion), (for_them, by_them) in budgets.items()
        ),
    )
    return ImportSummary(
        len(people),
        len(events),
        len(presents),
        len(budgets),
        tuple(new_person_ids),
        tuple(new_occasion_ids),
        tuple(new_gift_ids),
    )


def _copy_rows(
    session: Session, table: Table, columns: tuple[str, ...], rows: Iterable[tuple[Any, ...]]
) -> None:
    """``COPY table (columns) FROM STDIN`` of ``rows`` on the session's connection."""
    import psycopg

    statement = f"COPY {table.name} ({', '.join(columns)}) FROM STDIN"
    connection = session.connection()
    # Only the server's connections come here (COPY is PostgreSQL's).
    driver = cast("psycopg.Connection[Any]", connection.connection.driver_connection)
    try:
        with driver.cursor() as cursor, cursor.copy(statement) as copy:
            for row in rows:
                copy.write_row(row)
    except psycopg.Error as error:
        # As SQLAlchemy says any other statement's failure: the callers' sentences
        # (a lost connection, a full disk, a refused row) know its exceptions.
        dialect = connection.dialect
        lost = dialect.is_disconnect(cast(Any, error), connection.connection, None)
        if lost:
            connection.invalidate(error)
        raise sa_exc.DBAPIError.instance(
            statement, None, error, psycopg.Error, connection_invalidated=lost, dialect=dialect
        ) from error


def _insert_rows(
    session: Session, table: Table, columns: tuple[str, ...], rows: Iterable[tuple[Any, ...]]
) -> None:
    """The same rows where row-level security forbids COPY: one INSERT per table.

    Each column travels as one array and ``unnest`` turns the arrays back into
    rows on the server, so 100,000 gifts are one statement, not 100 batches.
    """
    listed = list(rows)
    if not listed:
        return
    dialect = session.get_bind().dialect
    arrays = {f"c{i}": list(values) for i, values in enumerate(zip(*listed, strict=True))}
    casts = ", ".join(
        f"CAST(:c{i} AS {table.c[name].type.compile(dialect=dialect)}[])"
        for i, name in enumerate(columns)
    )
    session.execute(
        text(f"INSERT INTO {table.name} ({', '.join(columns)}) SELECT * FROM unnest({casts})"),
        arrays,
    )


def _without_id(values: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in values.items() if k not in ("id", "version")}


def _insert_with_new_ids(
    session: Session,
    table: Table,
    records: Mapping[K, Any],
    values: Callable[[Any], dict[str, Any]] | None = None,
) -> dict[K, int]:
    """Insert the records in one batch; returns {key: id the database gave it}.

    Ids come from the database (its sequence, or SQLite's rowid), so two
    imports at once never pick the same ones.
    """
    if not records:
        return {}
    rows = [
        _without_id(values(record)) if values is not None else record for record in records.values()
    ]
    statement = insert(table).returning(table.c.id, sort_by_parameter_order=True)
    ids = session.execute(statement, rows).scalars().all()
    return dict(zip(records, ids, strict=True))


def _records(
    kind: str, items: list[Any], allowed: set[str]
) -> Iterator[tuple[Message, Key, dict[str, Any]]]:
    """Yield (label, key, item) with the common checks of every record."""
    seen: set[Key] = set()
    for position, item in enumerate(items, start=1):
        if not isinstance(item, dict):
            raise ImportFileError(
                translatable("Backup", "{kind} number {position} is not a record.").format(
                    kind=RECORD_KINDS[kind], position=position
                )
            )
        label = _label(kind, item, position)
        unknown = sorted(set(item) - allowed)
        if unknown:
            raise ValidationError(
                unknown[0],
                translatable("Backup", "unknown field “{value}”.").format(value=unknown[0]),
                record=label,
            )
        key = item.get("id")
        if isinstance(key, bool) or not isinstance(key, (int, str)) or key == "":
            raise ValidationError(
                "id",
                translatable("Backup", "the id is missing or not a number or text."),
                record=label,
            )
        if key in seen:
            raise ValidationError(
                "id",
                translatable("Backup", "the id {key!r} is used twice.").format(key=key),
                record=label,
            )
        seen.add(key)
        yield label, key, item


# What a record of the file is called in a sentence ("Gift 3 (“Lego”): …").
RECORD_KINDS = {
    "Person": translatable("Backup", "Person"),
    "Occasion": translatable("Backup", "Occasion"),
    "Gift": translatable("Backup", "Gift"),
}
REFERENCE_KINDS = {
    "person": translatable("Backup", "person"),
    "occasion": translatable("Backup", "occasion"),
}


def _label(kind: str, item: dict[str, Any], position: int) -> Message:
    name = item.get("name")
    kind_label = RECORD_KINDS[kind]
    if "id" not in item:
        if isinstance(name, str) and name.strip():
            return translatable("Backup", "{kind} number {position} (“{name}”)").format(
                kind=kind_label, position=position, name=name
            )
        return translatable("Backup", "{kind} number {position}").format(
            kind=kind_label, position=position
        )
    if isinstance(name, str) and name.strip():
        return translatable("Backup", "{kind} {id} (“{name}”)").format(
            kind=kind_label, id=item["id"], name=name
        )
    return translatable("Backup", "{kind} {id}").format(kind=kind_label, id=item["id"])


def _checked(label: Message, build: Callable[[], T]) -> T:
    # Validation refuses what a file could hold but a server could not (a NUL
    # character in a text), so a backup moves between engines either way.
    try:
        return build()
    except ValidationError as error:
        raise error.in_record(label) from None


def _parse_people(items: list[Any]) -> dict[Key, PersonRecord]:
    result: dict[Key, PersonRecord] = {}
    for label, key, item in _records("Person", items, PERSON_FIELDS):
        result[key] = _checked(label, partial(_person_of, item))
    return result


# The record builders take the file's values as they are (``Any``): validation
# turns each into its type or refuses it with a sentence naming the field.


def _raw(item: dict[str, Any], field: str) -> Any:
    """A required field as the file has it (None when missing: validation says so)."""
    return item.get(field)


def _person_of(item: dict[str, Any]) -> PersonRecord:
    return validate_person(
        PersonRecord(
            id=None,
            name=_raw(item, "name"),
            relationship=item.get("relationship"),
            birthdate=item.get("birthdate"),
            notes=item.get("notes"),
            interests=item.get("interests"),
            sizes=item.get("sizes"),
        )
    )


def _occasion_of(item: dict[str, Any]) -> OccasionRecord:
    return validate_occasion(
        OccasionRecord(
            id=None,
            name=_raw(item, "name"),
            type=_raw(item, "type"),
            date=item.get("date"),
            budget_cents=parse_money("budget", item.get("budget")),
            notes=item.get("notes"),
        )
    )


def _gift_of(item: dict[str, Any]) -> GiftRecord:
    return validate_gift(
        GiftRecord(
            id=None,
            name=_raw(item, "name"),
            status=item.get("status", "idea"),
            priority=item.get("priority", "medium"),
            price_cents=parse_money("price", item.get("price")),
            sale_price_cents=parse_money("sale_price", item.get("sale_price")),
            quantity=item.get("quantity", 1),
            store=item.get("store"),
            url=item.get("url"),
            notes=item.get("notes"),
            purchase_date=item.get("purchase_date"),
        )
    )


def _budgets_of(item: dict[str, Any]) -> tuple[int | None, int | None]:
    return (
        parse_money("recipient_budget", item.get("recipient_budget")),
        parse_money("purchaser_budget", item.get("purchaser_budget")),
    )


def _parse_occasions(items: list[Any]) -> dict[Key, OccasionRecord]:
    result: dict[Key, OccasionRecord] = {}
    for label, key, item in _records("Occasion", items, OCCASION_FIELDS):
        if "type" not in item:
            raise ValidationError(
                "type", translatable("Backup", "the type is missing."), record=label
            )
        result[key] = _checked(label, partial(_occasion_of, item))
    return result


def _reference(
    label: Message, field: str, value: object, known: Mapping[Key, object], kind: str
) -> Key | None:
    """The key ``value`` names (an empty value names nothing)."""
    if value is None:
        return None
    return _known_reference(label, field, value, known, kind)


def _known_reference(
    label: Message, field: str, value: object, known: Mapping[Key, object], kind: str
) -> Key:
    if isinstance(value, bool) or not isinstance(value, (int, str)) or value not in known:
        raise ValidationError(
            field,
            translatable(
                "Backup", "{field} refers to {kind} {value!r}, which is not in the file."
            ).format(field=field, kind=REFERENCE_KINDS[kind], value=value),
            record=label,
        )
    return value


def _reference_list(
    label: Message, field: str, value: object, known: Mapping[Key, object]
) -> list[Key]:
    if value is None:
        return []
    if not isinstance(value, list):
        raise ValidationError(
            field,
            translatable("Backup", "{field} must be a list of person ids.").format(field=field),
            record=label,
        )
    result: list[Key] = []
    for item in value:
        # An empty entry in a list names nobody: refused like an unknown id.
        ref = _known_reference(label, field, item, known, "person")
        if ref not in result:
            result.append(ref)
    return result


def _parse_gifts(
    items: list[Any], people: Mapping[Key, object], events: Mapping[Key, object]
) -> dict[Key, GiftEntry]:
    result: dict[Key, GiftEntry] = {}
    for label, key, item in _records("Gift", items, GIFT_FIELDS):
        occasion = _reference(label, "occasion", item.get("occasion"), events, "occasion")
        recipients = _reference_list(label, "recipients", item.get("recipients"), people)
        contributors = _reference_list(label, "contributors", item.get("contributors"), people)
        purchaser = _reference(label, "purchaser", item.get("purchaser"), people, "person")
        if purchaser is not None and purchaser in contributors:
            raise ValidationError(
                "contributors",
                translatable("Backup", "the purchaser is also listed as a contributor."),
                record=label,
            )
        record = _checked(label, partial(_gift_of, item))
        result[key] = (record, occasion, recipients, purchaser, contributors)
    return result


def _parse_budgets(
    items: list[Any], people: Mapping[Key, object], events: Mapping[Key, object]
) -> dict[tuple[Key, Key], tuple[int | None, int | None]]:
    result: dict[tuple[Key, Key], tuple[int | None, int | None]] = {}
    for position, item in enumerate(items, start=1):
        label = translatable("Backup", "Budget number {position}").format(position=position)
        if not isinstance(item, dict):
            raise ImportFileError(
                translatable("Backup", "{label} is not a record.").format(label=label)
            )
        unknown = sorted(set(item) - BUDGET_FIELDS)
        if unknown:
            raise ValidationError(
                unknown[0],
                translatable("Backup", "unknown field “{value}”.").format(value=unknown[0]),
                record=label,
            )
        if item.get("person") is None:
            raise ValidationError(
                "person", translatable("Backup", "the person is missing."), record=label
            )
        if item.get("occasion") is None:
            raise ValidationError(
                "occasion", translatable("Backup", "the occasion is missing."), record=label
            )
        person = _known_reference(label, "person", item["person"], people, "person")
        occasion = _known_reference(label, "occasion", item["occasion"], events, "occasion")
        if (person, occasion) in result:
            raise ValidationError(
                "person",
                translatable("Backup", "this person already has a budget for this occasion."),
                record=label,
            )
        amounts = _checked(label, partial(_budgets_of, item))
        result[(person, occasion)] = amounts
    return result
