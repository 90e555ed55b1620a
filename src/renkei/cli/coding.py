"""`renkei code`, `renkei eval` and `renkei learn`: code statements, score codings against
gold, learn the topic and commitment weights from gold."""

from __future__ import annotations

import csv
import sys
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from renkei import render
from renkei.cli import app, print_error
from renkei.errors import RenkeiError
from renkei.evaluate import FIELDS, load_records, score
from renkei.models import CodedDocument, Lang


def _parties(value: str | None) -> list[str] | None:
    return [p for p in value.split(",") if p.strip()] if value else None


def _lang(value: str) -> Lang | None:
    if value not in ("ja", "en", "auto"):
        raise typer.BadParameter("use ja, en or auto")
    return None if value == "auto" else value  # type: ignore[return-value]


@app.command("code")
def code_command(
    files: Annotated[
        list[Path] | None,
        typer.Argument(
            help="Statements (.txt in any common Japanese encoding, .pdf, .html); "
            "none: the bundled seed."
        ),
    ] = None,
    format: Annotated[
        str, typer.Option("--format", "-f", help="table | jsonl | csv | markdown")
    ] = "table",
    lang: Annotated[str, typer.Option(help="ja | en | auto (detected from the text)")] = "auto",
    parties: Annotated[
        str | None, typer.Option(help="Override detected parties, e.g. JPN,NATO")
    ] = None,
    rules_only: Annotated[
        bool,
        typer.Option(
            "--rules-only",
            help="Topics, commitment and act kinds from the rules alone (no learned look)",
        ),
    ] = False,
) -> None:
    """Code every sentence of statements into acts, speakers, targets, topics and commitments."""
    from renkei.pipeline import code_file, code_source, seed_source

    if format not in render.FORMATS:
        raise typer.BadParameter(f"use one of {', '.join(render.FORMATS)}", param_hint="--format")
    language = _lang(lang)
    emit = _emitter(format)
    chosen = _parties(parties)
    failed = 0
    if not files:
        emit(code_source(seed_source(), lang=language, parties=chosen, learned=not rules_only))
    for path in files or []:
        try:
            doc = code_file(path, lang=language, parties=chosen, learned=not rules_only)
        except RenkeiError as exc:
            print_error(str(exc))
            failed += 1
            continue
        emit(doc)  # one document at a time: a batch never sits in memory whole
    if failed:
        raise typer.Exit(1)


def _emitter(format: str) -> Callable[[CodedDocument], object]:
    """A function that writes one coded document to stdout in `format`."""
    if format == "jsonl":
        return lambda doc: sys.stdout.writelines(render.jsonl_lines(doc))
    if format == "csv":
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(render.CSV_HEADER)
        return lambda doc: writer.writerows(render.csv_rows(doc))
    if format == "markdown":
        return lambda doc: sys.stdout.write(render.markdown(doc))
    return partial(_print_tables, Console())


def _print_tables(console: Console, doc: CodedDocument) -> None:
    for table in render.tables(doc):
        console.print(table)


@app.command("eval")
def eval_command(
    gold: Annotated[Path, typer.Argument(help="Gold records (JSON Lines, coding-scheme.md)")],
    pred: Annotated[
        Path, typer.Argument(help="Predicted records (.jsonl), or a statement to code first")
    ],
    json_out: Annotated[
        bool, typer.Option("--json", help="Print the scores as one JSON object")
    ] = False,
) -> None:
    """Per-field precision, recall and F1 against gold, and the sentences that differ."""
    import json

    from renkei.pipeline import code_file

    try:
        gold_records = load_records(gold)
        is_records = pred.suffix == ".jsonl"
        pred_records = load_records(pred) if is_records else code_file(pred).records()
    except RenkeiError as exc:
        print_error(str(exc))
        raise typer.Exit(1) from None
    result = score(gold_records, pred_records)
    if json_out:
        print(json.dumps(result.as_dict()))
        return
    for d in result.differences:
        print(f"  sid {d.sid}: {d.field}: gold {d.gold} pred {d.pred}")
    for name in FIELDS:
        v = result.fields[name]
        print(f"{name:12s} P {v.p:.3f}  R {v.r:.3f}  F1 {v.f1:.3f}")
    print(
        f"intensity accuracy {result.intensity_acc:.3f}  speaker accuracy {result.speaker_acc:.3f}"
    )


@app.command("learn")
def learn_command(
    folders: Annotated[
        list[Path],
        typer.Argument(
            help="Folders of gold .jsonl files; each file's text is NAME.txt beside it or "
            "in ../docs/"
        ),
    ],
    out: Annotated[
        Path | None,
        typer.Option("--out", "-o", help="Write learned.toml here (default: standard output)"),
    ] = None,
) -> None:
    """Fit the learned topic and commitment models on hand-coded gold (needs scikit-learn)."""
    import os

    from renkei.learn import learn

    try:
        text = learn(folders)
    except RenkeiError as exc:
        print_error(str(exc))
        raise typer.Exit(1) from None
    if out is None:
        sys.stdout.write(text)
        return
    partial = out.with_name(out.name + ".partial")
    try:
        partial.write_text(text, encoding="utf-8")
        os.replace(partial, out)  # never a half-written file where the old one was
    except OSError as exc:
        partial.unlink(missing_ok=True)
        print_error(f"{out}: cannot write ({exc.strerror})")
        raise typer.Exit(1) from None
