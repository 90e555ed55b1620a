"""Who is asking, and may they: principals, roles, CSRF. Deny by default.

A request is authenticated by an API token (`Authorization: Bearer rk_...`)
or by the session cookie. Every route outside `PUBLIC_PATHS` depends on
`page_user` or `api_user`, which refuse anonymous requests; a test walks the
app's routes to hold that line.
"""

from __future__ import annotations

import secrets
from typing import Annotated

from fastapi import Depends, HTTPException, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from renkei.serve.auth import Principal, principal_for_session, principal_for_token
from renkei.store.engine import Store

SESSION_COOKIE = "renkei_session"
LANG_COOKIE = "renkei_lang"
LOGIN_CSRF_COOKIE = "renkei_login_csrf"
CSRF_FIELD = "csrf_token"
CSRF_HEADER = "X-CSRF-Token"
PUBLIC_PATHS = frozenset({"/login", "/healthz", "/openapi.json", "/lang/{code}", "/static"})

bearer = HTTPBearer(auto_error=False, description="An API token from `renkei user token NAME`.")


class LoginRequired(Exception):
    """A page asked for without a session: the handler redirects to the login form."""

    def __init__(self, next_path: str) -> None:
        super().__init__(next_path)
        self.next_path = next_path


def store_of(request: Request) -> Store:
    store: Store = request.app.state.store
    return store


def _resolve(request: Request, token: str | None) -> Principal | None:
    store = store_of(request)
    with store.read() as conn:
        if token is not None:
            # A bad token is a failed authentication, not a fall-back to the cookie.
            return principal_for_token(conn, token)
        sid = request.cookies.get(SESSION_COOKIE)
        return principal_for_session(conn, sid) if sid else None


def principal(
    request: Request,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)],
) -> Principal | None:
    if not hasattr(request.state, "principal"):
        token = credentials.credentials if credentials is not None else None
        request.state.principal = _resolve(request, token)
    found: Principal | None = request.state.principal
    return found


# No I/O in these two: async, so FastAPI does not send them to the thread pool.
async def page_user(
    p: Annotated[Principal | None, Depends(principal)], request: Request
) -> Principal:
    if p is None:
        path = request.url.path
        if request.url.query:
            path += "?" + request.url.query
        raise LoginRequired(path)
    return p


async def api_user(p: Annotated[Principal | None, Depends(principal)]) -> Principal:
    if p is None:
        raise HTTPException(
            401, "sign in or send an API token", headers={"WWW-Authenticate": "Bearer"}
        )
    return p


PageUser = Annotated[Principal, Depends(page_user)]
ApiUser = Annotated[Principal, Depends(api_user)]


def require(p: Principal, role: str) -> None:
    if not p.can(role):
        raise HTTPException(403, f"needs the {role} role")


def check_csrf(p: Principal, sent: str | None) -> None:
    """A write authenticated by the session cookie must carry the session's CSRF token.

    Writes with an API token need none: a browser never attaches the token by itself.
    """
    if p.csrf is None:
        return
    if not sent or not secrets.compare_digest(sent, p.csrf):
        raise HTTPException(403, "missing or wrong CSRF token; reload the page")


def safe_next(value: str | None) -> str:
    """A local path to go back to (never another site: no open redirect)."""
    if value and value.startswith("/") and not value.startswith("//") and "\\" not in value:
        return value
    return "/"
