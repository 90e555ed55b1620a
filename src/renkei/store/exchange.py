"""Export the whole store as JSON Lines (one file per table), and import it back.

Rows are written in primary-key order with columns in schema order and list
fields as JSON arrays, so export -> import into an empty store -> export gives
byte-identical files. `manifest.json` records the schema revision and counts.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from renkei.errors import StoreError
from renkei.store import schema as t
from renkei.store.engine import Store, current_revision
from renkei.store.rows import dump_list

FORMAT = "renkei-export"
FORMAT_VERSION = 1
BATCH = 2000


@dataclass(frozen=True)
class ExchangeResult:
    directory: Path
    counts: dict[str, int]


def _encode(table: sa.Table, row: sa.RowMapping) -> dict[str, Any]:
    lists = t.JSON_LIST_COLUMNS.get(table.name, ())
    out: dict[str, Any] = {}
    for col in table.columns:
        value = row[col.name]
        if col.name in lists:
            value = json.loads(value) if value else []
        elif isinstance(col.type, sa.Boolean) and value is not None:
            value = bool(value)
        out[col.name] = value
    return out


def _decode(table: sa.Table, record: dict[str, Any], lineno: int) -> dict[str, Any]:
    names = {c.name for c in table.columns}
    unknown = set(record) - names
    if unknown:
        raise StoreError(f"{table.name}.jsonl line {lineno}: unknown fields {sorted(unknown)}")
    lists = t.JSON_LIST_COLUMNS.get(table.name, ())
    row = {}
    for name in names:
        value = record.get(name)
        if name in lists:
            value = dump_list(value or [])
        row[name] = value
    return row


def _rows(conn: sa.Connection, table: sa.Table) -> Iterator[dict[str, Any]]:
    stmt = sa.select(table).order_by(*table.primary_key.columns)
    result = conn.execution_options(yield_per=BATCH).execute(stmt)
    for row in result.mappings():
        yield _encode(table, row)


def export_store(store: Store, out: Path, *, with_csv: bool = False) -> ExchangeResult:
    """Write `<table>.jsonl` (and `<table>.csv` on request) for every table, plus a manifest."""
    out.mkdir(parents=True, exist_ok=True)
    counts: dict[str, int] = {}
    with store.read() as conn:
        for table in t.TABLES:
            counts[table.name] = _export_table(conn, table, out, with_csv)
        revision = current_revision(store.engine)
    manifest = {
        "format": FORMAT,
        "version": FORMAT_VERSION,
        "schema_revision": revision,
        "tables": counts,
    }
    (out / "manifest.json").write_text(
        json.dumps(manifest, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    return ExchangeResult(out, counts)


def _export_table(conn: sa.Connection, table: sa.Table, out: Path, with_csv: bool) -> int:
    n = 0
    columns = [c.name for c in table.columns]
    jsonl = (out / f"{table.name}.jsonl").open("w", encoding="utf-8", newline="\n")
    csv_fh = (
        (out / f"{table.name}.csv").open("w", encoding="utf-8", newline="") if with_csv else None
    )
    writer = csv.writer(csv_fh) if csv_fh else None
    try:
        if writer:
            writer.writerow(columns)
        for record in _rows(conn, table):
            jsonl.write(json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n")
            if writer:
                writer.writerow(
                    json.dumps(v, ensure_ascii=False) if isinstance(v, list) else v
                    for v in record.values()
                )
            n += 1
    finally:
        jsonl.close()
        if csv_fh:
            csv_fh.close()
    return n


def _records(path: Path, table: sa.Table) -> Iterator[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise StoreError(f"{path.name} line {lineno}: not JSON ({exc.msg})") from exc
            if not isinstance(record, dict):
                raise StoreError(f"{path.name} line {lineno}: not a JSON object")
            yield _decode(table, record, lineno)


def _is_empty(conn: sa.Connection) -> bool:
    return all(
        conn.execute(sa.select(sa.literal(1)).select_from(table).limit(1)).first() is None
        for table in t.TABLES
    )


def _batches(items: Iterator[dict[str, Any]]) -> Iterator[list[dict[str, Any]]]:
    while batch := list(islice(items, BATCH)):
        yield batch


def import_store(store: Store, src: Path) -> ExchangeResult:
    """Load an export into an empty store, in one transaction (all or nothing)."""
    if not src.is_dir():
        raise StoreError(f"{src}: not a directory")
    manifest_path = src / "manifest.json"
    if manifest_path.exists():
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
        if manifest.get("format") != FORMAT:
            raise StoreError(f"{src}: not a renkei export")
    elif not (src / "documents.jsonl").exists():
        raise StoreError(f"{src}: no documents.jsonl or manifest.json; not a renkei export")
    counts: dict[str, int] = {}
    with store.write() as conn:
        if not _is_empty(conn):
            raise StoreError("the store is not empty; import into a new store (--db PATH)")
        for table in t.TABLES:
            path = src / f"{table.name}.jsonl"
            counts[table.name] = 0
            if not path.exists():
                continue
            records: Iterator[dict[str, Any]] = _records(path, table)
            if table is t.documents:
                # originals before their translations (self-reference)
                records = iter(sorted(records, key=lambda r: r["translation_of"] is not None))
            for batch in _batches(records):
                try:
                    conn.execute(table.insert(), batch)
                except sa.exc.IntegrityError as exc:
                    raise StoreError(f"{path.name}: rows that do not fit: {exc.orig}") from exc
                counts[table.name] += len(batch)
        if conn.dialect.name == "postgresql":
            # explicit ids were inserted: move the sequence past them
            conn.execute(
                sa.text(
                    "SELECT setval(pg_get_serial_sequence('progress', 'id'), "
                    "COALESCE((SELECT MAX(id) FROM progress), 0) + 1, false)"
                )
            )
    return ExchangeResult(src, counts)
