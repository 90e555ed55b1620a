"""The FastAPI application: pages, JSON API, static files, error handling, headers.

`create_app(store)` is all a caller needs; `renkei serve` runs it under uvicorn
(`app_from_env` is the factory its worker processes import). Handlers are plain
functions (not async): the store is synchronous SQLAlchemy, and FastAPI runs
such handlers in its thread pool, so slow queries do not block the event loop.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from fastapi import FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.datastructures import MutableHeaders
from starlette.templating import Jinja2Templates
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from renkei.errors import NotFoundError, RenkeiError
from renkei.serve.auth import StoreRateLimiter
from renkei.serve.cache import ViewCache
from renkei.serve.deps import LoginRequired
from renkei.store.engine import Store, open_store

HERE = Path(__file__).parent

# Scripts and styles only from this server: markup that slips into a
# statement could not run even if escaping ever failed.
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
)


# Environment of `renkei serve`'s worker processes (read by `app_from_env`).
ENV_DB = "RENKEI_SERVE_DATABASE_URL"
ENV_INSECURE = "RENKEI_SERVE_INSECURE_COOKIES"

_HEADERS = (
    ("Content-Security-Policy", CSP),
    ("X-Content-Type-Options", "nosniff"),
    ("Referrer-Policy", "same-origin"),
    ("X-Frame-Options", "DENY"),
)


class _SecurityHeaders:
    """The headers above on every response (plain ASGI: no per-request task or copy)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path = scope["path"]
        no_store = path != "/healthz" and not path.startswith("/static")

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in _HEADERS:
                    headers.setdefault(name, value)
                if no_store:
                    headers.setdefault("Cache-Control", "no-store")
            await send(message)

        await self.app(scope, receive, send_with_headers)


def _templates() -> Jinja2Templates:
    templates = Jinja2Templates(directory=str(HERE / "templates"))
    # Autoescape every template, whatever its name (SVG fragments included).
    templates.env.autoescape = True
    return templates


def _is_api(request: Request) -> bool:
    return request.url.path.startswith("/api/")


def _error(request: Request, status: int, message: str) -> Response:
    if _is_api(request) or request.headers.get("accept", "").startswith("application/json"):
        return JSONResponse({"detail": message}, status_code=status)
    from renkei.serve.pages import render_error

    return render_error(request, status, message)


def _install_handlers(app: FastAPI) -> None:
    @app.exception_handler(LoginRequired)
    def _login(request: Request, exc: LoginRequired) -> Response:
        from urllib.parse import quote

        if request.headers.get("HX-Request"):
            # HTMX follows redirects inside the page; tell it to load the login page.
            return Response(status_code=401, headers={"HX-Redirect": "/login"})
        return RedirectResponse("/login?next=" + quote(exc.next_path, safe=""), status_code=303)

    @app.exception_handler(HTTPException)
    def _http(request: Request, exc: HTTPException) -> Response:
        response = _error(request, exc.status_code, str(exc.detail))
        for k, v in (exc.headers or {}).items():
            response.headers[k] = v
        return response

    @app.exception_handler(NotFoundError)
    def _not_found(request: Request, exc: NotFoundError) -> Response:
        return _error(request, 404, str(exc))

    @app.exception_handler(RenkeiError)
    def _bad_input(request: Request, exc: RenkeiError) -> Response:
        return _error(request, 400, str(exc))

    @app.exception_handler(RequestValidationError)
    def _invalid(request: Request, exc: RequestValidationError) -> Response:
        if _is_api(request):
            return JSONResponse({"detail": _jsonable(exc.errors())}, status_code=422)
        return _error(request, 422, "invalid input: " + "; ".join(_messages(exc)))


def _messages(exc: RequestValidationError) -> list[str]:
    return [
        f"{'.'.join(str(x) for x in e.get('loc', ()))}: {e.get('msg', '')}" for e in exc.errors()
    ]


def _jsonable(errors: Any) -> Any:
    from fastapi.encoders import jsonable_encoder

    return jsonable_encoder(errors, custom_encoder={BaseException: str})


def create_app(store: Store, *, secure_cookies: bool = True, login_limit: int = 5) -> FastAPI:
    """The web app over an open store. `secure_cookies=False` only for plain HTTP
    from another host in a trusted network (browsers send Secure cookies to localhost)."""
    from renkei.serve import api, pages

    app = FastAPI(
        title="renkei",
        summary="Partnership statements coded into cited records, and the programme of "
        "cooperation they make. Progress is scoped to the caller's party.",
        version=_version(),
        docs_url=None,  # Swagger UI loads scripts from a CDN; /openapi.json is the spec
        redoc_url=None,
    )
    app.state.store = store
    app.state.templates = _templates()
    app.state.secure_cookies = secure_cookies
    # In the store, not in memory: shared by every worker process.
    app.state.login_limiter = StoreRateLimiter(store, limit=login_limit)
    app.state.views = ViewCache()
    app.add_middleware(_SecurityHeaders)
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")
    app.include_router(pages.public)
    app.include_router(pages.router)
    app.include_router(api.router)
    app.include_router(api.health)
    _install_handlers(app)
    return app


def app_from_env() -> FastAPI:
    """The app of one `renkei serve --workers N` process: the store named by the
    serve command (in the environment), opened by this process."""
    store = open_store(os.environ[ENV_DB])
    return create_app(store, secure_cookies=os.environ.get(ENV_INSECURE) != "1")


def _version() -> str:
    import renkei

    return renkei.__version__
