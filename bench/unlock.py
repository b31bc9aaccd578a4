"""Vault unlock (DESIGN §9: the Argon2id cost, chosen at about 0.5 s, plus under 50 ms to open and
check the database).

``calibrate_kdf()`` picks the cost on this machine; a vault of 500 meetings is made with it. Then,
interleaved: a bare Argon2id derive with those parameters, and ``Vault.unlock`` (key slots, the
same derive, the database opened, migrated and its identity read). The database's share is the
unlock minus the derive; it is also timed directly (``open_database`` + ``migrate`` + the
``vault_info`` read) against the least SQLCipher needs to read the file (connect, key, first read).

Several people at the office: four more people are given slots (five in all), and the last one
added unlocks by name (only their slot is derived) and without a name (every slot in turn, the
worst case), against the one-person unlock above.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from unittest import mock

import sqlcipher3
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from bench import fixtures
from bench.report import Row, Unit, Verdict, verdict
from bench.session import Session
from bench.timing import Stopwatch, Timing
from circlesdesk.services import staff
from circlesdesk.vault import database, keyslots
from circlesdesk.vault.vault import DATABASE_FILE, KEYS_FILE, Vault

NAME = "unlock"
TITLE = "Vault unlock"

MEETINGS = 500
UNLOCKS = 5
OPENS = 20
KDF_TARGET = 0.5
KDF_RANGE = (0.35, 0.75)  # "about half a second"
DB_TARGET = 0.050
PEOPLE = 5


def _derive(kdf: keyslots.KdfParams) -> None:
    Argon2id(
        salt=os.urandom(keyslots.SALT_BYTES),
        length=32,
        iterations=kdf.iterations,
        lanes=kdf.lanes,
        memory_cost=kdf.memory_kib,
    ).derive(fixtures.PASSPHRASE.encode())


@contextlib.contextmanager
def unwrap_timed(spent: list[float]) -> Iterator[None]:
    """Within the block, the seconds each passphrase unwrap takes are appended to ``spent``."""
    original = keyslots.KeySlots.unwrap_as

    def timed(
        slots: keyslots.KeySlots, passphrase: str, *, name: str | None
    ) -> tuple[bytes, str | None]:
        with Stopwatch() as watch:
            opened = original(slots, passphrase, name=name)
        spent.append(watch.elapsed)
        return opened

    with mock.patch.object(keyslots.KeySlots, "unwrap_as", timed):
        yield


def run(session: Session) -> None:
    """Calibrate, make the vault, then time unlocks, bare derives and bare opens."""
    with Stopwatch() as calibration:
        kdf = keyslots.calibrate_kdf()
    cost = f"{kdf.memory_kib // 1024} MiB × {kdf.iterations} passes, {kdf.lanes} lanes"
    session.say(f"calibrate_kdf() chose {cost} in {calibration.elapsed:.2f} s")
    with session.scratch("unlock") as scratch:
        folder = scratch / "office"
        office, _codes = fixtures.make_office(folder, circles=1, kdf=kdf)
        try:
            meetings = fixtures.circle_meetings(office, count=MEETINGS, seed=fixtures.SEED)
            fixtures.save_all(office, fixtures.meeting_rows(meetings))
        finally:
            office.lock()
        session.say(f"made a vault of {MEETINGS} meetings with that cost; timing {UNLOCKS} unlocks")
        Vault.unlock(folder, passphrase=fixtures.PASSPHRASE).lock()  # warm-up, untimed
        derives: list[float] = []
        unlocks: list[float] = []
        unwraps: list[float] = []
        for _ in range(UNLOCKS):
            with Stopwatch() as watch:
                _derive(kdf)
            derives.append(watch.elapsed)
            with unwrap_timed(unwraps), Stopwatch() as watch:
                vault = Vault.unlock(folder, passphrase=fixtures.PASSPHRASE)
            unlocks.append(watch.elapsed)
            vault.lock()
        data_key = keyslots.load(folder / KEYS_FILE).unwrap_with_passphrase(fixtures.PASSPHRASE)
        path = folder / DATABASE_FILE

        def open_and_check() -> Any:
            conn = database.open_database(path, data_key)
            database.migrate(conn, backup=lambda _version: None)
            conn.execute("SELECT device_id, role, name, created_at FROM vault_info").fetchone()
            return conn

        def bare_open() -> Any:
            conn = sqlcipher3.connect(str(path), isolation_level=None)
            conn.execute(f"PRAGMA key = \"x'{data_key.hex()}'\"")
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            return conn

        opens: dict[str, list[float]] = {"direct": [], "bare": []}
        for _ in range(OPENS + 1):  # interleaved; the first of each is a warm-up
            for kind, action in (("direct", open_and_check), ("bare", bare_open)):
                with Stopwatch() as watch:
                    conn = action()
                opens[kind].append(watch.elapsed)
                conn.close()
        direct = Timing(tuple(opens["direct"][1:]))
        bare = Timing(tuple(opens["bare"][1:]))
        by_name, any_slot = _several_people(session, folder, kdf)
    derive, unlock, unwrap = (Timing(tuple(t)) for t in (derives, unlocks, unwraps))
    database_share = Timing(tuple(u - w for u, w in zip(unlocks, unwraps, strict=True))).median
    session.report(
        Row(
            benchmark=NAME,
            measured=f"Argon2id derive at the calibrated cost ({cost})",
            figure=derive.median,
            unit=Unit.SECONDS,
            baseline=KDF_TARGET,
            baseline_label="the cost calibrate_kdf() aims at",
            ratio=derive.median / KDF_TARGET,
            target=f"~0.5 s ({KDF_RANGE[0]}–{KDF_RANGE[1]} s)",
            verdict=verdict(KDF_RANGE[0] <= derive.median <= KDF_RANGE[1]),
            n=derive.n,
            note=f"calibrate_kdf() itself took {calibration.elapsed:.2f} s",
        )
    )
    session.report(
        Row(
            benchmark=NAME,
            measured="Vault.unlock with that cost, whole",
            figure=unlock.median,
            unit=Unit.SECONDS,
            baseline=unwrap.median,
            baseline_label="its own key-slot unwrap (Argon2id + AEAD)",
            ratio=unlock.median / unwrap.median,
            target="unwrap + < 50 ms",
            verdict=verdict(database_share < DB_TARGET),
            n=unlock.n,
            note="after one untimed unlock; the unwrap is timed inside each unlock",
        )
    )
    session.report(
        Row(
            benchmark=NAME,
            measured="open and check the database (Vault.unlock − its unwrap)",
            figure=database_share,
            unit=Unit.SECONDS,
            baseline=unwrap.median,
            baseline_label="the unwrap",
            ratio=database_share / unwrap.median,
            target="< 50 ms",
            verdict=verdict(database_share < DB_TARGET),
            n=unlock.n,
        )
    )
    session.report(
        Row(
            benchmark=NAME,
            measured="open_database + migrate + vault_info read, timed directly",
            figure=direct.median,
            unit=Unit.SECONDS,
            baseline=bare.median,
            baseline_label="bare connect + PRAGMA key + first read",
            ratio=direct.median / bare.median,
            target="< 50 ms",
            verdict=verdict(direct.median < DB_TARGET),
            n=direct.n,
            note=f"p95 {direct.percentile(95) * 1e3:.1f} ms",
        )
    )
    for measured, timing in (
        (f"Vault.unlock by name with {PEOPLE} people (the last one added)", by_name),
        (f"Vault.unlock without a name with {PEOPLE} people (every slot in turn)", any_slot),
    ):
        session.report(
            Row(
                benchmark=NAME,
                measured=measured,
                figure=timing.median,
                unit=Unit.SECONDS,
                baseline=unlock.median,
                baseline_label="Vault.unlock with one person",
                ratio=timing.median / unlock.median,
                target="unwrap + < 50 ms" if timing is by_name else "—",
                verdict=verdict(timing.median - unwrap.median < DB_TARGET)
                if timing is by_name
                else Verdict.INFO,
                n=timing.n,
            )
        )


def _several_people(
    session: Session, folder: Path, kdf: keyslots.KdfParams
) -> tuple[Timing, Timing]:
    """Give four more people slots, then time the last one's unlock by name and without."""
    with Vault.unlock(folder, passphrase=fixtures.PASSPHRASE) as office:
        for number in range(2, PEOPLE + 1):
            staff.add_person(
                office,
                name=f"Person {number}",
                role="coordinator",
                passphrase=f"{fixtures.PASSPHRASE} {number}",
                kdf=kdf,
            )
    session.say(f"{PEOPLE} people now have slots; timing {UNLOCKS} unlocks each way")
    last, secret = f"Person {PEOPLE}", f"{fixtures.PASSPHRASE} {PEOPLE}"
    times: dict[str | None, list[float]] = {last: [], None: []}
    for _ in range(UNLOCKS):
        for name in (last, None):
            with Stopwatch() as watch:
                vault = Vault.unlock(folder, passphrase=secret, name=name)
            times[name].append(watch.elapsed)
            vault.lock()
    return Timing(tuple(times[last])), Timing(tuple(times[None]))
