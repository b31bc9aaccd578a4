"""Dialogs that keep what was typed: an encrypted draft, a question before discarding, reopening.

A page that opens a dialog holding typed text (a concern, a contact, hours, a review, the
office's respond/escalate/close, a disclosure) calls :func:`keep_typed` with a *kind* and a
*target* (what the dialog is about: a circle code, a concern id…). From then on:

* every change is saved, a second later, as one draft inside the encrypted vault (the
  ``draft`` table, id :data:`DRAFT_ID`): never a plaintext file. A killed process leaves it there;
* a lock (Ctrl+L, inactivity, quit) saves it at once, before the session closes the dialog;
* Escape, Cancel or the window's close button ask before discarding typed text; "Discard"
  deletes the draft, and so does saving the record (OK);
* after the next unlock the session calls :func:`reopen`: it shows the page the dialog was
  opened from and asks it, through its ``reopen_dialog(kind, target)`` method, to open the same
  dialog again; the typed fields are then put back.

The fields are read from the dialog's own input widgets, in the order they were made, so a dialog
needs no code of its own to be kept. Password fields are never read.
"""

from __future__ import annotations

import logging
import weakref
from typing import Any

import shiboken6
from PySide6.QtCore import QDateTime, QObject, Qt, QTimer, Slot
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDoubleSpinBox,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QTextEdit,
    QWidget,
)

from circlesdesk.services import drafts
from circlesdesk.ui.tasks import TaskRunner
from circlesdesk.vault.vault import Vault

log = logging.getLogger(__name__)

DRAFT_KIND = "open-dialog"
DRAFT_ID = "open-dialog"  # one open dialog at a time: its draft has one fixed id
SAVE_DELAY_MS = 1000
RETRY_MS = 500

_keepers: weakref.WeakSet[DialogKeeper] = weakref.WeakSet()


# -- reading and writing the fields ------------------------------------------------------------


def _inputs(dialog: QDialog) -> list[QWidget]:
    """The dialog's input widgets in the order they were made (stable for one dialog class)."""
    found: list[QWidget] = []
    for widget in dialog.findChildren(QWidget):
        parent = widget.parentWidget()
        if isinstance(parent, (QAbstractSpinBox, QComboBox)):
            continue  # the line edit inside a date field or a combo box
        if isinstance(widget, QLineEdit):
            if widget.echoMode() is not QLineEdit.EchoMode.Normal:
                continue  # never a passphrase
            found.append(widget)
        elif isinstance(widget, (QPlainTextEdit, QTextEdit)):
            if not widget.isReadOnly():
                found.append(widget)
        elif isinstance(widget, QAbstractButton):
            if widget.isCheckable() and widget.parentWidget() is not None:
                found.append(widget)
        elif isinstance(widget, (QComboBox, QDateTimeEdit, QSpinBox, QDoubleSpinBox)):
            found.append(widget)
        elif isinstance(widget, QListWidget):
            found.append(widget)  # its check boxes, if its items have them
    return found


def _value(widget: QWidget) -> Any:
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, (QPlainTextEdit, QTextEdit)):
        return widget.toPlainText()
    if isinstance(widget, QAbstractButton):
        return widget.isChecked()
    if isinstance(widget, QComboBox):
        return [widget.currentIndex(), widget.currentText()]
    if isinstance(widget, QDateTimeEdit):
        return widget.dateTime().toString(Qt.DateFormat.ISODate)
    if isinstance(widget, (QSpinBox, QDoubleSpinBox)):
        return widget.value()
    if isinstance(widget, QListWidget):
        return [
            widget.item(row).checkState() == Qt.CheckState.Checked
            for row in range(widget.count())
            if widget.item(row).flags() & Qt.ItemFlag.ItemIsUserCheckable
        ]
    return None


def _set_value(widget: QWidget, value: Any) -> None:
    if isinstance(widget, QLineEdit) and isinstance(value, str):
        widget.setText(value)
    elif isinstance(widget, (QPlainTextEdit, QTextEdit)) and isinstance(value, str):
        widget.setPlainText(value)
    elif isinstance(widget, QAbstractButton) and isinstance(value, bool):
        if value:
            widget.setChecked(True)
    elif isinstance(widget, QComboBox) and isinstance(value, list) and len(value) == 2:
        index, text = value
        found = widget.findText(str(text)) if text else -1
        widget.setCurrentIndex(found if found >= 0 else int(index))
        if widget.isEditable() and text:
            widget.setEditText(str(text))
    elif isinstance(widget, QDateTimeEdit) and isinstance(value, str):
        moment = QDateTime.fromString(value, Qt.DateFormat.ISODate)
        if moment.isValid():
            widget.setDateTime(moment)
    elif isinstance(widget, QSpinBox) and isinstance(value, int):
        widget.setValue(value)
    elif isinstance(widget, QDoubleSpinBox) and isinstance(value, (int, float)):
        widget.setValue(float(value))
    elif isinstance(widget, QListWidget) and isinstance(value, list):
        checkable = [
            widget.item(row)
            for row in range(widget.count())
            if widget.item(row).flags() & Qt.ItemFlag.ItemIsUserCheckable
        ]
        if len(checkable) == len(value):
            for item, checked in zip(checkable, value, strict=True):
                state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
                item.setCheckState(state)


def snapshot(dialog: QDialog) -> list[list[Any]]:
    """Each input widget as [class name, value], in order."""
    return [[type(widget).__name__, _value(widget)] for widget in _inputs(dialog)]


def restore(dialog: QDialog, fields: list[list[Any]]) -> None:
    """Put saved values back into a dialog of the same kind (unmatched widgets are left)."""
    widgets = _inputs(dialog)
    for widget, (name, value) in zip(widgets, fields, strict=False):
        if type(widget).__name__ == name:
            _set_value(widget, value)


# -- the keeper ----------------------------------------------------------------------------------


class DialogKeeper(QObject):
    """Keeps one dialog's typed fields in the vault until the record is saved or discarded."""

    def __init__(
        self,
        dialog: QDialog,
        vault: Vault,
        *,
        page: str | None,
        kind: str,
        target: dict[str, Any],
        runner: TaskRunner | None = None,
    ) -> None:
        super().__init__(dialog)
        self.dialog = dialog
        self._vault = vault
        self._runner = runner
        self.page = page
        self.kind = kind
        self.target = dict(target)
        self.locking = False  # the session is closing the dialog: keep the draft
        self.discarding = False  # the person chose to discard: let the dialog close
        self.asking: QMessageBox | None = None
        self.initial = snapshot(dialog)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SAVE_DELAY_MS)
        self.timer.timeout.connect(self.save)
        for widget in _inputs(dialog):
            self._watch(widget)
        dialog.finished.connect(self._finished)
        _keepers.add(self)

    def _watch(self, widget: QWidget) -> None:
        changed = self._changed
        if isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit)):
            widget.textChanged.connect(changed)
        elif isinstance(widget, QAbstractButton):
            widget.toggled.connect(changed)
        elif isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(changed)
            widget.editTextChanged.connect(changed)
        elif isinstance(widget, QDateTimeEdit):
            widget.dateTimeChanged.connect(changed)
        elif isinstance(widget, (QSpinBox, QDoubleSpinBox)):
            widget.valueChanged.connect(changed)
        elif isinstance(widget, QListWidget):
            widget.itemChanged.connect(changed)

    @Slot()
    def _changed(self, *_args: object) -> None:
        self.timer.start()

    def typed(self) -> bool:
        """Whether anything differs from how the dialog opened."""
        return snapshot(self.dialog) != self.initial

    def payload(self) -> dict[str, Any]:
        """The draft's fields: where the dialog was, what it is about, what was typed."""
        return {
            "page": self.page,
            "dialog": self.kind,
            "target": self.target,
            "fields": snapshot(self.dialog),
        }

    def save(self) -> bool:
        """Keep the fields now (or forget the draft if nothing was typed); True if done."""
        self.timer.stop()
        if self._vault.is_locked:
            return False
        if self._runner is not None and not self._runner.vault_free():
            self.timer.start(RETRY_MS)  # the task's transaction must not take the draft along
            return False
        if self.typed():
            write([(self._vault, self.payload())])
        else:
            drafts.discard_draft(self._vault, DRAFT_ID)
        return True

    def settle(self) -> None:
        """What is in the dialog has been used (written, logged): nothing left to keep."""
        self.initial = snapshot(self.dialog)
        self.timer.stop()
        if not self._vault.is_locked and (self._runner is None or self._runner.vault_free()):
            drafts.discard_draft(self._vault, DRAFT_ID)

    def restore(self, fields: list[list[Any]]) -> None:
        """Put back what was typed (the draft stays until saved or discarded)."""
        restore(self.dialog, fields)

    def may_close(self) -> bool:
        """Called by the dialog's ``reject()``: True to close now, False after asking."""
        if self.locking or self.discarding or not self.typed():
            return True
        self._ask()
        return False

    def _ask(self) -> None:
        if self.asking is not None:
            return
        box = QMessageBox(self.dialog)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Discard what you typed?"))
        box.setText(self.tr("Discard what you typed?"))
        box.setInformativeText(
            self.tr("If you discard it, it is gone. Keep editing to carry on where you were.")
        )
        discard = box.addButton(self.tr("&Discard"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("&Keep editing"), QMessageBox.ButtonRole.RejectRole)
        discard.setAccessibleName(self.tr("Discard what you typed"))
        keep.setAccessibleName(self.tr("Keep editing"))
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda _result: self._answered(box.clickedButton() is discard))
        self.asking = box
        box.open()

    def _answered(self, discard: bool) -> None:
        self.asking = None
        if discard and not self.locking and shiboken6.isValid(self.dialog):
            self.discarding = True
            self.dialog.reject()

    @Slot(int)
    def _finished(self, result: int) -> None:
        _keepers.discard(self)
        self.timer.stop()
        if self.locking:
            return  # saved by save_all() before the session closed the dialog
        if result == QDialog.DialogCode.Accepted or self.discarding or not self.typed():
            if not self._vault.is_locked:
                drafts.discard_draft(self._vault, DRAFT_ID)
            return
        self.save()  # closed some other way: keep it rather than lose it


def keep_typed(
    dialog: QDialog,
    vault: Vault,
    *,
    kind: str,
    target: dict[str, Any] | None = None,
    runner: TaskRunner | None = None,
    page: str | None = None,
) -> DialogKeeper:
    """Keep what is typed in ``dialog`` (call after it is filled, before or after ``open()``).

    ``page`` is the main window's page to reopen it from; by default the one in view.
    """
    if page is None:
        page = _current_page(dialog)
    keeper = DialogKeeper(dialog, vault, page=page, kind=kind, target=target or {}, runner=runner)
    dialog.setProperty("keeper", keeper)
    return keeper


def keeper_of(dialog: QDialog) -> DialogKeeper | None:
    """The keeper of a dialog, if it has one."""
    keeper = dialog.property("keeper")
    return keeper if isinstance(keeper, DialogKeeper) else None


def may_close(dialog: QDialog) -> bool:
    """For a kept dialog's ``reject()``: whether to close now (else it asked first)."""
    keeper = keeper_of(dialog)
    return keeper is None or keeper.may_close()


def _current_page(dialog: QDialog) -> str | None:
    from circlesdesk.ui.main_window import MainWindow

    parent = dialog.parentWidget()
    window = parent.window() if parent is not None else None
    return window.current_key() if isinstance(window, MainWindow) else None


Held = list[tuple[Vault, dict[str, Any]]]


def hold_all() -> Held:
    """A lock or a quit is coming: take what every open kept dialog holds, and let each close
    without asking. Write it with :func:`write` once no task is using the vault."""
    held: Held = []
    for keeper in list(_keepers):
        if not shiboken6.isValid(keeper) or keeper.locking:
            continue
        keeper.locking = True
        keeper.timer.stop()
        asking = keeper.asking
        if asking is not None and shiboken6.isValid(asking):
            asking.done(QMessageBox.StandardButton.Cancel.value)
        if keeper.typed():
            held.append((keeper._vault, keeper.payload()))
    return held


def write(held: Held) -> None:
    """Store held dialog drafts in their vaults (the vault must be open and free)."""
    for vault, fields in held:
        if vault.is_locked:
            log.warning("a dialog's draft could not be kept: the vault was already locked")
            continue
        drafts.save_draft(vault, kind=DRAFT_KIND, draft_id=DRAFT_ID, fields=fields)


def reopen(window: Any, vault: Vault) -> QDialog | None:
    """After an unlock: show the page a kept dialog was open on, reopen it and refill it."""
    draft = drafts.get_draft(vault, DRAFT_ID)
    if draft is None:
        return None
    fields = draft.fields
    page_key = fields.get("page")
    if not isinstance(page_key, str) or page_key not in window.page_keys():
        return None
    window.show_page(page_key)
    page = window.page(page_key)
    reopen_dialog = getattr(page, "reopen_dialog", None)
    if not callable(reopen_dialog):
        return None
    target = fields.get("target")
    dialog = reopen_dialog(str(fields.get("dialog")), target if isinstance(target, dict) else {})
    if not isinstance(dialog, QDialog):
        return None
    keeper = keeper_of(dialog)
    saved = fields.get("fields")
    if keeper is not None and isinstance(saved, list):
        keeper.restore(saved)
    return dialog
