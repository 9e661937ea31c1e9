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
        <translation>giftdesk no habla «{code}»; elige uno de estos idiomas: {choices}.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;About giftdesk</source>
        <translation>&amp;Acerca de giftdesk</translation>
    </message>
</context>
</TS>
