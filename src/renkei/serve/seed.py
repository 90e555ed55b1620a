"""A newcomer's first start: an empty store gets the bundled seed statement."""

from __future__ import annotations

import sqlalchemy as sa

from renkei.store import schema as t
from renkei.store.engine import Store
from renkei.store.ingest import IngestOptions, IngestResult, ingest_coded

SEED_PARTNERSHIP = "japan-nato"


def ensure_seed(store: Store) -> IngestResult | None:
    """Ingest the seed (Japan–NATO joint statement) when no document is stored yet."""
    with store.read() as conn:
        if conn.execute(sa.select(t.documents.c.id).limit(1)).first() is not None:
            return None
    import renkei

    coded = renkei.code_source(renkei.seed_source())
    return ingest_coded(store, coded, IngestOptions(partnership=SEED_PARTNERSHIP))
