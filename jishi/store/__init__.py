"""The event store: ingest into SQLite, query it, export it (docs/store.md)."""
from jishi.store.db import CodedDoc, Store, StoreError, coder_version
from jishi.store.ingest import IngestReport, ingest

__all__ = ["CodedDoc", "Store", "StoreError", "coder_version", "IngestReport", "ingest"]
