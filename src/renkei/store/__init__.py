"""The store: coded documents, commitments and progress in SQLite or PostgreSQL.

>>> from renkei.store import open_store, ingest_paths
>>> store = open_store("renkei.db")          # created and migrated on first use
>>> report = ingest_paths(store, ["statement.pdf"], jobs=2)
"""

from typing import TYPE_CHECKING

from renkei.lazy import lazy_exports

if TYPE_CHECKING:
    from renkei.store.engine import Store, open_store, resolve_url
    from renkei.store.exchange import export_store, import_store
    from renkei.store.ingest import (
        IngestOptions,
        IngestReport,
        IngestResult,
        ingest_coded,
        ingest_paths,
    )

__getattr__ = lazy_exports(
    __name__,
    {
        **dict.fromkeys(("Store", "open_store", "resolve_url"), "renkei.store.engine"),
        **dict.fromkeys(("export_store", "import_store"), "renkei.store.exchange"),
        **dict.fromkeys(
            ("IngestOptions", "IngestReport", "IngestResult", "ingest_coded", "ingest_paths"),
            "renkei.store.ingest",
        ),
    },
)

__all__ = [
    "IngestOptions",
    "IngestReport",
    "IngestResult",
    "Store",
    "export_store",
    "import_store",
    "ingest_coded",
    "ingest_paths",
    "open_store",
    "resolve_url",
]
