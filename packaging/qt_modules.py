"""Which PySide6 modules the app needs, and so which ones the build excludes.

The spec bundles exactly the Qt modules that ``circlesdesk/`` imports plus the ones those load
themselves (found by importing them in a fresh interpreter), and excludes every other PySide6
module of the installed wheels by name: a page that starts using a new Qt module is picked up by
the next build, and a PySide6 release adding modules cannot grow the app.
"""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Iterable
from pathlib import Path

IMPORT = re.compile(r"\bPySide6\.(Qt\w+)|\bfrom\s+PySide6\s+import\s+([\w\s,()]+)")


def imported_by(package: Path) -> set[str]:
    """The ``Qt*`` module names the Python files under ``package`` import."""
    found: set[str] = set()
    for path in package.rglob("*.py"):
        for dotted, listed in IMPORT.findall(path.read_text(encoding="utf-8")):
            names = [dotted] if dotted else re.findall(r"\bQt\w+", listed)
            found.update(names)
    return found


def with_dependencies(modules: Iterable[str], python: str = sys.executable) -> set[str]:
    """``modules`` and every PySide6 ``Qt*`` module importing them loads."""
    code = (
        "import importlib, sys\n"
        f"for name in {sorted(modules)!r}: importlib.import_module('PySide6.' + name)\n"
        "print(' '.join(m[8:] for m in sys.modules if m.startswith('PySide6.Qt')))"
    )
    done = subprocess.run(
        [python, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    return set(done.stdout.split())


def available(pyside_folder: Path) -> set[str]:
    """The ``Qt*`` extension modules installed in the PySide6 package folder."""
    return {
        path.name.split(".", 1)[0]
        for path in pyside_folder.iterdir()
        if path.name.startswith("Qt") and path.suffix in {".so", ".pyd"}
    }


def needed_and_excluded(package: Path, pyside_folder: Path) -> tuple[set[str], list[str]]:
    """The Qt modules to bundle, and the ``PySide6.Qt*`` names to exclude."""
    needed = with_dependencies(imported_by(package))
    missing = needed - available(pyside_folder)
    if missing:
        raise SystemExit(f"PySide6 lacks Qt modules CirclesDesk needs: {sorted(missing)}")
    return needed, sorted(f"PySide6.{name}" for name in available(pyside_folder) - needed)


if __name__ == "__main__":
    import PySide6

    root = Path(__file__).resolve().parents[1]
    used, excluded = needed_and_excluded(root / "circlesdesk", Path(PySide6.__file__).parent)
    print("bundled:", " ".join(sorted(used)))
    print("excluded:", " ".join(excluded))
