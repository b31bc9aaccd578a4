"""CirclesDesk: encrypted, offline record keeping for Circles of Support and Accountability."""

__version__ = "0.1.0"
