"""The catalogue: every code the package raises or returns has its sentence, with the same
parameters, marked so that lupdate extracts it; no English sentence is raised any more."""

from __future__ import annotations

import ast
import importlib
import pkgutil
from collections.abc import Iterator
from pathlib import Path

import pytest

import circlesdesk
from circlesdesk import messages
from circlesdesk.errors import UserError, ValidationError
from circlesdesk.messages import TEMPLATES, UNTRANSLATED, Message, placeholders, render

PACKAGE = Path(circlesdesk.__file__).resolve().parent
NOT_IMPORTED = {"circlesdesk.__main__"}
# Where a raise may still carry an English sentence, and why (nothing else may).
ENGLISH_ONLY: dict[str, str] = {
    "circlesdesk/cli": "the command line speaks English only: its own errors about what was typed "
    "(an option, a file named on it) are never shown by the GUI",
}


def all_modules() -> list[str]:
    names = [
        info.name
        for info in pkgutil.walk_packages([str(PACKAGE)], prefix="circlesdesk.")
        if info.name not in NOT_IMPORTED
    ]
    for name in names:
        importlib.import_module(name)
    return names


def subclasses(cls: type[UserError]) -> Iterator[type[UserError]]:
    for sub in cls.__subclasses__():
        yield sub
        yield from subclasses(sub)


def user_error_classes() -> dict[str, type[UserError]]:
    all_modules()
    found = {
        cls.__name__: cls
        for cls in subclasses(UserError)
        if cls.__module__.startswith("circlesdesk")
    }
    return {"UserError": UserError, **found}


def test_every_user_error_class_has_a_code_in_the_catalogue() -> None:
    classes = user_error_classes()
    assert {"WrongPassphrase", "BundleTooLarge", "DuplicateMeeting", "PhoneCallMissing"} <= set(
        classes
    )
    for cls in classes.values():
        assert cls.code in TEMPLATES, f"{cls.__name__} has no sentence for {cls.code}"
        assert cls.code != UNTRANSLATED
    # Each class without parameters can be raised bare, and says its catalogue sentence.
    for cls in classes.values():
        if placeholders(cls.code) or cls.__init__ is not UserError.__init__:
            continue
        error = cls()
        assert error.code == cls.code
        assert str(error) == TEMPLATES[cls.code]


def _called_name(node: ast.Call) -> str | None:
    if isinstance(node.func, ast.Name):
        return node.func.id
    if isinstance(node.func, ast.Attribute):
        return node.func.attr
    return None


def _sites() -> Iterator[tuple[str, int, str, str | None, set[str]]]:
    """(file, line, class or "Message", code, parameter names) of every place a code is given."""
    classes = user_error_classes()
    for path in sorted(PACKAGE.rglob("*.py")):
        relative = path.relative_to(PACKAGE.parent).as_posix()
        tree = ast.parse(path.read_text(encoding="utf-8"))
        # Module-level text constants, so `raise X(SOME_SENTENCE)` is seen through its name.
        constants = {
            target.id: node.value.value
            for node in tree.body
            if isinstance(node, ast.Assign)
            and isinstance(node.value, ast.Constant)
            and isinstance(node.value.value, str)
            for target in node.targets
            if isinstance(target, ast.Name)
        }
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = _called_name(node)
            if name in classes:
                if not node.args:
                    continue
                first = node.args[0]
                params = {k.arg for k in node.keywords if k.arg is not None}
                if isinstance(first, ast.Name) and first.id in constants:
                    yield relative, node.lineno, name, constants[first.id], params
                elif isinstance(first, ast.Constant):
                    yield relative, node.lineno, name, first.value, params
                elif isinstance(first, ast.JoinedStr | ast.Call | ast.BinOp):
                    # A sentence made where it is raised (an f-string, a tr() call) is no code.
                    yield relative, node.lineno, name, ast.unparse(first), params
            elif name == "Message" and node.args:
                first = node.args[0]
                code = first.value if isinstance(first, ast.Constant) else None
                params: set[str] = set()
                if len(node.args) > 1 and isinstance(node.args[1], ast.Dict):
                    params = {k.value for k in node.args[1].keys if isinstance(k, ast.Constant)}
                if code is None:  # a code made at run time (f"import.{state}") is checked apart
                    continue
                yield relative, node.lineno, "Message", code, params


def test_every_code_given_in_the_package_has_its_sentence_with_the_same_parameters() -> None:
    problems = []
    for relative, line, name, code, params in _sites():
        if not isinstance(code, str) or relative.startswith(tuple(ENGLISH_ONLY)):
            continue  # a code passed on (an error's own, a variable): checked where it is made
        if code not in TEMPLATES:
            problems.append(f"{relative}:{line}: {name}({code[:50]!r}) is not a catalogue code")
        elif placeholders(code) != params:
            problems.append(
                f"{relative}:{line}: {name}({code!r}) gives {sorted(params)}, its sentence "
                f"needs {sorted(placeholders(code))}"
            )
    assert problems == []


def test_the_codes_made_at_run_time_exist() -> None:
    from circlesdesk.sync import importer, scope

    for state in importer.State:
        assert importer.state_message(state).code in TEMPLATES
    for problem in scope.Problem:
        assert f"scope.{problem.value}" in TEMPLATES


def test_every_sentence_is_marked_for_lupdate_in_its_context() -> None:
    tree = ast.parse(Path(messages.__file__).read_text(encoding="utf-8"))
    marked: dict[str, str] = {}
    words: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Dict):
            for key, value in zip(node.keys, node.values, strict=True):
                if (
                    isinstance(key, ast.Constant)
                    and isinstance(value, ast.Call)
                    and _called_name(value) == "QT_TRANSLATE_NOOP"
                ):
                    context, text = (ast.literal_eval(arg) for arg in value.args)
                    assert context == messages.CONTEXT
                    marked[key.value] = text
        if isinstance(node, ast.Call) and _called_name(node) == "QT_TRANSLATE_NOOP":
            context, text = (ast.literal_eval(arg) for arg in node.args)
            if context == messages.WORDS_CONTEXT:
                words.add(text)
    assert marked == {code: text for code, text in TEMPLATES.items() if code != UNTRANSLATED}
    assert words == set(messages.WORDS)


def test_a_sentence_is_translated_with_its_parameters_and_the_words_in_them() -> None:
    said: list[tuple[str, str]] = []

    def welsh(context: str, text: str) -> str:
        said.append((context, text))
        return {"meeting": "cyfarfod"}.get(text, f"<{text}>")

    inner = ValidationError("invalid.not_text", field="meeting").message
    message = Message("bundle.invalid_record_because", {"kind": "meeting", "problem": inner})
    shown = render(message, welsh)

    assert shown.startswith("<A cyfarfod record in this bundle is not valid. <The cyfarfod")
    assert (messages.CONTEXT, TEMPLATES["bundle.invalid_record_because"]) in said
    assert (messages.WORDS_CONTEXT, "meeting") in said
    assert str(message) == render(message)  # the command line's English


def test_an_unknown_code_is_refused_when_the_message_is_made() -> None:
    with pytest.raises(KeyError):
        Message("no.such.code")


def test_the_english_of_an_error_is_its_catalogue_sentence() -> None:
    from circlesdesk.vault.errors import NotEnoughSpace, WrongPassphrase

    assert str(WrongPassphrase()) == TEMPLATES["vault.wrong_passphrase"]
    assert WrongPassphrase().message == Message("vault.wrong_passphrase")
    short = NotEnoughSpace(needed=2_500_000, free=1)
    assert short.code == "vault.not_enough_space.update"
    assert short.params == {"needed_mb": 3, "free_mb": 1}
    assert "needs 3 MB of free disk space" in str(short)


def test_every_sentence_in_the_catalogue_is_used() -> None:
    """A code no raise site gives is a sentence translators would translate for nothing."""
    literals: set[str] = set()
    for path in PACKAGE.rglob("*.py"):
        if path.name == "messages.py" and path.parent == PACKAGE:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        literals |= {
            node.value
            for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str)
        }
    made_at_run_time = ("import.", "scope.")  # importer.state_message, scope.Violation.sentence
    unused = [
        code
        for code in TEMPLATES
        if code not in literals and code != UNTRANSLATED and not code.startswith(made_at_run_time)
    ]
    assert unused == []
