"""Named exceptions. Each carries a one-line message fit for stderr."""

from __future__ import annotations


class RenkeiError(Exception):
    """Base class: anything renkei reports to a user as one clear line."""


class ReadError(RenkeiError):
    """An input could not be read as a document (missing, empty, binary, ...)."""


class DecodeError(ReadError):
    """Bytes that decode as no supported text encoding."""


class PdfError(ReadError):
    """A PDF that is encrypted, truncated, damaged or has no text layer."""


class LexiconError(RenkeiError):
    """A knowledge file (cues, actors, topics) is malformed."""


class EvalError(RenkeiError):
    """Gold or prediction files that cannot be scored."""


class LearnError(RenkeiError):
    """Gold that cannot be learned from (no gold files, a text missing, no scikit-learn)."""


class StoreError(RenkeiError):
    """The store cannot do what was asked (bad database URL, conflicting content, ...)."""


class NotFoundError(StoreError):
    """A document, sentence or commitment named by the user is not in the store."""


class TrackError(RenkeiError):
    """A programme action with invalid input (unknown status, releasability, ...)."""
