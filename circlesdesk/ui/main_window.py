"""The main window: a navigation list on the left, one page at a time on the right.

Pages are added with one call, :meth:`MainWindow.add_page` (``key``, ``title``, ``icon``,
``factory``). A page widget is made by its factory the first time it is shown, from a
:class:`PageContext` (the unlocked vault, the task runner, the clipboard guard…), and **every
page widget is destroyed when the vault locks** (:meth:`MainWindow.clear_pages`), so no note text
stays in a widget, a model or an undo stack. A page therefore keeps everything it holds in
itself or its children (models parented to the page), and may define:

* ``page_shown(self) -> None``: called each time the user navigates to it (refresh here);
* ``before_lock(self) -> None``: called just before it is destroyed by a lock (save a draft
  here, quickly: nothing may block).

Bundle files (``.cdb``) dropped on the window, given on the command line or sent by a second
start arrive through :meth:`MainWindow.open_bundles`: the office's inbox lists and checks them,
the volunteer's sync page imports them (see :data:`BUNDLE_PAGES`); while the vault is locked
they wait for the next unlock.

Pages must not use blocking ``exec()`` dialogs: a lock can destroy the page at any moment, so
use ``open()`` with a slot. The window title is always just "CirclesDesk": never a name, a
circle or note text.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable, Iterable
from pathlib import Path

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QObject,
    QSize,
    Qt,
    QTimer,
    QUrl,
    Signal,
    Slot,
)
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeyEvent,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from circlesdesk import __version__
from circlesdesk.domain.enums import Role
from circlesdesk.ui import guide, resources, style
from circlesdesk.ui.clipboard import ClipboardGuard
from circlesdesk.ui.tasks import TaskRunner
from circlesdesk.ui.widgets import AlertLabel
from circlesdesk.vault.vault import Vault

log = logging.getLogger(__name__)

KEY_ROLE = Qt.ItemDataRole.UserRole
BUNDLE_SUFFIX = ".cdb"
# The pages that take bundle files, by key, and the method each takes them with
# (``method(paths: list[Path]) -> None``): the office's inbox, else the volunteer's sync page.
BUNDLE_PAGES = (("inbox", "add_paths"), ("sync", "open_bundles"))


@dataclasses.dataclass(frozen=True)
class PageContext:
    """What a page factory gets. Valid until the vault locks (then the page is destroyed)."""

    vault: Vault
    runner: TaskRunner
    clipboard: ClipboardGuard
    window: MainWindow

    def go_to(self, key: str) -> None:
        """Show another page (e.g. Home's "Record a meeting" card)."""
        self.window.show_page(key)

    def show_error(self, message: str) -> None:
        """Show a sentence in the window's alert line (errors a page did not show itself)."""
        self.window.show_user_error(message)


PageFactory = Callable[[PageContext], QWidget]


@dataclasses.dataclass(frozen=True)
class PageSpec:
    """One entry of the navigation list."""

    key: str
    title: str
    icon: str  # a name from resources/icons, without ".svg"
    factory: PageFactory


class MainWindow(QMainWindow):
    """The shell around the pages. ``lock_requested`` and ``quit_requested`` go to the session."""

    lock_requested = Signal()
    quit_requested = Signal()
    page_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("CirclesDesk")
        self.setWindowIcon(resources.icon("app"))
        self._specs: dict[str, PageSpec] = {}
        self._pages: dict[str, QWidget] = {}
        # Each page sits in a scroll area of its own: on a small screen (1366×768 at 200 %) the
        # page scrolls, and no page's minimum size makes the window bigger than the screen.
        self._frames: dict[str, QScrollArea] = {}
        self._context: PageContext | None = None
        self.pending_bundles: list[Path] = []  # files that arrived while locked or busy
        self._waiting_for_idle = False
        self.setAcceptDrops(True)

        self.navigation = QListWidget(self)
        self.navigation.setObjectName("navigation")
        self.navigation.setAccessibleName(self.tr("Sections"))
        self.navigation.setIconSize(QSize(28, 28))
        self.navigation.setUniformItemSizes(True)
        self.navigation.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.navigation.currentItemChanged.connect(self._navigated)
        self.stack = QStackedWidget(self)
        self.stack.setAccessibleName(self.tr("Page"))
        self.alert = AlertLabel(self)
        self.empty = QLabel(self)  # shown while locked: never any record
        self.stack.addWidget(self.empty)

        content = QWidget(self)
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(16, 12, 16, 12)
        content_layout.addWidget(self.alert)
        content_layout.addWidget(self.stack, 1)
        body = QWidget(self)
        body_layout = QHBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.setSpacing(0)
        body_layout.addWidget(self.navigation)
        body_layout.addWidget(content, 1)
        self.setCentralWidget(body)

        self._make_actions()
        self.owner_label = QLabel(self)  # its accessible name is what it shows
        self.owner_label.setAccessibleDescription(self.tr("Whose vault this is"))
        self.statusBar().addPermanentWidget(self.owner_label)
        self.resize(1000, 680)

    # -- actions ---------------------------------------------------------------------------

    def _make_actions(self) -> None:
        self.lock_action = QAction(resources.icon("lock"), self.tr("&Lock"), self)
        self.lock_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_L))
        self.lock_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.lock_action.setToolTip(self.tr("Lock CirclesDesk now (Ctrl+L)"))
        self.lock_action.setStatusTip(self.tr("Close your records until you type the passphrase"))
        self.lock_action.triggered.connect(self.lock_requested)
        self.quit_action = QAction(resources.icon("quit"), self.tr("&Quit"), self)
        self.quit_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Quit))
        if self.quit_action.shortcut().isEmpty():
            self.quit_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Q))
        self.quit_action.setToolTip(self.tr("Lock and close CirclesDesk"))
        self.quit_action.triggered.connect(self.quit_requested)
        self.about_action = QAction(self.tr("&About CirclesDesk"), self)
        self.about_action.triggered.connect(self._about)
        self.help_action = QAction(self.tr("&User guide"), self)
        self.help_action.setShortcut(QKeySequence(Qt.Key.Key_F1))
        self.help_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.help_action.setToolTip(self.tr("Open the user guide at this page's section (F1)"))
        self.help_action.triggered.connect(self.open_help)
        self.help_viewer: guide.HelpViewer | None = None
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)  # F1 in a modal dialog too (see eventFilter)

        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addAction(self.lock_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        self.go_menu = self.menuBar().addMenu(self.tr("&Go"))
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self.help_action)
        help_menu.addAction(self.about_action)

        toolbar = QToolBar(self.tr("Main toolbar"), self)
        toolbar.setObjectName("main-toolbar")
        toolbar.setAccessibleName(self.tr("Main toolbar"))
        toolbar.setMovable(False)
        toolbar.setFloatable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.setIconSize(QSize(24, 24))
        brand = QLabel(toolbar)
        brand.setPixmap(resources.icon("app").pixmap(28, 28))
        brand.setAccessibleName("CirclesDesk")
        name = QLabel("CirclesDesk", toolbar)
        name.setAccessibleName("CirclesDesk")
        style.set_role(name, "heading")
        toolbar.addWidget(brand)
        toolbar.addWidget(name)
        spacer = QWidget(toolbar)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        toolbar.addWidget(spacer)
        toolbar.addAction(self.lock_action)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)
        self.toolbar = toolbar

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """F1 opens the guide even while a modal dialog blocks the window's own shortcut."""
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_F1
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
            and self.isVisible()
            and QApplication.activeModalWidget() is not None
            and not isinstance(QApplication.activeModalWidget(), guide.HelpViewer)
        ):
            event.accept()
            QTimer.singleShot(0, self, self.open_help)
            return True
        return super().eventFilter(watched, event)

    @Slot()
    def open_help(self) -> guide.HelpViewer:
        """Open the user guide (shipped with the app) at the section for the page or the
        dialog in view."""
        active = QApplication.activeModalWidget() or QApplication.activeWindow()
        over = active if isinstance(active, QWidget) and active is not self else None
        section = guide.section_for(over, self.current_key())
        if self.help_viewer is not None and shiboken6.isValid(self.help_viewer):
            self.help_viewer.close()
        self.help_viewer = guide.open_guide(over or self, section)
        return self.help_viewer

    @Slot()
    def _about(self) -> None:
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("About CirclesDesk"))
        box.setIconPixmap(resources.icon("app").pixmap(64, 64))
        box.setText(self.tr("CirclesDesk {version}").format(version=__version__))
        box.setInformativeText(
            self.tr("Encrypted, offline record keeping for Circles of Support and Accountability.")
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    # -- pages: the extension point --------------------------------------------------------

    def add_page(self, key: str, title: str, icon: str, factory: PageFactory) -> None:
        """Add a page to the navigation list; its widget is made when first shown.

        ``key`` is a stable id ("home", "meeting"…), ``title`` the translated label, ``icon``
        a name from ``resources/icons``, ``factory(context) -> QWidget`` builds the page.
        Pages get Ctrl+1…Ctrl+9 in the order they are added.
        """
        if key in self._specs:
            raise ValueError(f"a page with key {key!r} is already added")
        spec = PageSpec(key=key, title=title, icon=icon, factory=factory)
        self._specs[key] = spec
        item = QListWidgetItem(resources.icon(icon), title)
        item.setData(KEY_ROLE, key)
        item.setToolTip(title)
        self.navigation.addItem(item)
        position = len(self._specs)
        action = QAction(resources.icon(icon), title, self)
        if position <= 9:
            action.setShortcut(QKeySequence(f"Ctrl+{position}"))
        action.triggered.connect(lambda _checked=False, key=key: self.show_page(key))
        self.go_menu.addAction(action)
        self._fit_navigation()

    def add_pages(self, specs: list[PageSpec]) -> None:
        """:meth:`add_page` for each spec, in order."""
        for spec in specs:
            self.add_page(spec.key, spec.title, spec.icon, spec.factory)

    def page_keys(self) -> list[str]:
        """The keys of the pages, in navigation order."""
        return list(self._specs)

    def page(self, key: str) -> QWidget | None:
        """The page's widget if it has been made (and not destroyed by a lock)."""
        return self._pages.get(key)

    def current_page(self) -> QWidget | None:
        """The page widget in view (inside its scroll area), None while locked."""
        frame = self.stack.currentWidget()
        return frame.widget() if isinstance(frame, QScrollArea) else None

    def current_key(self) -> str | None:
        """The key of the page in view."""
        item = self.navigation.currentItem()
        return str(item.data(KEY_ROLE)) if item is not None else None

    def start_session(self, context: PageContext, *, owner: str) -> None:
        """Start a session after unlocking: the status line says whose vault; Home is shown."""
        self._context = context
        self.owner_label.setText(owner)
        first = next(iter(self._specs), None)
        self.navigation.setEnabled(True)
        if first is not None:
            self.navigation.setCurrentRow(-1)
            self.show_page(first)
        self.navigation.setFocus()
        self._deliver_bundles()

    def show_page(self, key: str) -> None:
        """Show a page, making its widget if needed."""
        if key not in self._specs:
            raise KeyError(key)
        row = list(self._specs).index(key)
        if self.navigation.currentRow() != row:
            self.navigation.setCurrentRow(row)  # comes back here through _navigated
            return
        self._show(key)

    def clear_pages(self) -> int:
        """Destroy every page widget (the vault is locking); returns how many there were."""
        self._context = None
        pages, self._pages = self._pages, {}
        frames, self._frames = self._frames, {}
        self.stack.setCurrentWidget(self.empty)
        for key, widget in pages.items():
            before_lock = getattr(widget, "before_lock", None)
            if callable(before_lock):
                try:
                    before_lock()
                except Exception:
                    log.exception("page %s failed before locking", key)
            frame = frames.get(key)
            if frame is not None and shiboken6.isValid(frame):
                self.stack.removeWidget(frame)
                frame.hide()
                frame.deleteLater()  # and the page in it
            widget.hide()
            widget.deleteLater()
        self.alert.clear_message()
        self.owner_label.clear()
        self.navigation.setEnabled(False)
        return len(pages)

    def open_bundles(self, paths: Iterable[Path]) -> None:
        """Hand bundle files to the page that takes them, and show it.

        While the vault is locked, or a task is using it (the unlock itself, an import), the
        files wait in :attr:`pending_bundles` and go as soon as the page can take them.
        """
        self.pending_bundles.extend(p for p in paths if p not in self.pending_bundles)
        self._deliver_bundles()

    def show_user_error(self, message: str) -> None:
        """One sentence in the window's alert line, above the page."""
        self.alert.show_error(message)

    # -- inside ----------------------------------------------------------------------------

    @Slot(QListWidgetItem, QListWidgetItem)
    def _navigated(
        self, current: QListWidgetItem | None, _previous: QListWidgetItem | None
    ) -> None:
        if current is not None:
            self._show(str(current.data(KEY_ROLE)))

    def _show(self, key: str) -> None:
        if self._context is None:
            return
        widget = self._pages.get(key)
        if widget is None or not shiboken6.isValid(widget):
            widget = self._specs[key].factory(self._context)
            widget.setAccessibleName(self._specs[key].title)
            self._pages[key] = widget
            frame = QScrollArea(self.stack)
            frame.setFrameShape(QFrame.Shape.NoFrame)
            frame.setWidgetResizable(True)
            # No Tab stop of its own (a screen reader would stop on an empty "filler"): the
            # focus moves through the page, and the area scrolls to show the focused control.
            frame.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            frame.setWidget(widget)
            self._frames[key] = frame
            self.stack.addWidget(frame)
        self.alert.clear_message()
        self.stack.setCurrentWidget(self._frames[key])
        shown = getattr(widget, "page_shown", None)
        if callable(shown):
            shown()
        self.page_changed.emit(key)

    def _deliver_bundles(self) -> None:
        context = self._context
        if context is None or not self.pending_bundles:
            return
        if not context.runner.vault_free():  # the import waits for the task on the vault
            if not self._waiting_for_idle:
                self._waiting_for_idle = True
                context.runner.idle.connect(self._runner_idle)
            return
        paths, self.pending_bundles = self.pending_bundles, []
        for key, method in BUNDLE_PAGES:
            if key in self._specs:
                self.show_page(key)
                take = getattr(self._pages.get(key), method, None)
                if callable(take):
                    take(paths)
                    return
                log.warning("page %s cannot take bundle files", key)
                break
        self.show_user_error(self.tr("Bundle files cannot be opened in this window."))

    @Slot()
    def _runner_idle(self) -> None:
        runner = self.sender()
        if isinstance(runner, TaskRunner):
            runner.idle.disconnect(self._runner_idle)
        self._waiting_for_idle = False
        self._deliver_bundles()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if bundle_paths(event.mimeData().urls()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if bundle_paths(event.mimeData().urls()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = bundle_paths(event.mimeData().urls())
        if not paths or self._context is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self.open_bundles(paths)

    def _fit_navigation(self) -> None:
        width = self.navigation.sizeHintForColumn(0) + 2 * self.navigation.frameWidth() + 40
        self.navigation.setFixedWidth(max(200, width))

    def closeEvent(self, event: QCloseEvent) -> None:
        # Closing the window quits the app (after locking), even while pages are open.
        event.ignore()
        self.quit_requested.emit()


def bundle_paths(urls: Iterable[QUrl]) -> list[Path]:
    """The local ``.cdb`` files among dropped URLs."""
    paths = (Path(url.toLocalFile()) for url in urls if url.isLocalFile())
    return [path for path in paths if path.suffix.lower() == BUNDLE_SUFFIX]


def owner_text(vault: Vault) -> str:
    """The status line: the vault's role and owner (the window title never carries names)."""
    if vault.info.role is Role.OFFICE:
        text = QCoreApplication.translate("MainWindow", "Coordinator's office: {name}")
    else:
        text = QCoreApplication.translate("MainWindow", "Volunteer: {name}")
    owner = text.format(name=vault.info.name)
    if vault.staff is None or vault.staff.name == vault.info.name:
        return owner
    signed_in = QCoreApplication.translate("MainWindow", "{owner} — signed in: {person}")
    return signed_in.format(owner=owner, person=vault.staff.name)
