"""Pack the built one-folder app and the Linux desktop files into a tarball.

``python packaging/linux/make_tarball.py dist/circlesdesk dist`` writes
``dist/circlesdesk-VERSION-linux-ARCH.tar.gz`` laid out like an installation prefix::

    circlesdesk-VERSION-linux-ARCH/
        install.sh                                   copies the rest into PREFIX (~/.local)
        bin/circlesdesk -> ../lib/circlesdesk/circlesdesk
        lib/circlesdesk/                             the PyInstaller one-folder app
        share/applications/APP_ID.desktop
        share/metainfo/APP_ID.metainfo.xml
        share/mime/packages/APP_ID.xml               .cdb bundles → CirclesDesk
        share/icons/hicolor/{16x16…512x512,scalable}/apps/APP_ID.{png,svg}
        share/doc/circlesdesk/LICENSE, THIRD-PARTY-NOTICES.txt   also in lib/circlesdesk/_internal
"""

from __future__ import annotations

import platform
import re
import shutil
import sys
import tarfile
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(HERE))

from render_icons import APP_ID, render  # noqa: E402

LICENCE_FILES = ("LICENSE", "THIRD-PARTY-NOTICES.txt")  # put in the app folder by the spec


def version() -> str:
    """The project version, from its one source: ``__version__`` in circlesdesk/__init__.py."""
    text = (ROOT / "circlesdesk" / "__init__.py").read_text(encoding="utf-8")
    found = re.search(r'^__version__ = "([^"]+)"$', text, re.MULTILINE)
    if found is None:
        raise SystemExit("circlesdesk/__init__.py sets no __version__")
    return found.group(1)


def lay_out(app: Path, top: Path) -> None:
    """Build the tarball's tree under ``top``."""
    shutil.copytree(app, top / "lib" / "circlesdesk", symlinks=True)
    (top / "bin").mkdir()
    (top / "bin" / "circlesdesk").symlink_to(Path("..") / "lib" / "circlesdesk" / "circlesdesk")
    share = top / "share"
    for source, folder, name in (
        (f"{APP_ID}.desktop", "applications", f"{APP_ID}.desktop"),
        (f"{APP_ID}.metainfo.xml", "metainfo", f"{APP_ID}.metainfo.xml"),
        (f"{APP_ID}.mime.xml", "mime/packages", f"{APP_ID}.xml"),
    ):
        (share / folder).mkdir(parents=True)
        shutil.copyfile(HERE / source, share / folder / name)
    render(share / "icons")
    doc = share / "doc" / "circlesdesk"
    doc.mkdir(parents=True)
    for name in LICENCE_FILES:
        shutil.copyfile(app / "_internal" / name, doc / name)
    shutil.copy2(HERE / "install.sh", top / "install.sh")


def main() -> int:
    """Make the tarball; print its path."""
    if len(sys.argv) != 3:
        print("usage: make_tarball.py APP_FOLDER OUT_DIR", file=sys.stderr)
        return 2
    app, out = Path(sys.argv[1]), Path(sys.argv[2])
    if not (app / "circlesdesk").is_file():
        print(f"{app} holds no built app: run `make dist`.", file=sys.stderr)
        return 1
    if not all((app / "_internal" / name).is_file() for name in LICENCE_FILES):
        print(f"{app} holds no licence files: rebuild it with `make dist`.", file=sys.stderr)
        return 1
    name = f"circlesdesk-{version()}-linux-{platform.machine()}"
    with tempfile.TemporaryDirectory() as scratch:
        top = Path(scratch) / name
        lay_out(app, top)
        target = out / f"{name}.tar.gz"
        with tarfile.open(target, "w:gz", compresslevel=6) as tar:
            tar.add(top, arcname=name)
    print(target)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
