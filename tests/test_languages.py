"""Which language giftdesk speaks: the locale, ``--lang``, and the data layer's sentences."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from giftdesk import i18n
from giftdesk.data.errors import GiftdeskError, ValidationError
from giftdesk.data.messages import translatable


@pytest.fixture(autouse=True)
def _back_to_english():  # type: ignore[no-untyped-def]
    yield
    i18n.use_language("en")


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({"LANG": "de_DE.UTF-8"}, "de"),
        ({"LANG": "fr_FR.UTF-8"}, "fr"),
        ({"LANG": "es_ES.UTF-8"}, "es"),
        ({"LANG": "de_DE.UTF-8", "LC_ALL": "fr_CA.UTF-8"}, "fr"),
        ({"LANG": "es_MX", "LC_MESSAGES": "de_AT"}, "de"),
        ({"LANG": "C.UTF-8"}, "en"),
        ({"LANG": "pt_BR.UTF-8"}, "en"),
    ],
)
def test_the_language_follows_the_locale(environ: dict[str, str], expected: str) -> None:
    assert i18n.language_from_environment(environ, ui_languages=[]) == expected


def test_without_posix_variables_qts_ui_languages_decide() -> None:
    assert i18n.language_from_environment({}, ui_languages=["nl-NL", "es-ES", "en-US"]) == "es"


@pytest.mark.parametrize("code", ["de", "DE", "de_DE", "fr-CA", "es_ES.UTF-8", "en"])
def test_known_codes_are_accepted(code: str) -> None:
    assert i18n.check_language_code(code) == code[:2].lower()


@pytest.mark.parametrize("code", ["xx", "", "deutsch", "pt_BR"])
def test_an_unknown_code_is_refused_with_one_sentence(code: str) -> None:
    with pytest.raises(GiftdeskError) as caught:
        i18n.check_language_code(code)
    text = str(caught.value)
    assert text.count(".") == 1 and text.endswith(".")
    assert "de (Deutsch)" in text


def test_data_layer_sentences_are_rendered_in_the_chosen_language() -> None:
    error = ValidationError("name", "plain", record="gift 3")
    assert str(error) == "gift 3: plain"
    refusal = GiftdeskError(translatable("Cli", "Backup written to {file}").format(file="x.json"))
    assert str(refusal) == "Backup written to x.json"
    i18n.use_language("de")
    assert str(refusal) == "Sicherung nach x.json geschrieben"
    i18n.use_language("fr")
    assert str(refusal) == "Sauvegarde écrite dans x.json"
    # The template and its arguments stay inspectable whatever the language.
    assert refusal.sentence.source == "Backup written to {file}"
    assert refusal.sentence.args == {"file": "x.json"}


def run_cli(
    *args: str, lang: str = "C.UTF-8", cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    env = {"PATH": "/usr/bin:/bin", "LANG": lang, "QT_QPA_PLATFORM": "offscreen"}
    import os

    env["GIFTDESK_LOG_DIR"] = os.environ.get("GIFTDESK_LOG_DIR", "/tmp")
    return subprocess.run(
        [sys.executable, "-m", "giftdesk", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        cwd=cwd,
    )


def test_the_command_line_speaks_the_locales_language(tmp_path: Path, db_path: Path) -> None:
    done = run_cli(
        "export", "budget", "--db", str(db_path), "-o", str(tmp_path / "x.txt"), lang="de_DE.UTF-8"
    )
    assert done.returncode == 1
    assert done.stderr.startswith("giftdesk: Das Format lässt sich aus „x.txt“ nicht erkennen")


def test_lang_overrides_the_locale(tmp_path: Path, db_path: Path) -> None:
    done = run_cli(
        "--lang",
        "es",
        "export",
        "budget",
        "--db",
        str(db_path),
        "-o",
        str(tmp_path / "x.txt"),
        lang="de_DE.UTF-8",
    )
    assert done.returncode == 1
    assert done.stderr.startswith("giftdesk: No se puede saber el formato")


def test_an_unknown_lang_gets_one_sentence_and_exit_2() -> None:
    done = run_cli("--lang", "klingon", "--version")
    assert done.returncode == 2
    assert done.stderr.strip().splitlines() == [
        "giftdesk: giftdesk does not speak “klingon”; choose one of: "
        "en (English), de (Deutsch), fr (Français), es (Español)."
    ]
    assert done.stdout == ""
