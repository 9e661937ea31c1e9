"""Add or edit a gift: what, for whom, who buys it, for which occasion, at what price."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QSizePolicy,
    QSpinBox,
    QWidget,
)

from giftdesk.data.fields import (
    GIFT_NAME_MAX,
    GIFT_STATUSES,
    PRIORITIES,
    QUANTITY_MAX,
    SHORT_TEXT_MAX,
    URL_MAX,
)
from giftdesk.data.records import GiftRecord
from giftdesk.data.validation import check_sale_price, validate_gift
from giftdesk.i18n import translate
from giftdesk.ui.dialogs.common import CheckList, FormDialog, OptionalDateEdit
from giftdesk.ui.models.labels import PRIORITY_LABELS, STATUS_LABELS, status_icon
from giftdesk.ui.money import format_amount, parse_money_text
from giftdesk.ui.purchaser_picker import PickerFactory, PurchaserField

SHARED = "shared"
SEPARATE = "separate"


def ask_shared_or_separate(parent: QWidget | None, count: int) -> str | None:
    """“One shared gift, or a separate gift for each?” → SHARED, SEPARATE or None."""
    box = QMessageBox(parent)
    box.setObjectName("sharedOrSeparateQuestion")
    box.setWindowTitle(translate("Gift", "Several recipients"))
    box.setIcon(QMessageBox.Icon.Question)
    box.setText(
        translate(
            "Gift", "This gift is for {count} people. One shared gift, or a separate gift for each?"
        ).format(count=count)
    )
    box.setInformativeText(
        translate(
            "Gift",
            "A shared gift is one gift whose cost is split between them; separate gifts "
            "make {count} gifts, one for each person, at the full price.",
        ).format(count=count)
    )
    shared = box.addButton(translate("Gift", "One shared gift"), QMessageBox.ButtonRole.AcceptRole)
    separate = box.addButton(
        translate("Gift", "{count} separate gifts").format(count=count),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(shared)
    box.exec()
    clicked = box.clickedButton()
    if clicked is shared:
        return SHARED
    if clicked is separate:
        return SEPARATE
    return None


class GiftDialog(FormDialog[GiftRecord]):
    def __init__(
        self,
        parent: QWidget | None,
        record: GiftRecord | None,
        people: Sequence[tuple[int, str]],
        occasions: Sequence[tuple[int, str]],
        submit: Callable[[GiftRecord], None] | None = None,
        *,
        default_occasion_id: int | None = None,
        make_picker: PickerFactory | None = None,
    ) -> None:
        super().__init__(
            parent,
            translate("GiftDialog", "Edit gift") if record else translate("GiftDialog", "New gift"),
            submit,
        )
        self.setObjectName("GiftDialog")
        self._id = record.id if record else None
        # The saved change is refused if another computer changed the row meanwhile.
        self._version = record.version if record else 0

        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("nameEdit")
        self.name_edit.setPlaceholderText(translate("GiftDialog", "e.g. Wool scarf"))
        self.occasion_combo = QComboBox()
        self.occasion_combo.setObjectName("occasionCombo")
        self.occasion_combo.addItem(translate("GiftDialog", "No occasion"), None)
        for occasion_id, name in occasions:
            self.occasion_combo.addItem(name, occasion_id)
        self.status_combo = QComboBox()
        self.status_combo.setObjectName("statusCombo")
        for status in GIFT_STATUSES:
            self.status_combo.addItem(status_icon(status), STATUS_LABELS[status], status)
        self.priority_combo = QComboBox()
        self.priority_combo.setObjectName("priorityCombo")
        for priority in PRIORITIES:
            self.priority_combo.addItem(
                PRIORITY_LABELS.get(priority, priority.capitalize()), priority
            )
        self.price_edit = self._money_edit("priceEdit", translate("GiftDialog", "no price yet"))
        self.sale_price_edit = self._money_edit(
            "salePriceEdit", translate("GiftDialog", "not on sale")
        )
        self.quantity_spin = QSpinBox()
        self.quantity_spin.setObjectName("quantitySpin")
        # 0 reaches the check, which says why, instead of being put back silently.
        self.quantity_spin.setRange(0, QUANTITY_MAX)
        self.quantity_spin.setValue(1)
        self.store_edit = QLineEdit()
        self.store_edit.setObjectName("storeEdit")
        self.url_edit = QLineEdit()
        self.url_edit.setObjectName("urlEdit")
        self.url_edit.setPlaceholderText(translate("GiftDialog", "https://…"))
        self.purchase_date_edit = OptionalDateEdit(
            field="purchase_date", label=translate("GiftDialog", "Bought on")
        )
        self.purchase_date_edit.setObjectName("purchaseDateEdit")

        self.recipients_list = CheckList(people, translate("GiftDialog", "Search people…"))
        self.recipients_list.setObjectName("recipientsList")
        # The purchaser is chosen in the person picker ("Choose…")
        self.purchaser_combo = PurchaserField(
            people,
            occasion=self.occasion_combo.currentData,
            gift_name=self.name_edit.text,
            make_picker=make_picker,
        )
        # A long purchaser name wraps in its own column instead of squeezing the left one.
        name_label = self.purchaser_combo.name_label
        name_label.setWordWrap(True)
        name_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.contributors_list = CheckList(people, translate("GiftDialog", "Search people…"))
        self.contributors_list.setObjectName("contributorsList")
        self.contributors_list.list.setMaximumHeight(110)
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setFixedHeight(64)

        self.add_field(
            "name", translate("GiftDialog", "&Gift:"), self.name_edit, max_length=GIFT_NAME_MAX
        )
        self.add_field("occasion", translate("GiftDialog", "&Occasion:"), self.occasion_combo)
        self.add_field("status", translate("GiftDialog", "&Status:"), self.status_combo)
        self.add_field("priority", translate("GiftDialog", "P&riority:"), self.priority_combo)
        self.add_field("price", translate("GiftDialog", "&Price:"), self.price_edit)
        self.add_field("sale_price", translate("GiftDialog", "Sa&le price:"), self.sale_price_edit)
        self.add_field("quantity", translate("GiftDialog", "&Quantity:"), self.quantity_spin)
        self.add_field(
            "store", translate("GiftDialog", "S&tore:"), self.store_edit, max_length=SHORT_TEXT_MAX
        )
        self.add_field("url", translate("GiftDialog", "&Link:"), self.url_edit, max_length=URL_MAX)
        self.add_field(
            "purchase_date", translate("GiftDialog", "Bought o&n:"), self.purchase_date_edit
        )
        self.people_form = QFormLayout()
        self.people_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.people_form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.columns.addSpacing(16)
        self.columns.addLayout(self.people_form, 1)
        self.add_field(
            "recipients", translate("GiftDialog", "&For:"), self.recipients_list, self.people_form
        )
        self.add_field(
            "purchaser",
            translate("GiftDialog", "&Bought by:"),
            self.purchaser_combo,
            self.people_form,
        )
        self.add_field(
            "contributors",
            translate("GiftDialog", "&Chipping in:"),
            self.contributors_list,
            self.people_form,
        )
        self.add_field(
            "notes", translate("GiftDialog", "N&otes:"), self.notes_edit, self.people_form
        )

        if record is not None:
            self.name_edit.setText(record.name)
            self._choose(self.occasion_combo, record.occasion_id)
            self._choose(self.status_combo, record.status)
            self._choose(self.priority_combo, record.priority)
            self.price_edit.setText(format_amount(record.price_cents))
            self.sale_price_edit.setText(format_amount(record.sale_price_cents))
            self.quantity_spin.setValue(record.quantity)
            self.store_edit.setText(record.store or "")
            self.url_edit.setText(record.url or "")
            self.purchase_date_edit.set_value(record.purchase_date)
            self.recipients_list.set_checked(record.recipient_ids)
            self.purchaser_combo.set_current_id(record.purchaser_id)
            self.contributors_list.set_checked(record.contributor_ids)
            self.notes_edit.setPlainText(record.notes or "")
        else:
            self._choose(self.occasion_combo, default_occasion_id)
            self._choose(self.priority_combo, "medium")
        self.setMinimumWidth(820)
        self.name_edit.setFocus()

    @staticmethod
    def _choose(combo: QComboBox, value: object) -> None:
        at = combo.findData(value)
        combo.setCurrentIndex(max(at, 0))

    @staticmethod
    def _money_edit(name: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        edit.setPlaceholderText(placeholder)
        edit.setMaximumWidth(160)
        return edit

    def build_record(self) -> GiftRecord:
        record = validate_gift(
            GiftRecord(
                id=self._id,
                version=self._version,
                name=self.name_edit.text(),
                occasion_id=self.occasion_combo.currentData(),
                status=self.status_combo.currentData(),
                priority=self.priority_combo.currentData(),
                price_cents=parse_money_text("price", self.price_edit.text()),
                sale_price_cents=parse_money_text("sale_price", self.sale_price_edit.text()),
                quantity=self.quantity_spin.value(),
                store=self.store_edit.text(),
                url=self.url_edit.text(),
                notes=self.notes_edit.toPlainText(),
                purchase_date=self.purchase_date_edit.value(),
                purchaser_id=self.purchaser_combo.current_id(),
                recipient_ids=self.recipients_list.checked_ids(),
                contributor_ids=self.contributors_list.checked_ids(),
            )
        )
        check_sale_price(record.price_cents, record.sale_price_cents)
        return record
