"""Autosaved drafts of forms (a meeting being written), so nothing is lost on a crash or a lock."""

from __future__ import annotations

from typing import Any

from circlesdesk.domain.records import new_record_id
from circlesdesk.vault import database, drafts
from circlesdesk.vault.drafts import Draft
from circlesdesk.vault.vault import Vault


def save_draft(
    vault: Vault,
    *,
    kind: str,
    fields: dict[str, Any],
    circle_uuid: str | None = None,
    draft_id: str | None = None,
) -> str:
    """Store the fields typed so far; returns the draft id to pass next time.

    Like every write it waits for a background task's transaction, then raises ``VaultBusy``.
    """
    draft_id = draft_id or new_record_id()
    with database.transaction(vault.conn):
        drafts.save(
            vault.conn, draft_id=draft_id, kind=kind, circle_uuid=circle_uuid, fields=fields
        )
    return draft_id


def open_drafts(vault: Vault, *, kind: str | None = None) -> list[Draft]:
    """Unfinished drafts, newest first."""
    return drafts.all_drafts(vault.conn, kind=kind)


def get_draft(vault: Vault, draft_id: str) -> Draft | None:
    """One draft."""
    return drafts.get(vault.conn, draft_id)


def discard_draft(vault: Vault, draft_id: str) -> None:
    """Throw a draft away (the user chose not to keep it)."""
    drafts.delete(vault.conn, draft_id)
