"""Ingest: commitments from the seed, idempotency, re-coding, bad input, metadata."""

from __future__ import annotations

import json
from pathlib import Path

import sqlalchemy as sa
from storekit import (
    SEED,
    act,
    assess_coder,
    count,
    generated_files,
    ingest,
    sentence,
    snapshot,
    write_coded_file,
)

from renkei.store import schema as t
from renkei.store.engine import Store
from renkei.store.ingest import IngestOptions
from renkei.track.progress import add_progress

SEED_DOC = "2023-01-31_japan-nato-joint-statement.ja"


def _seed_commitment_acts() -> list[tuple[int, int]]:
    out = []
    for line in SEED.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        out += [(record["sid"], i) for i, a in enumerate(record["acts"]) if a["commitment"]]
    return out


def test_seed_makes_one_commitment_per_commitment_act(store: Store) -> None:
    report = ingest(store, [SEED])
    assert [r.status for r in report.results] == ["stored"]
    expected = _seed_commitment_acts()
    with store.read() as conn:
        rows = conn.execute(
            sa.select(t.commitments, t.sentences.c.text).join(
                t.sentences,
                sa.and_(
                    t.sentences.c.doc == t.commitments.c.doc,
                    t.sentences.c.sid == t.commitments.c.sid,
                ),
            )
        ).all()
    assert sorted((r.sid, r.idx) for r in rows) == sorted(expected)
    for r in rows:
        assert r.doc == SEED_DOC
        assert r.key == f"{SEED_DOC}:{r.sid}:{r.idx + 1}"
        assert r.summary == r.text  # cites its sentence
        assert r.partnership == "japan-nato"
    with store.read() as conn:
        doc = conn.execute(sa.select(t.documents)).one()
    assert doc.date == "2023-01-31"  # from the name when the text states none
    assert doc.kind == "joint_statement"
    assert doc.n_sentences == 39


def test_ingesting_twice_changes_nothing(store: Store) -> None:
    ingest(store, [SEED])
    before = snapshot(store)
    report = ingest(store, [SEED])
    assert [r.status for r in report.results] == ["unchanged"]
    assert snapshot(store) == before


def test_same_content_under_another_name_is_not_stored_twice(store: Store, tmp_path: Path) -> None:
    copy = tmp_path / "copy-of-seed.jsonl"
    copy.write_bytes(SEED.read_bytes())
    report = ingest(store, [SEED, copy])
    assert [r.status for r in report.results] == ["stored", "unchanged"]
    assert count(store, t.documents) == 1


def test_recoding_keeps_commitments_and_progress(store: Store, tmp_path: Path) -> None:
    ingest(store, [SEED])
    key = f"{SEED_DOC}:2:1"
    add_progress(store, key, status="limited", evidence="first meeting held")
    commitments_before = count(store, t.commitments)
    report = ingest(store, [SEED], coder_version="test-coder-2")  # a lexicon change
    assert [r.status for r in report.results] == ["recoded"]
    assert count(store, t.commitments) == commitments_before
    with store.read() as conn:
        assert conn.execute(sa.select(t.documents.c.coder_version)).scalar() == "test-coder-2"
        entries = conn.execute(sa.select(t.progress.c.commitment, t.progress.c.status)).all()
    assert entries == [(key, "limited")]
    # and once re-coded, the new version is idempotent too
    assert [r.status for r in ingest(store, [SEED], coder_version="test-coder-2").results] == [
        "unchanged"
    ]


def test_recoding_that_drops_a_commitment_keeps_its_history(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "2024-05-01_statement.jsonl"
    write_coded_file(
        path,
        [
            sentence("We will cooperate on cyber.", [act("commit", commitment=True)], ["cyber"]),
            sentence("We will train together.", [act("commit", commitment=True)], ["space"]),
        ],
    )
    ingest(store, [path])
    add_progress(store, "2024-05-01_statement:1:1", status="substantial", evidence="done")
    report = ingest(store, [path], coder=assess_coder, coder_version="test-coder-2")
    assert report.results[0].status == "recoded"
    with store.read() as conn:
        rows = conn.execute(sa.select(t.commitments.c.key, t.commitments.c.active)).all()
    # the one with history stays (inactive); the untouched one is gone
    assert rows == [("2024-05-01_statement:1:1", False)]
    assert count(store, t.progress) == 1


def test_bad_file_is_reported_and_the_rest_stored(store: Store, tmp_path: Path) -> None:
    good = generated_files(tmp_path / "good", 3)
    bad = tmp_path / "bad.jsonl"
    bad.write_bytes(b"\xff\xfe not json")
    missing = tmp_path / "missing.jsonl"
    report = ingest(store, [good[0], bad, good[1], missing, good[2]])
    statuses = {Path(r.path).name: r.status for r in report.results}
    assert statuses["bad.jsonl"] == "failed"
    assert statuses["missing.jsonl"] == "failed"
    assert sum(1 for s in statuses.values() if s == "stored") == 3
    assert count(store, t.documents) == 3
    assert all(r.message and "\n" not in r.message for r in report.failed)


def test_id_clash_with_different_content_is_refused(store: Store, tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    a = write_coded_file(tmp_path / "a" / "2024-01-01_x.jsonl", [sentence("One.")])
    b = write_coded_file(tmp_path / "2024-01-01_x.jsonl", [sentence("Two.")])
    ingest(store, [a])
    report = ingest(store, [b])
    assert report.results[0].status == "failed"
    assert "different content" in report.results[0].message


def test_overrides_take_precedence_over_the_text(store: Store, tmp_path: Path) -> None:
    path = write_coded_file(
        tmp_path / "statement.jsonl",
        [sentence("We met.", [act("report")], ["political_dialogue"])],
        title="Joint Statement",
        date="2024-02-02",
        lang="en",
    )
    ingest(store, [path])
    with store.read() as conn:
        doc = conn.execute(sa.select(t.documents)).one()
    assert (doc.title, doc.date, doc.kind, doc.lang) == (
        "Joint Statement",
        "2024-02-02",
        "joint_statement",
        "en",
    )
    options = IngestOptions(partnership="japan-nato", date="2024-03-03", kind="declaration")
    ingest(store, [path], options=options)
    with store.read() as conn:
        doc = conn.execute(sa.select(t.documents)).one()
    assert (doc.date, doc.kind) == ("2024-03-03", "declaration")


def test_parallel_workers_store_the_same_as_one(store: Store, tmp_path: Path, db_url: str) -> None:
    files = generated_files(tmp_path / "many", 12)
    report = ingest(store, files, jobs=2)
    assert report.count("stored") == 12
    assert count(store, t.sentences) == 12 * 6
    assert count(store, t.commitments) == 12 * 2
    with store.read() as conn:
        parties = conn.execute(sa.select(t.partnerships.c.parties)).scalar()
    assert json.loads(parties) == ["JPN", "NATO"]
