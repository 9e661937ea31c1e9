"""Printing and exporting the budget summary: preview, PDF, HTML and CSV.

The document itself comes from the pure ``giftdesk.ui.report`` function;
this module lays it out on pages and writes files:

- ``make_document`` lays the HTML out for a paged device (a ``QPdfWriter``
  or a ``QPrinter``) and moves a section to the next page when it would
  otherwise be split though it fits on one page (QTextDocument knows no
  ``page-break-inside: avoid``); tables repeat their header rows by
  themselves (``<thead>``).
- ``paint_document`` draws the pages with a footer "Budget summary · page 2
  of 5" (QTextDocument.print_ draws no page numbers once the document has a
  page size, which it needs for the section handling above).
- ``export_budget_document`` is what ``giftdesk export budget --format
  pdf|html`` calls; it works without a display.
- ``print_budget`` / ``export_budget`` are the window's actions.

Files are written beside the target and moved over it, so a failure never
leaves half a file.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TextIO

from PySide6.QtCore import QCoreApplication, QLocale, QMarginsF, QRectF, QSizeF, QStandardPaths, Qt
from PySide6.QtGui import (
    QFont,
    QFontDatabase,
    QGuiApplication,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextBlock,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
)

from giftdesk import i18n
from giftdesk.data.budget import ALL, BudgetSummary, OccasionChoice, compute_budget_summary
from giftdesk.data.budget_csv import select_occasions, write_budget_csv
from giftdesk.data.database import Database
from giftdesk.data.errors import GiftdeskError
from giftdesk.data.files import write_atomically, write_text_atomically
from giftdesk.data.members import Viewer, hidden_gifts_note, viewer
from giftdesk.data.messages import translatable
from giftdesk.data.shopping import shopping_list
from giftdesk.i18n import translate
from giftdesk.ui.report import TITLE, budget_report_html

FORMATS = ("pdf", "html", "csv")
PDF_RESOLUTION = 300  # dpi of the PDF's coordinate system (text stays vector)
MARGINS_MM = QMarginsF(18, 16, 18, 14)
FOOTER_POINTS = 8
BODY_POINTS = 10

# Kept alive for the whole process when the command line had to create it.
_app: QGuiApplication | None = None


# -- data to HTML -----------------------------------------------------------------


def budget_report(
    db: Database,
    choice: OccasionChoice = ALL,
    *,
    occasion_name: str | None = None,
    locale: QLocale | None = None,
    today: dt.date | None = None,
) -> tuple[str, str | None]:
    """(HTML, scope) of the summary for ``choice`` or for the occasion named.

    One budget computation and one shopping query, whatever the data size.
    Raises GiftdeskError when ``occasion_name`` matches no occasion.
    """
    with db.reading() as session:
        summary = compute_budget_summary(session, ALL if occasion_name else choice)
        shopping = shopping_list(session, ALL if occasion_name else choice)
        who = viewer(session)
    scope: str | None = None
    if occasion_name is not None:
        summary = select_occasions(summary, occasion_name)
        wanted = {occasion.occasion_id for occasion in summary.occasions}
        shopping = [item for item in shopping if item.occasion_id in wanted]
        scope = summary.occasions[0].name
    elif choice is not ALL:
        scope = _scope_name(summary, choice)
    html = budget_report_html(
        summary,
        shopping,
        locale=locale or QLocale(),
        today=today or dt.date.today(),
        scope=scope,
        hidden_note=_hidden_note(who, summary),
    )
    return html, scope


def _hidden_note(who: Viewer, summary: BudgetSummary) -> str | None:
    """For a family member: how many gifts of these occasions the figures leave out."""
    hidden = sum(who.hidden_in(occasion.occasion_id) for occasion in summary.occasions)
    if not hidden:
        return None
    return str(
        translatable("Members", "{hidden} These figures leave them out.").format(
            hidden=f"{hidden_gifts_note(hidden)}."
        )
    )


def _scope_name(summary: BudgetSummary, choice: int | None) -> str:
    """The name of one occasion (or of the no-occasion bucket) as a report's scope."""
    found = summary.occasion(choice)
    if found is not None:
        return found.name
    from giftdesk.data.budget import NO_OCCASION_NAME

    return (
        NO_OCCASION_NAME
        if choice is None
        else translate("ReportExport", "an occasion that no longer exists")
    )


def document_title(scope: str | None) -> str:
    return TITLE if scope is None else f"{TITLE}: {scope}"


# -- pages ------------------------------------------------------------------------


def default_page_size(locale: QLocale | None = None) -> QPageSize:
    """Letter where the locale measures in US units, A4 everywhere else."""
    locale = locale or QLocale()
    if locale.measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem:
        return QPageSize(QPageSize.PageSizeId.Letter)
    return QPageSize(QPageSize.PageSizeId.A4)


def report_font() -> QFont:
    """The desktop's usual font at print size; Qt falls back per glyph
    (CJK, emoji) to whatever installed font has it."""
    font = QFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont))
    font.setPointSizeF(BODY_POINTS)
    return font


def _footer_font() -> QFont:
    font = report_font()
    font.setPointSizeF(FOOTER_POINTS)
    return font


def _body_rect(device: QPagedPaintDevice) -> QRectF:
    """The printable body of a page in device pixels, origin at the margin."""
    # A printer's or PDF writer's logical DPI is its resolution.
    rect = device.pageLayout().paintRectPixels(device.logicalDpiX())
    return QRectF(0, 0, rect.width(), rect.height())


def _footer_height(device: QPagedPaintDevice) -> float:
    return FOOTER_POINTS * 3.0 * device.logicalDpiX() / 72.0


def make_document(html: str, device: QPagedPaintDevice) -> QTextDocument:
    """The HTML laid out in pages of ``device``, sections kept together."""
    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(device)
    doc.setDefaultFont(report_font())
    doc.setDocumentMargin(0)
    body = _body_rect(device)
    doc.setPageSize(QSizeF(body.width(), body.height() - _footer_height(device)))
    doc.setHtml(html)
    keep_sections_together(doc)
    return doc


def keep_sections_together(doc: QTextDocument) -> int:
    """Start a section (a heading up to the next one) on a new page when it
    would be split across pages but fits on one; a section longer than a
    page starts on a new page if its heading would sit at a page's foot.

    Laying a long document out again after every page break costs a full
    layout each (minutes for a big family), so the breaks are planned on
    one unpaginated layout, where section heights simply add up, applied
    together, and then checked on the real pages; only a section that a
    long table's page breaks pushed out of place costs a layout of its own.
    Returns the number of page breaks added.
    """
    page = doc.pageSize()
    headings = _headings(doc)
    if not headings:
        return 0
    layout = doc.documentLayout()
    doc.setPageSize(QSizeF(page.width(), 1e9))  # one endless page: natural heights
    tops = [layout.blockBoundingRect(heading).top() for heading in headings]
    tops.append(layout.documentSize().height())
    doc.setPageSize(page)
    height = page.height()

    planned = []
    y = tops[0]
    for index, heading in enumerate(headings):
        size = tops[index + 1] - tops[index]
        if _breaks_before(heading):
            y = 0.0
        elif y > 0 and y + size > height:
            room = height - y
            if size <= height * 0.98 or room < height * 0.2:
                planned.append(heading)
                y = 0.0
        y += size
        if y > height:  # a long section: Qt moves table rows that straddle pages
            y = y % height + height * 0.03
    _break_before_all(doc, planned)
    doc.markContentsDirty(0, doc.characterCount())
    return len(planned) + _fix_remaining_splits(doc, headings)


def _headings(doc: QTextDocument) -> list[QTextBlock]:
    found = []
    block = doc.begin()
    while block.isValid():
        if block.blockFormat().headingLevel() in (2, 3):
            found.append(block)
        block = block.next()
    return found


def _breaks_before(block: QTextBlock) -> bool:
    policy = block.blockFormat().pageBreakPolicy()
    return bool(policy & QTextBlockFormat.PageBreakFlag.PageBreak_AlwaysBefore)


def _break_before_all(doc: QTextDocument, blocks: list[QTextBlock]) -> None:
    """Page breaks before ``blocks``, in one edit block: one relayout, not one each."""
    if not blocks:
        return
    cursor = QTextCursor(doc)
    cursor.beginEditBlock()
    for block in blocks:
        fmt = block.blockFormat()
        fmt.setPageBreakPolicy(QTextBlockFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        cursor.setPosition(block.position())
        cursor.setBlockFormat(fmt)
    cursor.endEditBlock()


def _fix_remaining_splits(doc: QTextDocument, headings: list[QTextBlock]) -> int:
    """Check the plan on the real pages; break where a section still splits.

    A forced page break makes everything after it independent of what comes
    before, so one pass can fix the first split after each forced break; a
    pass costs one layout, and usually one pass is enough.
    """
    layout = doc.documentLayout()
    page = doc.pageSize().height()
    added = 0
    for _pass in range(6):
        fixes = []
        settled = True  # positions in this stretch are still true
        for index, heading in enumerate(headings):
            if _breaks_before(heading):
                settled = True
                continue
            if not settled:
                continue
            top = layout.blockBoundingRect(heading).top()
            if index + 1 < len(headings):
                end = _bottom_before(doc, headings[index + 1])
            else:
                end = layout.documentSize().height()
            first_page, last_page = int(top // page), int(max(top, end - 1) // page)
            if first_page == last_page or top % page < 1:
                continue
            room = (first_page + 1) * page - top
            if end - top <= page * 0.98 or room < page * 0.2:
                fixes.append(heading)
                settled = False
        if not fixes:
            break
        _break_before_all(doc, fixes)
        # Qt's incremental relayout after format changes can leave blocks
        # between two tables undrawn; lay the whole document out afresh.
        doc.markContentsDirty(0, doc.characterCount())
        added += len(fixes)
    return added


def _bottom_before(doc: QTextDocument, block: QTextBlock) -> float:
    """Where the content before ``block`` ends (not where ``block`` starts:
    a forced page break would count the rest of the page as content)."""
    layout = doc.documentLayout()
    cursor = QTextCursor(doc)
    cursor.setPosition(max(0, block.position() - 1))
    table = cursor.currentTable()
    if table is not None:
        return layout.frameBoundingRect(table).bottom()
    previous = block.previous()
    if previous.isValid():
        return layout.blockBoundingRect(previous).bottom()
    return layout.blockBoundingRect(block).top()


def paint_document(doc: QTextDocument, device: QPagedPaintDevice, title: str) -> int:
    """Draw every page of ``doc`` on ``device`` with a page-number footer.

    Returns the number of pages.
    """
    body = _body_rect(device)
    page_height = doc.pageSize().height()
    pages = max(1, doc.pageCount())
    painter = QPainter()
    if not painter.begin(device):
        raise GiftdeskError(
            translatable(
                "ReportExport", "The page could not be drawn (the printer or file refused it)."
            )
        )
    try:
        footer_font = _footer_font()
        for number in range(pages):
            if number:
                device.newPage()
            painter.save()
            painter.setClipRect(QRectF(0, 0, body.width(), page_height))
            painter.translate(0, -number * page_height)
            doc.drawContents(painter, QRectF(0, number * page_height, body.width(), page_height))
            painter.restore()
            painter.save()
            painter.setFont(footer_font)
            painter.setPen(Qt.GlobalColor.darkGray)
            footer = QRectF(0, body.height() - _footer_height(device) / 2, body.width(), 1)
            footer.setHeight(_footer_height(device) / 2)
            painter.drawText(
                footer, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom, title
            )
            painter.drawText(
                footer,
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom,
                translate("ReportExport", "page {value} of {pages}").format(
                    value=number + 1, pages=pages
                ),
            )
            painter.restore()
    finally:
        painter.end()
    return pages


def configure_page(device: QPagedPaintDevice, locale: QLocale | None = None) -> None:
    device.setPageLayout(
        QPageLayout(
            default_page_size(locale),
            QPageLayout.Orientation.Portrait,
            MARGINS_MM,
            QPageLayout.Unit.Millimeter,
        )
    )


# -- files ------------------------------------------------------------------------


def write_pdf(html: str, path: Path, title: str, locale: QLocale | None = None) -> int:
    """Write the report as a PDF; returns the number of pages."""
    ensure_gui_application()

    def produce(tmp: Path) -> int:
        writer = QPdfWriter(str(tmp))
        writer.setResolution(PDF_RESOLUTION)
        writer.setTitle(title)
        writer.setCreator("giftdesk")
        configure_page(writer, locale)
        doc = make_document(html, writer)
        return paint_document(doc, writer, title)

    return write_atomically(path, produce)


def write_html(html: str, path: Path) -> None:
    def write(stream: TextIO) -> None:
        stream.write(html)

    write_text_atomically(path, write, newline="\n")


def ensure_gui_application() -> None:
    """Fonts and PDF writing need a QGuiApplication; the command line has
    none, and maybe no display either (then Qt draws offscreen)."""
    global _app
    instance = QCoreApplication.instance()
    if instance is not None:
        if not isinstance(instance, QGuiApplication):
            raise GiftdeskError(
                translatable(
                    "ReportExport", "Writing a PDF needs Qt's graphical part, which is not running."
                )
            )
        return
    if (
        sys.platform.startswith("linux")
        and not os.environ.get("DISPLAY")
        and not os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _app = QGuiApplication(["giftdesk"])
    i18n.install_into(_app)


def export_budget_document(
    db: Database,
    path: Path,
    fmt: str,
    occasion_name: str | None = None,
    warn: Callable[[str], None] | None = None,
) -> None:
    """Write the budget summary as ``fmt`` (``pdf`` or ``html``) to ``path``.

    All occasions, or only the one named (GiftdeskError if there is none).
    Used by ``giftdesk export budget``; needs no display. ``warn`` hears,
    before a PDF is written, which names no installed font can draw.
    """
    if fmt not in ("pdf", "html"):
        raise GiftdeskError(
            translatable(
                "ReportExport", "Cannot write the budget summary as “{fmt}”; use pdf or html."
            ).format(fmt=fmt)
        )
    ensure_gui_application()
    html, scope = budget_report(db, occasion_name=occasion_name)
    if fmt == "pdf":
        sentence = missing_glyphs_sentence(html) if warn is not None else None
        if sentence is not None and warn is not None:
            warn(sentence)
        write_pdf(html, Path(path), document_title(scope))
    else:
        write_html(html, Path(path))


def export_to(db: Database, path: Path, fmt: str, choice: OccasionChoice = ALL) -> None:
    """Write the summary of ``choice`` (ALL, an occasion id or None) as ``fmt``."""
    if fmt == "csv":
        if choice is ALL:
            write_budget_csv(db, path)
            return
        from giftdesk.data.budget_csv import budget_csv_rows, write_rows_atomically

        with db.reading() as session:
            summary = compute_budget_summary(session, choice)
        write_rows_atomically(Path(path), budget_csv_rows(summary))
        return
    html, scope = budget_report(db, choice)
    if fmt == "pdf":
        write_pdf(html, Path(path), document_title(scope))
    elif fmt == "html":
        write_html(html, Path(path))
    else:
        raise GiftdeskError(
            translatable(
                "ReportExport", "Cannot write the budget summary as “{fmt}”; use pdf, html or csv."
            ).format(fmt=fmt)
        )


# -- the save dialog's choice -----------------------------------------------------

FILTERS = {
    "pdf": translate("ReportExport", "PDF document (*.pdf)"),
    "html": translate("ReportExport", "Web page (*.html *.htm)"),
    "csv": translate("ReportExport", "Spreadsheet, CSV (*.csv)"),
}


def format_for(path: str, selected_filter: str) -> tuple[Path, str]:
    """The file and format a save dialog's answer means.

    A known ending wins (``summary.csv`` is CSV whatever the filter says);
    otherwise the chosen filter decides and its ending is added.
    """
    chosen = Path(path)
    suffix = chosen.suffix.lower().lstrip(".")
    if suffix == "htm":
        suffix = "html"
    if suffix in FORMATS:
        return chosen, suffix
    fmt = next((key for key, text in FILTERS.items() if text == selected_filter), "pdf")
    return chosen.with_name(chosen.name + "." + fmt), fmt


def suggested_file_name(scope: str | None, fmt: str = "pdf") -> str:
    name = document_title(scope).replace(":", " –")
    name = re.sub(r'[\\/*?"<>|]+', " ", name).strip()
    return f"{name}.{fmt}"


def suggested_folder() -> str:
    return QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation
    ) or str(Path.home())


# -- the window's actions ------------------------------------------------------


def run_dialog(dialog: Any) -> int:
    """Run a modal dialog (tests replace this to drive it)."""
    return int(dialog.exec())


def ask_save_path(
    parent: Any, caption: str, start: str, filters: str, chosen: str
) -> tuple[str, str]:
    """The save dialog (tests replace this accessor)."""
    from PySide6.QtWidgets import QFileDialog

    return QFileDialog.getSaveFileName(parent, caption, start, filters, chosen)


def show_error(parent: Any, text: str) -> None:
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.warning(parent, translate("ReportExport", "Budget summary not saved"), text)


def missing_glyphs_sentence(html: str) -> str | None:
    """What to say when names in the report have letters no available font can draw."""
    from giftdesk.ui.font_coverage import coverage_sentence, document_texts, undrawable

    doc = QTextDocument()
    doc.setDefaultFont(report_font())
    doc.setHtml(html)
    missing = undrawable(document_texts(doc), report_font())
    return coverage_sentence(missing) if missing else None


def ask_save_anyway(parent: Any, text: str) -> bool:
    """Tell about the missing letters; the PDF can still be saved (tests replace this)."""
    from PySide6.QtWidgets import QMessageBox

    answer = QMessageBox.question(
        parent,
        translate("ReportExport", "Some names cannot be drawn"),
        translate("ReportExport", "{text}\n\nSave the PDF anyway?").format(text=text),
        QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Save,
    )
    return answer == QMessageBox.StandardButton.Save


def fonts_accepted(parent: Any, db: Database, choice: OccasionChoice = ALL) -> bool:
    """Before writing a PDF: True when every letter can be drawn or the person goes on."""
    html, _scope = budget_report(db, choice)
    sentence = missing_glyphs_sentence(html)
    return sentence is None or ask_save_anyway(parent, sentence)


def print_budget(parent: Any, db: Database, choice: OccasionChoice = ALL) -> Any:
    """Ctrl+P: the summary in a print preview, from which it prints."""
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

    html, scope = budget_report(db, choice)
    title = document_title(scope)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    configure_page(printer)
    printer.setDocName(title)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setObjectName("budgetPrintPreview")
    dialog.setWindowTitle(translate("ReportExport", "Print preview: {title}").format(title=title))
    dialog.resize(900, 1000)
    dialog.paintRequested.connect(
        lambda device: paint_document(make_document(html, device), device, title)
    )
    run_dialog(dialog)
    return dialog


def export_budget(
    parent: Any,
    db: Database,
    choice: OccasionChoice = ALL,
    report: Any = None,
) -> Path | None:
    """The Export action: ask where and as what, then write it. Returns the file."""
    scope = None
    if choice is not ALL:
        with db.reading() as session:
            scope = _scope_name(compute_budget_summary(session, choice), choice)
    start = str(Path(suggested_folder()) / suggested_file_name(scope, "pdf"))
    filters = ";;".join(FILTERS.values())
    path, selected = ask_save_path(
        parent, translate("ReportExport", "Export budget summary"), start, filters, FILTERS["pdf"]
    )
    if not path:
        return None
    target, fmt = format_for(path, selected)
    if fmt == "pdf" and not fonts_accepted(parent, db, choice):
        return None
    try:
        export_to(db, target, fmt, choice)
    except GiftdeskError as error:
        show_error(parent, str(error))
        return None
    if report is not None:
        report(translate("ReportExport", "Budget summary saved to {target}").format(target=target))
    return target
