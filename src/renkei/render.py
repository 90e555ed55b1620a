"""Coded documents as text: jsonl (the scheme's records), csv, markdown, or a Rich table."""

from __future__ import annotations

import json
from collections.abc import Iterator

from rich.table import Table
from rich.text import Text

from renkei.models import Act, CodedDocument

ACT_STYLE = {
    "report": "white",
    "assess": "cyan",
    "stress": "bold blue",
    "welcome": "green",
    "reaffirm": "bold green",
    "commit": "bold magenta",
    "condemn": "bold red",
    "oppose": "red",
    "concern": "yellow",
    "urge": "bold yellow",
}
FORMATS = ("table", "jsonl", "csv", "markdown")


def _act_label(act: Act) -> str:
    marks = "!" * act.intensity
    return f"{act.act}{marks}"


def _who(act: Act) -> str:
    speaker = "+".join(act.speaker) or "?"
    return f"{speaker} -> {','.join(act.targets)}" if act.targets else speaker


def jsonl_lines(doc: CodedDocument) -> Iterator[str]:
    """The scheme's records, one JSON line per sentence."""
    for sentence in doc.sentences:
        yield json.dumps(sentence.to_record(), ensure_ascii=False) + "\n"


CSV_HEADER = (
    "doc", "sid", "start", "end", "section", "text",
    "act", "intensity", "speaker", "targets", "commitment", "topics",
)  # fmt: skip


def csv_rows(doc: CodedDocument) -> Iterator[list[object]]:
    """One row per act (a sentence without acts still gets a row); no header."""
    for s in doc.sentences:
        head = [doc.doc, s.sid, s.sentence.start, s.sentence.end, s.sentence.section or "", s.text]
        topics = ";".join(s.topics)
        if not s.acts:
            yield [*head, "", "", "", "", "", topics]
        for act in s.acts:
            yield [
                *head,
                act.act,
                act.intensity,
                ";".join(act.speaker),
                ";".join(act.targets),
                str(act.commitment).lower(),
                topics,
            ]


def _md_cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def markdown(doc: CodedDocument) -> str:
    lines = [
        f"## {doc.title or doc.doc}",
        "",
        f"Parties: {', '.join(doc.parties) or '-'}",
        "",
        "| sid | section | sentence | acts | speaker -> targets | topics | commitment |",
        "|---|---|---|---|---|---|---|",
    ]
    for s in doc.sentences:
        cells = [
            str(s.sid),
            _md_cell(s.sentence.section or ""),
            _md_cell(s.text),
            ", ".join(_act_label(a) for a in s.acts),
            "; ".join(_who(a) for a in s.acts),
            ", ".join(s.topics),
            "yes" if any(a.commitment for a in s.acts) else "",
        ]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n\n"


# Rich lays out a whole table before printing it, holding every row's rendering at once: a
# long document (the 100,000 sentences of a 10 MB text) is printed as tables of this many rows
TABLE_ROWS = 1000


def tables(doc: CodedDocument) -> Iterator[Table]:
    """A Rich table: acts coloured by kind, `!` per intensity step, `*` for a commitment;
    for a long document, one table per TABLE_ROWS sentences, with the same column widths."""
    # the widest cell of each unwrapped column over the whole document (Rich widens a
    # column to its header itself)
    sid_width = len(str(doc.sentences[-1].sid)) if doc.sentences else 0
    acts = [a for s in doc.sentences for a in s.acts]
    acts_width = max((len(_act_label(a)) for a in acts), default=0)
    who_width = max((len(_who(a)) for a in acts), default=0)
    for start in range(0, max(len(doc.sentences), 1), TABLE_ROWS):
        title = None
        if start == 0:
            parties = ", ".join(doc.parties) or "-"
            title = f"{doc.title or doc.doc}  [{doc.lang}]  parties: {parties}"
        t = Table(title=title, show_lines=False, expand=True)
        t.add_column("sid", justify="right", no_wrap=True, min_width=sid_width)
        t.add_column("section", ratio=1, overflow="fold")
        t.add_column("sentence", ratio=4, overflow="fold")
        t.add_column("acts", no_wrap=True, min_width=acts_width)
        t.add_column("speaker -> targets", no_wrap=True, min_width=who_width)
        t.add_column("topics", ratio=1, overflow="fold")
        t.add_column("c", justify="center", no_wrap=True)
        for s in doc.sentences[start : start + TABLE_ROWS]:
            labels = Text()
            for i, act in enumerate(s.acts):
                if i:
                    labels.append("\n")
                labels.append(_act_label(act), style=ACT_STYLE.get(act.act, "white"))
            t.add_row(
                str(s.sid),
                s.sentence.section or "",
                s.text,
                labels,
                "\n".join(_who(a) for a in s.acts),
                ", ".join(s.topics),
                "*" if any(a.commitment for a in s.acts) else "",
            )
        yield t
