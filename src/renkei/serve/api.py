"""The JSON API (described at /openapi.json). Every route needs a session or an
API token; progress is scoped to the caller's party exactly as on the pages."""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.encoders import jsonable_encoder
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, Field

from renkei.serve import audit, queries
from renkei.serve.cache import generation
from renkei.serve.deps import CSRF_HEADER, ApiUser, api_user, check_csrf, require, store_of
from renkei.serve.service import decide_link_for, diff_for, record_progress
from renkei.serve.visibility import commitment_for, programme_for, visible_history
from renkei.track.report import as_json, diff_json, programme_json

router = APIRouter(prefix="/api", tags=["api"], dependencies=[Depends(api_user)])
health = APIRouter()

Json = dict[str, Any]
Limit = Annotated[int, Query(ge=1, le=500)]
Offset = Annotated[int, Query(ge=0, le=10_000_000)]


def _json(
    request: Request, conn: Any, key: tuple[Hashable, ...], build: Callable[[], Any]
) -> Response:
    """The JSON body of `build()`, encoded once per store generation and `key` (inside
    the read transaction `build` uses). Keys carry the caller's party wherever
    progress is involved; the rest is the same for every reader."""

    def encode() -> bytes:
        return bytes(JSONResponse(jsonable_encoder(build())).body)

    body = request.app.state.views.get(generation(conn), ("api", *key), encode)
    return Response(body, media_type="application/json")


@router.get("/me", summary="Who the token or session belongs to")
def me(user: ApiUser) -> Json:
    return {"name": user.name, "party": user.party, "role": user.role}


@router.get("/documents", summary="Documents, newest first", response_model=Json)
def documents(
    request: Request,
    user: ApiUser,
    partnership: str | None = None,
    q: str | None = None,
    limit: Limit = queries.PAGE,
    offset: Offset = 0,
) -> Response:
    def build() -> Json:
        docs = queries.list_documents(
            conn, partnership=partnership, q=q, limit=limit, offset=offset
        )
        return {"documents": as_json(docs), "limit": limit, "offset": offset}

    with store_of(request).read() as conn:
        return _json(request, conn, ("documents", partnership, q, limit, offset), build)


@router.get(
    "/documents/{doc}", summary="One document with its coded sentences", response_model=Json
)
def document(request: Request, user: ApiUser, doc: str) -> Response:
    def build() -> Json:
        view = queries.document_view(conn, doc)
        return {
            "document": as_json(view.info),
            "sections": [{"section": s, "first_sid": sid} for s, sid in view.sections],
            "sentences": [s.record() for s in view.sentences],
            "paired_with": view.pair.id if view.pair else None,
        }

    with store_of(request).read() as conn:
        return _json(request, conn, ("document", doc), build)


@router.get("/documents/{doc}/sentences/{sid}", summary="One coded sentence")
def sentence(
    request: Request, user: ApiUser, doc: str, sid: Annotated[int, Path(ge=0, le=10_000_000)]
) -> Json:
    with store_of(request).read() as conn:
        return queries.get_sentence(conn, doc, sid).record()


@router.get("/documents/{doc}/acts", summary="The acts of a document, optionally of one kind")
def acts(request: Request, user: ApiUser, doc: str, act: str | None = None) -> Json:
    with store_of(request).read() as conn:
        queries.get_document(conn, doc)  # 404 for an unknown document, not an empty list
        found = queries.acts_of(conn, doc, act)
    return {
        "doc": doc,
        "acts": [{"ref": f"{doc}:{sid}:{a.no}", "sid": sid, **a.record()} for sid, a in found],
    }


@router.get("/search", summary="Sentences (ja and en) by words and filters", response_model=Json)
def search(
    request: Request,
    user: ApiUser,
    q: str = "",
    act: str = "",
    topic: str = "",
    actor: str = "",
    party: str = "",
    lang: Literal["", "ja", "en"] = "",
    date_from: str = "",
    date_to: str = "",
    limit: Limit = queries.PAGE,
    offset: Offset = 0,
) -> Response:
    sq = queries.SearchQuery(q, act, topic, actor, party, lang, date_from, date_to)

    def build() -> Json:
        found = queries.search(conn, sq, limit=limit, offset=offset)
        return {"results": [s.record() for s in found], "limit": limit, "offset": offset}

    with store_of(request).read() as conn:
        return _json(request, conn, ("search", sq, limit, offset), build)


@router.get(
    "/programme", summary="Areas -> commitments with the status you may see", response_model=Json
)
def programme(request: Request, user: ApiUser, partnership: str | None = None) -> Response:
    def build() -> Json:
        chosen = partnership or queries.default_partnership(conn)
        areas = programme_for(conn, user.party, chosen) if chosen else []
        return programme_json(chosen, areas)

    with store_of(request).read() as conn:
        # Progress is scoped by party: the party is part of the key.
        return _json(request, conn, ("programme", user.party, partnership), build)


@router.get(
    "/commitments/{key}",
    summary="One commitment, its links and visible history",
    response_model=Json,
)
def commitment(request: Request, user: ApiUser, key: str) -> Response:
    def build() -> Json:
        out: Json = as_json(commitment_for(conn, user.party, key))
        return out

    with store_of(request).read() as conn:
        return _json(request, conn, ("commitment", user.party, key), build)


@router.get("/commitments/{key}/progress", summary="Progress entries you may see")
def progress(request: Request, user: ApiUser, key: str) -> Json:
    with store_of(request).read() as conn:
        detail = commitment_for(conn, user.party, key)
    return {"commitment": detail.commitment.key, "progress": as_json(detail.history)}


class ProgressIn(BaseModel):
    status: Literal["not_started", "limited", "substantial", "complete", "withdrawn"]
    evidence: str = Field(min_length=1, max_length=10_000)
    url: str | None = Field(default=None, max_length=2_000)
    sentence: str | None = Field(default=None, description="DOC:SID", max_length=400)
    date: str | None = Field(default=None, description="YYYY-MM-DD (default today)")
    releasability: str = Field(default="partners", description="public | partners | your party")


@router.post("/commitments/{key}/progress", status_code=201, summary="Record progress")
def add_progress(
    request: Request,
    user: ApiUser,
    key: str,
    body: ProgressIn,
) -> Json:
    check_csrf(user, request.headers.get(CSRF_HEADER))
    require(user, "editor")
    entry = record_progress(
        store_of(request),
        user,
        key,
        status=body.status,
        evidence=body.evidence,
        url=body.url,
        sentence=body.sentence,
        on=body.date,
        releasability=body.releasability,
    )
    out: Json = as_json(entry)
    return out


class LinkDecision(BaseModel):
    act: str = Field(description="The restating act: DOC:SID:N", max_length=400)
    decision: Literal["accept", "reject"]


@router.post("/commitments/{key}/links", summary="Accept or reject a link to a later act")
def decide(request: Request, user: ApiUser, key: str, body: LinkDecision) -> Json:
    check_csrf(user, request.headers.get(CSRF_HEADER))
    require(user, "editor")
    state = decide_link_for(store_of(request), user, key, body.act, body.decision)
    return {"commitment": key, "act": body.act, "state": state}


@router.get("/progress", summary="All progress you may see (an export)")
def progress_export(request: Request, user: ApiUser, partnership: str | None = None) -> Json:
    with store_of(request).read() as conn:
        history = visible_history(conn, user.party, partnership=partnership)
    return {"progress": {k: as_json(v) for k, v in sorted(history.items())}}


@router.get(
    "/diff", summary="What B keeps, adds, drops, hardens and softens of A", response_model=Json
)
def diff(request: Request, user: ApiUser, a: str, b: str, changes_only: bool = False) -> Response:
    def build() -> Json:
        return diff_json(diff_for(conn, a, b, changes_only=changes_only))

    with store_of(request).read() as conn:
        return _json(request, conn, ("diff", a, b, changes_only), build)


@router.get("/audit", summary="The audit log (admins; rows your party may read)")
def audit_log(request: Request, user: ApiUser, limit: Limit = 200) -> Json:
    require(user, "admin")
    with store_of(request).read() as conn:
        entries = audit.entries_for(conn, user.party, limit=limit)
    return {"entries": as_json(entries)}


@health.get("/healthz", summary="Liveness: the store answers")
def healthz(request: Request) -> Json:
    import sqlalchemy as sa

    with store_of(request).read() as conn:
        conn.execute(sa.select(1))
    return {"status": "ok"}
