"""The writes (and the diff) the pages and the API share: access checks, then the
track/store library call, then the audit log. One place, so the two front
doors cannot drift apart in what they allow."""

from __future__ import annotations

import dataclasses
import re
import shutil
from pathlib import Path
from typing import BinaryIO

import sqlalchemy as sa
from fastapi import HTTPException

from renkei.errors import RenkeiError
from renkei.serve import audit
from renkei.serve.auth import Principal
from renkei.store.engine import Store
from renkei.store.ingest import IngestOptions, IngestResult, coder_from_env, ingest_paths
from renkei.store.refs import resolve_act, resolve_commitment, resolve_document
from renkei.track.diff import DiffReport, diff_documents
from renkei.track.links import decide_link
from renkei.track.progress import ProgressEntry, add_progress, check_date, commitment_parties

UPLOAD_LIMIT = 20 * 1024 * 1024
_FILENAME = re.compile(r"^[\w.\-]{1,200}\.(txt|pdf|html|htm)$", re.ASCII)


def _member(conn: sa.Connection, user: Principal, key: str) -> list[str]:
    """The commitment's parties, provided the user's party is one of them."""
    parties = commitment_parties(conn, key)
    if user.party not in parties:
        raise HTTPException(403, f"{user.party} is not a party of this commitment")
    return parties


def releasability_choices(conn: sa.Connection, user: Principal, key: str) -> list[str]:
    """What this user may mark an entry as: public, partners, or their own party."""
    if user.party not in commitment_parties(conn, key):
        return []
    return ["partners", "public", user.party]


def record_progress(
    store: Store,
    user: Principal,
    ref: str,
    *,
    status: str,
    evidence: str,
    url: str | None,
    sentence: str | None,
    on: str | None,
    releasability: str,
) -> ProgressEntry:
    with store.read() as conn:
        key = resolve_commitment(conn, ref)
        parties = _member(conn, user, key)
    release = releasability.strip()
    if release.upper() == user.party:
        release = user.party
    if release not in ("public", "partners", user.party):
        # Marking an entry for another party would hide it from its own author.
        raise HTTPException(403, "releasability: public, partners or your own party")
    entry = add_progress(
        store,
        key,
        status=status,
        evidence=evidence,
        url=url,
        sentence=sentence,
        on=on,
        author=user.name,
        releasability=release,
    )
    # The entry and its audit row are two transactions (add_progress owns the first);
    # a crash between them loses the audit row, never the entry.
    audit.record(
        store,
        actor=user.name,
        party=user.party,
        action="progress.add",
        target=key,
        detail={
            "id": entry.id,
            "status": entry.status,
            "evidence": entry.evidence,
            "date": entry.date,
            "releasability": entry.releasability,
        },
        audience=audit.audience_of(entry.releasability, parties),
    )
    return entry


def decide_link_for(store: Store, user: Principal, ref: str, act: str, decision: str) -> str:
    state = {
        "accept": "accepted",
        "accepted": "accepted",
        "reject": "rejected",
        "rejected": "rejected",
    }.get(decision.strip().lower())
    if state is None:
        raise HTTPException(400, "decision: accept or reject")
    with store.read() as conn:
        key = resolve_commitment(conn, ref)
        _member(conn, user, key)
        doc, sid, idx = resolve_act(conn, act)
    decide_link(store, key, doc, sid, idx, state, user.name)  # type: ignore[arg-type]
    audit.record(
        store,
        actor=user.name,
        party=user.party,
        action=f"link.{state}",
        target=key,
        detail={"act": f"{doc}:{sid}:{idx + 1}"},
    )
    return state


def diff_for(conn: sa.Connection, a: str, b: str, *, changes_only: bool = False) -> DiffReport:
    report = diff_documents(conn, resolve_document(conn, a), resolve_document(conn, b))
    if changes_only:
        report = dataclasses.replace(
            report, entries=tuple(e for e in report.entries if e.change != "kept")
        )
    return report


def _options(
    partnership: str,
    lang: str,
    parties: str,
    title: str,
    date: str,
    kind: str,
    translation_of: str,
) -> IngestOptions:
    """The CLI's rules for `renkei ingest` options."""
    if lang and lang not in ("ja", "en"):
        raise RenkeiError(f"language {lang}: use ja or en")
    codes = tuple(p.strip().upper() for p in parties.split(",") if p.strip())
    return IngestOptions(
        partnership=partnership.strip() or None,
        lang=lang or None,
        parties=codes or None,
        title=title.strip() or None,
        date=check_date(date) if date.strip() else None,
        kind=kind.strip() or None,
        translation_of=translation_of.strip() or None,
    )


def ingest_upload(
    store: Store,
    user: Principal,
    data: BinaryIO,
    filename: str,
    folder: Path,
    *,
    partnership: str = "",
    lang: str = "",
    parties: str = "",
    title: str = "",
    date: str = "",
    kind: str = "",
    translation_of: str = "",
) -> IngestResult:
    """Store an uploaded file as `renkei ingest` would (the file name is the document id)."""
    name = Path(filename.replace("\\", "/")).name
    if not _FILENAME.match(name):
        raise RenkeiError(
            "file name: letters, digits, '.', '-' and '_' only, ending .txt, .pdf or .html"
        )
    options = _options(partnership, lang, parties, title, date, kind, translation_of)
    path = folder / name
    with path.open("wb") as out:
        shutil.copyfileobj(data, out, length=1 << 20)
    if path.stat().st_size > UPLOAD_LIMIT:
        raise HTTPException(413, f"the file is larger than {UPLOAD_LIMIT // (1024 * 1024)} MB")
    coder, version = coder_from_env()
    report = ingest_paths(store, [str(path)], options, coder=coder, coder_version=version)
    result = report.results[0]
    audit.record(
        store,
        actor=user.name,
        party=user.party,
        action="document.ingest",
        target=result.doc or name,
        detail={
            "file": name,
            "status": result.status,
            "message": result.message,
            "partnership": options.partnership,
        },
    )
    return result
