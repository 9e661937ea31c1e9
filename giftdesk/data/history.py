"""A person's gift history: what they received and what they gave, by occasion.

``person_history`` reads everything from three queries whatever the number
of gifts (the person, their gifts with occasions, the people linked to those
gifts) and returns plain frozen rows, newest occasion first. Totals per year
count the person's share of each planned gift (SPEC §2: an equal split in
whole cents, the leftover cents to the lowest ids), so they agree with the
budget figures; ideas are listed but not counted.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from giftdesk.data.errors import NotFoundError
from giftdesk.data.field_labels import STATUS_NAMES
from giftdesk.data.fields import PLANNED_STATUSES
from giftdesk.data.messages import translatable
from giftdesk.data.models import gift_people, gifts, occasions, persons
from giftdesk.data.money import format_cents

RECEIVED = "received"
GAVE = "gave"


@dataclass(frozen=True)
class HistoryGift:
    """One gift in a person's history, seen from that person."""

    gift_id: int
    name: str
    status: str
    cost_cents: int
    share_cents: int  # this person's part of the cost (0 for ideas)
    role: str  # RECEIVED or GAVE
    recipients: tuple[str, ...]  # names, the person included
    givers: tuple[str, ...]  # purchaser first, then contributors
    others: tuple[str, ...]  # everyone else involved, by name
    # The same people by id (two people may share a name), in the same order.
    recipient_ids: tuple[int, ...] = ()
    giver_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class HistoryOccasion:
    occasion_id: int | None  # None: gifts with no occasion
    name: str
    date: dt.date | None
    received: tuple[HistoryGift, ...]
    gave: tuple[HistoryGift, ...]


@dataclass(frozen=True)
class YearTotal:
    year: int | None  # None: gifts with no date (no occasion date, no purchase date)
    received_cents: int
    gave_cents: int
    received_gifts: int
    gave_gifts: int


@dataclass(frozen=True)
class PersonHistory:
    person_id: int
    person_name: str
    occasions: tuple[HistoryOccasion, ...]
    years: tuple[YearTotal, ...]  # newest first, undated last

    @property
    def is_empty(self) -> bool:
        return not self.occasions


def name_key(name: str) -> str:
    """A person's name as matched by a person typing it: no case, no accents."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(plain.split())


def find_person(session: Session, name: str) -> tuple[int, str]:
    """The person called ``name`` (case and accents ignored), or a sentence why not."""
    wanted = name_key(name)
    if not wanted:
        raise NotFoundError(translatable("History", "Say whose history to show: a person's name."))
    found = [
        (pid, pname)
        for pid, pname in session.execute(select(persons.c.id, persons.c.name))
        if name_key(pname) == wanted
    ]
    if not found:
        raise NotFoundError(
            translatable("History", "There is nobody called “{name}” in this file.").format(
                name=name.strip()
            )
        )
    if len(found) > 1:
        raise NotFoundError(
            translatable(
                "History", "{length} people are called “{name}”; rename one to tell them apart."
            ).format(length=len(found), name=name.strip())
        )
    return found[0]


def person_history(session: Session, person_id: int) -> PersonHistory:
    """Everything ``person_id`` received or gave, by occasion, newest first."""
    person_name = session.scalar(select(persons.c.name).where(persons.c.id == person_id))
    if person_name is None:
        raise NotFoundError(
            translatable("History", "This person no longer exists (deleted meanwhile).")
        )
    linked = select(gift_people.c.gift_id).where(
        gift_people.c.person_id == person_id,
        gift_people.c.role.in_(("recipient", "contributor")),
    )
    involved = or_(gifts.c.id.in_(linked), gifts.c.purchaser_id == person_id)
    purchaser_person = persons.alias("purchaser_person")
    cost = func.coalesce(gifts.c.sale_price_cents, gifts.c.price_cents, 0) * gifts.c.quantity
    gift_rows = session.execute(
        select(
            gifts.c.id,
            gifts.c.name,
            gifts.c.status,
            cost,
            gifts.c.purchaser_id,
            gifts.c.purchase_date,
            gifts.c.occasion_id,
            occasions.c.name,
            occasions.c.date,
            purchaser_person.c.name,
        )
        .select_from(
            gifts.outerjoin(occasions, occasions.c.id == gifts.c.occasion_id).outerjoin(
                purchaser_person, purchaser_person.c.id == gifts.c.purchaser_id
            )
        )
        .where(involved)
        .order_by(gifts.c.id)
    ).all()
    link_rows = session.execute(
        select(gift_people.c.gift_id, gift_people.c.person_id, gift_people.c.role, persons.c.name)
        .join(persons, persons.c.id == gift_people.c.person_id)
        .where(gift_people.c.gift_id.in_(select(gifts.c.id).where(involved)))
        .where(gift_people.c.role.in_(("recipient", "contributor")))
        .order_by(gift_people.c.gift_id, gift_people.c.person_id)
    ).all()
    names: dict[int, str] = {person_id: person_name}
    names.update((row[4], row[9]) for row in gift_rows if row[4] is not None)
    recipients: dict[int, list[int]] = defaultdict(list)
    contributors: dict[int, list[int]] = defaultdict(list)
    for gift_id, pid, role, pname in link_rows:
        names[pid] = pname
        (recipients if role == "recipient" else contributors)[gift_id].append(pid)

    by_occasion: dict[
        int | None, tuple[str, dt.date | None, list[HistoryGift], list[HistoryGift]]
    ] = {}
    years: dict[int | None, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    for (
        gid,
        gname,
        status,
        cost_cents,
        purchaser,
        bought_on,
        occ_id,
        occ_name,
        occ_date,
        _,
    ) in gift_rows:
        gift_recipients = recipients.get(gid, [])
        payers = sorted({purchaser, *contributors.get(gid, [])} - {None})
        planned = status in PLANNED_STATUSES
        entry = by_occasion.setdefault(occ_id, (occ_name or "", occ_date, [], []))
        year = (occ_date or bought_on).year if (occ_date or bought_on) else None
        for role, people, bucket, at in (
            (RECEIVED, gift_recipients, entry[2], 0),
            (GAVE, payers, entry[3], 1),
        ):
            if person_id not in people:
                continue
            share = _share(cost_cents, people, person_id) if planned else 0
            others = sorted(
                {names[p] for p in (*gift_recipients, *payers) if p != person_id},
                key=str.casefold,
            )
            giver_ids = ([purchaser] if purchaser is not None else []) + [
                p for p in contributors.get(gid, []) if p != purchaser
            ]
            givers = [names[p] for p in giver_ids]
            bucket.append(
                HistoryGift(
                    gift_id=gid,
                    name=gname,
                    status=status,
                    cost_cents=cost_cents,
                    share_cents=share,
                    role=role,
                    recipients=tuple(names[p] for p in gift_recipients),
                    givers=tuple(givers),
                    others=tuple(others),
                    recipient_ids=tuple(gift_recipients),
                    giver_ids=tuple(giver_ids),
                )
            )
            if planned:
                years[year][at] += share
                years[year][at + 2] += 1

    occasion_list = [
        HistoryOccasion(
            occasion_id=occ_id,
            name=name,
            date=date,
            received=tuple(sorted(received, key=lambda g: g.name.casefold())),
            gave=tuple(sorted(gave, key=lambda g: g.name.casefold())),
        )
        for occ_id, (name, date, received, gave) in by_occasion.items()
    ]
    # Newest first; undated occasions after dated ones, the no-occasion bucket last.
    occasion_list.sort(
        key=lambda o: (
            o.occasion_id is None,
            o.date is None,
            -(o.date.toordinal() if o.date else 0),
            o.name.casefold(),
        )
    )
    year_list = [
        YearTotal(year, *figures)
        for year, figures in sorted(
            years.items(), key=lambda item: (item[0] is None, -(item[0] or 0))
        )
    ]
    return PersonHistory(person_id, person_name, tuple(occasion_list), tuple(year_list))


def _share(cost_cents: int, people: list[int], person_id: int) -> int:
    """``person_id``'s share of ``cost_cents`` split among ``people`` (SPEC §2)."""
    ordered = sorted(people)
    base, extra = divmod(cost_cents, len(ordered))
    return base + 1 if ordered.index(person_id) < extra else base


CSV_HEADER = (
    "occasion",
    "date",
    "role",
    "gift",
    "status",
    "price",
    "share",
    "recipients",
    "given_by",
)


def history_csv_rows(history: PersonHistory) -> list[tuple[str, ...]]:
    """The history as CSV rows (header first): plain decimals, ISO dates."""
    rows: list[tuple[str, ...]] = [CSV_HEADER]
    for occasion in history.occasions:
        for gift in (*occasion.received, *occasion.gave):
            rows.append(
                (
                    occasion.name,
                    occasion.date.isoformat() if occasion.date else "",
                    gift.role,
                    gift.name,
                    gift.status,
                    format_cents(gift.cost_cents),
                    format_cents(gift.share_cents),
                    "; ".join(gift.recipients),
                    "; ".join(gift.givers),
                )
            )
    return rows


def history_text(history: PersonHistory) -> str:
    """The history for a terminal (in the user's language): occasions newest first, then
    totals per year."""
    name = history.person_name
    if history.is_empty:
        return (
            str(translatable("History", "{name} has no gift history yet.")).format(name=name) + "\n"
        )
    lines = [str(translatable("History", "Gift history of {name}")).format(name=name), ""]
    received_label, gave_label = (
        str(translatable("History", "received")),
        str(translatable("History", "gave")),
    )
    width = max(len(received_label), len(gave_label)) + 1
    for occasion in history.occasions:
        title = occasion.name or str(translatable("History", "No occasion"))
        if occasion.date:
            title += f" ({occasion.date.isoformat()})"
        lines.append(title)
        for label, items in ((received_label, occasion.received), (gave_label, occasion.gave)):
            for gift in items:
                if gift.role == RECEIVED:
                    who = (
                        str(translatable("History", "from {names}")).format(
                            names=", ".join(gift.givers)
                        )
                        if gift.givers
                        else str(translatable("History", "no buyer yet"))
                    )
                    shared = [n for n in gift.recipients if n != name]
                    if shared:
                        who += "; " + str(translatable("History", "shared with {names}")).format(
                            names=", ".join(shared)
                        )
                else:
                    who = (
                        str(translatable("History", "for {names}")).format(
                            names=", ".join(gift.recipients)
                        )
                        if gift.recipients
                        else str(translatable("History", "for nobody"))
                    )
                    if len(gift.givers) > 1:
                        others = ", ".join(n for n in gift.givers if n != name)
                        who += "; " + str(translatable("History", "with {names}")).format(
                            names=others
                        )
                status = str(STATUS_NAMES.get(gift.status, gift.status))
                lines.append(
                    f"  {label:<{width}} {gift.name}  {format_cents(gift.cost_cents)}  "
                    f"{status}  {who}"
                )
        lines.append("")
    lines.append(
        str(translatable("History", "Totals per year (planned, selected to received; their share)"))
    )
    for total in history.years:
        year = (
            str(total.year) if total.year is not None else str(translatable("History", "no date"))
        )
        received, gave = total.received_gifts, total.gave_gifts
        figures = str(
            translatable(
                "History", "received {received} ({received_gifts}), gave {gave} ({gave_gifts})"
            ).format(
                received=format_cents(total.received_cents),
                received_gifts=translatable("History", "%Ln gift(s)", None, received),
                gave=format_cents(total.gave_cents),
                gave_gifts=translatable("History", "%Ln gift(s)", None, gave),
            )
        )
        lines.append(f"  {year:<8} {figures}")
    return "\n".join(lines) + "\n"
