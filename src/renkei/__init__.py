"""renkei: code partnership statements into cited, structured records.

    >>> import renkei
    >>> text = "我々は、ロシアによる侵略を最も強い言葉で非難する。"
    >>> doc = renkei.code_text(text, parties=["JPN", "NATO"])
    >>> doc.sentences[0].acts[0].act
    'condemn'

Stages, each usable alone: `read` (a path -> Source), `segment` (Source ->
Segmented), `code_source` / `code_text` (-> CodedDocument).
"""

from importlib.metadata import PackageNotFoundError, version

from renkei.models import Act, CodedDocument, CodedSentence, Segmented, Sentence, Source
from renkei.pipeline import code_file, code_source, code_text, seed_source
from renkei.read import read, read_bytes
from renkei.segment import segment

try:
    __version__ = version("renkei")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0+unknown"


def coder_version() -> str:
    """What a stored coding was made by: the package version plus a hash of the
    knowledge files in use and of the read, segment and code stages' source."""
    from renkei.pipeline import coder_fingerprint

    return f"{__version__}+{coder_fingerprint()}"


__all__ = [
    "Act",
    "CodedDocument",
    "CodedSentence",
    "Segmented",
    "Sentence",
    "Source",
    "__version__",
    "code_file",
    "code_source",
    "code_text",
    "coder_version",
    "read",
    "read_bytes",
    "seed_source",
    "segment",
]
