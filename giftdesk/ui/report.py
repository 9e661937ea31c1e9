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
from giftdesk.i18n import translate
from giftdesk.ui.money import format_money

TITLE = translate("Report", "Budget summary")
NOT_SET = "—"
NO_OCCASION = translate("Report", "(no occasion)")

OCCASION_TYPE_LABELS = {
    "holiday": translate("Report", "Holiday"),
    "birthday": translate("Report", "Birthday"),
    "anniversary": translate("Report", "Anniversary"),
    "other": translate("Report", "Occasion"),
}
STATUS_LABELS = {
    "selected": translate("Report", "to buy"),
    "purchased": translate("Report", "bought"),
    "received": translate("Report", "received"),
}

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
    hidden_note: str | None = None,
) -> str:
    """The whole summary as one HTML document (a str ready for QTextDocument).

    ``scope`` names the occasion when the summary is for one occasion only;
    ``hidden_note`` says, for a family member, how many gifts the figures leave out.
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
    if hidden_note:
        parts.append(f'<p class="note" id="hidden-gifts">{_e(hidden_note)}</p>')
    if not summary.occasions:
        parts.append(
            '<p class="note">{}</p>'.format(
                translate(
                    "Report",
                    "There is nothing to sum up yet: add an occasion and some gifts, "
                    "then print again.",
                )
            )
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

    def gifts(self, number: int) -> str:
        return translate("Report", "%Ln gift(s)", None, number)

    def occasions(self, number: int) -> str:
        return translate("Report", "%Ln occasion(s)", None, number)

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
            parts.append(
                translate("Report", "gifts for them by {money}").format(money=self.money(over))
            )
        if person.over_purchaser_budget:
            assert person.purchaser_budget_cents is not None
            over = person.buying_planned_cents - person.purchaser_budget_cents
            parts.append(
                translate("Report", "gifts they buy by {money}").format(money=self.money(over))
            )
        if len(parts) == 2:
            return translate("Report", "Over budget: {first} and {second}.").format(
                first=parts[0], second=parts[1]
            )
        return translate("Report", "Over budget: {what}.").format(what=parts[0])

    def scope_line(self, summary: BudgetSummary, scope: str | None, today: dt.date) -> str:
        # The "(no occasion)" bucket is a section of the document, not an occasion.
        real = sum(1 for occasion in summary.occasions if occasion.occasion_id is not None)
        if scope is not None:
            what = translate("Report", "One occasion")
        elif real < len(summary.occasions):
            what = translate("Report", "{occasions} and gifts without one").format(
                occasions=self.occasions(real)
            )
        else:
            what = self.occasions(real)
        return translate("Report", "{what} · made on {date}").format(
            what=what, date=self.date(today)
        )

    # -- one section per occasion ---------------------------------------------

    def occasion_section(self, occasion: OccasionBudget) -> list[str]:
        details = []
        if occasion.type is not None:
            details.append(OCCASION_TYPE_LABELS.get(occasion.type, occasion.type.title()))
        if occasion.date is not None:
            details.append(self.date(occasion.date))
        details.append(self.gifts(occasion.gifts))
        name = occasion.name if occasion.occasion_id is not None else NO_OCCASION
        parts = [
            f"<h2>{_e(name)}</h2>",
            f'<p class="meta">{_e(" · ".join(details))}</p>',
            *self.totals_table(occasion),
        ]
        if occasion.over_budget:
            assert occasion.budget_cents is not None
            over = occasion.planned_total_cents - occasion.budget_cents
            parts.append(
                '<p class="warning">{}</p>'.format(
                    translate(
                        "Report",
                        "Over budget: the planned gifts cost {money} more than the budget.",
                    ).format(money=self.money(over))
                )
            )
        if occasion.people:
            parts.extend(self.people_table(occasion.people))
        else:
            note = translate("Report", "No one has a budget or a gift here yet.")
            parts.append(f'<p class="note">{note}</p>')
        return parts

    def totals_table(self, occasion: OccasionBudget) -> list[str]:
        remaining = occasion.remaining_cents
        if remaining is None:
            remaining_text = NOT_SET
        elif remaining < 0:
            over_by = translate("Report", "over by {money}").format(money=self.money(-remaining))
            remaining_text = f'<span class="over">{over_by}</span>'
        else:
            remaining_text = self.money(remaining)
        labels = (
            translate("Report", "Budget"),
            translate("Report", "Planned"),
            translate("Report", "Bought"),
            translate("Report", "Remaining"),
        )
        figures = (
            self.money(occasion.budget_cents),
            self.money(occasion.planned_total_cents),
            self.money(occasion.bought_total_cents),
            remaining_text,
        )
        labels2 = (
            translate("Report", "Ideas (not planned)"),
            translate("Report", "Planned, no buyer yet"),
            translate("Report", "Gifts without a price"),
            "",
        )
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
        money_columns = (
            translate("Report", "Budget"),
            translate("Report", "Planned"),
            translate("Report", "Bought"),
        ) * 2
        person_heading = translate("Report", "Person")
        for_them = translate("Report", "Gifts for them")
        they_buy = translate("Report", "Gifts they buy")
        head = (
            "<thead><tr>"
            f'<th align="left" width="22%" rowspan="2" valign="bottom">{person_heading}</th>'
            f'<th align="center" colspan="3" class="group">{for_them}</th>'
            f'<th align="center" colspan="3" class="group">{they_buy}</th>'
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
            '<h2 style="page-break-before: always;">{}</h2>'.format(
                translate("Report", "Who buys what")
            ),
            '<p class="meta">{}</p>'.format(
                translate(
                    "Report",
                    "Each buyer’s list of the gifts decided on, by occasion. "
                    "☐ still to buy, ☑ bought.",
                )
            ),
        ]
        if not shopping:
            note = translate("Report", "No gift is decided on yet (there are only ideas).")
            parts.append(f'<p class="note">{note}</p>')
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
        name = (
            items[0].purchaser_name
            if purchaser_id is not None
            else translate("Report", "No buyer yet")
        )
        parts = [
            f"<h3>{_e(name)}</h3>",
            '<p class="meta">{}</p>'.format(
                translate("Report", "{gifts} · still to buy {to_buy} · bought {bought}").format(
                    gifts=self.gifts(len(items)),
                    to_buy=self.money(to_buy),
                    bought=self.money(bought),
                )
            ),
            '<table width="100%" cellspacing="0" cellpadding="3">',
            "<thead><tr>"
            '<th align="left" width="4%"></th>'
            '<th align="left" width="31%">{}</th>'
            '<th align="left" width="22%">{}</th>'
            '<th align="left" width="16%">{}</th>'
            '<th align="right" width="12%">{}</th>'
            '<th align="left" width="15%">{}</th>'
            "</tr></thead><tbody>".format(
                translate("Report", "Gift"),
                translate("Report", "For"),
                translate("Report", "Store"),
                translate("Report", "Cost"),
                translate("Report", "Status"),
            ),
        ]
        for occasion_id, group in groupby(items, key=lambda item: item.occasion_id):
            gifts = list(group)
            heading = _e(gifts[0].occasion_name)
            budget = budgets.get((occasion_id, purchaser_id)) if purchaser_id else None
            if budget is not None and budget.purchaser_budget_cents is not None:
                heading += ' <span class="small">· {}</span>'.format(
                    translate("Report", "buying {planned} of a {budget} budget").format(
                        planned=self.money(budget.buying_planned_cents),
                        budget=self.money(budget.purchaser_budget_cents),
                    )
                )
                if budget.over_purchaser_budget:
                    over = budget.buying_planned_cents - budget.purchaser_budget_cents
                    over_by = translate("Report", "over by {money}").format(money=self.money(over))
                    heading += f' <span class="over">{over_by}</span>'
            parts.append(f'<tr><td class="group" colspan="6">{heading}</td></tr>')
            parts.extend(self.gift_row(item) for item in gifts)
        parts.append("</tbody></table>")
        return parts

    def gift_row(self, item: ShoppingItem) -> str:
        name = _e(item.gift_name)
        if item.quantity > 1:
            name += f" × {self.locale.toString(item.quantity)}"
        if item.contributors:
            shared = translate("Report", "shared with {names}").format(
                names=_e(", ".join(item.contributors))
            )
            name += f'<br><span class="small">{shared}</span>'
        no_price = translate("Report", "no price")
        cost = (
            self.money(item.cost_cents) if item.priced else f'<span class="small">{no_price}</span>'
        )

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
