"""The budget summary CSV of SPEC §3 (``giftdesk export budget --format csv``).

One header row, then occasion by occasion (by date, then name; the
``(no occasion)`` bucket last): the occasion's row, then one row per person
in it, by name. The two kinds of rows fill different columns:

- an **occasion row** fills ``occasion``, ``budget``, ``gifts``,
  ``ideas_total``, ``planned_total``, ``bought_total``, ``remaining``,
  ``unassigned_total`` and ``unpriced``; ``person`` and the six person
  columns stay empty;
- a **person row** fills ``occasion`` (so every row says which occasion it
  belongs to, and the file sorts and filters well in a spreadsheet),
  ``person``, ``recipient_budget``, ``receiving_planned``,
  ``receiving_bought``, ``purchaser_budget``, ``buying_planned`` and
  ``buying_bought``; the occasion-only columns stay empty.

Money is a plain decimal with two places (``12.50``, ``-3.50`` for an
overspent ``remaining``), no currency sign; an unset budget (and so an unset
``remaining``) is an empty cell. The file is UTF-8 without a byte-order mark,
with CRLF line ends as RFC 4180 asks, written to a temporary file beside the
target and then moved over it, so a failure never leaves half a file.
"""

from __future__ import annotations

import csv
from pathlib import Path

from giftdesk.data.budget import (
    NO_OCCASION_NAME,
    BudgetSummary,
    OccasionBudget,
    PersonBudget,
    compute_budget_summary,
)
from giftdesk.data.database import Database
from giftdesk.data.errors import GiftdeskError
from giftdesk.data.files import write_text_atomically
from giftdesk.data.messages import quoted_list, translatable
from giftdesk.data.money import format_cents

CSV_HEADER = (
    "occasion",
    "person",
    "budget",
    "gifts",
    "ideas_total",
    "planned_total",
    "bought_total",
    "remaining",
    "unassigned_total",
    "unpriced",
    "recipient_budget",
    "receiving_planned",
    "receiving_bought",
    "purchaser_budget",
    "buying_planned",
    "buying_bought",
)

_PERSON_GAP = [""] * 6  # the person columns of an occasion row
_OCCASION_GAP = [""] * 8  # budget .. unpriced in a person row


def budget_csv_rows(summary: BudgetSummary) -> list[list[str]]:
    """Every row of the CSV, header first, as strings (pure, no I/O)."""
    rows: list[list[str]] = [list(CSV_HEADER)]
    for entry in summary.occasions:
        rows.append(occasion_row(entry))
        rows.extend(person_row(entry, person) for person in entry.people)
    return rows


def occasion_row(entry: OccasionBudget) -> list[str]:
    return [
        entry.name,
        "",
        format_cents(entry.budget_cents),
        str(entry.gifts),
        format_cents(entry.ideas_total_cents),
        format_cents(entry.planned_total_cents),
        format_cents(entry.bought_total_cents),
        format_cents(entry.remaining_cents),
        format_cents(entry.unassigned_total_cents),
        str(entry.unpriced),
        *_PERSON_GAP,
    ]


def person_row(entry: OccasionBudget, person: PersonBudget) -> list[str]:
    return [
        entry.name,
        person.name,
        *_OCCASION_GAP,
        format_cents(person.recipient_budget_cents),
        format_cents(person.receiving_planned_cents),
        format_cents(person.receiving_bought_cents),
        format_cents(person.purchaser_budget_cents),
        format_cents(person.buying_planned_cents),
        format_cents(person.buying_bought_cents),
    ]


def select_occasions(summary: BudgetSummary, occasion_name: str | None) -> BudgetSummary:
    """The summary narrowed to the occasion(s) called ``occasion_name``.

    Names match case-insensitively and ignoring surrounding spaces; when
    several occasions share the name, all of them are kept. ``(no occasion)``
    names the bucket of gifts without an occasion. None keeps everything.
    Raises GiftdeskError, with a sentence listing the names there are, when
    nothing matches.
    """
    if occasion_name is None:
        return summary
    wanted = occasion_name.strip().casefold()
    found = tuple(o for o in summary.occasions if o.name.casefold() == wanted)
    if found:
        return BudgetSummary(found)
    names = list(dict.fromkeys(o.name for o in summary.occasions))
    if not names:
        raise GiftdeskError(
            translatable(
                "BudgetCsv",
                "There is no occasion named “{name}”: this file has no occasions and no gifts yet.",
            ).format(name=occasion_name.strip())
        )
    listed = quoted_list(names)
    raise GiftdeskError(
        translatable(
            "BudgetCsv", "There is no occasion named “{name}”; the occasions are {listed}."
        ).format(name=occasion_name.strip(), listed=listed)
    )


def write_budget_csv(db: Database, path: Path, occasion_name: str | None = None) -> BudgetSummary:
    """Write the budget summary CSV to ``path`` (all occasions, or the one named).

    Returns the summary written. Nothing is written when the name matches no
    occasion or the file cannot be written (GiftdeskError with a sentence).
    """
    path = Path(path)
    with db.reading() as session:
        summary = compute_budget_summary(session)
    summary = select_occasions(summary, occasion_name)
    write_rows_atomically(path, budget_csv_rows(summary))
    return summary


def write_rows_atomically(path: Path, rows: list[list[str]]) -> None:
    """Write CSV rows to a temporary file beside ``path``, then move it over."""
    write_text_atomically(path, lambda stream: csv.writer(stream).writerows(rows))


__all__ = [
    "CSV_HEADER",
    "NO_OCCASION_NAME",
    "budget_csv_rows",
    "occasion_row",
    "person_row",
    "select_occasions",
    "write_budget_csv",
    "write_rows_atomically",
]
