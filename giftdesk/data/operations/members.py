"""Letting a family member in and out (a shared database only), as operations.

A member's login is no row the views show, so the change is empty; the
result names the member. Undoing a removal lets them in again under a new
password (``MemberResult.password``: the address to hand over is new too).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial

from sqlalchemy.orm import Session

from giftdesk.data import members
from giftdesk.data.changes import Change
from giftdesk.data.operations import OpResult


@dataclass(frozen=True, kw_only=True)
class MemberResult(OpResult):
    """What letting someone in or out did: ``member``, and a new login's ``password``."""

    member: members.Member
    password: str | None = None


def add_member(session: Session, name: str, person: str, password: str) -> MemberResult:
    """The login ``name`` (with ``password``) for the person called ``person``."""
    member = members.let_in(session, name, person, password)
    return MemberResult(
        change=Change(),
        undo=partial(remove_member, name=member.name),
        member=member,
        password=password,
    )


def remove_member(session: Session, name: str) -> MemberResult:
    """Drop the member's login; their person and gifts stay."""
    member = members.let_out(session, name)
    return MemberResult(
        change=Change(),
        undo=partial(
            add_member, name=member.name, person=member.person, password=members.new_password()
        ),
        member=member,
    )
