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


def __getattr__(name: str) -> str:
    # `__version__` is looked up lazily: importlib.metadata costs ~0.1 s of start-up.
    if name != "__version__":
        raise AttributeError(f"module 'renkei' has no attribute {name!r}")
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("renkei")
    except PackageNotFoundError:  # a source tree that was never installed
        return "0+unknown"


def coder_version() -> str:
    """What a stored coding was made by: the package version plus a hash of the
    knowledge files in use and of the read, segment and code stages' source."""
    from renkei.pipeline import coder_fingerprint

    return f"{__getattr__('__version__')}+{coder_fingerprint()}"


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
