"""Tests for circlesdesk.services.risk_reviews: multi-rater rounds, spread, trend and flags.

Alice and Ben rate circle SW-014 on their own laptops and send their reviews; the coordinator
rates at the office. Three quarters with the national template (version 1), then a quarter
with version 2, which adds a protective factor that reaches the laptops with the next reply.
"""

from __future__ import annotations

from circlesdesk.domain import defaults
from circlesdesk.domain.records import Circle, Review, new_record_id
from circlesdesk.services import activity, office_config, review_templates, risk_reviews
from circlesdesk.services.risk_reviews import flags_of
from circlesdesk.sync import importer
from circlesdesk.vault import store
from circlesdesk.vault.vault import Vault
from tests.report_kit import add_review_rounds, build_reports_office
from tests.sync_kit import CIRCLE, Org

PHONE = "01632 960 123"
ITEMS = list(defaults.REVIEW_ITEMS)


def rate(vault: Vault, day: str, **scores: int) -> None:
    """A review with every item at 2 except those named (underscores for hyphens)."""
    _template, items = activity.review_items(vault)
    given = {key.replace("-", "_"): value for key, value in scores.items()}
    activity.record_review(
        vault,
        circle_code=CIRCLE,
        review_on=day,
        scores={key: given.get(key.replace("-", "_"), 2) for key in items},
    )


def deliver(org: Org, *names: str) -> None:
    for name in names:
        importer.import_bundle(org.office, org.send(name))


def test_rounds_show_raters_spread_trend_and_flags_within_one_template_version(
    org: Org,
) -> None:
    office_config.save_config(org.office, phone=PHONE)
    for day, impulsivity, children in (
        ("2026-02-10", 3, 4),
        ("2026-05-12", 3, 3),
        ("2026-08-11", 4, 2),
    ):
        rate(org.alice, day, impulsivity=impulsivity, children=children, hostility=1)
        rate(org.ben, day, impulsivity=impulsivity, children=children, hostility=1)
        rate(org.office, day, impulsivity=impulsivity, children=children, hostility=1)
    rate(org.ben, "2026-08-20", impulsivity=4, children=2, hostility=5)  # his later one counts
    deliver(org, "alice", "ben")

    (view,) = risk_reviews.circle_reviews(org.office)
    assert [r.quarter for r in view.rounds] == ["2026 Q1", "2026 Q2", "2026 Q3"]
    latest = view.latest
    assert latest is not None
    assert view.raters() == ["Alice Marsh", "Ben Okafor", "Coordinator"]
    assert latest.scores("hostility") == [("Alice Marsh", 1), ("Ben Okafor", 5), ("Coordinator", 1)]
    assert (latest.mean("hostility"), latest.spread("hostility")) == (2.3, 4)
    assert latest.spread("children") == 0
    others = 2 * (len(ITEMS) - 3)
    assert view.trend() == [
        ("2026 Q1", others + 3 + 4 + 1),
        ("2026 Q2", others + 3 + 3 + 1),
        ("2026 Q3", others + 4 + 2 + 2.3),
    ]
    sentences = [flag.sentence() for flag in view.flags]
    number = ITEMS.index("impulsivity") + 1
    assert f"Item {number} (Impulsive acts) has not fallen in 3 reviews." in sentences
    # Every item left at 2 has not fallen either; children (4, 3, 2) has.
    assert not any("Emotional identification with children" in s for s in sentences)
    hostility = ITEMS.index("hostility") + 1
    assert sentences[-1] == (
        f"Alice Marsh and Ben Okafor differ by 4 points on item {hostility} "
        "(Hostility towards others)."
    )

    # Version 2 adds a protective factor; the laptops learn it with their next reply.
    office_config.save_config(
        org.office,
        review_items=[*defaults.REVIEW_ITEMS.items(), (None, "Purposeful activity")],
        protective=["purposeful-activity"],
    )
    versions = review_templates.stored(org.office)
    assert sorted(versions) == ["circles-uk-drr-v1", "circles-uk-drr-v2"]
    assert versions["circles-uk-drr-v2"].protective == ("purposeful-activity",)
    importer.import_bundle(org.alice, org.reply("alice"))
    assert activity.review_items(org.alice)[0] == "circles-uk-drr-v2"
    assert activity.protective_items(org.alice) == {"purposeful-activity"}
    rate(org.alice, "2026-11-10", purposeful_activity=5)
    deliver(org, "alice")

    (view,) = risk_reviews.circle_reviews(org.office)
    latest = view.latest
    assert latest is not None
    assert (latest.quarter, latest.template.template_id) == ("2026 Q4", "circles-uk-drr-v2")
    # Compared only within its version: one round, so no trend before it and no stuck flags.
    assert view.trend() == [("2026 Q4", 2 * len(ITEMS))]
    assert view.flags == ()
    # The version-1 rounds keep their template and its names.
    assert {r.template.template_id for r in view.rounds[:3]} == {"circles-uk-drr-v1"}


def test_reviews_scored_before_templates_were_kept_keep_their_items_names(
    office_vault: Vault,
) -> None:
    """A vault from before schema version 14 holds reviews of the ten-item template: they are
    read as version 1 of it, with its names, and nothing about them is rewritten."""
    circle = store.find(office_vault.conn, Circle)[0]
    review = Review(
        uuid=new_record_id(),
        origin=office_vault.info.device_id,
        circle_uuid=circle.uuid,
        review_on="2025-06-01",
        template_id=defaults.LEGACY_REVIEW_TEMPLATE_ID,
        scores=dict.fromkeys(defaults.LEGACY_REVIEW_ITEMS, 3),
    )
    store.save(office_vault.conn, review)
    (view,) = risk_reviews.circle_reviews(office_vault)
    (only,) = view.rounds
    assert (only.template.family, only.template.version) == ("dynamic-risk", 1)
    assert only.template.label("relationships") == "Relationships and intimacy"
    assert only.ratings[0].rater == "Coordinator"
    assert store.require(office_vault.conn, Review, review.uuid) == review


def test_the_hand_counted_rounds_read_as_counted(office_vault: Vault) -> None:
    """tests/report_kit.py: NE-021, three version-1 rounds and one version-2 round."""
    build_reports_office(office_vault)
    add_review_rounds(office_vault)
    by_code = {view.circle.code: view for view in risk_reviews.circle_reviews(office_vault)}
    view = by_code["NE-021"]
    assert [(r.quarter, r.template.version) for r in view.rounds] == [
        ("2025 Q2", 1),
        ("2025 Q3", 1),
        ("2025 Q4", 1),
        ("2026 Q1", 2),
    ]
    q4 = view.rounds[2]
    assert [flag.sentence() for flag in flags_of(list(view.rounds[:3]))] == [
        "Item 4 (Hostility towards others) has not fallen in 3 reviews.",
        "Item 7 (Impulsive acts) has not fallen in 3 reviews.",
        "Priya Shah and Tom Reed differ by 3 points on item 4 (Hostility towards others).",
    ]
    assert (q4.mean("hostility"), q4.spread("hostility")) == (3.3, 3)
    latest = view.latest
    assert latest is not None
    assert view.raters() == ["Coordinator", "Priya Shah", "Tom Reed"]
    assert latest.template.protective == {"purposeful-activity"}
    assert (latest.mean("purposeful-activity"), latest.spread("purposeful-activity")) == (3.0, 2)
    # The protective factor is not part of the risk total: 17 items at 2.
    assert view.trend() == [("2026 Q1", 34.0)]
    assert view.flags == ()
    # The coordinator's single-rater circles read as rounds of one.
    assert by_code["SW-014"].raters() == ["Coordinator"]
    assert by_code["SW-014"].latest is not None and by_code["SW-014"].latest.spread("children") == 0
