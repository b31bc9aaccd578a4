"""The desktop app from the command line: ``circlesdesk`` alone or ``circlesdesk A.cdb…``."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path

from circlesdesk.cli.common import data_dir

BUNDLE_SUFFIX = ".cdb"

# The options before `circlesdesk FILE.cdb…`.
GUI_OPTIONS = ("--data-dir", "--vault", "--passphrase-file")


def cmd_gui(args: argparse.Namespace) -> int:
    """Start the desktop application, opening any bundle files given (``circlesdesk A.cdb``)."""
    from circlesdesk.ui.app import run  # Qt is imported only here.

    return run(data_dir(args), files=[Path(f) for f in getattr(args, "files", [])])


def gui_files(argv: Sequence[str]) -> tuple[list[str], list[str]] | None:
    """(the options, the bundle files) when the command line is ``[OPTIONS] FILE.cdb…`` (a file
    manager's "Open with"), else None. argparse cannot mix optional files with subcommands, so
    the files are recognised by their ``.cdb`` name before the commands are parsed."""
    options: list[str] = []
    files: list[str] = []
    tokens = iter(argv)
    for token in tokens:
        if token in GUI_OPTIONS:
            options += [token, next(tokens, "")]
        elif token.startswith(tuple(f"{option}=" for option in GUI_OPTIONS)):
            options.append(token)
        elif token.startswith("-") or not token.lower().endswith(BUNDLE_SUFFIX):
            return None
        else:
            files.append(token)
    return (options, files) if files else None
