"""The quick check the app runs after unlock: does every page of the vault still verify?

A flipped byte in a page that is rarely read would otherwise go unnoticed until ``check`` or
the day that page is needed. :func:`quick_check` reads every page once and verifies its HMAC
(``PRAGMA cipher_integrity_check``) without parsing anything; the GUI runs it in the background
a few seconds after unlock, once the pages have loaded, and says what it found in one sentence
(its own, translated: ``ui/vault_notices.py``).
"""

from __future__ import annotations

import dataclasses
import logging

from circlesdesk.vault.vault import Vault

log = logging.getLogger(__name__)


@dataclasses.dataclass(frozen=True)
class HealthReport:
    """What the quick check found: how many pages failed their check (0 for a sound vault)."""

    damaged_pages: int

    @property
    def ok(self) -> bool:
        return self.damaged_pages == 0


def quick_check(vault: Vault) -> HealthReport:
    """Verify every page of the open vault; the report says what was found."""
    report = HealthReport(damaged_pages=vault.quick_check())
    if report.ok:
        log.info("quick check: every page intact")
    else:
        log.warning("quick check: %d damaged pages", report.damaged_pages)
    return report
