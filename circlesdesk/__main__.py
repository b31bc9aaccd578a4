"""Allow `python -m circlesdesk`."""

from circlesdesk.cli import main

raise SystemExit(main())
