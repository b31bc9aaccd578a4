"""Numbered schema migrations of the vault database; the schema version is PRAGMA user_version.

A migration, once released, never changes: vaults in the field were made with it. Each runs inside
one transaction together with the new user_version, after an encrypted backup of the vault.
"""

from __future__ import annotations

from typing import Final

_SYNCED = """
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    origin TEXT NOT NULL,
    revision INTEGER NOT NULL CHECK (revision >= 1),
    updated_at TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    change_seq INTEGER NOT NULL DEFAULT 0,
"""

_V1: Final[tuple[str, ...]] = (
    """CREATE TABLE vault_info (
        singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
        device_id TEXT NOT NULL,
        role TEXT NOT NULL CHECK (role IN ('volunteer', 'office')),
        name TEXT NOT NULL,
        created_at TEXT NOT NULL,
        device_keys BLOB NOT NULL,
        change_counter INTEGER NOT NULL DEFAULT 0
    )""",
    f"""CREATE TABLE circle ({_SYNCED}
        code TEXT NOT NULL UNIQUE,
        phase TEXT NOT NULL,
        meeting_pattern TEXT NOT NULL,
        venues TEXT NOT NULL,
        started_on TEXT,
        next_review_on TEXT
    )""",
    f"""CREATE TABLE person ({_SYNCED}
        name TEXT NOT NULL,
        role TEXT NOT NULL,
        phone TEXT
    )""",
    f"""CREATE TABLE membership ({_SYNCED}
        circle_uuid TEXT NOT NULL,
        person_uuid TEXT NOT NULL,
        role TEXT NOT NULL,
        joined_on TEXT,
        left_on TEXT
    )""",
    "CREATE INDEX membership_circle ON membership (circle_uuid)",
    "CREATE INDEX membership_person ON membership (person_uuid)",
    f"""CREATE TABLE meeting ({_SYNCED}
        circle_uuid TEXT NOT NULL,
        held_on TEXT NOT NULL,
        start_time TEXT,
        end_time TEXT,
        venue TEXT,
        minute_taker_uuid TEXT,
        minutes TEXT NOT NULL,
        life_areas TEXT NOT NULL,
        engagement INTEGER,
        status TEXT NOT NULL
    )""",
    "CREATE INDEX meeting_circle_date ON meeting (circle_uuid, held_on)",
    f"""CREATE TABLE attendance ({_SYNCED}
        meeting_uuid TEXT NOT NULL REFERENCES meeting (uuid) ON DELETE CASCADE,
        person_uuid TEXT NOT NULL,
        status TEXT NOT NULL
    )""",
    "CREATE INDEX attendance_meeting ON attendance (meeting_uuid)",
    f"""CREATE TABLE concern ({_SYNCED}
        circle_uuid TEXT NOT NULL,
        meeting_uuid TEXT,
        raised_at TEXT NOT NULL,
        level INTEGER NOT NULL CHECK (level BETWEEN 0 AND 4),
        category TEXT NOT NULL,
        description TEXT NOT NULL,
        action_taken TEXT,
        coordinator_phoned_at TEXT
    )""",
    "CREATE INDEX concern_circle ON concern (circle_uuid, raised_at)",
    "CREATE INDEX concern_meeting ON concern (meeting_uuid)",
    f"""CREATE TABLE concern_response ({_SYNCED}
        concern_uuid TEXT NOT NULL,
        action TEXT NOT NULL,
        responded_at TEXT NOT NULL,
        text TEXT NOT NULL,
        agency TEXT,
        basis TEXT,
        outcome TEXT
    )""",
    "CREATE INDEX concern_response_concern ON concern_response (concern_uuid)",
    f"""CREATE TABLE contact ({_SYNCED}
        circle_uuid TEXT NOT NULL,
        person_uuid TEXT,
        contact_on TEXT NOT NULL,
        mode TEXT NOT NULL,
        summary TEXT NOT NULL,
        raise_at_next_meeting INTEGER NOT NULL
    )""",
    "CREATE INDEX contact_circle ON contact (circle_uuid, contact_on)",
    f"""CREATE TABLE hours ({_SYNCED}
        person_uuid TEXT NOT NULL,
        circle_uuid TEXT,
        worked_on TEXT NOT NULL,
        minutes INTEGER NOT NULL,
        activity TEXT NOT NULL
    )""",
    f"""CREATE TABLE review ({_SYNCED}
        circle_uuid TEXT NOT NULL,
        review_on TEXT NOT NULL,
        template_id TEXT NOT NULL,
        scores TEXT NOT NULL,
        notes TEXT NOT NULL
    )""",
    "CREATE INDEX review_circle ON review (circle_uuid, review_on)",
    f"""CREATE TABLE office_config ({_SYNCED}
        office_name TEXT NOT NULL,
        phone TEXT NOT NULL,
        categories TEXT NOT NULL,
        life_areas TEXT NOT NULL,
        urgency_guidance TEXT NOT NULL,
        review_template_id TEXT NOT NULL,
        review_items TEXT NOT NULL,
        retention_weeks INTEGER NOT NULL,
        autolock_minutes INTEGER NOT NULL
    )""",
    """CREATE TABLE record_history (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL,
        uuid TEXT NOT NULL,
        origin TEXT NOT NULL,
        revision INTEGER NOT NULL,
        updated_at TEXT NOT NULL,
        content_hash TEXT NOT NULL,
        payload TEXT NOT NULL,
        replaced_at TEXT NOT NULL
    )""",
    "CREATE INDEX record_history_uuid ON record_history (uuid, revision)",
    """CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        action TEXT NOT NULL,
        kind TEXT,
        record_uuid TEXT,
        detail TEXT NOT NULL,
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL
    )""",
    "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
    "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END",
    "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
    "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END",
    # Full-text search: one external-content FTS5 index per searchable table, kept in step by
    # triggers so every write path (services, importer, purge) updates it.
    "CREATE VIRTUAL TABLE meeting_fts USING fts5("
    "minutes, venue, content='meeting', content_rowid='id', "
    "tokenize='unicode61 remove_diacritics 2')",
    "CREATE VIRTUAL TABLE concern_fts USING fts5("
    "description, action_taken, content='concern', content_rowid='id', "
    "tokenize='unicode61 remove_diacritics 2')",
    "CREATE VIRTUAL TABLE contact_fts USING fts5("
    "summary, content='contact', content_rowid='id', tokenize='unicode61 remove_diacritics 2')",
    "CREATE TRIGGER meeting_fts_ai AFTER INSERT ON meeting BEGIN "
    "INSERT INTO meeting_fts (rowid, minutes, venue) VALUES (new.id, new.minutes, new.venue); END",
    "CREATE TRIGGER meeting_fts_ad AFTER DELETE ON meeting BEGIN "
    "INSERT INTO meeting_fts (meeting_fts, rowid, minutes, venue) "
    "VALUES ('delete', old.id, old.minutes, old.venue); END",
    "CREATE TRIGGER meeting_fts_au AFTER UPDATE OF minutes, venue ON meeting BEGIN "
    "INSERT INTO meeting_fts (meeting_fts, rowid, minutes, venue) "
    "VALUES ('delete', old.id, old.minutes, old.venue); "
    "INSERT INTO meeting_fts (rowid, minutes, venue) VALUES (new.id, new.minutes, new.venue); END",
    "CREATE TRIGGER concern_fts_ai AFTER INSERT ON concern BEGIN "
    "INSERT INTO concern_fts (rowid, description, action_taken) "
    "VALUES (new.id, new.description, new.action_taken); END",
    "CREATE TRIGGER concern_fts_ad AFTER DELETE ON concern BEGIN "
    "INSERT INTO concern_fts (concern_fts, rowid, description, action_taken) "
    "VALUES ('delete', old.id, old.description, old.action_taken); END",
    "CREATE TRIGGER concern_fts_au AFTER UPDATE OF description, action_taken ON concern BEGIN "
    "INSERT INTO concern_fts (concern_fts, rowid, description, action_taken) "
    "VALUES ('delete', old.id, old.description, old.action_taken); "
    "INSERT INTO concern_fts (rowid, description, action_taken) "
    "VALUES (new.id, new.description, new.action_taken); END",
    "CREATE TRIGGER contact_fts_ai AFTER INSERT ON contact BEGIN "
    "INSERT INTO contact_fts (rowid, summary) VALUES (new.id, new.summary); END",
    "CREATE TRIGGER contact_fts_ad AFTER DELETE ON contact BEGIN "
    "INSERT INTO contact_fts (contact_fts, rowid, summary) VALUES ('delete', old.id, old.summary); "
    "END",
    "CREATE TRIGGER contact_fts_au AFTER UPDATE OF summary ON contact BEGIN "
    "INSERT INTO contact_fts (contact_fts, rowid, summary) VALUES ('delete', old.id, old.summary); "
    "INSERT INTO contact_fts (rowid, summary) VALUES (new.id, new.summary); END",
)

# Version 2: the sync registry (enrolled devices and their keys, this device's own keys over
# time), the bundle logs in both directions, and conflicts kept for review.
_V2: Final[tuple[str, ...]] = (
    "ALTER TABLE vault_info ADD COLUMN person_uuid TEXT",
    """CREATE TABLE peer (
        device_id TEXT PRIMARY KEY,
        role TEXT NOT NULL CHECK (role IN ('volunteer', 'office')),
        name TEXT NOT NULL,
        person_uuid TEXT,
        enrolled_at TEXT NOT NULL,
        revoked_after_seq INTEGER,
        revoked_at TEXT,
        last_seq_in INTEGER NOT NULL DEFAULT 0,
        last_hash_in TEXT,
        last_seq_out INTEGER NOT NULL DEFAULT 0,
        last_hash_out TEXT,
        acked_seq_out INTEGER NOT NULL DEFAULT 0,
        acked_change_out INTEGER NOT NULL DEFAULT 0
    )""",
    """CREATE TABLE peer_key (
        key_id TEXT PRIMARY KEY,
        device_id TEXT NOT NULL REFERENCES peer (device_id),
        signing_public BLOB NOT NULL,
        exchange_public BLOB NOT NULL,
        added_at TEXT NOT NULL,
        retired_at TEXT
    )""",
    """CREATE TABLE own_key (
        key_id TEXT PRIMARY KEY,
        device_keys BLOB NOT NULL,
        created_at TEXT NOT NULL,
        retired_at TEXT
    )""",
    """CREATE TABLE bundle_out (
        device_id TEXT NOT NULL,
        seq INTEGER NOT NULL,
        bundle_hash TEXT NOT NULL,
        change_seq INTEGER NOT NULL,
        key_id TEXT NOT NULL,
        created_at TEXT NOT NULL,
        PRIMARY KEY (device_id, seq)
    )""",
    """CREATE TABLE bundle_in (
        id INTEGER PRIMARY KEY,
        sender TEXT NOT NULL,
        seq INTEGER NOT NULL,
        bundle_hash TEXT NOT NULL,
        state TEXT NOT NULL CHECK (state IN ('applied', 'held', 'fork', 'revoked')),
        received_at TEXT NOT NULL,
        counts TEXT NOT NULL,
        data BLOB
    )""",
    "CREATE INDEX bundle_in_sender ON bundle_in (sender, seq)",
    "CREATE UNIQUE INDEX bundle_in_hash ON bundle_in (bundle_hash)",
    """CREATE TABLE conflict (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL,
        uuid TEXT NOT NULL,
        bundle_hash TEXT NOT NULL,
        local_revision INTEGER NOT NULL,
        local_hash TEXT NOT NULL,
        incoming_revision INTEGER NOT NULL,
        incoming_hash TEXT NOT NULL,
        incoming_record TEXT NOT NULL,
        detected_at TEXT NOT NULL,
        resolved_at TEXT,
        decision TEXT
    )""",
)

# Version 3: drafts autosaved by the editors (not synced; encrypted like everything else).
_V3: Final[tuple[str, ...]] = (
    """CREATE TABLE draft (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL,
        circle_uuid TEXT,
        fields TEXT NOT NULL,
        updated_at TEXT NOT NULL
    )""",
)

# Version 4: indexes for "this device's records changed since N" (export, unsynced counts), which
# otherwise scan whole tables on every home screen.
_V4: Final[tuple[str, ...]] = tuple(
    f"CREATE INDEX {kind}_origin_change ON {kind} (origin, change_seq)"
    for kind in ("meeting", "attendance", "concern", "contact", "hours", "review")
)

# Version 5: the office's own bookkeeping. ``minutes_review`` pins the revision of a meeting's
# minutes the coordinator last marked reviewed (a later revision from the volunteer then shows
# what changed); a quarantined bundle (fork, revoked device) gets the coordinator's decision.
_V5: Final[tuple[str, ...]] = (
    """CREATE TABLE minutes_review (
        meeting_uuid TEXT PRIMARY KEY,
        revision INTEGER NOT NULL,
        content_hash TEXT NOT NULL,
        reviewed_at TEXT NOT NULL
    )""",
    "ALTER TABLE bundle_in ADD COLUMN decision TEXT",
    "ALTER TABLE bundle_in ADD COLUMN decided_at TEXT",
)

# Version 6: the office's outer-circle records and retention. ``consent`` is the core member's
# consent to sharing, as the coordinator last recorded it; ``disclosure`` says what was disclosed
# (each item's kind, id, revision and content hash), to whom, when, on what basis, with which
# consent status shown, in which form, and the SHA-256 of the file written; ``retention_rule``
# keeps the office's policy per record type (years after the circle closed). None of them sync.
_V6: Final[tuple[str, ...]] = (
    """CREATE TABLE consent (
        person_uuid TEXT PRIMARY KEY,
        status TEXT NOT NULL CHECK (status IN ('given', 'refused', 'withdrawn', 'not-asked')),
        recorded_at TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT ''
    )""",
    """CREATE TABLE disclosure (
        id INTEGER PRIMARY KEY,
        made_at TEXT NOT NULL,
        agency TEXT NOT NULL,
        basis TEXT NOT NULL,
        subject_uuid TEXT,
        consent TEXT NOT NULL,
        format TEXT NOT NULL CHECK (format IN ('pdf', 'bundle')),
        items TEXT NOT NULL,
        file_sha256 TEXT NOT NULL
    )""",
    """CREATE TABLE retention_rule (
        kind TEXT PRIMARY KEY,
        keep_years INTEGER NOT NULL CHECK (keep_years BETWEEN 1 AND 100)
    )""",
)

# Version 7: indexes for the pages that summarise a long history without reading it. A circle's
# concerns by the day they were raised, as the timeline orders them (the other dated kinds'
# ``(circle_uuid, date)`` indexes serve it already), carrying the uuid so that a timeline page and
# the count of open concerns read the index alone; the responses by action, so that "which
# concerns are closed" reads no response row.
_V7: Final[tuple[str, ...]] = (
    "CREATE INDEX concern_circle_day ON concern (circle_uuid, substr(raised_at, 1, 10), uuid)",
    "CREATE INDEX concern_response_action ON concern_response (action, concern_uuid)",
)

# Version 8: a bundle holding records outside its sender's write scope (sync/scope.py) is held
# for the coordinator in the inbound log, as "out-of-scope", with the reason in plain words
# (which record, which circle). SQLite cannot change a CHECK constraint, so the table is rebuilt
# with everything it held.
_V8: Final[tuple[str, ...]] = (
    """CREATE TABLE bundle_in_v8 (
        id INTEGER PRIMARY KEY,
        sender TEXT NOT NULL,
        seq INTEGER NOT NULL,
        bundle_hash TEXT NOT NULL,
        state TEXT NOT NULL
            CHECK (state IN ('applied', 'held', 'fork', 'revoked', 'out-of-scope')),
        received_at TEXT NOT NULL,
        counts TEXT NOT NULL,
        data BLOB,
        decision TEXT,
        decided_at TEXT,
        reason TEXT
    )""",
    "INSERT INTO bundle_in_v8 (id, sender, seq, bundle_hash, state, received_at, counts, data,"
    " decision, decided_at) SELECT id, sender, seq, bundle_hash, state, received_at, counts, data,"
    " decision, decided_at FROM bundle_in",
    "DROP TABLE bundle_in",
    "ALTER TABLE bundle_in_v8 RENAME TO bundle_in",
    "CREATE INDEX bundle_in_sender ON bundle_in (sender, seq)",
    "CREATE UNIQUE INDEX bundle_in_hash ON bundle_in (bundle_hash)",
)

# Version 9: restored laptops and re-encrypted copies. ``signed_hash`` names a received bundle by
# its signed content (the SHA-256 of its signed header, which holds the body's hash), so the same
# signed bundle encrypted twice is recognised as already imported, not taken for a fork. Office
# replies from this version on carry a receipt item naming the bundle the office holds (the
# schema version in their header makes an older laptop refuse them with "update the app").
_V9: Final[tuple[str, ...]] = (
    "ALTER TABLE bundle_in ADD COLUMN signed_hash TEXT",
    "CREATE INDEX bundle_in_signed ON bundle_in (signed_hash)",
)

# Version 10: how circles start and end (issue 15). ``meeting.mode`` (in person, video, phone;
# empty for meetings recorded before) syncs with the meeting. The office keeps, and never sends:
# ``referral`` (a referral from its agency to the circle it formed, with the stage dates),
# ``ending`` (why and when a circle closed), ``follow_up`` (contacts after it closed), ``covenant``
# (each version of a circle's covenant), ``questionnaire`` (each version of the end-of-circle
# questions) and ``questionnaire_answer`` (a stakeholder's answers).
_V10: Final[tuple[str, ...]] = (
    "ALTER TABLE meeting ADD COLUMN mode TEXT",
    f"""CREATE TABLE referral ({_SYNCED}
        agency TEXT NOT NULL,
        officer TEXT NOT NULL,
        received_on TEXT NOT NULL,
        core_member TEXT NOT NULL,
        assessments TEXT NOT NULL,
        mappa_category INTEGER,
        mappa_level INTEGER,
        licence_end_on TEXT,
        starts_in_prison INTEGER NOT NULL,
        young_people INTEGER NOT NULL,
        carer_consent TEXT,
        stage TEXT NOT NULL,
        assessed_on TEXT,
        decided_on TEXT,
        decline_reason TEXT,
        formed_on TEXT,
        circle_uuid TEXT
    )""",
    "CREATE INDEX referral_received ON referral (received_on)",
    f"""CREATE TABLE ending ({_SYNCED}
        circle_uuid TEXT NOT NULL,
        ended_on TEXT NOT NULL,
        reason TEXT NOT NULL,
        note TEXT NOT NULL
    )""",
    "CREATE INDEX ending_circle ON ending (circle_uuid)",
    f"""CREATE TABLE follow_up ({_SYNCED}
        circle_uuid TEXT NOT NULL,
        contact_on TEXT NOT NULL,
        mode TEXT NOT NULL,
        summary TEXT NOT NULL
    )""",
    "CREATE INDEX follow_up_circle ON follow_up (circle_uuid, contact_on)",
    f"""CREATE TABLE covenant ({_SYNCED}
        circle_uuid TEXT NOT NULL,
        version INTEGER NOT NULL,
        agreed_on TEXT NOT NULL,
        text TEXT NOT NULL
    )""",
    "CREATE UNIQUE INDEX covenant_circle_version ON covenant (circle_uuid, version)",
    f"""CREATE TABLE questionnaire ({_SYNCED}
        version INTEGER NOT NULL UNIQUE,
        questions TEXT NOT NULL,
        made_on TEXT NOT NULL
    )""",
    f"""CREATE TABLE questionnaire_answer ({_SYNCED}
        circle_uuid TEXT NOT NULL,
        version INTEGER NOT NULL,
        stakeholder TEXT NOT NULL,
        answered_on TEXT NOT NULL,
        scores TEXT NOT NULL,
        comment TEXT NOT NULL
    )""",
    "CREATE INDEX questionnaire_answer_circle ON questionnaire_answer (circle_uuid)",
)

# Version 11: the audit log witnessed by the laptops (docs/sync.md, "Witnessed audit log"). From
# this version an office's welcome and replies carry the head of its audit log (the number and
# hash of its newest entry), and a laptop's bundles carry back the head it holds, signed. One row
# per peer: on a laptop, the office's head it holds and vouches for (``bundle_seq``: the office
# bundle that brought it); on the office, the latest head each laptop vouched for (``bundle_seq``:
# the laptop's bundle that carried it, ``witnessed_at``: when the laptop says it got the head).
_V11: Final[tuple[str, ...]] = (
    """CREATE TABLE audit_witness (
        device_id TEXT PRIMARY KEY,
        length INTEGER NOT NULL CHECK (length >= 1),
        hash TEXT NOT NULL,
        witnessed_at TEXT NOT NULL,
        bundle_seq INTEGER NOT NULL,
        received_at TEXT NOT NULL
    )""",
)

# Version 12: several people at the office (docs/vault-format.md, "People at the office"). Each
# person has a row in ``staff`` (their name and role stay inside the encrypted database) and a
# key slot labelled ``label``; the vault's first passphrase slot has no label, and an office's
# existing passphrase becomes its first person, a manager, named as the office is named.
# ``staff_circle`` assigns circles to coordinators; ``approval`` holds the four-eyes requests
# (a disclosure or a whole-circle deletion awaiting a manager); audit rows name the person.
_V12: Final[tuple[str, ...]] = (
    """CREATE TABLE staff (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        role TEXT NOT NULL CHECK (role IN ('coordinator', 'manager', 'dpo')),
        label TEXT UNIQUE,
        added_at TEXT NOT NULL,
        removed_at TEXT
    )""",
    """CREATE TABLE staff_circle (
        staff_id TEXT NOT NULL REFERENCES staff (id),
        circle_uuid TEXT NOT NULL,
        PRIMARY KEY (staff_id, circle_uuid)
    )""",
    """CREATE TABLE approval (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('disclosure', 'circle-deletion')),
        request TEXT NOT NULL,
        summary TEXT NOT NULL,
        requested_by TEXT,
        requested_at TEXT NOT NULL,
        decided_by TEXT,
        decided_at TEXT,
        approved INTEGER CHECK (approved IN (0, 1)),
        reason TEXT NOT NULL DEFAULT '',
        used_at TEXT
    )""",
    "ALTER TABLE audit_log ADD COLUMN staff_id TEXT",
    "INSERT INTO staff (id, name, role, label, added_at)"
    " SELECT lower(hex(randomblob(16))), name, 'manager', NULL,"
    " strftime('%Y-%m-%dT%H:%M:%S+00:00', 'now') FROM vault_info WHERE role = 'office'",
)

# Version 13: the protective marking line every produced document carries (issue 15), set in
# the office settings. NULL (every configuration stored before) means the default,
# OFFICIAL-SENSITIVE; the field is left out of such a record's payload, so its hash is kept.
_V13: Final[tuple[str, ...]] = ("ALTER TABLE office_config ADD COLUMN protective_marking TEXT",)

# Version 14: volunteers' own records and the review template's versions, kept by the office
# only (never sent to a laptop): training, vetting (enhanced DBS, prison vetting) with expiry
# dates, supervision and debrief sessions, and each version of the dynamic-risk review template.
_V14: Final[tuple[str, ...]] = (
    f"""CREATE TABLE training ({_SYNCED}
        person_uuid TEXT NOT NULL,
        course TEXT NOT NULL,
        completed_on TEXT NOT NULL,
        certificate TEXT
    )""",
    "CREATE INDEX training_person ON training (person_uuid)",
    f"""CREATE TABLE vetting ({_SYNCED}
        person_uuid TEXT NOT NULL,
        check_type TEXT NOT NULL,
        reference TEXT NOT NULL,
        issued_on TEXT NOT NULL,
        expires_on TEXT NOT NULL
    )""",
    "CREATE INDEX vetting_person ON vetting (person_uuid)",
    f"""CREATE TABLE supervision ({_SYNCED}
        person_uuid TEXT NOT NULL,
        held_on TEXT NOT NULL,
        session TEXT NOT NULL,
        notes TEXT NOT NULL,
        follow_up TEXT
    )""",
    "CREATE INDEX supervision_person ON supervision (person_uuid, held_on)",
    f"""CREATE TABLE review_template ({_SYNCED}
        template_id TEXT NOT NULL UNIQUE,
        items TEXT NOT NULL,
        protective TEXT NOT NULL,
        adopted_on TEXT NOT NULL
    )""",
)

# Every release's migrations, oldest first: MIGRATIONS[n - 1] brings user_version n - 1 to n.
MIGRATIONS: Final[tuple[tuple[str, ...], ...]] = (
    _V1,
    _V2,
    _V3,
    _V4,
    _V5,
    _V6,
    _V7,
    _V8,
    _V9,
    _V10,
    _V11,
    _V12,
    _V13,
    _V14,
)

LATEST_VERSION: Final = len(MIGRATIONS)
