"""Export -> import into an empty store -> export gives identical files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from storekit import SEED, act, ingest, sentence, write_coded_file

from renkei.errors import StoreError
from renkei.store.engine import Store, open_store
from renkei.store.exchange import export_store, import_store
from renkei.track.progress import add_progress


def _files(directory: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(directory.iterdir())}


def _populate(store: Store, tmp_path: Path) -> None:
    later = write_coded_file(
        tmp_path / "2025-01-01_later.jsonl",
        [
            sentence(
                "We reaffirm our commitment to deepen cooperation.",
                [act("reaffirm", commitment=True)],
                ["partnership_framework", "international_order"],
            )
        ],
        lang="en",
    )
    ingest(store, [SEED, later])
    add_progress(
        store,
        "2023-01-31_japan-nato-joint-statement.ja:2:1",
        status="limited",
        evidence="ITPP agreed",
        url="https://example.org/itpp",
        sentence="2025-01-01_later:1",
        releasability="JPN",
    )


def test_roundtrip_is_identical(store: Store, tmp_path: Path) -> None:
    _populate(store, tmp_path)
    first = tmp_path / "first"
    result = export_store(store, first, with_csv=True)
    assert result.counts["documents"] == 2
    assert result.counts["progress"] == 1
    assert (first / "documents.csv").exists()
    assert {"documents.jsonl", "sentences.jsonl", "commitments.jsonl", "progress.jsonl"} <= set(
        _files(first)
    )
    record = json.loads((first / "acts.jsonl").read_text(encoding="utf-8").splitlines()[0])
    assert isinstance(record["speaker"], list)  # lists as JSON arrays, not strings
    other = open_store(tmp_path / "other.db")
    try:
        import_store(other, first)
        second = tmp_path / "second"
        export_store(other, second, with_csv=True)
    finally:
        other.close()
    assert _files(first) == _files(second)


def test_import_refuses_a_store_that_is_not_empty(store: Store, tmp_path: Path) -> None:
    _populate(store, tmp_path)
    export_store(store, tmp_path / "x")
    with pytest.raises(StoreError, match="not empty"):
        import_store(store, tmp_path / "x")


def test_import_of_garbage_is_one_error(store: Store, tmp_path: Path) -> None:
    with pytest.raises(StoreError):
        import_store(store, tmp_path / "nowhere")
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "documents.jsonl").write_text("{not json\n", encoding="utf-8")
    with pytest.raises(StoreError, match="line 1"):
        import_store(store, bad)
