"""Before a PDF is written, names no installed font can draw are named.

Tested on a machine that sees only the DejaVu fonts (a fontconfig file
pointing at them alone, in a subprocess), where Chinese names would print as
empty boxes.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtGui import QFontMetrics

from giftdesk.data import gifts as gifts_data
from giftdesk.data import occasions as occasions_data
from giftdesk.data import people as people_data
from giftdesk.data.database import Database
from giftdesk.data.records import GiftRecord, OccasionRecord, PersonRecord
from giftdesk.ui import report_export
from giftdesk.ui.font_coverage import coverage_sentence, script_name

DEJAVU = Path("/usr/share/fonts/truetype/dejavu")

# Runs in the subprocess: the window's Export action, with the save dialog
# and the question answered by the test; prints what was asked and written.
EXPORT_SCRIPT = textwrap.dedent(
    """
    import json, sys
    from pathlib import Path
    from PySide6.QtWidgets import QApplication
    app = QApplication(["giftdesk"])
    from giftdesk.data.database import open_database
    from giftdesk.ui import report_export
    db_path, out, answer = sys.argv[1], sys.argv[2], sys.argv[3] == "save"
    asked = []
    report_export.ask_save_path = lambda *a: (out, report_export.FILTERS["pdf"])
    report_export.ask_save_anyway = lambda parent, text: asked.append(text) or answer
    db = open_database(db_path)
    written = report_export.export_budget(None, db)
    db.close()
    print(json.dumps({"asked": asked, "written": str(written) if written else None}))
    """
)


def family_with_chinese_names(db: Database) -> None:
    with db.transaction() as session:
        oid = occasions_data.create_occasion(session, OccasionRecord(None, "Christmas", "holiday"))
        a = people_data.create_person(session, PersonRecord(None, "Chloé"))
        b = people_data.create_person(session, PersonRecord(None, "王小明"))
        gifts_data.create_gift(
            session,
            GiftRecord(None, "Kite", oid, "selected", price_cents=2_500, recipient_ids=(a, b)),
        )


def export_with_only_dejavu(db: Database, tmp_path: Path, answer: str) -> dict:  # type: ignore[type-arg]
    config = tmp_path / "fonts.conf"
    config.write_text(
        "<?xml version='1.0'?><!DOCTYPE fontconfig SYSTEM 'fonts.dtd'><fontconfig>"
        f"<dir>{DEJAVU}</dir><cachedir>{tmp_path / 'fc-cache'}</cachedir></fontconfig>",
        encoding="utf-8",
    )
    env = dict(
        os.environ,
        FONTCONFIG_FILE=str(config),
        QT_QPA_FONTDIR=str(DEJAVU),
        QT_QPA_PLATFORM="offscreen",
    )
    out = tmp_path / "summary.pdf"
    result = subprocess.run(
        [sys.executable, "-c", EXPORT_SCRIPT, str(db.path), str(out), answer],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


@pytest.mark.skipif(not DEJAVU.is_dir(), reason="needs the DejaVu fonts")
def test_with_only_dejavu_the_chinese_name_is_named_before_the_pdf(db, tmp_path):
    family_with_chinese_names(db)
    outcome = export_with_only_dejavu(db, tmp_path, "save")
    assert len(outcome["asked"]) == 1
    sentence = outcome["asked"][0]
    assert "“王小明”" in sentence
    assert "Chloé" not in sentence
    assert "Chinese, Japanese or Korean (CJK)" in sentence
    assert outcome["written"] and Path(outcome["written"]).stat().st_size > 0  # still possible


@pytest.mark.skipif(not DEJAVU.is_dir(), reason="needs the DejaVu fonts")
def test_cancelling_after_the_font_notice_writes_nothing(db, tmp_path):
    family_with_chinese_names(db)
    outcome = export_with_only_dejavu(db, tmp_path, "cancel")
    assert len(outcome["asked"]) == 1
    assert outcome["written"] is None
    assert not (tmp_path / "summary.pdf").exists()


def test_nothing_is_said_when_every_letter_can_be_drawn(qapp, demo_db, tmp_path, monkeypatch):
    asked: list[str] = []
    out = tmp_path / "summary.pdf"
    monkeypatch.setattr(
        report_export, "ask_save_path", lambda *a: (str(out), report_export.FILTERS["pdf"])
    )
    monkeypatch.setattr(report_export, "ask_save_anyway", lambda p, text: asked.append(text))
    assert report_export.export_budget(None, demo_db) == out
    assert asked == []


def test_a_name_no_font_can_draw_is_found_here_too(qapp, db):
    """A private-use character is in no font at all, on any machine."""
    with db.transaction() as session:
        occasions_data.create_occasion(session, OccasionRecord(None, "Party \ue000", "other"))
    html, _scope = report_export.budget_report(db)
    sentence = report_export.missing_glyphs_sentence(html)
    if QFontMetrics(report_export.report_font()).inFontUcs4(0xE000):
        pytest.skip("an installed font draws U+E000")
    assert sentence is not None and "“Party \ue000”" in sentence


def test_the_sentence_names_several_scripts_and_shortens_long_lists():
    missing = {f"名{i}": "名" for i in range(8)} | {"สมชาย": "สมชาย"}
    sentence = coverage_sentence(missing)
    assert "and 3 more" in sentence
    assert "fonts for Chinese, Japanese or Korean (CJK) and Thai" in sentence
    assert script_name("한") == "Korean (Hangul)"


@pytest.mark.skipif(not DEJAVU.is_dir(), reason="needs the DejaVu fonts")
def test_the_command_line_says_it_too_and_still_writes_the_pdf(db, tmp_path):
    family_with_chinese_names(db)
    config = tmp_path / "fonts.conf"
    config.write_text(
        "<?xml version='1.0'?><!DOCTYPE fontconfig SYSTEM 'fonts.dtd'><fontconfig>"
        f"<dir>{DEJAVU}</dir><cachedir>{tmp_path / 'fc-cache'}</cachedir></fontconfig>",
        encoding="utf-8",
    )
    env = dict(os.environ, FONTCONFIG_FILE=str(config), QT_QPA_PLATFORM="offscreen")
    out = tmp_path / "summary.pdf"
    result = subprocess.run(
        [sys.executable, "-m", "giftdesk", "export", "budget", "--db", str(db.path),
         "--format", "pdf", "-o", str(out)],
        capture_output=True, text=True, env=env, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "“王小明”" in result.stderr and "(CJK)" in result.stderr
    assert out.stat().st_size > 0
