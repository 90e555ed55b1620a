"""The whole pipeline as library calls: read -> segment -> code."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Sequence
from functools import cache
from importlib import resources
from pathlib import Path

from renkei import knowledge
from renkei.code import code_segmented
from renkei.models import CodedDocument, Lang, Source
from renkei.read import read as read_path
from renkei.segment import segment

SEED_NAME = "2023-01-31_japan-nato-joint-statement.ja"


def code_source(
    source: Source,
    *,
    lang: Lang | None = None,
    parties: Sequence[str] | None = None,
    learned: bool = True,
) -> CodedDocument:
    """Segment and code a decoded source; `learned=False`: the rules alone decide topics
    and commitment, without the learned models' second look."""
    return code_segmented(segment(source, lang), parties, learned=learned)


def code_text(
    text: str,
    lang: Lang | None = None,
    *,
    name: str = "text",
    parties: Sequence[str] | None = None,
    learned: bool = True,
) -> CodedDocument:
    """Code a text given as a string."""
    return code_source(Source(text=text, name=name), lang=lang, parties=parties, learned=learned)


def code_file(
    path: str | os.PathLike[str],
    *,
    lang: Lang | None = None,
    parties: Sequence[str] | None = None,
    learned: bool = True,
) -> CodedDocument:
    """Read and code one file."""
    return code_source(read_path(path), lang=lang, parties=parties, learned=learned)


def seed_source() -> Source:
    """The bundled seed: Japan–NATO Joint Statement, 31 Jan 2023 (MOFA provisional translation)."""
    data = (
        resources.files("renkei.data.seed").joinpath(f"{SEED_NAME}.txt").read_text(encoding="utf-8")
    )
    return Source(text=data, name=SEED_NAME, path=None, encoding="utf-8")


@cache
def coder_fingerprint() -> str:
    """A short hash of everything that decides a coding: knowledge files and stage code."""
    digest = hashlib.sha256(knowledge.fingerprint().encode())
    package = Path(__file__).parent
    for stage in ("read", "segment", "code"):
        for path in sorted((package / stage).glob("*.py")):
            digest.update(path.read_bytes())
    return digest.hexdigest()[:12]
