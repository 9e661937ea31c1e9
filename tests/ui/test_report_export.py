"""The budget summary as PDF and HTML files, made offscreen and read back."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QFontDatabase

from giftdesk.data import gifts as gifts_data
from giftdesk.data import occasions as occasions_data
from giftdesk.data import people as people_data
from giftdesk.data.budget import BudgetSummary, OccasionBudget, PersonBudget, compute_budget_summary
from giftdesk.data.database import Database
from giftdesk.data.errors import GiftdeskError
from giftdesk.data.records import GiftRecord, OccasionRecord, PersonRecord
from giftdesk.ui.money import format_money
from giftdesk.ui.report import budget_report_html
from giftdesk.ui.report_export import export_budget_document, export_to, format_for, write_pdf

pytestmark = [
    pytest.mark.usefixtures("qapp"),
    pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils"),
]


def pdf_text(path: Path, first: int | None = None, last: int | None = None) -> str:
    command = ["pdftotext", "-enc", "UTF-8"]
    if first is not None:
        command += ["-f", str(first), "-l", str(last or first)]
    result = subprocess.run([*command, str(path), "-"], capture_output=True, check=True)
    return result.stdout.decode("utf-8")


def page_count(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    line = next(line for line in info.stdout.splitlines() if line.startswith("Pages:"))
    return int(line.split()[1])


def flat(text: str) -> str:
    return " ".join(text.split())


def test_demo_pdf_holds_every_occasion_person_and_total(demo_db: Database, tmp_path: Path) -> None:
    out = tmp_path / "summary.pdf"
    export_budget_document(demo_db, out, "pdf")
    text = flat(pdf_text(out))
    with demo_db.reading() as session:
        summary = compute_budget_summary(session)
    assert len(summary.occasions) >= 3
    for entry in summary.occasions:
        assert entry.name in text
        for cents in (entry.planned_total_cents, entry.bought_total_cents, entry.budget_cents):
            if cents is not None:
                assert format_money(cents) in text
        for member in entry.people:
            assert member.name in text
    pages = page_count(out)
    assert pages >= 2
    assert f"page 1 of {pages}" in text and f"page {pages} of {pages}" in text
    assert "Who buys what" in text


def test_one_occasion_only(demo_db: Database, tmp_path: Path) -> None:
    out = tmp_path / "rosa.pdf"
    export_budget_document(demo_db, out, "pdf", "  grandma rosa's 80TH ")
    text = flat(pdf_text(out))
    assert "Budget summary: Grandma Rosa's 80th" in text
    assert "Christmas 2026" not in text


def test_unknown_occasion_writes_nothing(demo_db: Database, tmp_path: Path) -> None:
    out = tmp_path / "none.pdf"
    with pytest.raises(GiftdeskError, match="There is no occasion named “Easter”"):
        export_budget_document(demo_db, out, "pdf", "Easter")
    assert not [p for p in tmp_path.iterdir() if "none.pdf" in p.name]


def test_html_export_escapes_user_text(db: Database, tmp_path: Path) -> None:
    evil = '<b>&"x"'
    with db.transaction() as session:
        pid = people_data.create_person(session, PersonRecord(None, "Zoë"))
        oid = occasions_data.create_occasion(session, OccasionRecord(None, "Birthday", "birthday"))
        gifts_data.create_gift(
            session,
            GiftRecord(
                None, evil, oid, "selected", price_cents=1250, purchaser_id=pid,
                recipient_ids=(pid,), store=evil,
            ),
        )  # fmt: skip
    out = tmp_path / "summary.html"
    export_budget_document(db, out, "html")
    html = out.read_text(encoding="utf-8")
    assert evil not in html
    assert html.count("&lt;b&gt;&amp;&quot;x&quot;") == 2  # gift name and store
    assert '<meta charset="utf-8">' in html
    # And the PDF shows it literally.
    pdf = tmp_path / "summary.pdf"
    export_budget_document(db, pdf, "pdf")
    assert flat(pdf_text(pdf)).count(evil) == 2


def test_export_to_picks_the_writer_by_format(demo_db: Database, tmp_path: Path) -> None:
    with demo_db.reading() as session:
        rosa = occasions_data.find_occasion_by_name(session, "Grandma Rosa's 80th")
    assert rosa is not None
    export_to(demo_db, tmp_path / "a.csv", "csv", rosa.id)
    lines = (tmp_path / "a.csv").read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("occasion,person,budget")
    assert all(line.startswith("Grandma Rosa's 80th,") for line in lines[1:])
    export_to(demo_db, tmp_path / "a.html", "html", rosa.id)
    assert "Budget summary: Grandma Rosa" in (tmp_path / "a.html").read_text(encoding="utf-8")
    export_to(demo_db, tmp_path / "a.pdf", "pdf")
    assert (tmp_path / "a.pdf").read_bytes().startswith(b"%PDF")


def test_the_save_dialog_answer_decides_the_format() -> None:
    assert format_for("/t/x.csv", "PDF document (*.pdf)") == (Path("/t/x.csv"), "csv")
    assert format_for("/t/x.HTM", "PDF document (*.pdf)") == (Path("/t/x.HTM"), "html")
    assert format_for("/t/x", "Web page (*.html *.htm)") == (Path("/t/x.html"), "html")
    assert format_for("/t/x.2026", "Spreadsheet, CSV (*.csv)") == (Path("/t/x.2026.csv"), "csv")
    assert format_for("/t/x", "") == (Path("/t/x.pdf"), "pdf")


def big_family(people: int = 150, occasions: int = 6) -> BudgetSummary:
    result = []
    for o in range(occasions):
        members = tuple(
            PersonBudget(p, f"Person {o}-{p:03d}", 10_000, 9_000 + p * 10, 5_000, None, 0, 0)
            for p in range(people if o == 0 else 8)
        )
        result.append(
            OccasionBudget(
                o + 1, f"Occasion {o}", "other", dt.date(2027, 1, 1 + o), 100_000, 40, 0,
                90_000, 50_000, 0, 0, members,
            )
        )  # fmt: skip
    return BudgetSummary(tuple(result))


def test_long_tables_repeat_their_header_and_sections_do_not_split(tmp_path: Path) -> None:
    summary = big_family()
    html = budget_report_html(summary, [], locale=QLocale("en_IE"), today=dt.date(2026, 1, 1))
    out = tmp_path / "big.pdf"
    pages = write_pdf(html, out, "Budget summary")
    assert pages == page_count(out) >= 4
    # The 150-person table runs over several pages; each shows the header.
    first_table_pages = [n for n in range(1, pages + 1) if "Person 0-" in pdf_text(out, n)]
    assert len(first_table_pages) >= 3
    for n in first_table_pages:
        assert "Gifts for them" in pdf_text(out, n)
    # Every small occasion's section sits on one page: heading and last person.
    for o in range(1, 6):
        on = [n for n in range(1, pages + 1) if f"Occasion {o}\n" in pdf_text(out, n)]
        assert len(on) == 1, o
        assert f"Person {o}-007" in pdf_text(out, on[0])


def has_font_for(system: QFontDatabase.WritingSystem) -> bool:
    return bool(QFontDatabase.families(system))


def test_accents_and_cjk_names_survive_into_the_pdf(db: Database, tmp_path: Path) -> None:
    if not has_font_for(QFontDatabase.WritingSystem.SimplifiedChinese):
        pytest.skip("no CJK font installed (CI installs fonts-noto-cjk)")
    names = ["Zoë Ångström", "王小明", "김민준", "さくら"]
    with db.transaction() as session:
        oid = occasions_data.create_occasion(
            session, OccasionRecord(None, "Noël 圣诞节", "holiday")
        )
        ids = [people_data.create_person(session, PersonRecord(None, n)) for n in names]
        gifts_data.create_gift(
            session,
            GiftRecord(
                None, "Teddy 🧸", oid, "selected", price_cents=999, recipient_ids=tuple(ids)
            ),
        )
    out = tmp_path / "intl.pdf"
    export_budget_document(db, out, "pdf")
    # pdftotext may give CJK ideographs as their compatibility twins (the
    # Kangxi radical for 小) and split them with spaces: compare normalised.
    text = "".join(unicodedata.normalize("NFKC", pdf_text(out)).split())
    for name in [*names, "Noël 圣诞节", "Teddy"]:
        assert name.replace(" ", "") in text
    assert text.count("王小明") == 2  # in the people table and the shopping list


DEJAVU = Path("/usr/share/fonts/truetype/dejavu")


@pytest.mark.skipif(not DEJAVU.is_dir(), reason="needs the DejaVu fonts")
def test_a_machine_with_only_dejavu_still_writes_a_readable_pdf(
    db: Database, tmp_path: Path
) -> None:
    """CJK and emoji fall back to empty boxes there, but nothing crashes and
    every Latin name stays intact."""
    with db.transaction() as session:
        oid = occasions_data.create_occasion(session, OccasionRecord(None, "Noël 🎄", "holiday"))
        a = people_data.create_person(session, PersonRecord(None, "Chloé"))
        b = people_data.create_person(session, PersonRecord(None, "王小明"))
        gifts_data.create_gift(
            session,
            GiftRecord(None, "Vélo 🚲", oid, "selected", price_cents=12_000, recipient_ids=(a, b)),
        )
    config = tmp_path / "fonts.conf"
    config.write_text(
        "<?xml version='1.0'?><!DOCTYPE fontconfig SYSTEM 'fonts.dtd'><fontconfig>"
        f"<dir>{DEJAVU}</dir><cachedir>{tmp_path / 'fc-cache'}</cachedir></fontconfig>",
        encoding="utf-8",
    )
    env = dict(os.environ, FONTCONFIG_FILE=str(config), QT_QPA_PLATFORM="offscreen")
    out = tmp_path / "dejavu.pdf"
    result = subprocess.run(
        [sys.executable, "-m", "giftdesk", "export", "budget", "--db", str(db.path), "-o", str(out)],
        capture_output=True, text=True, env=env, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True).stdout
    assert "DejaVu" in fonts and "Noto" not in fonts
    text = flat(pdf_text(out))
    for word in ("Chloé", "Noël", "Vélo", "€120.00" if "€" in text else "120.00", "Who buys what"):
        assert word in text
