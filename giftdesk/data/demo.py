"""The example family behind ``giftdesk demo`` and "Load example family".

A dozen people, three occasions with budgets, about sixty gifts in every
status, some shared, with purchasers and contributors. Deterministic, and
written through the JSON import so it takes the same checked path as a
user's backup.
"""

from __future__ import annotations

import random
from typing import Any

from sqlalchemy.orm import Session

from giftdesk.data.backup import FORMAT, VERSION, ImportSummary, import_backup

PEOPLE = [
    (1, "Sam", "Me", "1988-03-02"),
    (2, "Maria", "Mom", "1960-05-17"),
    (3, "Thomas", "Dad", "1958-11-03"),
    (4, "Grandma Rosa", "Grandmother", "1947-02-14"),
    (5, "Grandpa Joe", "Grandfather", "1945-08-30"),
    (6, "Anna", "Sister", "1990-07-21"),
    (7, "Lukas", "Brother-in-law", "1989-01-09"),
    (8, "Zoë", "Niece", "2016-04-12"),
    (9, "Noah", "Nephew", "2019-09-25"),
    (10, "Aunt Helga", "Aunt", "1963-12-01"),
    (11, "Uncle Brian", "Uncle", "1961-06-19"),
    (12, "Chloé", "Cousin", "1995-10-05"),
]

OCCASIONS = [
    (1, "Christmas 2026", "holiday", "2026-12-25", "1500.00"),
    (2, "Grandma Rosa's 80th", "birthday", "2027-02-14", "600.00"),
    (3, "Mom & Dad's 35th anniversary", "anniversary", "2027-06-08", "800.00"),
]

# (name, recipients, occasion, price, sale price, quantity, store)
CATALOGUE: list[tuple[str, tuple[int, ...], int | None, str | None, str | None, int, str]] = [
    ("Cashmere scarf", (2,), 1, "89.00", "69.90", 1, "Galeria"),
    ("Cookbook: Ottolenghi Simple", (2,), 1, "32.00", None, 1, "Bookshop"),
    ("Garden kneeler", (2,), 1, "24.95", None, 1, "Garden centre"),
    ("Cordless drill", (3,), 1, "129.00", "99.00", 1, "Hardware store"),
    ("Whisky tasting set", (3,), 1, "58.50", None, 1, "Wine & Co"),
    ("Hiking socks", (3,), 1, "14.99", None, 3, "Outdoor shop"),
    ("Large-print crossword books", (4,), 1, "9.99", None, 2, "Bookshop"),
    ("Fleece blanket", (4,), 1, "45.00", None, 1, "Home store"),
    ("Bird feeder", (5,), 1, "27.50", None, 1, "Garden centre"),
    ("Audiobook subscription", (5,), 1, "59.88", None, 1, "Online"),
    ("Yoga mat", (6,), 1, "39.00", None, 1, "Sports shop"),
    ("Concert tickets", (6, 7), 1, "154.00", None, 2, "Ticket office"),
    ("Board game: Wingspan", (6, 7), 1, "54.99", "44.99", 1, "Game shop"),
    ("Espresso cups", (7,), 1, "34.00", None, 1, "Home store"),
    ("LEGO Friends treehouse", (8,), 1, "79.99", "64.99", 1, "Toy shop"),
    ("Watercolour set", (8,), 1, "24.50", None, 1, "Art supplies"),
    ("Ice skates", (8,), 1, "59.00", None, 1, "Sports shop"),
    ("Wooden train set", (9,), 1, "49.95", None, 1, "Toy shop"),
    ("Dinosaur pyjamas", (9,), 1, "19.99", None, 2, "Kids' clothes"),
    ("Picture book: The Gruffalo", (9,), 1, "12.99", None, 1, "Bookshop"),
    ("Scented candles", (10,), 1, "22.00", None, 2, "Home store"),
    ("Jigsaw puzzle 1000 pieces", (10, 11), 1, "21.95", None, 1, "Game shop"),
    ("Golf balls", (11,), 1, "36.00", "29.00", 1, "Sports shop"),
    ("Vinyl record", (12,), 1, "27.99", None, 1, "Record shop"),
    ("Plant pot set", (12,), 1, None, None, 1, "Garden centre"),
    ("Chocolate hamper", (2, 3), 1, "45.00", None, 1, "Chocolatier"),
    ("Advent calendar", (8, 9), 1, "15.00", None, 2, "Supermarket"),
    ("Family photo calendar", (4, 5), 1, "29.90", None, 1, "Photo lab"),
    ("Smart speaker", (4,), 1, "59.99", None, 1, "Electronics"),
    ("Reading lamp", (5,), 1, "64.00", None, 1, "Home store"),
    ("Framed family portrait", (4,), 2, "120.00", None, 1, "Photo studio"),
    ("Orchid", (4,), 2, "34.50", None, 1, "Florist"),
    ("Spa day voucher", (4,), 2, "150.00", None, 1, "Spa"),
    ("Birthday cake", (4,), 2, "65.00", None, 1, "Bakery"),
    ("Photo album of 80 years", (4,), 2, "48.00", None, 1, "Photo lab"),
    ("Silk scarf", (4,), 2, "55.00", "44.00", 1, "Galeria"),
    ("Tea selection", (4,), 2, "28.00", None, 1, "Tea shop"),
    ("Restaurant dinner", (4, 5), 2, "180.00", None, 1, "Trattoria"),
    ("Weekend in the mountains", (2, 3), 3, "420.00", None, 1, "Travel agent"),
    ("Engraved wine glasses", (2, 3), 3, "64.00", None, 1, "Engraver"),
    ("Anniversary photo book", (2, 3), 3, "39.90", None, 1, "Photo lab"),
    ("Bouquet of roses", (2,), 3, "45.00", None, 1, "Florist"),
    ("Cufflinks", (3,), 3, "75.00", None, 1, "Jeweller"),
    ("Champagne", (2, 3), 3, "39.00", None, 2, "Wine & Co"),
    ("Bike helmet", (8,), None, "49.00", None, 1, "Sports shop"),
    ("Telescope", (9,), None, "129.00", None, 1, "Toy shop"),
    ("Pottery class", (6,), None, "85.00", None, 1, "Art studio"),
    ("Noise-cancelling headphones", (12,), None, "249.00", "199.00", 1, "Electronics"),
    ("Sourdough starter kit", (10,), None, "18.50", None, 1, "Online"),
    ("Fishing rod", (11,), None, None, None, 1, "Outdoor shop"),
    ("Knitting wool", (4,), 1, "6.50", None, 6, "Craft shop"),
    ("Slippers", (5,), 1, "29.99", None, 1, "Shoe shop"),
    ("Perfume", (6,), 1, "72.00", None, 1, "Perfumery"),
    ("Running shoes", (7,), 1, "110.00", "89.95", 1, "Sports shop"),
    ("Harry Potter box set", (8,), 1, "59.99", None, 1, "Bookshop"),
    ("Remote-control car", (9,), 1, "34.99", None, 1, "Toy shop"),
    ("Cheese board", (10, 11), 1, "42.00", None, 1, "Home store"),
    ("Instax camera", (12,), 1, "89.00", None, 1, "Electronics"),
    ("Socks with cats", (1,), 1, "9.99", None, 2, "Kids' clothes"),
    ("Coffee grinder", (1,), 1, "69.00", None, 1, "Home store"),
]

BUDGETS = [
    # (person, occasion, recipient budget, purchaser budget)
    (1, 1, "100.00", "450.00"),
    (2, 1, "150.00", "300.00"),
    (3, 1, "200.00", "250.00"),
    (4, 1, "120.00", None),
    (5, 1, "200.00", None),
    (6, 1, "250.00", "200.00"),
    (7, 1, "200.00", "280.00"),
    (8, 1, "170.00", None),
    (9, 1, "120.00", None),
    (10, 1, "60.00", "320.00"),
    (11, 1, "60.00", "140.00"),
    (12, 1, "100.00", "150.00"),
    (4, 2, "550.00", None),
    (1, 2, None, "150.00"),
    (2, 2, None, "120.00"),
    (6, 2, None, "100.00"),
    (2, 3, "400.00", None),
    (3, 3, "400.00", None),
    (1, 3, None, "200.00"),
    (6, 3, None, "150.00"),
]

ADULT_BUYERS = (1, 2, 3, 6, 7, 10, 11, 12)
STATUSES = ("idea", "selected", "selected", "purchased", "purchased", "received")


def demo_backup() -> dict[str, Any]:
    """The example family as a JSON backup structure."""
    rng = random.Random(2026)
    gifts = []
    for gift_id, (name, recipients, occasion, price, sale, quantity, store) in enumerate(
        CATALOGUE, start=1
    ):
        status = "idea" if occasion is None else rng.choice(STATUSES)
        buyers = [p for p in ADULT_BUYERS if p not in recipients]
        gift: dict[str, Any] = {
            "id": gift_id,
            "name": name,
            "status": status,
            "priority": rng.choice(("low", "medium", "medium", "high")),
            "quantity": quantity,
            "store": store,
            "recipients": list(recipients),
        }
        if occasion is not None:
            gift["occasion"] = occasion
        if price is not None:
            gift["price"] = price
        if sale is not None:
            gift["sale_price"] = sale
        if status != "idea" and rng.random() < 0.85:
            purchaser = rng.choice(buyers)
            gift["purchaser"] = purchaser
            if len(recipients) > 1 or rng.random() < 0.15:
                helpers = [p for p in buyers if p != purchaser]
                gift["contributors"] = sorted(rng.sample(helpers, rng.choice((1, 2))))
        if status in ("purchased", "received"):
            gift["purchase_date"] = f"2026-11-{rng.randint(1, 23):02d}"
        gifts.append(gift)
    return {
        "format": FORMAT,
        "version": VERSION,
        "persons": [
            {"id": i, "name": n, "relationship": r, "birthdate": b} for i, n, r, b in PEOPLE
        ],
        "occasions": [
            {"id": i, "name": n, "type": t, "date": d, "budget": b} for i, n, t, d, b in OCCASIONS
        ],
        "gifts": gifts,
        "budgets": [
            {
                "person": p,
                "occasion": o,
                **({"recipient_budget": r} if r else {}),
                **({"purchaser_budget": b} if b else {}),
            }
            for p, o, r, b in BUDGETS
        ],
    }


def load_demo(session: Session) -> ImportSummary:
    """Add the example family to the database of ``session``."""
    return import_backup(session, demo_backup())
