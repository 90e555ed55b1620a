"""Store and programme commands: ingest, programme, commitment, track, link, diff, export, import.

A thin layer over `renkei.store` and `renkei.track`. Every command takes
`--db PATH`; errors a user can fix are one line on stderr and exit status 1.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table

from renkei.cli import app, err, print_error
from renkei.errors import RenkeiError
from renkei.store.engine import Store, open_store

if TYPE_CHECKING:
    from renkei.track.diff import DiffEntry, Side
    from renkei.track.programme import AreaView

out = Console(highlight=False, soft_wrap=False)

DbOption = Annotated[
    str | None,
    typer.Option(
        "--db",
        help="Store: a SQLite file or a database URL. Default: $RENKEI_DATABASE_URL, "
        "else renkei.db in the user data directory.",
    ),
]
PartnershipOption = Annotated[
    str | None, typer.Option("--partnership", "-p", help="Partnership id, e.g. japan-nato.")
]
AudienceOption = Annotated[
    str | None,
    typer.Option(
        "--audience",
        help="Show only progress releasable to: public, partners or a party code.",
    ),
]


class Format(StrEnum):
    table = "table"
    json = "json"
    markdown = "markdown"


FormatOption = Annotated[Format, typer.Option("--format", "-f", help="Output format.")]


def fail(message: str) -> typer.Exit:
    print_error(message)
    return typer.Exit(1)


@contextmanager
def opened(db: str | None) -> Iterator[Store]:
    """The store, with renkei errors turned into one line on stderr."""
    store: Store | None = None
    try:
        store = open_store(db)
        yield store
    except RenkeiError as exc:
        raise fail(str(exc)) from None
    finally:
        if store is not None:
            store.close()


def emit_json(value: object) -> None:
    sys.stdout.write(json.dumps(value, ensure_ascii=False, indent=2) + "\n")


def emit_text(text: str) -> None:
    sys.stdout.write(text)


# --- ingest ------------------------------------------------------------------


@app.command()
def ingest(
    files: Annotated[list[Path], typer.Argument(help="Files to read, code and store.")],
    partnership: PartnershipOption = None,
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=1, help="Worker processes.")] = 1,
    lang: Annotated[str | None, typer.Option(help="Language (ja|en), if not detected.")] = None,
    parties: Annotated[
        str | None, typer.Option(help="Parties of the documents, comma-separated: JPN,NATO.")
    ] = None,
    title: Annotated[str | None, typer.Option(help="Override the stated title.")] = None,
    date: Annotated[str | None, typer.Option(help="Override the stated date (YYYY-MM-DD).")] = None,
    kind: Annotated[
        str | None, typer.Option(help="Override the kind (joint_statement, ...).")
    ] = None,
    translation_of: Annotated[
        str | None,
        typer.Option(help="These files translate this stored document (id or path)."),
    ] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No summary line.")] = False,
    db: DbOption = None,
) -> None:
    """Read, code and store documents (idempotent; one transaction per document)."""
    from renkei.store.ingest import IngestOptions, IngestResult, coder_from_env, ingest_paths
    from renkei.track.progress import check_date

    try:
        options = IngestOptions(
            partnership=partnership,
            lang=lang,
            parties=tuple(p.strip().upper() for p in parties.split(",") if p.strip())
            if parties
            else None,
            title=title,
            date=check_date(date) if date else None,
            kind=kind,
            translation_of=translation_of,
        )
        coder, coder_version = coder_from_env()
    except RenkeiError as exc:
        raise fail(str(exc)) from None
    paths = [str(f) for f in files]
    with opened(db) as store:
        progress = Progress(
            TextColumn("ingest"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeRemainingColumn(),
            console=err,
            transient=True,
            disable=len(paths) < 2,
        )

        def on_result(result: IngestResult) -> None:
            progress.advance(task)
            if result.status == "failed":
                progress.console.print(
                    f"renkei: {result.path}: {result.message}", markup=False, soft_wrap=True
                )

        with progress:
            task = progress.add_task("ingest", total=len(paths))
            report = ingest_paths(
                store,
                paths,
                options,
                jobs=jobs,
                coder=coder,
                coder_version=coder_version,
                on_result=on_result,
            )
    if not quiet:
        err.print(
            f"{report.count('stored')} stored, {report.count('recoded')} re-coded, "
            f"{report.count('unchanged')} unchanged, {report.count('failed')} failed",
            markup=False,
        )
    if report.failed:
        raise typer.Exit(1)


# --- programme and commitments -----------------------------------------------

RESTATED_SHOWN = 3  # latest restatements listed per commitment in the table
STATUS_STYLE = {
    "not_started": "dim",
    "limited": "yellow",
    "substantial": "cyan",
    "complete": "green",
    "withdrawn": "red",
}


@app.command("programme")
def programme_cmd(
    partnership: PartnershipOption = None,
    fmt: FormatOption = Format.table,
    audience: AudienceOption = None,
    all_: Annotated[
        bool, typer.Option("--all", help="Include commitments no longer coded as such.")
    ] = False,
    limit: Annotated[
        int, typer.Option("--limit", min=0, help="Latest commitments shown per area; 0: all.")
    ] = 10,
    db: DbOption = None,
) -> None:
    """Areas -> commitments, with status, last evidence and the documents citing them."""
    from renkei.track.programme import programme
    from renkei.track.report import programme_json, programme_markdown

    with opened(db) as store, store.read() as conn:
        areas = programme(
            conn, partnership, audience=audience, include_inactive=all_, per_area=limit or None
        )
    if fmt is Format.json:
        emit_json(programme_json(partnership, areas))
        return
    if fmt is Format.markdown:
        emit_text(programme_markdown(partnership, areas))
        return
    if not areas:
        err.print("no commitments stored" + (f" for {partnership}" if partnership else ""))
        return
    out.print(_overview(partnership, areas))
    for area in areas:
        out.print(_area_table(area, out.width))


def _overview(partnership: str | None, areas: list[AreaView]) -> Table:
    """One row per area: how many commitments, by status, and the latest one's date."""
    from renkei.track.report import STATUS_LABEL

    total = sum(a.total for a in areas)
    shown = sum(len(a.commitments) for a in areas)
    title = f"programme: {partnership or 'all partnerships'} · {total:,} commitments"
    if shown < total:
        title += f" (latest {shown:,} listed below; --limit 0 for all)"
    table = Table(title=title, title_justify="left")
    table.add_column("area", no_wrap=True)
    table.add_column("commitments", justify="right")
    table.add_column("in progress or done")
    table.add_column("latest", no_wrap=True)
    for a in areas:
        latest = a.commitments[-1].made_in.date if a.commitments else None
        tracked = ", ".join(
            f"[{STATUS_STYLE[s]}]{n:,} {label}[/]"
            for s, label in STATUS_LABEL.items()
            if s != "not_started" and (n := a.statuses.get(s, 0))
        )
        table.add_row(a.area.replace("_", " "), f"{a.total:,}", tracked or "-", latest or "-")
    return table


def _area_table(area: AreaView, width: int) -> Table:
    """The area's listed commitments, one short row each: `renkei commitment KEY` has
    the whole text, every citation and the history."""
    from renkei.track.report import STATUS_LABEL

    title = area.area.replace("_", " ")
    if area.total > len(area.commitments):
        title += f"  (latest {len(area.commitments)} of {area.total:,})"
    # Fixed column widths: letting Rich measure every cell to share out the
    # width costs more than the rest of the command on a large store. Long
    # sentences are clipped; `renkei commitment KEY` and --format json have them whole.
    room = max(width - 13, 40)  # borders and padding
    status_width = 11
    table = Table(title=title, title_justify="left")
    table.add_column("commitment", width=room * 4 // 10)
    table.add_column("status", width=status_width)
    table.add_column("last evidence", width=room * 2 // 10)
    table.add_column("made / restated in", width=room - status_width - room * 6 // 10)
    for c in area.commitments:
        style = STATUS_STYLE.get(c.status, "")
        status = STATUS_LABEL.get(c.status, c.status)
        if c.status_date:
            status += f"\n{c.status_date}"
        cites = [f"made {c.made_in.date or 'undated'}"]
        cites += [f"↻ {r.ref} ({r.date or '?'})" for r in c.restated_in[-RESTATED_SHOWN:]]
        if len(c.restated_in) > RESTATED_SHOWN:
            cites.insert(1, f"↻ … {len(c.restated_in) - RESTATED_SHOWN} earlier")
        if c.proposed_links:
            cites.append(f"[dim]{c.proposed_links} proposed link(s)[/dim]")
        table.add_row(
            f"[bold]{c.key}[/bold]\n{_esc(_clip(c.made_in.text))}",
            f"[{style}]{status}[/{style}]" if style else status,
            _esc(_clip(c.last_evidence or "-")),
            "\n".join(cites),
        )
    return table


def _clip(text: str, limit: int = 200) -> str:
    """A sentence cut to about `limit` characters at a word (or, in Japanese, anywhere)."""
    if len(text) <= limit:
        return text
    cut = text[:limit]
    space = cut.rfind(" ")
    return (cut[:space] if space > limit // 2 else cut).rstrip(" ,;、") + " …"


def _esc(text: str) -> str:
    from rich.markup import escape

    return escape(text)


@app.command("commitment")
def commitment_cmd(
    commitment: Annotated[str, typer.Argument(help="Commitment key (DOC:SID:N) or DOC:SID.")],
    fmt: FormatOption = Format.table,
    audience: AudienceOption = None,
    db: DbOption = None,
) -> None:
    """One commitment: its text, citations and append-only progress history."""
    from renkei.track.programme import commitment_detail
    from renkei.track.report import as_json, commitment_markdown

    with opened(db) as store, store.read() as conn:
        detail = commitment_detail(conn, commitment, audience=audience)
    if fmt is Format.json:
        emit_json(as_json(detail))
        return
    if fmt is Format.markdown:
        emit_text(commitment_markdown(detail))
        return
    c = detail.commitment
    out.print(f"[bold]{c.key}[/bold]  {c.area.replace('_', ' ')} · {c.act}")
    out.print(_esc(c.made_in.text))
    for r in c.restated_in:
        out.print(f"  ↻ {r.ref} ({r.date or '?'}): {_esc(r.text)}")
    table = Table(title="history", title_justify="left")
    for col in ("date", "status", "evidence", "source", "author", "releasability"):
        table.add_column(col)
    for e in detail.history:
        source = "\n".join(x for x in (e.url, e.sentence) if x) or "-"
        table.add_row(e.date, e.status, _esc(e.evidence), _esc(source), e.author, e.releasability)
    if detail.history:
        out.print(table)
    else:
        out.print("[dim]no progress recorded[/dim]")
    proposed = [link for link in detail.links if link.state == "proposed"]
    if proposed:
        out.print(f"{len(proposed)} proposed link(s): renkei link list --commitment {c.key}")


@app.command()
def track(
    commitment: Annotated[str, typer.Argument(help="Commitment key (DOC:SID:N) or DOC:SID.")],
    status: Annotated[
        str, typer.Option(help="not_started | limited | substantial | complete | withdrawn")
    ],
    evidence: Annotated[str, typer.Option(help="What shows this status.")],
    url: Annotated[str | None, typer.Option(help="Where the evidence is published.")] = None,
    sentence: Annotated[
        str | None, typer.Option(help="A stored sentence as evidence: DOC:SID.")
    ] = None,
    date: Annotated[str | None, typer.Option(help="Date of the progress (default today).")] = None,
    author: Annotated[str | None, typer.Option(help="Default: $RENKEI_AUTHOR or login.")] = None,
    releasability: Annotated[
        str, typer.Option(help="public | partners | a party code (e.g. JPN).")
    ] = "partners",
    db: DbOption = None,
) -> None:
    """Append a dated progress entry to a commitment's history."""
    from renkei.track.progress import add_progress

    with opened(db) as store:
        entry = add_progress(
            store,
            commitment,
            status=status,
            evidence=evidence,
            url=url,
            sentence=sentence,
            on=date,
            author=author,
            releasability=releasability,
        )
    err.print(
        f"{entry.commitment}: {entry.status} on {entry.date} (entry {entry.id})", markup=False
    )


# --- links -----------------------------------------------------------------

link_app = typer.Typer(help="Links from commitments to later acts that restate them.")
app.add_typer(link_app, name="link")


@link_app.command("list")
def link_list(
    commitment: Annotated[str | None, typer.Option(help="Only this commitment.")] = None,
    state: Annotated[
        str | None, typer.Option(help="proposed | accepted | rejected (default: all).")
    ] = None,
    partnership: PartnershipOption = None,
    fmt: FormatOption = Format.table,
    db: DbOption = None,
) -> None:
    """List links, best proposals first."""
    from renkei.store.refs import resolve_commitment
    from renkei.track.links import list_links
    from renkei.track.report import as_json

    with opened(db) as store, store.read() as conn:
        key = resolve_commitment(conn, commitment) if commitment else None
        links = list_links(conn, commitment=key, state=state, partnership=partnership)
    if fmt is Format.json:
        emit_json([{**as_json(link), "ref": link.ref} for link in links])
        return
    if fmt is Format.markdown:
        lines = ["| commitment | act | state | score | text |", "|---|---|---|---|---|"]
        lines += [
            f"| {x.commitment} | {x.ref} | {x.state} | {x.score:.2f} | {x.text} |" for x in links
        ]
        emit_text("\n".join(lines) + "\n")
        return
    table = Table()
    for col in ("commitment", "act", "kind", "state", "score", "text"):
        table.add_column(col)
    for x in links:
        table.add_row(x.commitment, x.ref, x.kind, x.state, f"{x.score:.2f}", _esc(x.text))
    out.print(table)


def _decide(commitment: str, act: str, state: str, author: str | None, db: str | None) -> None:
    from renkei.store.refs import resolve_act, resolve_commitment
    from renkei.track.links import decide_link
    from renkei.track.progress import default_author

    with opened(db) as store:
        with store.read() as conn:
            key = resolve_commitment(conn, commitment)
            doc, sid, idx = resolve_act(conn, act)
        decide_link(store, key, doc, sid, idx, state, author or default_author())  # type: ignore[arg-type]
    err.print(f"{key} <- {doc}:{sid}:{idx + 1}: {state}", markup=False)


CommitmentArg = Annotated[str, typer.Argument(help="Commitment key (DOC:SID:N).")]
ActArg = Annotated[str, typer.Argument(help="The restating act: DOC:SID:N (or DOC:SID).")]
AuthorOption = Annotated[str | None, typer.Option(help="Default: $RENKEI_AUTHOR or login.")]


@link_app.command("accept")
def link_accept(
    commitment: CommitmentArg, act: ActArg, author: AuthorOption = None, db: DbOption = None
) -> None:
    """Confirm that an act restates or reports on a commitment."""
    _decide(commitment, act, "accepted", author, db)


@link_app.command("reject")
def link_reject(
    commitment: CommitmentArg, act: ActArg, author: AuthorOption = None, db: DbOption = None
) -> None:
    """Reject a proposed link."""
    _decide(commitment, act, "rejected", author, db)


# --- diff ----------------------------------------------------------------------

CHANGE_STYLE = {
    "kept": "dim",
    "new": "green",
    "dropped": "red",
    "hardened": "bold magenta",
    "softened": "yellow",
}


@app.command()
def diff(
    a: Annotated[str, typer.Argument(help="Earlier document: id, path or date.")],
    b: Annotated[str, typer.Argument(help="Later document: id, path or date.")],
    partnership: PartnershipOption = None,
    fmt: FormatOption = Format.table,
    changes_only: Annotated[
        bool, typer.Option("--changes", help="Leave out what is kept unchanged.")
    ] = False,
    db: DbOption = None,
) -> None:
    """What B keeps, adds, drops, hardens and softens of A, per topic, with citations."""
    import dataclasses

    from renkei.store.refs import resolve_document
    from renkei.track.diff import diff_documents
    from renkei.track.report import diff_json, diff_markdown

    with opened(db) as store, store.read() as conn:
        try:
            doc_a = resolve_document(conn, a, partnership)
            doc_b = resolve_document(conn, b, partnership)
        except RenkeiError as exc:
            raise fail(str(exc)) from None
        report = diff_documents(conn, doc_a, doc_b)
    if changes_only:
        report = dataclasses.replace(
            report, entries=tuple(e for e in report.entries if e.change != "kept")
        )
    if fmt is Format.json:
        emit_json(diff_json(report))
        return
    if fmt is Format.markdown:
        emit_text(diff_markdown(report))
        return
    counts = ", ".join(f"{n} {k}" for k, n in report.counts().items())
    out.print(f"[bold]{doc_a}[/bold] -> [bold]{doc_b}[/bold]: {counts}")
    changed = [e for e in report.entries if e.change != "kept"]
    if changed:
        out.print(_changes_table(changed))
    kept = [e for e in report.entries if e.change == "kept"]
    if kept:
        # One plain line per kept act: what is unchanged is listed, not laid out, so a
        # long comparison prints at once (texts: --format markdown|json).
        lines = [f"kept ({len(kept)}):"] + [
            f"  {e.topic.replace('_', ' ')}: {_cite(e.a)} -> {_cite(e.b)}" for e in kept
        ]
        out.print("\n".join(lines), markup=False, highlight=False, soft_wrap=True)


def _changes_table(entries: list[DiffEntry]) -> Table:
    """New, dropped, hardened and softened acts with both citations and sentences."""
    topic_width = max(len(e.topic) for e in entries)
    side_width = max((out.width - topic_width - 10 - 13) // 2, 20)  # change, borders
    table = Table()  # fixed widths: see _area_table
    table.add_column("topic", width=topic_width)
    table.add_column("change", width=10)
    table.add_column("A", width=side_width)
    table.add_column("B", width=side_width)
    for e in entries:
        style = CHANGE_STYLE[e.change]
        table.add_row(
            e.topic.replace("_", " "),
            f"[{style}]{e.change}[/{style}]",
            _side_cell(e.a),
            _side_cell(e.b),
        )
    return table


def _cite(side: Side | None) -> str:
    if side is None:
        return "-"
    mark = "!" * side.intensity + (" ⚑" if side.commitment else "")
    return f"{side.ref} {side.act}{mark}"


def _side_cell(side: Side | None) -> str:
    """An act's citation and its sentence (clipped; whole in --format markdown|json)."""
    if side is None:
        return "-"
    return f"[bold]{_esc(_cite(side))}[/bold]\n{_esc(_clip(side.text, 300))}"


# --- export / import ---------------------------------------------------------------


@app.command("export")
def export_cmd(
    out_dir: Annotated[Path, typer.Option("--out", help="Directory to write.")],
    csv: Annotated[bool, typer.Option("--csv", help="Also write one CSV per table.")] = False,
    db: DbOption = None,
) -> None:
    """The whole store as JSON Lines, one file per table (plus CSV on request)."""
    from renkei.store.exchange import export_store

    with opened(db) as store:
        result = export_store(store, out_dir, with_csv=csv)
    total = sum(result.counts.values())
    err.print(f"exported {total} rows in {len(result.counts)} tables to {out_dir}", markup=False)


@app.command("import")
def import_cmd(
    src: Annotated[Path, typer.Argument(help="A directory written by `renkei export`.")],
    db: DbOption = None,
) -> None:
    """Load an export into an empty store."""
    from renkei.store.exchange import import_store

    with opened(db) as store:
        result = import_store(store, src)
    total = sum(result.counts.values())
    err.print(f"imported {total} rows in {len(result.counts)} tables", markup=False)
