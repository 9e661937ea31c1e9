"""Render resources/giftdesk.svg to the PNG sizes the desktop entry installs.

Run from the repository root after changing the SVG:
    QT_QPA_PLATFORM=offscreen python resources/render_icons.py
It writes resources/giftdesk-<size>.png for every size in ICON_SIZES.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QRectF, Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from giftdesk.resource_files import ICON_SIZES  # noqa: E402


def render(svg: Path, size: int, target: Path) -> None:
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg} is not a valid SVG file.")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    if not image.save(str(target), "PNG"):
        raise SystemExit(f"Could not write {target}.")


def main() -> None:
    _app = QGuiApplication.instance() or QGuiApplication([])
    svg = HERE / "giftdesk.svg"
    for size in ICON_SIZES:
        target = HERE / f"giftdesk-{size}.png"
        render(svg, size, target)
        print(f"wrote {target.relative_to(HERE.parent)}")


if __name__ == "__main__":
    main()
