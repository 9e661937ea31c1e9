<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About giftdesk</source>
        <translation>À propos de giftdesk</translation>
    </message>
    <message>
        <source>Plan gifts: who gets what, who buys it, and whether the budget holds.</source>
        <translation>Planifiez vos cadeaux : qui reçoit quoi, qui l’achète et si le budget tient.</translation>
    </message>
    <message>
        <source>no file open</source>
        <translation>aucun fichier ouvert</translation>
    </message>
    <message>
        <source>{file} (read-only)</source>
        <translation>{file} (lecture seule)</translation>
    </message>
    <message>
        <source>Data file:</source>
        <translation>Fichier de données :</translation>
    </message>
    <message>
        <source>Log file:</source>
        <translation>Fichier journal :</translation>
    </message>
    <message>
        <source>not written</source>
        <translation>non écrit</translation>
    </message>
    <message>
        <source>{language} ({code})</source>
        <translation>{language} ({code})</translation>
    </message>
    <message>
        <source>Start giftdesk with --lang CODE to choose another language.</source>
        <translation>Lancez giftdesk avec --lang CODE pour choisir une autre langue.</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue :</translation>
    </message>
    <message>
        <source>Built with:</source>
        <translation>Réalisé avec :</translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation>Ouvrir le dossier des données</translation>
    </message>
    <message>
        <source>The data folder is {folder}; open it in your files.</source>
        <translation>Le dossier des données est {folder} ; ouvrez-le dans votre gestionnaire de fichiers.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>{problem} (see “giftdesk --help”).</source>
        <translation>{problem} (voir « giftdesk --help »).</translation>
    </message>
    <message>
        <source>the giftdesk file to use (default: giftdesk.sqlite3 in your user data folder)</source>
        <translation>le fichier giftdesk à utiliser (par défaut : giftdesk.sqlite3 dans votre dossier de données utilisateur)</translation>
    </message>
    <message>
        <source>the language to speak: en, de, fr or es (default: your system&apos;s language)</source>
        <translation>la langue à parler : en, de, fr ou es (par défaut : celle de votre système)</translation>
    </message>
    <message>
        <source>A desktop gift planner. Without a command, opens the main window.</source>
        <translation>Un planificateur de cadeaux pour le bureau. Sans commande, ouvre la fenêtre principale.</translation>
    </message>
    <message>
        <source>create a file filled with an example family</source>
        <translation>créer un fichier rempli avec une famille d’exemple</translation>
    </message>
    <message>
        <source>import a JSON backup (all or nothing)</source>
        <translation>importer une sauvegarde JSON (tout ou rien)</translation>
    </message>
    <message>
        <source>write a backup or the budget summary</source>
        <translation>écrire une sauvegarde ou le récapitulatif du budget</translation>
    </message>
    <message>
        <source>the JSON backup of everything</source>
        <translation>la sauvegarde JSON de tout</translation>
    </message>
    <message>
        <source>the budget summary</source>
        <translation>le récapitulatif du budget</translation>
    </message>
    <message>
        <source>file format (default: from the file name&apos;s ending)</source>
        <translation>format du fichier (par défaut : d’après l’extension du nom)</translation>
    </message>
    <message>
        <source>only this occasion</source>
        <translation>seulement cette occasion</translation>
    </message>
    <message>
        <source>add giftdesk to your desktop&apos;s application menu</source>
        <translation>ajouter giftdesk au menu des applications de votre bureau</translation>
    </message>
    <message>
        <source>remove giftdesk from your desktop&apos;s application menu</source>
        <translation>retirer giftdesk du menu des applications de votre bureau</translation>
    </message>
    <message>
        <source>interrupted; nothing was changed.</source>
        <translation>interrompu ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>wrote {path}</source>
        <translation>{path} écrit</translation>
    </message>
    <message>
        <source>removed {path}</source>
        <translation>{path} supprimé</translation>
    </message>
    <message>
        <source>giftdesk&apos;s desktop entry was not installed; nothing was removed.</source>
        <translation>L’entrée de bureau de giftdesk n’était pas installée ; rien n’a été supprimé.</translation>
    </message>
    <message>
        <source>{summary} ({file})</source>
        <translation>{summary} ({file})</translation>
    </message>
    <message>
        <source>{file} already holds data; choose a new file for the example family with --db.</source>
        <translation>{file} contient déjà des données ; choisissez un nouveau fichier pour la famille d’exemple avec --db.</translation>
    </message>
    <message>
        <source>Example family created in {file}: {summary}</source>
        <translation>Famille d’exemple créée dans {file} : {summary}</translation>
    </message>
    <message>
        <source>Backup written to {file}</source>
        <translation>Sauvegarde écrite dans {file}</translation>
    </message>
    <message>
        <source>Cannot tell the format from “{name}”; add --format csv, pdf or html.</source>
        <translation>Impossible de déduire le format de « {name} » ; ajoutez --format csv, pdf ou html.</translation>
    </message>
    <message>
        <source>Budget summary written to {file}</source>
        <translation>Récapitulatif du budget écrit dans {file}</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>{record}: {problem}</source>
        <translation>{record} : {problem}</translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <source>giftdesk does not speak “{code}”; choose one of: {choices}.</source>
        <translation>giftdesk ne parle pas « {code} » ; choisissez parmi : {choices}.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;About giftdesk</source>
        <translation>À &amp;propos de giftdesk</translation>
    </message>
</context>
</TS>
