"""The claimtrack store: TinyDB file of record, journal, writer lock and indexes."""

from claimtrack.store.store import Store, Transaction

__all__ = ["Store", "Transaction"]
