"""Alembic environment: migrate the connection handed over by `renkei.store.engine`.

`alembic -x url=...` from a shell works too (for writing new revisions).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import context

from renkei.store.schema import metadata


def _run(connection: sa.Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=metadata,
        render_as_batch=True,  # SQLite alters tables by copy
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def main() -> None:
    connection = context.config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    url = context.get_x_argument(as_dictionary=True).get("url") or context.config.get_main_option(
        "sqlalchemy.url"
    )
    if not url:
        raise SystemExit("no database: pass -x url=...")
    engine = sa.create_engine(url)
    with engine.begin() as conn:
        _run(conn)


main()
