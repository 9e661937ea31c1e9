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
    <name>Actions</name>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;Neue Datenbank…</translation>
    </message>
    <message>
        <source>Start a new, empty file</source>
        <translation>Eine neue, leere Datei beginnen</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>Datenbank ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open another giftdesk file</source>
        <translation>Eine andere giftdesk-Datei öffnen</translation>
    </message>
    <message>
        <source>&amp;Import backup…</source>
        <translation>Sicherung &amp;importieren…</translation>
    </message>
    <message>
        <source>Add the people, occasions and gifts of a JSON backup to this file</source>
        <translation>Die Personen, Anlässe und Geschenke einer JSON-Sicherung zu dieser Datei hinzufügen</translation>
    </message>
    <message>
        <source>E&amp;xport backup…</source>
        <translation>Sicherung e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Save everything in this file as a JSON backup</source>
        <translation>Alles in dieser Datei als JSON-Sicherung speichern</translation>
    </message>
    <message>
        <source>Import &amp;spreadsheet…</source>
        <translation>&amp;Tabelle importieren…</translation>
    </message>
    <message>
        <source>Add the gifts of a spreadsheet (.xlsx or .csv) to this file, with a preview</source>
        <translation>Die Geschenke einer Tabelle (.xlsx oder .csv) mit Vorschau zu dieser Datei hinzufügen</translation>
    </message>
    <message>
        <source>Restore from bac&amp;kup…</source>
        <translation>Aus Si&amp;cherung wiederherstellen…</translation>
    </message>
    <message>
        <source>Go back to this file as it was on an earlier day (a daily backup)</source>
        <translation>Diese Datei auf den Stand eines früheren Tages zurücksetzen (eine tägliche Sicherung)</translation>
    </message>
    <message>
        <source>Load &amp;example family</source>
        <translation>&amp;Beispielfamilie laden</translation>
    </message>
    <message>
        <source>&amp;Print budget summary…</source>
        <translation>Budgetübersicht &amp;drucken…</translation>
    </message>
    <message>
        <source>Preview and print the budget summary</source>
        <translation>Die Budgetübersicht ansehen und drucken</translation>
    </message>
    <message>
        <source>Export budget &amp;summary…</source>
        <translation>Budget&amp;übersicht exportieren…</translation>
    </message>
    <message>
        <source>Save the budget summary as PDF, web page or CSV</source>
        <translation>Die Budgetübersicht als PDF, Webseite oder CSV speichern</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>B&amp;eenden</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>Search the table in front</source>
        <translation>Die vordere Tabelle durchsuchen</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Edit the selected item</source>
        <translation>Den ausgewählten Eintrag bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete the selected items (you can undo it)</source>
        <translation>Die ausgewählten Einträge löschen (lässt sich rückgängig machen)</translation>
    </message>
    <message>
        <source>&amp;Budget panel</source>
        <translation>&amp;Budgetleiste</translation>
    </message>
    <message>
        <source>Show or hide the budget panel</source>
        <translation>Die Budgetleiste zeigen oder ausblenden</translation>
    </message>
    <message>
        <source>&amp;Coming up</source>
        <translation>&amp;Demnächst</translation>
    </message>
    <message>
        <source>Show or hide what is coming up: occasions and birthdays soon</source>
        <translation>Zeigen oder ausblenden, was demnächst ansteht: baldige Anlässe und Geburtstage</translation>
    </message>
    <message>
        <source>&amp;Gifts</source>
        <translation>&amp;Geschenke</translation>
    </message>
    <message>
        <source>Show the gift table</source>
        <translation>Die Geschenktabelle zeigen</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;Personen</translation>
    </message>
    <message>
        <source>Show the people table</source>
        <translation>Die Personentabelle zeigen</translation>
    </message>
    <message>
        <source>&amp;Occasions</source>
        <translation>A&amp;nlässe</translation>
    </message>
    <message>
        <source>Show the occasion table</source>
        <translation>Die Anlasstabelle zeigen</translation>
    </message>
    <message>
        <source>&amp;Toolbar</source>
        <translation>&amp;Werkzeugleiste</translation>
    </message>
    <message>
        <source>Show or hide the toolbar</source>
        <translation>Die Werkzeugleiste zeigen oder ausblenden</translation>
    </message>
    <message>
        <source>New &amp;gift…</source>
        <translation>Neues &amp;Geschenk…</translation>
    </message>
    <message>
        <source>Add a gift</source>
        <translation>Ein Geschenk hinzufügen</translation>
    </message>
    <message>
        <source>Assign &amp;purchaser…</source>
        <translation>&amp;Käufer festlegen…</translation>
    </message>
    <message>
        <source>Choose who buys the selected gifts</source>
        <translation>Wählen, wer die ausgewählten Geschenke kauft</translation>
    </message>
    <message>
        <source>C&amp;lear purchaser</source>
        <translation>Käufer ent&amp;fernen</translation>
    </message>
    <message>
        <source>Nobody buys the selected gifts yet</source>
        <translation>Die ausgewählten Geschenke kauft noch niemand</translation>
    </message>
    <message>
        <source>Set &amp;status</source>
        <translation>&amp;Status setzen</translation>
    </message>
    <message>
        <source>Set the status of the selected gifts</source>
        <translation>Den Status der ausgewählten Geschenke setzen</translation>
    </message>
    <message>
        <source>Add &amp;recipient…</source>
        <translation>Beschenkte &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Add a recipient to the selected gifts</source>
        <translation>Den ausgewählten Geschenken eine beschenkte Person hinzufügen</translation>
    </message>
    <message>
        <source>Re&amp;move recipient…</source>
        <translation>Beschenkte entfer&amp;nen…</translation>
    </message>
    <message>
        <source>Remove a recipient from the selected gifts</source>
        <translation>Eine beschenkte Person von den ausgewählten Geschenken entfernen</translation>
    </message>
    <message>
        <source>Move to &amp;occasion…</source>
        <translation>Zu &amp;Anlass verschieben…</translation>
    </message>
    <message>
        <source>Move the selected gifts to an occasion</source>
        <translation>Die ausgewählten Geschenke einem Anlass zuordnen</translation>
    </message>
    <message>
        <source>New &amp;person…</source>
        <translation>Neue &amp;Person…</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Eine Person hinzufügen</translation>
    </message>
    <message>
        <source>New &amp;occasion…</source>
        <translation>Neuer &amp;Anlass…</translation>
    </message>
    <message>
        <source>Add an occasion (Christmas, a birthday…)</source>
        <translation>Einen Anlass hinzufügen (Weihnachten, ein Geburtstag…)</translation>
    </message>
    <message>
        <source>Plan again &amp;next year…</source>
        <translation>&amp;Nächstes Jahr erneut planen…</translation>
    </message>
    <message>
        <source>A new occasion a year later, with the same budgets and the ideas copied</source>
        <translation>Ein neuer Anlass ein Jahr später, mit denselben Budgets und den kopierten Ideen</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Every keyboard shortcut of this window</source>
        <translation>Alle Tastenkürzel dieses Fensters</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Cannot open file</source>
        <translation>Datei kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>{error}

The file was not changed.</source>
        <translation>{error}

Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Open giftdesk file</source>
        <translation>giftdesk-Datei öffnen</translation>
    </message>
    <message>
        <source>giftdesk files (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>giftdesk-Dateien (*.sqlite3 *.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>AutoBackup</name>
    <message>
        <source>cannot be read</source>
        <translation>nicht lesbar</translation>
    </message>
    <message>
        <source>{people}, {gifts}</source>
        <translation>{people}, {gifts}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s)</source>
        <translation>
            <numerusform>%Ln Person</numerusform>
            <numerusform>%Ln Personen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln gift(s)</source>
        <translation>
            <numerusform>%Ln Geschenk</numerusform>
            <numerusform>%Ln Geschenke</numerusform>
        </translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>der Datenträger ist schreibgeschützt</translation>
    </message>
    <message>
        <source>giftdesk is not allowed to write there</source>
        <translation>giftdesk darf dort nicht schreiben</translation>
    </message>
    <message>
        <source>a file stands where the folder should be</source>
        <translation>dort, wo der Ordner sein sollte, liegt eine Datei</translation>
    </message>
    <message>
        <source>There is no backup of {name} from {date}; “giftdesk backups” lists them.</source>
        <translation>Es gibt keine Sicherung von {name} vom {date}; „giftdesk backups“ listet sie auf.</translation>
    </message>
    <message>
        <source>“{wanted}” is neither a date (YYYY-MM-DD) nor the name of a backup of {name}; “giftdesk backups” lists them.</source>
        <translation>„{wanted}“ ist weder ein Datum (JJJJ-MM-TT) noch der Name einer Sicherung von {name}; „giftdesk backups“ listet sie auf.</translation>
    </message>
    <message>
        <source>The backup {name} is empty; nothing was restored.</source>
        <translation>Die Sicherung {name} ist leer; nichts wurde wiederhergestellt.</translation>
    </message>
    <message>
        <source>{name} is in use by another program; nothing was restored.</source>
        <translation>{name} wird von einem anderen Programm benutzt; nichts wurde wiederhergestellt.</translation>
    </message>
    <message>
        <source>{name} could not be restored: {error}.</source>
        <translation>{name} konnte nicht wiederhergestellt werden: {error}.</translation>
    </message>
    <message>
        <source>The file as it is could not be set aside in {folder} ({why}); nothing was restored.</source>
        <translation>Die aktuelle Datei konnte nicht in {folder} beiseitegelegt werden ({why}); nichts wurde wiederhergestellt.</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>Imported {people}, {occasions}, {gifts} and {budgets}.</source>
        <translation>Importiert: {people}, {occasions}, {gifts} und {budgets}.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n Person</numerusform>
            <numerusform>%n Personen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n occasion(s)</source>
        <translation>
            <numerusform>%n Anlass</numerusform>
            <numerusform>%n Anlässe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n gift(s)</source>
        <translation>
            <numerusform>%n Geschenk</numerusform>
            <numerusform>%n Geschenke</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n budget(s)</source>
        <translation>
            <numerusform>%n Budget</numerusform>
            <numerusform>%n Budgets</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no file {path}.</source>
        <translation>Die Datei {path} gibt es nicht.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a backup file.</source>
        <translation>{path} ist ein Ordner, keine Sicherungsdatei.</translation>
    </message>
    <message>
        <source>giftdesk is not allowed to read {path}.</source>
        <translation>giftdesk darf {path} nicht lesen.</translation>
    </message>
    <message>
        <source>{name} is not a giftdesk backup (it is not text).</source>
        <translation>{name} ist keine giftdesk-Sicherung (es ist keine Textdatei).</translation>
    </message>
    <message>
        <source>{name} is not valid JSON (line {lineno}, column {colno}).</source>
        <translation>{name} ist kein gültiges JSON (Zeile {lineno}, Spalte {colno}).</translation>
    </message>
    <message>
        <source>This file is not a giftdesk backup (its format is not “giftdesk”).</source>
        <translation>Diese Datei ist keine giftdesk-Sicherung (ihr Format ist nicht „giftdesk“).</translation>
    </message>
    <message>
        <source>This backup has version {found!r}; this giftdesk reads version {supported}.</source>
        <translation>Diese Sicherung hat die Version {found!r}; dieses giftdesk liest Version {supported}.</translation>
    </message>
    <message>
        <source>“{key}” in the backup must be a list.</source>
        <translation>„{key}“ muss in der Sicherung eine Liste sein.</translation>
    </message>
    <message>
        <source>{kind} number {position} is not a record.</source>
        <translation>{kind} Nummer {position} ist kein Datensatz.</translation>
    </message>
    <message>
        <source>unknown field “{value}”.</source>
        <translation>unbekanntes Feld „{value}“.</translation>
    </message>
    <message>
        <source>the id is missing or not a number or text.</source>
        <translation>die ID fehlt oder ist weder Zahl noch Text.</translation>
    </message>
    <message>
        <source>the id {key!r} is used twice.</source>
        <translation>die ID {key!r} kommt zweimal vor.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Occasion</source>
        <translation>Anlass</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>Geschenk</translation>
    </message>
    <message>
        <source>person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>occasion</source>
        <translation>Anlass</translation>
    </message>
    <message>
        <source>{kind} number {position} (“{name}”)</source>
        <translation>{kind} Nummer {position} („{name}“)</translation>
    </message>
    <message>
        <source>{kind} number {position}</source>
        <translation>{kind} Nummer {position}</translation>
    </message>
    <message>
        <source>{kind} {id} (“{name}”)</source>
        <translation>{kind} {id} („{name}“)</translation>
    </message>
    <message>
        <source>{kind} {id}</source>
        <translation>{kind} {id}</translation>
    </message>
    <message>
        <source>the type is missing.</source>
        <translation>der Typ fehlt.</translation>
    </message>
    <message>
        <source>{field} refers to {kind} {value!r}, which is not in the file.</source>
        <translation>{field} verweist auf {kind} {value!r}, die nicht in der Datei steht.</translation>
    </message>
    <message>
        <source>{field} must be a list of person ids.</source>
        <translation>{field} muss eine Liste von Personen-IDs sein.</translation>
    </message>
    <message>
        <source>the purchaser is also listed as a contributor.</source>
        <translation>die Käuferin oder der Käufer steht auch unter den Beteiligten.</translation>
    </message>
    <message>
        <source>Budget number {position}</source>
        <translation>Budget Nummer {position}</translation>
    </message>
    <message>
        <source>{label} is not a record.</source>
        <translation>{label} ist kein Datensatz.</translation>
    </message>
    <message>
        <source>the person is missing.</source>
        <translation>die Person fehlt.</translation>
    </message>
    <message>
        <source>the occasion is missing.</source>
        <translation>der Anlass fehlt.</translation>
    </message>
    <message>
        <source>this person already has a budget for this occasion.</source>
        <translation>diese Person hat für diesen Anlass schon ein Budget.</translation>
    </message>
</context>
<context>
    <name>BackupTransfer</name>
    <message>
        <source>Reading {name}…</source>
        <translation>{name} wird gelesen…</translation>
    </message>
    <message>
        <source>Checking every record…</source>
        <translation>Alle Datensätze werden geprüft…</translation>
    </message>
    <message>
        <source>Adding the people…</source>
        <translation>Personen werden hinzugefügt…</translation>
    </message>
    <message>
        <source>Adding the occasions…</source>
        <translation>Anlässe werden hinzugefügt…</translation>
    </message>
    <message>
        <source>Adding the gifts…</source>
        <translation>Geschenke werden hinzugefügt…</translation>
    </message>
    <message>
        <source>Adding the budgets…</source>
        <translation>Budgets werden hinzugefügt…</translation>
    </message>
    <message>
        <source>giftdesk backups (*.json);;All files (*)</source>
        <translation>giftdesk-Sicherungen (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The backup could not be imported: {error}</source>
        <translation>Die Sicherung konnte nicht importiert werden: {error}</translation>
    </message>
    <message>
        <source>Import {name}</source>
        <translation>{name} importieren</translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation>{name} wird importiert…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Import backup</source>
        <translation>Sicherung importieren</translation>
    </message>
    <message>
        <source>Export backup</source>
        <translation>Sicherung exportieren</translation>
    </message>
    <message>
        <source>Saved {people}, {occasions} and {gifts} to {name}.</source>
        <translation>{people}, {occasions} und {gifts} in {name} gespeichert.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s)</source>
        <translation>
            <numerusform>%Ln Person</numerusform>
            <numerusform>%Ln Personen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln occasion(s)</source>
        <translation>
            <numerusform>%Ln Anlass</numerusform>
            <numerusform>%Ln Anlässe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln gift(s)</source>
        <translation>
            <numerusform>%Ln Geschenk</numerusform>
            <numerusform>%Ln Geschenke</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BudgetBarDelegate</name>
    <message>
        <source>of {amount}</source>
        <translation>von {amount}</translation>
    </message>
</context>
<context>
    <name>BudgetBars</name>
    <message>
        <source>{amount} over</source>
        <translation>{amount} darüber</translation>
    </message>
    <message>
        <source>no budget</source>
        <translation>kein Budget</translation>
    </message>
</context>
<context>
    <name>BudgetCsv</name>
    <message>
        <source>There is no occasion named “{name}”: this file has no occasions and no gifts yet.</source>
        <translation>Es gibt keinen Anlass „{name}“: Diese Datei enthält noch keine Anlässe und keine Geschenke.</translation>
    </message>
    <message>
        <source>There is no occasion named “{name}”; the occasions are {listed}.</source>
        <translation>Es gibt keinen Anlass „{name}“; die Anlässe sind {listed}.</translation>
    </message>
</context>
<context>
    <name>BudgetPanel</name>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Budget
for them</source>
        <translation>Budget
für sie</translation>
    </message>
    <message>
        <source>Their budget for gifts to them</source>
        <translation>Ihr Budget für Geschenke an sie</translation>
    </message>
    <message>
        <source>Planned
for them</source>
        <translation>Geplant
für sie</translation>
    </message>
    <message>
        <source>Planned gifts for them against that budget</source>
        <translation>Geplante Geschenke für sie, gemessen an diesem Budget</translation>
    </message>
    <message>
        <source>Budget
to spend</source>
        <translation>Budget
zum Ausgeben</translation>
    </message>
    <message>
        <source>Their budget for gifts they buy</source>
        <translation>Ihr Budget für Geschenke, die sie kaufen</translation>
    </message>
    <message>
        <source>Buying</source>
        <translation>Kauft</translation>
    </message>
    <message>
        <source>Planned gifts they buy or chip in for, against that budget</source>
        <translation>Geplante Geschenke, die sie kaufen oder mitbezahlen, gemessen an diesem Budget</translation>
    </message>
    <message>
        <source>Occasion</source>
        <translation>Anlass</translation>
    </message>
    <message>
        <source>The occasion</source>
        <translation>Der Anlass</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>The occasion&apos;s budget</source>
        <translation>Das Budget des Anlasses</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Planned gifts against the budget</source>
        <translation>Geplante Geschenke, gemessen am Budget</translation>
    </message>
    <message>
        <source>Bought</source>
        <translation>Gekauft</translation>
    </message>
    <message>
        <source>Gifts already bought</source>
        <translation>Bereits gekaufte Geschenke</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Übrig</translation>
    </message>
    <message>
        <source>Budget minus planned</source>
        <translation>Budget minus Geplantes</translation>
    </message>
    <message>
        <source>Ideas</source>
        <translation>Ideen</translation>
    </message>
    <message>
        <source>Ideas not chosen yet</source>
        <translation>Noch nicht gewählte Ideen</translation>
    </message>
    <message>
        <source>No buyer yet</source>
        <translation>Noch kein Käufer</translation>
    </message>
    <message>
        <source>Planned gifts nobody buys yet</source>
        <translation>Geplante Geschenke, die noch niemand kauft</translation>
    </message>
    <message>
        <source>No price</source>
        <translation>Kein Preis</translation>
    </message>
    <message>
        <source>Gifts without a price (counted as 0)</source>
        <translation>Geschenke ohne Preis (zählen als 0)</translation>
    </message>
    <message>
        <source>Change budget…</source>
        <translation>Budget ändern…</translation>
    </message>
    <message>
        <source>Set or clear this occasion&apos;s budget</source>
        <translation>Das Budget dieses Anlasses setzen oder löschen</translation>
    </message>
    <message>
        <source>Show all gifts</source>
        <translation>Alle Geschenke zeigen</translation>
    </message>
    <message>
        <source>Set a budget for…</source>
        <translation>Budget festlegen für…</translation>
    </message>
    <message>
        <source>Give anybody a budget for this occasion, also people not listed yet</source>
        <translation>Jeder Person ein Budget für diesen Anlass geben, auch noch nicht aufgeführten</translation>
    </message>
    <message>
        <source>Double-click a budget to change it, a name to see the gifts.</source>
        <translation>Doppelklick auf ein Budget ändert es, auf einen Namen zeigt die Geschenke.</translation>
    </message>
    <message>
        <source>No occasion</source>
        <translation>Kein Anlass</translation>
    </message>
    <message>
        <source>Occasion not found</source>
        <translation>Anlass nicht gefunden</translation>
    </message>
    <message>
        <source>No gift is without an occasion.</source>
        <translation>Kein Geschenk ist ohne Anlass.</translation>
    </message>
    <message>
        <source>It was deleted.</source>
        <translation>Er wurde gelöscht.</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>(no occasion)</source>
        <translation>(kein Anlass)</translation>
    </message>
    <message>
        <source>All occasions</source>
        <translation>Alle Anlässe</translation>
    </message>
    <message>
        <source>per occasion</source>
        <translation>je Anlass</translation>
    </message>
    <message>
        <source>What is left is counted per occasion, in the table below: money left at one occasion does not pay for another.</source>
        <translation>Was übrig bleibt, wird je Anlass gezählt, in der Tabelle darunter: Geld, das bei einem Anlass übrig ist, bezahlt nicht für einen anderen.</translation>
    </message>
    <message>
        <source>Over budget: {names}.</source>
        <translation>Über dem Budget: {names}.</translation>
    </message>
    <message>
        <source>Every occasion with a budget is within it.</source>
        <translation>Jeder Anlass mit Budget bleibt darin.</translation>
    </message>
    <message>
        <source>No occasion has a budget yet.</source>
        <translation>Noch kein Anlass hat ein Budget.</translation>
    </message>
    <message>
        <source>Occasions</source>
        <translation>Anlässe</translation>
    </message>
    <message>
        <source>Ideas {ideas} · no buyer yet {unassigned} · {unpriced} without a price</source>
        <translation>Ideen {ideas} · noch ohne Käufer {unassigned} · {unpriced} ohne Preis</translation>
    </message>
    <message>
        <source>Gifts without an occasion have no budget.</source>
        <translation>Geschenke ohne Anlass haben kein Budget.</translation>
    </message>
    <message>
        <source>No budget set: use Change budget… to set one.</source>
        <translation>Kein Budget festgelegt: mit „Budget ändern…“ eines festlegen.</translation>
    </message>
    <message>
        <source>⚠ Over budget by {amount}</source>
        <translation>⚠ {amount} über dem Budget</translation>
    </message>
    <message>
        <source>{amount} left to plan</source>
        <translation>Noch {amount} zu verplanen</translation>
    </message>
    <message>
        <source>budget for them</source>
        <translation>Budget für sie</translation>
    </message>
    <message>
        <source>Set {name}&apos;s budget for gifts to them for {occasion}</source>
        <translation>Budget für Geschenke an {name} für {occasion} festlegen</translation>
    </message>
    <message>
        <source>budget to spend</source>
        <translation>Budget zum Ausgeben</translation>
    </message>
    <message>
        <source>Set {name}&apos;s budget to spend for {occasion}</source>
        <translation>Ausgabebudget von {name} für {occasion} festlegen</translation>
    </message>
    <message>
        <source>Set budget</source>
        <translation>Budget festlegen</translation>
    </message>
    <message>
        <source>Set the budget of {name}</source>
        <translation>Budget von {name} festlegen</translation>
    </message>
    <message>
        <source>Budget (leave empty for no budget):</source>
        <translation>Budget (leer lassen für kein Budget):</translation>
    </message>
    <message>
        <source>Budget of {name}</source>
        <translation>Budget von {name}</translation>
    </message>
    <message>
        <source>Add a person first: there is nobody to give a budget to.</source>
        <translation>Legen Sie zuerst eine Person an: Es gibt niemanden, dem ein Budget gegeben werden könnte.</translation>
    </message>
    <message>
        <source>Set {name}&apos;s budgets for {occasion}</source>
        <translation>Budgets von {name} für {occasion} festlegen</translation>
    </message>
    <message>
        <source>The gift table shows only the gifts {name} receives or buys.</source>
        <translation>Die Geschenktabelle zeigt nur die Geschenke, die {name} bekommt oder kauft.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln gift(s)</source>
        <translation>
            <numerusform>%Ln Geschenk</numerusform>
            <numerusform>%Ln Geschenke</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BudgetTableModel</name>
    <message>
        <source>{tip} (double-click to change)</source>
        <translation>{tip} (Doppelklick zum Ändern)</translation>
    </message>
    <message>
        <source>{text}, over budget</source>
        <translation>{text}, über dem Budget</translation>
    </message>
    <message>
        <source>over budget by {amount}</source>
        <translation>{amount} über dem Budget</translation>
    </message>
    <message>
        <source>(no occasion)</source>
        <translation>(kein Anlass)</translation>
    </message>
    <message>
        <source>Planned for {name}</source>
        <translation>Geplant für {name}</translation>
    </message>
    <message>
        <source>{name} buys</source>
        <translation>{name} kauft</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>{what}: {planned}, of which {bought} bought.</source>
        <translation>{what}: {planned}, davon {bought} gekauft.</translation>
    </message>
    <message>
        <source>No budget set.</source>
        <translation>Kein Budget festgelegt.</translation>
    </message>
    <message>
        <source>Over the {budget} budget by {over}.</source>
        <translation>{over} über dem Budget von {budget}.</translation>
    </message>
    <message>
        <source>{left} left of {budget}.</source>
        <translation>{left} von {budget} übrig.</translation>
    </message>
    <message>
        <source>{tip}. Double-click to change; leave empty for no budget.</source>
        <translation>{tip}. Doppelklick zum Ändern; leer lassen für kein Budget.</translation>
    </message>
    <message>
        <source>Gifts without an occasion have no budget.</source>
        <translation>Geschenke ohne Anlass haben kein Budget.</translation>
    </message>
    <message>
        <source>{name}
Double-click to show the gifts they receive or buy.</source>
        <translation>{name}
Doppelklick zeigt die Geschenke, die diese Person bekommt oder kauft.</translation>
    </message>
    <message>
        <source>{name}
Double-click to show the gifts without an occasion.</source>
        <translation>{name}
Doppelklick zeigt die Geschenke ohne Anlass.</translation>
    </message>
    <message>
        <source>{name}
Double-click to show its gifts.</source>
        <translation>{name}
Doppelklick zeigt seine Geschenke.</translation>
    </message>
    <message>
        <source>Over budget by {amount}.</source>
        <translation>{amount} über dem Budget.</translation>
    </message>
</context>
<context>
    <name>Bulk</name>
    <message>
        <source>Someone who bought these gifts before was deleted meanwhile; the purchasers cannot be put back.</source>
        <translation>Jemand, der diese Geschenke vorher gekauft hat, wurde inzwischen gelöscht; die Käufer lassen sich nicht wiederherstellen.</translation>
    </message>
</context>
<context>
    <name>BulkActions</name>
    <message>
        <source>Idea</source>
        <translation>Idee</translation>
    </message>
    <message>
        <source>Selected</source>
        <translation>Ausgewählt</translation>
    </message>
    <message>
        <source>Purchased</source>
        <translation>Gekauft</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Erhalten</translation>
    </message>
    <message>
        <source>The gifts are for several occasions: reading the figures for all occasions…</source>
        <translation>Die Geschenke gehören zu mehreren Anlässen: Die Zahlen aller Anlässe werden gelesen…</translation>
    </message>
    <message>
        <source>Figures for gifts with no occasion.</source>
        <translation>Zahlen für Geschenke ohne Anlass.</translation>
    </message>
    <message>
        <source>Figures for {name}.</source>
        <translation>Zahlen für {name}.</translation>
    </message>
    <message>
        <source>The gifts are for several occasions: figures for all occasions.</source>
        <translation>Die Geschenke gehören zu mehreren Anlässen: Zahlen aller Anlässe.</translation>
    </message>
    <message>
        <source>Set &amp;status</source>
        <translation>&amp;Status setzen</translation>
    </message>
    <message>
        <source>Mark the selected gifts as {status}</source>
        <translation>Die ausgewählten Geschenke als „{status}“ markieren</translation>
    </message>
    <message>
        <source>Choose a person</source>
        <translation>Person wählen</translation>
    </message>
    <message>
        <source>Add person “{name}”</source>
        <translation>Person „{name}“ hinzufügen</translation>
    </message>
    <message numerus="yes">
        <source>Clear purchaser of %Ln gift(s)</source>
        <translation>
            <numerusform>Käufer von %Ln Geschenk entfernen</numerusform>
            <numerusform>Käufer von %Ln Geschenken entfernen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assign {name} to buy %Ln gift(s)</source>
        <translation>
            <numerusform>{name} kauft %Ln Geschenk</numerusform>
            <numerusform>{name} kauft %Ln Geschenke</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assign a purchaser to %Ln gift(s)</source>
        <translation>
            <numerusform>Käufer für %Ln Geschenk festlegen</numerusform>
            <numerusform>Käufer für %Ln Geschenke festlegen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %Ln gift(s) as {status}</source>
        <translation>
            <numerusform>%Ln Geschenk als „{status}“ markieren</numerusform>
            <numerusform>%Ln Geschenke als „{status}“ markieren</numerusform>
        </translation>
    </message>
    <message>
        <source>They</source>
        <translation>Sie</translation>
    </message>
    <message numerus="yes">
        <source>Add {name} as recipient of %Ln gift(s)</source>
        <translation>
            <numerusform>{name} als Beschenkte(n) von %Ln Geschenk hinzufügen</numerusform>
            <numerusform>{name} als Beschenkte(n) von %Ln Geschenken hinzufügen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove {name} as recipient of %Ln gift(s)</source>
        <translation>
            <numerusform>{name} als Beschenkte(n) von %Ln Geschenk entfernen</numerusform>
            <numerusform>{name} als Beschenkte(n) von %Ln Geschenken entfernen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove the occasion of %Ln gift(s)</source>
        <translation>
            <numerusform>Anlass von %Ln Geschenk entfernen</numerusform>
            <numerusform>Anlass von %Ln Geschenken entfernen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %Ln gift(s) to {occasion}</source>
        <translation>
            <numerusform>%Ln Geschenk zu {occasion} verschieben</numerusform>
            <numerusform>%Ln Geschenke zu {occasion} verschieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %Ln gift(s) to an occasion</source>
        <translation>
            <numerusform>%Ln Geschenk einem Anlass zuordnen</numerusform>
            <numerusform>%Ln Geschenke einem Anlass zuordnen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkOperations</name>
    <message numerus="yes">
        <source>%Ln gift(s)</source>
        <translation>
            <numerusform>%Ln Geschenk</numerusform>
            <numerusform>%Ln Geschenke</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Purchaser cleared on %Ln gift(s)</source>
        <translation>
            <numerusform>Käufer bei %Ln Geschenk entfernt</numerusform>
            <numerusform>Käufer bei %Ln Geschenken entfernt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name} will buy %Ln gift(s)</source>
        <translation>
            <numerusform>{name} kauft %Ln Geschenk</numerusform>
            <numerusform>{name} kauft %Ln Geschenke</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>They will buy %Ln gift(s)</source>
        <translation>
            <numerusform>Diese Person kauft %Ln Geschenk</numerusform>
            <numerusform>Diese Person kauft %Ln Geschenke</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln gift(s) marked as {status}</source>
        <translation>
            <numerusform>%Ln Geschenk als „{status}“ markiert</numerusform>
            <numerusform>%Ln Geschenke als „{status}“ markiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Occasion cleared on %Ln gift(s)</source>
        <translation>
            <numerusform>Anlass bei %Ln Geschenk entfernt</numerusform>
            <numerusform>Anlass bei %Ln Geschenken entfernt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln gift(s) moved to {occasion}</source>
        <translation>
            <numerusform>%Ln Geschenk zu {occasion} verschoben</numerusform>
            <numerusform>%Ln Geschenke zu {occasion} verschoben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln gift(s) moved to the occasion</source>
        <translation>
            <numerusform>%Ln Geschenk zum Anlass verschoben</numerusform>
            <numerusform>%Ln Geschenke zum Anlass verschoben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name} added as recipient of %Ln gift(s)</source>
        <translation>
            <numerusform>{name} als Beschenkte(r) von %Ln Geschenk hinzugefügt</numerusform>
            <numerusform>{name} als Beschenkte(r) von %Ln Geschenken hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{sentence} (%Ln already had them)</source>
        <translation>
            <numerusform>{sentence} (%Ln hatte die Person schon)</numerusform>
            <numerusform>{sentence} (%Ln hatten die Person schon)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name} removed as recipient of %Ln gift(s)</source>
        <translation>
            <numerusform>{name} als Beschenkte(r) von %Ln Geschenk entfernt</numerusform>
            <numerusform>{name} als Beschenkte(r) von %Ln Geschenken entfernt</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} was not a recipient of these gifts; nothing changed</source>
        <translation>{name} war bei diesen Geschenken nicht beschenkt; nichts wurde geändert</translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <source>The {field} chosen no longer exists (it was deleted); choose another.</source>
        <translation>Die gewählte Person ({field}) gibt es nicht mehr (sie wurde gelöscht); wählen Sie eine andere.</translation>
    </message>
    <message>
        <source>{length} of the people chosen as {field} no longer exist.</source>
        <translation>{length} der als {field} gewählten Personen gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>The occasion chosen no longer exists (it was deleted); choose another.</source>
        <translation>Der gewählte Anlass existiert nicht mehr (er wurde gelöscht); wählen Sie einen anderen.</translation>
    </message>
    <message>
        <source>This gift no longer exists (it was deleted); nothing was changed.</source>
        <translation>Dieses Geschenk gibt es nicht mehr (es wurde gelöscht); nichts wurde geändert.</translation>
    </message>
    <message>
        <source>{missing} of the {length} selected gifts no longer exist (deleted meanwhile); nothing was changed.</source>
        <translation>{missing} der {length} ausgewählten Geschenke gibt es nicht mehr (inzwischen gelöscht); nichts wurde geändert.</translation>
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
        <source>another giftdesk command is writing {name}; waiting for it to finish…</source>
        <translation>ein anderer giftdesk-Befehl schreibt gerade {name}; es wird gewartet, bis er fertig ist…</translation>
    </message>
    <message>
        <source>Another giftdesk command is still writing {name}; nothing was changed. Try again when it has finished.</source>
        <translation>Ein anderer giftdesk-Befehl schreibt noch {name}; nichts wurde geändert. Versuchen Sie es erneut, wenn er fertig ist.</translation>
    </message>
    <message>
        <source>Cannot tell the format from “{name}”; add --format csv, pdf or html.</source>
        <translation>Das Format lässt sich aus „{name}“ nicht erkennen; geben Sie --format csv, pdf oder html an.</translation>
    </message>
    <message>
        <source>Budget summary written to {file}</source>
        <translation>Budgetübersicht nach {file} geschrieben</translation>
    </message>
    <message>
        <source>every gift a person received and gave</source>
        <translation>alle Geschenke, die eine Person bekommen und gemacht hat</translation>
    </message>
    <message>
        <source>the person&apos;s name</source>
        <translation>der Name der Person</translation>
    </message>
    <message>
        <source>plan an occasion again a year later</source>
        <translation>einen Anlass ein Jahr später erneut planen</translation>
    </message>
    <message>
        <source>the occasion to copy</source>
        <translation>der zu kopierende Anlass</translation>
    </message>
    <message>
        <source>the new occasion&apos;s name</source>
        <translation>der Name des neuen Anlasses</translation>
    </message>
    <message>
        <source>the new date (default: a year after the old one)</source>
        <translation>das neue Datum (Standard: ein Jahr nach dem alten)</translation>
    </message>
    <message>
        <source>occasions and birthdays in the next days</source>
        <translation>Anlässe und Geburtstage der nächsten Tage</translation>
    </message>
    <message>
        <source>how far ahead (default: 60)</source>
        <translation>wie weit voraus (Standard: 60)</translation>
    </message>
    <message>
        <source>import a gift list from a .csv or .xlsx spreadsheet (all or nothing)</source>
        <translation>eine Geschenkliste aus einer .csv- oder .xlsx-Tabelle importieren (alles oder nichts)</translation>
    </message>
    <message>
        <source>the occasion for rows that name none</source>
        <translation>der Anlass für Zeilen ohne Anlass</translation>
    </message>
    <message>
        <source>list the file&apos;s daily backups (date, people, gifts)</source>
        <translation>die täglichen Sicherungen der Datei auflisten (Datum, Personen, Geschenke)</translation>
    </message>
    <message>
        <source>put a daily backup back (the current file is kept among the backups)</source>
        <translation>eine tägliche Sicherung zurückspielen (die aktuelle Datei wird bei den Sicherungen aufbewahrt)</translation>
    </message>
    <message>
        <source>the backup&apos;s date (YYYY-MM-DD) or file name</source>
        <translation>das Datum der Sicherung (JJJJ-MM-TT) oder ihr Dateiname</translation>
    </message>
    <message>
        <source>No backups of {name} yet in {folder}.</source>
        <translation>Noch keine Sicherungen von {name} in {folder}.</translation>
    </message>
    <message>
        <source>Backups of {name} in {folder}:</source>
        <translation>Sicherungen von {name} in {folder}:</translation>
    </message>
    <message>
        <source>(the file as it was before a restore)</source>
        <translation>(die Datei vor einer Wiederherstellung)</translation>
    </message>
    <message>
        <source>(made before giftdesk noted which file a backup copies)</source>
        <translation>(angelegt, bevor giftdesk vermerkte, welche Datei eine Sicherung kopiert)</translation>
    </message>
    <message>
        <source>Restored the backup of {day} ({contents}) into {path}.</source>
        <translation>Sicherung vom {day} ({contents}) nach {path} wiederhergestellt.</translation>
    </message>
    <message>
        <source>The file as it was is kept as {name}; “giftdesk restore {name}” puts it back.</source>
        <translation>Die bisherige Datei ist als {name} aufbewahrt; „giftdesk restore {name}“ stellt sie wieder her.</translation>
    </message>
    <message>
        <source>Note: {backup} was made before giftdesk noted which file a backup copies, so it may be a copy of another file named {name}; check what it holds.</source>
        <translation>Hinweis: {backup} wurde angelegt, bevor giftdesk vermerkte, welche Datei eine Sicherung kopiert; sie könnte also eine Kopie einer anderen Datei namens {name} sein. Prüfen Sie ihren Inhalt.</translation>
    </message>
    <message>
        <source>let family members in, each unable to see their own gifts</source>
        <translation>Familienmitglieder hereinlassen, ohne dass sie ihre eigenen Geschenke sehen</translation>
    </message>
    <message>
        <source>create a login for a person and print its address, once</source>
        <translation>ein Login für eine Person anlegen und seine Adresse einmal ausgeben</translation>
    </message>
    <message>
        <source>the login&apos;s name</source>
        <translation>der Name des Logins</translation>
    </message>
    <message>
        <source>who the member is</source>
        <translation>wer das Mitglied ist</translation>
    </message>
    <message>
        <source>list the members</source>
        <translation>die Mitglieder auflisten</translation>
    </message>
    <message>
        <source>drop a member&apos;s login (their person and gifts stay)</source>
        <translation>das Login eines Mitglieds löschen (die Person und ihre Geschenke bleiben)</translation>
    </message>
    <message>
        <source>{person} can now connect as {login}. Give them this address; it holds their password and is not shown again:</source>
        <translation>{person} kann sich jetzt als {login} verbinden. Geben Sie ihr/ihm diese Adresse; sie enthält das Passwort und wird nicht noch einmal angezeigt:</translation>
    </message>
    <message>
        <source>{login} can no longer connect; {person} and their gifts stay in the family.</source>
        <translation>{login} kann sich nicht mehr verbinden; {person} und die Geschenke bleiben in der Familie.</translation>
    </message>
    <message>
        <source>This family has no members yet.</source>
        <translation>Diese Familie hat noch keine Mitglieder.</translation>
    </message>
</context>
<context>
    <name>ColumnFitter</name>
    <message>
        <source>Fit Columns to the Window</source>
        <translation>Spalten an das Fenster anpassen</translation>
    </message>
    <message>
        <source>Forget the column widths you set and fit every column again</source>
        <translation>Die eingestellten Spaltenbreiten vergessen und alle Spalten neu anpassen</translation>
    </message>
</context>
<context>
    <name>Common</name>
    <message>
        <source>{label} “{text}” is not a date; write it like {example} or 2026-12-24.</source>
        <translation>{label} „{text}“ ist kein Datum; schreiben Sie es wie {example} oder 2026-12-24.</translation>
    </message>
    <message>
        <source>“{text}” is not one of the people in this file.</source>
        <translation>„{text}“ ist keine der Personen in dieser Datei.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>giftdesk ran into an unexpected problem ({problem}).</source>
        <translation>giftdesk ist auf ein unerwartetes Problem gestoßen ({problem}).</translation>
    </message>
    <message>
        <source>The details were written to {path}.</source>
        <translation>Die Einzelheiten stehen in {path}.</translation>
    </message>
    <message>
        <source>The details could not be logged.</source>
        <translation>Die Einzelheiten konnten nicht protokolliert werden.</translation>
    </message>
    <message>
        <source>What was saved before is safe. {where} You can keep working or quit giftdesk.</source>
        <translation>Was vorher gespeichert wurde, ist sicher. {where} Sie können weiterarbeiten oder giftdesk beenden.</translation>
    </message>
    <message>
        <source>giftdesk: unexpected problem</source>
        <translation>giftdesk: unerwartetes Problem</translation>
    </message>
    <message>
        <source>Keep working</source>
        <translation>Weiterarbeiten</translation>
    </message>
    <message>
        <source>Quit giftdesk</source>
        <translation>giftdesk beenden</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>Protokollordner öffnen</translation>
    </message>
    <message>
        <source>giftdesk: {crash_message} {where_to_look}.</source>
        <translation>giftdesk: {crash_message} {where_to_look}.</translation>
    </message>
    <message>
        <source>unexpected error in {thread}</source>
        <translation>unerwarteter Fehler in {thread}</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>{name} is open read-only; changes cannot be saved.</source>
        <translation>{name} ist schreibgeschützt geöffnet; Änderungen können nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>{name} could not be used: {error}.</source>
        <translation>{name} konnte nicht verwendet werden: {error}.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a giftdesk file.</source>
        <translation>{path} ist ein Ordner, keine giftdesk-Datei.</translation>
    </message>
    <message>
        <source>There is no giftdesk file at {path}.</source>
        <translation>Unter {path} gibt es keine giftdesk-Datei.</translation>
    </message>
    <message>
        <source>There is no giftdesk file at {path} to open read-only.</source>
        <translation>Unter {path} gibt es keine giftdesk-Datei, die schreibgeschützt geöffnet werden könnte.</translation>
    </message>
    <message>
        <source>The folder {parent} does not exist.</source>
        <translation>Den Ordner {parent} gibt es nicht.</translation>
    </message>
    <message>
        <source>{name} needs an upgrade before it can be opened, and a read-only file cannot be upgraded.</source>
        <translation>{name} muss vor dem Öffnen aktualisiert werden, und eine schreibgeschützte Datei lässt sich nicht aktualisieren.</translation>
    </message>
    <message>
        <source>giftdesk is not allowed to read {path}.</source>
        <translation>giftdesk darf {path} nicht lesen.</translation>
    </message>
    <message>
        <source>{name} is not a giftdesk database.</source>
        <translation>{name} ist keine giftdesk-Datenbank.</translation>
    </message>
    <message>
        <source>{name} is not a giftdesk database ({error}).</source>
        <translation>{name} ist keine giftdesk-Datenbank ({error}).</translation>
    </message>
    <message>
        <source>{name} is not a giftdesk database (the file is damaged or of another kind).</source>
        <translation>{name} ist keine giftdesk-Datenbank (die Datei ist beschädigt oder von anderer Art).</translation>
    </message>
    <message>
        <source>{name} is an SQLite database of another program, not a giftdesk file.</source>
        <translation>{name} ist eine SQLite-Datenbank eines anderen Programms, keine giftdesk-Datei.</translation>
    </message>
    <message>
        <source>{name} was made by a newer version of giftdesk; update giftdesk to open it.</source>
        <translation>{name} wurde mit einer neueren giftdesk-Version erstellt; aktualisieren Sie giftdesk, um sie zu öffnen.</translation>
    </message>
    <message>
        <source>{name} is a damaged giftdesk file: tables are missing.</source>
        <translation>{name} ist eine beschädigte giftdesk-Datei: Tabellen fehlen.</translation>
    </message>
    <message>
        <source>Upgrading {name} would leave broken links in {table}; the file was left as it was.</source>
        <translation>Eine Aktualisierung von {name} hinterließe defekte Verweise in {table}; die Datei blieb unverändert.</translation>
    </message>
    <message>
        <source>{name} is read-only; giftdesk cannot save changes to it.</source>
        <translation>{name} ist schreibgeschützt; giftdesk kann keine Änderungen daran speichern.</translation>
    </message>
    <message>
        <source>giftdesk is not allowed to create a file in {target}.</source>
        <translation>giftdesk darf in {target} keine Datei anlegen.</translation>
    </message>
    <message>
        <source>The folder of {name} is read-only; giftdesk cannot save changes there.</source>
        <translation>Der Ordner von {name} ist schreibgeschützt; giftdesk kann dort keine Änderungen speichern.</translation>
    </message>
    <message>
        <source>{name} cannot be opened: {error}.</source>
        <translation>{name} lässt sich nicht öffnen: {error}.</translation>
    </message>
    <message>
        <source>{name} is in use by another program; close it there and try again.</source>
        <translation>{name} wird von einem anderen Programm benutzt; schließen Sie sie dort und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>{name} is read-only; changes cannot be saved.</source>
        <translation>{name} ist schreibgeschützt; Änderungen können nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The disk holding {name} is full; nothing was saved.</source>
        <translation>Der Datenträger mit {name} ist voll; nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>{name} could not be used: {text}.</source>
        <translation>{name} konnte nicht verwendet werden: {text}.</translation>
    </message>
</context>
<context>
    <name>Desktop</name>
    <message>
        <source>Cannot find the installed “{program}” program next to {executable} or on your PATH; install giftdesk with pip first.</source>
        <translation>Das installierte Programm „{program}“ ist weder neben {executable} noch in Ihrem PATH zu finden; installieren Sie giftdesk zuerst mit pip.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}.</source>
        <translation>{path} kann nicht geschrieben werden: {reason}.</translation>
    </message>
    <message>
        <source>Cannot remove {path}: {reason}.</source>
        <translation>{path} kann nicht entfernt werden: {reason}.</translation>
    </message>
    <message>
        <source>Desktop entries are for Linux and BSD desktops; on this system start giftdesk from its installed program or build the app bundle (see giftdesk.spec).</source>
        <translation>Desktop-Einträge gibt es für Linux- und BSD-Desktops; starten Sie giftdesk auf diesem System über das installierte Programm oder bauen Sie das App-Paket (siehe giftdesk.spec).</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>Plan this year’s gifts</source>
        <translation>Die Geschenke dieses Jahres planen</translation>
    </message>
    <message>
        <source>This file is empty. Start with the people you give gifts to,
or look around in an example family first (Edit → Undo removes it again).</source>
        <translation>Diese Datei ist leer. Beginnen Sie mit den Menschen, die Sie beschenken,
oder sehen Sie sich zuerst eine Beispielfamilie an (Bearbeiten → Rückgängig entfernt sie wieder).</translation>
    </message>
    <message>
        <source>Add your first person…</source>
        <translation>Erste Person hinzufügen…</translation>
    </message>
    <message>
        <source>Load example family</source>
        <translation>Beispielfamilie laden</translation>
    </message>
    <message>
        <source>Open another file…</source>
        <translation>Andere Datei öffnen…</translation>
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
    <name>Fields</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Beziehung</translation>
    </message>
    <message>
        <source>Birthdate</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation>Interessen</translation>
    </message>
    <message>
        <source>Sizes</source>
        <translation>Größen</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Sale price</source>
        <translation>Angebotspreis</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Geschäft</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Purchase date</source>
        <translation>Kaufdatum</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Beschenkte</translation>
    </message>
    <message>
        <source>Contributors</source>
        <translation>Beteiligte</translation>
    </message>
    <message>
        <source>Purchaser</source>
        <translation>Käufer</translation>
    </message>
    <message>
        <source>Recipient budget</source>
        <translation>Budget für Geschenke an sie</translation>
    </message>
    <message>
        <source>Purchaser budget</source>
        <translation>Budget für ihre Einkäufe</translation>
    </message>
    <message>
        <source>Occasion</source>
        <translation>Anlass</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
</context>
<context>
    <name>FileHistory</name>
    <message>
        <source>Restore from backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Daily backups are kept for giftdesk files; a shared database is backed up on its server.</source>
        <translation>Tägliche Sicherungen gibt es für giftdesk-Dateien; eine gemeinsame Datenbank wird auf ihrem Server gesichert.</translation>
    </message>
    <message>
        <source>{name} is open read-only; close the other giftdesk to restore a backup.</source>
        <translation>{name} ist schreibgeschützt geöffnet; schließen Sie das andere giftdesk, um eine Sicherung wiederherzustellen.</translation>
    </message>
    <message>
        <source>its current contents</source>
        <translation>den jetzigen Inhalt</translation>
    </message>
    <message>
        <source>Restored the backup of {day} ({contents}).</source>
        <translation>Sicherung vom {day} wiederhergestellt ({contents}).</translation>
    </message>
    <message>
        <source>The file as it was is kept as {name}.</source>
        <translation>Die bisherige Datei ist als {name} aufbewahrt.</translation>
    </message>
    <message>
        <source>{file_name} is in a folder that {service} keeps in sync. Opening it in giftdesk on two computers at once can damage it, because each computer writes its own copy. To plan together, share a database instead: File → Connect to a shared database… (see “One family, several computers” in the README).</source>
        <translation>{file_name} liegt in einem Ordner, den {service} synchronisiert. Wird sie auf zwei Computern gleichzeitig in giftdesk geöffnet, kann sie beschädigt werden, weil jeder Computer seine eigene Kopie schreibt. Um gemeinsam zu planen, teilen Sie stattdessen eine Datenbank: Datei → Mit gemeinsamer Datenbank verbinden… (siehe „One family, several computers“ in der README).</translation>
    </message>
    <message>
        <source>File in a synced folder</source>
        <translation>Datei in einem synchronisierten Ordner</translation>
    </message>
</context>
<context>
    <name>FileLock</name>
    <message>
        <source>{name} is already open in another giftdesk{where}; you can open it read-only or close it there first.</source>
        <translation>{name} ist bereits in einem anderen giftdesk geöffnet{where}; Sie können die Datei schreibgeschützt öffnen oder sie dort zuerst schließen.</translation>
    </message>
    <message>
        <source>File in use</source>
        <translation>Datei in Verwendung</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Schreibgeschützt öffnen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
</context>
<context>
    <name>FileMenu</name>
    <message>
        <source>Open giftdesk file</source>
        <translation>giftdesk-Datei öffnen</translation>
    </message>
    <message>
        <source>giftdesk files (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>giftdesk-Dateien (*.sqlite3 *.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>New giftdesk file</source>
        <translation>Neue giftdesk-Datei</translation>
    </message>
    <message>
        <source>giftdesk files (*.sqlite3)</source>
        <translation>giftdesk-Dateien (*.sqlite3)</translation>
    </message>
    <message>
        <source>{name} already exists; choose a new name, or open it with File → Open.</source>
        <translation>{name} gibt es schon; wählen Sie einen neuen Namen oder öffnen Sie sie mit Datei → Öffnen.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cannot open file</source>
        <translation>Datei kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>No other recent files</source>
        <translation>Keine weiteren zuletzt geöffneten Dateien</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>{name} is the giftdesk file that is open; writing the export there would replace your family&apos;s data, so nothing was written. Choose another name.</source>
        <translation>{name} ist die geöffnete giftdesk-Datei; der Export würde dort die Daten Ihrer Familie ersetzen, daher wurde nichts geschrieben. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>{name} is a giftdesk database; an export never writes over one, so nothing was written. Choose another name.</source>
        <translation>{name} ist eine giftdesk-Datenbank; ein Export überschreibt nie eine solche, daher wurde nichts geschrieben. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>{name} belongs to the giftdesk database {database}; writing the export there would damage it, so nothing was written. Choose another name.</source>
        <translation>{name} gehört zur giftdesk-Datenbank {database}; der Export würde sie dort beschädigen, daher wurde nichts geschrieben. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>{path} is a folder; give a file name to write to.</source>
        <translation>{path} ist ein Ordner; geben Sie einen Dateinamen an.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Den Ordner {folder} gibt es nicht.</translation>
    </message>
    <message>
        <source>giftdesk is not allowed to write into {folder}.</source>
        <translation>giftdesk darf nicht in {folder} schreiben.</translation>
    </message>
    <message>
        <source>The disk holding {folder} is full; {name} was not written.</source>
        <translation>Der Datenträger mit {folder} ist voll; {name} wurde nicht geschrieben.</translation>
    </message>
    <message>
        <source>{folder} is on a read-only disk; {name} was not written.</source>
        <translation>{folder} liegt auf einem schreibgeschützten Datenträger; {name} wurde nicht geschrieben.</translation>
    </message>
    <message>
        <source>giftdesk is not allowed to write {path}.</source>
        <translation>giftdesk darf {path} nicht schreiben.</translation>
    </message>
    <message>
        <source>The name {name} is too long for this disk; choose a shorter one.</source>
        <translation>Der Name {name} ist für diesen Datenträger zu lang; wählen Sie einen kürzeren.</translation>
    </message>
    <message>
        <source>{name} could not be written: {reason}.</source>
        <translation>{name} konnte nicht geschrieben werden: {reason}.</translation>
    </message>
    <message>
        <source>{name} could not be written.</source>
        <translation>{name} konnte nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>FontCoverage</name>
    <message>
        <source>Chinese, Japanese or Korean (CJK)</source>
        <translation>Chinesisch, Japanisch oder Koreanisch (CJK)</translation>
    </message>
    <message>
        <source>Korean (Hangul)</source>
        <translation>Koreanisch (Hangul)</translation>
    </message>
    <message>
        <source>Japanese (Hiragana)</source>
        <translation>Japanisch (Hiragana)</translation>
    </message>
    <message>
        <source>Japanese (Katakana)</source>
        <translation>Japanisch (Katakana)</translation>
    </message>
    <message>
        <source>“{name}”</source>
        <translation>„{name}“</translation>
    </message>
    <message numerus="yes">
        <source>{names} and %Ln more</source>
        <translation>
            <numerusform>{names} und %Ln weiterer</numerusform>
            <numerusform>{names} und %Ln weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>No font on this computer can draw some letters of {names}: they would print as empty boxes. Install a font for {scripts} (for example Noto Sans) to print them.</source>
        <translation>Keine Schrift auf diesem Computer kann einige Zeichen von {names} darstellen: Sie würden als leere Kästchen gedruckt. Installieren Sie eine Schrift für {scripts} (zum Beispiel Noto Sans), um sie zu drucken.</translation>
    </message>
    <message>
        <source>No font on this computer can draw some letters of {names}: they would print as empty boxes. Install fonts for {scripts} (for example Noto Sans) to print them.</source>
        <translation>Keine Schrift auf diesem Computer kann einige Zeichen von {names} darstellen: Sie würden als leere Kästchen gedruckt. Installieren Sie Schriften für {scripts} (zum Beispiel Noto Sans), um sie zu drucken.</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>{label} is too long ({length} characters; at most {max_length}).</source>
        <translation>{label} ist zu lang ({length} Zeichen; höchstens {max_length}).</translation>
    </message>
</context>
<context>
    <name>Gift</name>
    <message>
        <source>Several recipients</source>
        <translation>Mehrere Beschenkte</translation>
    </message>
    <message>
        <source>This gift is for {count} people. One shared gift, or a separate gift for each?</source>
        <translation>Dieses Geschenk ist für {count} Personen. Ein gemeinsames Geschenk oder für jede ein eigenes?</translation>
    </message>
    <message>
        <source>A shared gift is one gift whose cost is split between them; separate gifts make {count} gifts, one for each person, at the full price.</source>
        <translation>Ein gemeinsames Geschenk ist ein Geschenk, dessen Kosten geteilt werden; getrennte Geschenke ergeben {count} Geschenke, eines pro Person, jeweils zum vollen Preis.</translation>
    </message>
    <message>
        <source>One shared gift</source>
        <translation>Ein gemeinsames Geschenk</translation>
    </message>
    <message>
        <source>{count} separate gifts</source>
        <translation>{count} getrennte Geschenke</translation>
    </message>
</context>
<context>
    <name>GiftDialog</name>
    <message>
        <source>Edit gift</source>
        <translation>Geschenk bearbeiten</translation>
    </message>
    <message>
        <source>New gift</source>
        <translation>Neues Geschenk</translation>
    </message>
    <message>
        <source>e.g. Wool scarf</source>
        <translation>z. B. Wollschal</translation>
    </message>
    <message>
        <source>No occasion</source>
        <translation>Kein Anlass</translation>
    </message>
    <message>
        <source>no price yet</source>
        <translation>noch kein Preis</translation>
    </message>
    <message>
        <source>not on sale</source>
        <translation>nicht im Angebot</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>Bought on</source>
        <translation>Gekauft am</translation>
    </message>
    <message>
        <source>Search people…</source>
        <translation>Personen suchen…</translation>
    </message>
    <message>
        <source>&amp;Gift:</source>
        <translation>&amp;Geschenk:</translation>
    </message>
    <message>
        <source>&amp;Occasion:</source>
        <translation>&amp;Anlass:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>P&amp;riority:</source>
        <translation>P&amp;riorität:</translation>
    </message>
    <message>
        <source>&amp;Price:</source>
        <translation>&amp;Preis:</translation>
    </message>
    <message>
        <source>Sa&amp;le price:</source>
        <translation>Angebotspr&amp;eis:</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>&amp;Menge:</translation>
    </message>
    <message>
        <source>S&amp;tore:</source>
        <translation>Ges&amp;chäft:</translation>
    </message>
    <message>
        <source>&amp;Link:</source>
        <translation>&amp;Link:</translation>
    </message>
    <message>
        <source>Bought o&amp;n:</source>
        <translation>Geka&amp;uft am:</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Für:</translation>
    </message>
    <message>
        <source>&amp;Bought by:</source>
        <translation>Ge&amp;kauft von:</translation>
    </message>
    <message>
        <source>&amp;Chipping in:</source>
        <translation>&amp;Beteiligt:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otizen:</translation>
    </message>
</context>
<context>
    <name>Gifts</name>
    <message>
        <source>This gift no longer exists (deleted meanwhile).</source>
        <translation>Dieses Geschenk gibt es nicht mehr (inzwischen gelöscht).</translation>
    </message>
    <message>
        <source>“{value}” cannot be edited.</source>
        <translation>„{value}“ kann nicht bearbeitet werden.</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Say whose history to show: a person&apos;s name.</source>
        <translation>Geben Sie an, wessen Verlauf gezeigt werden soll: den Namen einer Person.</translation>
    </message>
    <message>
        <source>There is nobody called “{name}” in this file.</source>
        <translation>In dieser Datei gibt es niemanden namens „{name}“.</translation>
    </message>
    <message>
        <source>{length} people are called “{name}”; rename one to tell them apart.</source>
        <translation>{length} Personen heißen „{name}“; benennen Sie eine um, um sie zu unterscheiden.</translation>
    </message>
    <message>
        <source>This person no longer exists (deleted meanwhile).</source>
        <translation>Diese Person gibt es nicht mehr (inzwischen gelöscht).</translation>
    </message>
    <message>
        <source>{name} has no gift history yet.</source>
        <translation>{name} hat noch keinen Geschenkverlauf.</translation>
    </message>
    <message>
        <source>Gift history of {name}</source>
        <translation>Geschenkverlauf von {name}</translation>
    </message>
    <message>
        <source>received</source>
        <translation>erhalten</translation>
    </message>
    <message>
        <source>gave</source>
        <translation>verschenkt</translation>
    </message>
    <message>
        <source>No occasion</source>
        <translation>Kein Anlass</translation>
    </message>
    <message>
        <source>from {names}</source>
        <translation>von {names}</translation>
    </message>
    <message>
        <source>no buyer yet</source>
        <translation>noch kein Käufer</translation>
    </message>
    <message>
        <source>shared with {names}</source>
        <translation>geteilt mit {names}</translation>
    </message>
    <message>
        <source>for {names}</source>
        <translation>für {names}</translation>
    </message>
    <message>
        <source>for nobody</source>
        <translation>für niemanden</translation>
    </message>
    <message>
        <source>with {names}</source>
        <translation>mit {names}</translation>
    </message>
    <message>
        <source>Totals per year (planned, selected to received; their share)</source>
        <translation>Summen pro Jahr (geplant, ausgewählt bis erhalten; ihr Anteil)</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>ohne Datum</translation>
    </message>
    <message>
        <source>received {received} ({received_gifts}), gave {gave} ({gave_gifts})</source>
        <translation>erhalten {received} ({received_gifts}), verschenkt {gave} ({gave_gifts})</translation>
    </message>
    <message numerus="yes">
        <source>%Ln gift(s)</source>
        <translation>
            <numerusform>%Ln Geschenk</numerusform>
            <numerusform>%Ln Geschenke</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>Gift</source>
        <translation>Geschenk</translation>
    </message>
    <message>
        <source>Price (share)</source>
        <translation>Preis (Anteil)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Who else</source>
        <translation>Wer noch</translation>
    </message>
    <message numerus="yes">
        <source>%Ln gift(s)</source>
        <translation>
            <numerusform>%Ln Geschenk</numerusform>
            <numerusform>%Ln Geschenke</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportCancelled</name>
    <message>
        <source>The import was cancelled; nothing was added.</source>
        <translation>Der Import wurde abgebrochen; nichts wurde hinzugefügt.</translation>
    </message>
</context>
<context>
    <name>KeyboardShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menü</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>These keys work anywhere in the main window.</source>
        <translation>Diese Tasten funktionieren überall im Hauptfenster.</translation>
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
    <name>Lists</name>
    <message>
        <source>“{name}”</source>
        <translation>„{name}“</translation>
    </message>
    <message>
        <source>{names} and {last}</source>
        <translation>{names} und {last}</translation>
    </message>
</context>
<context>
    <name>LiveUpdates</name>
    <message>
        <source>Reconnecting to {host}…</source>
        <translation>Verbindung zu {host} wird wiederhergestellt…</translation>
    </message>
</context>
<context>
    <name>LockOwner</name>
    <message>
        <source>on the computer “{hostname}”</source>
        <translation>auf dem Computer „{hostname}“</translation>
    </message>
    <message>
        <source>(process {pid})</source>
        <translation>(Prozess {pid})</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;About giftdesk</source>
        <translation>Ü&amp;ber giftdesk</translation>
    </message>
    <message>
        <source>price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>sale price</source>
        <translation>Angebotspreis</translation>
    </message>
    <message>
        <source>Delete {name}? No gifts or budgets belong to it.</source>
        <translation>{name} löschen? Dazu gehören keine Geschenke und keine Budgets.</translation>
    </message>
    <message numerus="yes">
        <source>leaves its %Ln gift(s) with no occasion</source>
        <translation>
            <numerusform>lässt sein Geschenk ohne Anlass</numerusform>
            <numerusform>lässt seine %Ln Geschenke ohne Anlass</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>deletes %Ln person budget(s) set for it</source>
        <translation>
            <numerusform>löscht das dafür festgelegte Personenbudget</numerusform>
            <numerusform>löscht die %Ln dafür festgelegten Personenbudgets</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleting {name} {leaves} and {deletes}. You can undo this.</source>
        <translation>Das Löschen von {name} {leaves} und {deletes}. Sie können es rückgängig machen.</translation>
    </message>
    <message>
        <source>Deleting {name} {does}. You can undo this.</source>
        <translation>Das Löschen von {name} {does}. Sie können es rückgängig machen.</translation>
    </message>
    <message>
        <source>Gifts</source>
        <translation>Geschenke</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Occasions</source>
        <translation>Anlässe</translation>
    </message>
    <message>
        <source>Opening your gift list…</source>
        <translation>Ihre Geschenkliste wird geöffnet…</translation>
    </message>
    <message>
        <source>Show the gifts of one occasion</source>
        <translation>Die Geschenke eines Anlasses zeigen</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Connect to a &amp;shared database…</source>
        <translation>Mit einer &amp;gemeinsamen Datenbank verbinden…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Gifts</source>
        <translation>&amp;Geschenke</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;Personen</translation>
    </message>
    <message>
        <source>&amp;Occasions</source>
        <translation>A&amp;nlässe</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Nicht geändert</translation>
    </message>
    <message>
        <source>no file is open yet</source>
        <translation>noch ist keine Datei geöffnet</translation>
    </message>
    <message>
        <source>Search…  (Ctrl+F)</source>
        <translation>Suchen…  (Strg+F)</translation>
    </message>
    <message>
        <source>All occasions</source>
        <translation>Alle Anlässe</translation>
    </message>
    <message>
        <source>No occasion</source>
        <translation>Kein Anlass</translation>
    </message>
    <message>
        <source>Search gifts, people, stores…  (Ctrl+F)</source>
        <translation>Geschenke, Personen, Geschäfte suchen…  (Strg+F)</translation>
    </message>
    <message>
        <source>Search people…  (Ctrl+F)</source>
        <translation>Personen suchen…  (Strg+F)</translation>
    </message>
    <message>
        <source>Search occasions…  (Ctrl+F)</source>
        <translation>Anlässe suchen…  (Strg+F)</translation>
    </message>
    <message numerus="yes">
        <source>Loading %Ln gift(s)…</source>
        <translation>
            <numerusform>%Ln Geschenk wird geladen…</numerusform>
            <numerusform>%Ln Geschenke werden geladen…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln gift(s) selected · {amount}</source>
        <translation>
            <numerusform>%Ln Geschenk ausgewählt · {amount}</numerusform>
            <numerusform>%Ln Geschenke ausgewählt · {amount}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing {shown} of %Ln gift(s)</source>
        <translation>
            <numerusform>{shown} von %Ln Geschenk angezeigt</numerusform>
            <numerusform>{shown} von %Ln Geschenken angezeigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln gift(s)</source>
        <translation>
            <numerusform>%Ln Geschenk</numerusform>
            <numerusform>%Ln Geschenke</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s)</source>
        <translation>
            <numerusform>%Ln Person</numerusform>
            <numerusform>%Ln Personen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing {shown} of %Ln person(s)</source>
        <translation>
            <numerusform>{shown} von %Ln Person angezeigt</numerusform>
            <numerusform>{shown} von %Ln Personen angezeigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln occasion(s)</source>
        <translation>
            <numerusform>%Ln Anlass</numerusform>
            <numerusform>%Ln Anlässe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing {shown} of %Ln occasion(s)</source>
        <translation>
            <numerusform>{shown} von %Ln Anlass angezeigt</numerusform>
            <numerusform>{shown} von %Ln Anlässen angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>No gifts yet. Add one with “New gift…” (Ctrl+N).</source>
        <translation>Noch keine Geschenke. Fügen Sie eines mit „Neues Geschenk…“ hinzu (Strg+N).</translation>
    </message>
    <message>
        <source>No gifts yet. Add the people you give gifts to first (People → New person…).</source>
        <translation>Noch keine Geschenke. Legen Sie zuerst die Menschen an, die Sie beschenken (Personen → Neue Person…).</translation>
    </message>
    <message>
        <source>No gifts match “{search}”. Clear the search box to see everything.</source>
        <translation>Keine Geschenke passen zu „{search}“. Leeren Sie das Suchfeld, um alles zu sehen.</translation>
    </message>
    <message>
        <source>No gifts match this occasion. Choose “All occasions” to see everything.</source>
        <translation>Keine Geschenke bei diesem Anlass. Wählen Sie „Alle Anlässe“, um alles zu sehen.</translation>
    </message>
    <message>
        <source>No people yet. Add someone with “New person…”.</source>
        <translation>Noch keine Personen. Fügen Sie jemanden mit „Neue Person…“ hinzu.</translation>
    </message>
    <message>
        <source>Nobody matches “{search}”. Clear the search box to see everything.</source>
        <translation>Niemand passt zu „{search}“. Leeren Sie das Suchfeld, um alles zu sehen.</translation>
    </message>
    <message>
        <source>Nobody matches this occasion. Choose “All occasions” to see everything.</source>
        <translation>Niemand passt zu diesem Anlass. Wählen Sie „Alle Anlässe“, um alles zu sehen.</translation>
    </message>
    <message>
        <source>No occasions yet. Add one with “New occasion…” (Christmas, a birthday…).</source>
        <translation>Noch keine Anlässe. Fügen Sie einen mit „Neuer Anlass…“ hinzu (Weihnachten, ein Geburtstag…).</translation>
    </message>
    <message>
        <source>No occasions match “{search}”. Clear the search box to see everything.</source>
        <translation>Keine Anlässe passen zu „{search}“. Leeren Sie das Suchfeld, um alles zu sehen.</translation>
    </message>
    <message>
        <source>No occasions match this occasion. Choose “All occasions” to see everything.</source>
        <translation>Keine Anlässe passen hierzu. Wählen Sie „Alle Anlässe“, um alles zu sehen.</translation>
    </message>
    <message>
        <source>No gifts for this occasion yet. Add one with “New gift…”, or choose “All occasions”.</source>
        <translation>Noch keine Geschenke für diesen Anlass. Fügen Sie eines mit „Neues Geschenk…“ hinzu oder wählen Sie „Alle Anlässe“.</translation>
    </message>
    <message>
        <source>giftdesk</source>
        <translation>giftdesk</translation>
    </message>
    <message>
        <source>{file} (read-only) — giftdesk</source>
        <translation>{file} (schreibgeschützt) — giftdesk</translation>
    </message>
    <message>
        <source>{file} — giftdesk</source>
        <translation>{file} — giftdesk</translation>
    </message>
    <message>
        <source>Add {name}</source>
        <translation>{name} hinzufügen</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>{name} bearbeiten</translation>
    </message>
    <message>
        <source>Add {count} × {name}</source>
        <translation>{count} × {name} hinzufügen</translation>
    </message>
    <message>
        <source>Change {field} of {gift}</source>
        <translation>{field} von {gift} ändern</translation>
    </message>
    <message>
        <source>“{value}” is not a valid {field}.</source>
        <translation>„{value}“ ist kein gültiger Wert für {field}.</translation>
    </message>
    <message>
        <source>this gift</source>
        <translation>dieses Geschenk</translation>
    </message>
    <message>
        <source>Delete the gift “{name}”? You can undo this.</source>
        <translation>Das Geschenk „{name}“ löschen? Sie können es rückgängig machen.</translation>
    </message>
    <message>
        <source>Delete gift</source>
        <translation>Geschenk löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete the %Ln selected gift(s)? You can undo this.</source>
        <translation>
            <numerusform>Das ausgewählte Geschenk löschen? Sie können es rückgängig machen.</numerusform>
            <numerusform>Die %Ln ausgewählten Geschenke löschen? Sie können es rückgängig machen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln gift(s)</source>
        <translation>
            <numerusform>%Ln Geschenk löschen</numerusform>
            <numerusform>%Ln Geschenke löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete {name}</source>
        <translation>{name} löschen</translation>
    </message>
    <message>
        <source>The example family can only be loaded into an empty file; use File → New database… first.</source>
        <translation>Die Beispielfamilie lässt sich nur in eine leere Datei laden; verwenden Sie zuerst Datei → Neue Datenbank….</translation>
    </message>
    <message>
        <source>Load example family</source>
        <translation>Beispielfamilie laden</translation>
    </message>
    <message>
        <source>Example family loaded. Edit → Undo removes it again.</source>
        <translation>Beispielfamilie geladen. Bearbeiten → Rückgängig entfernt sie wieder.</translation>
    </message>
    <message>
        <source>Edit → Undo removes them again.</source>
        <translation>Bearbeiten → Rückgängig entfernt sie wieder.</translation>
    </message>
    <message>
        <source>{name} could not be written: {reason}.</source>
        <translation>{name} konnte nicht geschrieben werden: {reason}.</translation>
    </message>
</context>
<context>
    <name>Members</name>
    <message>
        <source>1 gift for you is hidden from you</source>
        <translation>1 Geschenk für Sie ist vor Ihnen verborgen</translation>
    </message>
    <message>
        <source>{count} gifts for you are hidden from you</source>
        <translation>{count} Geschenke für Sie sind vor Ihnen verborgen</translation>
    </message>
    <message>
        <source>Only the organiser of this family can import into it; you are connected as {login}, a family member. Nothing was changed.</source>
        <translation>Nur die Person, die diese Familie organisiert, kann in sie importieren; Sie sind als {login} verbunden, ein Familienmitglied. Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Family members need a shared database: a file on this computer has no logins, so move the family to a PostgreSQL server and open it with --db postgresql://… first.</source>
        <translation>Familienmitglieder brauchen eine gemeinsame Datenbank: Eine Datei auf diesem Computer hat keine Logins. Bringen Sie die Familie zuerst auf einen PostgreSQL-Server und öffnen Sie sie mit --db postgresql://…</translation>
    </message>
    <message>
        <source>Only the organiser of this family ({organiser}) can add or remove members; nothing was changed.</source>
        <translation>Nur die Person, die diese Familie organisiert ({organiser}), kann Mitglieder hinzufügen oder entfernen; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>The server did not allow this ({reason}); nothing was changed. The organiser&apos;s login must own the family&apos;s tables and may need CREATEROLE.</source>
        <translation>Der Server hat das nicht erlaubt ({reason}); nichts wurde geändert. Das Login der organisierenden Person muss die Tabellen der Familie besitzen und braucht eventuell CREATEROLE.</translation>
    </message>
    <message>
        <source>“{name}” cannot be a member&apos;s login: use small letters, digits and _, starting with a letter (at most 63).</source>
        <translation>„{name}“ kann kein Login eines Mitglieds sein: Verwenden Sie Kleinbuchstaben, Ziffern und _, beginnend mit einem Buchstaben (höchstens 63).</translation>
    </message>
    <message>
        <source>There is no person named “{person}” in this family; add them under People first. Nothing was changed.</source>
        <translation>In dieser Familie gibt es keine Person namens „{person}“; legen Sie sie zuerst unter Personen an. Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>The login “{name}” is already taken on this server; choose another name. Nothing was changed.</source>
        <translation>Das Login „{name}“ ist auf diesem Server schon vergeben; wählen Sie einen anderen Namen. Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>{person} is already a member (login “{login}”); nothing was changed.</source>
        <translation>{person} ist schon Mitglied (Login „{login}“); nichts wurde geändert.</translation>
    </message>
    <message>
        <source>A member&apos;s password may hold letters, digits, - and _ only.</source>
        <translation>Das Passwort eines Mitglieds darf nur Buchstaben, Ziffern, - und _ enthalten.</translation>
    </message>
    <message>
        <source>Your login may not create logins on this server; a server administrator can allow it with ALTER ROLE {login} CREATEROLE. Nothing was changed.</source>
        <translation>Ihr Login darf auf diesem Server keine Logins anlegen; eine Server-Administration kann es mit ALTER ROLE {login} CREATEROLE erlauben. Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>“{name}” is not a member of this family; nothing was changed.</source>
        <translation>„{name}“ ist kein Mitglied dieser Familie; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>{hidden} These figures leave them out.</source>
        <translation>{hidden} Diese Zahlen lassen sie aus.</translation>
    </message>
</context>
<context>
    <name>MembersDialog</name>
    <message>
        <source>Family &amp;members…</source>
        <translation>Familien&amp;mitglieder…</translation>
    </message>
    <message>
        <source>Let family members in, each unable to see the gifts for them</source>
        <translation>Familienmitglieder hereinlassen, jedes ohne die Geschenke für sich zu sehen</translation>
    </message>
    <message>
        <source>&amp;Hide gifts for…</source>
        <translation>Geschenke &amp;verbergen für…</translation>
    </message>
    <message>
        <source>Keep one person&apos;s gifts out of this window (not protection)</source>
        <translation>Die Geschenke einer Person in diesem Fenster ausblenden (kein Schutz)</translation>
    </message>
    <message>
        <source>Family members</source>
        <translation>Familienmitglieder</translation>
    </message>
    <message>
        <source>Each family member connects as themselves. The database hides from them every gift they are to receive, with its links and their own budgets, whatever program they use.</source>
        <translation>Jedes Familienmitglied verbindet sich als es selbst. Die Datenbank verbirgt vor ihm jedes Geschenk, das es bekommen soll, mit seinen Verknüpfungen und seinen eigenen Budgets, mit welchem Programm auch immer.</translation>
    </message>
    <message>
        <source>&amp;Add member</source>
        <translation>Mitglied &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove member</source>
        <translation>Mitglied &amp;entfernen</translation>
    </message>
    <message>
        <source>&amp;Copy address</source>
        <translation>Adresse &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Login name:</source>
        <translation>&amp;Login-Name:</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <source>{person} can now connect as {login}. Give them this address; it holds their password and is not shown again.</source>
        <translation>{person} kann sich jetzt als {login} verbinden. Geben Sie ihr/ihm diese Adresse; sie enthält das Passwort und wird nicht noch einmal angezeigt.</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>Mitglied entfernen</translation>
    </message>
    <message>
        <source>Remove the login {login}? They can no longer connect; their person and gifts stay.</source>
        <translation>Das Login {login} entfernen? Es kann sich dann nicht mehr verbinden; die Person und ihre Geschenke bleiben.</translation>
    </message>
    <message>
        <source>{login} can no longer connect; {person} and their gifts stay.</source>
        <translation>{login} kann sich nicht mehr verbinden; {person} und die Geschenke bleiben.</translation>
    </message>
    <message>
        <source>Hide gifts for…</source>
        <translation>Geschenke verbergen für…</translation>
    </message>
    <message>
        <source>Nobody (show every gift)</source>
        <translation>Niemand (alle Geschenke zeigen)</translation>
    </message>
    <message>
        <source>This only hides their gifts in this window, on this computer. It is not protection: anyone who opens the file, here or with another program, still sees every gift. To keep surprises safe, put the family on a shared database and let each person in as a family member.</source>
        <translation>Das verbirgt die Geschenke nur in diesem Fenster, auf diesem Computer. Es ist kein Schutz: Wer die Datei öffnet, hier oder mit einem anderen Programm, sieht weiterhin jedes Geschenk. Damit Überraschungen sicher bleiben, legen Sie die Familie in eine gemeinsame Datenbank und lassen jede Person als Familienmitglied herein.</translation>
    </message>
    <message>
        <source>&amp;Hide the gifts for:</source>
        <translation>Geschenke &amp;verbergen für:</translation>
    </message>
    <message>
        <source>Their gifts are hidden in this window only; anyone who opens the file still sees them.</source>
        <translation>Die Geschenke sind nur in diesem Fenster verborgen; wer die Datei öffnet, sieht sie weiterhin.</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>{label} must be an amount like 12.50.</source>
        <translation>{label} muss ein Betrag wie 12,50 sein.</translation>
    </message>
    <message>
        <source>{label} cannot be negative.</source>
        <translation>{label} darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>{label} “{value}” is not an amount; write it like 12.50.</source>
        <translation>{label} „{value}“ ist kein Betrag; schreiben Sie ihn wie 12,50.</translation>
    </message>
    <message>
        <source>{label} “{value}” is not an amount.</source>
        <translation>{label} „{value}“ ist kein Betrag.</translation>
    </message>
    <message>
        <source>{label} can have at most two decimals.</source>
        <translation>{label} darf höchstens zwei Nachkommastellen haben.</translation>
    </message>
    <message>
        <source>{label} must be a whole number of cents.</source>
        <translation>{label} muss eine ganze Zahl von Cent sein.</translation>
    </message>
    <message>
        <source>{label} must be less than 10,000,000.00.</source>
        <translation>{label} muss unter 10.000.000,00 liegen.</translation>
    </message>
    <message>
        <source>{label} “{shown}” is not an amount; write it like {example}.</source>
        <translation>{label} „{shown}“ ist kein Betrag; schreiben Sie ihn wie {example}.</translation>
    </message>
    <message>
        <source>{big} or {small}? Write {digits} or {small}.</source>
        <translation>{big} oder {small}? Schreiben Sie {digits} oder {small}.</translation>
    </message>
    <message>
        <source>{big}? Write {digits}, or use at most two decimals.</source>
        <translation>{big}? Schreiben Sie {digits} oder verwenden Sie höchstens zwei Nachkommastellen.</translation>
    </message>
    <message>
        <source>{label} “{shown}” is unclear: {question}</source>
        <translation>{label} „{shown}“ ist nicht eindeutig: {question}</translation>
    </message>
</context>
<context>
    <name>MoneyDelegate</name>
    <message>
        <source>no price</source>
        <translation>kein Preis</translation>
    </message>
</context>
<context>
    <name>OccasionChooserDialog</name>
    <message numerus="yes">
        <source>Move %Ln gift(s) to an occasion</source>
        <translation>
            <numerusform>%Ln Geschenk einem Anlass zuordnen</numerusform>
            <numerusform>%Ln Geschenke einem Anlass zuordnen</numerusform>
        </translation>
    </message>
    <message>
        <source>Which occasion is this gift for?</source>
        <translation>Zu welchem Anlass gehört dieses Geschenk?</translation>
    </message>
    <message>
        <source>Which occasion are these gifts for?</source>
        <translation>Zu welchem Anlass gehören diese Geschenke?</translation>
    </message>
    <message>
        <source>No occasion</source>
        <translation>Kein Anlass</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>&amp;Verschieben</translation>
    </message>
</context>
<context>
    <name>OccasionDialog</name>
    <message>
        <source>Edit occasion</source>
        <translation>Anlass bearbeiten</translation>
    </message>
    <message>
        <source>New occasion</source>
        <translation>Neuer Anlass</translation>
    </message>
    <message>
        <source>e.g. Christmas 2026</source>
        <translation>z. B. Weihnachten 2026</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>no budget</source>
        <translation>kein Budget</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Budget:</source>
        <translation>&amp;Budget:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otizen:</translation>
    </message>
</context>
<context>
    <name>Occasions</name>
    <message>
        <source>This occasion no longer exists (deleted meanwhile).</source>
        <translation>Diesen Anlass gibt es nicht mehr (inzwischen gelöscht).</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Kein Datum</translation>
    </message>
    <message>
        <source>{empty_text} (type e.g. {example})</source>
        <translation>{empty_text}, z. B. {example}</translation>
    </message>
    <message>
        <source>Type a date like {example} or 2026-12-24, or pick one from the calendar (Alt+Down). Leave empty for no date.</source>
        <translation>Geben Sie ein Datum wie {example} oder 2026-12-24 ein oder wählen Sie es im Kalender (Alt+Runter). Leer lassen für kein Datum.</translation>
    </message>
    <message>
        <source>Pick the date from a calendar (Alt+Down)</source>
        <translation>Datum im Kalender wählen (Alt+Runter)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Leave the date empty</source>
        <translation>Das Datum leer lassen</translation>
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <source>This person no longer exists (deleted meanwhile).</source>
        <translation>Diese Person gibt es nicht mehr (inzwischen gelöscht).</translation>
    </message>
</context>
<context>
    <name>Person</name>
    <message>
        <source>Same name</source>
        <translation>Gleicher Name</translation>
    </message>
    <message>
        <source>There is already {listed}. Add another person named {name}?</source>
        <translation>Es gibt bereits {listed}. Noch eine Person namens {name} hinzufügen?</translation>
    </message>
    <message>
        <source>A relationship (Mother, cousin…) tells them apart in every list; without one they are numbered.</source>
        <translation>Eine Beziehung (Mutter, Cousin…) unterscheidet sie in jeder Liste; ohne sie werden sie nummeriert.</translation>
    </message>
    <message>
        <source>Add another {name}</source>
        <translation>Noch eine Person {name} hinzufügen</translation>
    </message>
</context>
<context>
    <name>PersonBudgetDialog</name>
    <message>
        <source>Set a budget</source>
        <translation>Budget festlegen</translation>
    </message>
    <message>
        <source>A person&apos;s budgets for &lt;b&gt;{occasion}&lt;/b&gt;.</source>
        <translation>Die Budgets einer Person für &lt;b&gt;{occasion}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>no budget</source>
        <translation>kein Budget</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <source>Budget for &amp;gifts to them:</source>
        <translation>Budget für &amp;Geschenke an sie:</translation>
    </message>
    <message>
        <source>Budget to &amp;spend on gifts:</source>
        <translation>Budget zum &amp;Ausgeben für Geschenke:</translation>
    </message>
    <message>
        <source>Leave a budget empty for no budget.</source>
        <translation>Lassen Sie ein Budget leer, wenn es keines geben soll.</translation>
    </message>
    <message>
        <source>Set budget</source>
        <translation>Budget festlegen</translation>
    </message>
    <message>
        <source>budget for gifts to them</source>
        <translation>Budget für Geschenke an sie</translation>
    </message>
    <message>
        <source>budget to spend</source>
        <translation>Budget zum Ausgeben</translation>
    </message>
</context>
<context>
    <name>PersonDeletion</name>
    <message>
        <source>“{name}”</source>
        <translation>„{name}“</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more</source>
        <translation>
            <numerusform>%Ln weiteres</numerusform>
            <numerusform>%Ln weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>receives %Ln gift(s)</source>
        <translation>
            <numerusform>bekommt %Ln Geschenk</numerusform>
            <numerusform>bekommt %Ln Geschenke</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>buys %Ln</source>
        <translation>
            <numerusform>kauft %Ln</numerusform>
            <numerusform>kauft %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>buys %Ln gift(s)</source>
        <translation>
            <numerusform>kauft %Ln Geschenk</numerusform>
            <numerusform>kauft %Ln Geschenke</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>chips in to %Ln</source>
        <translation>
            <numerusform>beteiligt sich an %Ln</numerusform>
            <numerusform>beteiligt sich an %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>chips in to %Ln gift(s)</source>
        <translation>
            <numerusform>beteiligt sich an %Ln Geschenk</numerusform>
            <numerusform>beteiligt sich an %Ln Geschenken</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete {name}? They are not part of any gift or budget yet.</source>
        <translation>{name} löschen? Diese Person gehört noch zu keinem Geschenk und keinem Budget.</translation>
    </message>
    <message>
        <source>{name} {parts}.</source>
        <translation>{name} {parts}.</translation>
    </message>
    <message>
        <source>{gifts} will have no recipient left (it is for {name} alone).</source>
        <translation>{gifts} hat dann keine beschenkte Person mehr (es ist nur für {name}).</translation>
    </message>
    <message>
        <source>{gifts} will have no recipient left (they are for {name} alone).</source>
        <translation>{gifts} haben dann keine beschenkte Person mehr (sie sind nur für {name}).</translation>
    </message>
    <message numerus="yes">
        <source>The %Ln gifts {name} buys will have no purchaser.</source>
        <translation>
            <numerusform>Das Geschenk, das {name} kauft, hat dann keinen Käufer.</numerusform>
            <numerusform>Die %Ln Geschenke, die {name} kauft, haben dann keinen Käufer.</numerusform>
        </translation>
    </message>
    <message>
        <source>The gift {name} buys will have no purchaser.</source>
        <translation>Das Geschenk, das {name} kauft, hat dann keinen Käufer.</translation>
    </message>
    <message>
        <source>The shares of {people} rise, as {name} no longer shares the cost.</source>
        <translation>Die Anteile von {people} steigen, weil {name} die Kosten nicht mehr mitträgt.</translation>
    </message>
    <message>
        <source>That takes {person} over their budget for gifts to them in {occasion}.</source>
        <translation>Damit liegt {person} bei {occasion} über dem Budget für Geschenke an sie.</translation>
    </message>
    <message>
        <source>That takes {person} over their budget for what they buy in {occasion}.</source>
        <translation>Damit liegt {person} bei {occasion} über dem Budget für Einkäufe.</translation>
    </message>
    <message numerus="yes">
        <source>Their %Ln budget(s) will be deleted.</source>
        <translation>
            <numerusform>Das Budget dieser Person wird gelöscht.</numerusform>
            <numerusform>Ihre %Ln Budgets werden gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>You can undo this.</source>
        <translation>Sie können es rückgängig machen.</translation>
    </message>
    <message>
        <source>Delete {name}?

{details}</source>
        <translation>{name} löschen?

{details}</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Edit person</source>
        <translation>Person bearbeiten</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Neue Person</translation>
    </message>
    <message>
        <source>e.g. Grandma Rosa</source>
        <translation>z. B. Oma Rosa</translation>
    </message>
    <message>
        <source>e.g. Grandmother, colleague</source>
        <translation>z. B. Großmutter, Kollegin</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Geburtstag</translation>
    </message>
    <message>
        <source>gardening, jazz, puzzles…</source>
        <translation>Gärtnern, Jazz, Puzzles…</translation>
    </message>
    <message>
        <source>shirt M, shoes 39…</source>
        <translation>Hemd M, Schuhe 39…</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Relationship:</source>
        <translation>&amp;Beziehung:</translation>
    </message>
    <message>
        <source>&amp;Birthday:</source>
        <translation>&amp;Geburtstag:</translation>
    </message>
    <message>
        <source>&amp;Interests:</source>
        <translation>&amp;Interessen:</translation>
    </message>
    <message>
        <source>&amp;Sizes:</source>
        <translation>Grö&amp;ßen:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otizen:</translation>
    </message>
</context>
<context>
    <name>PersonHistoryView</name>
    <message>
        <source>Choose a person above to see the gifts they received and gave.</source>
        <translation>Wählen Sie oben eine Person, um die erhaltenen und verschenkten Geschenke zu sehen.</translation>
    </message>
    <message>
        <source>Gift history</source>
        <translation>Geschenkverlauf</translation>
    </message>
    <message>
        <source>Gift history of {name}</source>
        <translation>Geschenkverlauf von {name}</translation>
    </message>
    <message>
        <source>{name} has no gift history yet: no gift for them, none bought or shared by them.</source>
        <translation>{name} hat noch keinen Geschenkverlauf: kein Geschenk für diese Person, keines von ihr gekauft oder geteilt.</translation>
    </message>
    <message>
        <source>No occasion</source>
        <translation>Kein Anlass</translation>
    </message>
    <message>
        <source>Undated</source>
        <translation>Ohne Datum</translation>
    </message>
    <message>
        <source>received {amount} in {gifts}</source>
        <translation>erhalten: {amount} in {gifts}</translation>
    </message>
    <message>
        <source>gave {amount} in {gifts}</source>
        <translation>verschenkt: {amount} in {gifts}</translation>
    </message>
    <message>
        <source>Totals per year</source>
        <translation>Summen pro Jahr</translation>
    </message>
    <message>
        <source>(their share of planned gifts, ideas not counted)</source>
        <translation>(ihr Anteil an geplanten Geschenken, Ideen nicht gezählt)</translation>
    </message>
    <message>
        <source>Only ideas so far: nothing is counted yet.</source>
        <translation>Bisher nur Ideen: noch nichts wird gezählt.</translation>
    </message>
    <message>
        <source>received</source>
        <translation>erhalten</translation>
    </message>
    <message>
        <source>from {names}</source>
        <translation>von {names}</translation>
    </message>
    <message>
        <source>no buyer yet</source>
        <translation>noch kein Käufer</translation>
    </message>
    <message>
        <source>with {names}</source>
        <translation>mit {names}</translation>
    </message>
    <message>
        <source>gave</source>
        <translation>verschenkt</translation>
    </message>
    <message>
        <source>for {names}</source>
        <translation>für {names}</translation>
    </message>
    <message>
        <source>for nobody yet</source>
        <translation>noch für niemanden</translation>
    </message>
    <message>
        <source>The gift&apos;s cost (their share in brackets)</source>
        <translation>Die Kosten des Geschenks (ihr Anteil in Klammern)</translation>
    </message>
</context>
<context>
    <name>PickerModel</name>
    <message>
        <source>{line} (over budget in {occasions})</source>
        <translation>{line} (über dem Budget bei {occasions})</translation>
    </message>
    <message>
        <source>No purchaser (clear the purchaser)</source>
        <translation>Kein Käufer (Käufer entfernen)</translation>
    </message>
    <message>
        <source>gets {which} themselves</source>
        <translation>bekommt {which} selbst</translation>
    </message>
    <message>
        <source>buying {amount} of {budget}</source>
        <translation>kauft für {amount} von {budget}</translation>
    </message>
    <message>
        <source>receiving {amount} of {budget}</source>
        <translation>bekommt {amount} von {budget}</translation>
    </message>
    <message>
        <source>buying {amount}, no budget set</source>
        <translation>kauft für {amount}, kein Budget</translation>
    </message>
    <message>
        <source>receiving {amount}, no budget set</source>
        <translation>bekommt {amount}, kein Budget</translation>
    </message>
    <message>
        <source>buying nothing yet</source>
        <translation>kauft noch nichts</translation>
    </message>
    <message>
        <source>receiving nothing yet</source>
        <translation>bekommt noch nichts</translation>
    </message>
    <message>
        <source>over budget by {amount}</source>
        <translation>{amount} über dem Budget</translation>
    </message>
    <message>
        <source>over budget</source>
        <translation>über dem Budget</translation>
    </message>
</context>
<context>
    <name>Planner</name>
    <message>
        <source>There is no occasion to plan again yet; add one first.</source>
        <translation>Es gibt noch keinen Anlass, der erneut geplant werden könnte; legen Sie zuerst einen an.</translation>
    </message>
    <message>
        <source>Plan again as {name}</source>
        <translation>Erneut planen als {name}</translation>
    </message>
    <message>
        <source>Coming up</source>
        <translation>Demnächst</translation>
    </message>
    <message>
        <source>Import a gift spreadsheet</source>
        <translation>Geschenkliste aus Tabelle importieren</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv);;All files (*)</source>
        <translation>Tabellen (*.xlsx *.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import {name}</source>
        <translation>{name} importieren</translation>
    </message>
</context>
<context>
    <name>PurchaserField</name>
    <message>
        <source>Choose…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <source>Choose who buys this gift (Ctrl+Shift+P in the gift table)</source>
        <translation>Wählen, wer dieses Geschenk kauft (Strg+Umschalt+P in der Geschenktabelle)</translation>
    </message>
    <message>
        <source>No purchaser yet</source>
        <translation>Noch kein Käufer</translation>
    </message>
    <message>
        <source>&lt;i&gt;{text}&lt;/i&gt;</source>
        <translation>&lt;i&gt;{text}&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Choose purchaser (now: {text})</source>
        <translation>Käufer wählen (jetzt: {text})</translation>
    </message>
</context>
<context>
    <name>PurchaserPicker</name>
    <message>
        <source>No purchaser</source>
        <translation>Kein Käufer</translation>
    </message>
    <message>
        <source>Who buys “{gift}”?</source>
        <translation>Wer kauft „{gift}“?</translation>
    </message>
    <message>
        <source>Who else receives “{gift}”?</source>
        <translation>Wer bekommt „{gift}“ noch?</translation>
    </message>
    <message>
        <source>Who no longer receives “{gift}”?</source>
        <translation>Wer bekommt „{gift}“ nicht mehr?</translation>
    </message>
    <message numerus="yes">
        <source>Who buys these %Ln gift(s)?</source>
        <translation>
            <numerusform>Wer kauft dieses Geschenk?</numerusform>
            <numerusform>Wer kauft diese %Ln Geschenke?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Who else receives these %Ln gift(s)?</source>
        <translation>
            <numerusform>Wer bekommt dieses Geschenk noch?</numerusform>
            <numerusform>Wer bekommt diese %Ln Geschenke noch?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Who no longer receives these %Ln gift(s)?</source>
        <translation>
            <numerusform>Wer bekommt dieses Geschenk nicht mehr?</numerusform>
            <numerusform>Wer bekommt diese %Ln Geschenke nicht mehr?</numerusform>
        </translation>
    </message>
    <message>
        <source>this gift</source>
        <translation>dieses Geschenk</translation>
    </message>
    <message numerus="yes">
        <source>all %Ln of these gifts</source>
        <translation>
            <numerusform>dieses Geschenk</numerusform>
            <numerusform>alle %Ln dieser Geschenke</numerusform>
        </translation>
    </message>
    <message>
        <source>{receives} of these {count} gifts</source>
        <translation>{receives} dieser {count} Geschenke</translation>
    </message>
    <message>
        <source>{name} gets {which} themselves.</source>
        <translation>{name} bekommt {which} selbst.</translation>
    </message>
    <message>
        <source>Assign purchaser for “{gift}”</source>
        <translation>Käufer für „{gift}“ festlegen</translation>
    </message>
    <message>
        <source>Add recipient to “{gift}”</source>
        <translation>Beschenkte Person zu „{gift}“ hinzufügen</translation>
    </message>
    <message>
        <source>Remove recipient from “{gift}”</source>
        <translation>Beschenkte Person von „{gift}“ entfernen</translation>
    </message>
    <message numerus="yes">
        <source>Assign purchaser for %Ln gift(s)</source>
        <translation>
            <numerusform>Käufer für %Ln Geschenk festlegen</numerusform>
            <numerusform>Käufer für %Ln Geschenke festlegen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add recipient to %Ln gift(s)</source>
        <translation>
            <numerusform>Beschenkte Person zu %Ln Geschenk hinzufügen</numerusform>
            <numerusform>Beschenkte Person zu %Ln Geschenken hinzufügen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove recipient from %Ln gift(s)</source>
        <translation>
            <numerusform>Beschenkte Person von %Ln Geschenk entfernen</numerusform>
            <numerusform>Beschenkte Person von %Ln Geschenken entfernen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PurchaserPickerDialog</name>
    <message>
        <source>Type a name or relationship…</source>
        <translation>Namen oder Beziehung eingeben…</translation>
    </message>
    <message>
        <source>Filter people</source>
        <translation>Personen filtern</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>&amp;New person…</source>
        <translation>&amp;Neue Person…</translation>
    </message>
    <message>
        <source>Add a person without leaving this dialog</source>
        <translation>Eine Person hinzufügen, ohne diesen Dialog zu verlassen</translation>
    </message>
    <message>
        <source>&amp;Assign</source>
        <translation>&amp;Festlegen</translation>
    </message>
    <message>
        <source>&amp;Add recipient</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove recipient</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>No one matches “{text}”.</source>
        <translation>Niemand passt zu „{text}“.</translation>
    </message>
    <message>
        <source>No one matches “{text}”. Use New person… to add them.</source>
        <translation>Niemand passt zu „{text}“. Mit „Neue Person…“ hinzufügen.</translation>
    </message>
    <message>
        <source>e.g. Aunt Helga</source>
        <translation>z. B. Tante Helga</translation>
    </message>
    <message>
        <source>New person&apos;s name</source>
        <translation>Name der neuen Person</translation>
    </message>
    <message>
        <source>e.g. Aunt (optional)</source>
        <translation>z. B. Tante (optional)</translation>
    </message>
    <message>
        <source>Add &amp;person</source>
        <translation>&amp;Person hinzufügen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Re&amp;lationship:</source>
        <translation>Be&amp;ziehung:</translation>
    </message>
    <message>
        <source>&lt;b&gt;New person&lt;/b&gt;</source>
        <translation>&lt;b&gt;Neue Person&lt;/b&gt;</translation>
    </message>
    <message>
        <source>There is already someone called “{name}”; press Add person again to add another.</source>
        <translation>Es gibt schon jemanden namens „{name}“; drücken Sie erneut „Person hinzufügen“, um eine weitere anzulegen.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Budget summary</source>
        <translation>Budgetübersicht</translation>
    </message>
    <message>
        <source>(no occasion)</source>
        <translation>(kein Anlass)</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>Feiertag</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Geburtstag</translation>
    </message>
    <message>
        <source>Anniversary</source>
        <translation>Jahrestag</translation>
    </message>
    <message>
        <source>Occasion</source>
        <translation>Anlass</translation>
    </message>
    <message>
        <source>to buy</source>
        <translation>zu kaufen</translation>
    </message>
    <message>
        <source>bought</source>
        <translation>gekauft</translation>
    </message>
    <message>
        <source>received</source>
        <translation>erhalten</translation>
    </message>
    <message>
        <source>There is nothing to sum up yet: add an occasion and some gifts, then print again.</source>
        <translation>Noch gibt es nichts zusammenzufassen: Legen Sie einen Anlass und einige Geschenke an und drucken Sie dann erneut.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln gift(s)</source>
        <translation>
            <numerusform>%Ln Geschenk</numerusform>
            <numerusform>%Ln Geschenke</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln occasion(s)</source>
        <translation>
            <numerusform>%Ln Anlass</numerusform>
            <numerusform>%Ln Anlässe</numerusform>
        </translation>
    </message>
    <message>
        <source>gifts for them by {money}</source>
        <translation>bei Geschenken für sie um {money}</translation>
    </message>
    <message>
        <source>gifts they buy by {money}</source>
        <translation>bei Geschenken, die sie kaufen, um {money}</translation>
    </message>
    <message>
        <source>Over budget: {first} and {second}.</source>
        <translation>Über dem Budget: {first} und {second}.</translation>
    </message>
    <message>
        <source>Over budget: {what}.</source>
        <translation>Über dem Budget: {what}.</translation>
    </message>
    <message>
        <source>One occasion</source>
        <translation>Ein Anlass</translation>
    </message>
    <message>
        <source>{occasions} and gifts without one</source>
        <translation>{occasions} und Geschenke ohne Anlass</translation>
    </message>
    <message>
        <source>{what} · made on {date}</source>
        <translation>{what} · erstellt am {date}</translation>
    </message>
    <message>
        <source>Over budget: the planned gifts cost {money} more than the budget.</source>
        <translation>Über dem Budget: Die geplanten Geschenke kosten {money} mehr als das Budget.</translation>
    </message>
    <message>
        <source>No one has a budget or a gift here yet.</source>
        <translation>Hier hat noch niemand ein Budget oder ein Geschenk.</translation>
    </message>
    <message>
        <source>over by {money}</source>
        <translation>{money} darüber</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Bought</source>
        <translation>Gekauft</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Übrig</translation>
    </message>
    <message>
        <source>Ideas (not planned)</source>
        <translation>Ideen (nicht geplant)</translation>
    </message>
    <message>
        <source>Planned, no buyer yet</source>
        <translation>Geplant, noch ohne Käufer</translation>
    </message>
    <message>
        <source>Gifts without a price</source>
        <translation>Geschenke ohne Preis</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Gifts for them</source>
        <translation>Geschenke für sie</translation>
    </message>
    <message>
        <source>Gifts they buy</source>
        <translation>Geschenke, die sie kaufen</translation>
    </message>
    <message>
        <source>Who buys what</source>
        <translation>Wer kauft was</translation>
    </message>
    <message>
        <source>Each buyer’s list of the gifts decided on, by occasion. ☐ still to buy, ☑ bought.</source>
        <translation>Die Liste der beschlossenen Geschenke für jeden Käufer, nach Anlass. ☐ noch zu kaufen, ☑ gekauft.</translation>
    </message>
    <message>
        <source>No gift is decided on yet (there are only ideas).</source>
        <translation>Noch ist kein Geschenk beschlossen (es gibt nur Ideen).</translation>
    </message>
    <message>
        <source>No buyer yet</source>
        <translation>Noch kein Käufer</translation>
    </message>
    <message>
        <source>{gifts} · still to buy {to_buy} · bought {bought}</source>
        <translation>{gifts} · noch zu kaufen {to_buy} · gekauft {bought}</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>Geschenk</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Für</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Geschäft</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>buying {planned} of a {budget} budget</source>
        <translation>kauft für {planned} von {budget} Budget</translation>
    </message>
    <message>
        <source>shared with {names}</source>
        <translation>geteilt mit {names}</translation>
    </message>
    <message>
        <source>no price</source>
        <translation>kein Preis</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>an occasion that no longer exists</source>
        <translation>ein Anlass, den es nicht mehr gibt</translation>
    </message>
    <message>
        <source>The page could not be drawn (the printer or file refused it).</source>
        <translation>Die Seite konnte nicht gezeichnet werden (der Drucker oder die Datei hat sie abgelehnt).</translation>
    </message>
    <message>
        <source>page {value} of {pages}</source>
        <translation>Seite {value} von {pages}</translation>
    </message>
    <message>
        <source>Writing a PDF needs Qt&apos;s graphical part, which is not running.</source>
        <translation>Zum Schreiben einer PDF wird der grafische Teil von Qt benötigt, der nicht läuft.</translation>
    </message>
    <message>
        <source>Cannot write the budget summary as “{fmt}”; use pdf or html.</source>
        <translation>Die Budgetübersicht kann nicht als „{fmt}“ geschrieben werden; verwenden Sie pdf oder html.</translation>
    </message>
    <message>
        <source>Cannot write the budget summary as “{fmt}”; use pdf, html or csv.</source>
        <translation>Die Budgetübersicht kann nicht als „{fmt}“ geschrieben werden; verwenden Sie pdf, html oder csv.</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Web page (*.html *.htm)</source>
        <translation>Webseite (*.html *.htm)</translation>
    </message>
    <message>
        <source>Spreadsheet, CSV (*.csv)</source>
        <translation>Tabelle, CSV (*.csv)</translation>
    </message>
    <message>
        <source>Budget summary not saved</source>
        <translation>Budgetübersicht nicht gespeichert</translation>
    </message>
    <message>
        <source>Some names cannot be drawn</source>
        <translation>Einige Namen können nicht dargestellt werden</translation>
    </message>
    <message>
        <source>{text}

Save the PDF anyway?</source>
        <translation>{text}

Die PDF trotzdem speichern?</translation>
    </message>
    <message>
        <source>Print preview: {title}</source>
        <translation>Druckvorschau: {title}</translation>
    </message>
    <message>
        <source>Export budget summary</source>
        <translation>Budgetübersicht exportieren</translation>
    </message>
    <message>
        <source>Budget summary saved to {target}</source>
        <translation>Budgetübersicht in {target} gespeichert</translation>
    </message>
</context>
<context>
    <name>RestoreBackup</name>
    <message>
        <source>{day}, {time} — {contents} (the file as it was before a restore)</source>
        <translation>{day}, {time} — {contents} (die Datei vor einer Wiederherstellung)</translation>
    </message>
    <message>
        <source>{label} (older backup; may be another file’s)</source>
        <translation>{label} (ältere Sicherung; vielleicht von einer anderen Datei)</translation>
    </message>
    <message>
        <source>Replace everything now in {name} ({current}) with the backup of {backup_label}?

This backup was made before giftdesk noted which file a backup copies: it may be a copy of another file named {name}. The file as it is now is kept among the backups first, so this can be undone by restoring it; the undo history of this session is cleared.</source>
        <translation>Alles, was jetzt in {name} ({current}) steht, durch die Sicherung vom {backup_label} ersetzen?

Diese Sicherung wurde angelegt, bevor giftdesk vermerkte, welche Datei eine Sicherung kopiert: Sie könnte eine Kopie einer anderen Datei namens {name} sein. Die Datei wird vorher in ihrem jetzigen Zustand bei den Sicherungen aufbewahrt, sodass sich das durch ihre Wiederherstellung rückgängig machen lässt; der Rückgängig-Verlauf dieser Sitzung wird geleert.</translation>
    </message>
    <message>
        <source>Replace everything now in {name} ({current}) with the backup of {backup_label}?

The file as it is now is kept among the backups first, so this can be undone by restoring it; the undo history of this session is cleared.</source>
        <translation>Alles, was jetzt in {name} ({current}) steht, durch die Sicherung vom {backup_label} ersetzen?

Die Datei wird vorher in ihrem jetzigen Zustand bei den Sicherungen aufbewahrt, sodass sich das durch ihre Wiederherstellung rückgängig machen lässt; der Rückgängig-Verlauf dieser Sitzung wird geleert.</translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>giftdesk keeps a copy of {name} from before the first change of each day, in {folder}. Choose the day to go back to:</source>
        <translation>giftdesk bewahrt in {folder} eine Kopie von {name} vor der ersten Änderung jedes Tages auf. Wählen Sie den Tag, zu dem Sie zurückkehren möchten:</translation>
    </message>
    <message>
        <source>There are no backups of {name} yet. giftdesk makes one before the first change of each day, in {folder}.</source>
        <translation>Es gibt noch keine Sicherungen von {name}. giftdesk legt vor der ersten Änderung jedes Tages eine in {folder} an.</translation>
    </message>
    <message>
        <source>{path}
Made before giftdesk noted which file a backup copies: it may be a copy of another file named {name}.</source>
        <translation>{path}
Angelegt, bevor giftdesk vermerkte, welche Datei eine Sicherung kopiert: Sie könnte eine Kopie einer anderen Datei namens {name} sein.</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Wiederherstellen…</translation>
    </message>
</context>
<context>
    <name>Rollover</name>
    <message>
        <source>Created {name} on {date} with {ideas} and {budgets}.</source>
        <translation>{name} am {date} angelegt, mit {ideas} und {budgets}.</translation>
    </message>
    <message numerus="yes">
        <source>%n idea(s)</source>
        <translation>
            <numerusform>%n Idee</numerusform>
            <numerusform>%n Ideen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n budget(s)</source>
        <translation>
            <numerusform>%n Budget</numerusform>
            <numerusform>%n Budgets</numerusform>
        </translation>
    </message>
    <message>
        <source>“{text}” is not a date; write it like 2027-12-25.</source>
        <translation>„{text}“ ist kein Datum; schreiben Sie es wie 2027-12-25.</translation>
    </message>
    <message>
        <source>There is no occasion called “{name}” in this file.</source>
        <translation>In dieser Datei gibt es keinen Anlass namens „{name}“.</translation>
    </message>
    <message>
        <source>{length} occasions are called “{name}”; rename one to tell them apart.</source>
        <translation>{length} Anlässe heißen „{name}“; benennen Sie einen um, um sie zu unterscheiden.</translation>
    </message>
    <message>
        <source>{name} (next)</source>
        <translation>{name} (nächstes)</translation>
    </message>
    <message>
        <source>This occasion no longer exists (deleted meanwhile).</source>
        <translation>Diesen Anlass gibt es nicht mehr (inzwischen gelöscht).</translation>
    </message>
    <message>
        <source>“{old_name}” has no date; give the new occasion&apos;s date.</source>
        <translation>„{old_name}“ hat kein Datum; geben Sie das Datum des neuen Anlasses an.</translation>
    </message>
    <message>
        <source>An occasion called “{name}” already exists.</source>
        <translation>Einen Anlass namens „{name}“ gibt es schon.</translation>
    </message>
    <message>
        <source>There is no occasion to plan again yet.</source>
        <translation>Es gibt noch keinen Anlass, der erneut geplant werden könnte.</translation>
    </message>
    <message>
        <source>“{name}” has no date; give the new one a date.</source>
        <translation>„{name}“ hat kein Datum; geben Sie dem neuen eines.</translation>
    </message>
</context>
<context>
    <name>RolloverDialog</name>
    <message>
        <source>Plan again next year</source>
        <translation>Nächstes Jahr erneut planen</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Choose a date</source>
        <translation>Datum wählen</translation>
    </message>
    <message>
        <source>Same type and budget, everyone&apos;s budgets for it, and its gifts still at “idea” copied as ideas. The occasion itself stays as it is.</source>
        <translation>Gleiche Art und gleiches Budget, die Budgets aller Personen dafür, und die Geschenke, die noch „Idee“ sind, als Ideen kopiert. Der Anlass selbst bleibt, wie er ist.</translation>
    </message>
    <message>
        <source>&amp;Occasion:</source>
        <translation>&amp;Anlass:</translation>
    </message>
    <message>
        <source>&amp;New name:</source>
        <translation>&amp;Neuer Name:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Plan it</source>
        <translation>&amp;Planen</translation>
    </message>
</context>
<context>
    <name>Shared</name>
    <message>
        <source>{place} holds no giftdesk family yet.</source>
        <translation>{place} enthält noch keine giftdesk-Familie.</translation>
    </message>
    <message>
        <source>“{address}” is not a database address; write it as postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>„{address}“ ist keine Datenbankadresse; schreiben Sie sie als postgresql://USER@HOST:PORT/DATABASE.</translation>
    </message>
    <message>
        <source>The address {address} names no database; end it with /DATABASE.</source>
        <translation>Die Adresse {address} nennt keine Datenbank; beenden Sie sie mit /DATABASE.</translation>
    </message>
    <message>
        <source>The server {server} did not accept the password for {user}; nothing was changed.</source>
        <translation>Der Server {server} hat das Passwort für {user} nicht angenommen; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>The server {server} has no user &apos;{user}&apos;; nothing was changed.</source>
        <translation>Der Server {server} hat keinen Benutzer &apos;{user}&apos;; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>The server {server} has no database &apos;{database}&apos;; create it first (an empty one is set up by giftdesk).</source>
        <translation>Der Server {server} hat keine Datenbank &apos;{database}&apos;; legen Sie sie zuerst an (eine leere richtet giftdesk ein).</translation>
    </message>
    <message>
        <source>{place} does not let {user} do this (permission denied); nothing was changed.</source>
        <translation>{place} erlaubt {user} das nicht (Zugriff verweigert); nichts wurde geändert.</translation>
    </message>
    <message>
        <source>The database server {server} cannot be reached; check that it is running and that this computer may connect to it.</source>
        <translation>Der Datenbankserver {server} ist nicht erreichbar; prüfen Sie, ob er läuft und ob dieser Computer sich mit ihm verbinden darf.</translation>
    </message>
    <message>
        <source>Another computer was changing the same things at the same moment; your change was not saved. Try again.</source>
        <translation>Ein anderer Computer hat im selben Moment dasselbe geändert; Ihre Änderung wurde nicht gespeichert. Versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>The server {server} is out of resources (its disk is full or it is overloaded); your change was not saved.</source>
        <translation>Dem Server {server} fehlen Ressourcen (sein Datenträger ist voll oder er ist überlastet); Ihre Änderung wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>{place} is read-only here; your change was not saved.</source>
        <translation>{place} ist hier schreibgeschützt; Ihre Änderung wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>The connection to {server} was lost; your change was not saved.</source>
        <translation>Die Verbindung zu {server} ist abgebrochen; Ihre Änderung wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>{place} holds the tables of another program, not a giftdesk family; nothing was changed.</source>
        <translation>{place} enthält die Tabellen eines anderen Programms, keine giftdesk-Familie; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>{place} was set up by a newer version of giftdesk; update giftdesk to use it.</source>
        <translation>{place} wurde von einer neueren giftdesk-Version eingerichtet; aktualisieren Sie giftdesk, um sie zu verwenden.</translation>
    </message>
    <message>
        <source>{place} is a damaged giftdesk database.</source>
        <translation>{place} ist eine beschädigte giftdesk-Datenbank.</translation>
    </message>
    <message>
        <source>“{name}” was changed on another computer a moment ago; your change was not saved. The table shows the latest version.</source>
        <translation>„{name}“ wurde gerade auf einem anderen Computer geändert; Ihre Änderung wurde nicht gespeichert. Die Tabelle zeigt den neuesten Stand.</translation>
    </message>
    <message>
        <source>{count} of the selected {kind}s (“{name}” among them) were changed on another computer a moment ago; nothing was changed. The table shows the latest version.</source>
        <translation>{count} der ausgewählten Einträge ({kind}, darunter „{name}“) wurden gerade auf einem anderen Computer geändert; nichts wurde geändert. Die Tabelle zeigt den neuesten Stand.</translation>
    </message>
    <message>
        <source>{name}&apos;s budgets for {occasion} were changed on another computer a moment ago; your change was not saved. The budget panel shows the latest.</source>
        <translation>Die Budgets von {name} für {occasion} wurden gerade auf einem anderen Computer geändert; Ihre Änderung wurde nicht gespeichert. Die Budgetübersicht zeigt den neuesten Stand.</translation>
    </message>
</context>
<context>
    <name>Spreadsheet</name>
    <message numerus="yes">
        <source>%n gift(s)</source>
        <translation>
            <numerusform>%n Geschenk</numerusform>
            <numerusform>%n Geschenke</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new person(s)</source>
        <translation>
            <numerusform>%n neue Person</numerusform>
            <numerusform>%n neue Personen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new occasion(s)</source>
        <translation>
            <numerusform>%n neuer Anlass</numerusform>
            <numerusform>%n neue Anlässe</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported {gifts}, {people}, {occasions}.</source>
        <translation>Importiert: {gifts}, {people}, {occasions}.</translation>
    </message>
    <message>
        <source>Imported {gifts}, {people}.</source>
        <translation>Importiert: {gifts}, {people}.</translation>
    </message>
    <message>
        <source>Imported {gifts}, {occasions}.</source>
        <translation>Importiert: {gifts}, {occasions}.</translation>
    </message>
    <message>
        <source>Imported {gifts}.</source>
        <translation>Importiert: {gifts}.</translation>
    </message>
    <message>
        <source>There is no file {path}.</source>
        <translation>Die Datei {path} gibt es nicht.</translation>
    </message>
    <message>
        <source>{name} is an old Excel file; save it as .xlsx or .csv and import that.</source>
        <translation>{name} ist eine alte Excel-Datei; speichern Sie sie als .xlsx oder .csv und importieren Sie diese.</translation>
    </message>
    <message>
        <source>{name} is not a spreadsheet giftdesk reads (.csv or .xlsx).</source>
        <translation>{name} ist keine Tabelle, die giftdesk lesen kann (.csv oder .xlsx).</translation>
    </message>
    <message>
        <source>{name} has no heading row giftdesk understands: name the gift&apos;s column “Gift” or “Item” and the others “For”, “Price”, “Bought by”…</source>
        <translation>{name} hat keine Kopfzeile, die giftdesk versteht: Nennen Sie die Spalte des Geschenks „Geschenk“ oder „Artikel“ und die anderen „Für“, „Preis“, „Gekauft von“…</translation>
    </message>
    <message>
        <source>{name} is neither UTF-8 nor Windows text.</source>
        <translation>{name} ist weder UTF-8- noch Windows-Text.</translation>
    </message>
    <message>
        <source>{name} is not a text file; save it as CSV.</source>
        <translation>{name} ist keine Textdatei; speichern Sie sie als CSV.</translation>
    </message>
    <message>
        <source>{name} is not a readable CSV file ({error}).</source>
        <translation>{name} ist keine lesbare CSV-Datei ({error}).</translation>
    </message>
    <message>
        <source>{name} is not a readable .xlsx file ({error}).</source>
        <translation>{name} ist keine lesbare .xlsx-Datei ({error}).</translation>
    </message>
    <message>
        <source>Choose which column holds the gift&apos;s name.</source>
        <translation>Wählen Sie, welche Spalte den Namen des Geschenks enthält.</translation>
    </message>
    <message>
        <source>{name} has headings but no gifts below them.</source>
        <translation>{name} hat Überschriften, aber keine Geschenke darunter.</translation>
    </message>
    <message>
        <source>the name “{value}…” is longer than {most} characters.</source>
        <translation>der Name „{value}…“ ist länger als {most} Zeichen.</translation>
    </message>
    <message>
        <source>row {row_number}, column {heading}: the gift has no name.</source>
        <translation>Zeile {row_number}, Spalte {heading}: Das Geschenk hat keinen Namen.</translation>
    </message>
    <message>
        <source>row {row}, column {heading}: {problem}</source>
        <translation>Zeile {row}, Spalte {heading}: {problem}</translation>
    </message>
    <message>
        <source>“{value}” is not an amount of money.</source>
        <translation>„{value}“ ist kein Geldbetrag.</translation>
    </message>
    <message>
        <source>“{original}” is negative; a price cannot be.</source>
        <translation>„{original}“ ist negativ; ein Preis kann das nicht sein.</translation>
    </message>
    <message>
        <source>“{original}” is not an amount of money.</source>
        <translation>„{original}“ ist kein Geldbetrag.</translation>
    </message>
    <message>
        <source>“{original}” has more than two decimals.</source>
        <translation>„{original}“ hat mehr als zwei Nachkommastellen.</translation>
    </message>
    <message>
        <source>“{shown}” is negative; a price cannot be.</source>
        <translation>„{shown}“ ist negativ; ein Preis kann das nicht sein.</translation>
    </message>
    <message>
        <source>“{shown}” is too much: prices stay below 10,000,000.00.</source>
        <translation>„{shown}“ ist zu viel: Preise bleiben unter 10.000.000,00.</translation>
    </message>
    <message>
        <source>“{text}” is not a status giftdesk knows (idea, selected, purchased or received).</source>
        <translation>„{text}“ ist kein Status, den giftdesk kennt (idea, selected, purchased oder received).</translation>
    </message>
    <message>
        <source>“{text}” is neither yes nor no.</source>
        <translation>„{text}“ ist weder ja noch nein.</translation>
    </message>
</context>
<context>
    <name>SpreadsheetDialog</name>
    <message>
        <source>(not imported)</source>
        <translation>(nicht importiert)</translation>
    </message>
    <message>
        <source>Two columns are read as {field} ({first} and {second}); choose another field for one of them.</source>
        <translation>Zwei Spalten werden als {field} gelesen ({first} und {second}); wählen Sie für eine davon ein anderes Feld.</translation>
    </message>
</context>
<context>
    <name>SpreadsheetImportDialog</name>
    <message>
        <source>Import {name}</source>
        <translation>{name} importieren</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt;: headings on row {heading_row}, {rows} below them. Check how each column was understood; change any that is wrong.</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt;: Überschriften in Zeile {heading_row}, {rows} darunter. Prüfen Sie, wie jede Spalte verstanden wurde; ändern Sie, was falsch ist.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln Zeile</numerusform>
            <numerusform>%Ln Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>How the columns were understood</source>
        <translation>Wie die Spalten verstanden wurden</translation>
    </message>
    <message>
        <source>Column {letters}</source>
        <translation>Spalte {letters}</translation>
    </message>
    <message>
        <source>Row numbers as your spreadsheet shows them</source>
        <translation>Zeilennummern wie in Ihrer Tabelle</translation>
    </message>
    <message>
        <source>no occasion</source>
        <translation>kein Anlass</translation>
    </message>
    <message>
        <source>&amp;Occasion for rows that name none:</source>
        <translation>&amp;Anlass für Zeilen ohne Anlass:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>The first {length} rows:</source>
        <translation>Die ersten {length} Zeilen:</translation>
    </message>
    <message>
        <source>{problem} Nothing will be imported until it is fixed.</source>
        <translation>{problem} Es wird nichts importiert, bis das behoben ist.</translation>
    </message>
    <message>
        <source>column {letters}</source>
        <translation>Spalte {letters}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln gift(s)</source>
        <translation>
            <numerusform>%Ln Geschenk</numerusform>
            <numerusform>%Ln Geschenke</numerusform>
        </translation>
    </message>
    <message>
        <source>{gifts} will be imported.</source>
        <translation>{gifts} werden importiert.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s)</source>
        <translation>
            <numerusform>%Ln Person</numerusform>
            <numerusform>%Ln Personen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{gifts} will be imported, for and by {people} (%n new: {names}).</source>
        <translation>
            <numerusform>{gifts} werden importiert, für und von {people} (%n neu: {names}).</numerusform>
            <numerusform>{gifts} werden importiert, für und von {people} (%n neu: {names}).</numerusform>
        </translation>
    </message>
    <message>
        <source>{gifts} will be imported, for and by {people}.</source>
        <translation>{gifts} werden importiert, für und von {people}.</translation>
    </message>
    <message>
        <source>Left out: row(s) {rows} (a total, or a row without a gift).</source>
        <translation>Ausgelassen: Zeile(n) {rows} (eine Summe oder eine Zeile ohne Geschenk).</translation>
    </message>
</context>
<context>
    <name>Statuses</name>
    <message>
        <source>idea</source>
        <translation>Idee</translation>
    </message>
    <message>
        <source>selected</source>
        <translation>ausgewählt</translation>
    </message>
    <message>
        <source>purchased</source>
        <translation>gekauft</translation>
    </message>
    <message>
        <source>received</source>
        <translation>erhalten</translation>
    </message>
</context>
<context>
    <name>Tables</name>
    <message>
        <source>Gift</source>
        <translation>Geschenk</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Für</translation>
    </message>
    <message>
        <source>Bought by</source>
        <translation>Gekauft von</translation>
    </message>
    <message>
        <source>Who buys the gift</source>
        <translation>Wer das Geschenk kauft</translation>
    </message>
    <message>
        <source>Occasion</source>
        <translation>Anlass</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Price of one (the sale price when there is one)</source>
        <translation>Preis pro Stück (der Angebotspreis, wenn es einen gibt)</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>Price × quantity</source>
        <translation>Preis × Menge</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Geschäft</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>no regular price</source>
        <translation>kein regulärer Preis</translation>
    </message>
    <message>
        <source>Sale price {sale} is not below the regular price ({regular})</source>
        <translation>Angebotspreis {sale} liegt nicht unter dem regulären Preis ({regular})</translation>
    </message>
    <message>
        <source>On sale: {sale} (regular {regular})</source>
        <translation>Im Angebot: {sale} (regulär {regular})</translation>
    </message>
    <message>
        <source>No price yet</source>
        <translation>Noch kein Preis</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Idee</translation>
    </message>
    <message>
        <source>Selected</source>
        <translation>Ausgewählt</translation>
    </message>
    <message>
        <source>Purchased</source>
        <translation>Gekauft</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Erhalten</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>Feiertag</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Geburtstag</translation>
    </message>
    <message>
        <source>Anniversary</source>
        <translation>Jahrestag</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Gifts</source>
        <translation>Geschenke</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Cost of gifts selected, purchased or received</source>
        <translation>Kosten der ausgewählten, gekauften oder erhaltenen Geschenke</translation>
    </message>
    <message>
        <source>Bought</source>
        <translation>Gekauft</translation>
    </message>
    <message>
        <source>Cost of gifts purchased or received</source>
        <translation>Kosten der gekauften oder erhaltenen Geschenke</translation>
    </message>
    <message>
        <source>Over budget by {amount}</source>
        <translation>{amount} über dem Budget</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Beziehung</translation>
    </message>
    <message>
        <source>Gifts to receive</source>
        <translation>Bekommt</translation>
    </message>
    <message>
        <source>Gifts to buy</source>
        <translation>Kauft</translation>
    </message>
    <message>
        <source>Gifts this person is the purchaser of</source>
        <translation>Geschenke, die diese Person kauft</translation>
    </message>
</context>
<context>
    <name>UndoRunner</name>
    <message>
        <source>{error} This step can no longer be undone or redone.</source>
        <translation>{error} Dieser Schritt kann nicht mehr rückgängig gemacht oder wiederholt werden.</translation>
    </message>
</context>
<context>
    <name>Upcoming</name>
    <message>
        <source>The number of days must be from 1 to {most}.</source>
        <translation>Die Zahl der Tage muss zwischen 1 und {most} liegen.</translation>
    </message>
    <message>
        <source>This person no longer exists (deleted meanwhile).</source>
        <translation>Diese Person gibt es nicht mehr (inzwischen gelöscht).</translation>
    </message>
    <message>
        <source>{name} has no birthdate to plan for.</source>
        <translation>Für {name} ist kein Geburtsdatum eingetragen, für das sich planen ließe.</translation>
    </message>
    <message>
        <source>An occasion called “{occasion_name}” already exists.</source>
        <translation>Einen Anlass namens „{occasion_name}“ gibt es schon.</translation>
    </message>
    <message>
        <source>{name}&apos;s birthday {year}</source>
        <translation>Geburtstag von {name} {year}</translation>
    </message>
    <message numerus="yes">
        <source>Nothing in the next %n day(s).</source>
        <translation>
            <numerusform>Nichts am nächsten Tag.</numerusform>
            <numerusform>Nichts in den nächsten %n Tagen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Coming up in the next %n day(s)</source>
        <translation>
            <numerusform>Demnächst, am nächsten Tag</numerusform>
            <numerusform>Demnächst, in den nächsten %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>planned {planned}, bought {bought}, remaining {remaining}</source>
        <translation>geplant {planned}, gekauft {bought}, übrig {remaining}</translation>
    </message>
    <message>
        <source>planned {planned}, bought {bought}</source>
        <translation>geplant {planned}, gekauft {bought}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln gift(s)</source>
        <translation>
            <numerusform>%Ln Geschenk</numerusform>
            <numerusform>%Ln Geschenke</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln gift(s) without a buyer</source>
        <translation>
            <numerusform>%Ln Geschenk ohne Käufer</numerusform>
            <numerusform>%Ln Geschenke ohne Käufer</numerusform>
        </translation>
    </message>
    <message>
        <source>Birthdays with no occasion yet</source>
        <translation>Geburtstage noch ohne Anlass</translation>
    </message>
    <message>
        <source>{when}, turns {age}</source>
        <translation>{when}, wird {age}</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>morgen</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n Tag</numerusform>
            <numerusform>in %n Tagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UpcomingPanel</name>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>How many days ahead</source>
        <translation>Wie viele Tage voraus</translation>
    </message>
    <message>
        <source>In the next</source>
        <translation>In den nächsten</translation>
    </message>
    <message>
        <source>Nothing in the next {days} days: no dated occasion and no birthday without an occasion.</source>
        <translation>In den nächsten {days} Tagen nichts: kein datierter Anlass und kein Geburtstag ohne Anlass.</translation>
    </message>
    <message>
        <source>Birthdays with no occasion yet</source>
        <translation>Geburtstage noch ohne Anlass</translation>
    </message>
    <message>
        <source>Show this occasion&apos;s gifts</source>
        <translation>Die Geschenke dieses Anlasses zeigen</translation>
    </message>
    <message>
        <source>{gifts} · planned {planned} · bought {bought}</source>
        <translation>{gifts} · geplant {planned} · gekauft {bought}</translation>
    </message>
    <message>
        <source>remaining {left}</source>
        <translation>übrig {left}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln gift(s) without a buyer yet</source>
        <translation>
            <numerusform>%Ln Geschenk noch ohne Käufer</numerusform>
            <numerusform>%Ln Geschenke noch ohne Käufer</numerusform>
        </translation>
    </message>
    <message>
        <source>{date} ({when}, turns {age})</source>
        <translation>{date} ({when}, wird {age})</translation>
    </message>
    <message>
        <source>{date} ({when})</source>
        <translation>{date} ({when})</translation>
    </message>
    <message>
        <source>Plan this birthday</source>
        <translation>Diesen Geburtstag planen</translation>
    </message>
    <message>
        <source>Create the occasion “{name}” (you can undo it)</source>
        <translation>Den Anlass „{name}“ anlegen (lässt sich rückgängig machen)</translation>
    </message>
    <message>
        <source>Plan {name}</source>
        <translation>{name} planen</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>morgen</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n Tag</numerusform>
            <numerusform>in %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln gift(s)</source>
        <translation>
            <numerusform>%Ln Geschenk</numerusform>
            <numerusform>%Ln Geschenke</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>{label} is required.</source>
        <translation>{label} ist erforderlich.</translation>
    </message>
    <message>
        <source>{label} must be text.</source>
        <translation>{label} muss Text sein.</translation>
    </message>
    <message>
        <source>{label} cannot be blank.</source>
        <translation>{label} darf nicht leer sein.</translation>
    </message>
    <message>
        <source>{label} is too long ({length} characters; at most {max_len}).</source>
        <translation>{label} ist zu lang ({length} Zeichen; höchstens {max_len}).</translation>
    </message>
    <message>
        <source>{label} contains a NUL character, which a database server cannot store.</source>
        <translation>{label} enthält ein NUL-Zeichen, das ein Datenbankserver nicht speichern kann.</translation>
    </message>
    <message>
        <source>{label} “{value}” is not one of: {allowed}.</source>
        <translation>{label} „{value}“ ist keiner dieser Werte: {allowed}.</translation>
    </message>
    <message>
        <source>Quantity must be a whole number from 1 to 9999.</source>
        <translation>Die Menge muss eine ganze Zahl von 1 bis 9999 sein.</translation>
    </message>
    <message>
        <source>{label} “{value}” is not a date like 2026-12-24.</source>
        <translation>{label} „{value}“ ist kein Datum wie 2026-12-24.</translation>
    </message>
    <message>
        <source>The sale price is higher than the price; a sale price is the lower price on sale (leave it empty when the gift is not on sale).</source>
        <translation>Der Angebotspreis ist höher als der Preis; ein Angebotspreis ist der niedrigere Preis im Angebot (lassen Sie ihn leer, wenn das Geschenk nicht im Angebot ist).</translation>
    </message>
    <message>
        <source>The purchaser already pays for this gift; they cannot also contribute.</source>
        <translation>Wer das Geschenk kauft, bezahlt es schon und kann sich nicht zusätzlich beteiligen.</translation>
    </message>
    <message>
        <source>{label} must be people of this file.</source>
        <translation>{label} müssen Personen aus dieser Datei sein.</translation>
    </message>
</context>
</TS>
