"""The README's two screenshots of one family on a shared database.

Two giftdesk windows (Anna's computer and Sam's), each with its own
connection to a fresh PostgreSQL database holding the example family. The
"before" picture shows both; then Anna marks the cashmere scarf bought by
her, and the "after" picture shows Sam's window a moment later, with the
row, the budget panel and Coming up changed without a click.

    QT_QPA_PLATFORM=offscreen python tools/shared_screenshots.py \\
        --server postgresql://root@127.0.0.1:5432/test --out docs

The server's role must be allowed to create databases; the database made
(``--name``, default ``family``) is dropped afterwards.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import os
import sys
import tempfile
import time
from functools import partial
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("GIFTDESK_BACKUP_DIR", tempfile.mkdtemp(prefix="giftdesk-screens-"))

from PySide6.QtCore import QEvent, QLocale, QRect, QSettings, Qt  # noqa: E402
from PySide6.QtGui import QColor, QFont, QImage, QPainter  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from sqlalchemy import create_engine  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402

WINDOW = (1280, 680)
CAPTION = 34
GAP = 16


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--server", default="postgresql://root@127.0.0.1:5432/test")
    parser.add_argument("--name", default="family")
    parser.add_argument("--out", type=Path, default=Path("docs"))
    args = parser.parse_args()

    app = QApplication.instance() or QApplication(sys.argv)
    # Money as a family sees it (a bare machine's C locale has no currency sign).
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.Ireland))
    server = make_url(args.server).set(drivername="postgresql+psycopg")
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.exec_driver_sql(f'DROP DATABASE IF EXISTS "{args.name}" WITH (FORCE)')
        connection.exec_driver_sql(f'CREATE DATABASE "{args.name}"')
    address = server.set(drivername="postgresql", database=args.name).render_as_string(
        hide_password=False
    )
    try:
        shoot(app, address, args.out)
    finally:
        with admin.connect() as connection:
            connection.exec_driver_sql(f'DROP DATABASE IF EXISTS "{args.name}" WITH (FORCE)')
        admin.dispose()
    return 0


def shoot(app: QApplication, address: str, out: Path) -> None:
    from giftdesk.data import gifts as gift_data
    from giftdesk.data import people as people_data
    from giftdesk.data.database import open_database
    from giftdesk.data.demo import load_demo
    from giftdesk.data.operations import gifts as gift_ops
    from giftdesk.ui.main_window import MainWindow

    annas_db = open_database(address)
    with annas_db.transaction() as session:
        load_demo(session)
    sams_db = open_database(address)  # another computer: its own connection
    folder = Path(tempfile.mkdtemp(prefix="giftdesk-screens-settings-"))
    windows = []
    for db, who in ((annas_db, "anna"), (sams_db, "sam")):
        window = MainWindow(db, QSettings(str(folder / f"{who}.ini"), QSettings.Format.IniFormat))
        window.resize(*WINDOW)
        window.show()
        windows.append(window)
    annas, sams = windows
    wait(app, lambda: all(w.live.updates and w.live.updates.backend_pid() for w in windows))
    wait(app, lambda: all(w.budget_panel.model.rowCount() for w in windows), seconds=5)

    with annas_db.reading() as session:
        scarf = next(
            gift_data.get_gift(session, row.id)
            for row in annas.gift_model.rows()
            if row.name == "Cashmere scarf"
        )
        anna = people_data.find_person_by_name(session, "Anna")
    assert anna is not None and anna.id is not None
    annas.gift_view.selectRow(row_in_view(annas, scarf.id))
    settle(app)
    compose(
        out / "screenshot-shared-before.png",
        (annas, "Anna's computer"),
        (sams, "Sam's computer"),
    )

    bought = dataclasses.replace(
        scarf, status="purchased", purchaser_id=anna.id, purchase_date=dt.date.today()
    )
    started = time.perf_counter()
    annas.runner.run(
        "Mark the scarf bought", partial(gift_ops.edit_gift, record=bought), raise_refusal=True
    )
    annas.gift_view.selectRow(row_in_view(annas, scarf.id))
    wait(app, lambda: shown_status(sams, scarf.id) == "purchased")
    arrived = time.perf_counter() - started
    settle(app)
    compose(
        out / "screenshot-shared-after.png",
        (annas, "Anna's computer: she marks the cashmere scarf bought"),
        (sams, f"Sam's computer, {arrived * 1000:.0f} ms later, without a click"),
    )
    for window in windows:
        window.close()
    annas_db.close()
    sams_db.close()
    print(f"the change arrived in Sam's window {arrived:.2f} s after Anna's commit")


def row_in_view(window, gift_id: int) -> int:  # type: ignore[no-untyped-def]
    """The row of ``gift_id`` in the window's gift view (sorted and filtered)."""
    view = window.gift_view
    proxy = view.model()
    for row in range(proxy.rowCount()):
        if proxy.item_at(row).id == gift_id:
            return row
    raise LookupError(gift_id)


def shown_status(window, gift_id: int) -> str | None:  # type: ignore[no-untyped-def]
    item = window.gift_model.item_for_id(gift_id)
    return item.status if item is not None else None


def wait(app: QApplication, done, seconds: float = 10) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + seconds
    while not done():
        if time.monotonic() > deadline:
            raise TimeoutError("the windows did not get there in time")
        app.processEvents()
        time.sleep(0.01)


def settle(app: QApplication) -> None:
    """Let workers and timers finish painting.

    Widgets replaced by ``deleteLater`` go only when the event loop runs;
    ``processEvents`` from here is not the loop, so they are sent their
    deferred deletes by hand (else an old label would show under its new one).
    """
    end = time.monotonic() + 1.0
    while time.monotonic() < end:
        app.processEvents()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        time.sleep(0.01)


def compose(path: Path, *shots) -> None:  # type: ignore[no-untyped-def]
    """The windows side by side, each under a caption with its title (no window frame
    offscreen)."""
    images = [window.grab().toImage() for window, _ in shots]
    width = sum(image.width() for image in images) + GAP * (len(images) + 1)
    height = max(image.height() for image in images) + CAPTION + 2 * GAP
    canvas = QImage(width, height, QImage.Format.Format_RGB32)
    canvas.fill(QColor("#d9dde3"))
    painter = QPainter(canvas)
    x = GAP
    for (window, caption), image in zip(shots, images, strict=True):
        painter.fillRect(QRect(x, GAP, image.width(), CAPTION), QColor("#3b4252"))
        painter.setPen(QColor("white"))
        font = QFont(painter.font())
        font.setPointSize(11)
        font.setBold(True)
        painter.setFont(font)
        text_box = QRect(x + 12, GAP, image.width() - 24, CAPTION)
        flags = Qt.AlignmentFlag.AlignVCenter
        painter.drawText(text_box, flags | Qt.AlignmentFlag.AlignLeft, caption)
        font.setBold(False)
        painter.setFont(font)
        painter.drawText(text_box, flags | Qt.AlignmentFlag.AlignRight, window.windowTitle())
        painter.drawImage(x, GAP + CAPTION, image)
        x += image.width() + GAP
    painter.end()
    path.parent.mkdir(parents=True, exist_ok=True)
    if not canvas.save(str(path)):
        raise OSError(f"could not write {path}")
    print(f"wrote {path} ({canvas.width()}×{canvas.height()})")


if __name__ == "__main__":
    raise SystemExit(main())
