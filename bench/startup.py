"""Start-up of the command line (issue #17): ``circlesdesk --version`` and ``status`` as a user
starts them, each a fresh process with its modules' bytecode compiled, as installed.

Interleaved, round by round: ``--version`` against the bare interpreter (``python -c pass``), and
``status --json`` on an office of 50 circles against a process that only unlocks and locks that
vault (the least ``status`` must do). Vaults use the fast Argon2id cost, as in every benchmark but
the unlock one, so the figures are the program's own, not the key derivation's. The first round
compiles the bytecode and is not counted.
"""

from __future__ import annotations

import sys
from pathlib import Path

import circlesdesk
from bench import fixtures
from bench.processes import Spent, compiled_environment, run_timed
from bench.report import Row, Unit, verdict
from bench.session import Session
from bench.timing import Timing

NAME = "startup"
TITLE = "Command line start-up: --version and status"

ROUNDS = 15
CIRCLES = 50
MEETINGS = 500
VERSION_TARGET = 0.15
STATUS_TARGET = 0.4
UNLOCK_ONLY = (
    "import os, sys; from pathlib import Path; from circlesdesk.vault.vault import Vault; "
    "Vault.unlock(Path(sys.argv[1]), passphrase=os.environ['CIRCLESDESK_PASSPHRASE']).lock()"
)


def _row(
    measured: str, figure: Timing, cpu: tuple[Timing, Timing], base: Timing, label: str,
    target: float,
) -> Row:  # fmt: skip
    """A row of wall-clock figures; the note gives the CPU time of the command and its baseline,
    which the other work on a shared machine moves much less."""
    return Row(
        benchmark=NAME,
        measured=measured,
        figure=figure.median,
        unit=Unit.SECONDS,
        baseline=base.median,
        baseline_label=label,
        ratio=figure.median / base.median,
        target=f"< {target * 1e3:.0f} ms",
        verdict=verdict(figure.median < target),
        n=figure.n,
        note=f"CPU {cpu[0].median * 1e3:.0f} ms (baseline {cpu[1].median * 1e3:.0f} ms); "
        f"fastest {min(figure.samples) * 1e3:.0f} ms",
    )


def run(session: Session) -> None:
    """Make the office, then time the four processes round by round."""
    with session.scratch("startup") as scratch:
        folder = scratch / "office"
        office, _codes = fixtures.make_office(folder, circles=CIRCLES)
        try:
            meetings = fixtures.circle_meetings(office, count=MEETINGS, seed=fixtures.SEED)
            fixtures.save_all(office, fixtures.meeting_rows(meetings))
        finally:
            office.lock()
        env = compiled_environment(
            scratch / "bytecode",
            CIRCLESDESK_PASSPHRASE=fixtures.PASSPHRASE,
            PYTHONPATH=str(Path(circlesdesk.__file__).resolve().parents[1]),  # this very code
        )
        commands = {
            "version": [sys.executable, "-m", "circlesdesk", "--version"],
            "bare": [sys.executable, "-c", "pass"],
            "status": [sys.executable, "-m", "circlesdesk", "--data-dir", str(folder), "status",
                       "--json"],
            "unlock": [sys.executable, "-c", UNLOCK_ONLY, str(folder)],
        }  # fmt: skip
        session.say(f"office of {CIRCLES} circles and {MEETINGS} meetings made; {ROUNDS} rounds")
        spent: dict[str, list[Spent]] = {name: [] for name in commands}
        for number in range(ROUNDS + 1):
            for name, argv in commands.items():
                taken = run_timed(argv, env=env, cwd=Path(scratch))
                if number:  # the first round compiles the bytecode
                    spent[name].append(taken)
    wall = {name: Timing(tuple(s.wall for s in runs)) for name, runs in spent.items()}
    cpu = {name: Timing(tuple(s.cpu for s in runs)) for name, runs in spent.items()}
    session.report(
        _row(
            "`circlesdesk --version`, a fresh process",
            wall["version"],
            (cpu["version"], cpu["bare"]),
            wall["bare"],
            "the bare interpreter: python -c pass",
            VERSION_TARGET,
        )
    )
    session.report(
        _row(
            f"`circlesdesk status --json`, office of {CIRCLES} circles, unlock included",
            wall["status"],
            (cpu["status"], cpu["unlock"]),
            wall["unlock"],
            "a process that only unlocks and locks the vault",
            STATUS_TARGET,
        )
    )
