"""The budget summary document, built from hand-made budget figures."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QTextCursor, QTextDocument

from giftdesk.data.budget import BudgetSummary, OccasionBudget, PersonBudget
from giftdesk.data.shopping import ShoppingItem
from giftdesk.ui.money import format_money
from giftdesk.ui.report import budget_report_html

LOCALE = QLocale(QLocale.Language.English, QLocale.Country.Ireland)
TODAY = dt.date(2026, 11, 2)
EVIL = '<b>&"x"'

pytestmark = pytest.mark.usefixtures("qapp")  # QTextDocument needs fonts


def person(pid, name, rb=None, rp=0, rbought=0, pb=None, bp=0, bb=0):  # type: ignore[no-untyped-def]
    return PersonBudget(pid, name, rb, rp, rbought, pb, bp, bb)


def occasion(oid, name, budget, planned, people, **extra):  # type: ignore[no-untyped-def]
    values = dict(
        type="holiday",
        date=dt.date(2026, 12, 25),
        gifts=4,
        ideas_total_cents=1_111,
        bought_total_cents=2_222,
        unassigned_total_cents=333,
        unpriced=2,
    )
    values.update(extra)
    return OccasionBudget(
        occasion_id=oid,
        name=name,
        budget_cents=budget,
        planned_total_cents=planned,
        people=tuple(people),
        **values,
    )


def item(purchaser, occasion_id, occasion_name, gift, **extra):  # type: ignore[no-untyped-def]
    values = dict(
        purchaser_id=purchaser[0] if purchaser else None,
        purchaser_name=purchaser[1] if purchaser else None,
        occasion_id=occasion_id,
        occasion_name=occasion_name,
        occasion_date=None,
        gift_id=abs(hash(gift)) % 10_000,
        gift_name=gift,
        recipients=("Zoë",),
        contributors=(),
        store="Toy shop",
        quantity=1,
        cost_cents=4_999,
        priced=True,
        status="selected",
    )
    values.update(extra)
    return ShoppingItem(**values)


@pytest.fixture
def summary() -> BudgetSummary:
    christmas = occasion(
        1,
        "Christmas 2026",
        150_000,
        162_701,
        [
            person(1, "Anna", rb=15_000, rp=26_500, pb=20_000, bp=16_300),
            person(2, "Chloé", rb=8_000, rp=7_000, pb=6_000, bp=14_949),
            person(3, "Grandma Rosa", rb=12_000, rp=11_893),
        ],
    )
    birthday = occasion(
        2,
        "Grandma Rosa's 80th",
        60_000,
        54_950,
        [person(3, "Grandma Rosa", rb=55_000, rp=45_950)],
        type="birthday",
        date=dt.date(2027, 2, 14),
    )
    empty = occasion(3, "Easter", None, 0, [], gifts=0, ideas_total_cents=0, unpriced=0)
    bucket = occasion(None, "(no occasion)", None, 12_345, [], type=None, date=None)
    return BudgetSummary((christmas, birthday, empty, bucket))


def text_of(html: str) -> str:
    doc = QTextDocument()
    doc.setHtml(html)
    return doc.toPlainText()


def render(summary: BudgetSummary, shopping=(), scope=None) -> str:  # type: ignore[no-untyped-def]
    return budget_report_html(summary, list(shopping), locale=LOCALE, today=TODAY, scope=scope)


def test_every_occasion_person_and_total_is_in_the_document(summary: BudgetSummary) -> None:
    text = text_of(render(summary))
    for entry in summary.occasions:
        assert entry.name in text
        for figure in (
            entry.planned_total_cents,
            entry.bought_total_cents,
            entry.ideas_total_cents,
            entry.unassigned_total_cents,
        ):
            assert format_money(figure, LOCALE) in text
        if entry.budget_cents is not None:
            assert format_money(entry.budget_cents, LOCALE) in text
        for member in entry.people:
            assert member.name in text
            assert format_money(member.receiving_planned_cents, LOCALE) in text
    assert "€1,500.00" in text  # the user's locale, not "1500.00"
    assert "Budget summary" in text
    assert "Monday 2 November 2026" in text


def test_remaining_and_over_budget_are_said_in_words(summary: BudgetSummary) -> None:
    text = text_of(render(summary))
    # Christmas: 1,627.01 planned against 1,500.00
    assert "over by €127.01" in text
    assert "the planned gifts cost €127.01 more than the budget" in text
    # Grandma Rosa's 80th is within budget: 50.50 left
    assert "€50.50" in text
    # Anna over for them (265 vs 150); Chloé over as a buyer (149.49 vs 60)
    assert "Over budget: gifts for them by €115.00." in text
    assert "Over budget: gifts they buy by €89.49." in text
    assert text.count("Over budget:") == 3  # Anna, Chloé and the Christmas total


def test_people_within_budget_are_not_marked() -> None:
    fine = occasion(1, "Quiet year", 10_000, 5_000, [person(1, "Ben", rb=5_000, rp=5_000)])
    text = text_of(render(BudgetSummary((fine,))))
    assert "Over budget" not in text
    assert "over by" not in text
    assert "€50.00" in text


def test_user_strings_are_escaped(summary: BudgetSummary) -> None:
    evil_person = person(9, EVIL, rb=100, rp=50)
    evil = BudgetSummary((occasion(5, EVIL, 100, 50, [evil_person]),))
    shopping = [item((9, EVIL), 5, EVIL, EVIL, store=EVIL, recipients=(EVIL,))]
    html = render(evil, shopping, scope=EVIL)
    assert EVIL not in html
    assert "&lt;b&gt;&amp;&quot;x&quot;" in html
    assert "<b>" not in html.lower().replace("<body>", "")
    text = text_of(html)
    assert text.count(EVIL) >= 6  # title, section, person, buyer, gift, store, recipient


def test_who_buys_what_lists_each_buyer_by_occasion(summary: BudgetSummary) -> None:
    shopping = [
        item((1, "Anna"), 1, "Christmas 2026", "Ice skates", status="purchased"),
        item(
            (1, "Anna"), 2, "Grandma Rosa's 80th", "Spa day voucher", quantity=2, cost_cents=30_000
        ),
        item((2, "Chloé"), 1, "Christmas 2026", "Bird feeder", contributors=("Uncle Brian",)),
        item(None, 1, "Christmas 2026", "Plant pot set", priced=False, cost_cents=0),
    ]
    text = text_of(render(summary, shopping))
    section = text[text.index("Who buys what") :]
    assert section.index("Anna") < section.index("Ice skates") < section.index("Spa day voucher")
    assert section.index("Spa day voucher") < section.index("Chloé") < section.index("Bird feeder")
    assert "No buyer yet" in section and section.index("No buyer yet") < section.index("Plant pot")
    assert "Spa day voucher × 2" in section
    assert "shared with Uncle Brian" in section
    assert "no price" in section
    assert "☑" in section and "☐" in section
    # Anna's Christmas list says what she buys against her buyer budget.
    assert "buying €163.00 of a €200.00 budget" in section
    # Chloé is over her buyer budget at Christmas: said, with the amount.
    assert "buying €149.49 of a €60.00 budget over by €89.49" in section


def test_an_empty_file_gives_a_readable_document() -> None:
    text = text_of(render(BudgetSummary(())))
    assert "nothing to sum up yet" in text
    assert "No gift is decided on yet" in text


def test_one_occasion_is_named_in_the_title(summary: BudgetSummary) -> None:
    one = BudgetSummary(summary.occasions[:1])
    html = render(one, scope="Christmas 2026")
    assert "<title>Budget summary: Christmas 2026</title>" in html
    assert "One occasion" in text_of(html)


def test_people_table_repeats_its_header_on_every_page(summary: BudgetSummary) -> None:
    doc = QTextDocument()
    doc.setHtml(render(summary))
    tables = []
    block = doc.begin()
    while block.isValid():
        table = QTextCursor(block).currentTable()
        if table is not None and table not in tables:
            tables.append(table)
        block = block.next()
    header_counts = [t.format().headerRowCount() for t in tables]
    assert 2 in header_counts  # the people tables: two header rows


def test_the_no_occasion_bucket_is_not_counted_as_an_occasion(summary: BudgetSummary) -> None:
    text = text_of(render(summary))
    assert "3 occasions and gifts without one · made on" in text
    without_bucket = BudgetSummary(summary.occasions[:3])
    assert "3 occasions · made on" in text_of(render(without_bucket))
