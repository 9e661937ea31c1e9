"""giftdesk member add / list / remove, and each refusal: one sentence, nothing changed."""

from __future__ import annotations

import sys
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import text

from giftdesk.cli import main
from giftdesk.data.database import Database
from giftdesk.data.members import Invitation


def _run(monkeypatch: pytest.MonkeyPatch, *args: str) -> int:
    monkeypatch.setattr(sys, "argv", ["giftdesk", *args])
    return main()


def _roles(db: Database, name: str) -> int:
    with db.reading() as session:
        return int(
            session.scalar(text("SELECT count(*) FROM pg_roles WHERE rolname = :n"), {"n": name})
        )


def _members(db: Database) -> list[tuple]:
    with db.reading() as session:
        return [tuple(r) for r in session.execute(text("SELECT * FROM members ORDER BY 1"))]


def test_add_list_and_remove_a_member(
    shared_family: Database,
    new_login: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
):
    name = new_login
    assert (
        _run(
            monkeypatch,
            "member",
            "add",
            name,
            "--person",
            "maria",
            "--db",
            shared_family.address,
        )
        == 0
    )
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith(f"Maria can now connect as {name}.")
    address = out[1]
    assert address.startswith(f"postgresql://{name}:") and "@" in address
    with psycopg.connect(address) as connection:
        assert connection.execute("SELECT session_user").fetchone() == (name,)

    assert _run(monkeypatch, "member", "list", "--db", shared_family.address) == 0
    assert capsys.readouterr().out == f"{name}\tMaria\n"

    assert _run(monkeypatch, "member", "remove", name, "--db", shared_family.address) == 0
    assert "Maria and their gifts stay" in capsys.readouterr().out
    assert _roles(shared_family, name) == 0 and _members(shared_family) == []
    # The removed member's address: one sentence, nothing done.
    assert _run(monkeypatch, "export", "all", "--db", address, "-o", "/tmp/never.json") == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and f"no user '{name}'" in err
    assert not Path("/tmp/never.json").exists()


def _refused(monkeypatch, capsys, *args: str) -> str:  # type: ignore[no-untyped-def]
    assert _run(monkeypatch, *args) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.count("\n") == 1 and "Traceback" not in captured.err
    return captured.err


def test_an_unknown_person_is_refused(
    shared_family: Database,
    new_login: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
):
    name = new_login
    err = _refused(
        monkeypatch,
        capsys,
        "member",
        "add",
        name,
        "--person",
        "Nobody",
        "--db",
        shared_family.address,
    )
    assert "There is no person named “Nobody”" in err
    assert _roles(shared_family, name) == 0 and _members(shared_family) == []


def test_a_person_named_with_a_nul_is_refused(
    shared_family: Database,
    new_login: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
):
    name = new_login
    err = _refused(
        monkeypatch,
        capsys,
        "member",
        "add",
        name,
        "--person",
        "No\x00body",
        "--db",
        shared_family.address,
    )
    assert "Person contains a NUL character, which a database server cannot store." in err
    assert _roles(shared_family, name) == 0 and _members(shared_family) == []


def test_a_name_already_taken_is_refused(
    shared_family: Database,
    family_member: Invitation,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
):
    taken = family_member.member.name
    err = _refused(
        monkeypatch,
        capsys,
        "member",
        "add",
        taken,
        "--person",
        "Sam",
        "--db",
        shared_family.address,
    )
    assert f"The login “{taken}” is already taken" in err
    assert len(_members(shared_family)) == 1


def test_a_bad_login_name_is_refused(
    shared_family: Database,
    new_login: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
):
    err = _refused(
        monkeypatch,
        capsys,
        "member",
        "add",
        "Robert'); DROP",
        "--person",
        "Sam",
        "--db",
        shared_family.address,
    )
    assert "cannot be a member's login" in err


def test_a_member_cannot_manage_members(
    shared_family: Database,
    family_member: Invitation,
    new_login: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
):
    name = new_login
    as_member = family_member.address
    for args in (
        ("member", "add", name, "--person", "Sam", "--db", as_member),
        ("member", "list", "--db", as_member),
        ("member", "remove", family_member.member.name, "--db", as_member),
    ):
        err = _refused(monkeypatch, capsys, *args)
        assert "Only the organiser of this family" in err
    assert _roles(shared_family, name) == 0
    assert [m[0] for m in _members(shared_family)] == [family_member.member.name]


def test_a_member_cannot_import(
    shared_family: Database,
    family_member: Invitation,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
):
    backup = tmp_path / "family.json"
    assert _run(monkeypatch, "export", "all", "--db", shared_family.address, "-o", str(backup)) == 0
    capsys.readouterr()
    with shared_family.reading() as session:
        before = session.scalar(text("SELECT count(*) FROM persons"))
    err = _refused(monkeypatch, capsys, "import", str(backup), "--db", family_member.address)
    assert "Only the organiser of this family can import" in err
    with shared_family.reading() as session:
        assert session.scalar(text("SELECT count(*) FROM persons")) == before


@pytest.mark.parametrize(
    "command", [("add", "anna", "--person", "Anna"), ("list",), ("remove", "anna")]
)
def test_a_file_has_no_members(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    command: tuple[str, ...],
):
    path = tmp_path / "family.sqlite3"
    err = _refused(monkeypatch, capsys, "member", *command, "--db", str(path))
    assert "Family members need a shared database" in err
    assert not path.exists()
