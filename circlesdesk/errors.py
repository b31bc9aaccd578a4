"""The base class of every error a user is meant to read, told as a code and its parameters.

A :class:`UserError` carries a stable ``code`` (a class attribute, or given when raised for the
generic kinds) and its parameters (keyword values). The sentence for each code lives once, in the
catalogue ``circlesdesk/messages.py``: the GUI shows it translated, the command line prints the
English (``str(error)``). Anything that is not a ``UserError`` is a bug. Parameters must never
contain passphrases, keys, names or note text.

    raise ValidationError("invalid.text.too_long", field="note", limit=1000)
"""

from __future__ import annotations

from circlesdesk.messages import TEMPLATES, UNTRANSLATED, Message, render


class UserError(Exception):
    """An error caused by the user's input or environment, told as a code and its parameters."""

    code = "general"
    """The catalogue code of this kind of error (a raise site may give a more precise one)."""
    exit_code = 1
    """The command line's exit status for this error (1 unless a caller needs to tell it apart)."""

    def __init__(self, code: str | None = None, /, **params: object) -> None:
        code = code or type(self).code
        if code not in TEMPLATES and " " in code:
            # An English sentence from before the catalogue: shown as it is, untranslated.
            # tests/unit/test_messages.py refuses any such raise in the package.
            code, params = UNTRANSLATED, {"text": code}
        self.message = Message(code, params)
        self.code = self.message.code
        self.params = self.message.params
        super().__init__(self.code)

    def __str__(self) -> str:
        return render(self.message)


class ValidationError(UserError):
    """Input that does not fit the rules (a date, a level, a name that is too long)."""

    code = "invalid"


class NotFoundError(UserError):
    """A circle, person or record the user named does not exist in this vault."""

    code = "not_found"


class RoleError(UserError):
    """An action only the other role (volunteer or office) may take."""

    code = "wrong_role"
