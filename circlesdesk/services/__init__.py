"""Use cases: one function per user action, tying the vault and sync together, Qt-free."""
