"""Files for machines never change with the language: the budget CSV and the JSON backup."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

LOCALES = {"en": "C.UTF-8", "de": "de_DE.UTF-8", "fr": "fr_FR.UTF-8", "es": "es_ES.UTF-8"}


def giftdesk(*args: str, lang: str) -> subprocess.CompletedProcess[str]:
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "LANG": lang,
        "QT_QPA_PLATFORM": "offscreen",
        "GIFTDESK_LOG_DIR": os.environ.get("GIFTDESK_LOG_DIR", "/tmp"),
        "HOME": os.environ.get("HOME", "/tmp"),
    }
    return subprocess.run(
        [sys.executable, "-m", "giftdesk", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )


@pytest.fixture(scope="module")
def outputs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[bytes, bytes, str]]:
    """Each language's CSV, backup and printed sentence, written from one example family."""
    tmp_path = tmp_path_factory.mktemp("languages")
    path = str(tmp_path / "family.sqlite3")
    assert giftdesk("demo", "--db", path, lang="C.UTF-8").returncode == 0
    found = {}
    for code, locale in LOCALES.items():
        csv_file, json_file = tmp_path / f"budget-{code}.csv", tmp_path / f"backup-{code}.json"
        done = giftdesk(
            "export", "budget", "--db", path, "--format", "csv", "-o", str(csv_file), lang=locale
        )
        assert done.returncode == 0, done.stderr
        backup = giftdesk("export", "all", "--db", path, "-o", str(json_file), lang=locale)
        assert backup.returncode == 0, backup.stderr
        found[code] = (csv_file.read_bytes(), json_file.read_bytes(), done.stdout)
    return found


def test_csv_and_backup_are_byte_identical_in_every_language(outputs) -> None:  # type: ignore[no-untyped-def]
    csv_en, json_en, _ = outputs["en"]
    assert csv_en.startswith(
        b"occasion,person,budget,gifts,ideas_total,planned_total,bought_total,remaining,"
        b"unassigned_total,unpriced,recipient_budget,receiving_planned,receiving_bought,"
        b"purchaser_budget,buying_planned,buying_bought"
    )
    for code in ("de", "fr", "es"):
        assert outputs[code][0] == csv_en, code
        assert outputs[code][1] == json_en, code


def test_while_the_sentence_about_it_is_translated(outputs) -> None:  # type: ignore[no-untyped-def]
    # The counterpart: the same run did speak each language (so the check above can fail).
    assert outputs["en"][2].startswith("Budget summary written to")
    assert outputs["de"][2].startswith("Budgetübersicht nach")
    assert outputs["fr"][2].startswith("Récapitulatif du budget écrit")
    assert outputs["es"][2].startswith("Resumen del presupuesto escrito")
