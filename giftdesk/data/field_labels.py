"""What each field is called in a sentence ("Sale price cannot be negative.").

Field keys (``sale_price``) are machine names and never change; the label is
a translatable message, said in the user's language where it is shown.
"""

from __future__ import annotations

from giftdesk.data.messages import Message, translatable

FIELD_LABELS: dict[str, Message] = {
    "name": translatable("Fields", "Name"),
    "relationship": translatable("Fields", "Relationship"),
    "birthdate": translatable("Fields", "Birthdate"),
    "notes": translatable("Fields", "Notes"),
    "interests": translatable("Fields", "Interests"),
    "sizes": translatable("Fields", "Sizes"),
    "type": translatable("Fields", "Type"),
    "date": translatable("Fields", "Date"),
    "budget": translatable("Fields", "Budget"),
    "status": translatable("Fields", "Status"),
    "priority": translatable("Fields", "Priority"),
    "price": translatable("Fields", "Price"),
    "sale_price": translatable("Fields", "Sale price"),
    "quantity": translatable("Fields", "Quantity"),
    "store": translatable("Fields", "Store"),
    "url": translatable("Fields", "Link"),
    "purchase_date": translatable("Fields", "Purchase date"),
    "recipients": translatable("Fields", "Recipients"),
    "contributors": translatable("Fields", "Contributors"),
    "purchaser": translatable("Fields", "Purchaser"),
    "recipient_budget": translatable("Fields", "Recipient budget"),
    "purchaser_budget": translatable("Fields", "Purchaser budget"),
    "occasion": translatable("Fields", "Occasion"),
    "person": translatable("Fields", "Person"),
}


def field_label(field: str) -> Message | str:
    """The label of ``field`` for a sentence (an unknown key: the key, capitalised)."""
    label = FIELD_LABELS.get(field)
    if label is not None:
        return label
    text = field.replace("_", " ")
    return text[:1].upper() + text[1:]


# A gift's status in a sentence ("12 gifts marked as purchased"); the stored
# value stays the English key.
STATUS_NAMES: dict[str, Message] = {
    "idea": translatable("Statuses", "idea"),
    "selected": translatable("Statuses", "selected"),
    "purchased": translatable("Statuses", "purchased"),
    "received": translatable("Statuses", "received"),
}
