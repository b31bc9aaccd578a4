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
NEW_PASSPHRASE_ENV = "CIRCLESDESK_NEW_PASSPHRASE"  # noqa: S105
RECOVERY_CODE_ENV = "CIRCLESDESK_RECOVERY_CODE"


class InputError(UserError):
    """A problem with what was given on the command line (a file, a missing passphrase)."""


def read_secret_file(path: str, what: str) -> str:
    try:
        with open(path, encoding="utf-8") as handle:
            return handle.readline().rstrip("\r\n")
    except (OSError, UnicodeDecodeError):
        raise InputError(f"The {what} file could not be read.") from None


def prompt(label: str, *, env: str = PASSPHRASE_ENV, option: str = "--passphrase-file") -> str:
    if not sys.stdin.isatty():
        raise InputError(f"No {label} was given: set {env} or use {option}.")
    import getpass

    return getpass.getpass(f"{label.capitalize()}: ")


def passphrase(args: argparse.Namespace) -> str:
    """The vault passphrase from --passphrase-file, the environment, or a no-echo prompt."""
    if args.passphrase_file:
        return read_secret_file(args.passphrase_file, "passphrase")
    if os.environ.get(PASSPHRASE_ENV):
        return os.environ[PASSPHRASE_ENV]
    return prompt("passphrase")


def new_passphrase(args: argparse.Namespace, *, env: str) -> str:
    if os.environ.get(env):
        return os.environ[env]
    file = getattr(args, "new_passphrase_file", None)
    if file:
        return read_secret_file(file, "new passphrase")
    option = "--passphrase-file" if env == PASSPHRASE_ENV else "--new-passphrase-file"
    first = prompt("new passphrase", env=env, option=option)
    import getpass

    if getpass.getpass("Repeat the new passphrase: ") != first:
        raise InputError("The two passphrases are not the same.")
    return first


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


def print_json(value: object) -> None:
    import json

    print(json.dumps(value, indent=2, ensure_ascii=False))


def counts_text(counts: dict[str, int]) -> str:
    if not counts:
        return "no records"
    return ", ".join(f"{n} {kind.replace('_', ' ')}" for kind, n in sorted(counts.items()))


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
