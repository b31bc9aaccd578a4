"""The CirclesDesk domain: records, enums and validation. Pure: no I/O, no Qt."""
