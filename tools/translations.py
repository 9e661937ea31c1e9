"""Keep giftdesk's translations in step with its source.

    python tools/translations.py update     # lupdate: new strings into every .ts
    python tools/translations.py release    # lrelease: .ts -> .qm (committed, shipped)
    python tools/translations.py check      # unfinished / empty / placeholder mismatches
    python tools/translations.py todo LANG FILE.json    # unfinished entries, to translate
    python tools/translations.py apply LANG FILE.json   # translations back into the .ts

The .ts files in resources/translations are the sources; the .qm files next
to them are compiled from them and committed, so a plain ``pip install .``
ships them without Qt's tools (tests/test_translations.py checks they match).
English carries only plural forms ("1 gift" / "5 gifts"); the source text
is English. The data layer marks its sentences with ``translatable(...)``,
read here as Qt's ``translate``.

A todo/apply file is a JSON list of {"context", "source", "disambiguation",
"numerus", "translation"}; for a plural entry "translation" is a list of
forms (German, Spanish, English: singular, plural; French: same).
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import sysconfig
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "giftdesk"
TS_DIR = ROOT / "resources" / "translations"
LANGUAGES = ("en", "de", "fr", "es")
SOURCE_LANGUAGE = "en"
PLURAL = re.compile(r"%L?n")
PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*(?:[:!][^{}]*)?\}")


def tool(name: str) -> str:
    for folder in (Path(sys.executable).parent, Path(sysconfig.get_path("scripts"))):
        candidate = folder / name
        if candidate.exists():
            return str(candidate)
    return name


def ts_path(language: str) -> Path:
    return TS_DIR / f"giftdesk_{language}.ts"


def qm_path(language: str) -> Path:
    return ts_path(language).with_suffix(".qm")


def source_files() -> list[str]:
    return sorted(
        str(path.relative_to(ROOT))
        for path in PACKAGE.rglob("*.py")
        if "__pycache__" not in path.parts and "migrations" not in path.parts
    )


def update(languages: tuple[str, ...] = LANGUAGES) -> str:
    """Run lupdate over the whole package; returns its report.

    PySide's lupdate marks a plural ("%n gift(s)") only when the count is a
    literal number, so every text holding %n is made a plural entry here,
    keeping the forms already translated. English keeps only those.
    """
    TS_DIR.mkdir(parents=True, exist_ok=True)
    reports = []
    for language in languages:
        saved = _plural_forms(language)
        command = [
            tool("pyside6-lupdate"),
            *source_files(),
            "-tr-function-alias",
            "translate+=translatable",
            "-no-obsolete",
            "-locations",
            "none",
            "-source-language",
            "en",
            "-target-language",
            language,
            "-ts",
            str(ts_path(language)),
        ]
        done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=True)
        reports.append(f"{language}: {done.stdout.strip()} {done.stderr.strip()}")
        _make_plurals(language, saved)
    return "\n".join(reports)


def _plural_forms(language: str) -> dict[tuple[str, str, str | None], list[str]]:
    if not ts_path(language).exists():
        return {}
    return {
        (context, m.findtext("source") or "", m.findtext("comment")): forms(m)
        for context, m in messages(language)
        if m.get("numerus") == "yes" and any(forms(m))
    }


def _make_plurals(language: str, saved: dict[tuple[str, str, str | None], list[str]]) -> None:
    tree = ET.parse(ts_path(language))
    for context in list(tree.getroot().iter("context")):
        name = context.findtext("name") or ""
        for message in list(context.iter("message")):
            source = message.findtext("source") or ""
            if not PLURAL.search(source):
                if language == SOURCE_LANGUAGE:
                    context.remove(message)  # English is the source text itself
                continue
            key = (name, source, message.findtext("comment"))
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            old = [translation.text] if message.get("numerus") != "yes" else forms(message)
            wanted = saved.get(key) or [t for t in old if t] or ["", ""]
            message.set("numerus", "yes")
            for child in list(translation):
                translation.remove(child)
            translation.text = None
            for form in wanted:
                ET.SubElement(translation, "numerusform").text = form
            if all(wanted):
                translation.attrib.pop("type", None)
            else:
                translation.set("type", "unfinished")
        if not list(context.iter("message")):
            tree.getroot().remove(context)
    write_ts(tree, ts_path(language))


def release(language: str, output: Path | None = None) -> Path:
    target = output or qm_path(language)
    subprocess.run(
        [tool("pyside6-lrelease"), "-silent", str(ts_path(language)), "-qm", str(target)],
        check=True,
        capture_output=True,
    )
    return target


def messages(language: str) -> list[tuple[str, ET.Element]]:
    tree = ET.parse(ts_path(language))
    return [
        (context.findtext("name") or "", message)
        for context in tree.getroot().iter("context")
        for message in context.iter("message")
    ]


def forms(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    if translation is None:
        return []
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.iter("numerusform")]
    return [translation.text or ""]


def problems(language: str) -> list[str]:
    """Every entry that is unfinished, empty, or loses/gains a placeholder."""
    found = []
    for context, message in messages(language):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        where = f"{language} [{context}] {source!r}"
        if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
            found.append(f"{where}: unfinished")
            continue
        texts = forms(message)
        if not texts or any(not text.strip() for text in texts):
            found.append(f"{where}: empty translation")
            continue
        wanted = sorted(PLACEHOLDER.findall(source))
        for text in texts:
            if sorted(PLACEHOLDER.findall(text)) != wanted:
                found.append(f"{where}: placeholders {PLACEHOLDER.findall(text)} != {wanted}")
            # A singular may say "one" in words, but a plural form must carry the count.
            plural = message.get("numerus") == "yes" and text is not texts[0]
            if plural and PLURAL.search(source) and not PLURAL.search(text):
                found.append(f"{where}: plural form without %n")
    return found


def todo(language: str, out: Path) -> int:
    entries = []
    for context, message in messages(language):
        translation = message.find("translation")
        if translation is not None and translation.get("type") != "unfinished":
            continue
        entries.append(
            {
                "context": context,
                "source": message.findtext("source") or "",
                "disambiguation": message.findtext("comment"),
                "numerus": message.get("numerus") == "yes",
                "translation": None,
            }
        )
    out.write_text(json.dumps(entries, ensure_ascii=False, indent=1), encoding="utf-8")
    return len(entries)


def apply(language: str, source: Path) -> int:
    wanted = {
        (e["context"], e["source"], e.get("disambiguation")): e["translation"]
        for e in json.loads(source.read_text(encoding="utf-8"))
        if e.get("translation")
    }
    path = ts_path(language)
    tree = ET.parse(path)
    applied = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "", message.findtext("comment"))
            text = wanted.get(key)
            if text is None:
                continue
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            translation.attrib.pop("type", None)
            if message.get("numerus") == "yes":
                texts = text if isinstance(text, list) else [text]
                for child in list(translation):
                    translation.remove(child)
                translation.text = None
                for form in texts:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = text
            applied += 1
    write_ts(tree, path)
    return applied


def _escape(text: str | None) -> str:
    return (
        (text or "")
        .replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace('"', "&quot;")
        .replace("'", "&apos;")
    )


def write_ts(tree: ET.ElementTree, path: Path) -> None:
    """Write a .ts file the way lupdate lays it out (so diffs stay small)."""
    root = tree.getroot()
    attributes = "".join(f' {k}="{_escape(v)}"' for k, v in root.attrib.items())
    out = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>", f"<TS{attributes}>"]
    for context in root.iter("context"):
        out += ["<context>", f"    <name>{_escape(context.findtext('name'))}</name>"]
        for message in context.iter("message"):
            numerus = message.get("numerus") == "yes"
            out.append('    <message numerus="yes">' if numerus else "    <message>")
            out.append(f"        <source>{_escape(message.findtext('source'))}</source>")
            comment = message.findtext("comment")
            if comment is not None:
                out.append(f"        <comment>{_escape(comment)}</comment>")
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else "unfinished"
            attr = f' type="{kind}"' if kind else ""
            if numerus:
                out.append(f"        <translation{attr}>")
                for form in forms(message):
                    out.append(f"            <numerusform>{_escape(form)}</numerusform>")
                out.append("        </translation>")
            else:
                text = translation.text if translation is not None else ""
                out.append(f"        <translation{attr}>{_escape(text)}</translation>")
            out.append("    </message>")
        out.append("</context>")
    out.append("</TS>")
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "check"
    if command == "update":
        print(update())
        for language in LANGUAGES:
            unfinished = [p for p in problems(language) if p.endswith("unfinished")]
            print(f"{language}: {len(unfinished)} unfinished")
        return 0
    if command == "release":
        for language in LANGUAGES:
            print(release(language).relative_to(ROOT))
        return 0
    if command == "check":
        found = [problem for language in LANGUAGES for problem in problems(language)]
        print("\n".join(found) or "translations complete")
        return 1 if found else 0
    if command == "todo":
        print(todo(argv[1], Path(argv[2])), "entries to translate")
        return 0
    if command == "apply":
        print(apply(argv[1], Path(argv[2])), "entries applied")
        return 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
