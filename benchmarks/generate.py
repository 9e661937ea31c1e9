"""Synthetic families at any scale, written through giftdesk's own JSON import.

``family_backup(people, occasions, gifts, seed)`` builds a backup structure
(SPEC §3) with a realistic mix: households, birthdays with one person at the
centre and a circle of givers, a few big holidays where a large part of the
family gives to each other, about 5 % of gifts with no occasion, every
status, unpriced gifts, sale prices, quantities, shared gifts (2–4
recipients), purchasers (most planned gifts have one), contributors, and
person budgets for a good part of each occasion's circle.

``generate(path, ...)`` imports it into a new file with
``giftdesk.data.backup.import_backup`` inside one ``db.transaction()`` —
the same checked path a user's backup takes — and returns the time that took.

Run alone: ``python -m benchmarks.generate -o benchmarks/out/family.sqlite3``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from giftdesk.data.backup import FORMAT, VERSION, import_backup
from giftdesk.data.database import open_database

DEFAULT_PEOPLE = 2_000
DEFAULT_OCCASIONS = 50
DEFAULT_GIFTS = 100_000

FIRST = (  # noqa: SIM905 - a word list reads better as one string
    "Anna Ben Carla David Emma Felix Greta Hugo Ida Jonas Karin Leo Mia Noah Olga Paul "
    "Quinn Rosa Sam Tara Ulla Viktor Wanda Xaver Yara Zoë Émile Chloé Björn Ines"
).split()
LAST = (  # noqa: SIM905
    "Schmidt Müller Meyer Novak Rossi García Dubois Smith Jansen Nowak Horvat Andersson "
    "Kowalski Silva Petrov Keller Weber Fischer Brown Costa"
).split()
HOLIDAYS = ("Christmas", "Easter", "Hanukkah", "New Year", "Midsummer", "Eid", "Diwali")
STATUS_WEIGHTS = {"idea": 30, "selected": 25, "purchased": 30, "received": 15}
STORES = ("Bookshop", "Toy shop", "Online", "Home store", "Garden centre", "Sports shop")


@dataclass(frozen=True)
class GeneratedFile:
    path: Path
    people: int
    occasions: int
    gifts: int
    links: int
    budgets: int
    import_seconds: float

    @property
    def rows(self) -> int:
        return self.people + self.occasions + self.gifts + self.links + self.budgets


def _money(cents: int) -> str:
    return f"{cents // 100}.{cents % 100:02d}"


def family_backup(
    people: int = DEFAULT_PEOPLE,
    occasions: int = DEFAULT_OCCASIONS,
    gifts: int = DEFAULT_GIFTS,
    seed: int = 2026,
) -> dict[str, Any]:
    """A deterministic synthetic family as a giftdesk backup structure."""
    rng = random.Random(seed)
    person_ids = list(range(1, people + 1))
    persons = [
        {
            "id": pid,
            "name": f"{rng.choice(FIRST)} {rng.choice(LAST)} {pid}",
            "relationship": rng.choice(("Family", "Friend", "Colleague", "Neighbour")),
        }
        for pid in person_ids
    ]

    # Each occasion: who receives, who gives, and how many gifts it gets.
    events = []
    circles: list[tuple[list[int], list[int]]] = []
    weights = []
    for index in range(occasions):
        oid = index + 1
        year = 2024 + index % 4
        kind = rng.random()
        if kind < 0.2:
            name = f"{HOLIDAYS[index % len(HOLIDAYS)]} {year}"
            type_ = "holiday"
            size = max(2, int(people * rng.uniform(0.15, 0.4)))
            circle = rng.sample(person_ids, min(size, people))
            receivers, givers = circle, circle
            weights.append(6.0)
        elif kind < 0.85:
            centre = rng.choice(person_ids)
            name = f"{persons[centre - 1]['name']}'s birthday {year}"
            type_ = "birthday"
            givers = rng.sample(person_ids, min(people, rng.randint(5, 60)))
            receivers = [centre]
            weights.append(1.0)
        else:
            pair = rng.sample(person_ids, min(2, people))
            name = f"Anniversary {index} ({year})"
            type_ = rng.choice(("anniversary", "other"))
            givers = rng.sample(person_ids, min(people, rng.randint(5, 30)))
            receivers = pair
            weights.append(0.8)
        date = None
        if rng.random() < 0.9:
            date = (dt.date(year, 1, 1) + dt.timedelta(days=rng.randrange(365))).isoformat()
        event: dict[str, Any] = {"id": oid, "name": name, "type": type_}
        if date:
            event["date"] = date
        if rng.random() < 0.7:
            event["budget"] = _money(rng.randrange(100_00, 50_000_00))
        events.append(event)
        circles.append((receivers, givers))

    statuses = list(STATUS_WEIGHTS)
    status_weights = list(STATUS_WEIGHTS.values())
    occasion_choices = rng.choices(range(occasions), weights=weights, k=gifts) if occasions else []
    presents = []
    for gid in range(1, gifts + 1):
        no_occasion = not occasions or rng.random() < 0.05
        if no_occasion:
            receivers, givers = person_ids, person_ids
            occasion = None
        else:
            index = occasion_choices[gid - 1]
            receivers, givers = circles[index]
            occasion = index + 1
        status = rng.choices(statuses, status_weights)[0]
        gift: dict[str, Any] = {"id": gid, "name": f"Gift {gid}", "status": status}
        if occasion is not None:
            gift["occasion"] = occasion
        roll = rng.random()
        if roll > 0.08:  # 8 % unpriced
            price = int(10 ** rng.uniform(2.7, 4.5))  # about 5.00 to 300.00
            gift["price"] = _money(price)
            if roll > 0.8:
                gift["sale_price"] = _money(price * rng.randint(50, 95) // 100)
        if rng.random() < 0.1:
            gift["quantity"] = rng.randint(2, 4)
        shared = rng.random() < 0.15
        count = rng.randint(2, 4) if shared else 1
        gift["recipients"] = rng.sample(receivers, min(count, len(receivers)))
        purchaser = None
        if rng.random() < (0.85 if status != "idea" else 0.3):
            purchaser = rng.choice(givers)
            gift["purchaser"] = purchaser
        if rng.random() < 0.15:
            chosen = rng.sample(givers, min(len(givers), rng.randint(1, 3)))
            contributors = [p for p in chosen if p != purchaser]
            if contributors:
                gift["contributors"] = contributors
        if rng.random() < 0.3:
            gift["store"] = rng.choice(STORES)
        presents.append(gift)

    budgets = []
    for index, (receivers, givers) in enumerate(circles):
        for pid in sorted(set(receivers) | set(givers)):
            if rng.random() < 0.5:
                continue
            budget: dict[str, Any] = {"person": pid, "occasion": index + 1}
            if pid in receivers and rng.random() < 0.8:
                budget["recipient_budget"] = _money(rng.randrange(20_00, 400_00))
            if rng.random() < 0.6 or "recipient_budget" not in budget:
                budget["purchaser_budget"] = _money(rng.randrange(20_00, 600_00))
            budgets.append(budget)

    return {
        "format": FORMAT,
        "version": VERSION,
        "persons": persons,
        "occasions": events,
        "gifts": presents,
        "budgets": budgets,
    }


def count_links(backup: dict[str, Any]) -> int:
    return sum(
        len(g.get("recipients", ())) + len(g.get("contributors", ())) for g in backup["gifts"]
    )


def import_family(path: Path, backup: dict[str, Any]) -> float:
    """Import ``backup`` into a new file at ``path``; returns the seconds it took.

    The clock covers what a user's import covers: validation of every record
    and the bulk INSERTs in one transaction, up to the commit (the schema
    migration of the new, empty file is done before the clock starts).
    """
    if path.exists():
        raise FileExistsError(f"{path} exists; generated families go into new files.")
    db = open_database(path)
    try:
        start = time.perf_counter()
        with db.transaction() as session:
            import_backup(session, backup)
        return time.perf_counter() - start
    finally:
        db.close()


def generate(
    path: Path,
    people: int = DEFAULT_PEOPLE,
    occasions: int = DEFAULT_OCCASIONS,
    gifts: int = DEFAULT_GIFTS,
    seed: int = 2026,
) -> GeneratedFile:
    backup = family_backup(people, occasions, gifts, seed)
    seconds = import_family(path, backup)
    return GeneratedFile(
        path=path,
        people=people,
        occasions=occasions,
        gifts=gifts,
        links=count_links(backup),
        budgets=len(backup["budgets"]),
        import_seconds=seconds,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-o", "--output", type=Path, required=True)
    parser.add_argument("--people", type=int, default=DEFAULT_PEOPLE)
    parser.add_argument("--occasions", type=int, default=DEFAULT_OCCASIONS)
    parser.add_argument("--gifts", type=int, default=DEFAULT_GIFTS)
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args()
    made = generate(args.output, args.people, args.occasions, args.gifts, args.seed)
    print(
        f"{made.path}: {made.people} people, {made.occasions} occasions, {made.gifts} gifts, "
        f"{made.links} links, {made.budgets} budgets imported in {made.import_seconds:.2f} s"
    )


if __name__ == "__main__":
    main()
