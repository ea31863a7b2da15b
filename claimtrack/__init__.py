"""claimtrack: track competing claims in contested news."""

__version__ = "0.1.0"
