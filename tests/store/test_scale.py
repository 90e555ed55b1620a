"""Scale (slow, run with -m slow): the bulk corpus into SQLite with 2 workers, then queries.

Uses the real coder. The corpus is ../shared/corpus/bulk/ungdc beside the
repository, or $RENKEI_BULK_CORPUS.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from renkei.store.engine import open_store
from renkei.store.ingest import ingest_paths
from renkei.track.diff import diff_documents
from renkei.track.programme import programme

CORPUS = Path(
    os.environ.get(
        "RENKEI_BULK_CORPUS",
        Path(__file__).resolve().parents[3] / "shared" / "corpus" / "bulk" / "ungdc",
    )
)


@pytest.mark.slow
@pytest.mark.skipif(not CORPUS.is_dir(), reason=f"no bulk corpus at {CORPUS}")
def test_bulk_corpus_ingests_in_ten_minutes(tmp_path: Path) -> None:
    files = sorted(CORPUS.glob("*/*.txt"))
    store = open_store(tmp_path / "bulk.db")
    try:
        start = time.monotonic()
        report = ingest_paths(store, files, jobs=2)
        assert time.monotonic() - start < 600
        assert report.count("stored") == len(files) - report.count("failed")
        start = time.monotonic()
        with store.read() as conn:
            programme(conn, "japan-nato")
            diff_documents(conn, files[0].stem, files[-1].stem)
        assert time.monotonic() - start < 1.0
    finally:
        store.close()
