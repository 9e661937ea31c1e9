"""The wheel must carry every subpackage and data file the program needs."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _setuptools() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]


def test_every_source_package_is_listed_in_pyproject():
    listed = set(_setuptools()["packages"])
    found = {
        ".".join(path.parent.relative_to(ROOT).parts)
        for path in (ROOT / "giftdesk").rglob("__init__.py")
        if "__pycache__" not in path.parts
    }
    assert found - listed == set(), "add these to [tool.setuptools] packages"


def test_migration_scripts_ship_with_the_installed_package():
    import giftdesk.migrations

    installed = Path(giftdesk.migrations.__file__).parent
    names = {p.name for p in (installed / "versions").glob("0*.py")}
    assert {f"{rev}.py" for rev in giftdesk.migrations.REVISIONS} <= names
    assert (installed / "env.py").exists()
