<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About giftdesk</source>
        <translation>Über giftdesk</translation>
    </message>
    <message>
        <source>Plan gifts: who gets what, who buys it, and whether the budget holds.</source>
        <translation>Geschenke planen: wer was bekommt, wer es kauft und ob das Budget reicht.</translation>
    </message>
    <message>
        <source>no file open</source>
        <translation>keine Datei geöffnet</translation>
    </message>
    <message>
        <source>{file} (read-only)</source>
        <translation>{file} (schreibgeschützt)</translation>
    </message>
    <message>
        <source>Data file:</source>
        <translation>Datendatei:</translation>
    </message>
    <message>
        <source>Log file:</source>
        <translation>Protokolldatei:</translation>
    </message>
    <message>
        <source>not written</source>
        <translation>wird nicht geschrieben</translation>
    </message>
    <message>
        <source>{language} ({code})</source>
        <translation>{language} ({code})</translation>
    </message>
    <message>
        <source>Start giftdesk with --lang CODE to choose another language.</source>
        <translation>Starten Sie giftdesk mit --lang CODE, um eine andere Sprache zu wählen.</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <source>Built with:</source>
        <translation>Erstellt mit:</translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation>Datenordner öffnen</translation>
    </message>
    <message>
        <source>The data folder is {folder}; open it in your files.</source>
        <translation>Der Datenordner ist {folder}; öffnen Sie ihn in Ihrer Dateiverwaltung.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>{problem} (see “giftdesk --help”).</source>
        <translation>{problem} (siehe „giftdesk --help“).</translation>
    </message>
    <message>
        <source>the giftdesk file to use (default: giftdesk.sqlite3 in your user data folder)</source>
        <translation>die zu verwendende giftdesk-Datei (Standard: giftdesk.sqlite3 in Ihrem Benutzerdatenordner)</translation>
    </message>
    <message>
        <source>the language to speak: en, de, fr or es (default: your system&apos;s language)</source>
        <translation>die Sprache: en, de, fr oder es (Standard: die Sprache Ihres Systems)</translation>
    </message>
    <message>
        <source>A desktop gift planner. Without a command, opens the main window.</source>
        <translation>Ein Geschenkplaner für den Desktop. Ohne Befehl öffnet sich das Hauptfenster.</translation>
    </message>
    <message>
        <source>create a file filled with an example family</source>
        <translation>eine Datei mit einer Beispielfamilie anlegen</translation>
    </message>
    <message>
        <source>import a JSON backup (all or nothing)</source>
        <translation>eine JSON-Sicherung importieren (alles oder nichts)</translation>
    </message>
    <message>
        <source>write a backup or the budget summary</source>
        <translation>eine Sicherung oder die Budgetübersicht schreiben</translation>
    </message>
    <message>
        <source>the JSON backup of everything</source>
        <translation>die JSON-Sicherung aller Daten</translation>
    </message>
    <message>
        <source>the budget summary</source>
        <translation>die Budgetübersicht</translation>
    </message>
    <message>
        <source>file format (default: from the file name&apos;s ending)</source>
        <translation>Dateiformat (Standard: nach der Dateiendung)</translation>
    </message>
    <message>
        <source>only this occasion</source>
        <translation>nur dieser Anlass</translation>
    </message>
    <message>
        <source>add giftdesk to your desktop&apos;s application menu</source>
        <translation>giftdesk zum Anwendungsmenü Ihres Desktops hinzufügen</translation>
    </message>
    <message>
        <source>remove giftdesk from your desktop&apos;s application menu</source>
        <translation>giftdesk aus dem Anwendungsmenü Ihres Desktops entfernen</translation>
    </message>
    <message>
        <source>interrupted; nothing was changed.</source>
        <translation>abgebrochen; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>wrote {path}</source>
        <translation>{path} geschrieben</translation>
    </message>
    <message>
        <source>removed {path}</source>
        <translation>{path} entfernt</translation>
    </message>
    <message>
        <source>giftdesk&apos;s desktop entry was not installed; nothing was removed.</source>
        <translation>Der Desktop-Eintrag von giftdesk war nicht installiert; nichts wurde entfernt.</translation>
    </message>
    <message>
        <source>{summary} ({file})</source>
        <translation>{summary} ({file})</translation>
    </message>
    <message>
        <source>{file} already holds data; choose a new file for the example family with --db.</source>
        <translation>{file} enthält bereits Daten; wählen Sie mit --db eine neue Datei für die Beispielfamilie.</translation>
    </message>
    <message>
        <source>Example family created in {file}: {summary}</source>
        <translation>Beispielfamilie in {file} angelegt: {summary}</translation>
    </message>
    <message>
        <source>Backup written to {file}</source>
        <translation>Sicherung nach {file} geschrieben</translation>
    </message>
    <message>
        <source>Cannot tell the format from “{name}”; add --format csv, pdf or html.</source>
        <translation>Das Format lässt sich aus „{name}“ nicht erkennen; geben Sie --format csv, pdf oder html an.</translation>
    </message>
    <message>
        <source>Budget summary written to {file}</source>
        <translation>Budgetübersicht nach {file} geschrieben</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>{record}: {problem}</source>
        <translation>{record}: {problem}</translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <source>giftdesk does not speak “{code}”; choose one of: {choices}.</source>
        <translation>giftdesk spricht „{code}“ nicht; wählen Sie eine dieser Sprachen: {choices}.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;About giftdesk</source>
        <translation>Ü&amp;ber giftdesk</translation>
    </message>
</context>
</TS>
