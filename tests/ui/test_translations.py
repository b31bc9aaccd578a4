"""Translations: the pseudo-locales catch clipped texts, Welsh reaches the screen.

The pseudo-locales are built from the current code into a temporary folder (lupdate, then
lrelease), so these tests need nothing built beforehand.
"""

from __future__ import annotations

import contextlib
import dataclasses
import shutil
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from circlesdesk import messages
from circlesdesk.services import circles, demo
from circlesdesk.ui import resources, translations
from circlesdesk.ui.clipboard import ClipboardGuard
from circlesdesk.ui.first_run import FirstRunWizard
from circlesdesk.ui.main_window import MainWindow, PageContext
from circlesdesk.ui.office.inbox import InboxModel, InboxPage
from circlesdesk.ui.pages import default_pages
from circlesdesk.ui.tasks import TaskRunner
from circlesdesk.ui.unlock import UnlockWindow
from circlesdesk.ui.volunteer.concern_dialog import ConcernDialog
from circlesdesk.ui.volunteer.meeting_editor import MeetingEditor
from circlesdesk.vault.errors import VaultBusy
from circlesdesk.vault.vault import Vault
from tests.vault_kit import FAST_KDF, PASSPHRASE, copy_vault

# A laptop screen less the panel and the title bar: where the main window must fit.
WINDOW_SIZE = (1280, 700)
CHECKOUT = Path(__file__).resolve().parents[2]
# Clipped texts the pseudo-locales found in screens this test does not own, while their authors
# fix them ("Class 'English text'" as the problems name them). Empty: any clipped text fails.
KNOWN_CLIPPED: set[str] = set()


def unexpected(problems: list[str]) -> list[str]:
    """The problems not in :data:`KNOWN_CLIPPED`."""
    return [p for p in problems if p.split(" is ")[0] not in KNOWN_CLIPPED]


@dataclasses.dataclass(frozen=True)
class Demo:
    office: Path
    volunteer: Path


@pytest.fixture(scope="module")
def pseudo(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The two pseudo-locales' ``.qm`` files, built from the code as it is now."""
    return translations.build_pseudo(tmp_path_factory.mktemp("pseudo"))


@pytest.fixture(scope="module")
def demo_org(tmp_path_factory: pytest.TempPathFactory) -> Demo:
    """One circle, two volunteers, four weeks of meetings (built once)."""
    out = tmp_path_factory.mktemp("demo")
    built = demo.build_demo(
        out, passphrase=PASSPHRASE, circles=1, volunteers_per_circle=2, weeks=4, kdf=FAST_KDF
    )
    return Demo(office=built.office, volunteer=sorted(built.volunteers.values())[0])


@contextlib.contextmanager
def _installed(app: QApplication, choice: str | None) -> Iterator[None]:
    """The app speaking ``choice`` (None: what $CIRCLESDESK_LANG says), English afterwards."""
    installed = translations.install(app, choice)
    assert installed, f"no translation loaded for {choice}"
    try:
        yield
    finally:
        translations.remove(app, installed)
        QCoreApplication.processEvents()
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


@pytest.fixture(params=[translations.PSEUDO_LONG, translations.PSEUDO_RTL])
def pseudo_locale(
    request: pytest.FixtureRequest, qapp: QApplication, pseudo: dict[str, Path]
) -> Iterator[str]:
    """The app speaking a pseudo-locale for one test."""
    name: str = request.param
    with _installed(qapp, str(pseudo[name])):
        yield name


@pytest.fixture(scope="module")
def english(pseudo: dict[str, Path]) -> dict[str, str]:
    """Each pseudo text → its English source, so a problem is reported in English."""
    template = next(iter(pseudo.values())).with_name("circlesdesk_template.ts")
    sources = {m.findtext("source") or "" for m in ET.parse(template).getroot().iter("message")}
    return {
        translations.pseudo_text(source, rtl=rtl): source
        for source in sources
        for rtl in (False, True)
    }


def clipped(root: QWidget, english: dict[str, str] | None = None) -> list[str]:
    """Every visible label or button under ``root`` whose text does not fit its geometry.

    Each is described as ``Class 'English text'`` (the start of the text, `&` removed).
    """
    english = english or {}

    def where(widget: QLabel | QAbstractButton) -> str:
        text = english.get(widget.text(), widget.text())
        return f"{type(widget).__name__} {text.replace('&', '')[:40]!r}"

    problems: list[str] = []
    for label in root.findChildren(QLabel):
        if not label.isVisibleTo(root) or not label.text() or label.pixmap().width() > 0:
            continue
        if label.wordWrap():
            needed = label.heightForWidth(label.width())
            if needed > label.height() + 1:
                problems.append(f"{where(label)} is {label.height()} px high, needs {needed}")
        elif label.sizeHint().width() > label.width() + 1:
            problems.append(f"{where(label)} is {label.width()} px wide, needs more")
    for button in root.findChildren(QAbstractButton):
        if not button.isVisibleTo(root) or not button.text():
            continue
        if button.sizeHint().width() > button.width() + 1:
            problems.append(f"{where(button)} is {button.width()} px wide, needs more")
    return problems


def _shown(qtbot: QtBot, widget: QWidget, size: tuple[int, int] | None = None) -> None:
    qtbot.addWidget(widget)
    if size is None:
        widget.adjustSize()
    else:
        widget.resize(*size)
    widget.show()
    qtbot.waitExposed(widget)
    QCoreApplication.processEvents()


def test_pseudo_text_is_longer_and_keeps_placeholders() -> None:
    assert len(translations.pseudo_text("Open a file from the office")) >= 1.4 * 27
    source = "Imported &bundle {number} of {total}: %n record(s) <b>now</b> &{level}."
    long = translations.pseudo_text(source)
    assert long.startswith("[") and long.endswith("]")
    for kept in ("{number}", "{total}", "%n", "(s)", "<b>", "</b>", "&b", "{level}"):
        assert kept in long
    assert "{" not in long.format(number=1, total=2, level=3)
    rtl = translations.pseudo_text(source, rtl=True)
    assert rtl[0] == "\u202b" and rtl[-1] == "\u202c" and "{total}" in rtl


def test_the_rtl_pseudo_locale_lays_out_right_to_left(
    qtbot: QtBot, qapp: QApplication, pseudo: dict[str, Path]
) -> None:
    with _installed(qapp, str(pseudo[translations.PSEUDO_RTL])):
        QCoreApplication.processEvents()
        assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
        window = MainWindow()
        qtbot.addWidget(window)
        assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert window.about_action.text().startswith("\u202b")
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_first_run_and_unlock_fit_their_texts(
    qtbot: QtBot,
    runner: TaskRunner,
    tmp_path: Path,
    pseudo_locale: str,
    demo_org: Demo,
    english: dict[str, str],
) -> None:
    wizard = FirstRunWizard(tmp_path / "new", runner, kdf=FAST_KDF)
    _shown(qtbot, wizard)
    problems: list[str] = []
    for page in wizard.pageIds():
        if page == FirstRunWizard.PAGE_ENROLL:  # needs the vault the earlier pages make
            continue
        wizard.setStartId(page)
        wizard.restart()
        QCoreApplication.processEvents()
        problems += [f"first run {page}: {p}" for p in clipped(wizard, english)]
    unlock = UnlockWindow(copy_vault(demo_org.volunteer, tmp_path / "v"), runner, kdf=FAST_KDF)
    _shown(qtbot, unlock)
    problems += [f"unlock: {p}" for p in clipped(unlock, english)]
    unlock.show_recovery()
    QCoreApplication.processEvents()
    problems += [f"recovery: {p}" for p in clipped(unlock, english)]
    wizard.close()
    assert not unexpected(problems), "\n".join(unexpected(problems))


def _window(qtbot: QtBot, vault: Vault, runner: TaskRunner) -> MainWindow:
    window = MainWindow()
    window.add_pages(default_pages(vault.info.role))
    clipboard = ClipboardGuard(parent=window)
    window.start_session(
        PageContext(vault=vault, runner=runner, clipboard=clipboard, window=window), owner="x"
    )
    _shown(qtbot, window, WINDOW_SIZE)
    return window


@pytest.mark.parametrize(
    ("role", "keys"),
    [("volunteer", ["home", "meeting", "sync"]), ("office", ["inbox", "concerns"])],
)
def test_the_main_screens_fit_their_texts(
    qtbot: QtBot,
    runner: TaskRunner,
    tmp_path: Path,
    pseudo_locale: str,
    demo_org: Demo,
    role: str,
    keys: list[str],
    english: dict[str, str],
) -> None:
    folder = copy_vault(getattr(demo_org, role), tmp_path / role)
    problems: list[str] = []
    with Vault.unlock(folder, passphrase=PASSPHRASE) as vault:
        window = _window(qtbot, vault, runner)
        for key in keys:
            window.show_page(key)
            qtbot.waitUntil(lambda: not runner.busy, timeout=10_000)
            QCoreApplication.processEvents()
            problems += [f"{key}: {p}" for p in clipped(window, english)]
        if role == "volunteer":
            dialog = ConcernDialog(vault, parent=window)
            _shown(qtbot, dialog)
            problems += [f"concern dialog: {p}" for p in clipped(dialog, english)]
            dialog.reject()
        window.clear_pages()
    assert not unexpected(problems), "\n".join(unexpected(problems))


def test_welsh_reaches_the_screen(
    qtbot: QtBot,
    qapp: QApplication,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    runner: TaskRunner,
    demo_org: Demo,
) -> None:
    root = tmp_path / "resources"
    shutil.copytree(CHECKOUT / "resources", root, ignore=shutil.ignore_patterns("*.qm"))
    translations.compile_ts(
        CHECKOUT / "resources/translations/circlesdesk_cy.ts",
        root / "translations/circlesdesk_cy.qm",
    )
    monkeypatch.setattr(resources, "resource_root", lambda: root)
    monkeypatch.setenv(translations.LANG_ENV, "cy")
    folder = copy_vault(demo_org.volunteer, tmp_path / "v")
    with _installed(qapp, None):
        unlock = UnlockWindow(folder, runner)
        qtbot.addWidget(unlock)
        assert unlock.unlock_panel.title.text() == "Datgloi CirclesDesk"
        with Vault.unlock(folder, passphrase=PASSPHRASE) as vault:
            code = circles.list_circles(vault)[0].code
            window = _window(qtbot, vault, runner)
            titles = [window.navigation.item(r).text() for r in range(window.navigation.count())]
            assert titles[:2] == ["Hafan", "Cofnodi cyfarfod"]
            assert code
            window.clear_pages()


def test_the_check_finds_a_clipped_button_and_label(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QPushButton, QVBoxLayout

    box = QWidget()
    layout = QVBoxLayout(box)
    button = QPushButton("Open a file from the office…", box)
    button.setFixedWidth(60)
    label = QLabel("A sentence that wraps over several lines in a narrow box.", box)
    label.setWordWrap(True)
    label.setFixedSize(80, 20)
    fitting = QPushButton("OK", box)
    for widget in (button, label, fitting):
        layout.addWidget(widget)
    _shown(qtbot, box)
    problems = clipped(box)
    assert [p.split(" is ")[0] for p in problems] == [
        "QLabel 'A sentence that wraps over several lines'",
        "QPushButton 'Open a file from the office…'",
    ]


def _pseudo(code: str, **params: object) -> str:
    """What the long pseudo-locale shows for a catalogue code: every part of it translated."""
    values = {
        name: translations.pseudo_text(value) if value in messages.WORDS else value
        for name, value in params.items()
    }
    return translations.pseudo_text(messages.TEMPLATES[code]).format(**values)


def test_the_cores_errors_reach_the_widgets_translated(
    qtbot: QtBot,
    qapp: QApplication,
    runner: TaskRunner,
    tmp_path: Path,
    pseudo: dict[str, Path],
    demo_org: Demo,
) -> None:
    """No core exception's English reaches a widget: each is shown through the catalogue."""
    junk = tmp_path / "notes.cdb"
    junk.write_bytes(b"Shopping list: bread, milk.")
    with _installed(qapp, str(pseudo[translations.PSEUDO_LONG])):
        # A wrong passphrase on unlock (a task's error, delivered to the window).
        folder = copy_vault(demo_org.volunteer, tmp_path / "v")
        unlock = UnlockWindow(folder, runner, kdf=FAST_KDF)
        _shown(qtbot, unlock)
        qtbot.keyClicks(unlock.unlock_panel.passphrase, "not the passphrase at all")
        qtbot.keyClick(unlock.unlock_panel.passphrase, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: not unlock.busy, timeout=10_000)
        assert unlock.error_text == _pseudo("vault.wrong_passphrase")
        unlock.close()

        with Vault.unlock(folder, passphrase=PASSPHRASE) as vault:
            # A refused meeting: the field's name is translated inside the sentence.
            code = circles.list_circles(vault)[0].code
            editor = MeetingEditor(vault, circle_code=code)
            _shown(qtbot, editor)
            editor.venue.lineEdit().clear()
            qtbot.keyClicks(editor.venue.lineEdit(), "The community hall " * 12)
            qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
            assert editor.banner.text() == _pseudo("invalid.too_long", field="venue", limit=200)
            editor.close()

        # A task that fails with a user's error: shown in its owner's window.
        shown: list[str] = []

        class Owner(QWidget):
            def show_user_error(self, text: str) -> None:
                shown.append(text)

        owner = Owner()
        qtbot.addWidget(owner)

        def busy(_task: object) -> None:
            raise VaultBusy()

        with qtbot.waitSignal(runner.idle, timeout=10_000):
            runner.run(busy, owner=owner)
        assert shown == [_pseudo("vault.busy")]

        # A bundle refused in the office's inbox.
        office_folder = copy_vault(demo_org.office, tmp_path / "o")
        with Vault.unlock(office_folder, passphrase=PASSPHRASE) as vault:
            window = _window(qtbot, vault, runner)
            window.show_page("inbox")
            page = window.findChild(InboxPage)
            assert page is not None
            page.add_paths([junk])
            qtbot.waitUntil(lambda: not page.busy, timeout=10_000)
            reason = page.model.index(0, InboxModel.REASON).data()
            assert reason == _pseudo("bundle.not_a_bundle")
            window.clear_pages()
