"""Which language giftdesk speaks, and Qt's translators for it.

The language follows the system locale (``LC_ALL``, then ``LC_MESSAGES``,
then ``LANG``, as POSIX programs do; elsewhere Qt's idea of the user's UI
languages), and ``--lang CODE`` overrides it. English is the source
language; German, French and Spanish are translated in
``resources/translations/giftdesk_*.ts`` and shipped compiled (``.qm``).

Translators are plain ``QTranslator`` objects held here, so the command
line can translate without a QApplication (``translate``) and every
application giftdesk creates gets them installed (``install_into``). The
Qt-free data layer hands its sentences over as templates with arguments;
``use_language`` tells it to render them through ``translate``.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from giftdesk.data import messages
from giftdesk.data.errors import GiftdeskError

if TYPE_CHECKING:
    from PySide6.QtCore import QCoreApplication, QTranslator

SOURCE_LANGUAGE = "en"
LANGUAGES: dict[str, str] = {
    # Code → the language's name in itself (what a person looks for in a list).
    "en": "English",
    "de": "Deutsch",
    "fr": "Français",
    "es": "Español",
}
TRANSLATION_STEM = "giftdesk"

_language = SOURCE_LANGUAGE
_chosen = False
_translators: list[QTranslator] = []  # fallback first, as Qt searches the last installed first
_installed_in: set[int] = set()


def translation_dir() -> Path:
    """The folder holding the compiled ``giftdesk_*.qm`` files."""
    from giftdesk.resource_files import resource_dir

    return resource_dir() / "translations"


def language_from_environment(
    environ: Mapping[str, str] | None = None, ui_languages: list[str] | None = None
) -> str:
    """The supported language the user's locale asks for; English if none.

    ``ui_languages`` (Qt's list, e.g. ``["de-DE", "en-US"]``) is consulted
    when no POSIX variable is set, which is the normal case on Windows and
    macOS.
    """
    env = os.environ if environ is None else environ
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(variable)
        if value:
            return supported_code(value) or SOURCE_LANGUAGE
    if ui_languages is None:
        from PySide6.QtCore import QLocale

        ui_languages = QLocale.system().uiLanguages()
    for name in ui_languages:
        code = supported_code(name)
        if code:
            return code
    return SOURCE_LANGUAGE


def supported_code(locale_name: str) -> str | None:
    """``de_DE.UTF-8`` / ``de-AT`` / ``DE`` → ``de``; None if giftdesk does not speak it."""
    code = locale_name.split(".")[0].split("@")[0].replace("-", "_").split("_")[0].lower()
    return code if code in LANGUAGES else None


def check_language_code(code: str) -> str:
    """The code of a language giftdesk speaks, or a GiftdeskError saying which ones it does."""
    found = supported_code(code.strip()) if code.strip() else None
    if found is None:
        choices = ", ".join(f"{key} ({name})" for key, name in LANGUAGES.items())
        raise GiftdeskError(
            messages.translatable(
                "Languages", "giftdesk does not speak “{code}”; choose one of: {choices}."
            ).format(code=code, choices=choices)
        )
    return found


def current_language() -> str:
    """The code of the language in use (``en`` until ``use_language``)."""
    return _language


def language_name(code: str | None = None) -> str:
    """The language's name in itself, e.g. ``Deutsch``."""
    return LANGUAGES[code or _language]


def use_language(code: str) -> None:
    """Load the translators for ``code`` (and install them in a running application)."""
    global _language, _chosen
    from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

    code = check_language_code(code)
    app = QCoreApplication.instance()
    for old in _translators:
        if app is not None:
            app.removeTranslator(old)
    _translators.clear()
    _installed_in.clear()
    folder = str(translation_dir())
    # English carries only the plural forms ("1 gift" / "5 gifts"); it is the
    # fallback under every other language, for a plural not translated yet.
    wanted: list[tuple[str, str]] = [(f"{TRANSLATION_STEM}_{SOURCE_LANGUAGE}", folder)]
    if code != SOURCE_LANGUAGE:
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        wanted.append((f"qtbase_{code}", qt_folder))  # Qt's own words: OK, Cancel, Yes…
        wanted.append((f"{TRANSLATION_STEM}_{code}", folder))
    for name, where in wanted:
        translator = QTranslator()
        if translator.load(name, where):
            _translators.append(translator)
    _language = code
    _chosen = True
    messages.set_translate(translate)
    if app is not None:
        install_into(app)


def install_into(app: QCoreApplication) -> None:
    """Install the chosen language's translators in ``app`` (once per application).

    Without a choice made yet (the window started from Python rather than
    the ``giftdesk`` command), the locale's language.
    """
    if not _chosen:
        use_language(language_from_environment())
    if id(app) in _installed_in:
        return
    for translator in _translators:
        app.installTranslator(translator)
    _installed_in.add(id(app))


def translate(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``QCoreApplication.translate`` that also works before any application exists."""
    for translator in reversed(_translators):
        text = translator.translate(context, source, disambiguation, n)
        if text:
            return messages.replace_count(text, n, _grouped(text, n))
    text = messages.english_forms(source, n)
    return messages.replace_count(text, n, _grouped(text, n))


def _grouped(text: str, n: int) -> str | None:
    """``n`` as the user's locale writes it (``10.000`` in German), for ``%Ln``."""
    if n < 0 or "%Ln" not in text:
        return None
    from PySide6.QtCore import QLocale

    return QLocale().toString(n)
