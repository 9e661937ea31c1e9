"""The shipped translations are complete and the compiled files match their sources."""

from __future__ import annotations

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
