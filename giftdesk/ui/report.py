"""The budget summary as a document: one pure function from data to HTML.

``budget_report_html`` turns the budget engine's ``BudgetSummary`` and the
"who buys what" list into one HTML string that QTextDocument lays out for
print preview and PDF, and that a browser shows as it is (the HTML export).
It touches no database, no widget and no clock: everything it shows comes in
through its arguments, so tests feed it hand-made values.

Only the HTML/CSS subset QTextDocument understands is used: tables with
``<thead>`` (their header rows repeat on every printed page), cell padding,
background colours, ``page-break-before``. Every user string is escaped.
Over-budget figures are marked by words ("over by €12.30"), not colour alone.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Iterable, Sequence
from itertools import groupby

from PySide6.QtCore import QDate, QLocale

from giftdesk.data.budget import BudgetSummary, OccasionBudget, PersonBudget
from giftdesk.data.shopping import ShoppingItem
from giftdesk.ui.money import format_money

TITLE = "Budget summary"
NOT_SET = "—"

OCCASION_TYPE_LABELS = {
    "holiday": "Holiday",
    "birthday": "Birthday",
    "anniversary": "Anniversary",
    "other": "Occasion",
}
STATUS_LABELS = {"selected": "to buy", "purchased": "bought", "received": "received"}

# Colours for paper (and a browser's white page); every marking also has words.
STYLE = """
body { font-size: 10pt; color: #1d2329; }
h1 { font-size: 20pt; font-weight: 600; margin-bottom: 2px; }
h2 { font-size: 14pt; font-weight: 600; margin-top: 22px; margin-bottom: 2px; color: #17324d; }
h3 { font-size: 11.5pt; font-weight: 600; margin-top: 16px; margin-bottom: 4px; color: #17324d; }
p { margin-top: 2px; margin-bottom: 2px; }
p.meta { color: #5b6670; }
p.note { color: #5b6670; font-style: italic; }
p.warning { color: #b3261e; font-weight: 600; }
table { border-collapse: collapse; margin-top: 6px; }
th { background-color: #e7ecf1; color: #1d2329; font-weight: 600; padding: 4px 6px;
     border-bottom: 1px solid #9aa5b1; }
td { font-size: 9.5pt; padding: 3px 6px; border-bottom: 1px solid #d9dee3; vertical-align: top; }
td.label { color: #5b6670; }
td.figure { font-size: 12pt; font-weight: 600; }
td.group { background-color: #f3f5f7; font-weight: 600; padding-top: 5px; }
tr.over td { background-color: #fdecea; }
tr.total td { font-weight: 600; border-top: 1px solid #9aa5b1; }
span.over { color: #b3261e; font-weight: 600; }
tr.over td.first { border-bottom: 0px none; padding-bottom: 0px; }
tr.over td.note { font-size: 8.5pt; padding-top: 0px; }
th.group { border-bottom: 1px solid #c3cbd3; }
span.ok { color: #1e6b3a; }
span.small { font-size: 8.5pt; color: #5b6670; }
span.done { color: #5b6670; }
"""


def budget_report_html(
    summary: BudgetSummary,
    shopping: Sequence[ShoppingItem],
    *,
    locale: QLocale,
    today: dt.date,
    scope: str | None = None,
) -> str:
    """The whole summary as one HTML document (a str ready for QTextDocument).

    ``scope`` names the occasion when the summary is for one occasion only.
    """
    writer = _Writer(locale)
    title = TITLE if scope is None else f"{TITLE}: {scope}"
    parts = [
        "<!DOCTYPE html>",
        '<html><head><meta charset="utf-8">',
        f"<title>{_e(title)}</title>",
        f"<style>{STYLE}</style>",
        "</head><body>",
        f"<h1>{_e(title)}</h1>",
        f'<p class="meta">{_e(writer.scope_line(summary, scope, today))}</p>',
    ]
    if not summary.occasions:
        parts.append(
            '<p class="note">There is nothing to sum up yet: '
            "add an occasion and some gifts, then print again.</p>"
        )
    for occasion in summary.occasions:
        parts.extend(writer.occasion_section(occasion))
    parts.extend(writer.shopping_section(summary, shopping))
    parts.append("</body></html>")
    return "\n".join(parts)


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


class _Writer:
    """Builds the pieces of the document with one locale."""

    def __init__(self, locale: QLocale) -> None:
        self.locale = locale

    # -- small formats ------------------------------------------------------

    def money(self, cents: int | None) -> str:
        return NOT_SET if cents is None else _e(format_money(cents, self.locale))

    def date(self, value: dt.date) -> str:
        return self.locale.toString(
            QDate(value.year, value.month, value.day), QLocale.FormatType.LongFormat
        )

    def count(self, number: int, one: str, many: str) -> str:
        return f"{self.locale.toString(number)} {one if number == 1 else many}"

    def against(self, planned: int, budget: int | None) -> str:
        """A planned figure, in the over-budget style when it exceeds ``budget``."""
        if budget is not None and planned > budget:
            return f'<span class="over">{self.money(planned)}</span>'
        return self.money(planned)

    def over_note(self, person: PersonBudget) -> str:
        """The words that say a person is over budget, and by how much."""
        parts = []
        if person.over_recipient_budget:
            assert person.recipient_budget_cents is not None
            over = person.receiving_planned_cents - person.recipient_budget_cents
            parts.append(f"gifts for them by {self.money(over)}")
        if person.over_purchaser_budget:
            assert person.purchaser_budget_cents is not None
            over = person.buying_planned_cents - person.purchaser_budget_cents
            parts.append(f"gifts they buy by {self.money(over)}")
        return f"Over budget: {' and '.join(parts)}."

    def scope_line(self, summary: BudgetSummary, scope: str | None, today: dt.date) -> str:
        what = (
            "One occasion"
            if scope is not None
            else self.count(len(summary.occasions), "occasion", "occasions")
        )
        return f"{what} · made on {self.date(today)}"

    # -- one section per occasion ---------------------------------------------

    def occasion_section(self, occasion: OccasionBudget) -> list[str]:
        details = []
        if occasion.type is not None:
            details.append(OCCASION_TYPE_LABELS.get(occasion.type, occasion.type.title()))
        if occasion.date is not None:
            details.append(self.date(occasion.date))
        details.append(self.count(occasion.gifts, "gift", "gifts"))
        parts = [
            f"<h2>{_e(occasion.name)}</h2>",
            f'<p class="meta">{_e(" · ".join(details))}</p>',
            *self.totals_table(occasion),
        ]
        if occasion.over_budget:
            assert occasion.budget_cents is not None
            over = occasion.planned_total_cents - occasion.budget_cents
            parts.append(
                f'<p class="warning">Over budget: the planned gifts cost {self.money(over)} '
                "more than the budget.</p>"
            )
        if occasion.people:
            parts.extend(self.people_table(occasion.people))
        else:
            parts.append('<p class="note">No one has a budget or a gift here yet.</p>')
        return parts

    def totals_table(self, occasion: OccasionBudget) -> list[str]:
        remaining = occasion.remaining_cents
        if remaining is None:
            remaining_text = NOT_SET
        elif remaining < 0:
            remaining_text = f'<span class="over">over by {self.money(-remaining)}</span>'
        else:
            remaining_text = self.money(remaining)
        labels = ("Budget", "Planned", "Bought", "Remaining")
        figures = (
            self.money(occasion.budget_cents),
            self.money(occasion.planned_total_cents),
            self.money(occasion.bought_total_cents),
            remaining_text,
        )
        labels2 = ("Ideas (not planned)", "Planned, no buyer yet", "Gifts without a price", "")
        figures2 = (
            self.money(occasion.ideas_total_cents),
            self.money(occasion.unassigned_total_cents),
            _e(self.locale.toString(occasion.unpriced)),
            "",
        )
        rows = ['<table width="100%" cellspacing="0" cellpadding="3">']
        for names, values, style in ((labels, figures, "figure"), (labels2, figures2, "")):
            rows.append(
                "<tr>" + "".join(f'<td class="label" width="25%">{n}</td>' for n in names) + "</tr>"
            )
            rows.append("<tr>" + "".join(f'<td class="{style}">{v}</td>' for v in values) + "</tr>")
        rows.append("</table>")
        return rows

    def people_table(self, people: Iterable[PersonBudget]) -> list[str]:
        money_columns = ("Budget", "Planned", "Bought") * 2
        head = (
            "<thead><tr>"
            '<th align="left" width="22%" rowspan="2" valign="bottom">Person</th>'
            '<th align="center" colspan="3" class="group">Gifts for them</th>'
            '<th align="center" colspan="3" class="group">Gifts they buy</th>'
            "</tr><tr>"
            + "".join(f'<th align="right" width="13%">{name}</th>' for name in money_columns)
            + "</tr></thead>"
        )
        rows = ['<table width="100%" cellspacing="0" cellpadding="3">', head, "<tbody>"]
        for person in people:
            cells = (
                self.money(person.recipient_budget_cents),
                self.against(person.receiving_planned_cents, person.recipient_budget_cents),
                self.money(person.receiving_bought_cents),
                self.money(person.purchaser_budget_cents),
                self.against(person.buying_planned_cents, person.purchaser_budget_cents),
                self.money(person.buying_bought_cents),
            )
            if not person.over_budget:
                rows.append(
                    f"<tr><td>{_e(person.name)}</td>"
                    + "".join(f'<td align="right">{c}</td>' for c in cells)
                    + "</tr>"
                )
                continue
            rows.append(
                f'<tr class="over"><td class="first">{_e(person.name)}</td>'
                + "".join(f'<td class="first" align="right">{c}</td>' for c in cells)
                + "</tr>"
            )
            rows.append(
                f'<tr class="over"><td></td><td colspan="6" class="note">'
                f'<span class="over">{self.over_note(person)}</span></td></tr>'
            )
        rows.append("</tbody></table>")
        return rows

    # -- who buys what --------------------------------------------------------

    def shopping_section(
        self, summary: BudgetSummary, shopping: Sequence[ShoppingItem]
    ) -> list[str]:
        parts = [
            '<h2 style="page-break-before: always;">Who buys what</h2>',
            '<p class="meta">Each buyer’s list of the gifts decided on, by occasion. '
            "☐ still to buy, ☑ bought.</p>",
        ]
        if not shopping:
            parts.append('<p class="note">No gift is decided on yet (there are only ideas).</p>')
            return parts
        budgets = {
            (occasion.occasion_id, person.person_id): person
            for occasion in summary.occasions
            for person in occasion.people
        }
        for purchaser_id, group in groupby(shopping, key=lambda item: item.purchaser_id):
            items = list(group)
            parts.extend(self.buyer_list(purchaser_id, items, budgets))
        return parts

    def buyer_list(
        self,
        purchaser_id: int | None,
        items: list[ShoppingItem],
        budgets: dict[tuple[int | None, int], PersonBudget],
    ) -> list[str]:
        to_buy = sum(item.cost_cents for item in items if not item.bought)
        bought = sum(item.cost_cents for item in items if item.bought)
        name = items[0].purchaser_name if purchaser_id is not None else "No buyer yet"
        parts = [
            f"<h3>{_e(name)}</h3>",
            f'<p class="meta">{self.count(len(items), "gift", "gifts")} · '
            f"still to buy {self.money(to_buy)} · bought {self.money(bought)}</p>",
            '<table width="100%" cellspacing="0" cellpadding="3">',
            "<thead><tr>"
            '<th align="left" width="4%"></th>'
            '<th align="left" width="33%">Gift</th>'
            '<th align="left" width="23%">For</th>'
            '<th align="left" width="17%">Store</th>'
            '<th align="right" width="12%">Cost</th>'
            '<th align="left" width="11%">Status</th>'
            "</tr></thead><tbody>",
        ]
        for occasion_id, group in groupby(items, key=lambda item: item.occasion_id):
            gifts = list(group)
            heading = _e(gifts[0].occasion_name)
            budget = budgets.get((occasion_id, purchaser_id)) if purchaser_id else None
            if budget is not None and budget.purchaser_budget_cents is not None:
                heading += (
                    f' <span class="small">· buying {self.money(budget.buying_planned_cents)}'
                    f" of a {self.money(budget.purchaser_budget_cents)} budget</span>"
                )
                if budget.over_purchaser_budget:
                    over = budget.buying_planned_cents - budget.purchaser_budget_cents
                    heading += f' <span class="over">over by {self.money(over)}</span>'
            parts.append(f'<tr><td class="group" colspan="6">{heading}</td></tr>')
            parts.extend(self.gift_row(item) for item in gifts)
        parts.append("</tbody></table>")
        return parts

    def gift_row(self, item: ShoppingItem) -> str:
        name = _e(item.gift_name)
        if item.quantity > 1:
            name += f" × {self.locale.toString(item.quantity)}"
        if item.contributors:
            name += f'<br><span class="small">shared with {_e(", ".join(item.contributors))}</span>'
        cost = self.money(item.cost_cents) if item.priced else '<span class="small">no price</span>'
        box = "☑" if item.bought else "☐"
        status = STATUS_LABELS.get(item.status, item.status)
        if item.bought:
            status = f'<span class="done">{status}</span>'
        return (
            f"<tr><td>{box}</td><td>{name}</td>"
            f"<td>{_e(', '.join(item.recipients)) or NOT_SET}</td>"
            f"<td>{_e(item.store or '')}</td>"
            f'<td align="right">{cost}</td><td>{status}</td></tr>'
        )
