"""The coordinator's day: the inbox of bundles, the concern queue, its actions, and the replies.

Due clocks (``concern_queue``): a concern's clock runs from ``raised_at`` until the office first
answers it (acknowledge, respond, escalate or close); the due time of each level is the domain's
rule (``circlesdesk.domain.urgency``). A clock is *amber* once half its time has gone and *red*
when it is due (a note, level 0, never turns red: it stays amber); an answered concern's clock
is *ok*.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import logging
from collections.abc import Callable, Collection, Iterable, Sequence
from pathlib import Path

from circlesdesk.domain import defaults, urgency, validation
from circlesdesk.domain.enums import ResponseAction
from circlesdesk.domain.permissions import Permission
from circlesdesk.domain.records import (
    VOLUNTEER_KINDS,
    Circle,
    Concern,
    ConcernResponse,
    new_record_id,
    utc_now,
)
from circlesdesk.errors import UserError, ValidationError
from circlesdesk.messages import Message
from circlesdesk.services import access
from circlesdesk.services import sync as sync_service
from circlesdesk.sync import importer
from circlesdesk.sync.errors import BundleError
from circlesdesk.sync.importer import State
from circlesdesk.vault import registry, store
from circlesdesk.vault.vault import Vault

log = logging.getLogger(__name__)

# A bundle the inbox could not verify: its state is INVALID and ``reason`` the plain sentence.
INVALID = "invalid"


# -- the inbox -------------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class InboxItem:
    """One bundle file as the inbox lists it: who sent it, what it holds, what importing does."""

    path: Path
    state: str  # an importer.State value, or INVALID
    reason: Message  # the plain sentence for the state (the BundleError's for an invalid file)
    sender: str | None = None  # device id
    sender_name: str | None = None
    sequence: int | None = None
    counts: dict[str, int] = dataclasses.field(default_factory=dict)
    concern_uuids: tuple[str, ...] = ()
    data: bytes | None = dataclasses.field(default=None, repr=False)

    @property
    def ready(self) -> bool:
        """Whether "Import all ready" imports it."""
        return self.state == State.READY.value


def _inspect(vault: Vault, path: Path) -> InboxItem:
    try:
        data = sync_service.read_bundle(path)
        checked = importer.check(vault, data)
    except BundleError as error:
        log.info("inbox: a file was refused: %s", type(error).__name__)
        return InboxItem(path=path, state=INVALID, reason=error.message)
    return InboxItem(
        path=path,
        state=checked.state.value,
        reason=checked.reason,
        sender=checked.header.sender_device_id,
        sender_name=checked.sender_name,
        sequence=checked.header.sequence,
        counts=dict(checked.counts),
        concern_uuids=tuple(r.uuid for r in checked.records if isinstance(r, Concern)),
        data=data,
    )


def inspect_files(vault: Vault, paths: Iterable[Path]) -> list[InboxItem]:
    """Verify each bundle file without writing anything; never raises for a bad file.

    The same file named twice is listed once. Items come in the order given.
    """
    access.require(vault, Permission.IMPORT_BUNDLES)
    seen: set[Path] = set()
    result = []
    for path in paths:
        key = path.resolve()
        if key in seen:
            continue
        seen.add(key)
        result.append(_inspect(vault, path))
    return result


def bundle_files(folder: Path) -> list[Path]:
    """The bundle files (``*.cdb``) directly in a folder, by name."""
    try:
        return sorted(p for p in folder.iterdir() if p.suffix == ".cdb" and p.is_file())
    except OSError:
        raise UserError("file.folder_unreadable") from None


@dataclasses.dataclass(frozen=True)
class ImportedBundle:
    """What importing one inbox item did (or the sentence saying why it failed)."""

    item: InboxItem
    state: str
    reason: Message
    outcomes: dict[str, int] = dataclasses.field(default_factory=dict)


@dataclasses.dataclass(frozen=True)
class ImportSummary:
    """What "Import all ready" did: what arrived, and what needs attention first."""

    bundles: list[ImportedBundle]
    arrived: dict[str, int]  # new records, by kind
    updated: int  # records that arrived as a newer revision of one already held
    urgent: list[QueueEntry]  # open concerns of level 3 and 4 that arrived, most urgent first
    concerns: list[QueueEntry]  # every open concern that arrived, most urgent first
    cancelled: bool = False

    @property
    def applied(self) -> int:
        """How many bundles were applied."""
        return sum(1 for b in self.bundles if b.state == State.READY.value)


def import_ready(
    vault: Vault,
    items: Sequence[InboxItem],
    *,
    progress: Callable[[int, int, str], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    now: dt.datetime | None = None,
) -> ImportSummary:
    """Import every ready item, each in its own transaction, by sender name, then sequence.

    Stopping (``cancelled()`` true) happens between bundles: what was imported stays.
    """
    access.require(vault, Permission.IMPORT_BUNDLES)
    ready = sorted(
        (i for i in items if i.ready and i.data is not None),
        key=lambda i: (i.sender_name or "", i.sender or "", i.sequence or 0),
    )
    done: list[ImportedBundle] = []
    # Only what this run adds is counted, and only its concerns read back: the cost follows the
    # bundles, not the years already in the vault (issue #17).
    before = {cls: store.last_id(vault.conn, cls) for cls in VOLUNTEER_KINDS}
    updated = 0
    concern_ids: list[str] = []
    stopped = False
    for index, item in enumerate(ready):
        if cancelled is not None and cancelled():
            stopped = True
            break
        if progress is not None:
            progress(index, len(ready), item.sender_name or "")
        assert item.data is not None
        try:
            result = importer.import_bundle(vault, item.data)
        except BundleError as error:
            log.info("inbox: an import was refused: %s", type(error).__name__)
            done.append(ImportedBundle(item=item, state=INVALID, reason=error.message))
            continue
        done.append(
            ImportedBundle(
                item=item,
                state=result.state.value,
                reason=result.reason or importer.state_message(result.state),
                outcomes=dict(result.outcomes),
            )
        )
        if result.state is State.READY:
            updated += result.outcomes.get(store.Outcome.UPDATED.value, 0)
            concern_ids += item.concern_uuids
    if progress is not None and not stopped:
        progress(len(ready), len(ready), "")
    added = {cls.kind: store.count_after(vault.conn, cls, last) for cls, last in before.items()}
    arrived = {kind: n for kind, n in added.items() if n > 0}
    arrived_concerns = concern_queue(vault, now=now, among=concern_ids)
    return ImportSummary(
        bundles=done,
        arrived=arrived,
        updated=updated,
        urgent=[e for e in arrived_concerns if urgency.needs_phone_call(e.concern.level)],
        concerns=arrived_concerns,
        cancelled=stopped,
    )


# -- the concern queue -----------------------------------------------------------------------


class Clock(enum.StrEnum):
    """How a concern's due clock stands."""

    OK = "ok"
    AMBER = "amber"
    RED = "red"


@dataclasses.dataclass(frozen=True)
class QueueEntry:
    """One open concern in the queue, with its due time and clock."""

    concern: Concern
    circle_code: str
    volunteer: str  # the name of the device that raised it
    level_name: str
    due_at: dt.datetime
    clock: Clock
    answered: bool
    responses: tuple[ConcernResponse, ...]


def _moment(iso: str) -> dt.datetime:
    moment = dt.datetime.fromisoformat(iso)
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=dt.UTC)


def due_at(concern: Concern) -> dt.datetime:
    """When the office should first answer a concern (see the module docstring)."""
    return urgency.due_at(raised_at=concern.raised_at, level=concern.level)


def clock(concern: Concern, *, answered: bool, now: dt.datetime) -> Clock:
    """Ok while there is time or once answered; amber after half the time; red when due."""
    if answered:
        return Clock.OK
    due = due_at(concern)
    if now >= due:
        return Clock.RED if urgency.may_be_overdue(concern.level) else Clock.AMBER
    if now - _moment(concern.raised_at) >= urgency.due_within(concern.level) / 2:
        return Clock.AMBER
    return Clock.OK


def concern_queue(
    vault: Vault, *, now: dt.datetime | None = None, among: Collection[str] | None = None
) -> list[QueueEntry]:
    """Open concerns (not closed), most urgent first, then oldest first; with ``among``, only
    those of these concerns that are stored and open (what an inbox run just brought in: read
    by uuid, so its cost follows the concerns asked for, not the vault's history).

    Only open concerns and their responses are decoded: which are closed is read from two raw
    columns, so a vault of years of closed concerns opens the queue as fast as a new one.
    """
    now = now or dt.datetime.now(dt.UTC)
    conn = vault.conn
    if among is None:
        closed = {
            concern_uuid
            for concern_uuid, action in store.find_fields(
                conn, ConcernResponse, ("concern_uuid", "action")
            )
            if action == ResponseAction.CLOSE.value
        }
        open_ids = [uuid for uuid in store.ids(conn, Concern) if uuid not in closed]
    else:
        open_ids = list(dict.fromkeys(among))
    responses: dict[str, list[ConcernResponse]] = {}
    for response in store.find_in(conn, ConcernResponse, field="concern_uuid", values=open_ids):
        responses.setdefault(response.concern_uuid, []).append(response)
    if among is not None:
        open_ids = [
            uuid
            for uuid in open_ids
            if not any(r.action == ResponseAction.CLOSE.value for r in responses.get(uuid, ()))
        ]
    concerns = store.find_in(conn, Concern, field="uuid", values=open_ids)
    circle_ids = sorted({c.circle_uuid for c in concerns})
    codes = {c.uuid: c.code for c in store.find_in(conn, Circle, field="uuid", values=circle_ids)}
    names = {p.device_id: p.name for p in registry.peers(conn)}
    entries = []
    visible = access.visible_circles(vault)
    for concern in concerns:
        if visible is not None and concern.circle_uuid not in visible:
            continue  # a coordinator's queue holds their circles' concerns
        answers = tuple(sorted(responses.get(concern.uuid, ()), key=lambda r: r.responded_at))
        entries.append(
            QueueEntry(
                concern=concern,
                circle_code=codes.get(concern.circle_uuid, "?"),
                volunteer=names.get(concern.origin, ""),
                level_name=defaults.URGENCY_NAMES[concern.level],
                due_at=due_at(concern),
                clock=clock(concern, answered=bool(answers), now=now),
                answered=bool(answers),
                responses=answers,
            )
        )
    entries.sort(key=lambda e: (-e.concern.level, _moment(e.concern.raised_at)))
    return entries


# -- actions on a concern --------------------------------------------------------------------


def _answer(
    vault: Vault, concern_uuid: str, action: ResponseAction, **fields: object
) -> ConcernResponse:
    """Store the office's response to a concern with its audit row, in one transaction."""
    access.require(vault, Permission.WORK_ON_CIRCLES)
    validation.record_id(concern_uuid, field="concern")
    store.require(vault.conn, Concern, concern_uuid)
    closed = store.find(
        vault.conn, ConcernResponse, concern_uuid=concern_uuid, action=ResponseAction.CLOSE.value
    )
    if closed:
        raise ValidationError("concern.already_closed")
    fields.setdefault("responded_at", utc_now())
    response = ConcernResponse(
        uuid=new_record_id(),
        origin=vault.info.device_id,
        concern_uuid=concern_uuid,
        action=action.value,
        **fields,  # type: ignore[arg-type]
    )
    vault.save_record(response, f"concern.{action.value}", detail=f"concern={concern_uuid}")
    return response


def _required(text: str, *, field: str) -> str:
    stripped = text.strip()
    if not stripped:
        raise ValidationError("invalid.write_first", field=field)
    return stripped


def acknowledge(vault: Vault, concern_uuid: str) -> ConcernResponse:
    """Tell the volunteer the office has seen the concern."""
    return _answer(vault, concern_uuid, ResponseAction.ACKNOWLEDGE)


def respond(vault: Vault, concern_uuid: str, text: str) -> ConcernResponse:
    """Answer the volunteer in words; the text travels back in the reply bundle."""
    return _answer(
        vault, concern_uuid, ResponseAction.RESPOND, text=_required(text, field="response")
    )


def escalate(
    vault: Vault, concern_uuid: str, *, agency: str, basis: str, when: dt.datetime
) -> ConcernResponse:
    """Record a disclosure to an outer-circle agency: who, when, and on what basis."""
    if when.tzinfo is None:
        raise ValidationError("concern.disclosure_time_zone")
    if when > dt.datetime.now(dt.UTC) + dt.timedelta(minutes=5):
        raise ValidationError("concern.disclosure_time_future")
    return _answer(
        vault,
        concern_uuid,
        ResponseAction.ESCALATE,
        agency=_required(agency, field="agency"),
        basis=_required(basis, field="basis for the disclosure"),
        responded_at=when.astimezone(dt.UTC).replace(microsecond=0).isoformat(),
    )


def close(vault: Vault, concern_uuid: str, outcome: str) -> ConcernResponse:
    """Close the concern with its outcome; it leaves the queue."""
    return _answer(
        vault, concern_uuid, ResponseAction.CLOSE, outcome=_required(outcome, field="outcome")
    )


# -- replies ---------------------------------------------------------------------------------


def write_replies(vault: Vault, folder: Path) -> list[Path]:
    """One reply bundle for each enrolled device that is not revoked, written into ``folder``."""
    access.require(vault, Permission.IMPORT_BUNDLES)
    if not folder.is_dir():
        raise sync_service.WriteFailed("sync.no_such_folder")
    bundles = sync_service.export(vault, all_devices=True)
    return sync_service.write_bundles(bundles, out=None, out_dir=folder)
