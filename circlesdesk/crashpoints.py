"""Named steps of the operations that must survive a crash, where tests can kill the process.

Key changes, migrations, imports and atomic file writes call :func:`reach` with a fixed step name
(``"rotate.rekeyed"``, ``"write.vault.keys.renamed"`` …; docs/vault-format.md lists them with
what a kill at each one leaves). In the app :data:`hook` is ``None`` and :func:`reach` does
nothing. Only the fault-injection tests set it, in a child process they start, to a function that
kills that process with SIGKILL at one chosen step: a real ``kill -9`` at a known moment, not a
simulated one. Nothing reads an environment variable, so no setting can make the app crash.
"""

from __future__ import annotations

from collections.abc import Callable

hook: Callable[[str], None] | None = None


def reach(step: str) -> None:
    """Mark that the running operation has reached ``step`` (a no-op unless a test set a hook)."""
    if hook is not None:
        hook(step)
