"""The gift table's filters have one owner: occasion and person combine in any order."""

from __future__ import annotations

from giftdesk.data.table_rows import list_gift_rows
from giftdesk.ui.models.gift_model import GiftTableModel
from giftdesk.ui.models.proxy import TableProxyModel
from giftdesk.ui.tabs.gift_filter import ALL_OCCASIONS, GiftFilter


def shown_ids(proxy: TableProxyModel) -> set[int]:
    return {proxy.id_at(row) for row in range(proxy.rowCount())}


def involves(row, person: int) -> bool:  # type: ignore[no-untyped-def]
    return (
        person in row.recipient_ids or row.purchaser_id == person or person in row.contributor_ids
    )


def test_occasion_and_person_combine_whichever_is_set_last(qapp, demo_db):  # type: ignore[no-untyped-def]
    with demo_db.reading() as session:
        rows = list_gift_rows(session)
    model = GiftTableModel()
    model.set_rows(rows)
    proxy = TableProxyModel()
    proxy.setSourceModel(model)
    gift_filter = GiftFilter(proxy)
    occasion = next(r.occasion_id for r in rows if r.occasion_id is not None)
    person = next(p for r in rows if r.occasion_id == occasion for p in r.recipient_ids)
    both = {r.id for r in rows if r.occasion_id == occasion and involves(r, person)}
    assert both and both != {r.id for r in rows if r.occasion_id == occasion}

    gift_filter.set_person(person)
    gift_filter.set_occasion(occasion)  # the occasion set after the person keeps the person
    assert shown_ids(proxy) == both
    gift_filter.set_occasion(occasion)  # and again (the window re-applies it on every change)
    assert shown_ids(proxy) == both

    gift_filter.set_person(None)
    assert shown_ids(proxy) == {r.id for r in rows if r.occasion_id == occasion}
    gift_filter.set_occasion(None)  # "No occasion"
    assert shown_ids(proxy) == {r.id for r in rows if r.occasion_id is None}
    gift_filter.set_occasion(ALL_OCCASIONS)
    assert shown_ids(proxy) == {r.id for r in rows}
