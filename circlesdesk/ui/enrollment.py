"""Saving this laptop's enrollment request: from the wizard, or later from Home's set-up card."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from circlesdesk.errors import UserError
from circlesdesk.services import sync as sync_service
from circlesdesk.ui import dialogs
from circlesdesk.ui.crash import user_text
from circlesdesk.ui.widgets import AlertLabel
from circlesdesk.vault.vault import Vault

log = logging.getLogger(__name__)


def request_file_name(device_id: str) -> str:
    """The enrollment request's file name: no personal data, only a short device id."""
    return f"enroll-{device_id[:8]}.req"


def save_enrollment_request(
    parent: QWidget, vault: Vault, request: bytes, said: AlertLabel
) -> Path | None:
    """Ask for a folder and save the enrollment request there; say the outcome in ``said``.

    Used by the wizard's page and by Home's "Set up this laptop" card (enrollment finished later).
    """

    def tr(text: str) -> str:
        return QCoreApplication.translate("EnrollPage", text)

    folder = dialogs.ask_folder(parent, tr("Choose where to save the enrollment request"))
    if folder is None:
        return None
    name = request_file_name(vault.info.device_id)
    try:
        saved_to = sync_service.write_file(request, out=folder / name)
    except UserError as error:
        said.show_error(user_text(error))
        return None
    log.info("enrollment request saved")
    said.show_success(tr("Saved as {name} in {folder}.").format(name=name, folder=folder))
    return saved_to
