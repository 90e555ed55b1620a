"""Test kit for the store and track tests: coded documents built by hand, a fake coder.

The real coder (renkei.read + renkei.code_source) is written elsewhere; these
tests need coded documents whose codes they control. The fake coder reads
files of coding-scheme records (JSON Lines, like the gold files), with an
optional first line {"meta": {...}} for lang, parties, title and date.
"""

from __future__ import annotations

import json
import os
import time
import uuid
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from renkei.errors import ReadError
from renkei.models import Act, CodedDocument, CodedSentence, Sentence
from renkei.store.engine import Store, open_store
from renkei.store.ingest import IngestOptions

CODER_VERSION = "test-coder-1"


def act(
    name: str,
    *,
    intensity: int = 0,
    targets: Sequence[str] = (),
    commitment: bool = False,
    speaker: Sequence[str] = ("JPN", "NATO"),
) -> dict[str, Any]:
    return {
        "act": name,
        "intensity": intensity,
        "speaker": list(speaker),
        "targets": list(targets),
        "commitment": commitment,
    }


def sentence(
    text: str,
    acts: Iterable[dict[str, Any]] = (),
    topics: Sequence[str] = (),
    concepts: Sequence[str] = (),
    section: str | None = None,
) -> dict[str, Any]:
    return {
        "text": text,
        "acts": list(acts),
        "topics": list(topics),
        "concepts": list(concepts),
        "section": section,
    }


def coded(
    doc: str,
    sentences: Sequence[dict[str, Any]],
    *,
    lang: str = "en",
    parties: Sequence[str] = ("JPN", "NATO"),
    title: str | None = None,
    date: str | None = None,
) -> CodedDocument:
    out = []
    pos = 0
    for sid, s in enumerate(sentences, 1):
        text = s["text"]
        out.append(
            CodedSentence(
                doc=doc,
                sentence=Sentence(sid, text, pos, pos + len(text), s.get("section")),
                acts=tuple(
                    Act(
                        a["act"],
                        a.get("intensity", 0),
                        tuple(a.get("speaker", parties)),
                        tuple(a.get("targets", ())),
                        bool(a.get("commitment", False)),
                    )
                    for a in s.get("acts", ())
                ),
                topics=tuple(s.get("topics", ())),
                concepts=tuple(s.get("concepts", ())),
            )
        )
        pos += len(text) + 1
    return CodedDocument(
        doc=doc,
        lang=lang,  # type: ignore[arg-type]
        parties=tuple(parties),
        sentences=tuple(out),
        title=title,
        date=date,
    )


def write_coded_file(
    path: Path,
    sentences: Sequence[dict[str, Any]],
    **meta: Any,
) -> Path:
    """A file the fake coder reads: optional meta line, then one record per sentence."""
    lines = []
    if meta:
        lines.append(json.dumps({"meta": meta}, ensure_ascii=False))
    lines.extend(json.dumps(s, ensure_ascii=False) for s in sentences)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def fake_coder(path: str, options: IngestOptions) -> CodedDocument:
    """Coder for tests: a JSON Lines file of sentence records -> CodedDocument."""
    delay = float(os.environ.get("RENKEI_TEST_CODER_DELAY", "0"))
    if delay:
        time.sleep(delay)
    p = Path(path)
    try:
        lines = [json.loads(line) for line in p.read_text(encoding="utf-8").splitlines() if line]
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ReadError(f"{p.name}: not a coded test file ({exc})") from exc
    if not lines:
        raise ReadError(f"{p.name}: empty")
    meta: dict[str, Any] = {}
    if "meta" in lines[0]:
        meta = lines.pop(0)["meta"]
    name = p.name.removesuffix(".jsonl").removesuffix(".txt")
    return coded(
        name,
        lines,
        lang=options.lang or meta.get("lang", "en"),
        parties=options.parties or meta.get("parties", ("JPN", "NATO")),
        title=meta.get("title"),
        date=meta.get("date"),
    )


def generated_files(directory: Path, n: int, *, sentences: int = 6) -> list[Path]:
    """n small distinct coded files, a commitment in every third sentence."""
    directory.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        rows = [
            sentence(
                f"Document {i} sentence {k}: we will deepen cooperation on item {i}-{k}.",
                [act("commit" if k % 3 == 0 else "assess", commitment=k % 3 == 0)],
                topics=["cyber"] if k % 2 else ["maritime_security"],
            )
            for k in range(1, sentences + 1)
        ]
        paths.append(
            write_coded_file(directory / f"2024-01-{i % 28 + 1:02d}_doc-{i:04d}.jsonl", rows)
        )
    return paths


# --- fixtures (imported by tests/store/conftest.py and tests/track/conftest.py) ---

PG_ENV = "RENKEI_TEST_POSTGRES_URL"


@pytest.fixture(autouse=True)
def _no_user_store(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Never touch a real user data directory or a real database."""
    monkeypatch.delenv("RENKEI_DATABASE_URL", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    monkeypatch.setenv("RENKEI_AUTHOR", "tester")


def _pg_database() -> Iterator[str]:
    base = os.environ.get(PG_ENV)
    if not base:
        pytest.skip(f"{PG_ENV} is not set (scripts/test sets it from scripts/postgres)")
    admin = sa.create_engine(
        sa.make_url(base).set(database="postgres"), isolation_level="AUTOCOMMIT"
    )
    name = f"renkei_t_{uuid.uuid4().hex[:12]}"
    with admin.connect() as conn:
        conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    try:
        yield sa.make_url(base).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A URL (or SQLite path) for a fresh, not yet created store."""
    if request.param == "sqlite":
        yield str(tmp_path / "store.db")
    else:
        yield from _pg_database()


@pytest.fixture
def store(db_url: str) -> Iterator[Store]:
    s = open_store(db_url)
    try:
        yield s
    finally:
        s.close()


# --- helpers ---------------------------------------------------------------

DATA = Path(__file__).parent / "data"
SEED = DATA / "2023-01-31_japan-nato-joint-statement.ja.jsonl"
VOLATILE = {"documents": {"ingested_at", "path"}, "progress": {"created_at"}}


def ingest(store: Store, paths: Sequence[Path | str], **kwargs: Any) -> Any:
    from renkei.store.ingest import ingest_paths

    options = kwargs.pop("options", None) or IngestOptions(
        partnership=kwargs.pop("partnership", "japan-nato"),
        translation_of=kwargs.pop("translation_of", None),
    )
    return ingest_paths(
        store,
        [str(p) for p in paths],
        options,
        coder=kwargs.pop("coder", fake_coder),
        coder_version=kwargs.pop("coder_version", CODER_VERSION),
        **kwargs,
    )


def snapshot(store: Store) -> dict[str, list[tuple[Any, ...]]]:
    """Every table's rows in key order, without timestamps and paths."""
    from renkei.store import schema

    out = {}
    with store.read() as conn:
        for table in schema.TABLES:
            skip = VOLATILE.get(table.name, set())
            cols = [c for c in table.columns if c.name not in skip]
            rows = conn.execute(sa.select(*cols).order_by(*table.primary_key.columns))
            out[table.name] = [tuple(r) for r in rows]
    return out


def count(store: Store, table: sa.Table) -> int:
    with store.read() as conn:
        return int(conn.execute(sa.select(sa.func.count()).select_from(table)).scalar_one())


def assess_coder(path: str, options: IngestOptions) -> CodedDocument:
    """A "new lexicon": the fake coder's output with every act an assessment."""
    doc = fake_coder(path, options)
    return CodedDocument(
        doc=doc.doc,
        lang=doc.lang,
        parties=doc.parties,
        sentences=tuple(
            CodedSentence(
                s.doc,
                s.sentence,
                tuple(Act("assess", 0, a.speaker, a.targets, False) for a in s.acts),
                s.topics,
                s.concepts,
            )
            for s in doc.sentences
        ),
        title=doc.title,
        date=doc.date,
    )
