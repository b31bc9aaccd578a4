"""The `circlesdesk` command: every vault action from a terminal (no Qt unless the GUI starts).

Each command group is a module of this package holding its parsers beside its handlers.

Exit codes: 0 success, 1 the operation failed (one plain sentence on stderr), 2 usage error,
3 an urgent concern without the time of the call (``--called-at``), 4 a meeting for a circle and
date that already has one (``--again`` records it anyway), 5 ``import`` held a bundle for the
coordinator (records outside its device's circles; the reason is printed). Nothing is stored
when it is not 0, except the held bundle itself. Problems of the disk or the vault's files have
their own (docs/user-guide.md, "When something goes wrong"): 10 disk full, 11 read-only,
12 permission denied, 13 no vault, 14 database missing, 15 database is a folder, 16 key file of
another vault, 17 damaged, 18 disk error, 70 a bug (a sentence, never a traceback). ``import``
of a welcome from an office this laptop does not trust yet: 6 its office fingerprint was not
confirmed (no ``--office-fingerprint`` and no terminal to ask at), 7 the digits given are not
the welcome's (or the answer at the terminal was no); nothing is stored. ``backup``: 20 not a
backup file, 21 the backup is damaged, 22 its manifest does not match what it holds, 23 the
restore folder already holds a vault, 24 a backup from a newer version.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from circlesdesk import __version__, paths
from circlesdesk.cli import exits
from circlesdesk.cli.common import PASSPHRASE_ENV, Commands, data_dir
from circlesdesk.cli.gui import cmd_gui, gui_files
from circlesdesk.cli.terminal import TerminalSafe, terminal_safe

__all__ = ["PASSPHRASE_ENV", "build_parser", "main", "terminal_safe"]


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; returns the exit code. Nothing it prints carries a control sequence."""
    stdout, stderr = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = TerminalSafe(stdout), TerminalSafe(stderr)
    try:
        return _main(argv)
    finally:
        sys.stdout, sys.stderr = stdout, stderr


def _main(argv: Sequence[str] | None) -> int:
    os.umask(0o077)
    parser = build_parser()
    arguments = list(sys.argv[1:] if argv is None else argv)
    gui = gui_files(arguments)
    args = parser.parse_args(arguments if gui is None else gui[0])
    if gui is not None:
        args.files = gui[1]
    import logging  # here, not above: `--version` and `--help` end without it

    # Warnings of the core (event types and ids) are not for the terminal: without a handler,
    # Python would print them to stderr beside the one sentence the user is meant to read.
    core_log = logging.getLogger("circlesdesk")
    if not core_log.handlers:
        core_log.addHandler(logging.NullHandler())
    try:
        result: int = args.handler(args)
    except KeyboardInterrupt:
        return 1
    except Exception as error:
        return exits.fail(error, data_dir(args))
    return result


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every subcommand, each registered by its group's module."""
    parser = argparse.ArgumentParser(
        prog="circlesdesk",
        description="Encrypted meeting records for Circles of Support and Accountability.",
        epilog="With no command the desktop app starts; `circlesdesk FILE.cdb…` opens bundle "
        "files in it (in the window already open, if there is one).",
    )
    parser.add_argument("--version", action="version", version=f"circlesdesk {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help=f"vault folder (default: ${paths.DATA_DIR_ENV} or your user data folder)",
    )
    parser.add_argument(
        "--passphrase-file",
        metavar="FILE",
        help=f"read the passphrase from the first line of FILE (or set ${PASSPHRASE_ENV})",
    )
    parser.set_defaults(handler=cmd_gui)
    commands = Commands(parser.add_subparsers(title="commands", metavar="COMMAND"))
    # Each group's module holds its commands' parsers beside their handlers, in the order `--help`
    # lists them. A handler imports the services it needs when it runs, so that building the
    # parser (and `--version`) stays cheap.
    from circlesdesk.cli import (
        audit,
        backup,
        circle,
        demo,
        disclosure,
        keys,
        meeting,
        quarantine,
        report,
        retention,
        sync,
        vault,
    )

    for group in (
        vault,
        circle,
        meeting,
        sync,
        keys,
        quarantine,
        demo,
        report,
        retention,
        disclosure,
        audit,
        backup,
    ):
        group.register(commands)
    return parser
