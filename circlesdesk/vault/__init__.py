"""The encrypted vault: key slots, the SQLCipher database, its schema, records and audit log."""
