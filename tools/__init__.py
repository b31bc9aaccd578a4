"""Build tools run from a source checkout (`make screenshots`); not part of the installed app."""
