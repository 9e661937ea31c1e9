"""The one entry point, ``giftdesk`` (SPEC §4).

``main()`` reads ``sys.argv``. Without a command it opens the main window
(reusing a QApplication that already exists, so tests can drive the real
program in-process). The commands load only QtCore, for its translators:
they speak the user's language (``--lang CODE`` or the locale) like the
window. Command names, options and the files written never change with the
language. User mistakes end with one sentence on stderr and a non-zero exit
status.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from giftdesk import __version__
from giftdesk.i18n import translate

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from giftdesk.data.database import Database
    from giftdesk.data.operations import OpResult

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        hint = translate("Cli", "{problem} (see “giftdesk --help”).").format(problem=message)
        self.exit(EXIT_USAGE, f"giftdesk: {hint}\n")


def build_parser() -> argparse.ArgumentParser:
    db_option = _Parser(add_help=False)
    db_option.add_argument(
        "--db",
        metavar="PATH|URL",
        type=_database_target,
        default=argparse.SUPPRESS,
        help=translate(
            "Cli",
            "the giftdesk file to use (default: giftdesk.sqlite3 in your user data folder)",
        ),
    )
    db_option.add_argument(
        "--lang",
        metavar="CODE",
        default=argparse.SUPPRESS,
        help=translate(
            "Cli", "the language to speak: en, de, fr or es (default: your system's language)"
        ),
    )
    parser = _Parser(
        prog="giftdesk",
        description=translate(
            "Cli", "A desktop gift planner. Without a command, opens the main window."
        ),
        parents=[db_option],
    )
    parser.add_argument("--version", action="version", version=f"giftdesk {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    commands.add_parser(
        "demo",
        parents=[db_option],
        help=translate("Cli", "create a file filled with an example family"),
    )
    importer = commands.add_parser(
        "import",
        parents=[db_option],
        help=translate("Cli", "import a JSON backup (all or nothing)"),
    )
    importer.add_argument("file", metavar="FILE.json", type=Path)

    export = commands.add_parser(
        "export", help=translate("Cli", "write a backup or the budget summary")
    )
    what = export.add_subparsers(dest="what", metavar="WHAT", parser_class=_Parser, required=True)
    export_all = what.add_parser(
        "all", parents=[db_option], help=translate("Cli", "the JSON backup of everything")
    )
    export_all.add_argument("-o", "--output", metavar="FILE.json", type=Path, required=True)
    export_budget = what.add_parser(
        "budget", parents=[db_option], help=translate("Cli", "the budget summary")
    )
    export_budget.add_argument(
        "--format", choices=("csv", "pdf", "html"), default=None,
        help=translate("Cli", "file format (default: from the file name's ending)"),
    )  # fmt: skip
    export_budget.add_argument("-o", "--output", metavar="FILE", type=Path, required=True)
    export_budget.add_argument(
        "--occasion", metavar="NAME", help=translate("Cli", "only this occasion")
    )

    _add_planner_commands(commands, db_option)
    _add_file_history_commands(commands, db_option)
    _add_member_commands(commands, db_option)
    commands.add_parser(
        "install-desktop-entry",
        help=translate("Cli", "add giftdesk to your desktop's application menu"),
    )
    commands.add_parser(
        "uninstall-desktop-entry",
        help=translate("Cli", "remove giftdesk from your desktop's application menu"),
    )
    return parser


def _database_target(text: str) -> Path | str:
    """A server address stays text (``Path`` would fold its ``//``); else a path."""
    return text if text.startswith(SERVER_SCHEMES) else Path(text)


# The same schemes giftdesk.data.postgres accepts (not imported: start-up speed).
SERVER_SCHEMES = ("postgresql://", "postgres://", "postgresql+psycopg://")


def main() -> int:
    """Entry point of the ``giftdesk`` gui-script: reads ``sys.argv``."""
    argv = sys.argv[1:]
    language = _choose_language(argv)
    if language is None:
        return EXIT_USAGE
    window_db = _window_only(_without_lang(argv))
    if window_db is not None:
        # A double-click (or `giftdesk --db FILE`): no need to build the parsers.
        args = argparse.Namespace(command=None, db=window_db or None)
    else:
        args = build_parser().parse_args(argv)
    db_path: Path | str | None = getattr(args, "db", None)
    from giftdesk import app_logging  # one log line per start

    app_logging.install_cli_excepthook()  # unexpected errors: logged, one sentence
    if args.command is None:
        from giftdesk.ui.app import run_app

        return run_app(db_path)  # opens the log right after the window's first frame
    app_logging.setup_logging()
    app_logging.log_start(args.command, db_path)
    from giftdesk.data.auto_backup import backing_up_every_file_opened
    from giftdesk.data.errors import GiftdeskError

    try:
        with backing_up_every_file_opened():  # a command that writes: the day's backup first
            return _run_command(args, db_path)
    except GiftdeskError as error:
        print(f"giftdesk: {error}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        interrupted = translate("Cli", "interrupted; nothing was changed.")
        print(f"giftdesk: {interrupted}", file=sys.stderr)
        return EXIT_ERROR


def _choose_language(argv: list[str]) -> str | None:
    """Load the language ``--lang`` names, else the locale's; None (and a sentence) if unknown.

    Read before the parser is built, so its help speaks the language too.
    """
    from giftdesk import i18n
    from giftdesk.data.errors import GiftdeskError

    asked = _lang_option(argv)
    try:
        code = i18n.check_language_code(asked) if asked is not None else None
        i18n.use_language(code or i18n.language_from_environment())
    except GiftdeskError as error:
        print(f"giftdesk: {error}", file=sys.stderr)
        return None
    return i18n.current_language()


def _lang_option(argv: list[str]) -> str | None:
    for index, arg in enumerate(argv):
        if arg == "--":
            break
        if arg == "--lang":
            return argv[index + 1] if index + 1 < len(argv) else ""
        if arg.startswith("--lang="):
            return arg[len("--lang=") :]
    return None


def _without_lang(argv: list[str]) -> list[str]:
    """``argv`` without ``--lang CODE`` (for the quick check whether only the window is wanted)."""
    rest: list[str] = []
    skip = False
    for arg in argv:
        if skip:
            skip = False
        elif arg == "--lang":
            skip = True
        elif not arg.startswith("--lang="):
            rest.append(arg)
    return rest


def _window_only(argv: list[str]) -> Path | str | None:
    """For ``[]``, ``--db PATH`` or ``--db=PATH``: the path or URL ("" for none); else None."""
    if not argv:
        return ""
    if len(argv) == 2 and argv[0] == "--db" and argv[1] and not argv[1].startswith("-"):
        return _database_target(argv[1])
    if len(argv) == 1 and argv[0].startswith("--db=") and len(argv[0]) > 5:
        return _database_target(argv[0][5:])
    return None


def _run_command(args: argparse.Namespace, db_path: Path | str | None) -> int:
    if args.command == "install-desktop-entry":
        from giftdesk.desktop import install_desktop_entry

        for path in install_desktop_entry():
            print(translate("Cli", "wrote {path}").format(path=path))
        return EXIT_OK
    if args.command == "uninstall-desktop-entry":
        from giftdesk.desktop import uninstall_desktop_entry

        removed = uninstall_desktop_entry()
        for path in removed:
            print(translate("Cli", "removed {path}").format(path=path))
        if not removed:
            print(
                translate("Cli", "giftdesk's desktop entry was not installed; nothing was removed.")
            )
        return EXIT_OK

    if args.command in PLANNER_COMMANDS:
        return _run_planner_command(args, db_path)
    if args.command == "member":
        return _run_member_command(args, db_path)
    if args.command in FILE_HISTORY_COMMANDS:
        return _run_file_history_command(args, db_path)

    from giftdesk.data.database import open_database
    from giftdesk.data.operations import perform

    if args.command == "import":
        # Read and check the file before touching (or creating) the database.
        from giftdesk.data.backup import parse_backup, read_backup_file
        from giftdesk.data.operations.backup import import_backup

        data = parse_backup(read_backup_file(args.file))
        with writing(db_path) as db:
            done = perform(db, partial(import_backup, data=data))
        print(translate("Cli", "{summary} ({file})").format(summary=done.message, file=db.address))
        return EXIT_OK

    if args.command == "demo":
        from giftdesk.data.checks import is_empty
        from giftdesk.data.errors import GiftdeskError
        from giftdesk.data.operations.demo import load_example_family

        with writing(db_path) as db:

            def into_an_empty_file(session: Session) -> OpResult:
                if not is_empty(session):
                    raise GiftdeskError(
                        translate(
                            "Cli",
                            "{file} already holds data; "
                            "choose a new file for the example family with --db.",
                        ).format(file=db.address)
                    )
                return load_example_family(session)

            done = perform(db, into_an_empty_file)
        print(
            translate("Cli", "Example family created in {file}: {summary}").format(
                file=db.address, summary=done.message
            )
        )
        return EXIT_OK

    if args.command == "export":
        db = open_database(db_path, create=False)
        try:
            if args.what == "all":
                from giftdesk.data.backup import write_backup

                with db.reading() as session:
                    write_backup(session, _output(args.output))
                print(translate("Cli", "Backup written to {file}").format(file=args.output))
                return EXIT_OK
            return _export_budget(db, args)
        finally:
            db.close()
    raise AssertionError(args.command)  # pragma: no cover - argparse limits commands


# A command that writes holds the file's lock, the one a window takes (QLockFile
# beside the file), for as long as it writes: a window opened meanwhile is told
# the file is in use, and a second command waits for the first instead of
# writing between its steps. A command's lock is waited for (commands are
# short), a window's refuses at once (it is held for hours). Qt writes the
# holder's process id and host into the lock file, not which program it is, so
# a command also leaves ``.NAME.lock.command`` naming itself while it holds the lock.
LOCK_TRY_MS = 200
OTHER_COMMAND_WAIT_MS = 60_000


@contextmanager
def holding_the_file(db_path: Path | str | None) -> Iterator[None]:
    """Hold ``db_path``'s lock while the block writes it; a sentence if another holds it."""
    if isinstance(db_path, str):  # a shared server: many writers at once is its purpose
        yield
        return
    import socket

    from PySide6.QtCore import QLockFile

    from giftdesk.data.database import default_database_path
    from giftdesk.data.errors import LockedDatabaseError
    from giftdesk.data.sqlite_file import WINDOW_OPEN_MESSAGE, lock_path_for

    path = (db_path if db_path is not None else default_database_path()).expanduser()
    if db_path is None:  # the first command ever: its folder is made, so lock it too
        path.parent.mkdir(parents=True, exist_ok=True)
    lock_path = lock_path_for(path)
    command_mark = lock_path.with_name(lock_path.name + ".command")
    lock = QLockFile(str(lock_path))
    lock.setStaleLockTime(0)  # as the window: held as long as its process runs
    locked = lock.tryLock(LOCK_TRY_MS)
    if not locked and lock.error() == QLockFile.LockError.LockFailedError:
        pid, host, _ = lock.getLockInfo()
        try:
            mark = command_mark.read_text(encoding="utf-8")
        except OSError:
            mark = ""
        if mark != f"{pid}\n{host}\n":
            raise LockedDatabaseError(WINDOW_OPEN_MESSAGE)
        waiting = translate(
            "Cli", "another giftdesk command is writing {name}; waiting for it to finish…"
        ).format(name=path.name)
        print(f"giftdesk: {waiting}", file=sys.stderr, flush=True)
        locked = lock.tryLock(OTHER_COMMAND_WAIT_MS)
        if not locked and lock.error() == QLockFile.LockError.LockFailedError:
            raise LockedDatabaseError(
                translate(
                    "Cli",
                    "Another giftdesk command is still writing {name}; nothing was "
                    "changed. Try again when it has finished.",
                ).format(name=path.name)
            )
    # Not locked and no refusal: no lock file can be made there (a read-only
    # folder), so nobody can lock it; opening the file for writing says why.
    if locked:
        # Unwritable: another command then refuses instead of waiting (still one writer).
        with contextlib.suppress(OSError):
            command_mark.write_text(f"{os.getpid()}\n{socket.gethostname()}\n", encoding="utf-8")
    try:
        yield
    finally:
        if locked:
            command_mark.unlink(missing_ok=True)
            lock.unlock()


@contextmanager
def writing(db_path: Path | str | None, *, create: bool = True) -> Iterator[Database]:
    """The database a command changes: held (see ``holding_the_file``), closed after.

    Every change goes through ``perform(db, op)``, as the window's do: one
    operation in one transaction, which a shared database's other windows
    hear of (NOTIFY) when it commits.
    """
    from giftdesk.data.database import open_database

    with holding_the_file(db_path):
        db = open_database(db_path, create=create)
        try:
            yield db
        finally:
            db.close()


def _output(path: Path) -> Path:
    from giftdesk.data.files import check_output_path

    return check_output_path(path)


def _export_budget(db: Database, args: argparse.Namespace) -> int:
    from giftdesk.data.errors import GiftdeskError

    fmt = args.format or args.output.suffix.lower().lstrip(".")
    if fmt not in ("csv", "pdf", "html"):
        raise GiftdeskError(
            translate(
                "Cli", "Cannot tell the format from “{name}”; add --format csv, pdf or html."
            ).format(name=args.output.name)
        )
    output = _output(args.output)
    if fmt == "csv":
        from giftdesk.data.budget_csv import write_budget_csv

        write_budget_csv(db, output, args.occasion)
    else:
        from giftdesk.ui.report_export import export_budget_document

        export_budget_document(
            db, output, fmt, args.occasion, warn=lambda text: print(text, file=sys.stderr)
        )
    print(translate("Cli", "Budget summary written to {file}").format(file=output))
    return EXIT_OK


# -- the year-round planner: history, rollover, upcoming, import-spreadsheet ---

PLANNER_COMMANDS = ("history", "rollover", "upcoming", "import-spreadsheet")


def _add_planner_commands(commands: Any, db_option: _Parser) -> None:
    history = commands.add_parser(
        "history",
        parents=[db_option],
        help=translate("Cli", "every gift a person received and gave"),
    )
    history.add_argument("person", metavar="PERSON", help=translate("Cli", "the person's name"))
    history.add_argument("--format", choices=("text", "csv"), default="text")

    rollover = commands.add_parser(
        "rollover",
        parents=[db_option],
        help=translate("Cli", "plan an occasion again a year later"),
    )
    rollover.add_argument(
        "occasion", metavar="OCCASION", help=translate("Cli", "the occasion to copy")
    )
    rollover.add_argument(
        "--to", metavar="NAME", required=True, help=translate("Cli", "the new occasion's name")
    )
    rollover.add_argument(
        "--date",
        metavar="YYYY-MM-DD",
        help=translate("Cli", "the new date (default: a year after the old one)"),
    )

    upcoming = commands.add_parser(
        "upcoming",
        parents=[db_option],
        help=translate("Cli", "occasions and birthdays in the next days"),
    )
    upcoming.add_argument(
        "--days",
        metavar="N",
        type=int,
        default=60,
        help=translate("Cli", "how far ahead (default: 60)"),
    )

    spreadsheet = commands.add_parser(
        "import-spreadsheet",
        parents=[db_option],
        help=translate(
            "Cli", "import a gift list from a .csv or .xlsx spreadsheet (all or nothing)"
        ),
    )
    spreadsheet.add_argument("file", metavar="FILE.csv|FILE.xlsx", type=Path)
    spreadsheet.add_argument(
        "--occasion", metavar="NAME", help=translate("Cli", "the occasion for rows that name none")
    )


def _run_planner_command(args: argparse.Namespace, db_path: Path | str | None) -> int:
    from giftdesk.data.database import open_database
    from giftdesk.data.operations import perform
    from giftdesk.data.operations import planner as planner_ops

    if args.command == "import-spreadsheet":
        # Read and check every row before touching (or creating) the database.
        from giftdesk.data.spreadsheet import plan_import, read_sheet

        plan = plan_import(read_sheet(args.file), default_occasion=args.occasion)
        with writing(db_path) as db:
            done = perform(db, partial(planner_ops.import_spreadsheet, plan=plan))
        print(f"{done.message} ({db.address})")
        return EXIT_OK

    if args.command == "rollover":
        from giftdesk.data.rollover import parse_rollover_date

        date = parse_rollover_date(args.date) if args.date is not None else None
        with writing(db_path, create=False) as db:
            op = partial(
                planner_ops.rollover_named, occasion=args.occasion, name=args.to, date=date
            )
            done = perform(db, op)
        print(done.message)
        return EXIT_OK

    db = open_database(db_path, create=False)
    try:
        with db.reading() as session:
            if args.command == "history":
                from giftdesk.data.history import (
                    find_person,
                    history_csv_rows,
                    history_text,
                    person_history,
                )

                person_id, _ = find_person(session, args.person)
                history = person_history(session, person_id)
                if args.format == "csv":
                    import csv

                    csv.writer(sys.stdout, lineterminator="\n").writerows(history_csv_rows(history))
                else:
                    sys.stdout.write(history_text(history))
                return EXIT_OK
            import datetime as dt

            from giftdesk.data.upcoming import upcoming, upcoming_text

            sys.stdout.write(upcoming_text(upcoming(session, dt.date.today(), args.days)))
            return EXIT_OK
    finally:
        db.close()


# -- the file's own history: daily backups, restore ------------------------------

FILE_HISTORY_COMMANDS = ("backups", "restore")


def _add_file_history_commands(commands: Any, db_option: _Parser) -> None:
    commands.add_parser(
        "backups",
        parents=[db_option],
        help=translate("Cli", "list the file's daily backups (date, people, gifts)"),
    )
    restore = commands.add_parser(
        "restore",
        parents=[db_option],
        help=translate(
            "Cli", "put a daily backup back (the current file is kept among the backups)"
        ),
    )
    restore.add_argument(
        "backup",
        metavar="DATE|NAME",
        help=translate("Cli", "the backup's date (YYYY-MM-DD) or file name"),
    )


def _run_file_history_command(args: argparse.Namespace, db_path: Path | str | None) -> int:
    from giftdesk.data import auto_backup
    from giftdesk.data.database import default_database_path
    from giftdesk.data.errors import GiftdeskError

    if isinstance(db_path, str):
        raise GiftdeskError(
            "Daily backups are kept of files; a shared database is backed up on its server "
            "(giftdesk export all --db … writes a JSON backup of it)."
        )

    path = (db_path if db_path is not None else default_database_path()).expanduser()
    folder = auto_backup.backup_folder()
    if args.command == "backups":
        backups = auto_backup.list_backups(path, folder)
        if not backups:
            print(
                translate("Cli", "No backups of {name} yet in {folder}.").format(
                    name=path.name, folder=folder
                )
            )
            return EXIT_OK
        print(
            translate("Cli", "Backups of {name} in {folder}:").format(name=path.name, folder=folder)
        )
        for backup in backups:
            when = backup.taken.strftime("%Y-%m-%d %H:%M") if backup.taken else str(backup.day)
            note = ""
            if backup.before_restore:
                note = "  " + translate("Cli", "(the file as it was before a restore)")
            if backup.unrecorded:
                note += "  " + translate(
                    "Cli", "(made before giftdesk noted which file a backup copies)"
                )
            print(f"  {when:<16}  {backup.describe():<28}  {backup.name}{note}")
        return EXIT_OK

    backup = auto_backup.find_backup(path, args.backup, folder)
    with holding_the_file(path):
        result = auto_backup.restore_backup(path, backup, folder)
    print(
        translate("Cli", "Restored the backup of {day} ({contents}) into {path}.").format(
            day=backup.day, contents=backup.describe(), path=path
        )
    )
    if result.set_aside is not None:
        print(
            translate(
                "Cli",
                "The file as it was is kept as {name}; “giftdesk restore {name}” puts it back.",
            ).format(name=result.set_aside.name)
        )
    if backup.unrecorded:
        print(
            translate(
                "Cli",
                "Note: {backup} was made before giftdesk noted which file a backup copies, "
                "so it may be a copy of another file named {name}; check what it holds.",
            ).format(backup=backup.name, name=path.name)
        )
    return EXIT_OK


# -- family members on a shared database ------------------------------------------


def _add_member_commands(commands: Any, db_option: _Parser) -> None:
    member = commands.add_parser(
        "member",
        help=translate("Cli", "let family members in, each unable to see their own gifts"),
    )
    what = member.add_subparsers(dest="what", metavar="WHAT", parser_class=_Parser, required=True)
    add = what.add_parser(
        "add",
        parents=[db_option],
        help=translate("Cli", "create a login for a person and print its address, once"),
    )
    add.add_argument("name", metavar="NAME", help=translate("Cli", "the login's name"))
    add.add_argument(
        "--person", metavar="PERSON", required=True, help=translate("Cli", "who the member is")
    )
    what.add_parser("list", parents=[db_option], help=translate("Cli", "list the members"))
    remove = what.add_parser(
        "remove",
        parents=[db_option],
        help=translate("Cli", "drop a member's login (their person and gifts stay)"),
    )
    remove.add_argument("name", metavar="NAME", help=translate("Cli", "the login's name"))


def _run_member_command(args: argparse.Namespace, db_path: Path | str | None) -> int:
    from giftdesk.data import members
    from giftdesk.data.database import open_database

    if db_path is None or not isinstance(db_path, str):
        members.refuse_a_file()
    db = open_database(db_path, create=False)
    try:
        if args.what == "add":
            invitation = members.add_member(db, args.name, args.person)
            print(
                translate(
                    "Cli",
                    "{person} can now connect as {login}. Give them this address; it holds their "
                    "password and is not shown again:",
                ).format(person=invitation.member.person, login=invitation.member.name)
            )
            print(invitation.address)
            return EXIT_OK
        if args.what == "remove":
            gone = members.remove_member(db, args.name)
            print(
                translate(
                    "Cli",
                    "{login} can no longer connect; {person} and their gifts stay in the family.",
                ).format(login=gone.name, person=gone.person)
            )
            return EXIT_OK
        listed = members.list_members(db)
        if not listed:
            print(translate("Cli", "This family has no members yet."))
        for entry in listed:
            print(f"{entry.name}\t{entry.person}")
        return EXIT_OK
    finally:
        db.close()
