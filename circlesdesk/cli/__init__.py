"""The `circlesdesk` command: every vault action from a terminal (no Qt unless the GUI starts).

Each command group is a module of this package holding its parsers beside its handlers.

Nothing is stored when a command fails (except a bundle ``import`` holds for the coordinator).
Every exit code is listed once, in :data:`circlesdesk.cli.exits.EXITS` (``--help`` ends with it;
docs/cli.md lists it too).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from types import ModuleType

from circlesdesk import __version__
from circlesdesk.cli import exits
from circlesdesk.cli.common import PASSPHRASE_ENV, Commands, data_dir, global_options
from circlesdesk.cli.gui import cmd_gui, gui_files
from circlesdesk.cli.terminal import TerminalSafe, terminal_safe

__all__ = ["PASSPHRASE_ENV", "Commands", "build_parser", "main", "terminal_safe"]


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; returns the exit code. Nothing it prints carries a control sequence."""
    stdout, stderr = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = TerminalSafe(stdout), TerminalSafe(stderr)
    try:
        return _main(argv)
    except KeyboardInterrupt:  # Ctrl+C, wherever it came: one sentence, as a shell reports it
        print("Interrupted: what was not finished was not saved.", file=sys.stderr)
        return exits.INTERRUPTED
    finally:
        sys.stdout, sys.stderr = stdout, stderr


def _main(argv: Sequence[str] | None) -> int:
    os.umask(0o077)
    arguments = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser(arguments)
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
    except Exception as error:
        return exits.fail(error, data_dir(args))
    return result


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The argument parser: with ``argv``, only the group of the command it names (all of them
    for help or an unknown command, none for ``--version`` or the GUI); else every command."""
    parser = argparse.ArgumentParser(
        prog="circlesdesk",
        description="Encrypted meeting records for Circles of Support and Accountability.",
        epilog="With no command the desktop app starts; `circlesdesk FILE.cdb…` opens bundle\n"
        "files in it (in the window already open, if there is one).\n\n" + exits.epilog(),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"circlesdesk {__version__}")
    global_options(parser, top=True)
    parser.set_defaults(handler=cmd_gui)
    commands = Commands(parser.add_subparsers(title="commands", metavar="COMMAND"))
    for group in _groups(argv):
        group.register(commands)
    return parser


def _groups(argv: Sequence[str] | None) -> list[ModuleType]:
    """The command groups to register for ``argv``, in the order `--help` lists them. Each
    group's module holds its commands' parsers beside their handlers; a handler imports the
    services it needs when it runs, so that building the parser stays cheap."""
    from circlesdesk.cli import (
        activity,
        audit,
        backup,
        circle,
        completion,
        concern,
        demo,
        disclosure,
        keys,
        meeting,
        minutes,
        quarantine,
        report,
        retention,
        settings,
        sync,
        vault,
    )

    groups: list[ModuleType] = [
        vault,
        circle,
        meeting,
        activity,
        sync,
        keys,
        quarantine,
        concern,
        minutes,
        settings,
        demo,
        report,
        retention,
        disclosure,
        audit,
        backup,
        completion,
    ]
    if argv is None:
        return groups
    word = _command_word(argv)
    if word is None:
        return groups if {"-h", "--help"} & set(argv) else []
    return [g for g in groups if word in g.COMMANDS] or groups


def _command_word(argv: Sequence[str]) -> str | None:
    """The command ``argv`` names: its first word that is not an option or an option's value."""
    valued = {"--data-dir", "--vault", "--passphrase-file"}
    words = iter(argv)
    for word in words:
        if word in valued:
            next(words, None)
        elif word == "--":
            return next(words, None)
        elif not word.startswith("-"):
            return word
    return None
