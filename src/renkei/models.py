"""Records passed between the pipeline stages: read -> segment -> code.

`CodedSentence.to_record()` is exactly the JSON record of
`coding-scheme.md` (one line of the `jsonl` output).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

Lang = Literal["ja", "en"]


@dataclass(frozen=True, slots=True)
class Source:
    """A decoded input: the text as read, before any repair."""

    text: str
    name: str  # document id: file stem, e.g. "2023-01-31_japan-nato-joint-statement.ja"
    path: str | None = None
    media_type: Literal["text", "pdf", "html"] = "text"
    encoding: str | None = None
    # metadata the container itself states (HTML <title>, PDF info), if any
    meta: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence cut from a source: repaired text plus offsets into `Source.text`."""

    sid: int
    text: str
    start: int
    end: int
    section: str | None


@dataclass(frozen=True, slots=True)
class Segmented:
    """A source cut into front matter, sections and sentences."""

    source: Source
    lang: Lang
    sentences: tuple[Sentence, ...]
    front_matter: tuple[str, ...] = ()
    title: str | None = None
    date: str | None = None  # ISO yyyy-mm-dd when the text states one


@dataclass(frozen=True, slots=True)
class Act:
    act: str
    intensity: int
    speaker: tuple[str, ...]
    targets: tuple[str, ...]
    commitment: bool
    cue: str = ""  # the matched cue phrase, for explanations; not part of the record

    def to_record(self) -> dict[str, Any]:
        return {
            "act": self.act,
            "intensity": self.intensity,
            "speaker": list(self.speaker),
            "targets": list(self.targets),
            "commitment": self.commitment,
        }


@dataclass(frozen=True, slots=True)
class CodedSentence:
    doc: str
    sentence: Sentence
    acts: tuple[Act, ...]
    topics: tuple[str, ...]
    concepts: tuple[str, ...] = ()  # language-independent keys (ITPP, NAC, ...)

    @property
    def sid(self) -> int:
        return self.sentence.sid

    @property
    def text(self) -> str:
        return self.sentence.text

    def to_record(self) -> dict[str, Any]:
        s = self.sentence
        return {
            "doc": self.doc,
            "sid": s.sid,
            "text": s.text,
            "start": s.start,
            "end": s.end,
            "section": s.section,
            "acts": [a.to_record() for a in self.acts],
            "topics": list(self.topics),
        }


@dataclass(frozen=True, slots=True)
class CodedDocument:
    doc: str
    lang: Lang
    parties: tuple[str, ...]
    sentences: tuple[CodedSentence, ...]
    title: str | None = None
    date: str | None = None
    source: Source | None = None

    def records(self) -> list[dict[str, Any]]:
        return [s.to_record() for s in self.sentences]
