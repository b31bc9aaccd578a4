"""Asking the user for a folder or a file: the only place the GUI opens file dialogs.

Pages call these module functions (``dialogs.ask_folder(...)``), so tests replace them with
``monkeypatch.setattr``. Nothing here remembers a path: no recent folders or files are stored
by CirclesDesk (no QSettings). The platform's own dialog is used where there is one.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget


def ask_folder(parent: QWidget, title: str) -> Path | None:
    """A folder chosen by the user, or None if they cancelled."""
    chosen = QFileDialog.getExistingDirectory(parent, title, str(Path.home()))
    return Path(chosen) if chosen else None


def ask_open_file(parent: QWidget, title: str, name_filter: str) -> Path | None:
    """An existing file chosen by the user, or None if they cancelled.

    ``name_filter`` is Qt's form, e.g. ``"CirclesDesk files (*.cdb)"``.
    """
    chosen, _selected_filter = QFileDialog.getOpenFileName(
        parent, title, str(Path.home()), name_filter
    )
    return Path(chosen) if chosen else None


def ask_save_file(parent: QWidget, title: str, suggested: str, name_filter: str) -> Path | None:
    """A file name to write, chosen by the user (the platform asks before replacing a file), or
    None if they cancelled. ``suggested`` is a bare file name, offered in the home folder."""
    chosen, _selected_filter = QFileDialog.getSaveFileName(
        parent, title, str(Path.home() / suggested), name_filter
    )
    return Path(chosen) if chosen else None
