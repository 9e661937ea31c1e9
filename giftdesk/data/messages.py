"""Sentences for people, kept as an English template and its arguments until shown.

The data layer never imports Qt, yet what it says (refusals, summaries) must
reach a family in their language. So it says it as a ``Message``: an English
template, which is also the key of Qt's translation files, with named
arguments (``{name}``) and, for plurals, a count (``%n``). The program's edge
(window, command line) installs Qt's translate function with
``set_translate``; ``str(message)`` renders through it. Tests can look at
``message.source`` and ``message.args`` whatever the language.

Mark templates with ``translatable(context, source[, disambiguation, n])``:
pyside6-lupdate reads it as ``QCoreApplication.translate`` (the extraction in
``tools/translations.py`` passes ``-tr-function-alias translate+=translatable``),
so keep the context and source plain string literals (no f-strings) and
pass arguments with ``.format(name=value)`` afterwards.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Mapping
from typing import Any

Translate = Callable[[str, str, "str | None", int], str]


def replace_count(text: str, n: int, grouped: str | None = None) -> str:
    """Put the count into a plural template, as Qt does: ``%n`` plain, ``%Ln`` grouped
    (``10,000``; ``grouped`` is the number as the user's locale writes it)."""
    if n < 0:
        return text
    return text.replace("%Ln", grouped or f"{n:,}").replace("%n", str(n))


def english(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """The untranslated template (English), with its count filled in.

    Without Qt's English plural forms loaded (a plain Python shell), "%n
    gift(s)" still reads "1 gift" / "5 gifts", and "person(s)" "people".
    A translation uses ``%n`` or ``%Ln`` (the count grouped: ``10,000``).
    """
    return replace_count(english_forms(source, n), n)


def english_forms(source: str, n: int) -> str:
    """The English singular or plural of a template's words, its count left to fill in."""
    if n >= 0 and "(s)" in source:
        one = n == 1
        source = source.replace("person(s)", "person" if one else "people")
        source = source.replace("(s)", "" if one else "s")
    return source


_translate: Translate = english


def set_translate(function: Translate) -> None:
    """Render every message from now on through ``function`` (Qt's translate)."""
    global _translate
    _translate = function


def translate(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Translate one template with the function the program's edge installed."""
    return _translate(context, source, disambiguation, n)


@dataclasses.dataclass(frozen=True)
class Message:
    """A sentence (or part of one) for a person, rendered in their language by ``str()``."""

    context: str
    source: str
    disambiguation: str | None = None
    n: int = -1
    args: Mapping[str, Any] = dataclasses.field(default_factory=dict)

    def format(self, **args: Any) -> Message:
        """The same template with (more) named arguments."""
        return dataclasses.replace(self, args={**self.args, **args})

    def __str__(self) -> str:
        text = _translate(self.context, self.source, self.disambiguation, self.n)
        if not self.args:
            return text
        values = {k: str(v) if isinstance(v, Message) else v for k, v in self.args.items()}
        return text.format(**values)


def translatable(
    context: str, source: str, disambiguation: str | None = None, n: int = -1
) -> Message:
    """Mark ``source`` for translation (in ``context``); ``.format()`` adds arguments."""
    return Message(context, source, disambiguation, n)


@dataclasses.dataclass(frozen=True)
class QuotedList:
    """Names quoted and joined as the language does: “Anna”, “Ben” and “Carla”."""

    names: tuple[str, ...]

    def __str__(self) -> str:
        quoted = [str(translatable("Lists", "“{name}”").format(name=n)) for n in self.names]
        if len(quoted) <= 1:
            return "".join(quoted)
        return str(
            translatable("Lists", "{names} and {last}").format(
                names=", ".join(quoted[:-1]), last=quoted[-1]
            )
        )


@dataclasses.dataclass(frozen=True)
class JoinedList:
    """Parts joined as the language does: “a, b and c”."""

    parts: tuple[str, ...]

    def __str__(self) -> str:
        parts = [str(p) for p in self.parts]
        if len(parts) <= 1:
            return "".join(parts)
        return str(
            translatable("Lists", "{names} and {last}").format(
                names=", ".join(parts[:-1]), last=parts[-1]
            )
        )


def joined_list(parts: Iterable[object]) -> JoinedList:
    return JoinedList(tuple(str(p) for p in parts))


def quoted_list(names: Iterable[str]) -> QuotedList:
    return QuotedList(tuple(names))
