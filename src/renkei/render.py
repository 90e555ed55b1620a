"""Coded documents as text: jsonl (the scheme's records), csv, markdown, or a Rich table."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable

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


def jsonl(docs: Iterable[CodedDocument]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for d in docs for r in d.records())


def csv_text(docs: Iterable[CodedDocument]) -> str:
    """One row per act (a sentence without acts still gets a row)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(
        [
            "doc",
            "sid",
            "start",
            "end",
            "section",
            "text",
            "act",
            "intensity",
            "speaker",
            "targets",
            "commitment",
            "topics",
        ]
    )
    for doc in docs:
        for s in doc.sentences:
            rows = s.acts or (None,)
            for act in rows:
                writer.writerow(
                    [
                        doc.doc,
                        s.sid,
                        s.sentence.start,
                        s.sentence.end,
                        s.sentence.section or "",
                        s.text,
                        act.act if act else "",
                        act.intensity if act else "",
                        ";".join(act.speaker) if act else "",
                        ";".join(act.targets) if act else "",
                        str(act.commitment).lower() if act else "",
                        ";".join(s.topics),
                    ]
                )
    return out.getvalue()


def _md_cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def markdown(docs: Iterable[CodedDocument]) -> str:
    lines = []
    for doc in docs:
        lines += [f"## {doc.title or doc.doc}", "", f"Parties: {', '.join(doc.parties) or '-'}", ""]
        lines += [
            "| sid | section | sentence | acts | speaker -> targets | topics | commitment |",
            "|---|---|---|---|---|---|---|",
        ]
        for s in doc.sentences:
            lines.append(
                "| {} | {} | {} | {} | {} | {} | {} |".format(
                    s.sid,
                    _md_cell(s.sentence.section or ""),
                    _md_cell(s.text),
                    ", ".join(_act_label(a) for a in s.acts),
                    "; ".join(_who(a) for a in s.acts),
                    ", ".join(s.topics),
                    "yes" if any(a.commitment for a in s.acts) else "",
                )
            )
        lines.append("")
    return "\n".join(lines)


def table(doc: CodedDocument) -> Table:
    """A Rich table: acts coloured by kind, `!` per intensity step, `*` for a commitment."""
    t = Table(
        title=f"{doc.title or doc.doc}  [{doc.lang}]  parties: {', '.join(doc.parties) or '-'}",
        show_lines=False,
        expand=True,
    )
    t.add_column("sid", justify="right", no_wrap=True)
    t.add_column("section", ratio=1, overflow="fold")
    t.add_column("sentence", ratio=4, overflow="fold")
    t.add_column("acts", no_wrap=True)
    t.add_column("speaker -> targets", no_wrap=True)
    t.add_column("topics", ratio=1, overflow="fold")
    t.add_column("c", justify="center", no_wrap=True)
    for s in doc.sentences:
        acts = Text()
        for i, act in enumerate(s.acts):
            if i:
                acts.append("\n")
            acts.append(_act_label(act), style=ACT_STYLE.get(act.act, "white"))
        t.add_row(
            str(s.sid),
            s.sentence.section or "",
            s.text,
            acts,
            "\n".join(_who(a) for a in s.acts),
            ", ".join(s.topics),
            "*" if any(a.commitment for a in s.acts) else "",
        )
    return t
