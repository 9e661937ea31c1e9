"""The data layer speaks in templates with arguments, translated where they are shown."""

from __future__ import annotations

import ast
import builtins
from pathlib import Path

from giftdesk.data import messages
from giftdesk.data.errors import GiftdeskError, ValidationError
from giftdesk.data.messages import quoted_list, translatable

DATA = Path(__file__).resolve().parents[2] / "giftdesk" / "data"
ERROR_NAMES = {
    name
    for name, value in vars(__import__("giftdesk.data.errors", fromlist=["x"])).items()
    if isinstance(value, type) and issubclass(value, GiftdeskError)
}

BUILTINS = set(dir(builtins))


def plain_sentences(source: str) -> list[str]:
    """Error calls whose sentence is a plain string or f-string (not translatable)."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
        ours = name in ERROR_NAMES or ((name or "").endswith("Error") and name not in BUILTINS)
        if not ours:
            continue
        sentences = node.args[1:2] if name == "ValidationError" else node.args[:1]
        for arg in sentences:
            parts = [arg.body, arg.orelse] if isinstance(arg, ast.IfExp) else [arg]
            for part in parts:
                if isinstance(part, ast.JoinedStr) or (
                    isinstance(part, ast.Constant) and isinstance(part.value, str)
                ):
                    found.append(f"line {node.lineno}: {ast.unparse(part)[:60]}")
    return found


def test_every_data_layer_error_carries_a_translatable_sentence() -> None:
    found = {
        path.name: plain_sentences(path.read_text(encoding="utf-8"))
        for path in sorted(DATA.rglob("*.py"))
    }
    assert {k: v for k, v in found.items() if v} == {}, (
        "say it as translatable(CONTEXT, TEMPLATE).format(name=value)"
    )


def test_the_check_finds_a_plain_sentence() -> None:
    bad = 'raise GiftdeskError(f"{path} is gone.")\nraise ValidationError("name", "Too long.")'
    good = 'raise GiftdeskError(translatable("X", "{path} is gone.").format(path=path))'
    assert len(plain_sentences(bad)) == 2
    assert plain_sentences(good) == []


def test_a_message_renders_its_arguments_and_nested_messages() -> None:
    label = translatable("Fields", "Sale price")
    error = ValidationError(
        "sale_price", translatable("Money", "{label} cannot be negative.").format(label=label)
    )
    assert str(error) == "Sale price cannot be negative."
    assert error.field == "sale_price"
    assert error.detail_message.source == "{label} cannot be negative."


def test_english_plurals_without_qt() -> None:
    assert str(translatable("Backup", "%n gift(s)", None, 1)) == "1 gift"
    assert str(translatable("Backup", "%n gift(s)", None, 5)) == "5 gifts"
    assert str(translatable("Backup", "%n person(s)", None, 2)) == "2 people"
    assert str(translatable("Backup", "%n person(s)", None, 1)) == "1 person"


def test_a_message_is_rendered_by_the_installed_translation() -> None:
    message = translatable("Fields", "Price")
    try:
        messages.set_translate(lambda c, s, d, n: {"Price": "Preis"}.get(s, s))
        assert str(message) == "Preis"
        assert str(quoted_list(["Anna", "Ben", "Carla"])) == "“Anna”, “Ben” and “Carla”"
    finally:
        messages.set_translate(messages.english)
    assert str(message) == "Price"
