"""The people table's model: one ``PersonRow`` per person."""

from __future__ import annotations

from typing import TYPE_CHECKING

from giftdesk.i18n import translate
from giftdesk.ui.models.labels import RIGHT, count_text, format_date
from giftdesk.ui.models.rows import Column, RowTableModel

if TYPE_CHECKING:  # the records module is not needed to show the window
    pass


class PersonTableModel(RowTableModel):
    noun = "person"
    detail_fields = ("id", "name", "relationship", "birthdate", "version")
    figure_fields = ("receiving", "buying")  # recipient links and purchasers

    columns = (
        Column("name", translate("Tables", "Name"), lambda r: r.name, lambda r: r.name),
        Column(
            "relationship",
            translate("Tables", "Relationship"),
            lambda r: r.relationship or "",
            lambda r: r.relationship,
        ),
        Column(
            "birthdate",
            translate("Tables", "Birthday"),
            lambda r: format_date(r.birthdate),
            lambda r: r.birthdate,
        ),
        Column(
            "receiving",
            translate("Tables", "Gifts to receive"),
            lambda r: count_text(r.receiving),
            lambda r: r.receiving,
            align=RIGHT,
        ),
        Column(
            "buying",
            translate("Tables", "Gifts to buy"),
            lambda r: count_text(r.buying),
            lambda r: r.buying,
            align=RIGHT,
            tooltip=translate("Tables", "Gifts this person is the purchaser of"),
        ),
    )
