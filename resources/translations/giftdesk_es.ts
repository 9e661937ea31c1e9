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
    <name>AutoBackup</name>
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
    <name>Bulk</name>
    <message>
        <source>Someone who bought these gifts before was deleted meanwhile; the purchasers cannot be put back.</source>
        <translation>Alguien que compraba estos regalos se ha eliminado entretanto; no se pueden restaurar los compradores.</translation>
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
        <source>Cannot tell the format from “{name}”; add --format csv, pdf or html.</source>
        <translation>No se puede saber el formato a partir de «{name}»; añade --format csv, pdf o html.</translation>
    </message>
    <message>
        <source>Budget summary written to {file}</source>
        <translation>Resumen del presupuesto escrito en {file}</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>{name} is open read-only; changes cannot be saved.</source>
        <translation>{name} está abierto en solo lectura; no se pueden guardar los cambios.</translation>
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
    <name>MainWindow</name>
    <message>
        <source>&amp;About giftdesk</source>
        <translation>&amp;Acerca de giftdesk</translation>
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
    <name>Occasions</name>
    <message>
        <source>This occasion no longer exists (deleted meanwhile).</source>
        <translation>Esta ocasión ya no existe (se eliminó entretanto).</translation>
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
