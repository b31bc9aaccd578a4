"""Reports (office): the quarterly return, outcomes and the research extract."""

from __future__ import annotations

import argparse
from pathlib import Path

from circlesdesk.cli.common import Commands, InputError, LazyChoices, done, open_vault

MAX_SUPPRESS_BELOW = 100


def cmd_report(args: argparse.Namespace) -> int:
    """Write a report as CSV files or a PDF (quarterly return, outcomes, research extract)."""
    from circlesdesk.reports.tables import Period
    from circlesdesk.services import reports

    report = reports.Report(args.report)
    if report is reports.Report.QUARTERLY and not (args.start and args.end):
        raise InputError("Give the period with --from and --to, e.g. --from 2026-01-01.")
    if report is reports.Report.RESEARCH and args.format != "csv":
        raise InputError("The research extract is written as CSV files only.")
    if not 1 <= args.suppress_below <= MAX_SUPPRESS_BELOW:
        raise InputError(f"--suppress-below must be from 1 (none) to {MAX_SUPPRESS_BELOW}.")
    period = Period.parse(args.start, args.end) if args.start or args.end else None
    warning = reports.personal_data_warning(report, names=args.names)
    if warning and not args.yes:
        raise InputError(f"{warning} Add --yes to write it.")
    out = Path(args.out)
    with open_vault(args) as vault:
        tables = reports.tables_for(
            vault, report, period=period, names=args.names, suppress_below=args.suppress_below
        )
        # The folder (csv) or the file's folder (pdf) is made when missing, once the vault is open.
        (out if args.format == "csv" else out.parent).mkdir(parents=True, exist_ok=True)
        if args.format == "csv":
            written = reports.write_csv(vault, report, tables, out, period=period, names=args.names)
        else:
            from circlesdesk.services.office_config import document_marking
            from circlesdesk.ui.report_pdf import write_pdf  # Qt is imported only here.

            title, meta = reports.title_and_meta(vault, report, period=period, names=args.names)
            marking = document_marking(vault)
            written = [write_pdf(out, title, meta, tables, marking=marking)]
            reports.record_export(
                vault, report, fmt="pdf", period=period, names=args.names, files=1
            )
    if args.json:
        return done(args, {"report": report.value, "files": [str(path) for path in written]})
    for path in written:
        print(path)
    return 0


def _reports() -> list[str]:
    from circlesdesk.services import reports

    return [report.value for report in reports.Report]


# What register() adds (a command line that names one builds only its group).
COMMANDS = ("report",)


def register(commands: Commands) -> None:
    """``report``."""
    p = commands.add("report", cmd_report, "office: write a report as CSV files or a PDF")
    p.add_argument("report", choices=LazyChoices(_reports), metavar="REPORT", help="%(choices)s")
    p.add_argument("--from", dest="start", metavar="YYYY-MM-DD", help="first day of the period")
    p.add_argument("--to", dest="end", metavar="YYYY-MM-DD", help="last day of the period")
    p.add_argument("--format", choices=["csv", "pdf"], default="csv")
    p.add_argument(
        "--out",
        required=True,
        metavar="DIR_OR_FILE",
        help="a folder (csv), a file (pdf); a missing folder is made",
    )
    p.add_argument("--names", action="store_true", help="name volunteers (personal data)")
    p.add_argument("--yes", action="store_true", help="write a report that names people")
    p.add_argument("--json", action="store_true")
    p.add_argument(
        "--suppress-below",
        type=int,
        default=5,
        metavar="N",
        help="research extract: write counts from 1 to N-1 as <N (default 5; 1: none)",
    )
