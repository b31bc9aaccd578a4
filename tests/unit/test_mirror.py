"""Tests mirror the code: every module of circlesdesk/ has a test module of the same name, or a
line in tests/mirror_exemptions.txt saying where it is tested or why it needs no tests of its own.

A module circlesdesk/a/b.py is tested in tests/unit/a/test_b.py; a GUI module circlesdesk/ui/a/b.py
in tests/ui/a/test_b.py. A new module without either fails here, with what to add.
"""

from __future__ import annotations

import re
from pathlib import Path

import circlesdesk

PACKAGE = Path(circlesdesk.__file__).resolve().parent
ROOT = PACKAGE.parent
EXEMPTIONS = ROOT / "tests" / "mirror_exemptions.txt"
TESTED_IN = re.compile(r"tested in (tests/\S+\.py)")
NOT_MODULES = {"__init__.py", "__main__.py"}  # a package's docstring; `python -m circlesdesk`


def modules() -> list[str]:
    """Every module of the package as a path inside it (``vault/store.py``)."""
    return sorted(
        path.relative_to(PACKAGE).as_posix()
        for path in PACKAGE.rglob("*.py")
        if path.name not in NOT_MODULES
    )


def mirror(module: str) -> Path:
    """Where the test module of a module is."""
    folder, _, name = module.rpartition("/")
    parts = folder.split("/") if folder else []
    base = ["ui", *parts[1:]] if parts[:1] == ["ui"] else ["unit", *parts]
    return ROOT.joinpath("tests", *base, f"test_{name}")


def exemptions() -> dict[str, str]:
    """Module → reason, from the exemption file (comments and blank lines skipped)."""
    found: dict[str, str] = {}
    for line in EXEMPTIONS.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            module, _, reason = line.partition(":")
            assert reason.strip(), f"{module}: say why it has no test module of its own"
            assert module not in found, f"{module} is listed twice in {EXEMPTIONS.name}"
            found[module] = reason.strip()
    return found


def test_the_mirror_of_a_module_is_its_test_module() -> None:
    assert mirror("vault/store.py") == ROOT / "tests/unit/vault/test_store.py"
    assert mirror("cli.py") == ROOT / "tests/unit/test_cli.py"
    assert mirror("ui/office/inbox.py") == ROOT / "tests/ui/office/test_inbox.py"
    assert mirror("ui/session.py") == ROOT / "tests/ui/test_session.py"


def test_every_module_has_a_test_module_or_a_reason() -> None:
    listed = exemptions()
    untested = [m for m in modules() if not mirror(m).exists() and m not in listed]
    assert not untested, (
        "add a test module for each (or a line with the reason to "
        f"tests/mirror_exemptions.txt): {[str(mirror(m).relative_to(ROOT)) for m in untested]}"
    )


def test_every_exemption_is_still_needed_and_names_real_tests() -> None:
    current = set(modules())
    for module, reason in exemptions().items():
        assert module in current, f"tests/mirror_exemptions.txt names {module}, which is gone"
        assert not mirror(module).exists(), (
            f"{module} has its own test module now: drop its line from tests/mirror_exemptions.txt"
        )
        for named in TESTED_IN.findall(reason):
            assert (ROOT / named).is_file(), f"{module}: {named} does not exist"
