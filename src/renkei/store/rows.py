"""Converting coded documents to table rows, and the JSON-in-TEXT list helpers."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from renkei.models import CodedDocument

Row = dict[str, Any]


def dump_list(values: Iterable[str]) -> str:
    """A set of codes as a canonical JSON array (sorted, no duplicates)."""
    return json.dumps(sorted(set(values)), ensure_ascii=False, separators=(",", ":"))


def load_list(text: str | None) -> list[str]:
    if not text:
        return []
    value = json.loads(text)
    return [str(v) for v in value] if isinstance(value, list) else []


@dataclass(frozen=True)
class DocumentMeta:
    """Document metadata as stated in the text, after user overrides."""

    lang: str
    title: str | None
    date: str | None
    kind: str | None
    parties: tuple[str, ...]


@dataclass
class DocumentRows:
    """Everything one coded document adds to the store, ready for executemany."""

    doc: str
    meta: DocumentMeta
    sentences: list[Row] = field(default_factory=list)
    topics: list[Row] = field(default_factory=list)
    concepts: list[Row] = field(default_factory=list)
    acts: list[Row] = field(default_factory=list)


_DATE_IN_NAME = re.compile(r"(\d{4})-(\d{2})-(\d{2})")

# Ordered: the first kind whose cue occurs in the title (or, failing that, the name) wins.
_KIND_CUES: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "partnership_programme",
        ("partnership programme", "partnership program", "itpp", "ipcp", "協力計画"),
    ),
    ("joint_statement", ("joint statement", "joint-statement", "共同声明", "共同発表")),
    ("declaration", ("declaration", "宣言")),
    ("meeting_summary", ("概要", "summary", "readout")),
    ("press_statement", ("press statement", "press release", "statement", "談話", "声明")),
    ("speech", ("speech", "address", "演説", "ungdc")),
)


def guess_kind(title: str | None, name: str) -> str | None:
    """Kind of document from its title or file name ("joint statement", "宣言", ...)."""
    for text in (title or "", name.replace("_", " ")):
        low = text.lower()
        for kind, cues in _KIND_CUES:
            if any(cue in low for cue in cues):
                return kind
    return None


def guess_date(stated: str | None, name: str) -> str | None:
    if stated:
        return stated
    m = _DATE_IN_NAME.search(name)
    return f"{m.group(1)}-{m.group(2)}-{m.group(3)}" if m else None


def document_meta(
    coded: CodedDocument,
    *,
    lang: str | None = None,
    title: str | None = None,
    date: str | None = None,
    kind: str | None = None,
) -> DocumentMeta:
    """What the text states, with user overrides taking precedence."""
    the_title = title or coded.title
    return DocumentMeta(
        lang=lang or coded.lang,
        title=the_title,
        date=date or guess_date(coded.date, coded.doc),
        kind=kind or guess_kind(the_title, coded.doc),
        parties=tuple(sorted(set(coded.parties))),
    )


def document_rows(coded: CodedDocument, meta: DocumentMeta) -> DocumentRows:
    rows = DocumentRows(doc=coded.doc, meta=meta)
    doc = coded.doc
    for cs in coded.sentences:
        s = cs.sentence
        rows.sentences.append(
            {
                "doc": doc,
                "sid": s.sid,
                "text": s.text,
                "start": s.start,
                "end": s.end,
                "section": s.section,
            }
        )
        rows.topics.extend({"doc": doc, "sid": s.sid, "topic": t} for t in sorted(set(cs.topics)))
        rows.concepts.extend(
            {"doc": doc, "sid": s.sid, "concept": c} for c in sorted(set(cs.concepts))
        )
        for idx, act in enumerate(cs.acts):
            rows.acts.append(
                {
                    "doc": doc,
                    "sid": s.sid,
                    "idx": idx,
                    "act": act.act,
                    "intensity": act.intensity,
                    "speaker": dump_list(act.speaker),
                    "targets": dump_list(act.targets),
                    "commitment": bool(act.commitment),
                    "cue": act.cue,
                }
            )
    return rows
