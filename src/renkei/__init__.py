"""renkei: code partnership statements into cited, structured records.

    >>> import renkei
    >>> text = "我々は、ロシアによる侵略を最も強い言葉で非難する。"
    >>> doc = renkei.code_text(text, parties=["JPN", "NATO"])
    >>> doc.sentences[0].acts[0].act
    'condemn'

Stages, each usable alone: `read` (a path -> Source), `segment` (Source ->
Segmented), `code_source` / `code_text` (-> CodedDocument).
"""

from renkei.models import Act, CodedDocument, CodedSentence, Segmented, Sentence, Source
from renkei.pipeline import code_file, code_source, code_text, seed_source
from renkei.read import read, read_bytes
from renkei.segment import segment

__all__ = [
    "Act",
    "CodedDocument",
    "CodedSentence",
    "Segmented",
    "Sentence",
    "Source",
    "code_file",
    "code_source",
    "code_text",
    "read",
    "read_bytes",
    "seed_source",
    "segment",
]
