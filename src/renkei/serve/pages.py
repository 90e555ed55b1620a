"""Server-rendered pages (Jinja2, autoescaped; HTMX for partial updates).

`public` holds the few routes open without a session (login, language);
everything on `router` depends on `page_user`, so a new page is closed
until someone signs in. Writes check the role, the CSRF token and, for
programme changes, that the user's party is a party of the commitment.
"""

from __future__ import annotations

import csv
import io
import secrets
import tempfile
from collections.abc import Callable, Hashable
from pathlib import Path
from typing import Annotated, Any, TypeVar
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, File, Form, HTTPException, Query, Request, UploadFile
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from markupsafe import Markup

from renkei.serve import audit, charts, queries
from renkei.serve.auth import Principal, authenticate, create_session, end_session
from renkei.serve.cache import generation
from renkei.serve.deps import (
    CSRF_FIELD,
    LANG_COOKIE,
    LOGIN_CSRF_COOKIE,
    SESSION_COOKIE,
    PageUser,
    check_csrf,
    page_user,
    principal,
    require,
    safe_next,
    store_of,
)
from renkei.serve.i18n import LANGS, pick, translator
from renkei.serve.service import (
    decide_link_for,
    diff_for,
    ingest_upload,
    record_progress,
    releasability_choices,
)
from renkei.serve.visibility import commitment_for, programme_for
from renkei.track.progress import STATUSES

V = TypeVar("V")

public = APIRouter(include_in_schema=False)
router = APIRouter(include_in_schema=False, dependencies=[Depends(page_user)])

Text = Annotated[str, Form()]
OptText = Annotated[str, Form()]
CsrfField = Annotated[str, Form(alias=CSRF_FIELD)]


def ui_lang(request: Request) -> str:
    return pick(request.cookies.get(LANG_COOKIE), request.headers.get("accept-language"))


def render(
    request: Request,
    name: str,
    context: dict[str, Any],
    *,
    user: Principal | None = None,
    status: int = 200,
) -> HTMLResponse:
    lang = ui_lang(request)
    base = {
        "user": user,
        "lang": lang,
        "other_lang": "ja" if lang == "en" else "en",
        "t": translator(lang),
        "csrf": user.csrf if user else None,
        "here": request.url.path + (("?" + request.url.query) if request.url.query else ""),
    }
    templates = request.app.state.templates
    response: HTMLResponse = templates.TemplateResponse(
        request, name, {**base, **context}, status_code=status
    )
    return response


def fragment(request: Request, name: str, context: dict[str, Any], lang: str) -> Markup:
    """A template rendered on its own (autoescaped) for a cached part of a page: it
    sees only `context` and the UI language, nothing of the user."""
    template = request.app.state.templates.get_template(name)
    return Markup(template.render({**context, "t": translator(lang), "lang": lang}))


def cached(request: Request, conn: Any, key: Hashable, compute: Callable[[], V]) -> V:
    """`compute()` once per store generation and `key`; call inside the read transaction
    that `compute` uses. The key must hold everything the value depends on (for
    progress, the reader's party)."""
    cache = request.app.state.views
    return cache.get(generation(conn), key, compute)  # type: ignore[no-any-return]


def render_error(request: Request, status: int, message: str) -> Response:
    user = getattr(request.state, "principal", None)
    return render(
        request, "error.html", {"status": status, "message": message}, user=user, status=status
    )


def _set_cookie(request: Request, response: Response, name: str, value: str, **kw: Any) -> None:
    response.set_cookie(
        name,
        value,
        httponly=True,
        samesite="lax",
        secure=bool(request.app.state.secure_cookies),
        path="/",
        **kw,
    )


# --- public: login, logout, language --------------------------------------------------


@public.get("/login", response_class=HTMLResponse)
def login_form(request: Request, next: str = "/") -> Response:
    token = secrets.token_urlsafe(24)
    response = render(request, "login.html", {"next": safe_next(next), "login_csrf": token})
    # Double-submit: the form's hidden field must equal this cookie, which another
    # site can neither read nor set (SameSite, HttpOnly).
    _set_cookie(request, response, LOGIN_CSRF_COOKIE, token, max_age=3600)
    return response


def _client(request: Request) -> str:
    return request.client.host if request.client else "unknown"


@public.post("/login", response_class=HTMLResponse)
def login(
    request: Request,
    username: Text,
    password: Text,
    csrf_token: CsrfField = "",
    next: OptText = "/",
) -> Response:
    cookie = request.cookies.get(LOGIN_CSRF_COOKIE, "")
    if not cookie or not secrets.compare_digest(cookie, csrf_token):
        raise HTTPException(403, "missing or wrong CSRF token; reload the login page")
    limiter = request.app.state.login_limiter
    keys = (f"ip:{_client(request)}", f"user:{username.lower()}")
    store = store_of(request)
    if limiter.blocked(*keys):
        audit.record(store, actor=username, party=None, action="login.blocked", target=username)
        return _login_again(request, next, "too_many", 429)
    user = authenticate(store, username, password)
    if user is None:
        limiter.fail(*keys)
        audit.record(store, actor=username, party=None, action="login.failed", target=username)
        return _login_again(request, next, "login_failed", 401)
    limiter.reset(f"user:{username.lower()}")
    sid, _csrf = create_session(store, user)
    audit.record(store, actor=user.name, party=user.party, action="login", target=user.name)
    response = RedirectResponse(safe_next(next), status_code=303)
    _set_cookie(request, response, SESSION_COOKIE, sid, max_age=7 * 24 * 3600)
    response.delete_cookie(LOGIN_CSRF_COOKIE, path="/")
    return response


def _login_again(request: Request, next_path: str, error: str, status: int) -> Response:
    token = secrets.token_urlsafe(24)
    response = render(
        request,
        "login.html",
        {"next": safe_next(next_path), "login_csrf": token, "error": error},
        status=status,
    )
    _set_cookie(request, response, LOGIN_CSRF_COOKIE, token, max_age=3600)
    return response


@public.post("/logout")
def logout(
    request: Request,
    p: Annotated[Principal | None, Depends(principal)],
    csrf_token: CsrfField = "",
) -> Response:
    if p is not None:
        check_csrf(p, csrf_token)
        sid = request.cookies.get(SESSION_COOKIE)
        if sid:
            end_session(store_of(request), sid)
    response = RedirectResponse("/login", status_code=303)
    response.delete_cookie(SESSION_COOKIE, path="/")
    return response


@public.get("/lang/{code}")
def set_language(request: Request, code: str, next: str = "/") -> Response:
    """Switch the UI language (a preference cookie; changes no data)."""
    if code not in LANGS:
        raise HTTPException(404, f"no language {code}")
    response = RedirectResponse(safe_next(next), status_code=303)
    _set_cookie(request, response, LANG_COOKIE, code, max_age=365 * 24 * 3600)
    return response


# --- documents ------------------------------------------------------------------------


@router.get("/", response_class=HTMLResponse)
def home(
    request: Request,
    user: PageUser,
    q: str = "",
    partnership: str = "",
    page: Annotated[int, Query(ge=1, le=10_000)] = 1,
) -> Response:
    lang = ui_lang(request)

    def body() -> Markup:
        docs = queries.list_documents(
            conn,
            partnership=partnership or None,
            q=q or None,
            limit=queries.PAGE + 1,
            offset=(page - 1) * queries.PAGE,
        )
        more = len(docs) > queries.PAGE
        query = {"q": q, "partnership": partnership}
        context = {
            "docs": docs[: queries.PAGE],
            "q": q,
            "partnership": partnership,
            "partnerships": queries.partnerships(conn),
            "page": page,
            "next_page": "/?" + urlencode({**query, "page": page + 1}) if more else None,
        }
        return fragment(request, "_home_body.html", context, lang)

    with store_of(request).read() as conn:
        html = cached(request, conn, ("home", q, partnership, page, lang), body)
    return render(request, "home.html", {"body": html}, user=user)


@router.get("/documents/{doc}", response_class=HTMLResponse)
def document_page(request: Request, user: PageUser, doc: str) -> Response:
    lang = ui_lang(request)

    def body() -> tuple[str, Markup]:
        view = queries.document_view(conn, doc)
        html = fragment(request, "_document_body.html", {"view": view}, lang)
        return view.info.title or view.info.id, html

    with store_of(request).read() as conn:
        title, html = cached(request, conn, ("document", doc, lang), body)
    return render(request, "document.html", {"title": title, "body": html}, user=user)


# --- programme ------------------------------------------------------------------------


def _partnership_or_default(conn: Any, partnership: str | None) -> str | None:
    return partnership or queries.default_partnership(conn)


@router.get("/programme", response_class=HTMLResponse)
def programme_page(request: Request, user: PageUser, partnership: str = "") -> Response:
    lang = ui_lang(request)

    def body() -> Markup:
        chosen = _partnership_or_default(conn, partnership or None)
        areas = programme_for(conn, user.party, chosen) if chosen else []
        ships = queries.partnerships(conn)
        context = {"areas": areas, "partnership": chosen, "partnerships": ships}
        return fragment(request, "_programme_body.html", context, lang)

    with store_of(request).read() as conn:
        # Progress is scoped by party: the party is part of the key.
        html = cached(request, conn, ("programme", user.party, partnership, lang), body)
    return render(request, "programme.html", {"body": html}, user=user)


@router.get("/commitments/{key}", response_class=HTMLResponse)
def commitment_page(request: Request, user: PageUser, key: str) -> Response:
    def data() -> tuple[Any, list[str]]:
        detail = commitment_for(conn, user.party, key)
        return detail, releasability_choices(conn, user, detail.commitment.key)

    with store_of(request).read() as conn:
        # Both depend on the user's party only (history and membership).
        detail, choices = cached(request, conn, ("commitment", user.party, key), data)
    return render(
        request,
        "commitment.html",
        {"d": detail, "statuses": STATUSES, "releasability_choices": choices},
        user=user,
    )


@router.post("/commitments/{key}/progress")
def progress_form(
    request: Request,
    user: PageUser,
    key: str,
    status: Text,
    evidence: Text,
    csrf_token: CsrfField = "",
    url: OptText = "",
    sentence: OptText = "",
    date: OptText = "",
    releasability: OptText = "partners",
) -> Response:
    check_csrf(user, csrf_token)
    require(user, "editor")
    entry = record_progress(
        store_of(request),
        user,
        key,
        status=status,
        evidence=evidence,
        url=url or None,
        sentence=sentence or None,
        on=date or None,
        releasability=releasability,
    )
    return RedirectResponse(f"/commitments/{entry.commitment}#history", status_code=303)


@router.post("/commitments/{key}/links")
def link_form(
    request: Request,
    user: PageUser,
    key: str,
    act: Text,
    decision: Text,
    csrf_token: CsrfField = "",
) -> Response:
    check_csrf(user, csrf_token)
    require(user, "editor")
    decide_link_for(store_of(request), user, key, act, decision)
    return RedirectResponse(f"/commitments/{key}#links", status_code=303)


@router.get("/export/progress.csv")
def export_progress(request: Request, user: PageUser, partnership: str = "") -> Response:
    """The progress this user may see, as CSV (the same scoping as every page)."""
    from renkei.serve.visibility import visible_history

    with store_of(request).read() as conn:
        history = visible_history(conn, user.party, partnership=partnership or None)
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(
        ["commitment", "date", "status", "evidence", "url", "sentence", "author", "releasability"]
    )
    for key in sorted(history):
        for e in history[key]:
            writer.writerow(
                [
                    key,
                    e.date,
                    e.status,
                    e.evidence,
                    e.url or "",
                    e.sentence or "",
                    e.author,
                    e.releasability,
                ]
            )
    return Response(
        buf.getvalue(),
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": 'attachment; filename="progress.csv"'},
    )


# --- compare, search, charts ------------------------------------------------------------


@router.get("/compare", response_class=HTMLResponse)
def compare_page(
    request: Request, user: PageUser, a: str = "", b: str = "", changes: bool = False
) -> Response:
    lang = ui_lang(request)

    def body() -> Markup:
        report = diff_for(conn, a, b, changes_only=changes) if a and b else None
        choices = queries.list_documents(conn, limit=300)
        context = {"a": a, "b": b, "changes": changes, "report": report, "choices": choices}
        return fragment(request, "_compare_body.html", context, lang)

    with store_of(request).read() as conn:
        html = cached(request, conn, ("compare", a, b, changes, lang), body)
    return render(request, "compare.html", {"body": html}, user=user)


@router.get("/search", response_class=HTMLResponse)
def search_page(
    request: Request,
    user: PageUser,
    q: str = "",
    act: str = "",
    topic: str = "",
    actor: str = "",
    party: str = "",
    lang: str = "",
    date_from: str = "",
    date_to: str = "",
    page: Annotated[int, Query(ge=1, le=10_000)] = 1,
) -> Response:
    sq = queries.SearchQuery(q, act, topic, actor, party, lang, date_from, date_to)
    ui = ui_lang(request)

    def results_html(conn: Any) -> Markup:
        results: list[queries.SentenceInfo] = []
        if conn is not None:
            results = queries.search(
                conn, sq, limit=queries.PAGE + 1, offset=(page - 1) * queries.PAGE
            )
        more = len(results) > queries.PAGE
        params = {k: v for k, v in vars(sq).items() if v and k != "doc"}
        context = {
            "results": results[: queries.PAGE],
            "searched": not sq.is_empty(),
            "next_page": "/search?" + urlencode({**params, "page": page + 1}) if more else None,
        }
        return fragment(request, "_results.html", context, ui)

    if sq.is_empty():
        html = results_html(None)
    else:
        with store_of(request).read() as conn:
            html = cached(request, conn, ("search", sq, page, ui), lambda: results_html(conn))
    if request.headers.get("HX-Request"):
        return HTMLResponse(html)
    context = {"sq": sq, "facets": queries.facet_values(), "results_html": html}
    return render(request, "search.html", context, user=user)


@router.get("/charts", response_class=HTMLResponse)
def charts_page(request: Request, user: PageUser, partnership: str = "") -> Response:
    lang = ui_lang(request)

    def body() -> Markup:
        chosen = _partnership_or_default(conn, partnership or None)
        areas = programme_for(conn, user.party, chosen) if chosen else []
        context = {
            "partnership": chosen,
            "partnerships": queries.partnerships(conn),
            "status_chart": charts.status_by_area(areas),
            "time_chart": charts.statements_over_time(conn, chosen),
            "matrix": charts.stance_matrix(conn, chosen),
        }
        return fragment(request, "_charts_body.html", context, lang)

    with store_of(request).read() as conn:
        # The status chart counts the progress this party may see: party in the key.
        html = cached(request, conn, ("charts", user.party, partnership, lang), body)
    return render(request, "charts.html", {"body": html}, user=user)


# --- upload and audit ---------------------------------------------------------------------


@router.get("/upload", response_class=HTMLResponse)
def upload_form(request: Request, user: PageUser) -> Response:
    require(user, "editor")
    with store_of(request).read() as conn:
        ships = queries.partnerships(conn)
    return render(request, "upload.html", {"partnerships": ships, "result": None}, user=user)


@router.post("/upload", response_class=HTMLResponse)
def upload(
    request: Request,
    user: PageUser,
    file: Annotated[UploadFile, File()],
    csrf_token: CsrfField = "",
    partnership: OptText = "",
    lang: OptText = "",
    parties: OptText = "",
    title: OptText = "",
    date: OptText = "",
    kind: OptText = "",
    translation_of: OptText = "",
) -> Response:
    check_csrf(user, csrf_token)
    require(user, "editor")
    with tempfile.TemporaryDirectory(prefix="renkei-upload-") as tmp:
        result = ingest_upload(
            store_of(request),
            user,
            file.file,
            file.filename or "",
            Path(tmp),
            partnership=partnership,
            lang=lang,
            parties=parties,
            title=title,
            date=date,
            kind=kind,
            translation_of=translation_of,
        )
    with store_of(request).read() as conn:
        ships = queries.partnerships(conn)
    status = 200 if result.status != "failed" else 400
    return render(
        request, "upload.html", {"partnerships": ships, "result": result}, user=user, status=status
    )


@router.get("/audit", response_class=HTMLResponse)
def audit_page(request: Request, user: PageUser) -> Response:
    require(user, "admin")
    with store_of(request).read() as conn:
        entries = audit.entries_for(conn, user.party)
    return render(request, "audit.html", {"entries": entries}, user=user)
