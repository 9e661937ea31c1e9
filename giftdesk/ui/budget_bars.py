"""Small "planned and bought against budget" bars for the budget panel.

One painting function serves the table cells (``BudgetBarDelegate``) and the
panel's header (``BudgetBar``). Colours come from the widget's palette so
the bars read in light and dark themes; the over-budget part has its own
colour, and the cell says how far over in words, so colour never speaks alone.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from giftdesk.i18n import translate
from giftdesk.ui.delegates import MoneyDelegate
from giftdesk.ui.money import format_money

AnyIndex = QModelIndex | QPersistentModelIndex

# (planned, bought, budget or None) for a bar cell; see BudgetTableModel.
BAR_ROLE = Qt.ItemDataRole.UserRole + 20
OVER_ROLE = Qt.ItemDataRole.UserRole + 21


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def over_colour(palette: QPalette) -> QColor:
    """A red that reads on the palette's base: deep on light, soft on dark."""
    return QColor("#ff8a80") if is_dark(palette) else QColor("#c62828")


def planned_colour(palette: QPalette) -> QColor:
    colour = QColor(palette.color(QPalette.ColorRole.Highlight))
    colour.setAlpha(110)
    return colour


def bought_colour(palette: QPalette) -> QColor:
    return QColor(palette.color(QPalette.ColorRole.Highlight))


def track_colour(palette: QPalette) -> QColor:
    colour = QColor(palette.color(QPalette.ColorRole.Text))
    colour.setAlpha(38)
    return colour


def over_text(planned: int, budget: int | None) -> str | None:
    """The words beside an over-budget bar: "€12.30 over"."""
    if budget is None or planned <= budget:
        return None
    return translate("BudgetBars", "{amount} over").format(amount=format_money(planned - budget))


def over_short(planned: int, budget: int | None) -> str | None:
    """How far over, where the words do not fit: "+€12.30" (the tooltip says it in full)."""
    if budget is None or planned <= budget:
        return None
    return f"+{format_money(planned - budget)}"


def paint_bar(
    painter: QPainter,
    rect: QRectF,
    planned: int,
    bought: int,
    budget: int | None,
    palette: QPalette,
) -> None:
    """Planned (light) and bought (solid) against the budget (the track).

    Without a budget there is nothing to measure against: no bar. Over
    budget, the track ends at a tick where the budget is and the part past
    it is drawn in the over colour.
    """
    if budget is None:
        return
    scale = max(budget, planned, 1)
    radius = rect.height() / 2

    def width(cents: int) -> float:
        return rect.width() * min(cents, scale) / scale

    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(track_colour(palette))
    painter.drawRoundedRect(
        QRectF(rect.x(), rect.y(), width(budget), rect.height()), radius, radius
    )
    if planned > budget:
        painter.setBrush(over_colour(palette))
        painter.drawRoundedRect(
            QRectF(rect.x(), rect.y(), width(planned), rect.height()), radius, radius
        )
        painter.setBrush(planned_colour(palette))
        painter.drawRect(QRectF(rect.x(), rect.y(), width(budget), rect.height()))
    elif planned:
        painter.setBrush(planned_colour(palette))
        painter.drawRoundedRect(
            QRectF(rect.x(), rect.y(), width(planned), rect.height()), radius, radius
        )
    if bought:
        painter.setBrush(bought_colour(palette))
        painter.drawRoundedRect(
            QRectF(rect.x(), rect.y(), width(min(bought, planned or bought)), rect.height()),
            radius,
            radius,
        )
    if planned > budget:
        tick = rect.x() + width(budget)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        painter.drawLine(QRectF(tick, rect.y() - 2, 0, rect.height() + 4).topLeft(),
                         QRectF(tick, rect.y() - 2, 0, rect.height() + 4).bottomLeft())  # fmt: skip
    painter.restore()


class BudgetBarDelegate(QStyledItemDelegate):
    """A cell with the planned amount (and how far over, in red) above a thin bar.

    The planned amount is always shown. How far over goes beside it when
    both fit on one line, else on a second line (the panel makes such rows
    taller). With ``show_budget`` (the budget column stepped aside in a
    narrow panel) the second line says "of €250.00" on rows within budget.
    """

    BAR_HEIGHT = 5

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.show_budget = False

    def texts(self, option: QStyleOptionViewItem, index: AnyIndex) -> list[tuple[str, bool, int]]:
        """What the cell shows: (text, in the over colour and bold, line 0 or 1)."""
        figures = index.data(BAR_ROLE)
        text = str(index.data() or "")
        if figures is None:
            return [(text, False, 0)]
        planned, _bought, budget = figures
        rect = QRectF(option.rect).adjusted(6, 3, -6, -4)
        two_lines = rect.height() >= 2 * option.fontMetrics.height() + self.BAR_HEIGHT
        over = over_text(planned, budget)
        if over is None:
            if two_lines and self.show_budget and budget is not None:
                return [
                    (text, False, 0),
                    (
                        translate("BudgetBarDelegate", "of {amount}").format(
                            amount=format_money(budget)
                        ),
                        False,
                        1,
                    ),
                ]
            return [(text, False, 0)]
        font = QFont(option.font)
        font.setBold(True)
        bold = QFontMetricsF(font)
        plain = QFontMetricsF(option.font)
        if plain.horizontalAdvance(text) + 8 + bold.horizontalAdvance(over) <= rect.width():
            return [(text, False, 0), (over, True, 0)]
        if bold.horizontalAdvance(over) > rect.width():
            over = over_short(planned, budget) or over
        if two_lines:
            return [(text, False, 0), (over, True, 1)]
        if plain.horizontalAdvance(text) + 6 + bold.horizontalAdvance(over) <= rect.width():
            return [(text, False, 0), (over, True, 0)]
        return [(over, True, 0)]  # a row the panel could not make taller

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        figures = index.data(BAR_ROLE)
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = option.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        if figures is None:
            return
        planned, bought, budget = figures
        palette = option.palette
        rect = QRectF(option.rect).adjusted(6, 3, -6, -4)
        bar = QRectF(rect.x(), rect.bottom() - self.BAR_HEIGHT, rect.width(), self.BAR_HEIGHT)
        lines = self.texts(option, index)
        line_height = option.fontMetrics.height()
        text_rect = QRectF(rect.x(), rect.y(), rect.width(), rect.height() - self.BAR_HEIGHT - 2)
        if budget is None:  # no bar: the figure sits in the middle, like its neighbours
            text_rect = QRectF(rect)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        colour_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        painter.save()
        for text, over, line in lines:
            if any(other_line != line for _t, _o, other_line in lines):
                place = QRectF(text_rect.x(), text_rect.y() + line * line_height,
                               text_rect.width(), line_height)  # fmt: skip
            else:
                place = text_rect
            font = QFont(option.font)
            font.setBold(over)
            painter.setFont(font)
            painter.setPen(
                over_colour(palette) if over and not selected else palette.color(colour_role)
            )
            shares_line = sum(1 for _t, _o, other_line in lines if other_line == line) > 1
            painter.drawText(place, right if over and shares_line else left, text)
        painter.restore()
        paint_bar(painter, bar, planned, bought, budget, palette)

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:  # noqa: N802
        metrics = option.fontMetrics
        return QSize(
            bar_cell_width(metrics, str(index.data() or ""), index.data(BAR_ROLE)),
            metrics.height() + self.BAR_HEIGHT + 12,
        )


def bar_cell_width(
    metrics: Any,
    text: str,
    figures: tuple[int, int, int | None] | None,
    bold_metrics: Any = None,
) -> int:
    """Width a bar cell needs for its figure and its (bold) "… over" words."""
    width = metrics.horizontalAdvance(text) + 14
    if figures is not None:
        over = over_text(figures[0], figures[2])
        if over:
            if bold_metrics is not None:
                width += bold_metrics.horizontalAdvance(over) + 10
            else:
                width += int(metrics.horizontalAdvance(over) * 1.1) + 10
    return max(int(width), 96)


def budget_edit_delegate(parent: QObject | None = None) -> MoneyDelegate:
    """A right-aligned line edit for a budget; empty means "no budget"."""
    return MoneyDelegate(
        parent, object_name="budgetEditor", placeholder=translate("BudgetBars", "no budget")
    )


class BudgetBar(QWidget):
    """The header's bar: an occasion's planned and bought against its budget."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("budgetProgress")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(12)
        self._figures: tuple[int, int, int | None] = (0, 0, None)

    def set_figures(self, planned: int, bought: int, budget: int | None) -> None:
        self._figures = (planned, bought, budget)
        self.setVisible(budget is not None)
        self.update()

    def figures(self) -> tuple[int, int, int | None]:
        return self._figures

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(200, 12)

    def paintEvent(self, _event: Any) -> None:  # noqa: N802
        painter = QPainter(self)
        planned, bought, budget = self._figures
        paint_bar(
            painter,
            QRectF(self.rect()).adjusted(1, 2, -1, -2),
            planned,
            bought,
            budget,
            self.palette(),
        )
        painter.end()
