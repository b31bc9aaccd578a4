"""The base class of every error a user is meant to read.

A :class:`UserError` carries one plain sentence (what went wrong and what to do next) that the
command line prints and the GUI shows. Anything that is not a ``UserError`` is a bug. Messages must
never contain passphrases, keys, names or note text.
"""

from __future__ import annotations


class UserError(Exception):
    """An error caused by the user's input or environment, told in one plain sentence."""

    message = "Something went wrong."
    exit_code = 1
    """The command line's exit status for this error (1 unless a caller needs to tell it apart)."""

    def __init__(self, message: str | None = None) -> None:
        super().__init__(message or self.message)

    def __str__(self) -> str:
        return str(self.args[0])


class ValidationError(UserError):
    """Input that does not fit the rules (a date, a level, a name that is too long)."""

    message = "Some of the information entered is not valid."


class NotFoundError(UserError):
    """A circle, person or record the user named does not exist in this vault."""

    message = "That record does not exist in this vault."


class RoleError(UserError):
    """An action only the other role (volunteer or office) may take."""

    message = "This action is not available in this vault's role."
