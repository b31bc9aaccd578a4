"""The wheel as pip users get it: built, installed in a clean venv outside the checkout, used.

Builds the wheel with pip (isolated: hatchling and the translation hook's PySide6 come from the
package index, as for any packager), installs it with its dependencies into a new virtual
environment in a temporary folder, and runs from there: ``init``, a meeting, an export, the office
import and reply (packaging/smoke_test.py's steps), then the GUI self-test with
``CIRCLESDESK_LANG=cy``, whose unlock window must speak Welsh. Slow (a minute or two; pip's cache
makes later runs faster), so it is marked ``slow``; ``make test`` runs it.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
import zipfile
from pathlib import Path
from types import ModuleType

import pytest

REPO = Path(__file__).resolve().parents[2]
PACKAGING = REPO / "packaging"
PIP_TIMEOUT_S = 900

pytestmark = pytest.mark.slow


def load(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"_wheel_{path.stem}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def pip(python: Path, *argv: str, cwd: Path) -> None:
    done = subprocess.run(
        [str(python), "-m", "pip", "--disable-pip-version-check", "-q", *argv],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=PIP_TIMEOUT_S,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """(the wheel, the clean venv's bin folder) with the wheel installed."""
    root = tmp_path_factory.mktemp("wheel")
    pip(Path(sys.executable), "wheel", "--no-deps", "-w", str(root / "dist"), str(REPO), cwd=root)
    (wheel,) = (root / "dist").glob("circlesdesk-*.whl")
    subprocess.run([sys.executable, "-m", "venv", str(root / "venv")], check=True)
    bin_dir = root / "venv" / "bin"
    pip(bin_dir / "python", "install", str(wheel), cwd=root)
    return wheel, bin_dir


def test_the_wheel_ships_a_compiled_translation_for_every_source(
    installed: tuple[Path, Path],
) -> None:
    wheel, _ = installed
    names = set(zipfile.ZipFile(wheel).namelist())
    sources = sorted((REPO / "resources" / "translations").glob("circlesdesk_*.ts"))
    assert sources
    for ts in sources:
        assert f"circlesdesk/resources/translations/{ts.with_suffix('.qm').name}" in names
    assert any(name.endswith(".dist-info/licenses/LICENSE") for name in names)


def test_the_installed_wheel_records_exports_and_shows_welsh(
    installed: tuple[Path, Path], tmp_path: Path
) -> None:
    _, bin_dir = installed
    smoke = load(PACKAGING / "smoke_test.py")
    env = smoke.sandbox_env(tmp_path, passphrase="wheel test passphrase 7c1f")
    env["CIRCLESDESK_LANG"] = "cy"
    where = subprocess.run(
        [str(bin_dir / "python"), "-c", "import circlesdesk; print(circlesdesk.__file__)"],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=True,
    )
    assert Path(where.stdout.strip()).is_relative_to(bin_dir.parent)  # not the checkout
    app = smoke.Smoke([str(bin_dir / "circlesdesk")], env, cwd=tmp_path)
    # The self-test lives in packaging/launcher.py (the built app's entry point); it imports
    # only the installed package, as its own folder holds none.
    gui = smoke.Smoke([str(bin_dir / "python"), str(PACKAGING / "launcher.py")], env, tmp_path)
    shown = smoke.exercise(app, gui, tmp_path)
    assert "unlock button 'Datgloi'" in shown  # Welsh for "Unlock", from the wheel's .qm
    assert "main window shown" in shown
