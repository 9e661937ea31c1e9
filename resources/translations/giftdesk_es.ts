<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About giftdesk</source>
        <translation>Acerca de giftdesk</translation>
    </message>
    <message>
        <source>Plan gifts: who gets what, who buys it, and whether the budget holds.</source>
        <translation>Planifica los regalos: quién recibe qué, quién lo compra y si el presupuesto alcanza.</translation>
    </message>
    <message>
        <source>no file open</source>
        <translation>ningún archivo abierto</translation>
    </message>
    <message>
        <source>{file} (read-only)</source>
        <translation>{file} (solo lectura)</translation>
    </message>
    <message>
        <source>Data file:</source>
        <translation>Archivo de datos:</translation>
    </message>
    <message>
        <source>Log file:</source>
        <translation>Archivo de registro:</translation>
    </message>
    <message>
        <source>not written</source>
        <translation>no se escribe</translation>
    </message>
    <message>
        <source>{language} ({code})</source>
        <translation>{language} ({code})</translation>
    </message>
    <message>
        <source>Start giftdesk with --lang CODE to choose another language.</source>
        <translation>Inicia giftdesk con --lang CÓDIGO para elegir otro idioma.</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <source>Built with:</source>
        <translation>Creado con:</translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation>Abrir la carpeta de datos</translation>
    </message>
    <message>
        <source>The data folder is {folder}; open it in your files.</source>
        <translation>La carpeta de datos es {folder}; ábrela en tu explorador de archivos.</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;Nueva base de datos…</translation>
    </message>
    <message>
        <source>Start a new, empty file</source>
        <translation>Empezar un archivo nuevo y vacío</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Abrir base de datos…</translation>
    </message>
    <message>
        <source>Open another giftdesk file</source>
        <translation>Abrir otro archivo de giftdesk</translation>
    </message>
    <message>
        <source>&amp;Import backup…</source>
        <translation>&amp;Importar copia de seguridad…</translation>
    </message>
    <message>
        <source>Add the people, occasions and gifts of a JSON backup to this file</source>
        <translation>Añadir a este archivo las personas, ocasiones y regalos de una copia de seguridad JSON</translation>
    </message>
    <message>
        <source>E&amp;xport backup…</source>
        <translation>E&amp;xportar copia de seguridad…</translation>
    </message>
    <message>
        <source>Save everything in this file as a JSON backup</source>
        <translation>Guardar todo este archivo como copia de seguridad JSON</translation>
    </message>
    <message>
        <source>Import &amp;spreadsheet…</source>
        <translation>Importar &amp;hoja de cálculo…</translation>
    </message>
    <message>
        <source>Add the gifts of a spreadsheet (.xlsx or .csv) to this file, with a preview</source>
        <translation>Añadir a este archivo los regalos de una hoja de cálculo (.xlsx o .csv), con vista previa</translation>
    </message>
    <message>
        <source>Restore from bac&amp;kup…</source>
        <translation>Resta&amp;urar desde una copia…</translation>
    </message>
    <message>
        <source>Go back to this file as it was on an earlier day (a daily backup)</source>
        <translation>Volver a este archivo tal como estaba un día anterior (una copia diaria)</translation>
    </message>
    <message>
        <source>Load &amp;example family</source>
        <translation>Cargar la familia de &amp;ejemplo</translation>
    </message>
    <message>
        <source>&amp;Print budget summary…</source>
        <translation>Im&amp;primir el resumen del presupuesto…</translation>
    </message>
    <message>
        <source>Preview and print the budget summary</source>
        <translation>Ver e imprimir el resumen del presupuesto</translation>
    </message>
    <message>
        <source>Export budget &amp;summary…</source>
        <translation>Exportar el &amp;resumen del presupuesto…</translation>
    </message>
    <message>
        <source>Save the budget summary as PDF, web page or CSV</source>
        <translation>Guardar el resumen del presupuesto como PDF, página web o CSV</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>Search the table in front</source>
        <translation>Buscar en la tabla visible</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Edit the selected item</source>
        <translation>Editar el elemento seleccionado</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Delete the selected items (you can undo it)</source>
        <translation>Eliminar los elementos seleccionados (se puede deshacer)</translation>
    </message>
    <message>
        <source>&amp;Budget panel</source>
        <translation>Panel de &amp;presupuesto</translation>
    </message>
    <message>
        <source>Show or hide the budget panel</source>
        <translation>Mostrar u ocultar el panel de presupuesto</translation>
    </message>
    <message>
        <source>&amp;Coming up</source>
        <translation>Pró&amp;ximamente</translation>
    </message>
    <message>
        <source>Show or hide what is coming up: occasions and birthdays soon</source>
        <translation>Mostrar u ocultar lo que se acerca: ocasiones y cumpleaños próximos</translation>
    </message>
    <message>
        <source>&amp;Gifts</source>
        <translation>&amp;Regalos</translation>
    </message>
    <message>
        <source>Show the gift table</source>
        <translation>Mostrar la tabla de regalos</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;Personas</translation>
    </message>
    <message>
        <source>Show the people table</source>
        <translation>Mostrar la tabla de personas</translation>
    </message>
    <message>
        <source>&amp;Occasions</source>
        <translation>&amp;Ocasiones</translation>
    </message>
    <message>
        <source>Show the occasion table</source>
        <translation>Mostrar la tabla de ocasiones</translation>
    </message>
    <message>
        <source>&amp;Toolbar</source>
        <translation>Barra de &amp;herramientas</translation>
    </message>
    <message>
        <source>Show or hide the toolbar</source>
        <translation>Mostrar u ocultar la barra de herramientas</translation>
    </message>
    <message>
        <source>New &amp;gift…</source>
        <translation>Nuevo &amp;regalo…</translation>
    </message>
    <message>
        <source>Add a gift</source>
        <translation>Añadir un regalo</translation>
    </message>
    <message>
        <source>Assign &amp;purchaser…</source>
        <translation>Asignar &amp;comprador…</translation>
    </message>
    <message>
        <source>Choose who buys the selected gifts</source>
        <translation>Elegir quién compra los regalos seleccionados</translation>
    </message>
    <message>
        <source>C&amp;lear purchaser</source>
        <translation>&amp;Quitar comprador</translation>
    </message>
    <message>
        <source>Nobody buys the selected gifts yet</source>
        <translation>Nadie compra aún los regalos seleccionados</translation>
    </message>
    <message>
        <source>Set &amp;status</source>
        <translation>Cambiar &amp;estado</translation>
    </message>
    <message>
        <source>Set the status of the selected gifts</source>
        <translation>Cambiar el estado de los regalos seleccionados</translation>
    </message>
    <message>
        <source>Add &amp;recipient…</source>
        <translation>Añadir &amp;destinatario…</translation>
    </message>
    <message>
        <source>Add a recipient to the selected gifts</source>
        <translation>Añadir un destinatario a los regalos seleccionados</translation>
    </message>
    <message>
        <source>Re&amp;move recipient…</source>
        <translation>Quitar desti&amp;natario…</translation>
    </message>
    <message>
        <source>Remove a recipient from the selected gifts</source>
        <translation>Quitar un destinatario de los regalos seleccionados</translation>
    </message>
    <message>
        <source>Move to &amp;occasion…</source>
        <translation>Mover a una &amp;ocasión…</translation>
    </message>
    <message>
        <source>Move the selected gifts to an occasion</source>
        <translation>Mover los regalos seleccionados a una ocasión</translation>
    </message>
    <message>
        <source>New &amp;person…</source>
        <translation>Nueva &amp;persona…</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Añadir una persona</translation>
    </message>
    <message>
        <source>New &amp;occasion…</source>
        <translation>Nueva &amp;ocasión…</translation>
    </message>
    <message>
        <source>Add an occasion (Christmas, a birthday…)</source>
        <translation>Añadir una ocasión (Navidad, un cumpleaños…)</translation>
    </message>
    <message>
        <source>Plan again &amp;next year…</source>
        <translation>Volver a planificar el año que &amp;viene…</translation>
    </message>
    <message>
        <source>A new occasion a year later, with the same budgets and the ideas copied</source>
        <translation>Una ocasión nueva un año después, con los mismos presupuestos y las ideas copiadas</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>Every keyboard shortcut of this window</source>
        <translation>Todos los atajos de teclado de esta ventana</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Cannot open file</source>
        <translation>No se puede abrir el archivo</translation>
    </message>
    <message>
        <source>{error}

The file was not changed.</source>
        <translation>{error}

El archivo no se ha modificado.</translation>
    </message>
    <message>
        <source>Open giftdesk file</source>
        <translation>Abrir un archivo de giftdesk</translation>
    </message>
    <message>
        <source>giftdesk files (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>Archivos de giftdesk (*.sqlite3 *.sqlite *.db);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>AutoBackup</name>
    <message>
        <source>cannot be read</source>
        <translation>no se puede leer</translation>
    </message>
    <message>
        <source>{people}, {gifts}</source>
        <translation>{people}, {gifts}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s)</source>
        <translation>
            <numerusform>%Ln persona</numerusform>
            <numerusform>%Ln personas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln gift(s)</source>
        <translation>
            <numerusform>%Ln regalo</numerusform>
            <numerusform>%Ln regalos</numerusform>
        </translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>el disco está lleno</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>el disco es de solo lectura</translation>
    </message>
    <message>
        <source>giftdesk is not allowed to write there</source>
        <translation>giftdesk no tiene permiso para escribir ahí</translation>
    </message>
    <message>
        <source>a file stands where the folder should be</source>
        <translation>hay un archivo donde debería estar la carpeta</translation>
    </message>
    <message>
        <source>There is no backup of {name} from {date}; “giftdesk backups” lists them.</source>
        <translation>No hay ninguna copia de seguridad de {name} del {date}; «giftdesk backups» las lista.</translation>
    </message>
    <message>
        <source>“{wanted}” is neither a date (YYYY-MM-DD) nor the name of a backup of {name}; “giftdesk backups” lists them.</source>
        <translation>«{wanted}» no es una fecha (AAAA-MM-DD) ni el nombre de una copia de seguridad de {name}; «giftdesk backups» las lista.</translation>
    </message>
    <message>
        <source>The backup {name} is empty; nothing was restored.</source>
        <translation>La copia de seguridad {name} está vacía; no se ha restaurado nada.</translation>
    </message>
    <message>
        <source>{name} is in use by another program; nothing was restored.</source>
        <translation>{name} está en uso por otro programa; no se ha restaurado nada.</translation>
    </message>
    <message>
        <source>{name} could not be restored: {error}.</source>
        <translation>No se pudo restaurar {name}: {error}.</translation>
    </message>
    <message>
        <source>The file as it is could not be set aside in {folder} ({why}); nothing was restored.</source>
        <translation>No se pudo apartar el archivo actual en {folder} ({why}); no se ha restaurado nada.</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>Imported {people}, {occasions}, {gifts} and {budgets}.</source>
        <translation>Importado: {people}, {occasions}, {gifts} y {budgets}.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n persona</numerusform>
            <numerusform>%n personas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n occasion(s)</source>
        <translation>
            <numerusform>%n ocasión</numerusform>
            <numerusform>%n ocasiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n gift(s)</source>
        <translation>
            <numerusform>%n regalo</numerusform>
            <numerusform>%n regalos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n budget(s)</source>
        <translation>
            <numerusform>%n presupuesto</numerusform>
            <numerusform>%n presupuestos</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no file {path}.</source>
        <translation>No existe el archivo {path}.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a backup file.</source>
        <translation>{path} es una carpeta, no un archivo de copia de seguridad.</translation>
    </message>
    <message>
        <source>giftdesk is not allowed to read {path}.</source>
        <translation>giftdesk no tiene permiso para leer {path}.</translation>
    </message>
    <message>
        <source>{name} is not a giftdesk backup (it is not text).</source>
        <translation>{name} no es una copia de seguridad de giftdesk (no es texto).</translation>
    </message>
    <message>
        <source>{name} is not valid JSON (line {lineno}, column {colno}).</source>
        <translation>{name} no es JSON válido (línea {lineno}, columna {colno}).</translation>
    </message>
    <message>
        <source>This file is not a giftdesk backup (its format is not “giftdesk”).</source>
        <translation>Este archivo no es una copia de seguridad de giftdesk (su formato no es «giftdesk»).</translation>
    </message>
    <message>
        <source>This backup has version {found!r}; this giftdesk reads version {supported}.</source>
        <translation>Esta copia de seguridad tiene la versión {found!r}; este giftdesk lee la versión {supported}.</translation>
    </message>
    <message>
        <source>“{key}” in the backup must be a list.</source>
        <translation>«{key}» debe ser una lista en la copia de seguridad.</translation>
    </message>
    <message>
        <source>{kind} number {position} is not a record.</source>
        <translation>{kind} número {position} no es un registro.</translation>
    </message>
    <message>
        <source>unknown field “{value}”.</source>
        <translation>campo desconocido «{value}».</translation>
    </message>
    <message>
        <source>the id is missing or not a number or text.</source>
        <translation>falta el id o no es ni un número ni un texto.</translation>
    </message>
    <message>
        <source>the id {key!r} is used twice.</source>
        <translation>el id {key!r} se usa dos veces.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Occasion</source>
        <translation>Ocasión</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>Regalo</translation>
    </message>
    <message>
        <source>person</source>
        <translation>persona</translation>
    </message>
    <message>
        <source>occasion</source>
        <translation>ocasión</translation>
    </message>
    <message>
        <source>{kind} number {position} (“{name}”)</source>
        <translation>{kind} número {position} («{name}»)</translation>
    </message>
    <message>
        <source>{kind} number {position}</source>
        <translation>{kind} número {position}</translation>
    </message>
    <message>
        <source>{kind} {id} (“{name}”)</source>
        <translation>{kind} {id} («{name}»)</translation>
    </message>
    <message>
        <source>{kind} {id}</source>
        <translation>{kind} {id}</translation>
    </message>
    <message>
        <source>the type is missing.</source>
        <translation>falta el tipo.</translation>
    </message>
    <message>
        <source>{field} refers to {kind} {value!r}, which is not in the file.</source>
        <translation>{field} se refiere a {kind} {value!r}, que no está en el archivo.</translation>
    </message>
    <message>
        <source>{field} must be a list of person ids.</source>
        <translation>{field} debe ser una lista de ids de personas.</translation>
    </message>
    <message>
        <source>the purchaser is also listed as a contributor.</source>
        <translation>el comprador también figura como colaborador.</translation>
    </message>
    <message>
        <source>Budget number {position}</source>
        <translation>Presupuesto número {position}</translation>
    </message>
    <message>
        <source>{label} is not a record.</source>
        <translation>{label} no es un registro.</translation>
    </message>
    <message>
        <source>the person is missing.</source>
        <translation>falta la persona.</translation>
    </message>
    <message>
        <source>the occasion is missing.</source>
        <translation>falta la ocasión.</translation>
    </message>
    <message>
        <source>this person already has a budget for this occasion.</source>
        <translation>esta persona ya tiene un presupuesto para esta ocasión.</translation>
    </message>
</context>
<context>
    <name>BackupTransfer</name>
    <message>
        <source>Reading {name}…</source>
        <translation>Leyendo {name}…</translation>
    </message>
    <message>
        <source>Checking every record…</source>
        <translation>Comprobando cada registro…</translation>
    </message>
    <message>
        <source>Adding the people…</source>
        <translation>Añadiendo las personas…</translation>
    </message>
    <message>
        <source>Adding the occasions…</source>
        <translation>Añadiendo las ocasiones…</translation>
    </message>
    <message>
        <source>Adding the gifts…</source>
        <translation>Añadiendo los regalos…</translation>
    </message>
    <message>
        <source>Adding the budgets…</source>
        <translation>Añadiendo los presupuestos…</translation>
    </message>
    <message>
        <source>giftdesk backups (*.json);;All files (*)</source>
        <translation>Copias de seguridad de giftdesk (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>The backup could not be imported: {error}</source>
        <translation>No se pudo importar la copia de seguridad: {error}</translation>
    </message>
    <message>
        <source>Import {name}</source>
        <translation>Importar {name}</translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation>Importando {name}…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Import backup</source>
        <translation>Importar copia de seguridad</translation>
    </message>
    <message>
        <source>Export backup</source>
        <translation>Exportar copia de seguridad</translation>
    </message>
    <message>
        <source>Saved {people}, {occasions} and {gifts} to {name}.</source>
        <translation>Se guardaron {people}, {occasions} y {gifts} en {name}.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s)</source>
        <translation>
            <numerusform>%Ln persona</numerusform>
            <numerusform>%Ln personas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln occasion(s)</source>
        <translation>
            <numerusform>%Ln ocasión</numerusform>
            <numerusform>%Ln ocasiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln gift(s)</source>
        <translation>
            <numerusform>%Ln regalo</numerusform>
            <numerusform>%Ln regalos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BudgetBarDelegate</name>
    <message>
        <source>of {amount}</source>
        <translation>de {amount}</translation>
    </message>
</context>
<context>
    <name>BudgetBars</name>
    <message>
        <source>{amount} over</source>
        <translation>{amount} de más</translation>
    </message>
    <message>
        <source>no budget</source>
        <translation>sin presupuesto</translation>
    </message>
</context>
<context>
    <name>BudgetCsv</name>
    <message>
        <source>There is no occasion named “{name}”: this file has no occasions and no gifts yet.</source>
        <translation>No hay ninguna ocasión llamada «{name}»: este archivo aún no tiene ocasiones ni regalos.</translation>
    </message>
    <message>
        <source>There is no occasion named “{name}”; the occasions are {listed}.</source>
        <translation>No hay ninguna ocasión llamada «{name}»; las ocasiones son {listed}.</translation>
    </message>
</context>
<context>
    <name>BudgetPanel</name>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Budget
for them</source>
        <translation>Presupuesto
para ellos</translation>
    </message>
    <message>
        <source>Their budget for gifts to them</source>
        <translation>Su presupuesto para los regalos que reciben</translation>
    </message>
    <message>
        <source>Planned
for them</source>
        <translation>Previsto
para ellos</translation>
    </message>
    <message>
        <source>Planned gifts for them against that budget</source>
        <translation>Regalos previstos para ellos frente a ese presupuesto</translation>
    </message>
    <message>
        <source>Budget
to spend</source>
        <translation>Presupuesto
para gastar</translation>
    </message>
    <message>
        <source>Their budget for gifts they buy</source>
        <translation>Su presupuesto para los regalos que compran</translation>
    </message>
    <message>
        <source>Buying</source>
        <translation>Compra</translation>
    </message>
    <message>
        <source>Planned gifts they buy or chip in for, against that budget</source>
        <translation>Regalos previstos que compran o a los que contribuyen, frente a ese presupuesto</translation>
    </message>
    <message>
        <source>Occasion</source>
        <translation>Ocasión</translation>
    </message>
    <message>
        <source>The occasion</source>
        <translation>La ocasión</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Presupuesto</translation>
    </message>
    <message>
        <source>The occasion&apos;s budget</source>
        <translation>El presupuesto de la ocasión</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Previsto</translation>
    </message>
    <message>
        <source>Planned gifts against the budget</source>
        <translation>Regalos previstos frente al presupuesto</translation>
    </message>
    <message>
        <source>Bought</source>
        <translation>Comprado</translation>
    </message>
    <message>
        <source>Gifts already bought</source>
        <translation>Regalos ya comprados</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Queda</translation>
    </message>
    <message>
        <source>Budget minus planned</source>
        <translation>Presupuesto menos lo previsto</translation>
    </message>
    <message>
        <source>Ideas</source>
        <translation>Ideas</translation>
    </message>
    <message>
        <source>Ideas not chosen yet</source>
        <translation>Ideas aún no elegidas</translation>
    </message>
    <message>
        <source>No buyer yet</source>
        <translation>Aún sin comprador</translation>
    </message>
    <message>
        <source>Planned gifts nobody buys yet</source>
        <translation>Regalos previstos que nadie compra aún</translation>
    </message>
    <message>
        <source>No price</source>
        <translation>Sin precio</translation>
    </message>
    <message>
        <source>Gifts without a price (counted as 0)</source>
        <translation>Regalos sin precio (cuentan como 0)</translation>
    </message>
    <message>
        <source>Change budget…</source>
        <translation>Cambiar presupuesto…</translation>
    </message>
    <message>
        <source>Set or clear this occasion&apos;s budget</source>
        <translation>Fijar o quitar el presupuesto de esta ocasión</translation>
    </message>
    <message>
        <source>Show all gifts</source>
        <translation>Mostrar todos los regalos</translation>
    </message>
    <message>
        <source>Set a budget for…</source>
        <translation>Fijar un presupuesto para…</translation>
    </message>
    <message>
        <source>Give anybody a budget for this occasion, also people not listed yet</source>
        <translation>Dar un presupuesto para esta ocasión a cualquiera, también a quien aún no aparece</translation>
    </message>
    <message>
        <source>Double-click a budget to change it, a name to see the gifts.</source>
        <translation>Haz doble clic en un presupuesto para cambiarlo, en un nombre para ver los regalos.</translation>
    </message>
    <message>
        <source>No occasion</source>
        <translation>Sin ocasión</translation>
    </message>
    <message>
        <source>Occasion not found</source>
        <translation>Ocasión no encontrada</translation>
    </message>
    <message>
        <source>No gift is without an occasion.</source>
        <translation>Ningún regalo está sin ocasión.</translation>
    </message>
    <message>
        <source>It was deleted.</source>
        <translation>Se eliminó.</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>(no occasion)</source>
        <translation>(sin ocasión)</translation>
    </message>
    <message>
        <source>All occasions</source>
        <translation>Todas las ocasiones</translation>
    </message>
    <message>
        <source>per occasion</source>
        <translation>por ocasión</translation>
    </message>
    <message>
        <source>What is left is counted per occasion, in the table below: money left at one occasion does not pay for another.</source>
        <translation>Lo que queda se cuenta por ocasión, en la tabla de abajo: el dinero que sobra en una ocasión no paga otra.</translation>
    </message>
    <message>
        <source>Over budget: {names}.</source>
        <translation>Por encima del presupuesto: {names}.</translation>
    </message>
    <message>
        <source>Every occasion with a budget is within it.</source>
        <translation>Todas las ocasiones con presupuesto están dentro de él.</translation>
    </message>
    <message>
        <source>No occasion has a budget yet.</source>
        <translation>Ninguna ocasión tiene presupuesto aún.</translation>
    </message>
    <message>
        <source>Occasions</source>
        <translation>Ocasiones</translation>
    </message>
    <message>
        <source>Ideas {ideas} · no buyer yet {unassigned} · {unpriced} without a price</source>
        <translation>Ideas {ideas} · sin comprador {unassigned} · {unpriced} sin precio</translation>
    </message>
    <message>
        <source>Gifts without an occasion have no budget.</source>
        <translation>Los regalos sin ocasión no tienen presupuesto.</translation>
    </message>
    <message>
        <source>No budget set: use Change budget… to set one.</source>
        <translation>Sin presupuesto: usa «Cambiar presupuesto…» para fijar uno.</translation>
    </message>
    <message>
        <source>⚠ Over budget by {amount}</source>
        <translation>⚠ {amount} por encima del presupuesto</translation>
    </message>
    <message>
        <source>{amount} left to plan</source>
        <translation>Quedan {amount} por planificar</translation>
    </message>
    <message>
        <source>budget for them</source>
        <translation>presupuesto para ellos</translation>
    </message>
    <message>
        <source>Set {name}&apos;s budget for gifts to them for {occasion}</source>
        <translation>Fijar el presupuesto de regalos para {name} en {occasion}</translation>
    </message>
    <message>
        <source>budget to spend</source>
        <translation>presupuesto para gastar</translation>
    </message>
    <message>
        <source>Set {name}&apos;s budget to spend for {occasion}</source>
        <translation>Fijar el presupuesto para gastar de {name} en {occasion}</translation>
    </message>
    <message>
        <source>Set budget</source>
        <translation>Fijar presupuesto</translation>
    </message>
    <message>
        <source>Set the budget of {name}</source>
        <translation>Fijar el presupuesto de {name}</translation>
    </message>
    <message>
        <source>Budget (leave empty for no budget):</source>
        <translation>Presupuesto (déjalo vacío para ninguno):</translation>
    </message>
    <message>
        <source>Budget of {name}</source>
        <translation>Presupuesto de {name}</translation>
    </message>
    <message>
        <source>Add a person first: there is nobody to give a budget to.</source>
        <translation>Añade primero una persona: no hay nadie a quien dar un presupuesto.</translation>
    </message>
    <message>
        <source>Set {name}&apos;s budgets for {occasion}</source>
        <translation>Fijar los presupuestos de {name} en {occasion}</translation>
    </message>
    <message>
        <source>The gift table shows only the gifts {name} receives or buys.</source>
        <translation>La tabla de regalos muestra solo los que {name} recibe o compra.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln gift(s)</source>
        <translation>
            <numerusform>%Ln regalo</numerusform>
            <numerusform>%Ln regalos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BudgetTableModel</name>
    <message>
        <source>{tip} (double-click to change)</source>
        <translation>{tip} (doble clic para cambiar)</translation>
    </message>
    <message>
        <source>{text}, over budget</source>
        <translation>{text}, por encima del presupuesto</translation>
    </message>
    <message>
        <source>over budget by {amount}</source>
        <translation>{amount} por encima del presupuesto</translation>
    </message>
    <message>
        <source>(no occasion)</source>
        <translation>(sin ocasión)</translation>
    </message>
    <message>
        <source>Planned for {name}</source>
        <translation>Previsto para {name}</translation>
    </message>
    <message>
        <source>{name} buys</source>
        <translation>{name} compra</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Previsto</translation>
    </message>
    <message>
        <source>{what}: {planned}, of which {bought} bought.</source>
        <translation>{what}: {planned}, de los que {bought} comprado.</translation>
    </message>
    <message>
        <source>No budget set.</source>
        <translation>Sin presupuesto fijado.</translation>
    </message>
    <message>
        <source>Over the {budget} budget by {over}.</source>
        <translation>{over} por encima del presupuesto de {budget}.</translation>
    </message>
    <message>
        <source>{left} left of {budget}.</source>
        <translation>Quedan {left} de {budget}.</translation>
    </message>
    <message>
        <source>{tip}. Double-click to change; leave empty for no budget.</source>
        <translation>{tip}. Doble clic para cambiar; déjalo vacío para no tener presupuesto.</translation>
    </message>
    <message>
        <source>Gifts without an occasion have no budget.</source>
        <translation>Los regalos sin ocasión no tienen presupuesto.</translation>
    </message>
    <message>
        <source>{name}
Double-click to show the gifts they receive or buy.</source>
        <translation>{name}
Doble clic para ver los regalos que recibe o compra.</translation>
    </message>
    <message>
        <source>{name}
Double-click to show the gifts without an occasion.</source>
        <translation>{name}
Doble clic para ver los regalos sin ocasión.</translation>
    </message>
    <message>
        <source>{name}
Double-click to show its gifts.</source>
        <translation>{name}
Doble clic para ver sus regalos.</translation>
    </message>
    <message>
        <source>Over budget by {amount}.</source>
        <translation>{amount} por encima del presupuesto.</translation>
    </message>
</context>
<context>
    <name>Bulk</name>
    <message>
        <source>Someone who bought these gifts before was deleted meanwhile; the purchasers cannot be put back.</source>
        <translation>Alguien que compraba estos regalos se ha eliminado entretanto; no se pueden restaurar los compradores.</translation>
    </message>
</context>
<context>
    <name>BulkActions</name>
    <message>
        <source>Idea</source>
        <translation>Idea</translation>
    </message>
    <message>
        <source>Selected</source>
        <translation>Elegido</translation>
    </message>
    <message>
        <source>Purchased</source>
        <translation>Comprado</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>The gifts are for several occasions: reading the figures for all occasions…</source>
        <translation>Los regalos son de varias ocasiones: leyendo las cifras de todas las ocasiones…</translation>
    </message>
    <message>
        <source>Figures for gifts with no occasion.</source>
        <translation>Cifras de los regalos sin ocasión.</translation>
    </message>
    <message>
        <source>Figures for {name}.</source>
        <translation>Cifras de {name}.</translation>
    </message>
    <message>
        <source>The gifts are for several occasions: figures for all occasions.</source>
        <translation>Los regalos son de varias ocasiones: cifras de todas las ocasiones.</translation>
    </message>
    <message>
        <source>Set &amp;status</source>
        <translation>Cambiar &amp;estado</translation>
    </message>
    <message>
        <source>Mark the selected gifts as {status}</source>
        <translation>Marcar los regalos seleccionados como «{status}»</translation>
    </message>
    <message>
        <source>Choose a person</source>
        <translation>Elegir una persona</translation>
    </message>
    <message>
        <source>Add person “{name}”</source>
        <translation>Añadir a la persona «{name}»</translation>
    </message>
    <message numerus="yes">
        <source>Clear purchaser of %Ln gift(s)</source>
        <translation>
            <numerusform>Quitar el comprador de %Ln regalo</numerusform>
            <numerusform>Quitar el comprador de %Ln regalos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assign {name} to buy %Ln gift(s)</source>
        <translation>
            <numerusform>{name} compra %Ln regalo</numerusform>
            <numerusform>{name} compra %Ln regalos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assign a purchaser to %Ln gift(s)</source>
        <translation>
            <numerusform>Asignar comprador a %Ln regalo</numerusform>
            <numerusform>Asignar comprador a %Ln regalos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %Ln gift(s) as {status}</source>
        <translation>
            <numerusform>Marcar %Ln regalo como «{status}»</numerusform>
            <numerusform>Marcar %Ln regalos como «{status}»</numerusform>
        </translation>
    </message>
    <message>
        <source>They</source>
        <translation>Esa persona</translation>
    </message>
    <message numerus="yes">
        <source>Add {name} as recipient of %Ln gift(s)</source>
        <translation>
            <numerusform>Añadir a {name} como destinatario de %Ln regalo</numerusform>
            <numerusform>Añadir a {name} como destinatario de %Ln regalos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove {name} as recipient of %Ln gift(s)</source>
        <translation>
            <numerusform>Quitar a {name} como destinatario de %Ln regalo</numerusform>
            <numerusform>Quitar a {name} como destinatario de %Ln regalos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove the occasion of %Ln gift(s)</source>
        <translation>
            <numerusform>Quitar la ocasión de %Ln regalo</numerusform>
            <numerusform>Quitar la ocasión de %Ln regalos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %Ln gift(s) to {occasion}</source>
        <translation>
            <numerusform>Mover %Ln regalo a {occasion}</numerusform>
            <numerusform>Mover %Ln regalos a {occasion}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %Ln gift(s) to an occasion</source>
        <translation>
            <numerusform>Mover %Ln regalo a una ocasión</numerusform>
            <numerusform>Mover %Ln regalos a una ocasión</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkOperations</name>
    <message numerus="yes">
        <source>%Ln gift(s)</source>
        <translation>
            <numerusform>%Ln regalo</numerusform>
            <numerusform>%Ln regalos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Purchaser cleared on %Ln gift(s)</source>
        <translation>
            <numerusform>Comprador quitado de %Ln regalo</numerusform>
            <numerusform>Comprador quitado de %Ln regalos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name} will buy %Ln gift(s)</source>
        <translation>
            <numerusform>{name} comprará %Ln regalo</numerusform>
            <numerusform>{name} comprará %Ln regalos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>They will buy %Ln gift(s)</source>
        <translation>
            <numerusform>Esa persona comprará %Ln regalo</numerusform>
            <numerusform>Esa persona comprará %Ln regalos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln gift(s) marked as {status}</source>
        <translation>
            <numerusform>%Ln regalo marcado como «{status}»</numerusform>
            <numerusform>%Ln regalos marcados como «{status}»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Occasion cleared on %Ln gift(s)</source>
        <translation>
            <numerusform>Ocasión quitada de %Ln regalo</numerusform>
            <numerusform>Ocasión quitada de %Ln regalos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln gift(s) moved to {occasion}</source>
        <translation>
            <numerusform>%Ln regalo movido a {occasion}</numerusform>
            <numerusform>%Ln regalos movidos a {occasion}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln gift(s) moved to the occasion</source>
        <translation>
            <numerusform>%Ln regalo movido a la ocasión</numerusform>
            <numerusform>%Ln regalos movidos a la ocasión</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name} added as recipient of %Ln gift(s)</source>
        <translation>
            <numerusform>{name} añadido como destinatario de %Ln regalo</numerusform>
            <numerusform>{name} añadido como destinatario de %Ln regalos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{sentence} (%Ln already had them)</source>
        <translation>
            <numerusform>{sentence} (%Ln ya la tenía)</numerusform>
            <numerusform>{sentence} (%Ln ya la tenían)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name} removed as recipient of %Ln gift(s)</source>
        <translation>
            <numerusform>{name} quitado como destinatario de %Ln regalo</numerusform>
            <numerusform>{name} quitado como destinatario de %Ln regalos</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} was not a recipient of these gifts; nothing changed</source>
        <translation>{name} no era destinatario de estos regalos; no ha cambiado nada</translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <source>The {field} chosen no longer exists (it was deleted); choose another.</source>
        <translation>La persona elegida ({field}) ya no existe (se eliminó); elige otra.</translation>
    </message>
    <message>
        <source>{length} of the people chosen as {field} no longer exist.</source>
        <translation>{length} de las personas elegidas como {field} ya no existen.</translation>
    </message>
    <message>
        <source>The occasion chosen no longer exists (it was deleted); choose another.</source>
        <translation>La ocasión elegida ya no existe (se eliminó); elige otra.</translation>
    </message>
    <message>
        <source>This gift no longer exists (it was deleted); nothing was changed.</source>
        <translation>Este regalo ya no existe (se eliminó); no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>{missing} of the {length} selected gifts no longer exist (deleted meanwhile); nothing was changed.</source>
        <translation>{missing} de los {length} regalos seleccionados ya no existen (se eliminaron entretanto); no se ha cambiado nada.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>{problem} (see “giftdesk --help”).</source>
        <translation>{problem} (consulta «giftdesk --help»).</translation>
    </message>
    <message>
        <source>the giftdesk file to use (default: giftdesk.sqlite3 in your user data folder)</source>
        <translation>el archivo de giftdesk que se usará (por defecto: giftdesk.sqlite3 en tu carpeta de datos de usuario)</translation>
    </message>
    <message>
        <source>the language to speak: en, de, fr or es (default: your system&apos;s language)</source>
        <translation>el idioma que se usará: en, de, fr o es (por defecto: el de tu sistema)</translation>
    </message>
    <message>
        <source>A desktop gift planner. Without a command, opens the main window.</source>
        <translation>Un planificador de regalos de escritorio. Sin un comando, abre la ventana principal.</translation>
    </message>
    <message>
        <source>create a file filled with an example family</source>
        <translation>crear un archivo con una familia de ejemplo</translation>
    </message>
    <message>
        <source>import a JSON backup (all or nothing)</source>
        <translation>importar una copia de seguridad JSON (todo o nada)</translation>
    </message>
    <message>
        <source>write a backup or the budget summary</source>
        <translation>escribir una copia de seguridad o el resumen del presupuesto</translation>
    </message>
    <message>
        <source>the JSON backup of everything</source>
        <translation>la copia de seguridad JSON de todo</translation>
    </message>
    <message>
        <source>the budget summary</source>
        <translation>el resumen del presupuesto</translation>
    </message>
    <message>
        <source>file format (default: from the file name&apos;s ending)</source>
        <translation>formato del archivo (por defecto: según la extensión del nombre)</translation>
    </message>
    <message>
        <source>only this occasion</source>
        <translation>solo esta ocasión</translation>
    </message>
    <message>
        <source>add giftdesk to your desktop&apos;s application menu</source>
        <translation>añadir giftdesk al menú de aplicaciones de tu escritorio</translation>
    </message>
    <message>
        <source>remove giftdesk from your desktop&apos;s application menu</source>
        <translation>quitar giftdesk del menú de aplicaciones de tu escritorio</translation>
    </message>
    <message>
        <source>interrupted; nothing was changed.</source>
        <translation>interrumpido; no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>wrote {path}</source>
        <translation>se escribió {path}</translation>
    </message>
    <message>
        <source>removed {path}</source>
        <translation>se eliminó {path}</translation>
    </message>
    <message>
        <source>giftdesk&apos;s desktop entry was not installed; nothing was removed.</source>
        <translation>La entrada de escritorio de giftdesk no estaba instalada; no se ha eliminado nada.</translation>
    </message>
    <message>
        <source>{summary} ({file})</source>
        <translation>{summary} ({file})</translation>
    </message>
    <message>
        <source>{file} already holds data; choose a new file for the example family with --db.</source>
        <translation>{file} ya contiene datos; elige un archivo nuevo para la familia de ejemplo con --db.</translation>
    </message>
    <message>
        <source>Example family created in {file}: {summary}</source>
        <translation>Familia de ejemplo creada en {file}: {summary}</translation>
    </message>
    <message>
        <source>Backup written to {file}</source>
        <translation>Copia de seguridad escrita en {file}</translation>
    </message>
    <message>
        <source>another giftdesk command is writing {name}; waiting for it to finish…</source>
        <translation>otro comando de giftdesk está escribiendo {name}; esperando a que termine…</translation>
    </message>
    <message>
        <source>Another giftdesk command is still writing {name}; nothing was changed. Try again when it has finished.</source>
        <translation>Otro comando de giftdesk sigue escribiendo {name}; no se ha cambiado nada. Vuelve a intentarlo cuando termine.</translation>
    </message>
    <message>
        <source>Cannot tell the format from “{name}”; add --format csv, pdf or html.</source>
        <translation>No se puede saber el formato a partir de «{name}»; añade --format csv, pdf o html.</translation>
    </message>
    <message>
        <source>Budget summary written to {file}</source>
        <translation>Resumen del presupuesto escrito en {file}</translation>
    </message>
    <message>
        <source>every gift a person received and gave</source>
        <translation>todos los regalos que una persona recibió y dio</translation>
    </message>
    <message>
        <source>the person&apos;s name</source>
        <translation>el nombre de la persona</translation>
    </message>
    <message>
        <source>plan an occasion again a year later</source>
        <translation>volver a planificar una ocasión un año después</translation>
    </message>
    <message>
        <source>the occasion to copy</source>
        <translation>la ocasión que se copia</translation>
    </message>
    <message>
        <source>the new occasion&apos;s name</source>
        <translation>el nombre de la nueva ocasión</translation>
    </message>
    <message>
        <source>the new date (default: a year after the old one)</source>
        <translation>la nueva fecha (por defecto: un año después de la anterior)</translation>
    </message>
    <message>
        <source>occasions and birthdays in the next days</source>
        <translation>ocasiones y cumpleaños de los próximos días</translation>
    </message>
    <message>
        <source>how far ahead (default: 60)</source>
        <translation>cuántos días por delante (por defecto: 60)</translation>
    </message>
    <message>
        <source>import a gift list from a .csv or .xlsx spreadsheet (all or nothing)</source>
        <translation>importar una lista de regalos de una hoja de cálculo .csv o .xlsx (todo o nada)</translation>
    </message>
    <message>
        <source>the occasion for rows that name none</source>
        <translation>la ocasión para las filas que no nombran ninguna</translation>
    </message>
    <message>
        <source>list the file&apos;s daily backups (date, people, gifts)</source>
        <translation>listar las copias diarias del archivo (fecha, personas, regalos)</translation>
    </message>
    <message>
        <source>put a daily backup back (the current file is kept among the backups)</source>
        <translation>restaurar una copia diaria (el archivo actual se guarda entre las copias)</translation>
    </message>
    <message>
        <source>the backup&apos;s date (YYYY-MM-DD) or file name</source>
        <translation>la fecha de la copia (AAAA-MM-DD) o su nombre de archivo</translation>
    </message>
    <message>
        <source>No backups of {name} yet in {folder}.</source>
        <translation>Aún no hay copias de {name} en {folder}.</translation>
    </message>
    <message>
        <source>Backups of {name} in {folder}:</source>
        <translation>Copias de {name} en {folder}:</translation>
    </message>
    <message>
        <source>(the file as it was before a restore)</source>
        <translation>(el archivo tal como estaba antes de una restauración)</translation>
    </message>
    <message>
        <source>(made before giftdesk noted which file a backup copies)</source>
        <translation>(hecha antes de que giftdesk anotara qué archivo copia cada copia de seguridad)</translation>
    </message>
    <message>
        <source>Restored the backup of {day} ({contents}) into {path}.</source>
        <translation>Copia del {day} ({contents}) restaurada en {path}.</translation>
    </message>
    <message>
        <source>The file as it was is kept as {name}; “giftdesk restore {name}” puts it back.</source>
        <translation>El archivo tal como estaba se guarda como {name}; «giftdesk restore {name}» lo restaura.</translation>
    </message>
    <message>
        <source>Note: {backup} was made before giftdesk noted which file a backup copies, so it may be a copy of another file named {name}; check what it holds.</source>
        <translation>Nota: {backup} se hizo antes de que giftdesk anotara qué archivo copia cada copia, así que puede ser una copia de otro archivo llamado {name}; comprueba su contenido.</translation>
    </message>
    <message>
        <source>let family members in, each unable to see their own gifts</source>
        <translation>dejar entrar a los miembros de la familia, sin que vean sus propios regalos</translation>
    </message>
    <message>
        <source>create a login for a person and print its address, once</source>
        <translation>crear un inicio de sesión para una persona y mostrar su dirección, una sola vez</translation>
    </message>
    <message>
        <source>the login&apos;s name</source>
        <translation>el nombre del inicio de sesión</translation>
    </message>
    <message>
        <source>who the member is</source>
        <translation>quién es el miembro</translation>
    </message>
    <message>
        <source>list the members</source>
        <translation>listar los miembros</translation>
    </message>
    <message>
        <source>drop a member&apos;s login (their person and gifts stay)</source>
        <translation>eliminar el inicio de sesión de un miembro (la persona y sus regalos se quedan)</translation>
    </message>
    <message>
        <source>{person} can now connect as {login}. Give them this address; it holds their password and is not shown again:</source>
        <translation>{person} ya puede conectarse como {login}. Dele esta dirección; contiene su contraseña y no se volverá a mostrar:</translation>
    </message>
    <message>
        <source>{login} can no longer connect; {person} and their gifts stay in the family.</source>
        <translation>{login} ya no puede conectarse; {person} y sus regalos se quedan en la familia.</translation>
    </message>
    <message>
        <source>This family has no members yet.</source>
        <translation>Esta familia aún no tiene miembros.</translation>
    </message>
</context>
<context>
    <name>ColumnFitter</name>
    <message>
        <source>Fit Columns to the Window</source>
        <translation>Ajustar las columnas a la ventana</translation>
    </message>
    <message>
        <source>Forget the column widths you set and fit every column again</source>
        <translation>Olvidar los anchos de columna elegidos y ajustar de nuevo todas las columnas</translation>
    </message>
</context>
<context>
    <name>Common</name>
    <message>
        <source>{label} “{text}” is not a date; write it like {example} or 2026-12-24.</source>
        <translation>{label} «{text}» no es una fecha; escríbela como {example} o 2026-12-24.</translation>
    </message>
    <message>
        <source>“{text}” is not one of the people in this file.</source>
        <translation>«{text}» no es ninguna de las personas de este archivo.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>giftdesk ran into an unexpected problem ({problem}).</source>
        <translation>giftdesk ha encontrado un problema inesperado ({problem}).</translation>
    </message>
    <message>
        <source>The details were written to {path}.</source>
        <translation>Los detalles se escribieron en {path}.</translation>
    </message>
    <message>
        <source>The details could not be logged.</source>
        <translation>No se pudieron registrar los detalles.</translation>
    </message>
    <message>
        <source>What was saved before is safe. {where} You can keep working or quit giftdesk.</source>
        <translation>Lo que se guardó antes está a salvo. {where} Puedes seguir trabajando o salir de giftdesk.</translation>
    </message>
    <message>
        <source>giftdesk: unexpected problem</source>
        <translation>giftdesk: problema inesperado</translation>
    </message>
    <message>
        <source>Keep working</source>
        <translation>Seguir trabajando</translation>
    </message>
    <message>
        <source>Quit giftdesk</source>
        <translation>Salir de giftdesk</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>Abrir la carpeta de registros</translation>
    </message>
    <message>
        <source>giftdesk: {crash_message} {where_to_look}.</source>
        <translation>giftdesk: {crash_message} {where_to_look}.</translation>
    </message>
    <message>
        <source>unexpected error in {thread}</source>
        <translation>error inesperado en {thread}</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>{name} is open read-only; changes cannot be saved.</source>
        <translation>{name} está abierto en solo lectura; no se pueden guardar los cambios.</translation>
    </message>
    <message>
        <source>{name} could not be used: {error}.</source>
        <translation>{name} no se pudo usar: {error}.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a giftdesk file.</source>
        <translation>{path} es una carpeta, no un archivo de giftdesk.</translation>
    </message>
    <message>
        <source>There is no giftdesk file at {path}.</source>
        <translation>No hay ningún archivo de giftdesk en {path}.</translation>
    </message>
    <message>
        <source>There is no giftdesk file at {path} to open read-only.</source>
        <translation>No hay ningún archivo de giftdesk en {path} que abrir en solo lectura.</translation>
    </message>
    <message>
        <source>The folder {parent} does not exist.</source>
        <translation>La carpeta {parent} no existe.</translation>
    </message>
    <message>
        <source>{name} needs an upgrade before it can be opened, and a read-only file cannot be upgraded.</source>
        <translation>{name} necesita actualizarse antes de abrirse, y un archivo de solo lectura no se puede actualizar.</translation>
    </message>
    <message>
        <source>giftdesk is not allowed to read {path}.</source>
        <translation>giftdesk no tiene permiso para leer {path}.</translation>
    </message>
    <message>
        <source>{name} is not a giftdesk database.</source>
        <translation>{name} no es una base de datos de giftdesk.</translation>
    </message>
    <message>
        <source>{name} is not a giftdesk database ({error}).</source>
        <translation>{name} no es una base de datos de giftdesk ({error}).</translation>
    </message>
    <message>
        <source>{name} is not a giftdesk database (the file is damaged or of another kind).</source>
        <translation>{name} no es una base de datos de giftdesk (el archivo está dañado o es de otro tipo).</translation>
    </message>
    <message>
        <source>{name} is an SQLite database of another program, not a giftdesk file.</source>
        <translation>{name} es una base de datos SQLite de otro programa, no un archivo de giftdesk.</translation>
    </message>
    <message>
        <source>{name} was made by a newer version of giftdesk; update giftdesk to open it.</source>
        <translation>{name} se creó con una versión más reciente de giftdesk; actualiza giftdesk para abrirlo.</translation>
    </message>
    <message>
        <source>{name} is a damaged giftdesk file: tables are missing.</source>
        <translation>{name} es un archivo de giftdesk dañado: faltan tablas.</translation>
    </message>
    <message>
        <source>Upgrading {name} would leave broken links in {table}; the file was left as it was.</source>
        <translation>Actualizar {name} dejaría vínculos rotos en {table}; el archivo se ha dejado como estaba.</translation>
    </message>
    <message>
        <source>{name} is read-only; giftdesk cannot save changes to it.</source>
        <translation>{name} es de solo lectura; giftdesk no puede guardar cambios en él.</translation>
    </message>
    <message>
        <source>giftdesk is not allowed to create a file in {target}.</source>
        <translation>giftdesk no tiene permiso para crear un archivo en {target}.</translation>
    </message>
    <message>
        <source>The folder of {name} is read-only; giftdesk cannot save changes there.</source>
        <translation>La carpeta de {name} es de solo lectura; giftdesk no puede guardar cambios allí.</translation>
    </message>
    <message>
        <source>{name} cannot be opened: {error}.</source>
        <translation>No se puede abrir {name}: {error}.</translation>
    </message>
    <message>
        <source>{name} is in use by another program; close it there and try again.</source>
        <translation>{name} está en uso por otro programa; ciérralo allí y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>{name} is read-only; changes cannot be saved.</source>
        <translation>{name} es de solo lectura; no se pueden guardar los cambios.</translation>
    </message>
    <message>
        <source>The disk holding {name} is full; nothing was saved.</source>
        <translation>El disco que contiene {name} está lleno; no se ha guardado nada.</translation>
    </message>
    <message>
        <source>{name} could not be used: {text}.</source>
        <translation>No se pudo usar {name}: {text}.</translation>
    </message>
</context>
<context>
    <name>Desktop</name>
    <message>
        <source>Cannot find the installed “{program}” program next to {executable} or on your PATH; install giftdesk with pip first.</source>
        <translation>No se encuentra el programa instalado «{program}» junto a {executable} ni en tu PATH; instala primero giftdesk con pip.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}.</source>
        <translation>No se puede escribir {path}: {reason}.</translation>
    </message>
    <message>
        <source>Cannot remove {path}: {reason}.</source>
        <translation>No se puede eliminar {path}: {reason}.</translation>
    </message>
    <message>
        <source>Desktop entries are for Linux and BSD desktops; on this system start giftdesk from its installed program or build the app bundle (see giftdesk.spec).</source>
        <translation>Las entradas de escritorio son para escritorios Linux y BSD; en este sistema inicia giftdesk desde su programa instalado o crea el paquete de la aplicación (consulta giftdesk.spec).</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>Plan this year’s gifts</source>
        <translation>Planifica los regalos de este año</translation>
    </message>
    <message>
        <source>This file is empty. Start with the people you give gifts to,
or look around in an example family first (Edit → Undo removes it again).</source>
        <translation>Este archivo está vacío. Empieza por las personas a las que haces regalos,
o echa un vistazo primero a una familia de ejemplo (Editar → Deshacer la quita).</translation>
    </message>
    <message>
        <source>Add your first person…</source>
        <translation>Añadir tu primera persona…</translation>
    </message>
    <message>
        <source>Load example family</source>
        <translation>Cargar la familia de ejemplo</translation>
    </message>
    <message>
        <source>Open another file…</source>
        <translation>Abrir otro archivo…</translation>
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
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Parentesco</translation>
    </message>
    <message>
        <source>Birthdate</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation>Intereses</translation>
    </message>
    <message>
        <source>Sizes</source>
        <translation>Tallas</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Presupuesto</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <source>Sale price</source>
        <translation>Precio de oferta</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Tienda</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Enlace</translation>
    </message>
    <message>
        <source>Purchase date</source>
        <translation>Fecha de compra</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinatarios</translation>
    </message>
    <message>
        <source>Contributors</source>
        <translation>Colaboradores</translation>
    </message>
    <message>
        <source>Purchaser</source>
        <translation>Comprador</translation>
    </message>
    <message>
        <source>Recipient budget</source>
        <translation>Presupuesto para sus regalos</translation>
    </message>
    <message>
        <source>Purchaser budget</source>
        <translation>Presupuesto de compras</translation>
    </message>
    <message>
        <source>Occasion</source>
        <translation>Ocasión</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
</context>
<context>
    <name>FileHistory</name>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurar desde una copia de seguridad</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Daily backups are kept for giftdesk files; a shared database is backed up on its server.</source>
        <translation>Las copias diarias son para archivos de giftdesk; una base de datos compartida se respalda en su servidor.</translation>
    </message>
    <message>
        <source>{name} is open read-only; close the other giftdesk to restore a backup.</source>
        <translation>{name} está abierto en solo lectura; cierra el otro giftdesk para restaurar una copia.</translation>
    </message>
    <message>
        <source>its current contents</source>
        <translation>su contenido actual</translation>
    </message>
    <message>
        <source>Restored the backup of {day} ({contents}).</source>
        <translation>Copia de seguridad del {day} restaurada ({contents}).</translation>
    </message>
    <message>
        <source>The file as it was is kept as {name}.</source>
        <translation>El archivo tal como estaba se guarda como {name}.</translation>
    </message>
    <message>
        <source>{file_name} is in a folder that {service} keeps in sync. Opening it in giftdesk on two computers at once can damage it, because each computer writes its own copy. To plan together, share a database instead: File → Connect to a shared database… (see “One family, several computers” in the README).</source>
        <translation>{file_name} está en una carpeta que {service} sincroniza. Abrirlo en giftdesk en dos ordenadores a la vez puede dañarlo, porque cada ordenador escribe su propia copia. Para planificar juntos, comparte una base de datos: Archivo → Conectar a una base de datos compartida… (consulta «One family, several computers» en el README).</translation>
    </message>
    <message>
        <source>File in a synced folder</source>
        <translation>Archivo en una carpeta sincronizada</translation>
    </message>
</context>
<context>
    <name>FileLock</name>
    <message>
        <source>{name} is already open in another giftdesk{where}; you can open it read-only or close it there first.</source>
        <translation>{name} ya está abierto en otro giftdesk{where}; puedes abrirlo en solo lectura o cerrarlo allí primero.</translation>
    </message>
    <message>
        <source>File in use</source>
        <translation>Archivo en uso</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Abrir en solo lectura</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
</context>
<context>
    <name>FileMenu</name>
    <message>
        <source>Open giftdesk file</source>
        <translation>Abrir un archivo de giftdesk</translation>
    </message>
    <message>
        <source>giftdesk files (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>Archivos de giftdesk (*.sqlite3 *.sqlite *.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>New giftdesk file</source>
        <translation>Nuevo archivo de giftdesk</translation>
    </message>
    <message>
        <source>giftdesk files (*.sqlite3)</source>
        <translation>Archivos de giftdesk (*.sqlite3)</translation>
    </message>
    <message>
        <source>{name} already exists; choose a new name, or open it with File → Open.</source>
        <translation>{name} ya existe; elige otro nombre o ábrelo con Archivo → Abrir.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cannot open file</source>
        <translation>No se puede abrir el archivo</translation>
    </message>
    <message>
        <source>No other recent files</source>
        <translation>No hay otros archivos recientes</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>{name} is the giftdesk file that is open; writing the export there would replace your family&apos;s data, so nothing was written. Choose another name.</source>
        <translation>{name} es el archivo de giftdesk abierto; escribir ahí la exportación reemplazaría los datos de tu familia, así que no se ha escrito nada. Elige otro nombre.</translation>
    </message>
    <message>
        <source>{name} is a giftdesk database; an export never writes over one, so nothing was written. Choose another name.</source>
        <translation>{name} es una base de datos de giftdesk; una exportación nunca sobrescribe una, así que no se ha escrito nada. Elige otro nombre.</translation>
    </message>
    <message>
        <source>{name} belongs to the giftdesk database {database}; writing the export there would damage it, so nothing was written. Choose another name.</source>
        <translation>{name} pertenece a la base de datos de giftdesk {database}; escribir ahí la exportación la dañaría, así que no se ha escrito nada. Elige otro nombre.</translation>
    </message>
    <message>
        <source>{path} is a folder; give a file name to write to.</source>
        <translation>{path} es una carpeta; indica un nombre de archivo donde escribir.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>La carpeta {folder} no existe.</translation>
    </message>
    <message>
        <source>giftdesk is not allowed to write into {folder}.</source>
        <translation>giftdesk no tiene permiso para escribir en {folder}.</translation>
    </message>
    <message>
        <source>The disk holding {folder} is full; {name} was not written.</source>
        <translation>El disco que contiene {folder} está lleno; no se ha escrito {name}.</translation>
    </message>
    <message>
        <source>{folder} is on a read-only disk; {name} was not written.</source>
        <translation>{folder} está en un disco de solo lectura; no se ha escrito {name}.</translation>
    </message>
    <message>
        <source>giftdesk is not allowed to write {path}.</source>
        <translation>giftdesk no tiene permiso para escribir {path}.</translation>
    </message>
    <message>
        <source>The name {name} is too long for this disk; choose a shorter one.</source>
        <translation>El nombre {name} es demasiado largo para este disco; elige uno más corto.</translation>
    </message>
    <message>
        <source>{name} could not be written: {reason}.</source>
        <translation>No se pudo escribir {name}: {reason}.</translation>
    </message>
    <message>
        <source>{name} could not be written.</source>
        <translation>No se pudo escribir {name}.</translation>
    </message>
</context>
<context>
    <name>FontCoverage</name>
    <message>
        <source>Chinese, Japanese or Korean (CJK)</source>
        <translation>chino, japonés o coreano (CJK)</translation>
    </message>
    <message>
        <source>Korean (Hangul)</source>
        <translation>coreano (hangul)</translation>
    </message>
    <message>
        <source>Japanese (Hiragana)</source>
        <translation>japonés (hiragana)</translation>
    </message>
    <message>
        <source>Japanese (Katakana)</source>
        <translation>japonés (katakana)</translation>
    </message>
    <message>
        <source>“{name}”</source>
        <translation>«{name}»</translation>
    </message>
    <message numerus="yes">
        <source>{names} and %Ln more</source>
        <translation>
            <numerusform>{names} y %Ln más</numerusform>
            <numerusform>{names} y %Ln más</numerusform>
        </translation>
    </message>
    <message>
        <source>No font on this computer can draw some letters of {names}: they would print as empty boxes. Install a font for {scripts} (for example Noto Sans) to print them.</source>
        <translation>Ninguna fuente de este ordenador puede dibujar algunas letras de {names}: se imprimirían como cuadros vacíos. Instala una fuente para {scripts} (por ejemplo Noto Sans) para imprimirlas.</translation>
    </message>
    <message>
        <source>No font on this computer can draw some letters of {names}: they would print as empty boxes. Install fonts for {scripts} (for example Noto Sans) to print them.</source>
        <translation>Ninguna fuente de este ordenador puede dibujar algunas letras de {names}: se imprimirían como cuadros vacíos. Instala fuentes para {scripts} (por ejemplo Noto Sans) para imprimirlas.</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>{label} is too long ({length} characters; at most {max_length}).</source>
        <translation>{label} es demasiado largo ({length} caracteres; como máximo {max_length}).</translation>
    </message>
</context>
<context>
    <name>Gift</name>
    <message>
        <source>Several recipients</source>
        <translation>Varios destinatarios</translation>
    </message>
    <message>
        <source>This gift is for {count} people. One shared gift, or a separate gift for each?</source>
        <translation>Este regalo es para {count} personas. ¿Un regalo compartido o uno distinto para cada una?</translation>
    </message>
    <message>
        <source>A shared gift is one gift whose cost is split between them; separate gifts make {count} gifts, one for each person, at the full price.</source>
        <translation>Un regalo compartido es un solo regalo cuyo coste se reparte; los regalos distintos son {count} regalos, uno por persona, al precio completo.</translation>
    </message>
    <message>
        <source>One shared gift</source>
        <translation>Un regalo compartido</translation>
    </message>
    <message>
        <source>{count} separate gifts</source>
        <translation>{count} regalos distintos</translation>
    </message>
</context>
<context>
    <name>GiftDialog</name>
    <message>
        <source>Edit gift</source>
        <translation>Editar regalo</translation>
    </message>
    <message>
        <source>New gift</source>
        <translation>Nuevo regalo</translation>
    </message>
    <message>
        <source>e.g. Wool scarf</source>
        <translation>p. ej. bufanda de lana</translation>
    </message>
    <message>
        <source>No occasion</source>
        <translation>Sin ocasión</translation>
    </message>
    <message>
        <source>no price yet</source>
        <translation>aún sin precio</translation>
    </message>
    <message>
        <source>not on sale</source>
        <translation>sin oferta</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>Bought on</source>
        <translation>Comprado el</translation>
    </message>
    <message>
        <source>Search people…</source>
        <translation>Buscar personas…</translation>
    </message>
    <message>
        <source>&amp;Gift:</source>
        <translation>&amp;Regalo:</translation>
    </message>
    <message>
        <source>&amp;Occasion:</source>
        <translation>&amp;Ocasión:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>P&amp;riority:</source>
        <translation>Pr&amp;ioridad:</translation>
    </message>
    <message>
        <source>&amp;Price:</source>
        <translation>&amp;Precio:</translation>
    </message>
    <message>
        <source>Sa&amp;le price:</source>
        <translation>Precio de o&amp;ferta:</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>&amp;Cantidad:</translation>
    </message>
    <message>
        <source>S&amp;tore:</source>
        <translation>&amp;Tienda:</translation>
    </message>
    <message>
        <source>&amp;Link:</source>
        <translation>E&amp;nlace:</translation>
    </message>
    <message>
        <source>Bought o&amp;n:</source>
        <translation>Comprado e&amp;l:</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>P&amp;ara:</translation>
    </message>
    <message>
        <source>&amp;Bought by:</source>
        <translation>Compra&amp;do por:</translation>
    </message>
    <message>
        <source>&amp;Chipping in:</source>
        <translation>Cola&amp;boran:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>Nota&amp;s:</translation>
    </message>
</context>
<context>
    <name>Gifts</name>
    <message>
        <source>This gift no longer exists (deleted meanwhile).</source>
        <translation>Este regalo ya no existe (se eliminó entretanto).</translation>
    </message>
    <message>
        <source>“{value}” cannot be edited.</source>
        <translation>«{value}» no se puede editar.</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Say whose history to show: a person&apos;s name.</source>
        <translation>Indica de quién mostrar el historial: el nombre de una persona.</translation>
    </message>
    <message>
        <source>There is nobody called “{name}” in this file.</source>
        <translation>No hay nadie llamado «{name}» en este archivo.</translation>
    </message>
    <message>
        <source>{length} people are called “{name}”; rename one to tell them apart.</source>
        <translation>{length} personas se llaman «{name}»; cambia el nombre de una para distinguirlas.</translation>
    </message>
    <message>
        <source>This person no longer exists (deleted meanwhile).</source>
        <translation>Esta persona ya no existe (se eliminó entretanto).</translation>
    </message>
    <message>
        <source>{name} has no gift history yet.</source>
        <translation>{name} aún no tiene historial de regalos.</translation>
    </message>
    <message>
        <source>Gift history of {name}</source>
        <translation>Historial de regalos de {name}</translation>
    </message>
    <message>
        <source>received</source>
        <translation>recibido</translation>
    </message>
    <message>
        <source>gave</source>
        <translation>regaló</translation>
    </message>
    <message>
        <source>No occasion</source>
        <translation>Sin ocasión</translation>
    </message>
    <message>
        <source>from {names}</source>
        <translation>de {names}</translation>
    </message>
    <message>
        <source>no buyer yet</source>
        <translation>aún sin comprador</translation>
    </message>
    <message>
        <source>shared with {names}</source>
        <translation>compartido con {names}</translation>
    </message>
    <message>
        <source>for {names}</source>
        <translation>para {names}</translation>
    </message>
    <message>
        <source>for nobody</source>
        <translation>para nadie</translation>
    </message>
    <message>
        <source>with {names}</source>
        <translation>con {names}</translation>
    </message>
    <message>
        <source>Totals per year (planned, selected to received; their share)</source>
        <translation>Totales por año (previsto, de elegido a recibido; su parte)</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>sin fecha</translation>
    </message>
    <message>
        <source>received {received} ({received_gifts}), gave {gave} ({gave_gifts})</source>
        <translation>recibió {received} ({received_gifts}), regaló {gave} ({gave_gifts})</translation>
    </message>
    <message numerus="yes">
        <source>%Ln gift(s)</source>
        <translation>
            <numerusform>%Ln regalo</numerusform>
            <numerusform>%Ln regalos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>Gift</source>
        <translation>Regalo</translation>
    </message>
    <message>
        <source>Price (share)</source>
        <translation>Precio (parte)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Who else</source>
        <translation>Quién más</translation>
    </message>
    <message numerus="yes">
        <source>%Ln gift(s)</source>
        <translation>
            <numerusform>%Ln regalo</numerusform>
            <numerusform>%Ln regalos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportCancelled</name>
    <message>
        <source>The import was cancelled; nothing was added.</source>
        <translation>Se canceló la importación; no se ha añadido nada.</translation>
    </message>
</context>
<context>
    <name>KeyboardShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menú</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Comando</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>These keys work anywhere in the main window.</source>
        <translation>Estas teclas funcionan en toda la ventana principal.</translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <source>giftdesk does not speak “{code}”; choose one of: {choices}.</source>
        <translation>giftdesk no habla «{code}»; elige uno de estos idiomas: {choices}.</translation>
    </message>
</context>
<context>
    <name>Lists</name>
    <message>
        <source>“{name}”</source>
        <translation>«{name}»</translation>
    </message>
    <message>
        <source>{names} and {last}</source>
        <translation>{names} y {last}</translation>
    </message>
</context>
<context>
    <name>LiveUpdates</name>
    <message>
        <source>Reconnecting to {host}…</source>
        <translation>Reconectando con {host}…</translation>
    </message>
</context>
<context>
    <name>LockOwner</name>
    <message>
        <source>on the computer “{hostname}”</source>
        <translation>en el ordenador «{hostname}»</translation>
    </message>
    <message>
        <source>(process {pid})</source>
        <translation>(proceso {pid})</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;About giftdesk</source>
        <translation>&amp;Acerca de giftdesk</translation>
    </message>
    <message>
        <source>price</source>
        <translation>precio</translation>
    </message>
    <message>
        <source>sale price</source>
        <translation>precio de oferta</translation>
    </message>
    <message>
        <source>Delete {name}? No gifts or budgets belong to it.</source>
        <translation>¿Eliminar {name}? No tiene regalos ni presupuestos.</translation>
    </message>
    <message numerus="yes">
        <source>leaves its %Ln gift(s) with no occasion</source>
        <translation>
            <numerusform>deja su regalo sin ocasión</numerusform>
            <numerusform>deja sus %Ln regalos sin ocasión</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>deletes %Ln person budget(s) set for it</source>
        <translation>
            <numerusform>elimina el presupuesto personal fijado para ella</numerusform>
            <numerusform>elimina los %Ln presupuestos personales fijados para ella</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleting {name} {leaves} and {deletes}. You can undo this.</source>
        <translation>Eliminar {name} {leaves} y {deletes}. Se puede deshacer.</translation>
    </message>
    <message>
        <source>Deleting {name} {does}. You can undo this.</source>
        <translation>Eliminar {name} {does}. Se puede deshacer.</translation>
    </message>
    <message>
        <source>Gifts</source>
        <translation>Regalos</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Occasions</source>
        <translation>Ocasiones</translation>
    </message>
    <message>
        <source>Opening your gift list…</source>
        <translation>Abriendo tu lista de regalos…</translation>
    </message>
    <message>
        <source>Show the gifts of one occasion</source>
        <translation>Mostrar los regalos de una ocasión</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Connect to a &amp;shared database…</source>
        <translation>Conectar a una base de datos &amp;compartida…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Abrir &amp;recientes</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Gifts</source>
        <translation>&amp;Regalos</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;Personas</translation>
    </message>
    <message>
        <source>&amp;Occasions</source>
        <translation>&amp;Ocasiones</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <source>no file is open yet</source>
        <translation>aún no hay ningún archivo abierto</translation>
    </message>
    <message>
        <source>Search…  (Ctrl+F)</source>
        <translation>Buscar…  (Ctrl+F)</translation>
    </message>
    <message>
        <source>All occasions</source>
        <translation>Todas las ocasiones</translation>
    </message>
    <message>
        <source>No occasion</source>
        <translation>Sin ocasión</translation>
    </message>
    <message>
        <source>Search gifts, people, stores…  (Ctrl+F)</source>
        <translation>Buscar regalos, personas, tiendas…  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search people…  (Ctrl+F)</source>
        <translation>Buscar personas…  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search occasions…  (Ctrl+F)</source>
        <translation>Buscar ocasiones…  (Ctrl+F)</translation>
    </message>
    <message numerus="yes">
        <source>Loading %Ln gift(s)…</source>
        <translation>
            <numerusform>Cargando %Ln regalo…</numerusform>
            <numerusform>Cargando %Ln regalos…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln gift(s) selected · {amount}</source>
        <translation>
            <numerusform>%Ln regalo seleccionado · {amount}</numerusform>
            <numerusform>%Ln regalos seleccionados · {amount}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing {shown} of %Ln gift(s)</source>
        <translation>
            <numerusform>Se muestran {shown} de %Ln regalo</numerusform>
            <numerusform>Se muestran {shown} de %Ln regalos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln gift(s)</source>
        <translation>
            <numerusform>%Ln regalo</numerusform>
            <numerusform>%Ln regalos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s)</source>
        <translation>
            <numerusform>%Ln persona</numerusform>
            <numerusform>%Ln personas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing {shown} of %Ln person(s)</source>
        <translation>
            <numerusform>Se muestran {shown} de %Ln persona</numerusform>
            <numerusform>Se muestran {shown} de %Ln personas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln occasion(s)</source>
        <translation>
            <numerusform>%Ln ocasión</numerusform>
            <numerusform>%Ln ocasiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing {shown} of %Ln occasion(s)</source>
        <translation>
            <numerusform>Se muestran {shown} de %Ln ocasión</numerusform>
            <numerusform>Se muestran {shown} de %Ln ocasiones</numerusform>
        </translation>
    </message>
    <message>
        <source>No gifts yet. Add one with “New gift…” (Ctrl+N).</source>
        <translation>Aún no hay regalos. Añade uno con «Nuevo regalo…» (Ctrl+N).</translation>
    </message>
    <message>
        <source>No gifts yet. Add the people you give gifts to first (People → New person…).</source>
        <translation>Aún no hay regalos. Añade primero a las personas a las que regalas (Personas → Nueva persona…).</translation>
    </message>
    <message>
        <source>No gifts match “{search}”. Clear the search box to see everything.</source>
        <translation>Ningún regalo coincide con «{search}». Vacía la búsqueda para verlo todo.</translation>
    </message>
    <message>
        <source>No gifts match this occasion. Choose “All occasions” to see everything.</source>
        <translation>Ningún regalo en esta ocasión. Elige «Todas las ocasiones» para verlo todo.</translation>
    </message>
    <message>
        <source>No people yet. Add someone with “New person…”.</source>
        <translation>Aún no hay personas. Añade a alguien con «Nueva persona…».</translation>
    </message>
    <message>
        <source>Nobody matches “{search}”. Clear the search box to see everything.</source>
        <translation>Nadie coincide con «{search}». Vacía la búsqueda para verlo todo.</translation>
    </message>
    <message>
        <source>Nobody matches this occasion. Choose “All occasions” to see everything.</source>
        <translation>Nadie coincide con esta ocasión. Elige «Todas las ocasiones» para verlo todo.</translation>
    </message>
    <message>
        <source>No occasions yet. Add one with “New occasion…” (Christmas, a birthday…).</source>
        <translation>Aún no hay ocasiones. Añade una con «Nueva ocasión…» (Navidad, un cumpleaños…).</translation>
    </message>
    <message>
        <source>No occasions match “{search}”. Clear the search box to see everything.</source>
        <translation>Ninguna ocasión coincide con «{search}». Vacía la búsqueda para verlo todo.</translation>
    </message>
    <message>
        <source>No occasions match this occasion. Choose “All occasions” to see everything.</source>
        <translation>Ninguna ocasión coincide. Elige «Todas las ocasiones» para verlo todo.</translation>
    </message>
    <message>
        <source>No gifts for this occasion yet. Add one with “New gift…”, or choose “All occasions”.</source>
        <translation>Aún no hay regalos para esta ocasión. Añade uno con «Nuevo regalo…» o elige «Todas las ocasiones».</translation>
    </message>
    <message>
        <source>giftdesk</source>
        <translation>giftdesk</translation>
    </message>
    <message>
        <source>{file} (read-only) — giftdesk</source>
        <translation>{file} (solo lectura) — giftdesk</translation>
    </message>
    <message>
        <source>{file} — giftdesk</source>
        <translation>{file} — giftdesk</translation>
    </message>
    <message>
        <source>Add {name}</source>
        <translation>Añadir {name}</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>Editar {name}</translation>
    </message>
    <message>
        <source>Add {count} × {name}</source>
        <translation>Añadir {count} × {name}</translation>
    </message>
    <message>
        <source>Change {field} of {gift}</source>
        <translation>Cambiar {field} de {gift}</translation>
    </message>
    <message>
        <source>“{value}” is not a valid {field}.</source>
        <translation>«{value}» no es un valor válido para {field}.</translation>
    </message>
    <message>
        <source>this gift</source>
        <translation>este regalo</translation>
    </message>
    <message>
        <source>Delete the gift “{name}”? You can undo this.</source>
        <translation>¿Eliminar el regalo «{name}»? Se puede deshacer.</translation>
    </message>
    <message>
        <source>Delete gift</source>
        <translation>Eliminar regalo</translation>
    </message>
    <message numerus="yes">
        <source>Delete the %Ln selected gift(s)? You can undo this.</source>
        <translation>
            <numerusform>¿Eliminar el regalo seleccionado? Se puede deshacer.</numerusform>
            <numerusform>¿Eliminar los %Ln regalos seleccionados? Se puede deshacer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln gift(s)</source>
        <translation>
            <numerusform>Eliminar %Ln regalo</numerusform>
            <numerusform>Eliminar %Ln regalos</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete {name}</source>
        <translation>Eliminar {name}</translation>
    </message>
    <message>
        <source>The example family can only be loaded into an empty file; use File → New database… first.</source>
        <translation>La familia de ejemplo solo se puede cargar en un archivo vacío; usa primero Archivo → Nueva base de datos….</translation>
    </message>
    <message>
        <source>Load example family</source>
        <translation>Cargar la familia de ejemplo</translation>
    </message>
    <message>
        <source>Example family loaded. Edit → Undo removes it again.</source>
        <translation>Familia de ejemplo cargada. Editar → Deshacer la quita.</translation>
    </message>
    <message>
        <source>Edit → Undo removes them again.</source>
        <translation>Editar → Deshacer los quita.</translation>
    </message>
    <message>
        <source>{name} could not be written: {reason}.</source>
        <translation>No se pudo escribir {name}: {reason}.</translation>
    </message>
</context>
<context>
    <name>Members</name>
    <message>
        <source>1 gift for you is hidden from you</source>
        <translation>1 regalo para usted está oculto para usted</translation>
    </message>
    <message>
        <source>{count} gifts for you are hidden from you</source>
        <translation>{count} regalos para usted están ocultos para usted</translation>
    </message>
    <message>
        <source>Only the organiser of this family can import into it; you are connected as {login}, a family member. Nothing was changed.</source>
        <translation>Solo quien organiza esta familia puede importar en ella; está conectado como {login}, un miembro de la familia. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Family members need a shared database: a file on this computer has no logins, so move the family to a PostgreSQL server and open it with --db postgresql://… first.</source>
        <translation>Los miembros de la familia necesitan una base de datos compartida: un archivo en este ordenador no tiene inicios de sesión. Lleve primero la familia a un servidor PostgreSQL y ábrala con --db postgresql://…</translation>
    </message>
    <message>
        <source>Only the organiser of this family ({organiser}) can add or remove members; nothing was changed.</source>
        <translation>Solo quien organiza esta familia ({organiser}) puede añadir o quitar miembros; no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>The server did not allow this ({reason}); nothing was changed. The organiser&apos;s login must own the family&apos;s tables and may need CREATEROLE.</source>
        <translation>El servidor no lo ha permitido ({reason}); no se ha cambiado nada. El inicio de sesión de quien organiza debe ser dueño de las tablas de la familia y puede necesitar CREATEROLE.</translation>
    </message>
    <message>
        <source>“{name}” cannot be a member&apos;s login: use small letters, digits and _, starting with a letter (at most 63).</source>
        <translation>«{name}» no puede ser el inicio de sesión de un miembro: use minúsculas, cifras y _, empezando por una letra (63 como máximo).</translation>
    </message>
    <message>
        <source>There is no person named “{person}” in this family; add them under People first. Nothing was changed.</source>
        <translation>No hay ninguna persona llamada «{person}» en esta familia; añádala primero en Personas. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>The login “{name}” is already taken on this server; choose another name. Nothing was changed.</source>
        <translation>El inicio de sesión «{name}» ya existe en este servidor; elija otro nombre. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>{person} is already a member (login “{login}”); nothing was changed.</source>
        <translation>{person} ya es miembro (inicio de sesión «{login}»); no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>A member&apos;s password may hold letters, digits, - and _ only.</source>
        <translation>La contraseña de un miembro solo puede contener letras, cifras, - y _.</translation>
    </message>
    <message>
        <source>Your login may not create logins on this server; a server administrator can allow it with ALTER ROLE {login} CREATEROLE. Nothing was changed.</source>
        <translation>Su inicio de sesión no puede crear inicios de sesión en este servidor; un administrador del servidor puede permitirlo con ALTER ROLE {login} CREATEROLE. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>“{name}” is not a member of this family; nothing was changed.</source>
        <translation>«{name}» no es miembro de esta familia; no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>{hidden} These figures leave them out.</source>
        <translation>{hidden} Estas cifras los dejan fuera.</translation>
    </message>
</context>
<context>
    <name>MembersDialog</name>
    <message>
        <source>Family &amp;members…</source>
        <translation>&amp;Miembros de la familia…</translation>
    </message>
    <message>
        <source>Let family members in, each unable to see the gifts for them</source>
        <translation>Dejar entrar a los miembros de la familia, cada uno sin ver los regalos para él</translation>
    </message>
    <message>
        <source>&amp;Hide gifts for…</source>
        <translation>&amp;Ocultar los regalos de…</translation>
    </message>
    <message>
        <source>Keep one person&apos;s gifts out of this window (not protection)</source>
        <translation>Ocultar los regalos de una persona en esta ventana (no es protección)</translation>
    </message>
    <message>
        <source>Family members</source>
        <translation>Miembros de la familia</translation>
    </message>
    <message>
        <source>Each family member connects as themselves. The database hides from them every gift they are to receive, with its links and their own budgets, whatever program they use.</source>
        <translation>Cada miembro de la familia se conecta con su propio nombre. La base de datos le oculta cada regalo que va a recibir, con sus vínculos y sus propios presupuestos, use el programa que use.</translation>
    </message>
    <message>
        <source>&amp;Add member</source>
        <translation>&amp;Añadir miembro</translation>
    </message>
    <message>
        <source>&amp;Remove member</source>
        <translation>&amp;Quitar miembro</translation>
    </message>
    <message>
        <source>&amp;Copy address</source>
        <translation>&amp;Copiar dirección</translation>
    </message>
    <message>
        <source>&amp;Login name:</source>
        <translation>&amp;Nombre de inicio de sesión:</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Persona:</translation>
    </message>
    <message>
        <source>{person} can now connect as {login}. Give them this address; it holds their password and is not shown again.</source>
        <translation>{person} ya puede conectarse como {login}. Dele esta dirección; contiene su contraseña y no se volverá a mostrar.</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>Quitar miembro</translation>
    </message>
    <message>
        <source>Remove the login {login}? They can no longer connect; their person and gifts stay.</source>
        <translation>¿Quitar el inicio de sesión {login}? Ya no podrá conectarse; la persona y sus regalos se quedan.</translation>
    </message>
    <message>
        <source>{login} can no longer connect; {person} and their gifts stay.</source>
        <translation>{login} ya no puede conectarse; {person} y sus regalos se quedan.</translation>
    </message>
    <message>
        <source>Hide gifts for…</source>
        <translation>Ocultar los regalos de…</translation>
    </message>
    <message>
        <source>Nobody (show every gift)</source>
        <translation>Nadie (mostrar todos los regalos)</translation>
    </message>
    <message>
        <source>This only hides their gifts in this window, on this computer. It is not protection: anyone who opens the file, here or with another program, still sees every gift. To keep surprises safe, put the family on a shared database and let each person in as a family member.</source>
        <translation>Esto solo oculta sus regalos en esta ventana, en este ordenador. No es protección: quien abra el archivo, aquí o con otro programa, sigue viendo todos los regalos. Para proteger las sorpresas, lleve la familia a una base de datos compartida y deje entrar a cada persona como miembro de la familia.</translation>
    </message>
    <message>
        <source>&amp;Hide the gifts for:</source>
        <translation>&amp;Ocultar los regalos de:</translation>
    </message>
    <message>
        <source>Their gifts are hidden in this window only; anyone who opens the file still sees them.</source>
        <translation>Sus regalos solo están ocultos en esta ventana; quien abra el archivo los sigue viendo.</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>{label} must be an amount like 12.50.</source>
        <translation>{label} debe ser un importe como 12,50.</translation>
    </message>
    <message>
        <source>{label} cannot be negative.</source>
        <translation>{label} no puede ser negativo.</translation>
    </message>
    <message>
        <source>{label} “{value}” is not an amount; write it like 12.50.</source>
        <translation>{label} «{value}» no es un importe; escríbelo como 12,50.</translation>
    </message>
    <message>
        <source>{label} “{value}” is not an amount.</source>
        <translation>{label} «{value}» no es un importe.</translation>
    </message>
    <message>
        <source>{label} can have at most two decimals.</source>
        <translation>{label} puede tener como máximo dos decimales.</translation>
    </message>
    <message>
        <source>{label} must be a whole number of cents.</source>
        <translation>{label} debe ser un número entero de céntimos.</translation>
    </message>
    <message>
        <source>{label} must be less than 10,000,000.00.</source>
        <translation>{label} debe ser inferior a 10.000.000,00.</translation>
    </message>
    <message>
        <source>{label} “{shown}” is not an amount; write it like {example}.</source>
        <translation>{label} «{shown}» no es un importe; escríbelo como {example}.</translation>
    </message>
    <message>
        <source>{big} or {small}? Write {digits} or {small}.</source>
        <translation>¿{big} o {small}? Escribe {digits} o {small}.</translation>
    </message>
    <message>
        <source>{big}? Write {digits}, or use at most two decimals.</source>
        <translation>¿{big}? Escribe {digits} o usa como máximo dos decimales.</translation>
    </message>
    <message>
        <source>{label} “{shown}” is unclear: {question}</source>
        <translation>{label} «{shown}» no está claro: {question}</translation>
    </message>
</context>
<context>
    <name>MoneyDelegate</name>
    <message>
        <source>no price</source>
        <translation>sin precio</translation>
    </message>
</context>
<context>
    <name>OccasionChooserDialog</name>
    <message numerus="yes">
        <source>Move %Ln gift(s) to an occasion</source>
        <translation>
            <numerusform>Mover %Ln regalo a una ocasión</numerusform>
            <numerusform>Mover %Ln regalos a una ocasión</numerusform>
        </translation>
    </message>
    <message>
        <source>Which occasion is this gift for?</source>
        <translation>¿Para qué ocasión es este regalo?</translation>
    </message>
    <message>
        <source>Which occasion are these gifts for?</source>
        <translation>¿Para qué ocasión son estos regalos?</translation>
    </message>
    <message>
        <source>No occasion</source>
        <translation>Sin ocasión</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>&amp;Mover</translation>
    </message>
</context>
<context>
    <name>OccasionDialog</name>
    <message>
        <source>Edit occasion</source>
        <translation>Editar ocasión</translation>
    </message>
    <message>
        <source>New occasion</source>
        <translation>Nueva ocasión</translation>
    </message>
    <message>
        <source>e.g. Christmas 2026</source>
        <translation>p. ej. Navidad 2026</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>no budget</source>
        <translation>sin presupuesto</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>&amp;Budget:</source>
        <translation>&amp;Presupuesto:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>Nota&amp;s:</translation>
    </message>
</context>
<context>
    <name>Occasions</name>
    <message>
        <source>This occasion no longer exists (deleted meanwhile).</source>
        <translation>Esta ocasión ya no existe (se eliminó entretanto).</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Sin fecha</translation>
    </message>
    <message>
        <source>{empty_text} (type e.g. {example})</source>
        <translation>{empty_text}, p. ej. {example}</translation>
    </message>
    <message>
        <source>Type a date like {example} or 2026-12-24, or pick one from the calendar (Alt+Down). Leave empty for no date.</source>
        <translation>Escribe una fecha como {example} o 2026-12-24, o elígela en el calendario (Alt+Abajo). Déjalo vacío para no poner fecha.</translation>
    </message>
    <message>
        <source>Pick the date from a calendar (Alt+Down)</source>
        <translation>Elegir la fecha en un calendario (Alt+Abajo)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Leave the date empty</source>
        <translation>Dejar la fecha vacía</translation>
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <source>This person no longer exists (deleted meanwhile).</source>
        <translation>Esta persona ya no existe (se eliminó entretanto).</translation>
    </message>
</context>
<context>
    <name>Person</name>
    <message>
        <source>Same name</source>
        <translation>Mismo nombre</translation>
    </message>
    <message>
        <source>There is already {listed}. Add another person named {name}?</source>
        <translation>Ya existe {listed}. ¿Añadir otra persona llamada {name}?</translation>
    </message>
    <message>
        <source>A relationship (Mother, cousin…) tells them apart in every list; without one they are numbered.</source>
        <translation>Un parentesco (madre, primo…) los distingue en cada lista; sin él, se numeran.</translation>
    </message>
    <message>
        <source>Add another {name}</source>
        <translation>Añadir otro {name}</translation>
    </message>
</context>
<context>
    <name>PersonBudgetDialog</name>
    <message>
        <source>Set a budget</source>
        <translation>Fijar un presupuesto</translation>
    </message>
    <message>
        <source>A person&apos;s budgets for &lt;b&gt;{occasion}&lt;/b&gt;.</source>
        <translation>Los presupuestos de una persona para &lt;b&gt;{occasion}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>no budget</source>
        <translation>sin presupuesto</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Persona:</translation>
    </message>
    <message>
        <source>Budget for &amp;gifts to them:</source>
        <translation>Presupuesto para sus &amp;regalos:</translation>
    </message>
    <message>
        <source>Budget to &amp;spend on gifts:</source>
        <translation>Presupuesto para &amp;gastar en regalos:</translation>
    </message>
    <message>
        <source>Leave a budget empty for no budget.</source>
        <translation>Deja un presupuesto vacío para no fijar ninguno.</translation>
    </message>
    <message>
        <source>Set budget</source>
        <translation>Fijar presupuesto</translation>
    </message>
    <message>
        <source>budget for gifts to them</source>
        <translation>presupuesto para sus regalos</translation>
    </message>
    <message>
        <source>budget to spend</source>
        <translation>presupuesto para gastar</translation>
    </message>
</context>
<context>
    <name>PersonDeletion</name>
    <message>
        <source>“{name}”</source>
        <translation>«{name}»</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more</source>
        <translation>
            <numerusform>%Ln más</numerusform>
            <numerusform>%Ln más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>receives %Ln gift(s)</source>
        <translation>
            <numerusform>recibe %Ln regalo</numerusform>
            <numerusform>recibe %Ln regalos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>buys %Ln</source>
        <translation>
            <numerusform>compra %Ln</numerusform>
            <numerusform>compra %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>buys %Ln gift(s)</source>
        <translation>
            <numerusform>compra %Ln regalo</numerusform>
            <numerusform>compra %Ln regalos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>chips in to %Ln</source>
        <translation>
            <numerusform>colabora en %Ln</numerusform>
            <numerusform>colabora en %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>chips in to %Ln gift(s)</source>
        <translation>
            <numerusform>colabora en %Ln regalo</numerusform>
            <numerusform>colabora en %Ln regalos</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete {name}? They are not part of any gift or budget yet.</source>
        <translation>¿Eliminar a {name}? Aún no forma parte de ningún regalo ni presupuesto.</translation>
    </message>
    <message>
        <source>{name} {parts}.</source>
        <translation>{name} {parts}.</translation>
    </message>
    <message>
        <source>{gifts} will have no recipient left (it is for {name} alone).</source>
        <translation>{gifts} se quedará sin destinatario (es solo para {name}).</translation>
    </message>
    <message>
        <source>{gifts} will have no recipient left (they are for {name} alone).</source>
        <translation>{gifts} se quedarán sin destinatario (son solo para {name}).</translation>
    </message>
    <message numerus="yes">
        <source>The %Ln gifts {name} buys will have no purchaser.</source>
        <translation>
            <numerusform>El regalo que compra {name} se quedará sin comprador.</numerusform>
            <numerusform>Los %Ln regalos que compra {name} se quedarán sin comprador.</numerusform>
        </translation>
    </message>
    <message>
        <source>The gift {name} buys will have no purchaser.</source>
        <translation>El regalo que compra {name} se quedará sin comprador.</translation>
    </message>
    <message>
        <source>The shares of {people} rise, as {name} no longer shares the cost.</source>
        <translation>Las partes de {people} suben, porque {name} ya no comparte el coste.</translation>
    </message>
    <message>
        <source>That takes {person} over their budget for gifts to them in {occasion}.</source>
        <translation>Eso hace que {person} supere su presupuesto para sus regalos en {occasion}.</translation>
    </message>
    <message>
        <source>That takes {person} over their budget for what they buy in {occasion}.</source>
        <translation>Eso hace que {person} supere su presupuesto de compras en {occasion}.</translation>
    </message>
    <message numerus="yes">
        <source>Their %Ln budget(s) will be deleted.</source>
        <translation>
            <numerusform>Se eliminará su presupuesto.</numerusform>
            <numerusform>Se eliminarán sus %Ln presupuestos.</numerusform>
        </translation>
    </message>
    <message>
        <source>You can undo this.</source>
        <translation>Se puede deshacer.</translation>
    </message>
    <message>
        <source>Delete {name}?

{details}</source>
        <translation>¿Eliminar a {name}?

{details}</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Edit person</source>
        <translation>Editar persona</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Nueva persona</translation>
    </message>
    <message>
        <source>e.g. Grandma Rosa</source>
        <translation>p. ej. la abuela Rosa</translation>
    </message>
    <message>
        <source>e.g. Grandmother, colleague</source>
        <translation>p. ej. abuela, compañera</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Cumpleaños</translation>
    </message>
    <message>
        <source>gardening, jazz, puzzles…</source>
        <translation>jardinería, jazz, puzles…</translation>
    </message>
    <message>
        <source>shirt M, shoes 39…</source>
        <translation>camisa M, zapatos 39…</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Relationship:</source>
        <translation>&amp;Parentesco:</translation>
    </message>
    <message>
        <source>&amp;Birthday:</source>
        <translation>&amp;Cumpleaños:</translation>
    </message>
    <message>
        <source>&amp;Interests:</source>
        <translation>&amp;Intereses:</translation>
    </message>
    <message>
        <source>&amp;Sizes:</source>
        <translation>&amp;Tallas:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>Nota&amp;s:</translation>
    </message>
</context>
<context>
    <name>PersonHistoryView</name>
    <message>
        <source>Choose a person above to see the gifts they received and gave.</source>
        <translation>Elige una persona arriba para ver los regalos que recibió y dio.</translation>
    </message>
    <message>
        <source>Gift history</source>
        <translation>Historial de regalos</translation>
    </message>
    <message>
        <source>Gift history of {name}</source>
        <translation>Historial de regalos de {name}</translation>
    </message>
    <message>
        <source>{name} has no gift history yet: no gift for them, none bought or shared by them.</source>
        <translation>{name} aún no tiene historial: ningún regalo para esa persona ni comprado o compartido por ella.</translation>
    </message>
    <message>
        <source>No occasion</source>
        <translation>Sin ocasión</translation>
    </message>
    <message>
        <source>Undated</source>
        <translation>Sin fecha</translation>
    </message>
    <message>
        <source>received {amount} in {gifts}</source>
        <translation>recibió {amount} en {gifts}</translation>
    </message>
    <message>
        <source>gave {amount} in {gifts}</source>
        <translation>regaló {amount} en {gifts}</translation>
    </message>
    <message>
        <source>Totals per year</source>
        <translation>Totales por año</translation>
    </message>
    <message>
        <source>(their share of planned gifts, ideas not counted)</source>
        <translation>(su parte de los regalos previstos, sin contar ideas)</translation>
    </message>
    <message>
        <source>Only ideas so far: nothing is counted yet.</source>
        <translation>Por ahora solo ideas: aún no se cuenta nada.</translation>
    </message>
    <message>
        <source>received</source>
        <translation>recibido</translation>
    </message>
    <message>
        <source>from {names}</source>
        <translation>de {names}</translation>
    </message>
    <message>
        <source>no buyer yet</source>
        <translation>aún sin comprador</translation>
    </message>
    <message>
        <source>with {names}</source>
        <translation>con {names}</translation>
    </message>
    <message>
        <source>gave</source>
        <translation>regaló</translation>
    </message>
    <message>
        <source>for {names}</source>
        <translation>para {names}</translation>
    </message>
    <message>
        <source>for nobody yet</source>
        <translation>aún para nadie</translation>
    </message>
    <message>
        <source>The gift&apos;s cost (their share in brackets)</source>
        <translation>El coste del regalo (su parte entre paréntesis)</translation>
    </message>
</context>
<context>
    <name>PickerModel</name>
    <message>
        <source>{line} (over budget in {occasions})</source>
        <translation>{line} (por encima del presupuesto en {occasions})</translation>
    </message>
    <message>
        <source>No purchaser (clear the purchaser)</source>
        <translation>Sin comprador (quitar el comprador)</translation>
    </message>
    <message>
        <source>gets {which} themselves</source>
        <translation>recibe {which}</translation>
    </message>
    <message>
        <source>buying {amount} of {budget}</source>
        <translation>compra {amount} de {budget}</translation>
    </message>
    <message>
        <source>receiving {amount} of {budget}</source>
        <translation>recibe {amount} de {budget}</translation>
    </message>
    <message>
        <source>buying {amount}, no budget set</source>
        <translation>compra {amount}, sin presupuesto</translation>
    </message>
    <message>
        <source>receiving {amount}, no budget set</source>
        <translation>recibe {amount}, sin presupuesto</translation>
    </message>
    <message>
        <source>buying nothing yet</source>
        <translation>aún no compra nada</translation>
    </message>
    <message>
        <source>receiving nothing yet</source>
        <translation>aún no recibe nada</translation>
    </message>
    <message>
        <source>over budget by {amount}</source>
        <translation>{amount} por encima del presupuesto</translation>
    </message>
    <message>
        <source>over budget</source>
        <translation>por encima del presupuesto</translation>
    </message>
</context>
<context>
    <name>Planner</name>
    <message>
        <source>There is no occasion to plan again yet; add one first.</source>
        <translation>Aún no hay ninguna ocasión que volver a planificar; añade una primero.</translation>
    </message>
    <message>
        <source>Plan again as {name}</source>
        <translation>Volver a planificar como {name}</translation>
    </message>
    <message>
        <source>Coming up</source>
        <translation>Próximamente</translation>
    </message>
    <message>
        <source>Import a gift spreadsheet</source>
        <translation>Importar una hoja de cálculo de regalos</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv);;All files (*)</source>
        <translation>Hojas de cálculo (*.xlsx *.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Import {name}</source>
        <translation>Importar {name}</translation>
    </message>
</context>
<context>
    <name>PurchaserField</name>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Choose who buys this gift (Ctrl+Shift+P in the gift table)</source>
        <translation>Elegir quién compra este regalo (Ctrl+Mayús+P en la tabla de regalos)</translation>
    </message>
    <message>
        <source>No purchaser yet</source>
        <translation>Aún sin comprador</translation>
    </message>
    <message>
        <source>&lt;i&gt;{text}&lt;/i&gt;</source>
        <translation>&lt;i&gt;{text}&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Choose purchaser (now: {text})</source>
        <translation>Elegir comprador (ahora: {text})</translation>
    </message>
</context>
<context>
    <name>PurchaserPicker</name>
    <message>
        <source>No purchaser</source>
        <translation>Sin comprador</translation>
    </message>
    <message>
        <source>Who buys “{gift}”?</source>
        <translation>¿Quién compra «{gift}»?</translation>
    </message>
    <message>
        <source>Who else receives “{gift}”?</source>
        <translation>¿Quién más recibe «{gift}»?</translation>
    </message>
    <message>
        <source>Who no longer receives “{gift}”?</source>
        <translation>¿Quién deja de recibir «{gift}»?</translation>
    </message>
    <message numerus="yes">
        <source>Who buys these %Ln gift(s)?</source>
        <translation>
            <numerusform>¿Quién compra este regalo?</numerusform>
            <numerusform>¿Quién compra estos %Ln regalos?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Who else receives these %Ln gift(s)?</source>
        <translation>
            <numerusform>¿Quién más recibe este regalo?</numerusform>
            <numerusform>¿Quién más recibe estos %Ln regalos?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Who no longer receives these %Ln gift(s)?</source>
        <translation>
            <numerusform>¿Quién deja de recibir este regalo?</numerusform>
            <numerusform>¿Quién deja de recibir estos %Ln regalos?</numerusform>
        </translation>
    </message>
    <message>
        <source>this gift</source>
        <translation>este regalo</translation>
    </message>
    <message numerus="yes">
        <source>all %Ln of these gifts</source>
        <translation>
            <numerusform>este regalo</numerusform>
            <numerusform>los %Ln regalos</numerusform>
        </translation>
    </message>
    <message>
        <source>{receives} of these {count} gifts</source>
        <translation>{receives} de estos {count} regalos</translation>
    </message>
    <message>
        <source>{name} gets {which} themselves.</source>
        <translation>{name} recibe {which}.</translation>
    </message>
    <message>
        <source>Assign purchaser for “{gift}”</source>
        <translation>Asignar comprador a «{gift}»</translation>
    </message>
    <message>
        <source>Add recipient to “{gift}”</source>
        <translation>Añadir destinatario a «{gift}»</translation>
    </message>
    <message>
        <source>Remove recipient from “{gift}”</source>
        <translation>Quitar destinatario de «{gift}»</translation>
    </message>
    <message numerus="yes">
        <source>Assign purchaser for %Ln gift(s)</source>
        <translation>
            <numerusform>Asignar comprador a %Ln regalo</numerusform>
            <numerusform>Asignar comprador a %Ln regalos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add recipient to %Ln gift(s)</source>
        <translation>
            <numerusform>Añadir destinatario a %Ln regalo</numerusform>
            <numerusform>Añadir destinatario a %Ln regalos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove recipient from %Ln gift(s)</source>
        <translation>
            <numerusform>Quitar destinatario de %Ln regalo</numerusform>
            <numerusform>Quitar destinatario de %Ln regalos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PurchaserPickerDialog</name>
    <message>
        <source>Type a name or relationship…</source>
        <translation>Escribe un nombre o parentesco…</translation>
    </message>
    <message>
        <source>Filter people</source>
        <translation>Filtrar personas</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>&amp;New person…</source>
        <translation>&amp;Nueva persona…</translation>
    </message>
    <message>
        <source>Add a person without leaving this dialog</source>
        <translation>Añadir una persona sin salir de este diálogo</translation>
    </message>
    <message>
        <source>&amp;Assign</source>
        <translation>&amp;Asignar</translation>
    </message>
    <message>
        <source>&amp;Add recipient</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>&amp;Remove recipient</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>No one matches “{text}”.</source>
        <translation>Nadie coincide con «{text}».</translation>
    </message>
    <message>
        <source>No one matches “{text}”. Use New person… to add them.</source>
        <translation>Nadie coincide con «{text}». Usa «Nueva persona…» para añadirla.</translation>
    </message>
    <message>
        <source>e.g. Aunt Helga</source>
        <translation>p. ej. la tía Elena</translation>
    </message>
    <message>
        <source>New person&apos;s name</source>
        <translation>Nombre de la nueva persona</translation>
    </message>
    <message>
        <source>e.g. Aunt (optional)</source>
        <translation>p. ej. tía (opcional)</translation>
    </message>
    <message>
        <source>Add &amp;person</source>
        <translation>Añadir &amp;persona</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Re&amp;lationship:</source>
        <translation>Pa&amp;rentesco:</translation>
    </message>
    <message>
        <source>&lt;b&gt;New person&lt;/b&gt;</source>
        <translation>&lt;b&gt;Nueva persona&lt;/b&gt;</translation>
    </message>
    <message>
        <source>There is already someone called “{name}”; press Add person again to add another.</source>
        <translation>Ya hay alguien llamado «{name}»; pulsa otra vez «Añadir persona» para añadir otra.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Budget summary</source>
        <translation>Resumen del presupuesto</translation>
    </message>
    <message>
        <source>(no occasion)</source>
        <translation>(sin ocasión)</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>Festividad</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Cumpleaños</translation>
    </message>
    <message>
        <source>Anniversary</source>
        <translation>Aniversario</translation>
    </message>
    <message>
        <source>Occasion</source>
        <translation>Ocasión</translation>
    </message>
    <message>
        <source>to buy</source>
        <translation>por comprar</translation>
    </message>
    <message>
        <source>bought</source>
        <translation>comprado</translation>
    </message>
    <message>
        <source>received</source>
        <translation>recibido</translation>
    </message>
    <message>
        <source>There is nothing to sum up yet: add an occasion and some gifts, then print again.</source>
        <translation>Aún no hay nada que resumir: añade una ocasión y algunos regalos y vuelve a imprimir.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln gift(s)</source>
        <translation>
            <numerusform>%Ln regalo</numerusform>
            <numerusform>%Ln regalos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln occasion(s)</source>
        <translation>
            <numerusform>%Ln ocasión</numerusform>
            <numerusform>%Ln ocasiones</numerusform>
        </translation>
    </message>
    <message>
        <source>gifts for them by {money}</source>
        <translation>en regalos para ellos por {money}</translation>
    </message>
    <message>
        <source>gifts they buy by {money}</source>
        <translation>en regalos que compran por {money}</translation>
    </message>
    <message>
        <source>Over budget: {first} and {second}.</source>
        <translation>Por encima del presupuesto: {first} y {second}.</translation>
    </message>
    <message>
        <source>Over budget: {what}.</source>
        <translation>Por encima del presupuesto: {what}.</translation>
    </message>
    <message>
        <source>One occasion</source>
        <translation>Una ocasión</translation>
    </message>
    <message>
        <source>{occasions} and gifts without one</source>
        <translation>{occasions} y regalos sin ocasión</translation>
    </message>
    <message>
        <source>{what} · made on {date}</source>
        <translation>{what} · hecho el {date}</translation>
    </message>
    <message>
        <source>Over budget: the planned gifts cost {money} more than the budget.</source>
        <translation>Por encima del presupuesto: los regalos previstos cuestan {money} más que el presupuesto.</translation>
    </message>
    <message>
        <source>No one has a budget or a gift here yet.</source>
        <translation>Aquí nadie tiene aún presupuesto ni regalo.</translation>
    </message>
    <message>
        <source>over by {money}</source>
        <translation>{money} de más</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Presupuesto</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Previsto</translation>
    </message>
    <message>
        <source>Bought</source>
        <translation>Comprado</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Queda</translation>
    </message>
    <message>
        <source>Ideas (not planned)</source>
        <translation>Ideas (no previstas)</translation>
    </message>
    <message>
        <source>Planned, no buyer yet</source>
        <translation>Previsto, sin comprador</translation>
    </message>
    <message>
        <source>Gifts without a price</source>
        <translation>Regalos sin precio</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Gifts for them</source>
        <translation>Regalos para ellos</translation>
    </message>
    <message>
        <source>Gifts they buy</source>
        <translation>Regalos que compran</translation>
    </message>
    <message>
        <source>Who buys what</source>
        <translation>Quién compra qué</translation>
    </message>
    <message>
        <source>Each buyer’s list of the gifts decided on, by occasion. ☐ still to buy, ☑ bought.</source>
        <translation>La lista de regalos decididos de cada comprador, por ocasión. ☐ por comprar, ☑ comprado.</translation>
    </message>
    <message>
        <source>No gift is decided on yet (there are only ideas).</source>
        <translation>Aún no se ha decidido ningún regalo (solo hay ideas).</translation>
    </message>
    <message>
        <source>No buyer yet</source>
        <translation>Aún sin comprador</translation>
    </message>
    <message>
        <source>{gifts} · still to buy {to_buy} · bought {bought}</source>
        <translation>{gifts} · por comprar {to_buy} · comprado {bought}</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>Regalo</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Tienda</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coste</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>buying {planned} of a {budget} budget</source>
        <translation>compra {planned} de un presupuesto de {budget}</translation>
    </message>
    <message>
        <source>shared with {names}</source>
        <translation>compartido con {names}</translation>
    </message>
    <message>
        <source>no price</source>
        <translation>sin precio</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>an occasion that no longer exists</source>
        <translation>una ocasión que ya no existe</translation>
    </message>
    <message>
        <source>The page could not be drawn (the printer or file refused it).</source>
        <translation>No se pudo dibujar la página (la impresora o el archivo la rechazó).</translation>
    </message>
    <message>
        <source>page {value} of {pages}</source>
        <translation>página {value} de {pages}</translation>
    </message>
    <message>
        <source>Writing a PDF needs Qt&apos;s graphical part, which is not running.</source>
        <translation>Para escribir un PDF hace falta la parte gráfica de Qt, que no está en marcha.</translation>
    </message>
    <message>
        <source>Cannot write the budget summary as “{fmt}”; use pdf or html.</source>
        <translation>No se puede escribir el resumen del presupuesto como «{fmt}»; usa pdf o html.</translation>
    </message>
    <message>
        <source>Cannot write the budget summary as “{fmt}”; use pdf, html or csv.</source>
        <translation>No se puede escribir el resumen del presupuesto como «{fmt}»; usa pdf, html o csv.</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Web page (*.html *.htm)</source>
        <translation>Página web (*.html *.htm)</translation>
    </message>
    <message>
        <source>Spreadsheet, CSV (*.csv)</source>
        <translation>Hoja de cálculo, CSV (*.csv)</translation>
    </message>
    <message>
        <source>Budget summary not saved</source>
        <translation>Resumen del presupuesto no guardado</translation>
    </message>
    <message>
        <source>Some names cannot be drawn</source>
        <translation>Algunos nombres no se pueden dibujar</translation>
    </message>
    <message>
        <source>{text}

Save the PDF anyway?</source>
        <translation>{text}

¿Guardar el PDF de todos modos?</translation>
    </message>
    <message>
        <source>Print preview: {title}</source>
        <translation>Vista previa de impresión: {title}</translation>
    </message>
    <message>
        <source>Export budget summary</source>
        <translation>Exportar el resumen del presupuesto</translation>
    </message>
    <message>
        <source>Budget summary saved to {target}</source>
        <translation>Resumen del presupuesto guardado en {target}</translation>
    </message>
</context>
<context>
    <name>RestoreBackup</name>
    <message>
        <source>{day}, {time} — {contents} (the file as it was before a restore)</source>
        <translation>{day}, {time} — {contents} (el archivo tal como estaba antes de una restauración)</translation>
    </message>
    <message>
        <source>{label} (older backup; may be another file’s)</source>
        <translation>{label} (copia antigua; puede ser de otro archivo)</translation>
    </message>
    <message>
        <source>Replace everything now in {name} ({current}) with the backup of {backup_label}?

This backup was made before giftdesk noted which file a backup copies: it may be a copy of another file named {name}. The file as it is now is kept among the backups first, so this can be undone by restoring it; the undo history of this session is cleared.</source>
        <translation>¿Reemplazar todo lo que hay ahora en {name} ({current}) por la copia de seguridad del {backup_label}?

Esta copia se hizo antes de que giftdesk anotara qué archivo copia cada copia: puede ser una copia de otro archivo llamado {name}. El archivo tal como está se guarda antes entre las copias, así que se puede deshacer restaurándolo; se borra el historial de deshacer de esta sesión.</translation>
    </message>
    <message>
        <source>Replace everything now in {name} ({current}) with the backup of {backup_label}?

The file as it is now is kept among the backups first, so this can be undone by restoring it; the undo history of this session is cleared.</source>
        <translation>¿Reemplazar todo lo que hay ahora en {name} ({current}) por la copia de seguridad del {backup_label}?

El archivo tal como está se guarda antes entre las copias, así que se puede deshacer restaurándolo; se borra el historial de deshacer de esta sesión.</translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurar desde una copia de seguridad</translation>
    </message>
    <message>
        <source>giftdesk keeps a copy of {name} from before the first change of each day, in {folder}. Choose the day to go back to:</source>
        <translation>giftdesk guarda en {folder} una copia de {name} de antes del primer cambio de cada día. Elige el día al que volver:</translation>
    </message>
    <message>
        <source>There are no backups of {name} yet. giftdesk makes one before the first change of each day, in {folder}.</source>
        <translation>Aún no hay copias de seguridad de {name}. giftdesk hace una antes del primer cambio de cada día, en {folder}.</translation>
    </message>
    <message>
        <source>{path}
Made before giftdesk noted which file a backup copies: it may be a copy of another file named {name}.</source>
        <translation>{path}
Hecha antes de que giftdesk anotara qué archivo copia cada copia: puede ser una copia de otro archivo llamado {name}.</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Restaurar…</translation>
    </message>
</context>
<context>
    <name>Rollover</name>
    <message>
        <source>Created {name} on {date} with {ideas} and {budgets}.</source>
        <translation>Se creó {name} el {date} con {ideas} y {budgets}.</translation>
    </message>
    <message numerus="yes">
        <source>%n idea(s)</source>
        <translation>
            <numerusform>%n idea</numerusform>
            <numerusform>%n ideas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n budget(s)</source>
        <translation>
            <numerusform>%n presupuesto</numerusform>
            <numerusform>%n presupuestos</numerusform>
        </translation>
    </message>
    <message>
        <source>“{text}” is not a date; write it like 2027-12-25.</source>
        <translation>«{text}» no es una fecha; escríbela como 2027-12-25.</translation>
    </message>
    <message>
        <source>There is no occasion called “{name}” in this file.</source>
        <translation>No hay ninguna ocasión llamada «{name}» en este archivo.</translation>
    </message>
    <message>
        <source>{length} occasions are called “{name}”; rename one to tell them apart.</source>
        <translation>{length} ocasiones se llaman «{name}»; cambia el nombre de una para distinguirlas.</translation>
    </message>
    <message>
        <source>{name} (next)</source>
        <translation>{name} (siguiente)</translation>
    </message>
    <message>
        <source>This occasion no longer exists (deleted meanwhile).</source>
        <translation>Esta ocasión ya no existe (se eliminó entretanto).</translation>
    </message>
    <message>
        <source>“{old_name}” has no date; give the new occasion&apos;s date.</source>
        <translation>«{old_name}» no tiene fecha; indica la fecha de la nueva ocasión.</translation>
    </message>
    <message>
        <source>An occasion called “{name}” already exists.</source>
        <translation>Ya existe una ocasión llamada «{name}».</translation>
    </message>
    <message>
        <source>There is no occasion to plan again yet.</source>
        <translation>Aún no hay ninguna ocasión que volver a planificar.</translation>
    </message>
    <message>
        <source>“{name}” has no date; give the new one a date.</source>
        <translation>«{name}» no tiene fecha; ponle una a la nueva.</translation>
    </message>
</context>
<context>
    <name>RolloverDialog</name>
    <message>
        <source>Plan again next year</source>
        <translation>Volver a planificar el año que viene</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Choose a date</source>
        <translation>Elegir una fecha</translation>
    </message>
    <message>
        <source>Same type and budget, everyone&apos;s budgets for it, and its gifts still at “idea” copied as ideas. The occasion itself stays as it is.</source>
        <translation>Mismo tipo y presupuesto, los presupuestos de todos para ella, y sus regalos aún en «idea» copiados como ideas. La ocasión en sí queda como está.</translation>
    </message>
    <message>
        <source>&amp;Occasion:</source>
        <translation>&amp;Ocasión:</translation>
    </message>
    <message>
        <source>&amp;New name:</source>
        <translation>&amp;Nuevo nombre:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>&amp;Plan it</source>
        <translation>&amp;Planificar</translation>
    </message>
</context>
<context>
    <name>Shared</name>
    <message>
        <source>{place} holds no giftdesk family yet.</source>
        <translation>{place} aún no contiene ninguna familia de giftdesk.</translation>
    </message>
    <message>
        <source>“{address}” is not a database address; write it as postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>«{address}» no es una dirección de base de datos; escríbala como postgresql://USER@HOST:PORT/DATABASE.</translation>
    </message>
    <message>
        <source>The address {address} names no database; end it with /DATABASE.</source>
        <translation>La dirección {address} no nombra ninguna base de datos; termínela con /DATABASE.</translation>
    </message>
    <message>
        <source>The server {server} did not accept the password for {user}; nothing was changed.</source>
        <translation>El servidor {server} no aceptó la contraseña de {user}; no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>The server {server} has no user &apos;{user}&apos;; nothing was changed.</source>
        <translation>El servidor {server} no tiene el usuario &apos;{user}&apos;; no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>The server {server} has no database &apos;{database}&apos;; create it first (an empty one is set up by giftdesk).</source>
        <translation>El servidor {server} no tiene la base de datos &apos;{database}&apos;; créela primero (giftdesk prepara una vacía).</translation>
    </message>
    <message>
        <source>{place} does not let {user} do this (permission denied); nothing was changed.</source>
        <translation>{place} no permite esto a {user} (permiso denegado); no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>The database server {server} cannot be reached; check that it is running and that this computer may connect to it.</source>
        <translation>No se puede contactar con el servidor de bases de datos {server}; compruebe que está en marcha y que este ordenador puede conectarse.</translation>
    </message>
    <message>
        <source>Another computer was changing the same things at the same moment; your change was not saved. Try again.</source>
        <translation>Otro ordenador estaba cambiando lo mismo en el mismo momento; su cambio no se ha guardado. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The server {server} is out of resources (its disk is full or it is overloaded); your change was not saved.</source>
        <translation>El servidor {server} se ha quedado sin recursos (su disco está lleno o está sobrecargado); su cambio no se ha guardado.</translation>
    </message>
    <message>
        <source>{place} is read-only here; your change was not saved.</source>
        <translation>{place} es de solo lectura aquí; su cambio no se ha guardado.</translation>
    </message>
    <message>
        <source>The connection to {server} was lost; your change was not saved.</source>
        <translation>Se perdió la conexión con {server}; su cambio no se ha guardado.</translation>
    </message>
    <message>
        <source>{place} holds the tables of another program, not a giftdesk family; nothing was changed.</source>
        <translation>{place} contiene las tablas de otro programa, no una familia de giftdesk; no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>{place} was set up by a newer version of giftdesk; update giftdesk to use it.</source>
        <translation>{place} fue preparada por una versión más reciente de giftdesk; actualice giftdesk para usarla.</translation>
    </message>
    <message>
        <source>{place} is a damaged giftdesk database.</source>
        <translation>{place} es una base de datos de giftdesk dañada.</translation>
    </message>
    <message>
        <source>“{name}” was changed on another computer a moment ago; your change was not saved. The table shows the latest version.</source>
        <translation>«{name}» se cambió en otro ordenador hace un momento; su cambio no se ha guardado. La tabla muestra la última versión.</translation>
    </message>
    <message>
        <source>{count} of the selected {kind}s (“{name}” among them) were changed on another computer a moment ago; nothing was changed. The table shows the latest version.</source>
        <translation>{count} de los elementos elegidos ({kind}, entre ellos «{name}») se cambiaron en otro ordenador hace un momento; no se ha cambiado nada. La tabla muestra la última versión.</translation>
    </message>
    <message>
        <source>{name}&apos;s budgets for {occasion} were changed on another computer a moment ago; your change was not saved. The budget panel shows the latest.</source>
        <translation>Los presupuestos de {name} para {occasion} se cambiaron en otro ordenador hace un momento; su cambio no se ha guardado. El panel de presupuestos muestra la última versión.</translation>
    </message>
</context>
<context>
    <name>Spreadsheet</name>
    <message numerus="yes">
        <source>%n gift(s)</source>
        <translation>
            <numerusform>%n regalo</numerusform>
            <numerusform>%n regalos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new person(s)</source>
        <translation>
            <numerusform>%n persona nueva</numerusform>
            <numerusform>%n personas nuevas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new occasion(s)</source>
        <translation>
            <numerusform>%n ocasión nueva</numerusform>
            <numerusform>%n ocasiones nuevas</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported {gifts}, {people}, {occasions}.</source>
        <translation>Importado: {gifts}, {people}, {occasions}.</translation>
    </message>
    <message>
        <source>Imported {gifts}, {people}.</source>
        <translation>Importado: {gifts}, {people}.</translation>
    </message>
    <message>
        <source>Imported {gifts}, {occasions}.</source>
        <translation>Importado: {gifts}, {occasions}.</translation>
    </message>
    <message>
        <source>Imported {gifts}.</source>
        <translation>Importado: {gifts}.</translation>
    </message>
    <message>
        <source>There is no file {path}.</source>
        <translation>No existe el archivo {path}.</translation>
    </message>
    <message>
        <source>{name} is an old Excel file; save it as .xlsx or .csv and import that.</source>
        <translation>{name} es un archivo de Excel antiguo; guárdalo como .xlsx o .csv e importa ese.</translation>
    </message>
    <message>
        <source>{name} is not a spreadsheet giftdesk reads (.csv or .xlsx).</source>
        <translation>{name} no es una hoja de cálculo que giftdesk pueda leer (.csv o .xlsx).</translation>
    </message>
    <message>
        <source>{name} has no heading row giftdesk understands: name the gift&apos;s column “Gift” or “Item” and the others “For”, “Price”, “Bought by”…</source>
        <translation>{name} no tiene una fila de encabezados que giftdesk entienda: llama a la columna del regalo «Regalo» o «Artículo» y a las demás «Para», «Precio», «Comprado por»…</translation>
    </message>
    <message>
        <source>{name} is neither UTF-8 nor Windows text.</source>
        <translation>{name} no es texto UTF-8 ni de Windows.</translation>
    </message>
    <message>
        <source>{name} is not a text file; save it as CSV.</source>
        <translation>{name} no es un archivo de texto; guárdalo como CSV.</translation>
    </message>
    <message>
        <source>{name} is not a readable CSV file ({error}).</source>
        <translation>{name} no es un archivo CSV legible ({error}).</translation>
    </message>
    <message>
        <source>{name} is not a readable .xlsx file ({error}).</source>
        <translation>{name} no es un archivo .xlsx legible ({error}).</translation>
    </message>
    <message>
        <source>Choose which column holds the gift&apos;s name.</source>
        <translation>Elige qué columna contiene el nombre del regalo.</translation>
    </message>
    <message>
        <source>{name} has headings but no gifts below them.</source>
        <translation>{name} tiene encabezados pero ningún regalo debajo.</translation>
    </message>
    <message>
        <source>the name “{value}…” is longer than {most} characters.</source>
        <translation>el nombre «{value}…» tiene más de {most} caracteres.</translation>
    </message>
    <message>
        <source>row {row_number}, column {heading}: the gift has no name.</source>
        <translation>fila {row_number}, columna {heading}: el regalo no tiene nombre.</translation>
    </message>
    <message>
        <source>row {row}, column {heading}: {problem}</source>
        <translation>fila {row}, columna {heading}: {problem}</translation>
    </message>
    <message>
        <source>“{value}” is not an amount of money.</source>
        <translation>«{value}» no es una cantidad de dinero.</translation>
    </message>
    <message>
        <source>“{original}” is negative; a price cannot be.</source>
        <translation>«{original}» es negativo; un precio no puede serlo.</translation>
    </message>
    <message>
        <source>“{original}” is not an amount of money.</source>
        <translation>«{original}» no es una cantidad de dinero.</translation>
    </message>
    <message>
        <source>“{original}” has more than two decimals.</source>
        <translation>«{original}» tiene más de dos decimales.</translation>
    </message>
    <message>
        <source>“{shown}” is negative; a price cannot be.</source>
        <translation>«{shown}» es negativo; un precio no puede serlo.</translation>
    </message>
    <message>
        <source>“{shown}” is too much: prices stay below 10,000,000.00.</source>
        <translation>«{shown}» es demasiado: los precios quedan por debajo de 10.000.000,00.</translation>
    </message>
    <message>
        <source>“{text}” is not a status giftdesk knows (idea, selected, purchased or received).</source>
        <translation>«{text}» no es un estado que giftdesk conozca (idea, selected, purchased o received).</translation>
    </message>
    <message>
        <source>“{text}” is neither yes nor no.</source>
        <translation>«{text}» no es ni sí ni no.</translation>
    </message>
</context>
<context>
    <name>SpreadsheetDialog</name>
    <message>
        <source>(not imported)</source>
        <translation>(no importado)</translation>
    </message>
    <message>
        <source>Two columns are read as {field} ({first} and {second}); choose another field for one of them.</source>
        <translation>Dos columnas se leen como {field} ({first} y {second}); elige otro campo para una de ellas.</translation>
    </message>
</context>
<context>
    <name>SpreadsheetImportDialog</name>
    <message>
        <source>Import {name}</source>
        <translation>Importar {name}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt;: headings on row {heading_row}, {rows} below them. Check how each column was understood; change any that is wrong.</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt;: encabezados en la fila {heading_row}, {rows} debajo. Comprueba cómo se entendió cada columna; cambia lo que esté mal.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln fila</numerusform>
            <numerusform>%Ln filas</numerusform>
        </translation>
    </message>
    <message>
        <source>How the columns were understood</source>
        <translation>Cómo se entendieron las columnas</translation>
    </message>
    <message>
        <source>Column {letters}</source>
        <translation>Columna {letters}</translation>
    </message>
    <message>
        <source>Row numbers as your spreadsheet shows them</source>
        <translation>Números de fila como los muestra tu hoja de cálculo</translation>
    </message>
    <message>
        <source>no occasion</source>
        <translation>sin ocasión</translation>
    </message>
    <message>
        <source>&amp;Occasion for rows that name none:</source>
        <translation>&amp;Ocasión para las filas que no nombran ninguna:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>The first {length} rows:</source>
        <translation>Las primeras {length} filas:</translation>
    </message>
    <message>
        <source>{problem} Nothing will be imported until it is fixed.</source>
        <translation>{problem} No se importará nada hasta que se corrija.</translation>
    </message>
    <message>
        <source>column {letters}</source>
        <translation>columna {letters}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln gift(s)</source>
        <translation>
            <numerusform>%Ln regalo</numerusform>
            <numerusform>%Ln regalos</numerusform>
        </translation>
    </message>
    <message>
        <source>{gifts} will be imported.</source>
        <translation>Se importarán {gifts}.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s)</source>
        <translation>
            <numerusform>%Ln persona</numerusform>
            <numerusform>%Ln personas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{gifts} will be imported, for and by {people} (%n new: {names}).</source>
        <translation>
            <numerusform>Se importarán {gifts}, para y por {people} (%n nueva: {names}).</numerusform>
            <numerusform>Se importarán {gifts}, para y por {people} (%n nuevas: {names}).</numerusform>
        </translation>
    </message>
    <message>
        <source>{gifts} will be imported, for and by {people}.</source>
        <translation>Se importarán {gifts}, para y por {people}.</translation>
    </message>
    <message>
        <source>Left out: row(s) {rows} (a total, or a row without a gift).</source>
        <translation>Omitida(s): fila(s) {rows} (un total o una fila sin regalo).</translation>
    </message>
</context>
<context>
    <name>Statuses</name>
    <message>
        <source>idea</source>
        <translation>idea</translation>
    </message>
    <message>
        <source>selected</source>
        <translation>elegido</translation>
    </message>
    <message>
        <source>purchased</source>
        <translation>comprado</translation>
    </message>
    <message>
        <source>received</source>
        <translation>recibido</translation>
    </message>
</context>
<context>
    <name>Tables</name>
    <message>
        <source>Gift</source>
        <translation>Regalo</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Bought by</source>
        <translation>Comprado por</translation>
    </message>
    <message>
        <source>Who buys the gift</source>
        <translation>Quién compra el regalo</translation>
    </message>
    <message>
        <source>Occasion</source>
        <translation>Ocasión</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <source>Price of one (the sale price when there is one)</source>
        <translation>Precio por unidad (el de oferta si lo hay)</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Cant.</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Price × quantity</source>
        <translation>Precio × cantidad</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Tienda</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>no regular price</source>
        <translation>sin precio normal</translation>
    </message>
    <message>
        <source>Sale price {sale} is not below the regular price ({regular})</source>
        <translation>El precio de oferta {sale} no es inferior al precio normal ({regular})</translation>
    </message>
    <message>
        <source>On sale: {sale} (regular {regular})</source>
        <translation>En oferta: {sale} (normal {regular})</translation>
    </message>
    <message>
        <source>No price yet</source>
        <translation>Aún sin precio</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Idea</translation>
    </message>
    <message>
        <source>Selected</source>
        <translation>Elegido</translation>
    </message>
    <message>
        <source>Purchased</source>
        <translation>Comprado</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>Festividad</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Cumpleaños</translation>
    </message>
    <message>
        <source>Anniversary</source>
        <translation>Aniversario</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otra</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Gifts</source>
        <translation>Regalos</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Presupuesto</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Previsto</translation>
    </message>
    <message>
        <source>Cost of gifts selected, purchased or received</source>
        <translation>Coste de los regalos elegidos, comprados o recibidos</translation>
    </message>
    <message>
        <source>Bought</source>
        <translation>Comprado</translation>
    </message>
    <message>
        <source>Cost of gifts purchased or received</source>
        <translation>Coste de los regalos comprados o recibidos</translation>
    </message>
    <message>
        <source>Over budget by {amount}</source>
        <translation>{amount} por encima del presupuesto</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Parentesco</translation>
    </message>
    <message>
        <source>Gifts to receive</source>
        <translation>Regalos que recibe</translation>
    </message>
    <message>
        <source>Gifts to buy</source>
        <translation>Regalos que compra</translation>
    </message>
    <message>
        <source>Gifts this person is the purchaser of</source>
        <translation>Regalos que compra esta persona</translation>
    </message>
</context>
<context>
    <name>UndoRunner</name>
    <message>
        <source>{error} This step can no longer be undone or redone.</source>
        <translation>{error} Este paso ya no se puede deshacer ni rehacer.</translation>
    </message>
</context>
<context>
    <name>Upcoming</name>
    <message>
        <source>The number of days must be from 1 to {most}.</source>
        <translation>El número de días debe estar entre 1 y {most}.</translation>
    </message>
    <message>
        <source>This person no longer exists (deleted meanwhile).</source>
        <translation>Esta persona ya no existe (se eliminó entretanto).</translation>
    </message>
    <message>
        <source>{name} has no birthdate to plan for.</source>
        <translation>{name} no tiene fecha de nacimiento para planificar.</translation>
    </message>
    <message>
        <source>An occasion called “{occasion_name}” already exists.</source>
        <translation>Ya existe una ocasión llamada «{occasion_name}».</translation>
    </message>
    <message>
        <source>{name}&apos;s birthday {year}</source>
        <translation>Cumpleaños de {name} {year}</translation>
    </message>
    <message numerus="yes">
        <source>Nothing in the next %n day(s).</source>
        <translation>
            <numerusform>Nada en el próximo día.</numerusform>
            <numerusform>Nada en los próximos %n días.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Coming up in the next %n day(s)</source>
        <translation>
            <numerusform>Próximamente, en el próximo día</numerusform>
            <numerusform>Próximamente, en los próximos %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>planned {planned}, bought {bought}, remaining {remaining}</source>
        <translation>previsto {planned}, comprado {bought}, quedan {remaining}</translation>
    </message>
    <message>
        <source>planned {planned}, bought {bought}</source>
        <translation>previsto {planned}, comprado {bought}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln gift(s)</source>
        <translation>
            <numerusform>%Ln regalo</numerusform>
            <numerusform>%Ln regalos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln gift(s) without a buyer</source>
        <translation>
            <numerusform>%Ln regalo sin comprador</numerusform>
            <numerusform>%Ln regalos sin comprador</numerusform>
        </translation>
    </message>
    <message>
        <source>Birthdays with no occasion yet</source>
        <translation>Cumpleaños aún sin ocasión</translation>
    </message>
    <message>
        <source>{when}, turns {age}</source>
        <translation>{when}, cumple {age}</translation>
    </message>
    <message>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>mañana</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>en %n día</numerusform>
            <numerusform>en %n días</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UpcomingPanel</name>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>How many days ahead</source>
        <translation>Cuántos días por delante</translation>
    </message>
    <message>
        <source>In the next</source>
        <translation>En los próximos</translation>
    </message>
    <message>
        <source>Nothing in the next {days} days: no dated occasion and no birthday without an occasion.</source>
        <translation>Nada en los próximos {days} días: ninguna ocasión con fecha y ningún cumpleaños sin ocasión.</translation>
    </message>
    <message>
        <source>Birthdays with no occasion yet</source>
        <translation>Cumpleaños aún sin ocasión</translation>
    </message>
    <message>
        <source>Show this occasion&apos;s gifts</source>
        <translation>Mostrar los regalos de esta ocasión</translation>
    </message>
    <message>
        <source>{gifts} · planned {planned} · bought {bought}</source>
        <translation>{gifts} · previsto {planned} · comprado {bought}</translation>
    </message>
    <message>
        <source>remaining {left}</source>
        <translation>quedan {left}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln gift(s) without a buyer yet</source>
        <translation>
            <numerusform>%Ln regalo aún sin comprador</numerusform>
            <numerusform>%Ln regalos aún sin comprador</numerusform>
        </translation>
    </message>
    <message>
        <source>{date} ({when}, turns {age})</source>
        <translation>{date} ({when}, cumple {age})</translation>
    </message>
    <message>
        <source>{date} ({when})</source>
        <translation>{date} ({when})</translation>
    </message>
    <message>
        <source>Plan this birthday</source>
        <translation>Planificar este cumpleaños</translation>
    </message>
    <message>
        <source>Create the occasion “{name}” (you can undo it)</source>
        <translation>Crear la ocasión «{name}» (se puede deshacer)</translation>
    </message>
    <message>
        <source>Plan {name}</source>
        <translation>Planificar {name}</translation>
    </message>
    <message>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>mañana</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>en %n día</numerusform>
            <numerusform>en %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln gift(s)</source>
        <translation>
            <numerusform>%Ln regalo</numerusform>
            <numerusform>%Ln regalos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>{label} is required.</source>
        <translation>{label} es obligatorio.</translation>
    </message>
    <message>
        <source>{label} must be text.</source>
        <translation>{label} debe ser texto.</translation>
    </message>
    <message>
        <source>{label} cannot be blank.</source>
        <translation>{label} no puede estar vacío.</translation>
    </message>
    <message>
        <source>{label} is too long ({length} characters; at most {max_len}).</source>
        <translation>{label} es demasiado largo ({length} caracteres; como máximo {max_len}).</translation>
    </message>
    <message>
        <source>{label} contains a NUL character, which a database server cannot store.</source>
        <translation>{label} contiene un carácter NUL, que un servidor de bases de datos no puede guardar.</translation>
    </message>
    <message>
        <source>{label} “{value}” is not one of: {allowed}.</source>
        <translation>{label} «{value}» no es ninguno de estos: {allowed}.</translation>
    </message>
    <message>
        <source>Quantity must be a whole number from 1 to 9999.</source>
        <translation>La cantidad debe ser un número entero de 1 a 9999.</translation>
    </message>
    <message>
        <source>{label} “{value}” is not a date like 2026-12-24.</source>
        <translation>{label} «{value}» no es una fecha como 2026-12-24.</translation>
    </message>
    <message>
        <source>The sale price is higher than the price; a sale price is the lower price on sale (leave it empty when the gift is not on sale).</source>
        <translation>El precio de oferta es mayor que el precio; el precio de oferta es el precio rebajado (déjalo vacío si el regalo no está de oferta).</translation>
    </message>
    <message>
        <source>The purchaser already pays for this gift; they cannot also contribute.</source>
        <translation>El comprador ya paga este regalo; no puede colaborar además.</translation>
    </message>
    <message>
        <source>{label} must be people of this file.</source>
        <translation>{label} deben ser personas de este archivo.</translation>
    </message>
</context>
</TS>
