"""The third-party licences of everything the built app bundles, in one notices file.

``python packaging/third_party.py OUT_FILE`` writes THIRD-PARTY-NOTICES.txt: for Python itself and
for every distribution the app needs at run time (the ``dependencies`` of pyproject.toml and what
they require, on this platform), its name, version, licence and the full text of its licence
files. Texts a wheel does not ship are kept in packaging/licenses/ (Qt for Python's LGPL-3.0,
SQLCipher's BSD licence). A distribution with no licence text at all stops the build: nothing is
bundled without its licence. The spec puts the file and the project's LICENSE into the app
folder; the tarball also puts them in share/doc/circlesdesk/.
"""

from __future__ import annotations

import sys
import tomllib
from importlib.metadata import PackageNotFoundError, distribution
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
LICENSES = HERE / "licenses"
NOTICES = "THIRD-PARTY-NOTICES.txt"

# Licence texts kept here for distributions whose wheels ship none (or not the bundled C library's).
EXTRA_TEXTS = {
    "pyside6-essentials": ("LGPL-3.0.txt",),
    "pyside6-addons": ("LGPL-3.0.txt",),
    "shiboken6": ("LGPL-3.0.txt",),
    "sqlcipher3": ("SQLCipher.txt",),
}
LGPL_NOTE = (
    "Qt and Qt for Python are used under the GNU Lesser General Public License v3 (below); the\n"
    "GNU GPL v3 it builds on is the project's own LICENSE. The Qt libraries are bundled as the\n"
    "unmodified shared libraries of the PySide6 wheels and can be replaced by the user.\n"
)


def runtime_requirements() -> list[Requirement]:
    """The project's run-time dependencies, from pyproject.toml."""
    with (ROOT / "pyproject.toml").open("rb") as handle:
        project = tomllib.load(handle)["project"]
    return [Requirement(text) for text in project["dependencies"]]


def bundled_distributions() -> list[str]:
    """Canonical names of the run-time dependencies and everything they require, here."""
    seen: dict[str, None] = {}
    todo = [r for r in runtime_requirements() if r.marker is None or r.marker.evaluate()]
    while todo:
        requirement = todo.pop(0)
        name = canonicalize_name(requirement.name)
        if name in seen:
            continue
        seen[name] = None
        for text in distribution(name).requires or []:
            sub = Requirement(text)
            if sub.marker is None or sub.marker.evaluate({"extra": ""}):
                todo.append(sub)
    return sorted(seen)


def licence_files(name: str) -> list[tuple[str, str]]:
    """(label, text) of the licence files a distribution ships and the ones kept here."""
    dist = distribution(name)
    texts = []
    for file in dist.files or []:
        in_metadata = any(part.endswith(".dist-info") for part in file.parts)
        licence_folder = file.parent.name in {"licenses", "license_files"}
        licence_name = file.name.upper().startswith(("LICENSE", "LICENCE", "COPYING", "NOTICE"))
        if in_metadata and (licence_folder or licence_name):
            path = Path(str(file.locate()))
            texts.append((file.name, path.read_text(encoding="utf-8", errors="replace")))
    for kept in EXTRA_TEXTS.get(name, ()):
        texts.append((kept, (LICENSES / kept).read_text(encoding="utf-8")))
    return texts


def licence_name(name: str) -> str:
    """The licence as the distribution declares it (expression, classifiers or License field)."""
    meta = distribution(name).metadata
    if meta.get("License-Expression"):
        return str(meta["License-Expression"])
    classifiers = [c.split(" :: ")[-1] for c in meta.get_all("Classifier") or [] if "License" in c]
    declared = (meta.get("License") or "").strip().splitlines()
    return "; ".join(classifiers) or (declared[0] if declared else "see the text below")


def section(title: str, licence: str, texts: list[tuple[str, str]], note: str = "") -> str:
    rule = "=" * 78
    body = [rule, title, f"Licence: {licence}", rule, ""]
    if note:
        body += [note]
    for label, text in texts:
        body += [f"--- {label} ---", text.rstrip(), ""]
    return "\n".join(body) + "\n"


def python_licence() -> list[tuple[str, str]]:
    """The licence of the Python interpreter and standard library the app bundles."""
    version = f"python{sys.version_info.major}.{sys.version_info.minor}"
    for candidate in (
        Path(sys.base_prefix) / "lib" / version / "LICENSE.txt",
        Path(sys.base_prefix) / "LICENSE.txt",
        Path(sys.base_prefix) / "share" / "doc" / version / "copyright",
        Path("/usr/share/doc") / version / "copyright",
    ):
        if candidate.is_file():
            return [(candidate.name, candidate.read_text(encoding="utf-8", errors="replace"))]
    return []


def notices() -> str:
    """The whole notices file; raises SystemExit naming a distribution without a licence text."""
    parts = [
        "CirclesDesk bundles the following third-party software. CirclesDesk itself is licensed\n"
        "under the GNU General Public License v3 or later (the file LICENSE).\n\n"
    ]
    python = python_licence()
    if not python:
        raise SystemExit("No licence text found for the Python interpreter being bundled.")
    parts.append(section(f"Python {sys.version.split()[0]}", "PSF-2.0", python))
    for name in bundled_distributions():
        try:
            dist = distribution(name)
        except PackageNotFoundError as missing:
            raise SystemExit(f"{name} is needed at run time but not installed.") from missing
        texts = licence_files(name)
        if not texts:
            raise SystemExit(f"{name} ships no licence text: add one to packaging/licenses/.")
        note = LGPL_NOTE if EXTRA_TEXTS.get(name) == ("LGPL-3.0.txt",) else ""
        parts.append(
            section(f"{dist.metadata['Name']} {dist.version}", licence_name(name), texts, note)
        )
    return "".join(parts)


def main() -> int:
    if len(sys.argv) != 2:
        print("usage: third_party.py OUT_FILE", file=sys.stderr)
        return 2
    out = Path(sys.argv[1])
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(notices(), encoding="utf-8")
    print(out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
