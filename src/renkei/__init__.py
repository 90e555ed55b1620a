"""renkei: code partnership statements into cited, structured records.

    >>> import renkei
    >>> text = "我々は、ロシアによる侵略を最も強い言葉で非難する。"
    >>> doc = renkei.code_text(text, parties=["JPN", "NATO"])
    >>> doc.sentences[0].acts[0].act
    'condemn'

Stages, each usable alone: `read` (a path -> Source), `segment` (Source ->
Segmented), `code_source` / `code_text` (-> CodedDocument).
"""

from typing import TYPE_CHECKING

from renkei.lazy import lazy_exports

# `read` and `segment` are imported at once: each is also the name of a subpackage,
# and a lazily resolved function would be shadowed by the subpackage on its import.
from renkei.read import read, read_bytes
from renkei.segment import segment

if TYPE_CHECKING:
    from renkei.models import Act, CodedDocument, CodedSentence, Segmented, Sentence, Source
    from renkei.pipeline import code_file, code_source, code_text, seed_source

    __version__: str

_exports = lazy_exports(
    __name__,
    {
        **dict.fromkeys(
            ("Act", "CodedDocument", "CodedSentence", "Segmented", "Sentence", "Source"),
            "renkei.models",
        ),
        **dict.fromkeys(
            ("code_file", "code_source", "code_text", "seed_source"), "renkei.pipeline"
        ),
    },
)


def __getattr__(name: str) -> object:
    if name == "__version__":
        return _version()
    return _exports(name)


def _version() -> str:
    # importlib.metadata costs ~0.1 s of start-up, so the version is looked up on use.
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("renkei")
    except PackageNotFoundError:  # a source tree that was never installed
        return "0+unknown"


def coder_version() -> str:
    """What a stored coding was made by: the package version plus a hash of the
    knowledge files in use and of the read, segment and code stages' source."""
    from renkei.pipeline import coder_fingerprint

    return f"{_version()}+{coder_fingerprint()}"


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
