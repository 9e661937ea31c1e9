"""Deleting a person: the confirmation says each part, the gifts left without a
recipient, whose shares rise and who goes over a budget by it."""

from __future__ import annotations

from giftdesk.data import budgets as budgets_data
from giftdesk.data import gifts as gifts_data
from giftdesk.data import occasions as occasions_data
from giftdesk.data import people as people_data
from giftdesk.data import table_rows
from giftdesk.data.person_deletion import deletion_sentence, person_deletion_impact
from giftdesk.data.records import BudgetRecord, GiftRecord, OccasionRecord, PersonRecord


def person(session, name: str) -> int:  # type: ignore[no-untyped-def]
    return people_data.create_person(session, PersonRecord(id=None, name=name))


def test_each_part_orphans_rising_shares_and_budgets_overrun(db):
    with db.transaction() as s:
        anna, ben, cleo = person(s, "Anna"), person(s, "Ben"), person(s, "Cleo")
        xmas = occasions_data.create_occasion(
            s, OccasionRecord(id=None, name="Xmas", type="holiday")
        )
        budgets_data.set_budget(s, BudgetRecord(ben, xmas, None, 15000))
        budgets_data.set_budget(s, BudgetRecord(cleo, xmas, 10000, None))
        budgets_data.set_budget(s, BudgetRecord(anna, xmas, 5000, None))

        def gift(name, price, status, recipients, purchaser=None, contributors=()):  # type: ignore[no-untyped-def]
            gifts_data.create_gift(
                s,
                GiftRecord(
                    id=None,
                    name=name,
                    occasion_id=xmas,
                    status=status,
                    price_cents=price,
                    recipient_ids=tuple(recipients),
                    purchaser_id=purchaser,
                    contributor_ids=tuple(contributors),
                ),
            )

        gift("Scarf", 5000, "selected", [anna], purchaser=ben)  # Anna alone receives it
        gift("Tent", 12000, "selected", [anna, cleo], purchaser=anna, contributors=[ben])
        gift("Book", 3000, "idea", [ben], purchaser=cleo, contributors=[anna])
    with db.reading() as s:
        impact = person_deletion_impact(s, anna)
    assert (impact.receives, impact.buys, impact.chips_in, impact.budgets) == (2, 1, 1, 1)
    assert impact.left_without_recipient == ("Scarf",)
    assert impact.shares_rise_for == ("Ben", "Cleo")
    # Ben buys 50 + 60 of 150 now, 50 + 120 after; Cleo receives 60 of 100 now, 120 after.
    assert [(o.name, o.receiving) for o in impact.over_budget] == [("Ben", False), ("Cleo", True)]
    assert deletion_sentence(impact) == (
        "Delete Anna?\n\n"
        "Anna receives 2 gifts, buys 1 and chips in to 1. "
        "“Scarf” will have no recipient left (it is for Anna alone). "
        "The gift Anna buys will have no purchaser. "
        "The shares of Ben and Cleo rise, as Anna no longer shares the cost. "
        "That takes Ben over their budget for what they buy in Xmas. "
        "That takes Cleo over their budget for gifts to them in Xmas. "
        "Their 1 budget will be deleted. You can undo this."
    )


def test_someone_with_no_part_is_asked_plainly(db):
    with db.transaction() as s:
        bo = person(s, "Bo")
    with db.reading() as s:
        sentence = deletion_sentence(person_deletion_impact(s, bo))
    assert sentence == "Delete Bo? They are not part of any gift or budget yet."


def test_the_example_family_counts_each_part(demo_db):
    with demo_db.reading() as s:
        anna = people_data.find_person_by_name(s, "Anna")
        impact = person_deletion_impact(s, anna.id)
        all_gifts = table_rows.list_gift_rows(s)
    assert impact.receives == sum(anna.id in g.recipient_ids for g in all_gifts)
    assert impact.buys == sum(g.purchaser_id == anna.id for g in all_gifts)
    assert impact.chips_in == sum(anna.id in g.contributor_ids for g in all_gifts)
    assert f"Anna receives {impact.receives} gifts" in deletion_sentence(impact)
