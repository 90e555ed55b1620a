"""The `renkei` command: a thin Typer layer over the library.

Each command group lives in its own module and registers itself on `app`;
errors derived from `RenkeiError` become one line on stderr and exit 1.
"""

from __future__ import annotations

import typer
from rich.console import Console

err = Console(stderr=True, highlight=False)


def print_error(message: str) -> None:
    """One line on stderr, no traceback; the message is printed as is, never as markup."""
    err.print(f"renkei: {message}", markup=False, soft_wrap=True)


app = typer.Typer(
    name="renkei",
    help="Read, code and track partnership statements (Japanese and English).",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

# Command modules register on import; keep this list the single place they are named.
from renkei.cli import (  # noqa: E402
    coding,  # noqa: F401
    programme,  # noqa: F401
    serve,  # noqa: F401
)
