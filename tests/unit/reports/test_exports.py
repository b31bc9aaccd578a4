"""Reports written out: CSV columns as documented, the research extract's promises, the PDF's
text, the command line, and bad input that writes nothing."""

from __future__ import annotations

import csv
import io
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from circlesdesk import cli, paths
from circlesdesk.cli import exits
from circlesdesk.errors import RoleError
from circlesdesk.reports import research
from circlesdesk.reports.tables import Table
from circlesdesk.services import office_config, reports
from circlesdesk.vault import audit
from circlesdesk.vault.vault import Vault
from tests.report_kit import Q1, add_review_rounds, build_circle_life, build_reports_office
from tests.vault_kit import PASSPHRASE, file_snapshot

Run = Callable[..., tuple[int, str, str]]
DOCS = Path(__file__).resolve().parents[3] / "docs"
NAMES = ("Alice Marsh", "Ben Okafor", "Zoe Price", "Amir Khan", "Kestrel", "Heron")
FREE_TEXT = (
    "Minutes of the meeting.",
    "Something to watch.",
    "Thank you.",
    "Police",
    "Risk of harm",
)


def documented_columns(doc: str, section: str) -> dict[str, list[str]]:
    """{file stem: [column keys]} from the tables under one `## section` of a doc."""
    text = (DOCS / doc).read_text(encoding="utf-8")
    if section:
        text = text.split(f"## {section}\n", 1)[1].split("\n## ", 1)[0]
    files: dict[str, list[str]] = {}
    current = ""
    for line in text.splitlines():
        if match := re.match(r"### `(\w+)\.csv`", line):
            current = match[1]
            files[current] = []
        elif current and (match := re.match(r"\| `([\w<>]+)` \|", line)):
            files[current].append(match[1])
    return files


def columns(tables: list[Table]) -> dict[str, list[str]]:
    collapsed: dict[str, list[str]] = {}
    for table in tables:
        keys: list[str] = []
        for column in table.columns:
            key = "item_<key>" if column.key.startswith("item_") else column.key
            if key not in keys:
                keys.append(key)
        collapsed[table.name] = keys
    return collapsed


@pytest.fixture
def office(office_vault: Vault) -> Vault:
    build_reports_office(office_vault)
    return office_vault


def test_csv_columns_are_the_documented_ones(office: Vault) -> None:
    assert columns(reports.quarterly_return(office, Q1)) == documented_columns(
        "reports.md", "Quarterly return"
    )
    assert columns(reports.outcome_tables(office)) == documented_columns("reports.md", "Outcomes")
    assert columns(reports.research_extract(office)) == documented_columns(
        "research-extract.md", ""
    )


def read_csv(path: Path) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"))))


def test_csv_files_hold_the_figures_and_the_export_is_audited(
    office: Vault, tmp_path: Path
) -> None:
    before = len(audit.entries(office.conn))
    written = reports.write_csv(
        office, reports.Report.QUARTERLY, reports.quarterly_return(office, Q1), tmp_path, period=Q1
    )
    assert sorted(p.name for p in written) == sorted(
        f"{name}.csv" for name in documented_columns("reports.md", "Quarterly return")
    )
    assert all(p.stat().st_mode & 0o777 == 0o600 for p in written)
    meetings = {row["circle"]: row for row in read_csv(tmp_path / "meetings.csv")}
    assert meetings["SW-014"] == {
        "circle": "SW-014",
        "pattern": "weekly",
        "held": "3",
        "expected": "13",
        "held_pct": "23.1",
    }
    latency = read_csv(tmp_path / "time_to_acknowledge.csv")
    assert [row["average_hours"] for row in latency] == ["", "48.0", "", "1.5", ""]
    for path in written:
        assert not any(name in path.read_text(encoding="utf-8") for name in NAMES)
    entries = audit.entries(office.conn)
    assert len(entries) == before + 1
    assert any(e.action == "report.exported" for e in entries)
    assert not any(name in str(entries) for name in NAMES)


def test_the_research_extract_has_no_names_no_free_text_and_month_dates(
    office: Vault, tmp_path: Path
) -> None:
    tables = {t.name: t for t in reports.research_extract(office)}
    cells = [str(cell) for t in tables.values() for row in t.rows for cell in row]
    for secret in NAMES + FREE_TEXT:
        assert not any(secret in cell for cell in cells), secret
    assert not any(re.search(r"\d{4}-\d{2}-\d{2}", cell) for cell in cells)
    assert set(tables["meetings"].column("month")) >= {"2026-01", "2026-02"}
    meeting_ids = set(tables["meetings"].column("meeting_id"))
    assert set(tables["attendance"].column("meeting_id")) <= meeting_ids
    assert len(tables["concerns"].rows) == 4
    again = {t.name: t for t in reports.research_extract(office)}
    assert not meeting_ids & set(again["meetings"].column("meeting_id"))  # a fresh key each time


def test_the_research_extract_gives_each_rating_its_rater_and_template_version(
    office: Vault,
) -> None:
    add_review_rounds(office)
    [scores] = [t for t in reports.research_extract(office) if t.name == "review_scores"]
    rows = [dict(zip((c.key for c in scores.columns), row, strict=True)) for row in scores.rows]
    v2 = [row for row in rows if row["template_id"] == "circles-uk-drr-v2"]
    assert {row["template_version"] for row in v2} == {2}
    assert len(v2) == 3 * 18  # three raters, 18 items
    activity = [row for row in v2 if row["item"] == "purposeful-activity"]
    assert sorted(row["score"] for row in activity) == [2, 3, 4]
    assert {row["protective"] for row in activity} == {"yes"}
    assert {row["protective"] for row in v2 if row["item"] != "purposeful-activity"} == {"no"}
    raters = {row["rater_id"] for row in v2}
    assert "coordinator" in raters and len(raters) == 3
    volunteers = raters - {"coordinator"}
    assert all(rater.startswith("P-") for rater in volunteers)
    # The same P- ids as the memberships table within one extract.
    same_key = {t.name: t for t in research.research_extract(office, key=b"k" * 32)}
    rated = set(same_key["review_scores"].column("rater_id")) - {"coordinator"}
    assert len(rated) == 2 and rated <= set(same_key["memberships"].column("person_id"))


def pdf_text(path: Path) -> str:
    done = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    )
    return done.stdout


@pytest.fixture
def run_cli(
    office: Vault, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> Run:
    return cli_runner(office, monkeypatch, capsys)


def cli_runner(
    office: Vault, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> Run:
    """The command line on the office's vault (locked here, opened by each command)."""
    folder = office.folder
    office.lock()
    monkeypatch.setenv("CIRCLESDESK_DATA_DIR", str(folder))
    monkeypatch.setenv("CIRCLESDESK_PASSPHRASE", PASSPHRASE)
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))

    def run(*argv: str) -> tuple[int, str, str]:
        code = cli.main(list(argv))
        out, err = capsys.readouterr()
        return code, out, err

    return run


def test_the_cli_writes_the_quarterly_return_as_a_pdf(run_cli: Run, tmp_path: Path) -> None:
    out = tmp_path / "q1.pdf"
    code, stdout, err = run_cli(
        "report",
        "quarterly",
        "--from",
        "2026-01-01",
        "--to",
        "2026-03-31",
        "--format",
        "pdf",
        "--out",
        str(out),
    )
    assert (code, err) == (0, "")
    assert stdout.strip() == str(out)
    text = pdf_text(out)
    assert "Quarterly return" in text
    assert text.lstrip().startswith("OFFICIAL-SENSITIVE") and text.count("OFFICIAL-SENSITIVE") == 2
    assert "Period: 2026-01-01 to 2026-03-31" in text
    assert re.search(r"SW-014\s+weekly\s+3\s+13\s+23\.1", text)
    assert re.search(r"Police\s+1", text)
    assert "No names: volunteers appear as pseudonyms." in text
    assert not any(name in text for name in NAMES)


def test_the_cli_writes_csv_files_and_the_research_extract(run_cli: Run, tmp_path: Path) -> None:
    code, _, _ = run_cli("report", "outcomes", "--out", str(tmp_path))
    assert code == 0
    outcomes = {row["circle"]: row for row in read_csv(tmp_path / "outcomes.csv")}
    assert outcomes["SW-014"]["flag"] == "stays high"
    extract = tmp_path / "extract"
    extract.mkdir()
    code, _, _ = run_cli("report", "research", "--out", str(extract))
    assert code == 0
    assert sorted(p.name for p in extract.iterdir()) == sorted(
        f"{name}.csv" for name in documented_columns("research-extract.md", "")
    )


@pytest.mark.parametrize(
    ("argv", "sentence"),
    [
        (["quarterly", "--format", "csv"], "Give the period with --from and --to"),
        (["quarterly", "--from", "2026-04-01", "--to", "2026-01-01"], "ends before it starts"),
        (["quarterly", "--from", "2026-01-01", "--to", "2026-03-31", "--names"], "Add --yes"),
        (["research", "--format", "pdf"], "written as CSV files only"),
        (["research", "--suppress-below", "0"], "--suppress-below must be from 1"),
    ],
)
def test_bad_report_requests_write_nothing_and_change_nothing(
    run_cli: Run,
    tmp_path: Path,
    argv: list[str],
    sentence: str,
) -> None:
    folder = Path(paths.data_dir(None))
    before = file_snapshot(folder)
    out = tmp_path / "out"
    out.mkdir()
    code, stdout, err = run_cli("report", *argv, "--out", str(out))
    assert code == exits.BAD_INPUT
    assert stdout == ""
    assert sentence in err and err.count("\n") == 1
    assert list(out.iterdir()) == []
    assert file_snapshot(folder) == before


def test_a_volunteer_vault_has_no_reports(volunteer_vault: Vault) -> None:
    with pytest.raises(RoleError, match=r"Only the coordinator's office can produce reports\."):
        reports.quarterly_return(volunteer_vault, Q1)


def test_the_cli_pdf_carries_the_marking_the_office_set(
    office: Vault,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    office_config.save_config(office, phone="01632 960 123", protective_marking="OFFICIAL")
    run = cli_runner(office, monkeypatch, capsys)
    out = tmp_path / "outcomes.pdf"
    code, _, _ = run("report", "outcomes", "--format", "pdf", "--out", str(out))
    assert code == 0
    text = pdf_text(out)
    assert "OFFICIAL-SENSITIVE" not in text and text.count("OFFICIAL") == 2


def test_the_research_extract_counts_endings_by_reason_and_suppresses_small_counts(
    office: Vault,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    # The hand-counted office: OLD-001 completed (2025-11-20), LP-003 recalled (2026-02-20).
    build_circle_life(office)
    run_cli = cli_runner(office, monkeypatch, capsys)
    code, _, _ = run_cli("report", "research", "--out", str(tmp_path))
    assert code == 0
    rows = [(row["reason"], row["circles"]) for row in read_csv(tmp_path / "endings.csv")]
    assert rows == [
        ("completed", "<5"),
        ("withdrew", "0"),
        ("recall", "<5"),
        ("arrest", "0"),
        ("reconviction", "0"),
        ("moved", "0"),
        ("died", "0"),
        ("other", "0"),
    ]
    shown = tmp_path / "shown"
    shown.mkdir()
    code, _, _ = run_cli("report", "research", "--suppress-below", "1", "--out", str(shown))
    assert code == 0
    counts = {row["reason"]: row["circles"] for row in read_csv(shown / "endings.csv")}
    assert (counts["completed"], counts["recall"], counts["died"]) == ("1", "1", "0")
