"""What every command shares: its passphrase, its vault, its output and how it is registered."""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from circlesdesk.errors import UserError

if TYPE_CHECKING:
    from circlesdesk.vault.vault import Vault

Handler = Callable[[argparse.Namespace], int]

PASSPHRASE_ENV = "CIRCLESDESK_PASSPHRASE"  # noqa: S105 (the name of a variable)
PASSPHRASE_FILE_ENV = "CIRCLESDESK_PASSPHRASE_FILE"  # noqa: S105
NEW_PASSPHRASE_ENV = "CIRCLESDESK_NEW_PASSPHRASE"  # noqa: S105
RECOVERY_CODE_ENV = "CIRCLESDESK_RECOVERY_CODE"


class InputError(UserError):
    """A problem with what was given on the command line (a file, a missing passphrase)."""


def read_secret_file(path: str, what: str) -> str:
    """The first line of a file holding a secret (its line ending removed)."""
    try:
        with open(path, encoding="utf-8") as handle:
            return handle.readline().rstrip("\r\n")
    except (OSError, UnicodeDecodeError):
        raise InputError(f"The {what} file could not be read.") from None


def prompt(label: str, *, ways: str) -> str:
    """A secret asked for at the terminal without echo, or else the next line of standard input
    (``echo … | circlesdesk``, as keepassxc-cli and restic read it). ``ways`` names the other
    ways to give it, for the sentence when there is none."""
    stdin = sys.stdin
    if stdin is not None and stdin.isatty():
        import getpass

        return getpass.getpass(f"{label.capitalize()}: ")
    try:
        line = stdin.readline() if stdin is not None else ""
    except (OSError, ValueError):  # closed, or not readable at all
        line = ""
    secret = line.rstrip("\r\n")
    if not secret:
        raise InputError(f"No {label} was given: {ways}, or give it on standard input.")
    return secret


def given_passphrase(args: argparse.Namespace) -> str | None:
    """The vault passphrase if it was given without asking: --passphrase-file, the file named
    by $CIRCLESDESK_PASSPHRASE_FILE, or $CIRCLESDESK_PASSPHRASE (in that order)."""
    if args.passphrase_file:
        return read_secret_file(args.passphrase_file, "passphrase")
    if os.environ.get(PASSPHRASE_FILE_ENV):
        return read_secret_file(os.environ[PASSPHRASE_FILE_ENV], "passphrase")
    return os.environ.get(PASSPHRASE_ENV) or None


PASSPHRASE_WAYS = f"use --passphrase-file, set {PASSPHRASE_FILE_ENV} or {PASSPHRASE_ENV}"


def passphrase(args: argparse.Namespace) -> str:
    """The vault passphrase given (:func:`given_passphrase`), else asked for (:func:`prompt`)."""
    return given_passphrase(args) or prompt("passphrase", ways=PASSPHRASE_WAYS)


def new_passphrase(args: argparse.Namespace) -> str:
    """A new passphrase: $CIRCLESDESK_NEW_PASSPHRASE, --new-passphrase-file, else asked for
    twice at a terminal (once from standard input)."""
    if os.environ.get(NEW_PASSPHRASE_ENV):
        return os.environ[NEW_PASSPHRASE_ENV]
    file = getattr(args, "new_passphrase_file", None)
    if file:
        return read_secret_file(file, "new passphrase")
    return ask_new_passphrase(ways=f"use --new-passphrase-file or set {NEW_PASSPHRASE_ENV}")


def ask_new_passphrase(*, ways: str) -> str:
    """A new passphrase asked for twice at a terminal, or read once from standard input."""
    first = prompt("new passphrase", ways=ways)
    if sys.stdin is not None and sys.stdin.isatty():
        import getpass

        if getpass.getpass("Repeat the new passphrase: ") != first:
            raise InputError("The two passphrases are not the same.")
    return first


def recovery_code(args: argparse.Namespace) -> str:
    """The recovery code: $CIRCLESDESK_RECOVERY_CODE, --recovery-code-file, else asked for."""
    if os.environ.get(RECOVERY_CODE_ENV):
        return os.environ[RECOVERY_CODE_ENV]
    if args.recovery_code_file:
        return read_secret_file(args.recovery_code_file, "recovery code")
    ways = f"use --recovery-code-file or set {RECOVERY_CODE_ENV}"
    return prompt("recovery code", ways=ways)


def read_text_file(path: str, what: str) -> str:
    try:
        return Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        raise InputError(f"The {what} file could not be read as UTF-8 text.") from None


def read_binary(path: str, what: str) -> bytes:
    try:
        with open(path, "rb") as handle:
            return handle.read(1024 * 1024)
    except OSError:
        raise InputError(f"The {what} file could not be read.") from None


def data_dir(args: argparse.Namespace) -> Path:
    """The vault folder chosen by --data-dir, the environment, or the platform default."""
    from circlesdesk import paths

    return paths.data_dir(args.data_dir)


@contextlib.contextmanager
def open_vault(args: argparse.Namespace) -> Iterator[Vault]:
    """Unlock the vault for one command and lock it afterwards.

    What the unlock found is said first (files made private again, the new recovery code of a
    key rotation cut short); a disk or database failure during the command becomes its sentence.
    """
    from circlesdesk.vault.vault import Vault

    with unlocked(Vault.unlock(data_dir(args), passphrase=passphrase(args))) as vault:
        yield vault


@contextlib.contextmanager
def unlocked(vault: Vault) -> Iterator[Vault]:
    """Announce what the unlock found, explain disk failures, and lock the vault at the end."""
    try:
        announce(vault)
        with vault.explained():
            yield vault
    finally:
        vault.lock()


def announce(vault: Vault) -> None:
    """Tell the user what unlocking found (on stderr, so that --json output stays clean)."""
    if vault.tightened:
        print(
            "Other users of this computer could read some of the vault's files "
            f"({', '.join(vault.tightened)}); they are private again now.",
            file=sys.stderr,
        )
    code = vault.unshown_recovery_code()
    if code is not None:
        print(
            "A change of the vault's key was interrupted. Your old recovery code no longer "
            "works. Your new recovery code (write it down now; it is shown until you have "
            f"seen it once):\n\n    {code}\n",
            file=sys.stderr,
        )
        from circlesdesk import crashpoints

        crashpoints.reach("cli.new-code-printed")
        vault.recovery_code_shown()


def say(args: argparse.Namespace, *lines: str) -> None:
    """Lines telling what was done: not printed with -q, nor with --json (the JSON says it)."""
    if args.quiet or getattr(args, "json", False):
        return
    for line in lines:
        print(line)


def done(args: argparse.Namespace, data: object, *lines: str) -> int:
    """The end of a command that did something: what it did as JSON with --json, else the lines
    saying so (not with -q). Returns the exit code, 0."""
    if getattr(args, "json", False):
        print_json(data)
    else:
        say(args, *lines)
    return 0


def print_json(value: object) -> None:
    import json

    print(json.dumps(value, indent=2, ensure_ascii=False))


def counts_text(counts: dict[str, int]) -> str:
    if not counts:
        return "no records"
    return ", ".join(f"{n} {kind.replace('_', ' ')}" for kind, n in sorted(counts.items()))


def global_options(parser: argparse.ArgumentParser, *, top: bool) -> None:
    """The options every command takes, before its name or after it (``circlesdesk status
    --vault DIR``). Below the top, an option not given leaves the value given above alone."""
    from circlesdesk import paths

    unset: dict[str, Any] = {} if top else {"default": argparse.SUPPRESS}
    parser.add_argument(
        "--data-dir",
        "--vault",
        dest="data_dir",
        metavar="DIR",
        help=f"vault folder (default: ${paths.DATA_DIR_ENV} or your user data folder)",
        **unset,
    )
    parser.add_argument(
        "--passphrase-file",
        metavar="FILE",
        help=f"read the passphrase from the first line of FILE (or set ${PASSPHRASE_FILE_ENV} "
        f"to its name, or ${PASSPHRASE_ENV}; else it is asked for, or read from standard input)",
        **unset,
    )
    parser.add_argument(
        "-q",
        "--quiet",
        action="store_true",
        help="print only what was asked for (lists, JSON, recovery codes) and errors",
        **unset,
    )


class Commands:
    """Where a command group registers its commands, each with its parser and its handler."""

    def __init__(self, subparsers: Any) -> None:
        self._subparsers = subparsers

    def add(self, name: str, handler: Handler, help_text: str) -> argparse.ArgumentParser:
        """A command running ``handler``; the caller adds its options to the parser returned."""
        parser: argparse.ArgumentParser = self._subparsers.add_parser(
            name, help=help_text, description=help_text
        )
        parser.set_defaults(handler=handler)
        global_options(parser, top=False)
        return parser

    def group(self, name: str, help_text: str) -> Commands:
        """A command made of actions (``circle add``, ``circle list``…)."""
        parser = self.add(name, lambda _args: 2, help_text)
        return Commands(
            parser.add_subparsers(title=f"{name} commands", metavar="ACTION", required=True)
        )


class LazyChoices:
    """The choices of an option, loaded from the module that owns them only when the option is
    parsed or its help is shown (so that building the parser imports nothing heavy)."""

    def __init__(self, load: Callable[[], Iterable[str]]) -> None:
        self._load = load

    def __iter__(self) -> Iterator[str]:
        return iter(list(self._load()))

    def __contains__(self, value: object) -> bool:
        return value in list(self._load())
