"""docs/architecture.md is true to the code: its module table lists every module of the package,
and names none that is gone."""

from __future__ import annotations

import re
from pathlib import Path

import circlesdesk

PACKAGE = Path(circlesdesk.__file__).resolve().parent
DOC = PACKAGE.parent / "docs" / "architecture.md"
ROW = re.compile(r"^\| `([^`]+)` \|")


def table_rows() -> list[str]:
    """The first cell of every row of the "Modules" section's tables."""
    text = DOC.read_text(encoding="utf-8")
    section = text.split("\n## Modules\n", 1)[1].split("\n## ", 1)[0]
    return [match.group(1) for line in section.splitlines() if (match := ROW.match(line))]


def as_row(path: Path) -> str:
    """How the table names a module: its path in the package; a package by its folder."""
    relative = path.relative_to(PACKAGE).as_posix()
    if relative == "__init__.py":
        return "circlesdesk/"
    return relative.removesuffix("__init__.py")


def test_every_module_has_one_row_and_every_row_a_module() -> None:
    rows = table_rows()
    modules = {as_row(path) for path in PACKAGE.rglob("*.py")}

    missing = sorted(modules - set(rows))
    gone = sorted(set(rows) - modules)
    assert not missing, f"add a row to docs/architecture.md (## Modules) for: {missing}"
    assert not gone, f"docs/architecture.md (## Modules) names modules that are gone: {gone}"
    assert len(rows) == len(set(rows)), "a module has two rows in docs/architecture.md"
