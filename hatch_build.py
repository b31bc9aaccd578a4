"""Hatch build hook: compile the translations into the wheel.

Every ``resources/translations/circlesdesk_*.ts`` is compiled to the ``.qm`` file the app loads,
beside it, before the wheel (or an editable install) is built, so ``pip install`` users get the
translations (the ``.qm`` files are built, never committed). The compiler is Qt's ``lrelease``
from the PySide6-Essentials wheel, a dependency of this hook (pyproject.toml).
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


def lrelease() -> str:
    """Qt's translation compiler: the PySide6 wheel's, else one on PATH."""
    try:
        import PySide6  # noqa: PLC0415 (a build dependency of this hook only)
    except ImportError:
        found = shutil.which("pyside6-lrelease") or shutil.which("lrelease")
        if found is None:
            raise RuntimeError("lrelease not found: install PySide6-Essentials") from None
        return found
    return str(Path(PySide6.__file__).parent / "lrelease")


class TranslationsHook(BuildHookInterface):  # type: ignore[type-arg]
    """Compiles ``.ts`` → ``.qm`` in resources/translations before the files are collected."""

    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        folder = Path(self.root) / "resources" / "translations"
        sources = sorted(folder.glob("circlesdesk_*.ts"))
        if not sources:
            raise RuntimeError(f"no translation sources in {folder}")
        compiler = lrelease()
        for ts in sources:
            subprocess.run(
                [compiler, "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True
            )
