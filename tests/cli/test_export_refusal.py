"""No export, in any format or spelling, writes over the family's data (SPEC §6)."""

from __future__ import annotations

import errno
import os
import shutil
from pathlib import Path

import pytest

from giftdesk.data.errors import GiftdeskError
from giftdesk.data.files import check_output_path, write_atomically, write_error_sentence

EXPORTS = {
    "json": ["export", "all"],
    "csv": ["export", "budget", "--format", "csv"],
    "pdf": ["export", "budget", "--format", "pdf"],
    "html": ["export", "budget", "--format", "html"],
}


@pytest.fixture
def family(tmp_path, cli) -> Path:  # type: ignore[no-untyped-def]
    path = tmp_path / "giftdesk.sqlite3"
    code, _, err = cli("demo", "--db", str(path))
    assert code == 0, err
    return path


def _spellings(family: Path, monkeypatch) -> dict[str, str]:  # type: ignore[no-untyped-def]
    folder = family.parent
    (folder / "sub").mkdir(exist_ok=True)
    link = folder / "link.sqlite3"
    if not link.exists():
        link.symlink_to(family)
    monkeypatch.chdir(folder)
    return {
        "same path": str(family),
        "./ spelling": f"./{family.name}",
        "dotted folder": str(folder / "sub" / ".." / family.name),
        "symlink": str(link),
    }


@pytest.mark.parametrize("fmt", EXPORTS)
@pytest.mark.parametrize("spelling", ["same path", "./ spelling", "dotted folder", "symlink"])
def test_export_onto_the_open_file_is_refused(monkeypatch, family, fmt, spelling, cli):
    target = _spellings(family, monkeypatch)[spelling]
    before = family.read_bytes()
    code, out, err = cli(*EXPORTS[fmt], "--db", str(family), "-o", target)
    assert code == 1
    assert out == ""
    assert err.count("\n") == 1 and "Traceback" not in err
    assert "giftdesk" in err and "nothing was written" in err
    assert family.read_bytes() == before
    assert Path(target).is_symlink() == (spelling == "symlink")
    assert not list(family.parent.glob(".*.part"))


@pytest.mark.parametrize("fmt", EXPORTS)
@pytest.mark.parametrize("suffix", ["-wal", "-shm", "-journal"])
def test_export_onto_a_companion_file_is_refused(family, fmt, suffix, cli):
    companion = family.with_name(family.name + suffix)
    existed = companion.exists()
    before = companion.read_bytes() if existed else None
    code, _, err = cli(*EXPORTS[fmt], "--db", str(family), "-o", str(companion))
    assert code == 1
    assert f"belongs to the giftdesk database {family.name}" in err
    assert companion.exists() == existed
    if existed:
        assert companion.read_bytes() == before


@pytest.mark.parametrize("fmt", EXPORTS)
def test_export_onto_another_giftdesk_database_is_refused(family, fmt, cli):
    other = family.with_name("grandma.sqlite3")
    assert cli("demo", "--db", str(other))[0] == 0
    before = other.read_bytes()
    code, _, err = cli(*EXPORTS[fmt], "--db", str(family), "-o", str(other))
    assert code == 1
    assert "grandma.sqlite3 is a giftdesk database" in err
    assert other.read_bytes() == before


def test_an_ordinary_file_of_the_same_name_pattern_is_still_written(family, cli):
    """The guard looks at what a file is, not at its name."""
    target = family.with_name("notes.sqlite3")
    target.write_text("old notes")
    code, _, err = cli(*EXPORTS["csv"], "--db", str(family), "-o", str(target))
    assert code == 0, err
    assert target.read_text(encoding="utf-8").startswith("occasion,person")


def test_a_database_of_another_program_with_giftdesk_companions_name_is_written(tmp_path):
    """A '-wal' name whose base is not a giftdesk database is an ordinary file."""
    target = tmp_path / "report-wal"
    assert check_output_path(target) == target


def test_the_open_database_is_protected_even_before_its_tables_are_read(tmp_path):
    """An open database is refused by identity, whatever its content."""
    from giftdesk.data.database import open_database

    path = tmp_path / "family.sqlite3"
    db = open_database(path)
    try:
        with pytest.raises(GiftdeskError, match="is the giftdesk file that is open"):
            check_output_path(tmp_path / "." / "family.sqlite3")
        hard_link = tmp_path / "other-name.csv"
        os.link(path, hard_link)
        with pytest.raises(GiftdeskError, match="is the giftdesk file that is open"):
            check_output_path(hard_link)
    finally:
        db.close()
    hard_link.unlink()
    shutil.copyfile(path, tmp_path / "copy.sqlite3")
    with pytest.raises(GiftdeskError, match="is a giftdesk database"):
        check_output_path(tmp_path / "copy.sqlite3")


@pytest.mark.parametrize(
    ("code", "words"),
    [
        (errno.ENOSPC, "The disk holding"),
        (errno.EROFS, "read-only disk"),
        (errno.EACCES, "not allowed to write"),
        (errno.ENAMETOOLONG, "too long"),
    ],
)
def test_write_failures_say_why(tmp_path, code, words):
    target = tmp_path / "b.pdf"
    target.write_bytes(b"previous")

    def produce(tmp: Path) -> None:
        tmp.write_bytes(b"partial")
        raise OSError(code, os.strerror(code))

    with pytest.raises(GiftdeskError) as caught:
        write_atomically(target, produce)
    assert words in str(caught.value)
    assert target.read_bytes() == b"previous"
    assert list(tmp_path.iterdir()) == [target]


def test_a_full_disk_is_said_to_be_full(tmp_path):
    """/dev/full answers every write with ENOSPC, as a full disk does."""
    target = tmp_path / "b.csv"

    def produce(tmp: Path) -> None:
        tmp.write_bytes(b"x")
        with open("/dev/full", "wb") as full:
            full.write(b"data")
            full.flush()

    if not Path("/dev/full").exists():
        pytest.skip("this system has no /dev/full")
    with pytest.raises(GiftdeskError, match="full"):
        write_atomically(target, produce)
    assert not target.exists()
    assert "full" in str(write_error_sentence(target, OSError(errno.ENOSPC, "No space")))
