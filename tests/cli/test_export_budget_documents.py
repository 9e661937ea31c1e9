"""``giftdesk export budget --format pdf|html`` run in-process."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from giftdesk.cli import main
from giftdesk.data.database import Database

# The command creates a QGuiApplication when none exists; later widget tests
# in the same process need a QApplication, so make that one first.
pytestmark = pytest.mark.usefixtures("qapp")


def run(monkeypatch: pytest.MonkeyPatch, *args: str) -> int:
    monkeypatch.setattr(sys, "argv", ["giftdesk", *args])
    return main()


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_pdf_export(demo_db: Database, tmp_path: Path, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "budget.pdf"
    code = run(
        monkeypatch,
        "export",
        "budget",
        "--db",
        demo_db.address,
        "--format",
        "pdf",
        "-o",
        str(out),
    )
    assert code == 0
    assert f"Budget summary written to {out}" in capsys.readouterr().out
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
    for name in ("Christmas 2026", "Grandma Rosa's 80th", "Mom & Dad's 35th anniversary", "Zoë"):
        assert name in text


def test_html_export_from_the_file_name(demo_db: Database, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "budget.html"
    code = run(monkeypatch, "export", "budget", "--db", demo_db.address, "-o", str(out))
    assert code == 0
    html = out.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>")
    assert "Mom &amp; Dad&#x27;s 35th anniversary" in html


def test_one_occasion(demo_db: Database, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "xmas.html"
    code = run(
        monkeypatch, "export", "budget", "--db", demo_db.address, "--format", "html",
        "-o", str(out), "--occasion", "christmas 2026",
    )  # fmt: skip
    assert code == 0
    html = out.read_text(encoding="utf-8")
    assert "<h1>Budget summary: Christmas 2026</h1>" in html
    assert "Grandma Rosa&#x27;s 80th</h2>" not in html


def test_unknown_occasion_is_one_sentence_and_exit_1(
    demo_db: Database,
    tmp_path: Path,
    monkeypatch,
    capsys,  # type: ignore[no-untyped-def]
) -> None:
    out = tmp_path / "x.pdf"
    code = run(
        monkeypatch, "export", "budget", "--db", demo_db.address, "--format", "pdf",
        "-o", str(out), "--occasion", "Easter",
    )  # fmt: skip
    assert code == 1
    err = capsys.readouterr().err
    assert err.startswith("giftdesk: There is no occasion named “Easter”")
    assert "“Christmas 2026”" in err  # says which occasions there are
    assert "Traceback" not in err
    assert len(err.strip().splitlines()) == 1
    assert not out.exists()


def test_pdf_into_a_missing_folder(demo_db: Database, tmp_path: Path, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "nope" / "x.pdf"
    code = run(monkeypatch, "export", "budget", "--db", demo_db.address, "-o", str(out))
    assert code == 1
    assert "does not exist" in capsys.readouterr().err
