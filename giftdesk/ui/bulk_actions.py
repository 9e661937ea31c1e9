"""Old import path, kept while other branches still import from it (see ``giftdesk.ui.bulk``)."""

from giftdesk.ui.bulk.actions import STATUS_LABELS, BulkActions, install
from giftdesk.ui.bulk.cell_delegate import PurchaserCellDelegate
from giftdesk.ui.bulk.picker_data import PickerData, _figures_from_summary, load_picker_data
from giftdesk.ui.dialogs.occasion_chooser import OccasionChooserDialog

__all__ = [
    "STATUS_LABELS",
    "BulkActions",
    "OccasionChooserDialog",
    "PickerData",
    "PurchaserCellDelegate",
    "_figures_from_summary",
    "install",
    "load_picker_data",
]
