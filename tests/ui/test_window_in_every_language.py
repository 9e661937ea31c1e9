"""The window speaks German, French and Spanish: no visible text left in English.

The real program starts under ``LANG=de_DE.UTF-8`` (then French, Spanish)
on the example family and reports every text its window shows: menus and
their actions, labels, buttons, tabs, dock titles, placeholders, column
headers. Each is compared with the same place in an English run; a text
still equal to its English source is a miss, unless it is data (names of
people, occasions, gifts; money, dates, numbers) or one of the few words
the two languages share.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

HELPER = Path(__file__).with_name("visible_texts.py")
LOCALES = {"en": "C.UTF-8", "de": "de_DE.UTF-8", "fr": "fr_FR.UTF-8", "es": "es_ES.UTF-8"}

# Words that are the same in English and the language (or a proper name).
SAME_IN_BOTH = {
    "all": {"giftdesk", "OK", "Qt", "About Qt", "CSV", "PDF", "JSON"},
    "de": {"Budget", "Status", "Link", "Name", "Person", "Budgets"},
    "fr": {"Budget", "Occasion", "Occasions", "Notes", "Date", "Type", "Menu", "Budgets", "Total"},
    "es": {"Idea", "Ideas", "Total"},
}


def run_window(db_path: Path, locale: str, picture: Path | None = None) -> dict[str, str]:
    env = {
        **os.environ,
        "LANG": locale,
        "LC_ALL": "",
        "LC_MESSAGES": "",
        "QT_QPA_PLATFORM": "offscreen",
    }
    args = [sys.executable, str(HELPER), str(db_path)] + ([str(picture)] if picture else [])
    done = subprocess.run(args, capture_output=True, text=True, timeout=180, env=env)
    lines = [line for line in done.stdout.splitlines() if line.startswith("TEXTS ")]
    assert lines, done.stderr[-2000:]
    texts: dict[str, str] = json.loads(lines[-1][len("TEXTS ") :])
    return texts


def data_words(db_path: Path) -> list[str]:
    """Names the file holds: they read the same in every language."""
    with sqlite3.connect(db_path) as connection:
        rows = connection.execute(
            "SELECT name FROM persons UNION SELECT name FROM occasions "
            "UNION SELECT name FROM gifts UNION SELECT relationship FROM persons"
        ).fetchall()
    names = [r[0] for r in rows if r[0]] + [db_path.name]  # the title names the file
    return sorted(names, key=len, reverse=True)


def words_left(text: str, data: list[str]) -> str:
    """``text`` without markup, mnemonics, data, numbers and money: the words to translate."""
    text = re.sub(r"<[^>]+>", " ", text).replace("&", "")
    for name in data:
        text = text.replace(name, " ")
    return re.sub(r"[\W\d_€$£]+", " ", text).strip()


def untranslated(
    english: dict[str, str], other: dict[str, str], language: str, data: list[str]
) -> dict[str, str]:
    allowed = SAME_IN_BOTH["all"] | SAME_IN_BOTH[language]
    found = {}
    for key, text in other.items():
        if key not in english or text != english[key]:
            continue
        words = words_left(text, data)
        if not words or words in allowed or all(w in allowed for w in words.split()):
            continue
        found[key] = text
    return found


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, dict[str, str]], list[str]]:
    folder = tmp_path_factory.mktemp("window-languages")
    db_path = folder / "family.sqlite3"
    demo = subprocess.run(
        [sys.executable, "-m", "giftdesk", "demo", "--db", str(db_path)],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "LANG": "C.UTF-8"},
    )
    assert demo.returncode == 0, demo.stderr
    texts = {code: run_window(db_path, locale) for code, locale in LOCALES.items()}
    return texts, data_words(db_path)


@pytest.mark.parametrize("language", ["de", "fr", "es"])
def test_no_visible_text_is_left_in_english(runs, language: str) -> None:  # type: ignore[no-untyped-def]
    texts, data = runs
    assert len(texts[language]) > 100  # menus, actions, labels, headers: the whole window
    assert untranslated(texts["en"], texts[language], language, data) == {}


def test_the_english_run_is_english_and_the_check_can_fail(runs) -> None:  # type: ignore[no-untyped-def]
    texts, data = runs
    menus = {texts["en"][k] for k in texts["en"] if k.startswith("menu:")}
    assert "&File" in menus and "&Help" in menus
    # Comparing English with itself finds every word, so a miss would be seen.
    misses = untranslated(texts["en"], texts["en"], "de", data)
    assert len(misses) > 50
    assert (
        texts["de"]["action:" + next(k[7:] for k in texts["en"] if k.endswith("/actionQuit"))]
        == "B&eenden"
    )
