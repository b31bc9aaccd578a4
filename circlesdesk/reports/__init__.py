"""Reports from the office vault: aggregate tables, outcome evidence, exports. No Qt here."""
