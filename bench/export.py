"""Exporting 10,000 meetings, vault to file (DESIGN §9: under 1 s).

The volunteer's vault of the sync fixture (10,000 meetings, their attendance and concerns, none
receipted) writes its bundle to the office: ``services.sync.export`` then ``write_bundles`` (atomic
write, fsync). Every export carries everything, since the office has receipted nothing. Baseline:
reading the same rows bare (``SELECT`` of every column). One more, instrumented, export shows where
the time goes.
"""

from __future__ import annotations

import contextlib
import functools
import time
from collections.abc import Callable, Iterator
from typing import Any
from unittest import mock

from bench import fixtures
from bench.report import Row, Unit, Verdict, verdict
from bench.session import Session
from bench.timing import Stopwatch, measure
from circlesdesk.services import sync as sync_service
from circlesdesk.sync import codec
from circlesdesk.vault import store
from circlesdesk.vault.vault import Vault

NAME = "export"
TITLE = "Export of 10,000 meetings, vault to file"

REPEATS = 3
TARGET = 1.0
_TABLES = ("meeting", "attendance", "concern")


@contextlib.contextmanager
def instrumented() -> Iterator[dict[str, float]]:
    """Time the parts of an export that are calls of their own."""
    spent = {"read": 0.0, "seal": 0.0, "write": 0.0}

    def timed(part: str, original: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(original)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            started = time.perf_counter()
            try:
                return original(*args, **kwargs)
            finally:
                spent[part] += time.perf_counter() - started

        return wrapper

    with (
        mock.patch.object(store, "changed_since_items", timed("read", store.changed_since_items)),
        mock.patch.object(codec, "seal_lines", timed("seal", codec.seal_lines)),
        mock.patch.object(sync_service, "write_file", timed("write", sync_service.write_file)),
    ):
        yield spent


def run(session: Session) -> None:
    """Export the fixture's volunteer vault to a file, ``REPEATS`` times, then once instrumented."""
    fixture = fixtures.sync_fixture(session.fixtures, say=session.say)
    with session.scratch("export") as scratch:
        vault = fixtures.unlock(fixtures.copy_vault(fixture.volunteer, scratch / "volunteer"))
        out = scratch / "bundle.cdb"
        sizes: list[int] = []

        def export(target: Vault = vault) -> None:
            bundles = sync_service.export(target)
            sync_service.write_bundles(bundles, out=out, out_dir=None)
            sizes.append(out.stat().st_size)

        def bare_read() -> None:
            for table in _TABLES:
                vault.conn.execute(f"SELECT * FROM {table}").fetchall()

        try:
            session.say(f"exporting {fixture.meetings:,} meetings {REPEATS} times")
            exported = measure(export, repeat=REPEATS)
            bare = measure(bare_read, repeat=REPEATS, warmup=1)
            with instrumented() as spent, Stopwatch() as whole:
                export()
        finally:
            vault.lock()
    records = sum(fixture.counts.values())
    session.report(
        Row(
            benchmark=NAME,
            measured=f"export {fixture.meetings:,} meetings ({records:,} records) to a file",
            figure=exported.median,
            unit=Unit.SECONDS,
            baseline=bare.median,
            baseline_label="bare SELECT of the same rows",
            ratio=exported.median / bare.median,
            target="< 1 s",
            verdict=verdict(exported.median < TARGET),
            n=exported.n,
            note=f"bundle {sizes[-1] / 1e6:.1f} MB; services.sync.export + write_bundles",
        )
    )
    rest = whole.elapsed - sum(spent.values())
    for part, label in (
        (spent["read"], "read records back as JSON lines (store.changed_since_items)"),
        (spent["seal"], "seal: join lines, zlib 1, sign, encrypt (codec.seal_lines)"),
        (spent["write"], "write the file: atomic, fsync"),
        (rest, "the rest: peer and keys read, the bundle logged"),
    ):
        session.report(
            Row(
                benchmark=NAME,
                measured=f"  part: {label}",
                figure=part,
                unit=Unit.SECONDS,
                baseline=whole.elapsed,
                baseline_label="that export, instrumented",
                ratio=part / whole.elapsed,
                target="part of the above",
                verdict=Verdict.INFO,
            )
        )
