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
    <name>Actions</name>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;Nouvelle base de données…</translation>
    </message>
    <message>
        <source>Start a new, empty file</source>
        <translation>Commencer un nouveau fichier vide</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Ouvrir une base de données…</translation>
    </message>
    <message>
        <source>Open another giftdesk file</source>
        <translation>Ouvrir un autre fichier giftdesk</translation>
    </message>
    <message>
        <source>&amp;Import backup…</source>
        <translation>&amp;Importer une sauvegarde…</translation>
    </message>
    <message>
        <source>Add the people, occasions and gifts of a JSON backup to this file</source>
        <translation>Ajouter à ce fichier les personnes, occasions et cadeaux d’une sauvegarde JSON</translation>
    </message>
    <message>
        <source>E&amp;xport backup…</source>
        <translation>E&amp;xporter une sauvegarde…</translation>
    </message>
    <message>
        <source>Save everything in this file as a JSON backup</source>
        <translation>Enregistrer tout ce fichier comme sauvegarde JSON</translation>
    </message>
    <message>
        <source>Import &amp;spreadsheet…</source>
        <translation>Importer un &amp;tableur…</translation>
    </message>
    <message>
        <source>Add the gifts of a spreadsheet (.xlsx or .csv) to this file, with a preview</source>
        <translation>Ajouter à ce fichier les cadeaux d’un tableur (.xlsx ou .csv), avec un aperçu</translation>
    </message>
    <message>
        <source>Restore from bac&amp;kup…</source>
        <translation>Restaurer depuis une sa&amp;uvegarde…</translation>
    </message>
    <message>
        <source>Go back to this file as it was on an earlier day (a daily backup)</source>
        <translation>Revenir à ce fichier tel qu’il était un jour précédent (une sauvegarde quotidienne)</translation>
    </message>
    <message>
        <source>Load &amp;example family</source>
        <translation>Charger la famille d’&amp;exemple</translation>
    </message>
    <message>
        <source>&amp;Print budget summary…</source>
        <translation>Im&amp;primer le récapitulatif du budget…</translation>
    </message>
    <message>
        <source>Preview and print the budget summary</source>
        <translation>Prévisualiser et imprimer le récapitulatif du budget</translation>
    </message>
    <message>
        <source>Export budget &amp;summary…</source>
        <translation>Exporter le &amp;récapitulatif du budget…</translation>
    </message>
    <message>
        <source>Save the budget summary as PDF, web page or CSV</source>
        <translation>Enregistrer le récapitulatif du budget en PDF, page web ou CSV</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>Re&amp;chercher</translation>
    </message>
    <message>
        <source>Search the table in front</source>
        <translation>Rechercher dans le tableau affiché</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Edit the selected item</source>
        <translation>Modifier l’élément sélectionné</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Delete the selected items (you can undo it)</source>
        <translation>Supprimer les éléments sélectionnés (vous pouvez annuler)</translation>
    </message>
    <message>
        <source>&amp;Budget panel</source>
        <translation>Panneau du &amp;budget</translation>
    </message>
    <message>
        <source>Show or hide the budget panel</source>
        <translation>Afficher ou masquer le panneau du budget</translation>
    </message>
    <message>
        <source>&amp;Coming up</source>
        <translation>À &amp;venir</translation>
    </message>
    <message>
        <source>Show or hide what is coming up: occasions and birthdays soon</source>
        <translation>Afficher ou masquer ce qui arrive : occasions et anniversaires proches</translation>
    </message>
    <message>
        <source>&amp;Gifts</source>
        <translation>&amp;Cadeaux</translation>
    </message>
    <message>
        <source>Show the gift table</source>
        <translation>Afficher le tableau des cadeaux</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;Personnes</translation>
    </message>
    <message>
        <source>Show the people table</source>
        <translation>Afficher le tableau des personnes</translation>
    </message>
    <message>
        <source>&amp;Occasions</source>
        <translation>&amp;Occasions</translation>
    </message>
    <message>
        <source>Show the occasion table</source>
        <translation>Afficher le tableau des occasions</translation>
    </message>
    <message>
        <source>&amp;Toolbar</source>
        <translation>Barre d’&amp;outils</translation>
    </message>
    <message>
        <source>Show or hide the toolbar</source>
        <translation>Afficher ou masquer la barre d’outils</translation>
    </message>
    <message>
        <source>New &amp;gift…</source>
        <translation>Nouveau &amp;cadeau…</translation>
    </message>
    <message>
        <source>Add a gift</source>
        <translation>Ajouter un cadeau</translation>
    </message>
    <message>
        <source>Assign &amp;purchaser…</source>
        <translation>Choisir l’&amp;acheteur…</translation>
    </message>
    <message>
        <source>Choose who buys the selected gifts</source>
        <translation>Choisir qui achète les cadeaux sélectionnés</translation>
    </message>
    <message>
        <source>C&amp;lear purchaser</source>
        <translation>&amp;Retirer l’acheteur</translation>
    </message>
    <message>
        <source>Nobody buys the selected gifts yet</source>
        <translation>Personne n’achète encore les cadeaux sélectionnés</translation>
    </message>
    <message>
        <source>Set &amp;status</source>
        <translation>Définir l’é&amp;tat</translation>
    </message>
    <message>
        <source>Set the status of the selected gifts</source>
        <translation>Définir l’état des cadeaux sélectionnés</translation>
    </message>
    <message>
        <source>Add &amp;recipient…</source>
        <translation>Ajouter un &amp;destinataire…</translation>
    </message>
    <message>
        <source>Add a recipient to the selected gifts</source>
        <translation>Ajouter un destinataire aux cadeaux sélectionnés</translation>
    </message>
    <message>
        <source>Re&amp;move recipient…</source>
        <translation>Retirer un desti&amp;nataire…</translation>
    </message>
    <message>
        <source>Remove a recipient from the selected gifts</source>
        <translation>Retirer un destinataire des cadeaux sélectionnés</translation>
    </message>
    <message>
        <source>Move to &amp;occasion…</source>
        <translation>Déplacer vers une &amp;occasion…</translation>
    </message>
    <message>
        <source>Move the selected gifts to an occasion</source>
        <translation>Déplacer les cadeaux sélectionnés vers une occasion</translation>
    </message>
    <message>
        <source>New &amp;person…</source>
        <translation>Nouvelle &amp;personne…</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Ajouter une personne</translation>
    </message>
    <message>
        <source>New &amp;occasion…</source>
        <translation>Nouvelle &amp;occasion…</translation>
    </message>
    <message>
        <source>Add an occasion (Christmas, a birthday…)</source>
        <translation>Ajouter une occasion (Noël, un anniversaire…)</translation>
    </message>
    <message>
        <source>Plan again &amp;next year…</source>
        <translation>Replanifier l’an &amp;prochain…</translation>
    </message>
    <message>
        <source>A new occasion a year later, with the same budgets and the ideas copied</source>
        <translation>Une nouvelle occasion un an plus tard, avec les mêmes budgets et les idées copiées</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>Every keyboard shortcut of this window</source>
        <translation>Tous les raccourcis clavier de cette fenêtre</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Cannot open file</source>
        <translation>Impossible d’ouvrir le fichier</translation>
    </message>
    <message>
        <source>{error}

The file was not changed.</source>
        <translation>{error}

Le fichier n’a pas été modifié.</translation>
    </message>
    <message>
        <source>Open giftdesk file</source>
        <translation>Ouvrir un fichier giftdesk</translation>
    </message>
    <message>
        <source>giftdesk files (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>Fichiers giftdesk (*.sqlite3 *.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>AutoBackup</name>
    <message>
        <source>cannot be read</source>
        <translation>illisible</translation>
    </message>
    <message>
        <source>{people}, {gifts}</source>
        <translation>{people}, {gifts}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s)</source>
        <translation>
            <numerusform>%Ln personne</numerusform>
            <numerusform>%Ln personnes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln gift(s)</source>
        <translation>
            <numerusform>%Ln cadeau</numerusform>
            <numerusform>%Ln cadeaux</numerusform>
        </translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>le disque est en lecture seule</translation>
    </message>
    <message>
        <source>giftdesk is not allowed to write there</source>
        <translation>giftdesk n’a pas le droit d’y écrire</translation>
    </message>
    <message>
        <source>a file stands where the folder should be</source>
        <translation>un fichier se trouve là où devrait être le dossier</translation>
    </message>
    <message>
        <source>There is no backup of {name} from {date}; “giftdesk backups” lists them.</source>
        <translation>Il n’y a pas de sauvegarde de {name} du {date} ; « giftdesk backups » les liste.</translation>
    </message>
    <message>
        <source>“{wanted}” is neither a date (YYYY-MM-DD) nor the name of a backup of {name}; “giftdesk backups” lists them.</source>
        <translation>« {wanted} » n’est ni une date (AAAA-MM-JJ) ni le nom d’une sauvegarde de {name} ; « giftdesk backups » les liste.</translation>
    </message>
    <message>
        <source>The backup {name} is empty; nothing was restored.</source>
        <translation>La sauvegarde {name} est vide ; rien n’a été restauré.</translation>
    </message>
    <message>
        <source>{name} is in use by another program; nothing was restored.</source>
        <translation>{name} est utilisé par un autre programme ; rien n’a été restauré.</translation>
    </message>
    <message>
        <source>{name} could not be restored: {error}.</source>
        <translation>{name} n’a pas pu être restauré : {error}.</translation>
    </message>
    <message>
        <source>The file as it is could not be set aside in {folder} ({why}); nothing was restored.</source>
        <translation>Le fichier actuel n’a pas pu être mis de côté dans {folder} ({why}) ; rien n’a été restauré.</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>Imported {people}, {occasions}, {gifts} and {budgets}.</source>
        <translation>Importé : {people}, {occasions}, {gifts} et {budgets}.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n personne</numerusform>
            <numerusform>%n personnes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n occasion(s)</source>
        <translation>
            <numerusform>%n occasion</numerusform>
            <numerusform>%n occasions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n gift(s)</source>
        <translation>
            <numerusform>%n cadeau</numerusform>
            <numerusform>%n cadeaux</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n budget(s)</source>
        <translation>
            <numerusform>%n budget</numerusform>
            <numerusform>%n budgets</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no file {path}.</source>
        <translation>Le fichier {path} n’existe pas.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a backup file.</source>
        <translation>{path} est un dossier, pas un fichier de sauvegarde.</translation>
    </message>
    <message>
        <source>giftdesk is not allowed to read {path}.</source>
        <translation>giftdesk n’a pas le droit de lire {path}.</translation>
    </message>
    <message>
        <source>{name} is not a giftdesk backup (it is not text).</source>
        <translation>{name} n’est pas une sauvegarde giftdesk (ce n’est pas du texte).</translation>
    </message>
    <message>
        <source>{name} is not valid JSON (line {lineno}, column {colno}).</source>
        <translation>{name} n’est pas du JSON valide (ligne {lineno}, colonne {colno}).</translation>
    </message>
    <message>
        <source>This file is not a giftdesk backup (its format is not “giftdesk”).</source>
        <translation>Ce fichier n’est pas une sauvegarde giftdesk (son format n’est pas « giftdesk »).</translation>
    </message>
    <message>
        <source>This backup has version {found!r}; this giftdesk reads version {supported}.</source>
        <translation>Cette sauvegarde est en version {found!r} ; ce giftdesk lit la version {supported}.</translation>
    </message>
    <message>
        <source>“{key}” in the backup must be a list.</source>
        <translation>« {key} » doit être une liste dans la sauvegarde.</translation>
    </message>
    <message>
        <source>{kind} number {position} is not a record.</source>
        <translation>{kind} numéro {position} n’est pas un enregistrement.</translation>
    </message>
    <message>
        <source>unknown field “{value}”.</source>
        <translation>champ inconnu « {value} ».</translation>
    </message>
    <message>
        <source>the id is missing or not a number or text.</source>
        <translation>l’identifiant manque ou n’est ni un nombre ni du texte.</translation>
    </message>
    <message>
        <source>the id {key!r} is used twice.</source>
        <translation>l’identifiant {key!r} est utilisé deux fois.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Occasion</source>
        <translation>Occasion</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>Cadeau</translation>
    </message>
    <message>
        <source>person</source>
        <translation>personne</translation>
    </message>
    <message>
        <source>occasion</source>
        <translation>occasion</translation>
    </message>
    <message>
        <source>{kind} number {position} (“{name}”)</source>
        <translation>{kind} numéro {position} (« {name} »)</translation>
    </message>
    <message>
        <source>{kind} number {position}</source>
        <translation>{kind} numéro {position}</translation>
    </message>
    <message>
        <source>{kind} {id} (“{name}”)</source>
        <translation>{kind} {id} (« {name} »)</translation>
    </message>
    <message>
        <source>{kind} {id}</source>
        <translation>{kind} {id}</translation>
    </message>
    <message>
        <source>the type is missing.</source>
        <translation>le type manque.</translation>
    </message>
    <message>
        <source>{field} refers to {kind} {value!r}, which is not in the file.</source>
        <translation>{field} renvoie à {kind} {value!r}, absent(e) du fichier.</translation>
    </message>
    <message>
        <source>{field} must be a list of person ids.</source>
        <translation>{field} doit être une liste d’identifiants de personnes.</translation>
    </message>
    <message>
        <source>the purchaser is also listed as a contributor.</source>
        <translation>l’acheteur figure aussi parmi les contributeurs.</translation>
    </message>
    <message>
        <source>Budget number {position}</source>
        <translation>Budget numéro {position}</translation>
    </message>
    <message>
        <source>{label} is not a record.</source>
        <translation>{label} n’est pas un enregistrement.</translation>
    </message>
    <message>
        <source>the person is missing.</source>
        <translation>la personne manque.</translation>
    </message>
    <message>
        <source>the occasion is missing.</source>
        <translation>l’occasion manque.</translation>
    </message>
    <message>
        <source>this person already has a budget for this occasion.</source>
        <translation>cette personne a déjà un budget pour cette occasion.</translation>
    </message>
</context>
<context>
    <name>BackupTransfer</name>
    <message>
        <source>Reading {name}…</source>
        <translation>Lecture de {name}…</translation>
    </message>
    <message>
        <source>Checking every record…</source>
        <translation>Vérification de chaque enregistrement…</translation>
    </message>
    <message>
        <source>Adding the people…</source>
        <translation>Ajout des personnes…</translation>
    </message>
    <message>
        <source>Adding the occasions…</source>
        <translation>Ajout des occasions…</translation>
    </message>
    <message>
        <source>Adding the gifts…</source>
        <translation>Ajout des cadeaux…</translation>
    </message>
    <message>
        <source>Adding the budgets…</source>
        <translation>Ajout des budgets…</translation>
    </message>
    <message>
        <source>giftdesk backups (*.json);;All files (*)</source>
        <translation>Sauvegardes giftdesk (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The backup could not be imported: {error}</source>
        <translation>La sauvegarde n’a pas pu être importée : {error}</translation>
    </message>
    <message>
        <source>Import {name}</source>
        <translation>Importer {name}</translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation>Importation de {name}…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Import backup</source>
        <translation>Importer une sauvegarde</translation>
    </message>
    <message>
        <source>Export backup</source>
        <translation>Exporter une sauvegarde</translation>
    </message>
    <message>
        <source>Saved {people}, {occasions} and {gifts} to {name}.</source>
        <translation>{people}, {occasions} et {gifts} enregistrés dans {name}.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s)</source>
        <translation>
            <numerusform>%Ln personne</numerusform>
            <numerusform>%Ln personnes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln occasion(s)</source>
        <translation>
            <numerusform>%Ln occasion</numerusform>
            <numerusform>%Ln occasions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln gift(s)</source>
        <translation>
            <numerusform>%Ln cadeau</numerusform>
            <numerusform>%Ln cadeaux</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BudgetBarDelegate</name>
    <message>
        <source>of {amount}</source>
        <translation>sur {amount}</translation>
    </message>
</context>
<context>
    <name>BudgetBars</name>
    <message>
        <source>{amount} over</source>
        <translation>{amount} de trop</translation>
    </message>
    <message>
        <source>no budget</source>
        <translation>pas de budget</translation>
    </message>
</context>
<context>
    <name>BudgetCsv</name>
    <message>
        <source>There is no occasion named “{name}”: this file has no occasions and no gifts yet.</source>
        <translation>Il n’y a pas d’occasion nommée « {name} » : ce fichier n’a encore ni occasions ni cadeaux.</translation>
    </message>
    <message>
        <source>There is no occasion named “{name}”; the occasions are {listed}.</source>
        <translation>Il n’y a pas d’occasion nommée « {name} » ; les occasions sont {listed}.</translation>
    </message>
</context>
<context>
    <name>BudgetPanel</name>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Budget
for them</source>
        <translation>Budget
pour eux</translation>
    </message>
    <message>
        <source>Their budget for gifts to them</source>
        <translation>Leur budget pour les cadeaux qu’ils reçoivent</translation>
    </message>
    <message>
        <source>Planned
for them</source>
        <translation>Prévu
pour eux</translation>
    </message>
    <message>
        <source>Planned gifts for them against that budget</source>
        <translation>Cadeaux prévus pour eux, par rapport à ce budget</translation>
    </message>
    <message>
        <source>Budget
to spend</source>
        <translation>Budget
à dépenser</translation>
    </message>
    <message>
        <source>Their budget for gifts they buy</source>
        <translation>Leur budget pour les cadeaux qu’ils achètent</translation>
    </message>
    <message>
        <source>Buying</source>
        <translation>Achète</translation>
    </message>
    <message>
        <source>Planned gifts they buy or chip in for, against that budget</source>
        <translation>Cadeaux prévus qu’ils achètent ou auxquels ils participent, par rapport à ce budget</translation>
    </message>
    <message>
        <source>Occasion</source>
        <translation>Occasion</translation>
    </message>
    <message>
        <source>The occasion</source>
        <translation>L’occasion</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>The occasion&apos;s budget</source>
        <translation>Le budget de l’occasion</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>Planned gifts against the budget</source>
        <translation>Cadeaux prévus par rapport au budget</translation>
    </message>
    <message>
        <source>Bought</source>
        <translation>Acheté</translation>
    </message>
    <message>
        <source>Gifts already bought</source>
        <translation>Cadeaux déjà achetés</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Reste</translation>
    </message>
    <message>
        <source>Budget minus planned</source>
        <translation>Budget moins le prévu</translation>
    </message>
    <message>
        <source>Ideas</source>
        <translation>Idées</translation>
    </message>
    <message>
        <source>Ideas not chosen yet</source>
        <translation>Idées pas encore choisies</translation>
    </message>
    <message>
        <source>No buyer yet</source>
        <translation>Pas encore d’acheteur</translation>
    </message>
    <message>
        <source>Planned gifts nobody buys yet</source>
        <translation>Cadeaux prévus que personne n’achète encore</translation>
    </message>
    <message>
        <source>No price</source>
        <translation>Sans prix</translation>
    </message>
    <message>
        <source>Gifts without a price (counted as 0)</source>
        <translation>Cadeaux sans prix (comptés à 0)</translation>
    </message>
    <message>
        <source>Change budget…</source>
        <translation>Modifier le budget…</translation>
    </message>
    <message>
        <source>Set or clear this occasion&apos;s budget</source>
        <translation>Définir ou effacer le budget de cette occasion</translation>
    </message>
    <message>
        <source>Show all gifts</source>
        <translation>Afficher tous les cadeaux</translation>
    </message>
    <message>
        <source>Set a budget for…</source>
        <translation>Fixer un budget pour…</translation>
    </message>
    <message>
        <source>Give anybody a budget for this occasion, also people not listed yet</source>
        <translation>Donner un budget pour cette occasion à n’importe qui, même à ceux pas encore listés</translation>
    </message>
    <message>
        <source>Double-click a budget to change it, a name to see the gifts.</source>
        <translation>Double-cliquez sur un budget pour le modifier, sur un nom pour voir les cadeaux.</translation>
    </message>
    <message>
        <source>No occasion</source>
        <translation>Sans occasion</translation>
    </message>
    <message>
        <source>Occasion not found</source>
        <translation>Occasion introuvable</translation>
    </message>
    <message>
        <source>No gift is without an occasion.</source>
        <translation>Aucun cadeau n’est sans occasion.</translation>
    </message>
    <message>
        <source>It was deleted.</source>
        <translation>Elle a été supprimée.</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>(no occasion)</source>
        <translation>(sans occasion)</translation>
    </message>
    <message>
        <source>All occasions</source>
        <translation>Toutes les occasions</translation>
    </message>
    <message>
        <source>per occasion</source>
        <translation>par occasion</translation>
    </message>
    <message>
        <source>What is left is counted per occasion, in the table below: money left at one occasion does not pay for another.</source>
        <translation>Le reste se compte par occasion, dans le tableau ci-dessous : l’argent qui reste pour une occasion ne paie pas pour une autre.</translation>
    </message>
    <message>
        <source>Over budget: {names}.</source>
        <translation>Budget dépassé : {names}.</translation>
    </message>
    <message>
        <source>Every occasion with a budget is within it.</source>
        <translation>Chaque occasion avec un budget le respecte.</translation>
    </message>
    <message>
        <source>No occasion has a budget yet.</source>
        <translation>Aucune occasion n’a encore de budget.</translation>
    </message>
    <message>
        <source>Occasions</source>
        <translation>Occasions</translation>
    </message>
    <message>
        <source>Ideas {ideas} · no buyer yet {unassigned} · {unpriced} without a price</source>
        <translation>Idées {ideas} · sans acheteur {unassigned} · {unpriced} sans prix</translation>
    </message>
    <message>
        <source>Gifts without an occasion have no budget.</source>
        <translation>Les cadeaux sans occasion n’ont pas de budget.</translation>
    </message>
    <message>
        <source>No budget set: use Change budget… to set one.</source>
        <translation>Aucun budget : utilisez « Modifier le budget… » pour en fixer un.</translation>
    </message>
    <message>
        <source>⚠ Over budget by {amount}</source>
        <translation>⚠ Budget dépassé de {amount}</translation>
    </message>
    <message>
        <source>{amount} left to plan</source>
        <translation>{amount} restant à prévoir</translation>
    </message>
    <message>
        <source>budget for them</source>
        <translation>budget pour eux</translation>
    </message>
    <message>
        <source>Set {name}&apos;s budget for gifts to them for {occasion}</source>
        <translation>Fixer le budget des cadeaux pour {name} pour {occasion}</translation>
    </message>
    <message>
        <source>budget to spend</source>
        <translation>budget à dépenser</translation>
    </message>
    <message>
        <source>Set {name}&apos;s budget to spend for {occasion}</source>
        <translation>Fixer le budget à dépenser de {name} pour {occasion}</translation>
    </message>
    <message>
        <source>Set budget</source>
        <translation>Fixer le budget</translation>
    </message>
    <message>
        <source>Set the budget of {name}</source>
        <translation>Fixer le budget de {name}</translation>
    </message>
    <message>
        <source>Budget (leave empty for no budget):</source>
        <translation>Budget (laisser vide pour aucun) :</translation>
    </message>
    <message>
        <source>Budget of {name}</source>
        <translation>Budget de {name}</translation>
    </message>
    <message>
        <source>Add a person first: there is nobody to give a budget to.</source>
        <translation>Ajoutez d’abord une personne : il n’y a personne à qui donner un budget.</translation>
    </message>
    <message>
        <source>Set {name}&apos;s budgets for {occasion}</source>
        <translation>Fixer les budgets de {name} pour {occasion}</translation>
    </message>
    <message>
        <source>The gift table shows only the gifts {name} receives or buys.</source>
        <translation>Le tableau des cadeaux n’affiche que ceux que {name} reçoit ou achète.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln gift(s)</source>
        <translation>
            <numerusform>%Ln cadeau</numerusform>
            <numerusform>%Ln cadeaux</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BudgetTableModel</name>
    <message>
        <source>{tip} (double-click to change)</source>
        <translation>{tip} (double-cliquez pour modifier)</translation>
    </message>
    <message>
        <source>{text}, over budget</source>
        <translation>{text}, budget dépassé</translation>
    </message>
    <message>
        <source>over budget by {amount}</source>
        <translation>budget dépassé de {amount}</translation>
    </message>
    <message>
        <source>(no occasion)</source>
        <translation>(sans occasion)</translation>
    </message>
    <message>
        <source>Planned for {name}</source>
        <translation>Prévu pour {name}</translation>
    </message>
    <message>
        <source>{name} buys</source>
        <translation>{name} achète</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>{what}: {planned}, of which {bought} bought.</source>
        <translation>{what} : {planned}, dont {bought} acheté.</translation>
    </message>
    <message>
        <source>No budget set.</source>
        <translation>Aucun budget fixé.</translation>
    </message>
    <message>
        <source>Over the {budget} budget by {over}.</source>
        <translation>Budget de {budget} dépassé de {over}.</translation>
    </message>
    <message>
        <source>{left} left of {budget}.</source>
        <translation>Il reste {left} sur {budget}.</translation>
    </message>
    <message>
        <source>{tip}. Double-click to change; leave empty for no budget.</source>
        <translation>{tip}. Double-cliquez pour modifier ; laissez vide pour aucun budget.</translation>
    </message>
    <message>
        <source>Gifts without an occasion have no budget.</source>
        <translation>Les cadeaux sans occasion n’ont pas de budget.</translation>
    </message>
    <message>
        <source>{name}
Double-click to show the gifts they receive or buy.</source>
        <translation>{name}
Double-cliquez pour voir les cadeaux que cette personne reçoit ou achète.</translation>
    </message>
    <message>
        <source>{name}
Double-click to show the gifts without an occasion.</source>
        <translation>{name}
Double-cliquez pour voir les cadeaux sans occasion.</translation>
    </message>
    <message>
        <source>{name}
Double-click to show its gifts.</source>
        <translation>{name}
Double-cliquez pour voir ses cadeaux.</translation>
    </message>
    <message>
        <source>Over budget by {amount}.</source>
        <translation>Budget dépassé de {amount}.</translation>
    </message>
</context>
<context>
    <name>Bulk</name>
    <message>
        <source>Someone who bought these gifts before was deleted meanwhile; the purchasers cannot be put back.</source>
        <translation>Une personne qui achetait ces cadeaux a été supprimée entre-temps ; les acheteurs ne peuvent pas être rétablis.</translation>
    </message>
</context>
<context>
    <name>BulkActions</name>
    <message>
        <source>Idea</source>
        <translation>Idée</translation>
    </message>
    <message>
        <source>Selected</source>
        <translation>Choisi</translation>
    </message>
    <message>
        <source>Purchased</source>
        <translation>Acheté</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>The gifts are for several occasions: reading the figures for all occasions…</source>
        <translation>Les cadeaux concernent plusieurs occasions : lecture des chiffres de toutes les occasions…</translation>
    </message>
    <message>
        <source>Figures for gifts with no occasion.</source>
        <translation>Chiffres des cadeaux sans occasion.</translation>
    </message>
    <message>
        <source>Figures for {name}.</source>
        <translation>Chiffres pour {name}.</translation>
    </message>
    <message>
        <source>The gifts are for several occasions: figures for all occasions.</source>
        <translation>Les cadeaux concernent plusieurs occasions : chiffres de toutes les occasions.</translation>
    </message>
    <message>
        <source>Set &amp;status</source>
        <translation>Définir l’é&amp;tat</translation>
    </message>
    <message>
        <source>Mark the selected gifts as {status}</source>
        <translation>Marquer les cadeaux sélectionnés comme « {status} »</translation>
    </message>
    <message>
        <source>Choose a person</source>
        <translation>Choisir une personne</translation>
    </message>
    <message>
        <source>Add person “{name}”</source>
        <translation>Ajouter la personne « {name} »</translation>
    </message>
    <message numerus="yes">
        <source>Clear purchaser of %Ln gift(s)</source>
        <translation>
            <numerusform>Retirer l’acheteur de %Ln cadeau</numerusform>
            <numerusform>Retirer l’acheteur de %Ln cadeaux</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assign {name} to buy %Ln gift(s)</source>
        <translation>
            <numerusform>{name} achète %Ln cadeau</numerusform>
            <numerusform>{name} achète %Ln cadeaux</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assign a purchaser to %Ln gift(s)</source>
        <translation>
            <numerusform>Attribuer un acheteur à %Ln cadeau</numerusform>
            <numerusform>Attribuer un acheteur à %Ln cadeaux</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %Ln gift(s) as {status}</source>
        <translation>
            <numerusform>Marquer %Ln cadeau comme « {status} »</numerusform>
            <numerusform>Marquer %Ln cadeaux comme « {status} »</numerusform>
        </translation>
    </message>
    <message>
        <source>They</source>
        <translation>Cette personne</translation>
    </message>
    <message numerus="yes">
        <source>Add {name} as recipient of %Ln gift(s)</source>
        <translation>
            <numerusform>Ajouter {name} comme destinataire de %Ln cadeau</numerusform>
            <numerusform>Ajouter {name} comme destinataire de %Ln cadeaux</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove {name} as recipient of %Ln gift(s)</source>
        <translation>
            <numerusform>Retirer {name} des destinataires de %Ln cadeau</numerusform>
            <numerusform>Retirer {name} des destinataires de %Ln cadeaux</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove the occasion of %Ln gift(s)</source>
        <translation>
            <numerusform>Retirer l’occasion de %Ln cadeau</numerusform>
            <numerusform>Retirer l’occasion de %Ln cadeaux</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %Ln gift(s) to {occasion}</source>
        <translation>
            <numerusform>Déplacer %Ln cadeau vers {occasion}</numerusform>
            <numerusform>Déplacer %Ln cadeaux vers {occasion}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %Ln gift(s) to an occasion</source>
        <translation>
            <numerusform>Déplacer %Ln cadeau vers une occasion</numerusform>
            <numerusform>Déplacer %Ln cadeaux vers une occasion</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkOperations</name>
    <message numerus="yes">
        <source>%Ln gift(s)</source>
        <translation>
            <numerusform>%Ln cadeau</numerusform>
            <numerusform>%Ln cadeaux</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Purchaser cleared on %Ln gift(s)</source>
        <translation>
            <numerusform>Acheteur retiré de %Ln cadeau</numerusform>
            <numerusform>Acheteur retiré de %Ln cadeaux</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name} will buy %Ln gift(s)</source>
        <translation>
            <numerusform>{name} achètera %Ln cadeau</numerusform>
            <numerusform>{name} achètera %Ln cadeaux</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>They will buy %Ln gift(s)</source>
        <translation>
            <numerusform>Cette personne achètera %Ln cadeau</numerusform>
            <numerusform>Cette personne achètera %Ln cadeaux</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln gift(s) marked as {status}</source>
        <translation>
            <numerusform>%Ln cadeau marqué comme « {status} »</numerusform>
            <numerusform>%Ln cadeaux marqués comme « {status} »</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Occasion cleared on %Ln gift(s)</source>
        <translation>
            <numerusform>Occasion retirée de %Ln cadeau</numerusform>
            <numerusform>Occasion retirée de %Ln cadeaux</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln gift(s) moved to {occasion}</source>
        <translation>
            <numerusform>%Ln cadeau déplacé vers {occasion}</numerusform>
            <numerusform>%Ln cadeaux déplacés vers {occasion}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln gift(s) moved to the occasion</source>
        <translation>
            <numerusform>%Ln cadeau déplacé vers l’occasion</numerusform>
            <numerusform>%Ln cadeaux déplacés vers l’occasion</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name} added as recipient of %Ln gift(s)</source>
        <translation>
            <numerusform>{name} ajouté comme destinataire de %Ln cadeau</numerusform>
            <numerusform>{name} ajouté comme destinataire de %Ln cadeaux</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{sentence} (%Ln already had them)</source>
        <translation>
            <numerusform>{sentence} (%Ln l’avait déjà)</numerusform>
            <numerusform>{sentence} (%Ln l’avaient déjà)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name} removed as recipient of %Ln gift(s)</source>
        <translation>
            <numerusform>{name} retiré des destinataires de %Ln cadeau</numerusform>
            <numerusform>{name} retiré des destinataires de %Ln cadeaux</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} was not a recipient of these gifts; nothing changed</source>
        <translation>{name} n’était pas destinataire de ces cadeaux ; rien n’a changé</translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <source>The {field} chosen no longer exists (it was deleted); choose another.</source>
        <translation>La personne choisie ({field}) n’existe plus (elle a été supprimée) ; choisissez-en une autre.</translation>
    </message>
    <message>
        <source>{length} of the people chosen as {field} no longer exist.</source>
        <translation>{length} des personnes choisies comme {field} n’existent plus.</translation>
    </message>
    <message>
        <source>The occasion chosen no longer exists (it was deleted); choose another.</source>
        <translation>L’occasion choisie n’existe plus (elle a été supprimée) ; choisissez-en une autre.</translation>
    </message>
    <message>
        <source>This gift no longer exists (it was deleted); nothing was changed.</source>
        <translation>Ce cadeau n’existe plus (il a été supprimé) ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>{missing} of the {length} selected gifts no longer exist (deleted meanwhile); nothing was changed.</source>
        <translation>{missing} des {length} cadeaux sélectionnés n’existent plus (supprimés entre-temps) ; rien n’a été modifié.</translation>
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
        <source>another giftdesk command is writing {name}; waiting for it to finish…</source>
        <translation>une autre commande giftdesk écrit {name} ; attente de sa fin…</translation>
    </message>
    <message>
        <source>Another giftdesk command is still writing {name}; nothing was changed. Try again when it has finished.</source>
        <translation>Une autre commande giftdesk écrit encore {name} ; rien n’a été modifié. Réessayez quand elle aura fini.</translation>
    </message>
    <message>
        <source>Cannot tell the format from “{name}”; add --format csv, pdf or html.</source>
        <translation>Impossible de déduire le format de « {name} » ; ajoutez --format csv, pdf ou html.</translation>
    </message>
    <message>
        <source>Budget summary written to {file}</source>
        <translation>Récapitulatif du budget écrit dans {file}</translation>
    </message>
    <message>
        <source>every gift a person received and gave</source>
        <translation>tous les cadeaux qu’une personne a reçus et offerts</translation>
    </message>
    <message>
        <source>the person&apos;s name</source>
        <translation>le nom de la personne</translation>
    </message>
    <message>
        <source>plan an occasion again a year later</source>
        <translation>replanifier une occasion un an plus tard</translation>
    </message>
    <message>
        <source>the occasion to copy</source>
        <translation>l’occasion à copier</translation>
    </message>
    <message>
        <source>the new occasion&apos;s name</source>
        <translation>le nom de la nouvelle occasion</translation>
    </message>
    <message>
        <source>the new date (default: a year after the old one)</source>
        <translation>la nouvelle date (par défaut : un an après l’ancienne)</translation>
    </message>
    <message>
        <source>occasions and birthdays in the next days</source>
        <translation>occasions et anniversaires des prochains jours</translation>
    </message>
    <message>
        <source>how far ahead (default: 60)</source>
        <translation>jusqu’où regarder (par défaut : 60)</translation>
    </message>
    <message>
        <source>import a gift list from a .csv or .xlsx spreadsheet (all or nothing)</source>
        <translation>importer une liste de cadeaux depuis un tableur .csv ou .xlsx (tout ou rien)</translation>
    </message>
    <message>
        <source>the occasion for rows that name none</source>
        <translation>l’occasion des lignes qui n’en nomment pas</translation>
    </message>
    <message>
        <source>list the file&apos;s daily backups (date, people, gifts)</source>
        <translation>lister les sauvegardes quotidiennes du fichier (date, personnes, cadeaux)</translation>
    </message>
    <message>
        <source>put a daily backup back (the current file is kept among the backups)</source>
        <translation>remettre une sauvegarde quotidienne (le fichier actuel est gardé parmi les sauvegardes)</translation>
    </message>
    <message>
        <source>the backup&apos;s date (YYYY-MM-DD) or file name</source>
        <translation>la date de la sauvegarde (AAAA-MM-JJ) ou son nom de fichier</translation>
    </message>
    <message>
        <source>No backups of {name} yet in {folder}.</source>
        <translation>Pas encore de sauvegarde de {name} dans {folder}.</translation>
    </message>
    <message>
        <source>Backups of {name} in {folder}:</source>
        <translation>Sauvegardes de {name} dans {folder} :</translation>
    </message>
    <message>
        <source>(the file as it was before a restore)</source>
        <translation>(le fichier tel qu’il était avant une restauration)</translation>
    </message>
    <message>
        <source>(made before giftdesk noted which file a backup copies)</source>
        <translation>(faite avant que giftdesk note quel fichier une sauvegarde copie)</translation>
    </message>
    <message>
        <source>Restored the backup of {day} ({contents}) into {path}.</source>
        <translation>Sauvegarde du {day} ({contents}) restaurée dans {path}.</translation>
    </message>
    <message>
        <source>The file as it was is kept as {name}; “giftdesk restore {name}” puts it back.</source>
        <translation>Le fichier tel qu’il était est gardé sous le nom {name} ; « giftdesk restore {name} » le remet.</translation>
    </message>
    <message>
        <source>Note: {backup} was made before giftdesk noted which file a backup copies, so it may be a copy of another file named {name}; check what it holds.</source>
        <translation>Remarque : {backup} a été faite avant que giftdesk note quel fichier une sauvegarde copie ; ce peut donc être la copie d’un autre fichier nommé {name}. Vérifiez son contenu.</translation>
    </message>
    <message>
        <source>let family members in, each unable to see their own gifts</source>
        <translation>laisser entrer les membres de la famille, sans qu&apos;ils voient leurs propres cadeaux</translation>
    </message>
    <message>
        <source>create a login for a person and print its address, once</source>
        <translation>créer un identifiant pour une personne et afficher son adresse, une seule fois</translation>
    </message>
    <message>
        <source>the login&apos;s name</source>
        <translation>le nom de l&apos;identifiant</translation>
    </message>
    <message>
        <source>who the member is</source>
        <translation>qui est le membre</translation>
    </message>
    <message>
        <source>list the members</source>
        <translation>lister les membres</translation>
    </message>
    <message>
        <source>drop a member&apos;s login (their person and gifts stay)</source>
        <translation>supprimer l&apos;identifiant d&apos;un membre (la personne et ses cadeaux restent)</translation>
    </message>
    <message>
        <source>{person} can now connect as {login}. Give them this address; it holds their password and is not shown again:</source>
        <translation>{person} peut maintenant se connecter en tant que {login}. Donnez-lui cette adresse ; elle contient son mot de passe et ne sera plus affichée :</translation>
    </message>
    <message>
        <source>{login} can no longer connect; {person} and their gifts stay in the family.</source>
        <translation>{login} ne peut plus se connecter ; {person} et ses cadeaux restent dans la famille.</translation>
    </message>
    <message>
        <source>This family has no members yet.</source>
        <translation>Cette famille n&apos;a pas encore de membres.</translation>
    </message>
</context>
<context>
    <name>ColumnFitter</name>
    <message>
        <source>Fit Columns to the Window</source>
        <translation>Ajuster les colonnes à la fenêtre</translation>
    </message>
    <message>
        <source>Forget the column widths you set and fit every column again</source>
        <translation>Oublier les largeurs de colonnes choisies et tout réajuster</translation>
    </message>
</context>
<context>
    <name>Common</name>
    <message>
        <source>{label} “{text}” is not a date; write it like {example} or 2026-12-24.</source>
        <translation>{label} « {text} » n’est pas une date ; écrivez-la comme {example} ou 2026-12-24.</translation>
    </message>
    <message>
        <source>“{text}” is not one of the people in this file.</source>
        <translation>« {text} » ne fait pas partie des personnes de ce fichier.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>giftdesk ran into an unexpected problem ({problem}).</source>
        <translation>giftdesk a rencontré un problème inattendu ({problem}).</translation>
    </message>
    <message>
        <source>The details were written to {path}.</source>
        <translation>Les détails ont été écrits dans {path}.</translation>
    </message>
    <message>
        <source>The details could not be logged.</source>
        <translation>Les détails n’ont pas pu être consignés.</translation>
    </message>
    <message>
        <source>What was saved before is safe. {where} You can keep working or quit giftdesk.</source>
        <translation>Ce qui a été enregistré avant est en sécurité. {where} Vous pouvez continuer ou quitter giftdesk.</translation>
    </message>
    <message>
        <source>giftdesk: unexpected problem</source>
        <translation>giftdesk : problème inattendu</translation>
    </message>
    <message>
        <source>Keep working</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Quit giftdesk</source>
        <translation>Quitter giftdesk</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>Ouvrir le dossier du journal</translation>
    </message>
    <message>
        <source>giftdesk: {crash_message} {where_to_look}.</source>
        <translation>giftdesk : {crash_message} {where_to_look}.</translation>
    </message>
    <message>
        <source>unexpected error in {thread}</source>
        <translation>erreur inattendue dans {thread}</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>{name} is open read-only; changes cannot be saved.</source>
        <translation>{name} est ouvert en lecture seule ; les modifications ne peuvent pas être enregistrées.</translation>
    </message>
    <message>
        <source>{name} could not be used: {error}.</source>
        <translation>{name} n&apos;a pas pu être utilisé : {error}.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a giftdesk file.</source>
        <translation>{path} est un dossier, pas un fichier giftdesk.</translation>
    </message>
    <message>
        <source>There is no giftdesk file at {path}.</source>
        <translation>Il n’y a pas de fichier giftdesk à l’emplacement {path}.</translation>
    </message>
    <message>
        <source>There is no giftdesk file at {path} to open read-only.</source>
        <translation>Il n’y a pas de fichier giftdesk à ouvrir en lecture seule à l’emplacement {path}.</translation>
    </message>
    <message>
        <source>The folder {parent} does not exist.</source>
        <translation>Le dossier {parent} n’existe pas.</translation>
    </message>
    <message>
        <source>{name} needs an upgrade before it can be opened, and a read-only file cannot be upgraded.</source>
        <translation>{name} doit être mis à niveau avant d’être ouvert, et un fichier en lecture seule ne peut pas l’être.</translation>
    </message>
    <message>
        <source>giftdesk is not allowed to read {path}.</source>
        <translation>giftdesk n’a pas le droit de lire {path}.</translation>
    </message>
    <message>
        <source>{name} is not a giftdesk database.</source>
        <translation>{name} n’est pas une base de données giftdesk.</translation>
    </message>
    <message>
        <source>{name} is not a giftdesk database ({error}).</source>
        <translation>{name} n’est pas une base de données giftdesk ({error}).</translation>
    </message>
    <message>
        <source>{name} is not a giftdesk database (the file is damaged or of another kind).</source>
        <translation>{name} n’est pas une base de données giftdesk (le fichier est endommagé ou d’un autre type).</translation>
    </message>
    <message>
        <source>{name} is an SQLite database of another program, not a giftdesk file.</source>
        <translation>{name} est une base SQLite d’un autre programme, pas un fichier giftdesk.</translation>
    </message>
    <message>
        <source>{name} was made by a newer version of giftdesk; update giftdesk to open it.</source>
        <translation>{name} a été créé par une version plus récente de giftdesk ; mettez giftdesk à jour pour l’ouvrir.</translation>
    </message>
    <message>
        <source>{name} is a damaged giftdesk file: tables are missing.</source>
        <translation>{name} est un fichier giftdesk endommagé : des tables manquent.</translation>
    </message>
    <message>
        <source>Upgrading {name} would leave broken links in {table}; the file was left as it was.</source>
        <translation>La mise à niveau de {name} laisserait des liens cassés dans {table} ; le fichier n’a pas été modifié.</translation>
    </message>
    <message>
        <source>{name} is read-only; giftdesk cannot save changes to it.</source>
        <translation>{name} est en lecture seule ; giftdesk ne peut pas y enregistrer de modifications.</translation>
    </message>
    <message>
        <source>giftdesk is not allowed to create a file in {target}.</source>
        <translation>giftdesk n’a pas le droit de créer un fichier dans {target}.</translation>
    </message>
    <message>
        <source>The folder of {name} is read-only; giftdesk cannot save changes there.</source>
        <translation>Le dossier de {name} est en lecture seule ; giftdesk ne peut pas y enregistrer de modifications.</translation>
    </message>
    <message>
        <source>{name} cannot be opened: {error}.</source>
        <translation>{name} ne peut pas être ouvert : {error}.</translation>
    </message>
    <message>
        <source>{name} is in use by another program; close it there and try again.</source>
        <translation>{name} est utilisé par un autre programme ; fermez-le là-bas et réessayez.</translation>
    </message>
    <message>
        <source>{name} is read-only; changes cannot be saved.</source>
        <translation>{name} est en lecture seule ; les modifications ne peuvent pas être enregistrées.</translation>
    </message>
    <message>
        <source>The disk holding {name} is full; nothing was saved.</source>
        <translation>Le disque contenant {name} est plein ; rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>{name} could not be used: {text}.</source>
        <translation>{name} n’a pas pu être utilisé : {text}.</translation>
    </message>
</context>
<context>
    <name>Desktop</name>
    <message>
        <source>Cannot find the installed “{program}” program next to {executable} or on your PATH; install giftdesk with pip first.</source>
        <translation>Impossible de trouver le programme installé « {program} » à côté de {executable} ni dans votre PATH ; installez d’abord giftdesk avec pip.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}.</source>
        <translation>Impossible d’écrire {path} : {reason}.</translation>
    </message>
    <message>
        <source>Cannot remove {path}: {reason}.</source>
        <translation>Impossible de supprimer {path} : {reason}.</translation>
    </message>
    <message>
        <source>Desktop entries are for Linux and BSD desktops; on this system start giftdesk from its installed program or build the app bundle (see giftdesk.spec).</source>
        <translation>Les entrées de bureau sont pour les bureaux Linux et BSD ; sur ce système, lancez giftdesk depuis son programme installé ou construisez l’application (voir giftdesk.spec).</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>Plan this year’s gifts</source>
        <translation>Planifiez les cadeaux de l’année</translation>
    </message>
    <message>
        <source>This file is empty. Start with the people you give gifts to,
or look around in an example family first (Edit → Undo removes it again).</source>
        <translation>Ce fichier est vide. Commencez par les personnes à qui vous offrez des cadeaux,
ou explorez d’abord une famille d’exemple (Édition → Annuler la retire).</translation>
    </message>
    <message>
        <source>Add your first person…</source>
        <translation>Ajouter votre première personne…</translation>
    </message>
    <message>
        <source>Load example family</source>
        <translation>Charger la famille d’exemple</translation>
    </message>
    <message>
        <source>Open another file…</source>
        <translation>Ouvrir un autre fichier…</translation>
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
    <name>Fields</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Lien de parenté</translation>
    </message>
    <message>
        <source>Birthdate</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation>Centres d’intérêt</translation>
    </message>
    <message>
        <source>Sizes</source>
        <translation>Tailles</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Sale price</source>
        <translation>Prix soldé</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Magasin</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Purchase date</source>
        <translation>Date d’achat</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <source>Contributors</source>
        <translation>Contributeurs</translation>
    </message>
    <message>
        <source>Purchaser</source>
        <translation>Acheteur</translation>
    </message>
    <message>
        <source>Recipient budget</source>
        <translation>Budget des cadeaux reçus</translation>
    </message>
    <message>
        <source>Purchaser budget</source>
        <translation>Budget des achats</translation>
    </message>
    <message>
        <source>Occasion</source>
        <translation>Occasion</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
</context>
<context>
    <name>FileHistory</name>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurer depuis une sauvegarde</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Daily backups are kept for giftdesk files; a shared database is backed up on its server.</source>
        <translation>Les sauvegardes quotidiennes concernent les fichiers giftdesk ; une base partagée est sauvegardée sur son serveur.</translation>
    </message>
    <message>
        <source>{name} is open read-only; close the other giftdesk to restore a backup.</source>
        <translation>{name} est ouvert en lecture seule ; fermez l’autre giftdesk pour restaurer une sauvegarde.</translation>
    </message>
    <message>
        <source>its current contents</source>
        <translation>son contenu actuel</translation>
    </message>
    <message>
        <source>Restored the backup of {day} ({contents}).</source>
        <translation>Sauvegarde du {day} restaurée ({contents}).</translation>
    </message>
    <message>
        <source>The file as it was is kept as {name}.</source>
        <translation>Le fichier tel qu’il était est conservé sous le nom {name}.</translation>
    </message>
    <message>
        <source>{file_name} is in a folder that {service} keeps in sync. Opening it in giftdesk on two computers at once can damage it, because each computer writes its own copy. To plan together, share a database instead: File → Connect to a shared database… (see “One family, several computers” in the README).</source>
        <translation>{file_name} se trouve dans un dossier que {service} synchronise. L’ouvrir dans giftdesk sur deux ordinateurs à la fois peut l’endommager, car chaque ordinateur écrit sa propre copie. Pour planifier ensemble, partagez plutôt une base de données : Fichier → Se connecter à une base partagée… (voir « One family, several computers » dans le README).</translation>
    </message>
    <message>
        <source>File in a synced folder</source>
        <translation>Fichier dans un dossier synchronisé</translation>
    </message>
</context>
<context>
    <name>FileLock</name>
    <message>
        <source>{name} is already open in another giftdesk{where}; you can open it read-only or close it there first.</source>
        <translation>{name} est déjà ouvert dans un autre giftdesk{where} ; vous pouvez l’ouvrir en lecture seule ou d’abord le fermer là-bas.</translation>
    </message>
    <message>
        <source>File in use</source>
        <translation>Fichier en cours d’utilisation</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Ouvrir en lecture seule</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
</context>
<context>
    <name>FileMenu</name>
    <message>
        <source>Open giftdesk file</source>
        <translation>Ouvrir un fichier giftdesk</translation>
    </message>
    <message>
        <source>giftdesk files (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>Fichiers giftdesk (*.sqlite3 *.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>New giftdesk file</source>
        <translation>Nouveau fichier giftdesk</translation>
    </message>
    <message>
        <source>giftdesk files (*.sqlite3)</source>
        <translation>Fichiers giftdesk (*.sqlite3)</translation>
    </message>
    <message>
        <source>{name} already exists; choose a new name, or open it with File → Open.</source>
        <translation>{name} existe déjà ; choisissez un nouveau nom ou ouvrez-le avec Fichier → Ouvrir.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cannot open file</source>
        <translation>Impossible d’ouvrir le fichier</translation>
    </message>
    <message>
        <source>No other recent files</source>
        <translation>Aucun autre fichier récent</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>{name} is the giftdesk file that is open; writing the export there would replace your family&apos;s data, so nothing was written. Choose another name.</source>
        <translation>{name} est le fichier giftdesk ouvert ; y écrire l’export remplacerait les données de votre famille, donc rien n’a été écrit. Choisissez un autre nom.</translation>
    </message>
    <message>
        <source>{name} is a giftdesk database; an export never writes over one, so nothing was written. Choose another name.</source>
        <translation>{name} est une base de données giftdesk ; un export n’en écrase jamais, donc rien n’a été écrit. Choisissez un autre nom.</translation>
    </message>
    <message>
        <source>{name} belongs to the giftdesk database {database}; writing the export there would damage it, so nothing was written. Choose another name.</source>
        <translation>{name} appartient à la base de données giftdesk {database} ; y écrire l’export l’endommagerait, donc rien n’a été écrit. Choisissez un autre nom.</translation>
    </message>
    <message>
        <source>{path} is a folder; give a file name to write to.</source>
        <translation>{path} est un dossier ; indiquez un nom de fichier où écrire.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Le dossier {folder} n’existe pas.</translation>
    </message>
    <message>
        <source>giftdesk is not allowed to write into {folder}.</source>
        <translation>giftdesk n’a pas le droit d’écrire dans {folder}.</translation>
    </message>
    <message>
        <source>The disk holding {folder} is full; {name} was not written.</source>
        <translation>Le disque contenant {folder} est plein ; {name} n’a pas été écrit.</translation>
    </message>
    <message>
        <source>{folder} is on a read-only disk; {name} was not written.</source>
        <translation>{folder} est sur un disque en lecture seule ; {name} n’a pas été écrit.</translation>
    </message>
    <message>
        <source>giftdesk is not allowed to write {path}.</source>
        <translation>giftdesk n’a pas le droit d’écrire {path}.</translation>
    </message>
    <message>
        <source>The name {name} is too long for this disk; choose a shorter one.</source>
        <translation>Le nom {name} est trop long pour ce disque ; choisissez-en un plus court.</translation>
    </message>
    <message>
        <source>{name} could not be written: {reason}.</source>
        <translation>{name} n’a pas pu être écrit : {reason}.</translation>
    </message>
    <message>
        <source>{name} could not be written.</source>
        <translation>{name} n’a pas pu être écrit.</translation>
    </message>
</context>
<context>
    <name>FontCoverage</name>
    <message>
        <source>Chinese, Japanese or Korean (CJK)</source>
        <translation>chinois, japonais ou coréen (CJK)</translation>
    </message>
    <message>
        <source>Korean (Hangul)</source>
        <translation>coréen (hangûl)</translation>
    </message>
    <message>
        <source>Japanese (Hiragana)</source>
        <translation>japonais (hiragana)</translation>
    </message>
    <message>
        <source>Japanese (Katakana)</source>
        <translation>japonais (katakana)</translation>
    </message>
    <message>
        <source>“{name}”</source>
        <translation>« {name} »</translation>
    </message>
    <message numerus="yes">
        <source>{names} and %Ln more</source>
        <translation>
            <numerusform>{names} et %Ln autre</numerusform>
            <numerusform>{names} et %Ln autres</numerusform>
        </translation>
    </message>
    <message>
        <source>No font on this computer can draw some letters of {names}: they would print as empty boxes. Install a font for {scripts} (for example Noto Sans) to print them.</source>
        <translation>Aucune police de cet ordinateur ne sait dessiner certaines lettres de {names} : elles s’imprimeraient comme des cases vides. Installez une police pour {scripts} (par exemple Noto Sans) pour les imprimer.</translation>
    </message>
    <message>
        <source>No font on this computer can draw some letters of {names}: they would print as empty boxes. Install fonts for {scripts} (for example Noto Sans) to print them.</source>
        <translation>Aucune police de cet ordinateur ne sait dessiner certaines lettres de {names} : elles s’imprimeraient comme des cases vides. Installez des polices pour {scripts} (par exemple Noto Sans) pour les imprimer.</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>{label} is too long ({length} characters; at most {max_length}).</source>
        <translation>{label} est trop long ({length} caractères ; au plus {max_length}).</translation>
    </message>
</context>
<context>
    <name>Gift</name>
    <message>
        <source>Several recipients</source>
        <translation>Plusieurs destinataires</translation>
    </message>
    <message>
        <source>This gift is for {count} people. One shared gift, or a separate gift for each?</source>
        <translation>Ce cadeau est pour {count} personnes. Un cadeau commun, ou un cadeau distinct pour chacune ?</translation>
    </message>
    <message>
        <source>A shared gift is one gift whose cost is split between them; separate gifts make {count} gifts, one for each person, at the full price.</source>
        <translation>Un cadeau commun est un seul cadeau dont le coût est partagé ; des cadeaux distincts font {count} cadeaux, un par personne, au prix plein.</translation>
    </message>
    <message>
        <source>One shared gift</source>
        <translation>Un cadeau commun</translation>
    </message>
    <message>
        <source>{count} separate gifts</source>
        <translation>{count} cadeaux distincts</translation>
    </message>
</context>
<context>
    <name>GiftDialog</name>
    <message>
        <source>Edit gift</source>
        <translation>Modifier le cadeau</translation>
    </message>
    <message>
        <source>New gift</source>
        <translation>Nouveau cadeau</translation>
    </message>
    <message>
        <source>e.g. Wool scarf</source>
        <translation>p. ex. écharpe en laine</translation>
    </message>
    <message>
        <source>No occasion</source>
        <translation>Sans occasion</translation>
    </message>
    <message>
        <source>no price yet</source>
        <translation>pas encore de prix</translation>
    </message>
    <message>
        <source>not on sale</source>
        <translation>pas en promotion</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>Bought on</source>
        <translation>Acheté le</translation>
    </message>
    <message>
        <source>Search people…</source>
        <translation>Rechercher des personnes…</translation>
    </message>
    <message>
        <source>&amp;Gift:</source>
        <translation>&amp;Cadeau :</translation>
    </message>
    <message>
        <source>&amp;Occasion:</source>
        <translation>&amp;Occasion :</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>É&amp;tat :</translation>
    </message>
    <message>
        <source>P&amp;riority:</source>
        <translation>P&amp;riorité :</translation>
    </message>
    <message>
        <source>&amp;Price:</source>
        <translation>&amp;Prix :</translation>
    </message>
    <message>
        <source>Sa&amp;le price:</source>
        <translation>Prix sol&amp;dé :</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>&amp;Quantité :</translation>
    </message>
    <message>
        <source>S&amp;tore:</source>
        <translation>&amp;Magasin :</translation>
    </message>
    <message>
        <source>&amp;Link:</source>
        <translation>&amp;Lien :</translation>
    </message>
    <message>
        <source>Bought o&amp;n:</source>
        <translation>Acheté l&amp;e :</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>Po&amp;ur :</translation>
    </message>
    <message>
        <source>&amp;Bought by:</source>
        <translation>Ac&amp;heté par :</translation>
    </message>
    <message>
        <source>&amp;Chipping in:</source>
        <translation>Partic&amp;ipent :</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Notes :</translation>
    </message>
</context>
<context>
    <name>Gifts</name>
    <message>
        <source>This gift no longer exists (deleted meanwhile).</source>
        <translation>Ce cadeau n’existe plus (supprimé entre-temps).</translation>
    </message>
    <message>
        <source>“{value}” cannot be edited.</source>
        <translation>« {value} » ne peut pas être modifié.</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Say whose history to show: a person&apos;s name.</source>
        <translation>Indiquez l’historique de qui afficher : le nom d’une personne.</translation>
    </message>
    <message>
        <source>There is nobody called “{name}” in this file.</source>
        <translation>Personne ne s’appelle « {name} » dans ce fichier.</translation>
    </message>
    <message>
        <source>{length} people are called “{name}”; rename one to tell them apart.</source>
        <translation>{length} personnes s’appellent « {name} » ; renommez-en une pour les distinguer.</translation>
    </message>
    <message>
        <source>This person no longer exists (deleted meanwhile).</source>
        <translation>Cette personne n’existe plus (supprimée entre-temps).</translation>
    </message>
    <message>
        <source>{name} has no gift history yet.</source>
        <translation>{name} n’a pas encore d’historique de cadeaux.</translation>
    </message>
    <message>
        <source>Gift history of {name}</source>
        <translation>Historique des cadeaux de {name}</translation>
    </message>
    <message>
        <source>received</source>
        <translation>reçu</translation>
    </message>
    <message>
        <source>gave</source>
        <translation>offert</translation>
    </message>
    <message>
        <source>No occasion</source>
        <translation>Sans occasion</translation>
    </message>
    <message>
        <source>from {names}</source>
        <translation>de {names}</translation>
    </message>
    <message>
        <source>no buyer yet</source>
        <translation>pas encore d’acheteur</translation>
    </message>
    <message>
        <source>shared with {names}</source>
        <translation>partagé avec {names}</translation>
    </message>
    <message>
        <source>for {names}</source>
        <translation>pour {names}</translation>
    </message>
    <message>
        <source>for nobody</source>
        <translation>pour personne</translation>
    </message>
    <message>
        <source>with {names}</source>
        <translation>avec {names}</translation>
    </message>
    <message>
        <source>Totals per year (planned, selected to received; their share)</source>
        <translation>Totaux par année (prévu, de choisi à reçu ; leur part)</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>sans date</translation>
    </message>
    <message>
        <source>received {received} ({received_gifts}), gave {gave} ({gave_gifts})</source>
        <translation>reçu {received} ({received_gifts}), offert {gave} ({gave_gifts})</translation>
    </message>
    <message numerus="yes">
        <source>%Ln gift(s)</source>
        <translation>
            <numerusform>%Ln cadeau</numerusform>
            <numerusform>%Ln cadeaux</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>Gift</source>
        <translation>Cadeau</translation>
    </message>
    <message>
        <source>Price (share)</source>
        <translation>Prix (part)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Who else</source>
        <translation>Qui d’autre</translation>
    </message>
    <message numerus="yes">
        <source>%Ln gift(s)</source>
        <translation>
            <numerusform>%Ln cadeau</numerusform>
            <numerusform>%Ln cadeaux</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportCancelled</name>
    <message>
        <source>The import was cancelled; nothing was added.</source>
        <translation>L’importation a été annulée ; rien n’a été ajouté.</translation>
    </message>
</context>
<context>
    <name>KeyboardShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>These keys work anywhere in the main window.</source>
        <translation>Ces touches fonctionnent partout dans la fenêtre principale.</translation>
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
    <name>Lists</name>
    <message>
        <source>“{name}”</source>
        <translation>« {name} »</translation>
    </message>
    <message>
        <source>{names} and {last}</source>
        <translation>{names} et {last}</translation>
    </message>
</context>
<context>
    <name>LiveUpdates</name>
    <message>
        <source>Reconnecting to {host}…</source>
        <translation>Reconnexion à {host}…</translation>
    </message>
</context>
<context>
    <name>LockOwner</name>
    <message>
        <source>on the computer “{hostname}”</source>
        <translation>sur l’ordinateur « {hostname} »</translation>
    </message>
    <message>
        <source>(process {pid})</source>
        <translation>(processus {pid})</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;About giftdesk</source>
        <translation>À &amp;propos de giftdesk</translation>
    </message>
    <message>
        <source>price</source>
        <translation>prix</translation>
    </message>
    <message>
        <source>sale price</source>
        <translation>prix soldé</translation>
    </message>
    <message>
        <source>Delete {name}? No gifts or budgets belong to it.</source>
        <translation>Supprimer {name} ? Aucun cadeau ni budget n’y est lié.</translation>
    </message>
    <message numerus="yes">
        <source>leaves its %Ln gift(s) with no occasion</source>
        <translation>
            <numerusform>laisse son cadeau sans occasion</numerusform>
            <numerusform>laisse ses %Ln cadeaux sans occasion</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>deletes %Ln person budget(s) set for it</source>
        <translation>
            <numerusform>supprime le budget personnel fixé pour elle</numerusform>
            <numerusform>supprime les %Ln budgets personnels fixés pour elle</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleting {name} {leaves} and {deletes}. You can undo this.</source>
        <translation>Supprimer {name} {leaves} et {deletes}. Vous pouvez annuler.</translation>
    </message>
    <message>
        <source>Deleting {name} {does}. You can undo this.</source>
        <translation>Supprimer {name} {does}. Vous pouvez annuler.</translation>
    </message>
    <message>
        <source>Gifts</source>
        <translation>Cadeaux</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Occasions</source>
        <translation>Occasions</translation>
    </message>
    <message>
        <source>Opening your gift list…</source>
        <translation>Ouverture de votre liste de cadeaux…</translation>
    </message>
    <message>
        <source>Show the gifts of one occasion</source>
        <translation>Afficher les cadeaux d’une occasion</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Connect to a &amp;shared database…</source>
        <translation>Se connecter à une base &amp;partagée…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Fichiers &amp;récents</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Gifts</source>
        <translation>&amp;Cadeaux</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;Personnes</translation>
    </message>
    <message>
        <source>&amp;Occasions</source>
        <translation>&amp;Occasions</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d’outils principale</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Non modifié</translation>
    </message>
    <message>
        <source>no file is open yet</source>
        <translation>aucun fichier n’est encore ouvert</translation>
    </message>
    <message>
        <source>Search…  (Ctrl+F)</source>
        <translation>Rechercher…  (Ctrl+F)</translation>
    </message>
    <message>
        <source>All occasions</source>
        <translation>Toutes les occasions</translation>
    </message>
    <message>
        <source>No occasion</source>
        <translation>Sans occasion</translation>
    </message>
    <message>
        <source>Search gifts, people, stores…  (Ctrl+F)</source>
        <translation>Rechercher cadeaux, personnes, magasins…  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search people…  (Ctrl+F)</source>
        <translation>Rechercher des personnes…  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search occasions…  (Ctrl+F)</source>
        <translation>Rechercher des occasions…  (Ctrl+F)</translation>
    </message>
    <message numerus="yes">
        <source>Loading %Ln gift(s)…</source>
        <translation>
            <numerusform>Chargement de %Ln cadeau…</numerusform>
            <numerusform>Chargement de %Ln cadeaux…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln gift(s) selected · {amount}</source>
        <translation>
            <numerusform>%Ln cadeau sélectionné · {amount}</numerusform>
            <numerusform>%Ln cadeaux sélectionnés · {amount}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing {shown} of %Ln gift(s)</source>
        <translation>
            <numerusform>{shown} sur %Ln cadeau affichés</numerusform>
            <numerusform>{shown} sur %Ln cadeaux affichés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln gift(s)</source>
        <translation>
            <numerusform>%Ln cadeau</numerusform>
            <numerusform>%Ln cadeaux</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s)</source>
        <translation>
            <numerusform>%Ln personne</numerusform>
            <numerusform>%Ln personnes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing {shown} of %Ln person(s)</source>
        <translation>
            <numerusform>{shown} sur %Ln personne affichées</numerusform>
            <numerusform>{shown} sur %Ln personnes affichées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln occasion(s)</source>
        <translation>
            <numerusform>%Ln occasion</numerusform>
            <numerusform>%Ln occasions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing {shown} of %Ln occasion(s)</source>
        <translation>
            <numerusform>{shown} sur %Ln occasion affichées</numerusform>
            <numerusform>{shown} sur %Ln occasions affichées</numerusform>
        </translation>
    </message>
    <message>
        <source>No gifts yet. Add one with “New gift…” (Ctrl+N).</source>
        <translation>Pas encore de cadeaux. Ajoutez-en un avec « Nouveau cadeau… » (Ctrl+N).</translation>
    </message>
    <message>
        <source>No gifts yet. Add the people you give gifts to first (People → New person…).</source>
        <translation>Pas encore de cadeaux. Ajoutez d’abord les personnes à qui vous offrez (Personnes → Nouvelle personne…).</translation>
    </message>
    <message>
        <source>No gifts match “{search}”. Clear the search box to see everything.</source>
        <translation>Aucun cadeau ne correspond à « {search} ». Videz la recherche pour tout voir.</translation>
    </message>
    <message>
        <source>No gifts match this occasion. Choose “All occasions” to see everything.</source>
        <translation>Aucun cadeau pour cette occasion. Choisissez « Toutes les occasions » pour tout voir.</translation>
    </message>
    <message>
        <source>No people yet. Add someone with “New person…”.</source>
        <translation>Pas encore de personnes. Ajoutez quelqu’un avec « Nouvelle personne… ».</translation>
    </message>
    <message>
        <source>Nobody matches “{search}”. Clear the search box to see everything.</source>
        <translation>Personne ne correspond à « {search} ». Videz la recherche pour tout voir.</translation>
    </message>
    <message>
        <source>Nobody matches this occasion. Choose “All occasions” to see everything.</source>
        <translation>Personne ne correspond à cette occasion. Choisissez « Toutes les occasions » pour tout voir.</translation>
    </message>
    <message>
        <source>No occasions yet. Add one with “New occasion…” (Christmas, a birthday…).</source>
        <translation>Pas encore d’occasions. Ajoutez-en une avec « Nouvelle occasion… » (Noël, un anniversaire…).</translation>
    </message>
    <message>
        <source>No occasions match “{search}”. Clear the search box to see everything.</source>
        <translation>Aucune occasion ne correspond à « {search} ». Videz la recherche pour tout voir.</translation>
    </message>
    <message>
        <source>No occasions match this occasion. Choose “All occasions” to see everything.</source>
        <translation>Aucune occasion ne correspond. Choisissez « Toutes les occasions » pour tout voir.</translation>
    </message>
    <message>
        <source>No gifts for this occasion yet. Add one with “New gift…”, or choose “All occasions”.</source>
        <translation>Pas encore de cadeaux pour cette occasion. Ajoutez-en un avec « Nouveau cadeau… » ou choisissez « Toutes les occasions ».</translation>
    </message>
    <message>
        <source>giftdesk</source>
        <translation>giftdesk</translation>
    </message>
    <message>
        <source>{file} (read-only) — giftdesk</source>
        <translation>{file} (lecture seule) — giftdesk</translation>
    </message>
    <message>
        <source>{file} — giftdesk</source>
        <translation>{file} — giftdesk</translation>
    </message>
    <message>
        <source>Add {name}</source>
        <translation>Ajouter {name}</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>Modifier {name}</translation>
    </message>
    <message>
        <source>Add {count} × {name}</source>
        <translation>Ajouter {count} × {name}</translation>
    </message>
    <message>
        <source>Change {field} of {gift}</source>
        <translation>Modifier {field} de {gift}</translation>
    </message>
    <message>
        <source>“{value}” is not a valid {field}.</source>
        <translation>« {value} » n’est pas une valeur valide pour {field}.</translation>
    </message>
    <message>
        <source>this gift</source>
        <translation>ce cadeau</translation>
    </message>
    <message>
        <source>Delete the gift “{name}”? You can undo this.</source>
        <translation>Supprimer le cadeau « {name} » ? Vous pouvez annuler.</translation>
    </message>
    <message>
        <source>Delete gift</source>
        <translation>Supprimer le cadeau</translation>
    </message>
    <message numerus="yes">
        <source>Delete the %Ln selected gift(s)? You can undo this.</source>
        <translation>
            <numerusform>Supprimer le cadeau sélectionné ? Vous pouvez annuler.</numerusform>
            <numerusform>Supprimer les %Ln cadeaux sélectionnés ? Vous pouvez annuler.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln gift(s)</source>
        <translation>
            <numerusform>Supprimer %Ln cadeau</numerusform>
            <numerusform>Supprimer %Ln cadeaux</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete {name}</source>
        <translation>Supprimer {name}</translation>
    </message>
    <message>
        <source>The example family can only be loaded into an empty file; use File → New database… first.</source>
        <translation>La famille d’exemple ne peut être chargée que dans un fichier vide ; utilisez d’abord Fichier → Nouvelle base de données….</translation>
    </message>
    <message>
        <source>Load example family</source>
        <translation>Charger la famille d’exemple</translation>
    </message>
    <message>
        <source>Example family loaded. Edit → Undo removes it again.</source>
        <translation>Famille d’exemple chargée. Édition → Annuler la retire.</translation>
    </message>
    <message>
        <source>Edit → Undo removes them again.</source>
        <translation>Édition → Annuler les retire.</translation>
    </message>
    <message>
        <source>{name} could not be written: {reason}.</source>
        <translation>{name} n’a pas pu être écrit : {reason}.</translation>
    </message>
</context>
<context>
    <name>Members</name>
    <message>
        <source>1 gift for you is hidden from you</source>
        <translation>1 cadeau pour vous vous est caché</translation>
    </message>
    <message>
        <source>{count} gifts for you are hidden from you</source>
        <translation>{count} cadeaux pour vous vous sont cachés</translation>
    </message>
    <message>
        <source>Only the organiser of this family can import into it; you are connected as {login}, a family member. Nothing was changed.</source>
        <translation>Seul l&apos;organisateur de cette famille peut y importer ; vous êtes connecté en tant que {login}, un membre de la famille. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Family members need a shared database: a file on this computer has no logins, so move the family to a PostgreSQL server and open it with --db postgresql://… first.</source>
        <translation>Les membres de la famille ont besoin d&apos;une base de données partagée : un fichier sur cet ordinateur n&apos;a pas d&apos;identifiants. Placez d&apos;abord la famille sur un serveur PostgreSQL et ouvrez-la avec --db postgresql://…</translation>
    </message>
    <message>
        <source>Only the organiser of this family ({organiser}) can add or remove members; nothing was changed.</source>
        <translation>Seul l&apos;organisateur de cette famille ({organiser}) peut ajouter ou retirer des membres ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The server did not allow this ({reason}); nothing was changed. The organiser&apos;s login must own the family&apos;s tables and may need CREATEROLE.</source>
        <translation>Le serveur ne l&apos;a pas permis ({reason}) ; rien n&apos;a été modifié. L&apos;identifiant de l&apos;organisateur doit posséder les tables de la famille et peut avoir besoin de CREATEROLE.</translation>
    </message>
    <message>
        <source>“{name}” cannot be a member&apos;s login: use small letters, digits and _, starting with a letter (at most 63).</source>
        <translation>« {name} » ne peut pas être l&apos;identifiant d&apos;un membre : utilisez des minuscules, des chiffres et _, en commençant par une lettre (63 au plus).</translation>
    </message>
    <message>
        <source>There is no person named “{person}” in this family; add them under People first. Nothing was changed.</source>
        <translation>Il n&apos;y a personne nommé « {person} » dans cette famille ; ajoutez-la d&apos;abord sous Personnes. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The login “{name}” is already taken on this server; choose another name. Nothing was changed.</source>
        <translation>L&apos;identifiant « {name} » est déjà pris sur ce serveur ; choisissez un autre nom. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>{person} is already a member (login “{login}”); nothing was changed.</source>
        <translation>{person} est déjà membre (identifiant « {login} ») ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>A member&apos;s password may hold letters, digits, - and _ only.</source>
        <translation>Le mot de passe d&apos;un membre ne peut contenir que des lettres, des chiffres, - et _.</translation>
    </message>
    <message>
        <source>Your login may not create logins on this server; a server administrator can allow it with ALTER ROLE {login} CREATEROLE. Nothing was changed.</source>
        <translation>Votre identifiant ne peut pas créer d&apos;identifiants sur ce serveur ; un administrateur du serveur peut le permettre avec ALTER ROLE {login} CREATEROLE. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>“{name}” is not a member of this family; nothing was changed.</source>
        <translation>« {name} » n&apos;est pas membre de cette famille ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>{hidden} These figures leave them out.</source>
        <translation>{hidden} Ces chiffres les laissent de côté.</translation>
    </message>
</context>
<context>
    <name>MembersDialog</name>
    <message>
        <source>Family &amp;members…</source>
        <translation>&amp;Membres de la famille…</translation>
    </message>
    <message>
        <source>Let family members in, each unable to see the gifts for them</source>
        <translation>Laisser entrer les membres de la famille, chacun sans voir les cadeaux qui lui sont destinés</translation>
    </message>
    <message>
        <source>&amp;Hide gifts for…</source>
        <translation>&amp;Masquer les cadeaux de…</translation>
    </message>
    <message>
        <source>Keep one person&apos;s gifts out of this window (not protection)</source>
        <translation>Masquer les cadeaux d&apos;une personne dans cette fenêtre (ce n&apos;est pas une protection)</translation>
    </message>
    <message>
        <source>Family members</source>
        <translation>Membres de la famille</translation>
    </message>
    <message>
        <source>Each family member connects as themselves. The database hides from them every gift they are to receive, with its links and their own budgets, whatever program they use.</source>
        <translation>Chaque membre de la famille se connecte en son nom. La base de données lui cache chaque cadeau qu&apos;il doit recevoir, avec ses liens et ses propres budgets, quel que soit le programme utilisé.</translation>
    </message>
    <message>
        <source>&amp;Add member</source>
        <translation>&amp;Ajouter un membre</translation>
    </message>
    <message>
        <source>&amp;Remove member</source>
        <translation>&amp;Retirer le membre</translation>
    </message>
    <message>
        <source>&amp;Copy address</source>
        <translation>&amp;Copier l&apos;adresse</translation>
    </message>
    <message>
        <source>&amp;Login name:</source>
        <translation>&amp;Nom d&apos;identifiant :</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Personne :</translation>
    </message>
    <message>
        <source>{person} can now connect as {login}. Give them this address; it holds their password and is not shown again.</source>
        <translation>{person} peut maintenant se connecter en tant que {login}. Donnez-lui cette adresse ; elle contient son mot de passe et ne sera plus affichée.</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>Retirer le membre</translation>
    </message>
    <message>
        <source>Remove the login {login}? They can no longer connect; their person and gifts stay.</source>
        <translation>Retirer l&apos;identifiant {login} ? Il ne pourra plus se connecter ; la personne et ses cadeaux restent.</translation>
    </message>
    <message>
        <source>{login} can no longer connect; {person} and their gifts stay.</source>
        <translation>{login} ne peut plus se connecter ; {person} et ses cadeaux restent.</translation>
    </message>
    <message>
        <source>Hide gifts for…</source>
        <translation>Masquer les cadeaux de…</translation>
    </message>
    <message>
        <source>Nobody (show every gift)</source>
        <translation>Personne (afficher tous les cadeaux)</translation>
    </message>
    <message>
        <source>This only hides their gifts in this window, on this computer. It is not protection: anyone who opens the file, here or with another program, still sees every gift. To keep surprises safe, put the family on a shared database and let each person in as a family member.</source>
        <translation>Cela masque ses cadeaux seulement dans cette fenêtre, sur cet ordinateur. Ce n&apos;est pas une protection : quiconque ouvre le fichier, ici ou avec un autre programme, voit toujours chaque cadeau. Pour protéger les surprises, placez la famille dans une base de données partagée et faites entrer chaque personne comme membre de la famille.</translation>
    </message>
    <message>
        <source>&amp;Hide the gifts for:</source>
        <translation>&amp;Masquer les cadeaux de :</translation>
    </message>
    <message>
        <source>Their gifts are hidden in this window only; anyone who opens the file still sees them.</source>
        <translation>Ses cadeaux sont masqués dans cette fenêtre seulement ; quiconque ouvre le fichier les voit toujours.</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>{label} must be an amount like 12.50.</source>
        <translation>{label} doit être un montant comme 12,50.</translation>
    </message>
    <message>
        <source>{label} cannot be negative.</source>
        <translation>{label} ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>{label} “{value}” is not an amount; write it like 12.50.</source>
        <translation>{label} « {value} » n’est pas un montant ; écrivez-le comme 12,50.</translation>
    </message>
    <message>
        <source>{label} “{value}” is not an amount.</source>
        <translation>{label} « {value} » n’est pas un montant.</translation>
    </message>
    <message>
        <source>{label} can have at most two decimals.</source>
        <translation>{label} peut avoir au plus deux décimales.</translation>
    </message>
    <message>
        <source>{label} must be a whole number of cents.</source>
        <translation>{label} doit être un nombre entier de centimes.</translation>
    </message>
    <message>
        <source>{label} must be less than 10,000,000.00.</source>
        <translation>{label} doit être inférieur à 10 000 000,00.</translation>
    </message>
    <message>
        <source>{label} “{shown}” is not an amount; write it like {example}.</source>
        <translation>{label} « {shown} » n’est pas un montant ; écrivez-le comme {example}.</translation>
    </message>
    <message>
        <source>{big} or {small}? Write {digits} or {small}.</source>
        <translation>{big} ou {small} ? Écrivez {digits} ou {small}.</translation>
    </message>
    <message>
        <source>{big}? Write {digits}, or use at most two decimals.</source>
        <translation>{big} ? Écrivez {digits}, ou utilisez au plus deux décimales.</translation>
    </message>
    <message>
        <source>{label} “{shown}” is unclear: {question}</source>
        <translation>{label} « {shown} » est ambigu : {question}</translation>
    </message>
</context>
<context>
    <name>MoneyDelegate</name>
    <message>
        <source>no price</source>
        <translation>sans prix</translation>
    </message>
</context>
<context>
    <name>OccasionChooserDialog</name>
    <message numerus="yes">
        <source>Move %Ln gift(s) to an occasion</source>
        <translation>
            <numerusform>Déplacer %Ln cadeau vers une occasion</numerusform>
            <numerusform>Déplacer %Ln cadeaux vers une occasion</numerusform>
        </translation>
    </message>
    <message>
        <source>Which occasion is this gift for?</source>
        <translation>Pour quelle occasion est ce cadeau ?</translation>
    </message>
    <message>
        <source>Which occasion are these gifts for?</source>
        <translation>Pour quelle occasion sont ces cadeaux ?</translation>
    </message>
    <message>
        <source>No occasion</source>
        <translation>Sans occasion</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>&amp;Déplacer</translation>
    </message>
</context>
<context>
    <name>OccasionDialog</name>
    <message>
        <source>Edit occasion</source>
        <translation>Modifier l’occasion</translation>
    </message>
    <message>
        <source>New occasion</source>
        <translation>Nouvelle occasion</translation>
    </message>
    <message>
        <source>e.g. Christmas 2026</source>
        <translation>p. ex. Noël 2026</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>no budget</source>
        <translation>pas de budget</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date :</translation>
    </message>
    <message>
        <source>&amp;Budget:</source>
        <translation>&amp;Budget :</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Notes :</translation>
    </message>
</context>
<context>
    <name>Occasions</name>
    <message>
        <source>This occasion no longer exists (deleted meanwhile).</source>
        <translation>Cette occasion n’existe plus (supprimée entre-temps).</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Aucune date</translation>
    </message>
    <message>
        <source>{empty_text} (type e.g. {example})</source>
        <translation>{empty_text}, p. ex. {example}</translation>
    </message>
    <message>
        <source>Type a date like {example} or 2026-12-24, or pick one from the calendar (Alt+Down). Leave empty for no date.</source>
        <translation>Saisissez une date comme {example} ou 2026-12-24, ou choisissez-la dans le calendrier (Alt+Bas). Laissez vide pour aucune date.</translation>
    </message>
    <message>
        <source>Pick the date from a calendar (Alt+Down)</source>
        <translation>Choisir la date dans un calendrier (Alt+Bas)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Leave the date empty</source>
        <translation>Laisser la date vide</translation>
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <source>This person no longer exists (deleted meanwhile).</source>
        <translation>Cette personne n’existe plus (supprimée entre-temps).</translation>
    </message>
</context>
<context>
    <name>Person</name>
    <message>
        <source>Same name</source>
        <translation>Même nom</translation>
    </message>
    <message>
        <source>There is already {listed}. Add another person named {name}?</source>
        <translation>Il y a déjà {listed}. Ajouter une autre personne nommée {name} ?</translation>
    </message>
    <message>
        <source>A relationship (Mother, cousin…) tells them apart in every list; without one they are numbered.</source>
        <translation>Un lien de parenté (mère, cousin…) les distingue dans chaque liste ; sans lui, ils sont numérotés.</translation>
    </message>
    <message>
        <source>Add another {name}</source>
        <translation>Ajouter un autre {name}</translation>
    </message>
</context>
<context>
    <name>PersonBudgetDialog</name>
    <message>
        <source>Set a budget</source>
        <translation>Fixer un budget</translation>
    </message>
    <message>
        <source>A person&apos;s budgets for &lt;b&gt;{occasion}&lt;/b&gt;.</source>
        <translation>Les budgets d’une personne pour &lt;b&gt;{occasion}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>no budget</source>
        <translation>pas de budget</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Personne :</translation>
    </message>
    <message>
        <source>Budget for &amp;gifts to them:</source>
        <translation>Budget des &amp;cadeaux reçus :</translation>
    </message>
    <message>
        <source>Budget to &amp;spend on gifts:</source>
        <translation>Budget à &amp;dépenser en cadeaux :</translation>
    </message>
    <message>
        <source>Leave a budget empty for no budget.</source>
        <translation>Laissez un budget vide pour n’en fixer aucun.</translation>
    </message>
    <message>
        <source>Set budget</source>
        <translation>Fixer le budget</translation>
    </message>
    <message>
        <source>budget for gifts to them</source>
        <translation>budget des cadeaux reçus</translation>
    </message>
    <message>
        <source>budget to spend</source>
        <translation>budget à dépenser</translation>
    </message>
</context>
<context>
    <name>PersonDeletion</name>
    <message>
        <source>“{name}”</source>
        <translation>« {name} »</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more</source>
        <translation>
            <numerusform>%Ln autre</numerusform>
            <numerusform>%Ln autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>receives %Ln gift(s)</source>
        <translation>
            <numerusform>reçoit %Ln cadeau</numerusform>
            <numerusform>reçoit %Ln cadeaux</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>buys %Ln</source>
        <translation>
            <numerusform>en achète %Ln</numerusform>
            <numerusform>en achète %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>buys %Ln gift(s)</source>
        <translation>
            <numerusform>achète %Ln cadeau</numerusform>
            <numerusform>achète %Ln cadeaux</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>chips in to %Ln</source>
        <translation>
            <numerusform>participe à %Ln</numerusform>
            <numerusform>participe à %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>chips in to %Ln gift(s)</source>
        <translation>
            <numerusform>participe à %Ln cadeau</numerusform>
            <numerusform>participe à %Ln cadeaux</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete {name}? They are not part of any gift or budget yet.</source>
        <translation>Supprimer {name} ? Cette personne ne fait encore partie d’aucun cadeau ni budget.</translation>
    </message>
    <message>
        <source>{name} {parts}.</source>
        <translation>{name} {parts}.</translation>
    </message>
    <message>
        <source>{gifts} will have no recipient left (it is for {name} alone).</source>
        <translation>{gifts} n’aura plus de destinataire (il est pour {name} seul).</translation>
    </message>
    <message>
        <source>{gifts} will have no recipient left (they are for {name} alone).</source>
        <translation>{gifts} n’auront plus de destinataire (ils sont pour {name} seul).</translation>
    </message>
    <message numerus="yes">
        <source>The %Ln gifts {name} buys will have no purchaser.</source>
        <translation>
            <numerusform>Le cadeau que {name} achète n’aura plus d’acheteur.</numerusform>
            <numerusform>Les %Ln cadeaux que {name} achète n’auront plus d’acheteur.</numerusform>
        </translation>
    </message>
    <message>
        <source>The gift {name} buys will have no purchaser.</source>
        <translation>Le cadeau que {name} achète n’aura plus d’acheteur.</translation>
    </message>
    <message>
        <source>The shares of {people} rise, as {name} no longer shares the cost.</source>
        <translation>Les parts de {people} augmentent, car {name} ne partage plus le coût.</translation>
    </message>
    <message>
        <source>That takes {person} over their budget for gifts to them in {occasion}.</source>
        <translation>Cela fait dépasser à {person} son budget des cadeaux reçus pour {occasion}.</translation>
    </message>
    <message>
        <source>That takes {person} over their budget for what they buy in {occasion}.</source>
        <translation>Cela fait dépasser à {person} son budget d’achats pour {occasion}.</translation>
    </message>
    <message numerus="yes">
        <source>Their %Ln budget(s) will be deleted.</source>
        <translation>
            <numerusform>Son budget sera supprimé.</numerusform>
            <numerusform>Ses %Ln budgets seront supprimés.</numerusform>
        </translation>
    </message>
    <message>
        <source>You can undo this.</source>
        <translation>Vous pouvez annuler.</translation>
    </message>
    <message>
        <source>Delete {name}?

{details}</source>
        <translation>Supprimer {name} ?

{details}</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Edit person</source>
        <translation>Modifier la personne</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Nouvelle personne</translation>
    </message>
    <message>
        <source>e.g. Grandma Rosa</source>
        <translation>p. ex. Mamie Rosa</translation>
    </message>
    <message>
        <source>e.g. Grandmother, colleague</source>
        <translation>p. ex. grand-mère, collègue</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Anniversaire</translation>
    </message>
    <message>
        <source>gardening, jazz, puzzles…</source>
        <translation>jardinage, jazz, puzzles…</translation>
    </message>
    <message>
        <source>shirt M, shoes 39…</source>
        <translation>chemise M, chaussures 39…</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Relationship:</source>
        <translation>&amp;Lien :</translation>
    </message>
    <message>
        <source>&amp;Birthday:</source>
        <translation>&amp;Anniversaire :</translation>
    </message>
    <message>
        <source>&amp;Interests:</source>
        <translation>&amp;Centres d’intérêt :</translation>
    </message>
    <message>
        <source>&amp;Sizes:</source>
        <translation>&amp;Tailles :</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Notes :</translation>
    </message>
</context>
<context>
    <name>PersonHistoryView</name>
    <message>
        <source>Choose a person above to see the gifts they received and gave.</source>
        <translation>Choisissez une personne ci-dessus pour voir les cadeaux reçus et offerts.</translation>
    </message>
    <message>
        <source>Gift history</source>
        <translation>Historique des cadeaux</translation>
    </message>
    <message>
        <source>Gift history of {name}</source>
        <translation>Historique des cadeaux de {name}</translation>
    </message>
    <message>
        <source>{name} has no gift history yet: no gift for them, none bought or shared by them.</source>
        <translation>{name} n’a pas encore d’historique : aucun cadeau reçu, aucun acheté ou partagé.</translation>
    </message>
    <message>
        <source>No occasion</source>
        <translation>Sans occasion</translation>
    </message>
    <message>
        <source>Undated</source>
        <translation>Sans date</translation>
    </message>
    <message>
        <source>received {amount} in {gifts}</source>
        <translation>reçu {amount} en {gifts}</translation>
    </message>
    <message>
        <source>gave {amount} in {gifts}</source>
        <translation>offert {amount} en {gifts}</translation>
    </message>
    <message>
        <source>Totals per year</source>
        <translation>Totaux par année</translation>
    </message>
    <message>
        <source>(their share of planned gifts, ideas not counted)</source>
        <translation>(leur part des cadeaux prévus, idées non comptées)</translation>
    </message>
    <message>
        <source>Only ideas so far: nothing is counted yet.</source>
        <translation>Seulement des idées pour l’instant : rien n’est encore compté.</translation>
    </message>
    <message>
        <source>received</source>
        <translation>reçu</translation>
    </message>
    <message>
        <source>from {names}</source>
        <translation>de {names}</translation>
    </message>
    <message>
        <source>no buyer yet</source>
        <translation>pas encore d’acheteur</translation>
    </message>
    <message>
        <source>with {names}</source>
        <translation>avec {names}</translation>
    </message>
    <message>
        <source>gave</source>
        <translation>offert</translation>
    </message>
    <message>
        <source>for {names}</source>
        <translation>pour {names}</translation>
    </message>
    <message>
        <source>for nobody yet</source>
        <translation>pour personne encore</translation>
    </message>
    <message>
        <source>The gift&apos;s cost (their share in brackets)</source>
        <translation>Le coût du cadeau (leur part entre parenthèses)</translation>
    </message>
</context>
<context>
    <name>PickerModel</name>
    <message>
        <source>{line} (over budget in {occasions})</source>
        <translation>{line} (budget dépassé pour {occasions})</translation>
    </message>
    <message>
        <source>No purchaser (clear the purchaser)</source>
        <translation>Aucun acheteur (retirer l’acheteur)</translation>
    </message>
    <message>
        <source>gets {which} themselves</source>
        <translation>reçoit lui-même {which}</translation>
    </message>
    <message>
        <source>buying {amount} of {budget}</source>
        <translation>achète {amount} sur {budget}</translation>
    </message>
    <message>
        <source>receiving {amount} of {budget}</source>
        <translation>reçoit {amount} sur {budget}</translation>
    </message>
    <message>
        <source>buying {amount}, no budget set</source>
        <translation>achète {amount}, sans budget</translation>
    </message>
    <message>
        <source>receiving {amount}, no budget set</source>
        <translation>reçoit {amount}, sans budget</translation>
    </message>
    <message>
        <source>buying nothing yet</source>
        <translation>n’achète encore rien</translation>
    </message>
    <message>
        <source>receiving nothing yet</source>
        <translation>ne reçoit encore rien</translation>
    </message>
    <message>
        <source>over budget by {amount}</source>
        <translation>budget dépassé de {amount}</translation>
    </message>
    <message>
        <source>over budget</source>
        <translation>budget dépassé</translation>
    </message>
</context>
<context>
    <name>Planner</name>
    <message>
        <source>There is no occasion to plan again yet; add one first.</source>
        <translation>Il n’y a pas encore d’occasion à replanifier ; ajoutez-en une d’abord.</translation>
    </message>
    <message>
        <source>Plan again as {name}</source>
        <translation>Replanifier sous le nom {name}</translation>
    </message>
    <message>
        <source>Coming up</source>
        <translation>À venir</translation>
    </message>
    <message>
        <source>Import a gift spreadsheet</source>
        <translation>Importer un tableau de cadeaux</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv);;All files (*)</source>
        <translation>Tableurs (*.xlsx *.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import {name}</source>
        <translation>Importer {name}</translation>
    </message>
</context>
<context>
    <name>PurchaserField</name>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Choose who buys this gift (Ctrl+Shift+P in the gift table)</source>
        <translation>Choisir qui achète ce cadeau (Ctrl+Maj+P dans le tableau des cadeaux)</translation>
    </message>
    <message>
        <source>No purchaser yet</source>
        <translation>Pas encore d’acheteur</translation>
    </message>
    <message>
        <source>&lt;i&gt;{text}&lt;/i&gt;</source>
        <translation>&lt;i&gt;{text}&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Choose purchaser (now: {text})</source>
        <translation>Choisir l’acheteur (actuel : {text})</translation>
    </message>
</context>
<context>
    <name>PurchaserPicker</name>
    <message>
        <source>No purchaser</source>
        <translation>Aucun acheteur</translation>
    </message>
    <message>
        <source>Who buys “{gift}”?</source>
        <translation>Qui achète « {gift} » ?</translation>
    </message>
    <message>
        <source>Who else receives “{gift}”?</source>
        <translation>Qui d’autre reçoit « {gift} » ?</translation>
    </message>
    <message>
        <source>Who no longer receives “{gift}”?</source>
        <translation>Qui ne reçoit plus « {gift} » ?</translation>
    </message>
    <message numerus="yes">
        <source>Who buys these %Ln gift(s)?</source>
        <translation>
            <numerusform>Qui achète ce cadeau ?</numerusform>
            <numerusform>Qui achète ces %Ln cadeaux ?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Who else receives these %Ln gift(s)?</source>
        <translation>
            <numerusform>Qui d’autre reçoit ce cadeau ?</numerusform>
            <numerusform>Qui d’autre reçoit ces %Ln cadeaux ?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Who no longer receives these %Ln gift(s)?</source>
        <translation>
            <numerusform>Qui ne reçoit plus ce cadeau ?</numerusform>
            <numerusform>Qui ne reçoit plus ces %Ln cadeaux ?</numerusform>
        </translation>
    </message>
    <message>
        <source>this gift</source>
        <translation>ce cadeau</translation>
    </message>
    <message numerus="yes">
        <source>all %Ln of these gifts</source>
        <translation>
            <numerusform>ce cadeau</numerusform>
            <numerusform>les %Ln cadeaux</numerusform>
        </translation>
    </message>
    <message>
        <source>{receives} of these {count} gifts</source>
        <translation>{receives} de ces {count} cadeaux</translation>
    </message>
    <message>
        <source>{name} gets {which} themselves.</source>
        <translation>{name} reçoit lui-même {which}.</translation>
    </message>
    <message>
        <source>Assign purchaser for “{gift}”</source>
        <translation>Choisir l’acheteur de « {gift} »</translation>
    </message>
    <message>
        <source>Add recipient to “{gift}”</source>
        <translation>Ajouter un destinataire à « {gift} »</translation>
    </message>
    <message>
        <source>Remove recipient from “{gift}”</source>
        <translation>Retirer un destinataire de « {gift} »</translation>
    </message>
    <message numerus="yes">
        <source>Assign purchaser for %Ln gift(s)</source>
        <translation>
            <numerusform>Choisir l’acheteur de %Ln cadeau</numerusform>
            <numerusform>Choisir l’acheteur de %Ln cadeaux</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add recipient to %Ln gift(s)</source>
        <translation>
            <numerusform>Ajouter un destinataire à %Ln cadeau</numerusform>
            <numerusform>Ajouter un destinataire à %Ln cadeaux</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove recipient from %Ln gift(s)</source>
        <translation>
            <numerusform>Retirer un destinataire de %Ln cadeau</numerusform>
            <numerusform>Retirer un destinataire de %Ln cadeaux</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PurchaserPickerDialog</name>
    <message>
        <source>Type a name or relationship…</source>
        <translation>Saisissez un nom ou un lien…</translation>
    </message>
    <message>
        <source>Filter people</source>
        <translation>Filtrer les personnes</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Chercher :</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>&amp;New person…</source>
        <translation>&amp;Nouvelle personne…</translation>
    </message>
    <message>
        <source>Add a person without leaving this dialog</source>
        <translation>Ajouter une personne sans quitter cette fenêtre</translation>
    </message>
    <message>
        <source>&amp;Assign</source>
        <translation>&amp;Attribuer</translation>
    </message>
    <message>
        <source>&amp;Add recipient</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>&amp;Remove recipient</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>No one matches “{text}”.</source>
        <translation>Personne ne correspond à « {text} ».</translation>
    </message>
    <message>
        <source>No one matches “{text}”. Use New person… to add them.</source>
        <translation>Personne ne correspond à « {text} ». Utilisez « Nouvelle personne… » pour l’ajouter.</translation>
    </message>
    <message>
        <source>e.g. Aunt Helga</source>
        <translation>p. ex. tante Hélène</translation>
    </message>
    <message>
        <source>New person&apos;s name</source>
        <translation>Nom de la nouvelle personne</translation>
    </message>
    <message>
        <source>e.g. Aunt (optional)</source>
        <translation>p. ex. tante (facultatif)</translation>
    </message>
    <message>
        <source>Add &amp;person</source>
        <translation>Ajouter la &amp;personne</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Re&amp;lationship:</source>
        <translation>&amp;Lien :</translation>
    </message>
    <message>
        <source>&lt;b&gt;New person&lt;/b&gt;</source>
        <translation>&lt;b&gt;Nouvelle personne&lt;/b&gt;</translation>
    </message>
    <message>
        <source>There is already someone called “{name}”; press Add person again to add another.</source>
        <translation>Quelqu’un s’appelle déjà « {name} » ; appuyez de nouveau sur « Ajouter la personne » pour en ajouter une autre.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Budget summary</source>
        <translation>Récapitulatif du budget</translation>
    </message>
    <message>
        <source>(no occasion)</source>
        <translation>(sans occasion)</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>Fête</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Anniversaire</translation>
    </message>
    <message>
        <source>Anniversary</source>
        <translation>Anniversaire de mariage</translation>
    </message>
    <message>
        <source>Occasion</source>
        <translation>Occasion</translation>
    </message>
    <message>
        <source>to buy</source>
        <translation>à acheter</translation>
    </message>
    <message>
        <source>bought</source>
        <translation>acheté</translation>
    </message>
    <message>
        <source>received</source>
        <translation>reçu</translation>
    </message>
    <message>
        <source>There is nothing to sum up yet: add an occasion and some gifts, then print again.</source>
        <translation>Il n’y a encore rien à récapituler : ajoutez une occasion et quelques cadeaux, puis imprimez de nouveau.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln gift(s)</source>
        <translation>
            <numerusform>%Ln cadeau</numerusform>
            <numerusform>%Ln cadeaux</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln occasion(s)</source>
        <translation>
            <numerusform>%Ln occasion</numerusform>
            <numerusform>%Ln occasions</numerusform>
        </translation>
    </message>
    <message>
        <source>gifts for them by {money}</source>
        <translation>cadeaux reçus de {money}</translation>
    </message>
    <message>
        <source>gifts they buy by {money}</source>
        <translation>cadeaux achetés de {money}</translation>
    </message>
    <message>
        <source>Over budget: {first} and {second}.</source>
        <translation>Budget dépassé : {first} et {second}.</translation>
    </message>
    <message>
        <source>Over budget: {what}.</source>
        <translation>Budget dépassé : {what}.</translation>
    </message>
    <message>
        <source>One occasion</source>
        <translation>Une occasion</translation>
    </message>
    <message>
        <source>{occasions} and gifts without one</source>
        <translation>{occasions} et des cadeaux sans occasion</translation>
    </message>
    <message>
        <source>{what} · made on {date}</source>
        <translation>{what} · établi le {date}</translation>
    </message>
    <message>
        <source>Over budget: the planned gifts cost {money} more than the budget.</source>
        <translation>Budget dépassé : les cadeaux prévus coûtent {money} de plus que le budget.</translation>
    </message>
    <message>
        <source>No one has a budget or a gift here yet.</source>
        <translation>Personne n’a encore de budget ni de cadeau ici.</translation>
    </message>
    <message>
        <source>over by {money}</source>
        <translation>dépassé de {money}</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>Bought</source>
        <translation>Acheté</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Reste</translation>
    </message>
    <message>
        <source>Ideas (not planned)</source>
        <translation>Idées (non prévues)</translation>
    </message>
    <message>
        <source>Planned, no buyer yet</source>
        <translation>Prévu, sans acheteur</translation>
    </message>
    <message>
        <source>Gifts without a price</source>
        <translation>Cadeaux sans prix</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Gifts for them</source>
        <translation>Cadeaux pour eux</translation>
    </message>
    <message>
        <source>Gifts they buy</source>
        <translation>Cadeaux qu’ils achètent</translation>
    </message>
    <message>
        <source>Who buys what</source>
        <translation>Qui achète quoi</translation>
    </message>
    <message>
        <source>Each buyer’s list of the gifts decided on, by occasion. ☐ still to buy, ☑ bought.</source>
        <translation>La liste des cadeaux décidés pour chaque acheteur, par occasion. ☐ à acheter, ☑ acheté.</translation>
    </message>
    <message>
        <source>No gift is decided on yet (there are only ideas).</source>
        <translation>Aucun cadeau n’est encore décidé (il n’y a que des idées).</translation>
    </message>
    <message>
        <source>No buyer yet</source>
        <translation>Pas encore d’acheteur</translation>
    </message>
    <message>
        <source>{gifts} · still to buy {to_buy} · bought {bought}</source>
        <translation>{gifts} · à acheter {to_buy} · acheté {bought}</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>Cadeau</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Pour</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Magasin</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>buying {planned} of a {budget} budget</source>
        <translation>achète {planned} sur un budget de {budget}</translation>
    </message>
    <message>
        <source>shared with {names}</source>
        <translation>partagé avec {names}</translation>
    </message>
    <message>
        <source>no price</source>
        <translation>sans prix</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>an occasion that no longer exists</source>
        <translation>une occasion qui n’existe plus</translation>
    </message>
    <message>
        <source>The page could not be drawn (the printer or file refused it).</source>
        <translation>La page n’a pas pu être dessinée (l’imprimante ou le fichier l’a refusée).</translation>
    </message>
    <message>
        <source>page {value} of {pages}</source>
        <translation>page {value} sur {pages}</translation>
    </message>
    <message>
        <source>Writing a PDF needs Qt&apos;s graphical part, which is not running.</source>
        <translation>Écrire un PDF nécessite la partie graphique de Qt, qui ne tourne pas.</translation>
    </message>
    <message>
        <source>Cannot write the budget summary as “{fmt}”; use pdf or html.</source>
        <translation>Impossible d’écrire le récapitulatif du budget en « {fmt} » ; utilisez pdf ou html.</translation>
    </message>
    <message>
        <source>Cannot write the budget summary as “{fmt}”; use pdf, html or csv.</source>
        <translation>Impossible d’écrire le récapitulatif du budget en « {fmt} » ; utilisez pdf, html ou csv.</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Web page (*.html *.htm)</source>
        <translation>Page web (*.html *.htm)</translation>
    </message>
    <message>
        <source>Spreadsheet, CSV (*.csv)</source>
        <translation>Tableur, CSV (*.csv)</translation>
    </message>
    <message>
        <source>Budget summary not saved</source>
        <translation>Récapitulatif du budget non enregistré</translation>
    </message>
    <message>
        <source>Some names cannot be drawn</source>
        <translation>Certains noms ne peuvent pas être dessinés</translation>
    </message>
    <message>
        <source>{text}

Save the PDF anyway?</source>
        <translation>{text}

Enregistrer le PDF quand même ?</translation>
    </message>
    <message>
        <source>Print preview: {title}</source>
        <translation>Aperçu avant impression : {title}</translation>
    </message>
    <message>
        <source>Export budget summary</source>
        <translation>Exporter le récapitulatif du budget</translation>
    </message>
    <message>
        <source>Budget summary saved to {target}</source>
        <translation>Récapitulatif du budget enregistré dans {target}</translation>
    </message>
</context>
<context>
    <name>RestoreBackup</name>
    <message>
        <source>{day}, {time} — {contents} (the file as it was before a restore)</source>
        <translation>{day}, {time} — {contents} (le fichier tel qu’il était avant une restauration)</translation>
    </message>
    <message>
        <source>{label} (older backup; may be another file’s)</source>
        <translation>{label} (ancienne sauvegarde ; peut-être d’un autre fichier)</translation>
    </message>
    <message>
        <source>Replace everything now in {name} ({current}) with the backup of {backup_label}?

This backup was made before giftdesk noted which file a backup copies: it may be a copy of another file named {name}. The file as it is now is kept among the backups first, so this can be undone by restoring it; the undo history of this session is cleared.</source>
        <translation>Remplacer tout le contenu actuel de {name} ({current}) par la sauvegarde du {backup_label} ?

Cette sauvegarde a été faite avant que giftdesk note quel fichier une sauvegarde copie : ce peut être la copie d’un autre fichier nommé {name}. Le fichier dans son état actuel est d’abord conservé parmi les sauvegardes, vous pourrez donc annuler en le restaurant ; l’historique d’annulation de cette session est effacé.</translation>
    </message>
    <message>
        <source>Replace everything now in {name} ({current}) with the backup of {backup_label}?

The file as it is now is kept among the backups first, so this can be undone by restoring it; the undo history of this session is cleared.</source>
        <translation>Remplacer tout le contenu actuel de {name} ({current}) par la sauvegarde du {backup_label} ?

Le fichier dans son état actuel est d’abord conservé parmi les sauvegardes, vous pourrez donc annuler en le restaurant ; l’historique d’annulation de cette session est effacé.</translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurer depuis une sauvegarde</translation>
    </message>
    <message>
        <source>giftdesk keeps a copy of {name} from before the first change of each day, in {folder}. Choose the day to go back to:</source>
        <translation>giftdesk garde dans {folder} une copie de {name} d’avant la première modification de chaque jour. Choisissez le jour où revenir :</translation>
    </message>
    <message>
        <source>There are no backups of {name} yet. giftdesk makes one before the first change of each day, in {folder}.</source>
        <translation>Il n’y a pas encore de sauvegarde de {name}. giftdesk en fait une avant la première modification de chaque jour, dans {folder}.</translation>
    </message>
    <message>
        <source>{path}
Made before giftdesk noted which file a backup copies: it may be a copy of another file named {name}.</source>
        <translation>{path}
Faite avant que giftdesk note quel fichier une sauvegarde copie : ce peut être la copie d’un autre fichier nommé {name}.</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Restaurer…</translation>
    </message>
</context>
<context>
    <name>Rollover</name>
    <message>
        <source>Created {name} on {date} with {ideas} and {budgets}.</source>
        <translation>{name} créé le {date} avec {ideas} et {budgets}.</translation>
    </message>
    <message numerus="yes">
        <source>%n idea(s)</source>
        <translation>
            <numerusform>%n idée</numerusform>
            <numerusform>%n idées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n budget(s)</source>
        <translation>
            <numerusform>%n budget</numerusform>
            <numerusform>%n budgets</numerusform>
        </translation>
    </message>
    <message>
        <source>“{text}” is not a date; write it like 2027-12-25.</source>
        <translation>« {text} » n’est pas une date ; écrivez-la comme 2027-12-25.</translation>
    </message>
    <message>
        <source>There is no occasion called “{name}” in this file.</source>
        <translation>Il n’y a pas d’occasion appelée « {name} » dans ce fichier.</translation>
    </message>
    <message>
        <source>{length} occasions are called “{name}”; rename one to tell them apart.</source>
        <translation>{length} occasions s’appellent « {name} » ; renommez-en une pour les distinguer.</translation>
    </message>
    <message>
        <source>{name} (next)</source>
        <translation>{name} (suivant)</translation>
    </message>
    <message>
        <source>This occasion no longer exists (deleted meanwhile).</source>
        <translation>Cette occasion n’existe plus (supprimée entre-temps).</translation>
    </message>
    <message>
        <source>“{old_name}” has no date; give the new occasion&apos;s date.</source>
        <translation>« {old_name} » n’a pas de date ; indiquez la date de la nouvelle occasion.</translation>
    </message>
    <message>
        <source>An occasion called “{name}” already exists.</source>
        <translation>Une occasion appelée « {name} » existe déjà.</translation>
    </message>
    <message>
        <source>There is no occasion to plan again yet.</source>
        <translation>Il n’y a pas encore d’occasion à replanifier.</translation>
    </message>
    <message>
        <source>“{name}” has no date; give the new one a date.</source>
        <translation>« {name} » n’a pas de date ; donnez-en une à la nouvelle.</translation>
    </message>
</context>
<context>
    <name>RolloverDialog</name>
    <message>
        <source>Plan again next year</source>
        <translation>Replanifier l’an prochain</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Choose a date</source>
        <translation>Choisir une date</translation>
    </message>
    <message>
        <source>Same type and budget, everyone&apos;s budgets for it, and its gifts still at “idea” copied as ideas. The occasion itself stays as it is.</source>
        <translation>Même type et même budget, les budgets de chacun, et ses cadeaux encore à l’état « idée » copiés comme idées. L’occasion elle-même reste telle quelle.</translation>
    </message>
    <message>
        <source>&amp;Occasion:</source>
        <translation>&amp;Occasion :</translation>
    </message>
    <message>
        <source>&amp;New name:</source>
        <translation>&amp;Nouveau nom :</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date :</translation>
    </message>
    <message>
        <source>&amp;Plan it</source>
        <translation>&amp;Planifier</translation>
    </message>
</context>
<context>
    <name>Shared</name>
    <message>
        <source>{place} holds no giftdesk family yet.</source>
        <translation>{place} ne contient pas encore de famille giftdesk.</translation>
    </message>
    <message>
        <source>“{address}” is not a database address; write it as postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>« {address} » n&apos;est pas une adresse de base de données ; écrivez-la sous la forme postgresql://USER@HOST:PORT/DATABASE.</translation>
    </message>
    <message>
        <source>The address {address} names no database; end it with /DATABASE.</source>
        <translation>L&apos;adresse {address} ne nomme aucune base de données ; terminez-la par /DATABASE.</translation>
    </message>
    <message>
        <source>The server {server} did not accept the password for {user}; nothing was changed.</source>
        <translation>Le serveur {server} n&apos;a pas accepté le mot de passe de {user} ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The server {server} has no user &apos;{user}&apos;; nothing was changed.</source>
        <translation>Le serveur {server} n&apos;a pas d&apos;utilisateur &apos;{user}&apos; ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The server {server} has no database &apos;{database}&apos;; create it first (an empty one is set up by giftdesk).</source>
        <translation>Le serveur {server} n&apos;a pas de base de données &apos;{database}&apos; ; créez-la d&apos;abord (giftdesk prépare une base vide).</translation>
    </message>
    <message>
        <source>{place} does not let {user} do this (permission denied); nothing was changed.</source>
        <translation>{place} ne permet pas cela à {user} (permission refusée) ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The database server {server} cannot be reached; check that it is running and that this computer may connect to it.</source>
        <translation>Le serveur de base de données {server} est injoignable ; vérifiez qu&apos;il fonctionne et que cet ordinateur peut s&apos;y connecter.</translation>
    </message>
    <message>
        <source>Another computer was changing the same things at the same moment; your change was not saved. Try again.</source>
        <translation>Un autre ordinateur modifiait les mêmes choses au même moment ; votre modification n&apos;a pas été enregistrée. Réessayez.</translation>
    </message>
    <message>
        <source>The server {server} is out of resources (its disk is full or it is overloaded); your change was not saved.</source>
        <translation>Le serveur {server} manque de ressources (son disque est plein ou il est surchargé) ; votre modification n&apos;a pas été enregistrée.</translation>
    </message>
    <message>
        <source>{place} is read-only here; your change was not saved.</source>
        <translation>{place} est en lecture seule ici ; votre modification n&apos;a pas été enregistrée.</translation>
    </message>
    <message>
        <source>The connection to {server} was lost; your change was not saved.</source>
        <translation>La connexion à {server} a été perdue ; votre modification n&apos;a pas été enregistrée.</translation>
    </message>
    <message>
        <source>{place} holds the tables of another program, not a giftdesk family; nothing was changed.</source>
        <translation>{place} contient les tables d&apos;un autre programme, pas une famille giftdesk ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>{place} was set up by a newer version of giftdesk; update giftdesk to use it.</source>
        <translation>{place} a été préparé par une version plus récente de giftdesk ; mettez giftdesk à jour pour l&apos;utiliser.</translation>
    </message>
    <message>
        <source>{place} is a damaged giftdesk database.</source>
        <translation>{place} est une base de données giftdesk endommagée.</translation>
    </message>
    <message>
        <source>“{name}” was changed on another computer a moment ago; your change was not saved. The table shows the latest version.</source>
        <translation>« {name} » a été modifié sur un autre ordinateur il y a un instant ; votre modification n&apos;a pas été enregistrée. Le tableau montre la dernière version.</translation>
    </message>
    <message>
        <source>{count} of the selected {kind}s (“{name}” among them) were changed on another computer a moment ago; nothing was changed. The table shows the latest version.</source>
        <translation>{count} des éléments choisis ({kind}, dont « {name} ») ont été modifiés sur un autre ordinateur il y a un instant ; rien n&apos;a été modifié. Le tableau montre la dernière version.</translation>
    </message>
    <message>
        <source>{name}&apos;s budgets for {occasion} were changed on another computer a moment ago; your change was not saved. The budget panel shows the latest.</source>
        <translation>Les budgets de {name} pour {occasion} ont été modifiés sur un autre ordinateur il y a un instant ; votre modification n&apos;a pas été enregistrée. Le panneau des budgets montre la dernière version.</translation>
    </message>
</context>
<context>
    <name>Spreadsheet</name>
    <message numerus="yes">
        <source>%n gift(s)</source>
        <translation>
            <numerusform>%n cadeau</numerusform>
            <numerusform>%n cadeaux</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new person(s)</source>
        <translation>
            <numerusform>%n nouvelle personne</numerusform>
            <numerusform>%n nouvelles personnes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new occasion(s)</source>
        <translation>
            <numerusform>%n nouvelle occasion</numerusform>
            <numerusform>%n nouvelles occasions</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported {gifts}, {people}, {occasions}.</source>
        <translation>Importé : {gifts}, {people}, {occasions}.</translation>
    </message>
    <message>
        <source>Imported {gifts}, {people}.</source>
        <translation>Importé : {gifts}, {people}.</translation>
    </message>
    <message>
        <source>Imported {gifts}, {occasions}.</source>
        <translation>Importé : {gifts}, {occasions}.</translation>
    </message>
    <message>
        <source>Imported {gifts}.</source>
        <translation>Importé : {gifts}.</translation>
    </message>
    <message>
        <source>There is no file {path}.</source>
        <translation>Le fichier {path} n’existe pas.</translation>
    </message>
    <message>
        <source>{name} is an old Excel file; save it as .xlsx or .csv and import that.</source>
        <translation>{name} est un ancien fichier Excel ; enregistrez-le en .xlsx ou .csv et importez celui-ci.</translation>
    </message>
    <message>
        <source>{name} is not a spreadsheet giftdesk reads (.csv or .xlsx).</source>
        <translation>{name} n’est pas un tableur que giftdesk sait lire (.csv ou .xlsx).</translation>
    </message>
    <message>
        <source>{name} has no heading row giftdesk understands: name the gift&apos;s column “Gift” or “Item” and the others “For”, “Price”, “Bought by”…</source>
        <translation>{name} n’a pas de ligne d’en-tête que giftdesk comprenne : nommez la colonne du cadeau « Cadeau » ou « Article » et les autres « Pour », « Prix », « Acheté par »…</translation>
    </message>
    <message>
        <source>{name} is neither UTF-8 nor Windows text.</source>
        <translation>{name} n’est ni du texte UTF-8 ni du texte Windows.</translation>
    </message>
    <message>
        <source>{name} is not a text file; save it as CSV.</source>
        <translation>{name} n’est pas un fichier texte ; enregistrez-le en CSV.</translation>
    </message>
    <message>
        <source>{name} is not a readable CSV file ({error}).</source>
        <translation>{name} n’est pas un fichier CSV lisible ({error}).</translation>
    </message>
    <message>
        <source>{name} is not a readable .xlsx file ({error}).</source>
        <translation>{name} n’est pas un fichier .xlsx lisible ({error}).</translation>
    </message>
    <message>
        <source>Choose which column holds the gift&apos;s name.</source>
        <translation>Choisissez la colonne qui contient le nom du cadeau.</translation>
    </message>
    <message>
        <source>{name} has headings but no gifts below them.</source>
        <translation>{name} a des en-têtes mais aucun cadeau en dessous.</translation>
    </message>
    <message>
        <source>the name “{value}…” is longer than {most} characters.</source>
        <translation>le nom « {value}… » dépasse {most} caractères.</translation>
    </message>
    <message>
        <source>row {row_number}, column {heading}: the gift has no name.</source>
        <translation>ligne {row_number}, colonne {heading} : le cadeau n’a pas de nom.</translation>
    </message>
    <message>
        <source>row {row}, column {heading}: {problem}</source>
        <translation>ligne {row}, colonne {heading} : {problem}</translation>
    </message>
    <message>
        <source>“{value}” is not an amount of money.</source>
        <translation>« {value} » n’est pas une somme d’argent.</translation>
    </message>
    <message>
        <source>“{original}” is negative; a price cannot be.</source>
        <translation>« {original} » est négatif ; un prix ne peut pas l’être.</translation>
    </message>
    <message>
        <source>“{original}” is not an amount of money.</source>
        <translation>« {original} » n’est pas une somme d’argent.</translation>
    </message>
    <message>
        <source>“{original}” has more than two decimals.</source>
        <translation>« {original} » a plus de deux décimales.</translation>
    </message>
    <message>
        <source>“{shown}” is negative; a price cannot be.</source>
        <translation>« {shown} » est négatif ; un prix ne peut pas l’être.</translation>
    </message>
    <message>
        <source>“{shown}” is too much: prices stay below 10,000,000.00.</source>
        <translation>« {shown} » est trop élevé : les prix restent sous 10 000 000,00.</translation>
    </message>
    <message>
        <source>“{text}” is not a status giftdesk knows (idea, selected, purchased or received).</source>
        <translation>« {text} » n’est pas un état connu de giftdesk (idea, selected, purchased ou received).</translation>
    </message>
    <message>
        <source>“{text}” is neither yes nor no.</source>
        <translation>« {text} » n’est ni oui ni non.</translation>
    </message>
</context>
<context>
    <name>SpreadsheetDialog</name>
    <message>
        <source>(not imported)</source>
        <translation>(non importé)</translation>
    </message>
    <message>
        <source>Two columns are read as {field} ({first} and {second}); choose another field for one of them.</source>
        <translation>Deux colonnes sont lues comme {field} ({first} et {second}) ; choisissez un autre champ pour l’une d’elles.</translation>
    </message>
</context>
<context>
    <name>SpreadsheetImportDialog</name>
    <message>
        <source>Import {name}</source>
        <translation>Importer {name}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt;: headings on row {heading_row}, {rows} below them. Check how each column was understood; change any that is wrong.</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; : en-têtes à la ligne {heading_row}, {rows} en dessous. Vérifiez comment chaque colonne a été comprise ; corrigez ce qui est faux.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln ligne</numerusform>
            <numerusform>%Ln lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>How the columns were understood</source>
        <translation>Comment les colonnes ont été comprises</translation>
    </message>
    <message>
        <source>Column {letters}</source>
        <translation>Colonne {letters}</translation>
    </message>
    <message>
        <source>Row numbers as your spreadsheet shows them</source>
        <translation>Numéros de ligne tels que votre tableur les affiche</translation>
    </message>
    <message>
        <source>no occasion</source>
        <translation>sans occasion</translation>
    </message>
    <message>
        <source>&amp;Occasion for rows that name none:</source>
        <translation>&amp;Occasion pour les lignes qui n’en nomment pas :</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>The first {length} rows:</source>
        <translation>Les {length} premières lignes :</translation>
    </message>
    <message>
        <source>{problem} Nothing will be imported until it is fixed.</source>
        <translation>{problem} Rien ne sera importé tant que ce n’est pas corrigé.</translation>
    </message>
    <message>
        <source>column {letters}</source>
        <translation>colonne {letters}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln gift(s)</source>
        <translation>
            <numerusform>%Ln cadeau</numerusform>
            <numerusform>%Ln cadeaux</numerusform>
        </translation>
    </message>
    <message>
        <source>{gifts} will be imported.</source>
        <translation>{gifts} seront importés.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s)</source>
        <translation>
            <numerusform>%Ln personne</numerusform>
            <numerusform>%Ln personnes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{gifts} will be imported, for and by {people} (%n new: {names}).</source>
        <translation>
            <numerusform>{gifts} seront importés, pour et par {people} (%n nouvelle : {names}).</numerusform>
            <numerusform>{gifts} seront importés, pour et par {people} (%n nouvelles : {names}).</numerusform>
        </translation>
    </message>
    <message>
        <source>{gifts} will be imported, for and by {people}.</source>
        <translation>{gifts} seront importés, pour et par {people}.</translation>
    </message>
    <message>
        <source>Left out: row(s) {rows} (a total, or a row without a gift).</source>
        <translation>Ignorée(s) : ligne(s) {rows} (un total, ou une ligne sans cadeau).</translation>
    </message>
</context>
<context>
    <name>Statuses</name>
    <message>
        <source>idea</source>
        <translation>idée</translation>
    </message>
    <message>
        <source>selected</source>
        <translation>choisi</translation>
    </message>
    <message>
        <source>purchased</source>
        <translation>acheté</translation>
    </message>
    <message>
        <source>received</source>
        <translation>reçu</translation>
    </message>
</context>
<context>
    <name>Tables</name>
    <message>
        <source>Gift</source>
        <translation>Cadeau</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Pour</translation>
    </message>
    <message>
        <source>Bought by</source>
        <translation>Acheté par</translation>
    </message>
    <message>
        <source>Who buys the gift</source>
        <translation>Qui achète le cadeau</translation>
    </message>
    <message>
        <source>Occasion</source>
        <translation>Occasion</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Price of one (the sale price when there is one)</source>
        <translation>Prix unitaire (le prix soldé s’il y en a un)</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Qté</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Price × quantity</source>
        <translation>Prix × quantité</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Magasin</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>no regular price</source>
        <translation>pas de prix normal</translation>
    </message>
    <message>
        <source>Sale price {sale} is not below the regular price ({regular})</source>
        <translation>Le prix soldé {sale} n’est pas inférieur au prix normal ({regular})</translation>
    </message>
    <message>
        <source>On sale: {sale} (regular {regular})</source>
        <translation>En promotion : {sale} (normalement {regular})</translation>
    </message>
    <message>
        <source>No price yet</source>
        <translation>Pas encore de prix</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Idée</translation>
    </message>
    <message>
        <source>Selected</source>
        <translation>Choisi</translation>
    </message>
    <message>
        <source>Purchased</source>
        <translation>Acheté</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>Fête</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Anniversaire</translation>
    </message>
    <message>
        <source>Anniversary</source>
        <translation>Anniversaire de mariage</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Basse</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Haute</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Gifts</source>
        <translation>Cadeaux</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>Cost of gifts selected, purchased or received</source>
        <translation>Coût des cadeaux choisis, achetés ou reçus</translation>
    </message>
    <message>
        <source>Bought</source>
        <translation>Acheté</translation>
    </message>
    <message>
        <source>Cost of gifts purchased or received</source>
        <translation>Coût des cadeaux achetés ou reçus</translation>
    </message>
    <message>
        <source>Over budget by {amount}</source>
        <translation>Budget dépassé de {amount}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Lien de parenté</translation>
    </message>
    <message>
        <source>Gifts to receive</source>
        <translation>Cadeaux à recevoir</translation>
    </message>
    <message>
        <source>Gifts to buy</source>
        <translation>Cadeaux à acheter</translation>
    </message>
    <message>
        <source>Gifts this person is the purchaser of</source>
        <translation>Cadeaux que cette personne achète</translation>
    </message>
</context>
<context>
    <name>UndoRunner</name>
    <message>
        <source>{error} This step can no longer be undone or redone.</source>
        <translation>{error} Cette étape ne peut plus être annulée ni rétablie.</translation>
    </message>
</context>
<context>
    <name>Upcoming</name>
    <message>
        <source>The number of days must be from 1 to {most}.</source>
        <translation>Le nombre de jours doit être compris entre 1 et {most}.</translation>
    </message>
    <message>
        <source>This person no longer exists (deleted meanwhile).</source>
        <translation>Cette personne n’existe plus (supprimée entre-temps).</translation>
    </message>
    <message>
        <source>{name} has no birthdate to plan for.</source>
        <translation>{name} n’a pas de date de naissance pour laquelle planifier.</translation>
    </message>
    <message>
        <source>An occasion called “{occasion_name}” already exists.</source>
        <translation>Une occasion appelée « {occasion_name} » existe déjà.</translation>
    </message>
    <message>
        <source>{name}&apos;s birthday {year}</source>
        <translation>Anniversaire de {name} {year}</translation>
    </message>
    <message numerus="yes">
        <source>Nothing in the next %n day(s).</source>
        <translation>
            <numerusform>Rien dans le prochain jour.</numerusform>
            <numerusform>Rien dans les %n prochains jours.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Coming up in the next %n day(s)</source>
        <translation>
            <numerusform>À venir dans le prochain jour</numerusform>
            <numerusform>À venir dans les %n prochains jours</numerusform>
        </translation>
    </message>
    <message>
        <source>planned {planned}, bought {bought}, remaining {remaining}</source>
        <translation>prévu {planned}, acheté {bought}, reste {remaining}</translation>
    </message>
    <message>
        <source>planned {planned}, bought {bought}</source>
        <translation>prévu {planned}, acheté {bought}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln gift(s)</source>
        <translation>
            <numerusform>%Ln cadeau</numerusform>
            <numerusform>%Ln cadeaux</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln gift(s) without a buyer</source>
        <translation>
            <numerusform>%Ln cadeau sans acheteur</numerusform>
            <numerusform>%Ln cadeaux sans acheteur</numerusform>
        </translation>
    </message>
    <message>
        <source>Birthdays with no occasion yet</source>
        <translation>Anniversaires sans occasion</translation>
    </message>
    <message>
        <source>{when}, turns {age}</source>
        <translation>{when}, aura {age} ans</translation>
    </message>
    <message>
        <source>today</source>
        <translation>aujourd’hui</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>demain</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>dans %n jour</numerusform>
            <numerusform>dans %n jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UpcomingPanel</name>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>How many days ahead</source>
        <translation>Combien de jours à l’avance</translation>
    </message>
    <message>
        <source>In the next</source>
        <translation>Dans les</translation>
    </message>
    <message>
        <source>Nothing in the next {days} days: no dated occasion and no birthday without an occasion.</source>
        <translation>Rien dans les {days} prochains jours : aucune occasion datée et aucun anniversaire sans occasion.</translation>
    </message>
    <message>
        <source>Birthdays with no occasion yet</source>
        <translation>Anniversaires sans occasion</translation>
    </message>
    <message>
        <source>Show this occasion&apos;s gifts</source>
        <translation>Afficher les cadeaux de cette occasion</translation>
    </message>
    <message>
        <source>{gifts} · planned {planned} · bought {bought}</source>
        <translation>{gifts} · prévu {planned} · acheté {bought}</translation>
    </message>
    <message>
        <source>remaining {left}</source>
        <translation>reste {left}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln gift(s) without a buyer yet</source>
        <translation>
            <numerusform>%Ln cadeau sans acheteur</numerusform>
            <numerusform>%Ln cadeaux sans acheteur</numerusform>
        </translation>
    </message>
    <message>
        <source>{date} ({when}, turns {age})</source>
        <translation>{date} ({when}, aura {age} ans)</translation>
    </message>
    <message>
        <source>{date} ({when})</source>
        <translation>{date} ({when})</translation>
    </message>
    <message>
        <source>Plan this birthday</source>
        <translation>Planifier cet anniversaire</translation>
    </message>
    <message>
        <source>Create the occasion “{name}” (you can undo it)</source>
        <translation>Créer l’occasion « {name} » (vous pouvez annuler)</translation>
    </message>
    <message>
        <source>Plan {name}</source>
        <translation>Planifier {name}</translation>
    </message>
    <message>
        <source>today</source>
        <translation>aujourd’hui</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>demain</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>dans %n jour</numerusform>
            <numerusform>dans %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln gift(s)</source>
        <translation>
            <numerusform>%Ln cadeau</numerusform>
            <numerusform>%Ln cadeaux</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>{label} is required.</source>
        <translation>{label} est obligatoire.</translation>
    </message>
    <message>
        <source>{label} must be text.</source>
        <translation>{label} doit être du texte.</translation>
    </message>
    <message>
        <source>{label} cannot be blank.</source>
        <translation>{label} ne peut pas être vide.</translation>
    </message>
    <message>
        <source>{label} is too long ({length} characters; at most {max_len}).</source>
        <translation>{label} est trop long ({length} caractères ; au plus {max_len}).</translation>
    </message>
    <message>
        <source>{label} contains a NUL character, which a database server cannot store.</source>
        <translation>{label} contient un caractère NUL, qu’un serveur de base de données ne peut pas enregistrer.</translation>
    </message>
    <message>
        <source>{label} “{value}” is not one of: {allowed}.</source>
        <translation>{label} « {value} » ne fait pas partie de : {allowed}.</translation>
    </message>
    <message>
        <source>Quantity must be a whole number from 1 to 9999.</source>
        <translation>La quantité doit être un nombre entier de 1 à 9999.</translation>
    </message>
    <message>
        <source>{label} “{value}” is not a date like 2026-12-24.</source>
        <translation>{label} « {value} » n’est pas une date comme 2026-12-24.</translation>
    </message>
    <message>
        <source>The sale price is higher than the price; a sale price is the lower price on sale (leave it empty when the gift is not on sale).</source>
        <translation>Le prix soldé est supérieur au prix ; un prix soldé est le prix réduit pendant une promotion (laissez-le vide si le cadeau n’est pas en promotion).</translation>
    </message>
    <message>
        <source>The purchaser already pays for this gift; they cannot also contribute.</source>
        <translation>L’acheteur paie déjà ce cadeau ; il ne peut pas aussi y contribuer.</translation>
    </message>
    <message>
        <source>{label} must be people of this file.</source>
        <translation>{label} doivent être des personnes de ce fichier.</translation>
    </message>
</context>
</TS>
