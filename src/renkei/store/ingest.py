"""Ingest: read, code and store documents, one transaction per document.

Idempotent by content hash (sha256 of the file's bytes): a file already stored
by the same coder is skipped before it is even read; one stored by another
coder version (a lexicon or code change) is re-coded in place, keeping its
commitments (stable keys) and their progress. Worker processes read and code;
the parent writes, so each process has a single writer and SQLite's write
lock is held only for the few milliseconds of one document's inserts.
Two processes ingesting the same files race safely: the write transaction
re-checks under the lock, and a unique-constraint violation means "already there".
"""

from __future__ import annotations

import dataclasses
import hashlib
import importlib
import json
import multiprocessing
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path
from typing import Literal, cast

import sqlalchemy as sa

from renkei.errors import NotFoundError, RenkeiError, StoreError
from renkei.models import CodedDocument, Lang
from renkei.store import schema as t
from renkei.store.engine import Store
from renkei.store.rows import DocumentRows, document_meta, document_rows, dump_list, load_list

Status = Literal["stored", "recoded", "unchanged", "failed"]


@dataclass(frozen=True)
class IngestOptions:
    """What the user states about the documents; overrides what the text states."""

    partnership: str | None = None
    lang: str | None = None
    parties: tuple[str, ...] | None = None
    title: str | None = None
    date: str | None = None
    kind: str | None = None
    translation_of: str | None = None  # a stored document id or the path of its file


@dataclass(frozen=True)
class IngestResult:
    path: str
    doc: str | None
    status: Status
    message: str = ""


@dataclass
class IngestReport:
    results: list[IngestResult] = field(default_factory=list)

    def count(self, status: Status) -> int:
        return sum(1 for r in self.results if r.status == status)

    @property
    def failed(self) -> list[IngestResult]:
        return [r for r in self.results if r.status == "failed"]


# A coder turns a file into a coded document. It runs in worker processes, so
# it must be a module-level function (picklable by reference).
Coder = Callable[[str, IngestOptions], CodedDocument]


def code_file(path: str, options: IngestOptions) -> CodedDocument:
    """The default coder: `renkei.read` then `renkei.code_source`."""
    import renkei  # lazily: the coder's import cost is paid in the workers

    lang = options.lang
    if lang not in (None, "ja", "en"):
        raise StoreError(f"--lang {lang}: use ja or en")
    source = renkei.read(path)
    return renkei.code_source(source, lang=cast(Lang | None, lang), parties=options.parties)


CODER_ENV = "RENKEI_CODER"


def coder_from_env() -> tuple[Coder, str | None]:
    """The coder named by $RENKEI_CODER ("package.module:function"), else the default.

    A plugged-in coder module may state its version as CODER_VERSION; the
    default coder's version is `coder_fingerprint()`.
    """
    spec = os.environ.get(CODER_ENV, "").strip()
    if not spec:
        return code_file, None
    module_name, _, name = spec.partition(":")
    try:
        module = importlib.import_module(module_name)
        fn = getattr(module, name or "code_file")
    except (ImportError, AttributeError) as exc:
        raise StoreError(f"{CODER_ENV}={spec}: {exc}") from exc
    version = getattr(module, "CODER_VERSION", None)
    return fn, str(version) if version is not None else spec


@lru_cache(maxsize=1)
def coder_fingerprint() -> str:
    """Version of the coder: `renkei.coder_version()` if the coder offers one,
    else the package version plus a hash of the coder's code and data files,
    so that a lexicon edit makes the next ingest re-code stored documents."""
    import renkei

    offered = getattr(renkei, "coder_version", None)
    if callable(offered):
        return str(offered())[:100]
    root = Path(renkei.__file__).parent
    digest = hashlib.sha256()
    for part in ("data", "code", "segment", "read"):
        for path in sorted((root / part).rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts:
                digest.update(path.relative_to(root).as_posix().encode())
                digest.update(path.read_bytes())
    version = getattr(renkei, "__version__", "0")
    return f"{version}+{digest.hexdigest()[:16]}"


def sha256_file(path: str) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


# --- worker side -----------------------------------------------------------


@dataclass
class Prepared:
    path: str
    sha256: str
    rows: DocumentRows | None = None
    error: str | None = None


def prepare(path: str, sha256: str, options: IngestOptions, coder: Coder) -> Prepared:
    """Read, code and turn into rows (runs in a worker). Errors become messages."""
    try:
        coded = coder(path, options)
        meta = document_meta(
            coded, lang=options.lang, title=options.title, date=options.date, kind=options.kind
        )
        return Prepared(path, sha256, rows=document_rows(coded, meta))
    except RenkeiError as exc:
        return Prepared(path, sha256, error=str(exc) or type(exc).__name__)
    except Exception as exc:  # a coder bug must not sink a batch of thousands
        return Prepared(path, sha256, error=f"internal error: {type(exc).__name__}: {exc}")


# --- writer side -----------------------------------------------------------


def _rename(rows: DocumentRows, doc: str) -> DocumentRows:
    """The same rows under another document id (same content stored under another name)."""
    if rows.doc == doc:
        return rows

    def fix(items: list[dict[str, object]]) -> list[dict[str, object]]:
        return [{**r, "doc": doc} for r in items]

    return dataclasses.replace(
        rows,
        doc=doc,
        sentences=fix(rows.sentences),
        topics=fix(rows.topics),
        concepts=fix(rows.concepts),
        acts=fix(rows.acts),
    )


def _insert_coding(conn: sa.Connection, rows: DocumentRows) -> None:
    for table, items in (
        (t.sentences, rows.sentences),
        (t.sentence_topics, rows.topics),
        (t.sentence_concepts, rows.concepts),
        (t.acts, rows.acts),
    ):
        if items:
            conn.execute(table.insert(), items)


def _delete_coding(conn: sa.Connection, doc: str) -> None:
    # Proposed links pointing at this document's acts are recomputed after the
    # batch; decided ones (accepted/rejected) are people's work and stay.
    conn.execute(
        t.commitment_links.delete().where(
            t.commitment_links.c.doc == doc, t.commitment_links.c.state == "proposed"
        )
    )
    conn.execute(t.alignments.delete().where(t.alignments.c.doc == doc))
    for table in (t.acts, t.sentence_concepts, t.sentence_topics, t.sentences):
        conn.execute(table.delete().where(table.c.doc == doc))


def _document_values(
    rows: DocumentRows, sha256: str, path: str, coder_version: str, partnership: str | None
) -> dict[str, object]:
    m = rows.meta
    return {
        "content_sha256": sha256,
        "partnership": partnership,
        "lang": m.lang,
        "title": m.title,
        "date": m.date,
        "kind": m.kind,
        "parties": dump_list(m.parties),
        "path": path,
        "coder_version": coder_version,
        "n_sentences": len(rows.sentences),
        "ingested_at": now_iso(),
    }


def write_document(
    conn: sa.Connection,
    prepared: Prepared,
    options: IngestOptions,
    coder_version: str,
) -> IngestResult:
    """Store one coded document inside the caller's (write) transaction."""
    assert prepared.rows is not None
    rows, sha, path = prepared.rows, prepared.sha256, prepared.path
    existing = conn.execute(
        sa.select(
            t.documents.c.id,
            t.documents.c.coder_version,
            t.documents.c.partnership,
            t.documents.c.translation_of,
        )
        .where(t.documents.c.content_sha256 == sha)
        .with_for_update()
    ).first()
    translation = options.translation_of is not None
    if existing is not None:
        translation = translation or existing.translation_of is not None
        if existing.coder_version == coder_version:
            return IngestResult(path, existing.id, "unchanged", _same_as(existing.id, rows.doc))
        rows = _rename(rows, existing.id)
        partnership = options.partnership or existing.partnership
        _delete_coding(conn, rows.doc)
        values = _document_values(rows, sha, path, coder_version, partnership)
        conn.execute(t.documents.update().where(t.documents.c.id == rows.doc).values(**values))
        _insert_coding(conn, rows)
        _sync(conn, rows, partnership, translation)
        return IngestResult(path, rows.doc, "recoded")
    clash = conn.execute(
        sa.select(t.documents.c.content_sha256).where(t.documents.c.id == rows.doc)
    ).first()
    if clash is not None and clash.content_sha256 == sha:
        # This very content, committed by a concurrent writer since the look-up
        # above (PostgreSQL, READ COMMITTED: each statement sees the latest
        # commits; SQLite's write lock excludes this): look again, it is visible now.
        return write_document(conn, prepared, options, coder_version)
    if clash is not None:
        raise StoreError(
            f"{rows.doc} is already stored from different content; "
            "rename the file to store both versions"
        )
    values = _document_values(rows, sha, path, coder_version, options.partnership)
    conn.execute(t.documents.insert().values(id=rows.doc, **values))
    _insert_coding(conn, rows)
    _sync(conn, rows, options.partnership, translation)
    return IngestResult(path, rows.doc, "stored")


def _same_as(stored: str, name: str) -> str:
    return "" if stored == name else f"same content as {stored}"


def _sync(
    conn: sa.Connection, rows: DocumentRows, partnership: str | None, translation: bool
) -> None:
    from renkei.track.commitments import sync_commitments

    # A translation restates its original's commitments; they are linked to
    # the original's through the sentence alignment instead of duplicated.
    acts = [] if translation else rows.acts
    sync_commitments(conn, rows.doc, partnership, rows.sentences, rows.topics, acts)


def store_prepared(
    store: Store, prepared: Prepared, options: IngestOptions, coder_version: str
) -> IngestResult:
    """Write one document in its own transaction, resolving races with other writers."""
    if prepared.error is not None:
        return IngestResult(prepared.path, None, "failed", prepared.error)
    last = "concurrent writers kept conflicting"
    for _attempt in range(5):
        try:
            with store.write() as conn:
                return write_document(conn, prepared, options, coder_version)
        except StoreError as exc:
            return IngestResult(prepared.path, None, "failed", str(exc))
        except sa.exc.IntegrityError as exc:
            # Another process stored it between our check and our insert:
            # loop, and the re-check under the lock will find it.
            last = f"conflict: {exc.orig}"
        except sa.exc.OperationalError as exc:
            # PostgreSQL deadlock/serialisation failure or SQLite still busy after
            # the timeout: retrying the whole document transaction is safe.
            last = str(exc.orig)
    return IngestResult(prepared.path, None, "failed", f"could not store it: {last}")


# --- batch -------------------------------------------------------------------


@dataclass(frozen=True)
class _Known:
    doc: str
    coder_version: str


def _known_hashes(store: Store) -> dict[str, _Known]:
    with store.read() as conn:
        return {
            r.content_sha256: _Known(r.id, r.coder_version)
            for r in conn.execute(
                sa.select(
                    t.documents.c.content_sha256, t.documents.c.id, t.documents.c.coder_version
                )
            )
        }


def ensure_partnership(store: Store, partnership: str) -> None:
    from renkei.store.dialect import insert_ignore

    with store.write() as conn:
        insert_ignore(
            conn, t.partnerships, [{"id": partnership, "name": partnership, "parties": "[]"}]
        )


def _update_partnership_parties(store: Store, partnership: str) -> None:
    with store.write() as conn:
        parties: set[str] = set()
        for text in conn.execute(
            sa.select(t.documents.c.parties).where(t.documents.c.partnership == partnership)
        ).scalars():
            parties.update(load_list(text))
        conn.execute(
            t.partnerships.update()
            .where(t.partnerships.c.id == partnership)
            .values(parties=dump_list(parties))
        )


def _apply_overrides(store: Store, doc: str, options: IngestOptions) -> bool:
    """Metadata given on the command line for an unchanged document."""
    values = {
        k: v
        for k, v in (
            ("partnership", options.partnership),
            ("title", options.title),
            ("date", options.date),
            ("kind", options.kind),
        )
        if v is not None
    }
    if not values:
        return False
    with store.write() as conn:
        row = conn.execute(sa.select(t.documents).where(t.documents.c.id == doc)).mappings().one()
        changed = {k: v for k, v in values.items() if row[k] != v}
        if not changed:
            return False
        conn.execute(t.documents.update().where(t.documents.c.id == doc).values(**changed))
        if "partnership" in changed:
            conn.execute(
                t.commitments.update()
                .where(t.commitments.c.doc == doc)
                .values(partnership=changed["partnership"])
            )
    return True


def _hash_all(paths: Sequence[str]) -> Iterator[tuple[str, str | None, str]]:
    for path in paths:
        try:
            if not os.path.isfile(path):
                raise OSError("no such file")
            yield path, sha256_file(path), ""
        except OSError as exc:
            yield path, None, f"cannot read: {exc.strerror or exc}"


def _run_pool(
    todo: Sequence[tuple[str, str]], options: IngestOptions, coder: Coder, jobs: int
) -> Iterator[Prepared]:
    """Prepared documents as workers finish them; at most a few per worker in flight."""
    if jobs <= 1 or len(todo) <= 1:
        for path, sha in todo:
            yield prepare(path, sha, options, coder)
        return
    # forkserver: workers start from a clean process, not a fork of one that
    # holds database connections and a progress-bar thread.
    ctx = multiprocessing.get_context("forkserver")
    pending = iter(todo)
    with ProcessPoolExecutor(max_workers=jobs, mp_context=ctx) as pool:
        running: set[Future[Prepared]] = set()

        def fill() -> None:
            while len(running) < jobs * 4:
                item = next(pending, None)
                if item is None:
                    return
                running.add(pool.submit(prepare, item[0], item[1], options, coder))

        try:
            fill()
            while running:
                done, _ = wait(running, return_when=FIRST_COMPLETED)
                for fut in done:
                    running.discard(fut)
                    yield fut.result()
                fill()
        except BaseException:
            pool.shutdown(wait=False, cancel_futures=True)
            raise


def ingest_paths(
    store: Store,
    paths: Iterable[str | os.PathLike[str]],
    options: IngestOptions | None = None,
    *,
    jobs: int = 1,
    coder: Coder = code_file,
    coder_version: str | None = None,
    on_result: Callable[[IngestResult], None] | None = None,
) -> IngestReport:
    """Ingest files; every file gets exactly one result (and one `on_result` call)."""
    options = options or IngestOptions()
    version = coder_version or coder_fingerprint()
    report = IngestReport()

    def emit(result: IngestResult) -> None:
        report.results.append(result)
        if on_result is not None:
            on_result(result)

    path_list = [os.fspath(p) for p in paths]
    if options.translation_of:
        _check_original(store, options.translation_of, path_list)
    if options.partnership:
        ensure_partnership(store, options.partnership)
    known = _known_hashes(store)
    todo: list[tuple[str, str]] = []
    seen: dict[str, str] = {}
    touched: list[str] = []  # documents whose links/alignment need refreshing
    for path, sha, error in _hash_all(path_list):
        if sha is None:
            emit(IngestResult(path, None, "failed", error))
        elif sha in seen:
            emit(IngestResult(path, None, "unchanged", f"same content as {seen[sha]}"))
        elif sha in known and known[sha].coder_version == version:
            seen[sha] = path
            doc = known[sha].doc
            if _apply_overrides(store, doc, options):
                touched.append(doc)
            emit(IngestResult(path, doc, "unchanged", _same_as(doc, Path(path).stem)))
            if options.translation_of:
                touched.append(doc)
        else:
            seen[sha] = path
            todo.append((path, sha))
    for prepared in _run_pool(todo, options, coder, jobs):
        result = store_prepared(store, prepared, options, version)
        if result.status in ("stored", "recoded") and result.doc:
            touched.append(result.doc)
        emit(result)
    _after_batch(store, touched, options, report)
    # results as they came (for progress); the report in the order of the input
    order = {p: i for i, p in reversed(list(enumerate(path_list)))}
    report.results.sort(key=lambda r: order.get(r.path, len(order)))
    return report


def _after_batch(
    store: Store, touched: list[str], options: IngestOptions, report: IngestReport
) -> None:
    """Steps that span documents: translation pairs, partnership parties, link proposals."""
    from renkei.track.align import record_translation
    from renkei.track.links import propose_links

    if not touched:
        return
    pairs: dict[str, str] = {}  # translation -> original, to (re-)align
    if options.translation_of:
        original = resolve_original(store, options.translation_of)
        pairs.update((doc, original) for doc in touched if doc != original)
    with store.read() as conn:
        d = t.documents
        for doc, original in conn.execute(
            sa.select(d.c.id, d.c.translation_of).where(
                d.c.translation_of.is_not(None),
                sa.or_(d.c.id.in_(touched), d.c.translation_of.in_(touched)),
            )
        ):
            pairs.setdefault(doc, original)
    for doc, original in sorted(pairs.items()):
        record_translation(store, doc, original)
    if options.partnership:
        _update_partnership_parties(store, options.partnership)
    propose_links(store, list(dict.fromkeys(touched)))


def _check_original(store: Store, ref: str, batch: Sequence[str]) -> None:
    """Fail before storing anything when the original is neither stored nor in the batch."""
    in_batch = {Path(p).stem for p in batch} | {os.path.abspath(p) for p in batch}
    if ref in in_batch or os.path.abspath(ref) in in_batch:
        return
    resolve_original(store, ref)


def resolve_original(store: Store, ref: str) -> str:
    """A document named by id, or by the path of a file whose content is stored."""
    with store.read() as conn:
        if conn.execute(sa.select(t.documents.c.id).where(t.documents.c.id == ref)).first():
            return ref
        if os.path.isfile(ref):
            doc = conn.execute(
                sa.select(t.documents.c.id).where(t.documents.c.content_sha256 == sha256_file(ref))
            ).scalar()
            if doc is not None:
                return str(doc)
    raise NotFoundError(f"--translation-of {ref}: no such document in the store; ingest it first")


def stored_document_count(store: Store) -> int:
    with store.read() as conn:
        return int(conn.execute(sa.select(sa.func.count()).select_from(t.documents)).scalar_one())


def ingest_coded(
    store: Store,
    coded: CodedDocument,
    options: IngestOptions | None = None,
    *,
    coder_version: str | None = None,
    content_sha256: str | None = None,
) -> IngestResult:
    """Store a document coded in Python (no file). Its content hash is that of its
    source text when it has one, else of its coded records."""
    options = options or IngestOptions()
    if content_sha256 is None:
        if coded.source is not None:
            payload = coded.source.text
        else:
            payload = json.dumps(coded.records(), ensure_ascii=False, sort_keys=True)
        content_sha256 = hashlib.sha256(payload.encode("utf-8")).hexdigest()
    if options.translation_of:
        resolve_original(store, options.translation_of)
    if options.partnership:
        ensure_partnership(store, options.partnership)
    meta = document_meta(
        coded, lang=options.lang, title=options.title, date=options.date, kind=options.kind
    )
    prepared = Prepared(coded.doc, content_sha256, rows=document_rows(coded, meta))
    result = store_prepared(store, prepared, options, coder_version or coder_fingerprint())
    report = IngestReport([result])
    if result.status in ("stored", "recoded") and result.doc:
        _after_batch(store, [result.doc], options, report)
    return result
