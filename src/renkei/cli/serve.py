"""Web commands: `renkei serve` (the app under uvicorn) and `renkei user` (accounts, tokens)."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from renkei.cli import app, err
from renkei.cli.programme import DbOption, fail, opened
from renkei.errors import RenkeiError

user_app = typer.Typer(help="Web users (party + role) and their API tokens.")
app.add_typer(user_app, name="user")


@app.command()
def serve(
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, help="Port to listen on.")] = 8000,
    db: DbOption = None,
    workers: Annotated[
        int,
        typer.Option(
            min=1,
            max=64,
            help="Server processes (one per CPU core serves the most; they share the store).",
        ),
    ] = 1,
    insecure_cookies: Annotated[
        bool,
        typer.Option(
            "--insecure-cookies",
            help="Session cookies without the Secure flag: only for plain HTTP to a host "
            "other than localhost on a trusted network.",
        ),
    ] = False,
) -> None:
    """Serve the programme, documents and comparisons (web pages and JSON API)."""
    import os

    import uvicorn

    from renkei.serve.app import ENV_DB, ENV_INSECURE, create_app
    from renkei.serve.seed import ensure_seed

    with opened(db) as store:
        try:
            seeded = ensure_seed(store)
        except RenkeiError as exc:
            raise fail(f"could not ingest the seed: {exc}") from None
        if seeded is not None:
            err.print(f"ingested the seed statement: {seeded.doc}", markup=False)
        err.print(f"renkei: http://{host}:{port}/ (create a user: renkei user add)", markup=False)
        if workers == 1:
            application = create_app(store, secure_cookies=not insecure_cookies)
            uvicorn.run(application, host=host, port=port, log_level="warning")
            return
        # Each worker process imports the app factory and opens the store itself.
        os.environ[ENV_DB] = store.url.render_as_string(hide_password=False)
        os.environ[ENV_INSECURE] = "1" if insecure_cookies else "0"
    uvicorn.run(
        "renkei.serve.app:app_from_env",
        factory=True,
        workers=workers,
        host=host,
        port=port,
        log_level="warning",
    )


def _read_password(stdin: bool) -> str:
    if stdin:
        return sys.stdin.readline().rstrip("\r\n")
    return str(typer.prompt("Password", hide_input=True, confirmation_prompt=True))


@user_app.command("add")
def user_add(
    name: Annotated[str, typer.Argument(help="User name.")],
    party: Annotated[str, typer.Option(help="The user's party code, e.g. JPN or NATO.")],
    role: Annotated[str, typer.Option(help="viewer | editor | admin")] = "viewer",
    password_stdin: Annotated[
        bool, typer.Option("--password-stdin", help="Read the password from standard input.")
    ] = False,
    db: DbOption = None,
) -> None:
    """Create a web user who belongs to a party, with a role."""
    from renkei.serve import audit
    from renkei.serve.auth import add_user

    password = _read_password(password_stdin)
    with opened(db) as store:
        add_user(store, name, password, party=party, role=role)
        audit.record(
            store,
            actor="cli",
            party=None,
            action="user.add",
            target=name,
            detail={"party": party.upper(), "role": role},
        )
    err.print(f"user {name} added ({party.upper()}, {role})", markup=False)


@user_app.command("token")
def user_token(
    name: Annotated[str, typer.Argument(help="User name.")],
    label: Annotated[str, typer.Option(help="What the token is for.")] = "api",
    db: DbOption = None,
) -> None:
    """Create an API token for a user and print it (it is shown only once)."""
    from renkei.serve import audit
    from renkei.serve.auth import create_token

    with opened(db) as store:
        token = create_token(store, name, label)
        audit.record(
            store,
            actor="cli",
            party=None,
            action="token.create",
            target=name,
            detail={"label": label},
        )
    sys.stdout.write(token + "\n")
