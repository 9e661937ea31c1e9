"""Start-up stays small: no migration machinery for a file that is current."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

from giftdesk.data.database import migrate
from giftdesk.migrations import REVISIONS

OPEN_AND_LIST = textwrap.dedent(
    """
    import json, sys
    from giftdesk.data.database import open_database
    open_database(sys.argv[1]).close()
    print(json.dumps(sorted(m for m in sys.modules if m.split(".")[0] in ("alembic", "mako"))))
    """
)


def loaded_after_opening(path: Path) -> list[str]:
    result = subprocess.run(
        [sys.executable, "-c", OPEN_AND_LIST, str(path)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_opening_a_current_file_never_imports_alembic(db_path: Path) -> None:
    assert loaded_after_opening(db_path) == []


def test_opening_an_older_file_does_load_alembic(db_path: Path) -> None:
    # The counterpart, so the check above is known to be able to fail.
    migrate(db_path, REVISIONS[-2], downgrade=True)
    assert "alembic" in loaded_after_opening(db_path)


def test_the_command_line_loads_only_qtcore_for_a_command(tmp_path: Path) -> None:
    # QtCore's translators speak the user's language; nothing graphical loads.
    script = textwrap.dedent(
        """
        import sys
        import giftdesk.cli as cli
        sys.argv = ["giftdesk", "demo", "--db", sys.argv[1]]
        status = cli.main()
        print(sorted(m for m in sys.modules if m.startswith("PySide6.Qt")))
        sys.exit(status)
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path / "demo.sqlite3")],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "['PySide6.QtCore']"
