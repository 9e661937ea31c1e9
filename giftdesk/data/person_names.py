"""Telling people apart: two "Maria"s (or "maria" and "María") are the same name.

Qt-free. ``same_name`` finds the people a new or renamed person would share a
name with (asked about once); ``distinguishing_labels`` gives each person of
such a group the label lists show ("Maria (Mother)", "Maria (Cousin)").
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from collections.abc import Iterable

Person = tuple[int, str, str | None]  # id, name, relationship


def name_key(name: str) -> str:
    """Case, accents and spacing ignored: "  María " and "maria" are one name."""
    decomposed = unicodedata.normalize("NFKD", " ".join(name.split()).casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def same_name(name: str, people: Iterable[Person], exclude_id: int | None = None) -> list[Person]:
    key = name_key(name)
    return [p for p in people if p[0] != exclude_id and name_key(p[1]) == key]


def describe(person: Person) -> str:
    """“Maria (Mother)” for the question; just the name without a relationship."""
    _id, name, relationship = person
    return f"{name} ({relationship})" if relationship else name


def distinguishing_labels(people: Iterable[Person]) -> dict[int, str]:
    """Labels for the people whose names collide: their relationship, else a number.

    People with a name of their own are left out (lists show their name).
    """
    groups: dict[str, list[Person]] = defaultdict(list)
    for person in people:
        groups[name_key(person[1])].append(person)
    labels: dict[int, str] = {}
    for group in groups.values():
        if len(group) < 2:
            continue
        relationships = [name_key(p[2] or "") for p in group]
        for number, (person_id, name, relationship) in enumerate(sorted(group), start=1):
            unique = relationship and relationships.count(name_key(relationship)) == 1
            labels[person_id] = f"{name} ({relationship})" if unique else f"{name} ({number})"
    return labels
