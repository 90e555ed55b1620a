"""Two processes ingesting the same files at once; a process killed mid-ingest."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import sqlalchemy as sa
from storekit import CODER_VERSION, count, fake_coder, generated_files, ingest, snapshot

from renkei.store import schema as t
from renkei.store.engine import Store, open_store
from renkei.store.ingest import (
    IngestOptions,
    ensure_partnership,
    prepare,
    sha256_file,
    store_prepared,
)

HERE = Path(__file__).parent
DRIVER = HERE / "ingest_driver.py"


def _env(**extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(HERE), env.get("PYTHONPATH", "")]).rstrip(os.pathsep)
    env.update(extra)
    return env


def _start(db: str, files: list[Path], jobs: int = 1, **env: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, str(DRIVER), db, str(jobs), *map(str, files)],
        env=_env(**env),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,  # its own process group, workers included
    )


def _finish_as_one_process(
    procs: list[subprocess.Popen[str]], db: str, files: list[Path], alone_db: Path
) -> None:
    """The processes end cleanly, leaving the store one process ingesting `files` makes."""
    for proc in procs:
        _, stderr = proc.communicate(timeout=120)
        assert proc.returncode == 0, stderr
        assert "Traceback" not in stderr
    store = open_store(db)
    try:
        assert count(store, t.documents) == len(files)
        concurrent = snapshot(store)
    finally:
        store.close()
    alone = open_store(str(alone_db))
    try:
        ingest(alone, files)
        assert snapshot(alone) == concurrent
    finally:
        alone.close()


def test_two_processes_same_files(db_url: str, tmp_path: Path) -> None:
    files = generated_files(tmp_path / "files", 200, sentences=4)
    # both start on a store that does not exist yet: creation is raced too
    first = _start(db_url, files)
    second = _start(db_url, list(reversed(files)), jobs=2)
    _finish_as_one_process([first, second], db_url, files, tmp_path / "alone.db")


def test_two_processes_different_files_propose_as_one(db_url: str, tmp_path: Path) -> None:
    # both store documents, so both propose links in the one partnership, each
    # having seen some of the other's documents: the result must not show it
    files = generated_files(tmp_path / "files", 120, sentences=4)
    first = _start(db_url, files[::2])
    second = _start(db_url, files[1::2], jobs=2)
    _finish_as_one_process([first, second], db_url, files, tmp_path / "alone.db")


def _complete(store: Store) -> list[tuple[str, int, int]]:
    """(doc, sentences stated, sentences stored) for every stored document."""
    with store.read() as conn:
        rows = conn.execute(
            sa.select(
                t.documents.c.id,
                t.documents.c.n_sentences,
                sa.select(sa.func.count())
                .where(t.sentences.c.doc == t.documents.c.id)
                .scalar_subquery(),
            )
        ).all()
    return [(r[0], r[1], r[2]) for r in rows]


def test_sigkill_mid_ingest_leaves_no_partial_document(db_url: str, tmp_path: Path) -> None:
    files = generated_files(tmp_path / "files", 40, sentences=30)
    store = open_store(db_url)
    try:
        proc = _start(db_url, files, RENKEI_TEST_CODER_DELAY="0.05")
        deadline = time.monotonic() + 60
        while count(store, t.documents) < 5:
            assert proc.poll() is None, proc.communicate()
            assert time.monotonic() < deadline
            time.sleep(0.02)
        os.killpg(proc.pid, signal.SIGKILL)
        proc.communicate(timeout=30)
        stored = _complete(store)
        assert 5 <= len(stored) < 40
        assert all(stated == actual == 30 for _, stated, actual in stored)
        # the next run stores the rest, and keeps what was there
        report = ingest(store, files)
        assert report.count("unchanged") == len(stored)
        assert report.count("stored") == 40 - len(stored)
        assert all(stated == actual for _, stated, actual in _complete(store))
    finally:
        store.close()


def test_same_content_committed_between_the_lookups_is_unchanged(
    store: Store, tmp_path: Path
) -> None:
    # PostgreSQL, READ COMMITTED: the content look-up finds nothing, another
    # process commits the document, then the id check sees it. Not a clash.
    if store.dialect == "sqlite":
        pytest.skip("the write transaction (BEGIN IMMEDIATE) excludes the other writer")
    [path] = generated_files(tmp_path / "files", 1)
    options = IngestOptions(partnership="japan-nato")
    ensure_partnership(store, "japan-nato")
    prepared = prepare(str(path), sha256_file(str(path)), options, fake_coder)
    other = open_store(store.url.render_as_string(hide_password=False))
    fired: list[str] = []

    def commit_it_first(_c: object, _cur: object, statement: str, *_: object) -> None:
        if not fired and statement.startswith("SELECT documents.content_sha256 \nFROM"):
            fired.append(statement)
            assert store_prepared(other, prepared, options, CODER_VERSION).status == "stored"

    sa.event.listen(store.engine, "before_cursor_execute", commit_it_first)
    try:
        result = store_prepared(store, prepared, options, CODER_VERSION)
    finally:
        sa.event.remove(store.engine, "before_cursor_execute", commit_it_first)
        other.close()
    assert fired
    assert (result.status, result.message) == ("unchanged", "")
    assert count(store, t.documents) == 1
