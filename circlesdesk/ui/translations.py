"""Translations: which one the app loads, and the tools behind ``make translations``.

The app loads the translation for the system locale, or for ``$CIRCLESDESK_LANG`` when it is set
(a language such as ``cy``, or the path of a ``.qm`` file: how a translator tries their work).

``python -m circlesdesk.ui.translations update`` extracts every string into
``resources/translations/circlesdesk_*.ts`` (Qt Linguist files, see docs/translating.md),
compiles them to ``.qm`` and builds two pseudo-locales into ``build/translations``: ``en_XA``
(every text 40% longer, accented and in brackets, so a clipped text shows) and ``ar_XB``
(right-to-left layout). The pseudo-locales are generated, never edited by hand.
"""

from __future__ import annotations

import argparse
import ast
import math
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Sequence
from pathlib import Path

import PySide6
from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from circlesdesk.ui import resources

LANG_ENV = "CIRCLESDESK_LANG"
PREFIX = "circlesdesk_"
PSEUDO_LONG = "en_XA"
PSEUDO_RTL = "ar_XB"
PACKAGE = Path(__file__).resolve().parent.parent
CHECKOUT = PACKAGE.parent
TRANSLATIONS = CHECKOUT / "resources" / "translations"
PSEUDO_DIR = CHECKOUT / "build" / "translations"

# Kept as they are in a pseudo text: placeholders, plural markers, tags, entities, mnemonics.
_PROTECTED = re.compile(r"\{[^{}]*\}|%L?n|%L?\d+|\(s\)|<[^>]*>|&[a-z]+;|&&|&(?!\{)\S|\n")
_ACCENTED = str.maketrans(
    "abcdeghiklnorstuyzABCDEGHIKLNORSTUYZ",
    "áƀçđéğĥíķĺñøŕšţûýžÅƁÇĐÉĞĤÍĶĹÑØŔŠŢÛÝŽ",
)
_RTL_EMBEDDING, _POP_DIRECTION = "\u202b", "\u202c"
GROWTH = 0.4


# -- loading -------------------------------------------------------------------------------


def install(app: QApplication, choice: str | None = None) -> list[QTranslator]:
    """Install the translators for ``choice`` (default ``$CIRCLESDESK_LANG``, else the system).

    ``choice`` is a locale name (``cy``, ``fr_FR``) or the path of a ``.qm`` file. Returns the
    installed translators (give them to :func:`remove` to go back to English).
    """
    choice = os.environ.get(LANG_ENV, "") if choice is None else choice
    if not choice.endswith(".qm"):
        return resources.install_translators(app, QLocale(choice) if choice else None)
    translator = QTranslator(app)
    if not translator.load(choice):
        translator.deleteLater()
        return []
    app.installTranslator(translator)
    return [translator]


def remove(app: QApplication, translators: Iterable[QTranslator]) -> None:
    """Uninstall translators (the widgets made afterwards speak English again)."""
    for translator in translators:
        app.removeTranslator(translator)
        translator.deleteLater()


# -- pseudo-locales ------------------------------------------------------------------------


def pseudo_text(source: str, *, rtl: bool = False) -> str:
    """A pseudo translation: accented, 40% longer and bracketed, or right-to-left embedded.

    Placeholders (``{name}``, ``%n``), "(s)", tags and mnemonics (``&S``) are kept as they are.
    """
    parts: list[str] = []
    position = 0
    letters = 0
    for match in _PROTECTED.finditer(source):
        plain = source[position : match.start()]
        letters += len(plain)
        parts.append(plain.translate(_ACCENTED))
        parts.append(match.group())
        position = match.end()
    tail = source[position:]
    letters += len(tail)
    parts.append(tail.translate(_ACCENTED))
    text = "".join(parts)
    if rtl:
        return f"{_RTL_EMBEDDING}{text}{_POP_DIRECTION}"
    extra = math.ceil(letters * GROWTH)
    padding = " ".join("ẍ" * min(6, extra - start) for start in range(0, extra, 6))
    return f"[{text} {padding}]" if padding else f"[{text}]"


def pseudo_ts(template: Path, out: Path, *, rtl: bool) -> None:
    """Write a pseudo-locale ``.ts`` with every message of ``template`` translated."""
    tree = ET.parse(template)  # noqa: S314 (lupdate's own output, not untrusted input)
    root = tree.getroot()
    root.set("language", "en")  # English plural rules: two numerus forms
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        translation.attrib.pop("type", None)
        translation.text = None
        for form in list(translation):
            translation.remove(form)
        if message.get("numerus") == "yes":
            for _ in range(2):
                ET.SubElement(translation, "numerusform").text = pseudo_text(source, rtl=rtl)
        else:
            translation.text = pseudo_text(source, rtl=rtl)
    if rtl:
        # Qt's own switch: an application whose translation says RTL lays out right-to-left.
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = "QGuiApplication"
        message = ET.SubElement(context, "message")
        ET.SubElement(message, "source").text = "QT_LAYOUT_DIRECTION"
        ET.SubElement(message, "translation").text = "RTL"
    out.parent.mkdir(parents=True, exist_ok=True)
    tree.write(out, encoding="utf-8", xml_declaration=True)


# -- extraction ----------------------------------------------------------------------------


def helper_strings(package: Path) -> str:
    """Python source that shows lupdate the strings passed to a module's ``_tr`` helper.

    Several modules translate through ``def _tr(text): return QCoreApplication.translate(
    "Context", text)``; lupdate cannot follow the variable, so each ``_tr("literal")`` call is
    written out as the ``translate`` call it becomes (with its plural count, if it has one).
    """
    lines = ['"""Generated by circlesdesk.ui.translations for lupdate; not imported."""', ""]
    for path in sorted(package.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        context = _helper_context(tree)
        if context is None:
            continue
        lines.append(f"# {path.relative_to(package.parent)}")
        for node in ast.walk(tree):
            if not (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "_tr"
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                continue
            args = [repr(context), repr(node.args[0].value)]
            if len(node.args) > 2 or any(k.arg == "n" for k in node.keywords):
                args += ['""', "n"]
            lines.append(f"QCoreApplication.translate({', '.join(args)})")
    return "\n".join(lines) + "\n"


def _helper_context(tree: ast.Module) -> str | None:
    """The context of the module's ``_tr`` helper, if it has one built on ``translate``."""
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and node.name == "_tr":
            for inner in ast.walk(node):
                if (
                    isinstance(inner, ast.Call)
                    and isinstance(inner.func, ast.Attribute)
                    and inner.func.attr == "translate"
                    and inner.args
                    and isinstance(inner.args[0], ast.Constant)
                    and isinstance(inner.args[0].value, str)
                ):
                    return inner.args[0].value
    return None


def tool(name: str) -> Path:
    """One of Qt's translation tools shipped with PySide6 (``lupdate``, ``lrelease``)."""
    return Path(PySide6.__file__).parent / name


def extract(ts_files: Sequence[Path], *, package: Path, workdir: Path) -> None:
    """Update ``ts_files`` with every translatable string of ``package`` (lupdate)."""
    workdir.mkdir(parents=True, exist_ok=True)
    helpers = workdir / "helper_strings.py"
    helpers.write_text(helper_strings(package), encoding="utf-8")
    sources = [*sorted(str(p) for p in package.rglob("*.py")), str(helpers)]
    command = [str(tool("lupdate")), "-locations", "relative", *sources, "-ts"]
    subprocess.run([*command, *map(str, ts_files)], check=True, capture_output=True)


def compile_ts(ts: Path, qm: Path) -> None:
    """Compile a ``.ts`` file to the ``.qm`` the app loads (lrelease; unfinished are left out)."""
    qm.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [str(tool("lrelease")), str(ts), "-qm", str(qm)], check=True, capture_output=True
    )


def build_pseudo(out_dir: Path, *, package: Path = PACKAGE) -> dict[str, Path]:
    """Extract the strings and build both pseudo-locales; returns their ``.qm`` paths by name."""
    template = out_dir / f"{PREFIX}template.ts"
    template.unlink(missing_ok=True)
    extract([template], package=package, workdir=out_dir)
    built: dict[str, Path] = {}
    for name, rtl in ((PSEUDO_LONG, False), (PSEUDO_RTL, True)):
        ts = out_dir / f"{PREFIX}{name}.ts"
        pseudo_ts(template, ts, rtl=rtl)
        built[name] = out_dir / f"{PREFIX}{name}.qm"
        compile_ts(ts, built[name])
    return built


def update(folder: Path = TRANSLATIONS, *, pseudo_dir: Path = PSEUDO_DIR) -> list[Path]:
    """``make translations``: refresh every ``.ts``, compile them, build the pseudo-locales."""
    ts_files = sorted(folder.glob(f"{PREFIX}*.ts"))
    extract(ts_files, package=PACKAGE, workdir=pseudo_dir)
    for ts in ts_files:
        compile_ts(ts, ts.with_suffix(".qm"))
    return [*(ts.with_suffix(".qm") for ts in ts_files), *build_pseudo(pseudo_dir).values()]


def main(argv: Sequence[str] | None = None) -> int:
    """``update`` (extract and compile everything), ``compile`` (only ``.ts`` → ``.qm``) or
    ``new LANG`` (start the file of a new language, e.g. ``new fr``)."""
    parser = argparse.ArgumentParser(prog="python -m circlesdesk.ui.translations")
    parser.add_argument("action", choices=["update", "compile", "new"])
    parser.add_argument("language", nargs="?", help="for new: a language code such as fr or cy")
    args = parser.parse_args(argv)
    if args.action == "update":
        written = update()
    elif args.action == "new":
        if not args.language or not re.fullmatch(r"[a-z]{2,3}(_[A-Z]{2})?", args.language):
            parser.error("new needs a language code such as fr, cy or pt_BR")
        written = [TRANSLATIONS / f"{PREFIX}{args.language}.ts"]
        extract(written, package=PACKAGE, workdir=PSEUDO_DIR)
    else:
        written = []
        for ts in sorted(TRANSLATIONS.glob(f"{PREFIX}*.ts")):
            compile_ts(ts, ts.with_suffix(".qm"))
            written.append(ts.with_suffix(".qm"))
    for path in written:
        print(f"Wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
