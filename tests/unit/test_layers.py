"""The layer rules of docs/architecture.md, checked: no Qt below ui/, no SQL outside vault/."""

from __future__ import annotations

import ast
import json
import re
import subprocess
import sys
from pathlib import Path

import circlesdesk

PACKAGE = Path(circlesdesk.__file__).resolve().parent
# `python -m circlesdesk` runs the command line when imported, so it is not imported here.
NOT_IMPORTED = {"circlesdesk.__main__"}


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def core_modules() -> list[str]:
    """Every module of the package except the Qt user interface."""
    return sorted(
        module_name(path)
        for path in PACKAGE.rglob("*.py")
        if "ui" not in path.relative_to(PACKAGE).parts[:1] and module_name(path) not in NOT_IMPORTED
    )


IMPORT_ALL_WITHOUT_QT = """
import importlib, json, sys
sys.modules["PySide6"] = None  # importing Qt, or any part of it, now raises ImportError
sys.modules["shiboken6"] = None
for name in json.loads(sys.argv[1]):
    importlib.import_module(name)
qt = sorted(name for name in sys.modules if name.startswith(("PySide6", "shiboken6")))
print(json.dumps(qt))
"""


def test_every_core_module_imports_with_qt_blocked() -> None:
    modules = core_modules()
    assert {"circlesdesk.cli", "circlesdesk.vault.vault", "circlesdesk.services.meetings"} <= set(
        modules
    )
    done = subprocess.run(
        [sys.executable, "-c", IMPORT_ALL_WITHOUT_QT, json.dumps(modules)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == ["PySide6", "shiboken6"]  # only the two blockers


def test_the_ui_package_is_the_only_one_that_names_qt() -> None:
    for path in PACKAGE.rglob("*.py"):
        relative = path.relative_to(PACKAGE)
        if relative.parts[0] == "ui":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                names = [node.module or ""]
            else:
                continue
            # The CLI starts the GUI through `circlesdesk.ui`, imported inside a function only.
            for name in names:
                assert not name.startswith(("PySide6", "shiboken6")), f"{relative} imports Qt"
                if name.startswith("circlesdesk.ui"):
                    assert relative.parts[0] == "cli", f"{relative} imports the GUI"
                    assert node.col_offset > 0, f"{relative} imports the GUI at module level"


SQL = re.compile(
    r"\b(SELECT\s+\S|INSERT\s+(OR\s+\w+\s+)?INTO\b|UPDATE\s+\w+\s+SET\b|DELETE\s+FROM\b"
    r"|CREATE\s+(TABLE|INDEX|TRIGGER|VIRTUAL)\b|DROP\s+(TABLE|INDEX|TRIGGER)\b|PRAGMA\s+\w)"
)


def _string_literals(tree: ast.AST) -> list[tuple[int, str]]:
    """(line, text) of every string constant that is not a docstring."""
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef)
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    return [
        (node.lineno, node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str)
        and id(node) not in docstrings
    ]  # fmt: skip


def test_sql_is_written_only_in_the_vault_package() -> None:
    offenders = []
    for path in sorted(PACKAGE.rglob("*.py")):
        relative = path.relative_to(PACKAGE)
        if relative.parts[0] == "vault":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        offenders += [
            f"{relative}:{line}: {text.strip()[:60]}"
            for line, text in _string_literals(tree)
            if SQL.search(text)
        ]
    assert offenders == []


def test_the_sql_check_would_see_sql() -> None:
    tree = ast.parse('"""SELECT in a docstring is fine."""\nQ = f"SELECT id FROM {table}"\n')
    assert [text for _line, text in _string_literals(tree) if SQL.search(text)] == [
        "SELECT id FROM "
    ]
    assert not SQL.search("Select the circle, then insert into the form")
