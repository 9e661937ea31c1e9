"""The shipped translations are complete and the compiled files match their sources."""

from __future__ import annotations

import ast
import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location(
    "translations_tool", ROOT / "tools" / "translations.py"
)
assert _spec and _spec.loader
tool = importlib.util.module_from_spec(_spec)
sys.modules["translations_tool"] = tool
_spec.loader.exec_module(tool)

LANGUAGES = ("en", "de", "fr", "es")


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_entry_is_translated_with_its_placeholders(language: str) -> None:
    assert tool.ts_path(language).is_file()
    assert tool.problems(language) == []


@pytest.mark.parametrize("language", ("de", "fr", "es"))
def test_each_language_translates_every_source_text(language: str) -> None:
    # The same set of source texts in every language (lupdate ran for all).
    sources = {(c, m.findtext("source")) for c, m in tool.messages(language)}
    german = {(c, m.findtext("source")) for c, m in tool.messages("de")}
    assert sources == german
    assert len(sources) > 30


@pytest.mark.parametrize("language", LANGUAGES)
def test_compiled_translations_are_up_to_date(language: str, tmp_path: Path) -> None:
    fresh = tool.release(language, tmp_path / f"giftdesk_{language}.qm")
    shipped = tool.qm_path(language)
    assert shipped.is_file(), "run: python tools/translations.py release"
    assert shipped.read_bytes() == fresh.read_bytes(), "run: python tools/translations.py release"


def test_the_check_finds_an_unfinished_entry(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = tool.ts_path("de").read_text(encoding="utf-8")
    broken = text.replace("<translation>", '<translation type="unfinished">', 1)
    broken = broken.replace("{file}", "{datei}", 3)
    (tmp_path / "giftdesk_de.ts").write_text(broken, encoding="utf-8")
    monkeypatch.setattr(tool, "TS_DIR", tmp_path)
    found = tool.problems("de")
    assert any(p.endswith("unfinished") for p in found)
    assert any("placeholders" in p for p in found)


def test_the_wheel_ships_the_compiled_translations() -> None:
    import tomllib

    data = tomllib.loads((ROOT / "pyproject.toml").read_text())
    assert "translations/*.qm" in data["tool"]["setuptools"]["package-data"]["giftdesk.resources"]
    assert "translations" in (ROOT / "giftdesk.spec").read_text()


TRANSLATE_NAMES = {"tr", "translate", "translatable"}


def unreadable_calls(source: str) -> list[str]:
    """Translation calls lupdate would miss or mangle.

    Context and text must be plain string literals (an f-string is read
    before its values are filled in), and a plural's count a plain name or
    number (lupdate drops ``len(x)`` or ``self.count`` silently).
    """
    found = []
    tree = ast.parse(source)
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr):
            # lupdate does not look inside an f-string's {…}.
            for inner in ast.walk(node):
                inner_name = getattr(inner, "func", None)
                called = getattr(inner_name, "id", None) or getattr(inner_name, "attr", None)
                if isinstance(inner, ast.Call) and called in TRANSLATE_NAMES:
                    found.append(f"line {inner.lineno}: inside an f-string: {ast.unparse(inner)}")
        if not isinstance(node, ast.Call):
            continue
        name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
        if name not in TRANSLATE_NAMES or not node.args:
            continue
        texts = node.args[:1] if name == "tr" else node.args[:2]
        if name != "tr" and len(node.args) < 2:
            continue
        if not all(isinstance(t, ast.Constant) and isinstance(t.value, str) for t in texts):
            first = texts[0]
            if name == "translate" and not (
                isinstance(first, ast.Constant) and isinstance(first.value, str)
            ):
                continue  # painter.translate(x, y) and the like
            found.append(f"line {node.lineno}: {ast.unparse(node)[:70]}")
            continue
        count = node.args[2 if name == "tr" else 3 : 3 if name == "tr" else 4]
        if count and not isinstance(count[0], (ast.Name, ast.Constant)):
            found.append(f"line {node.lineno}: plural count {ast.unparse(count[0])}")
    return found


def test_every_translation_call_is_readable_by_lupdate() -> None:
    found = {}
    for path in sorted((ROOT / "giftdesk").rglob("*.py")):
        problems = unreadable_calls(path.read_text(encoding="utf-8"))
        if problems:
            found[str(path.relative_to(ROOT))] = problems
    assert found == {}


def test_the_lupdate_check_can_fail() -> None:
    bad = (
        'self.tr(f"{n} gifts")\n'
        'translatable("X", "%n gift(s)", None, len(ids))\n'
        'QCoreApplication.translate("X", "%n gift(s)", None, self.count)\n'
        "f\"<th>{translate('X', 'Gift')}</th>\"\n"
    )
    assert len(unreadable_calls(bad)) == 4
    assert unreadable_calls('self.tr("%n gift(s)", "", count)\npainter.translate(0, 5)') == []
