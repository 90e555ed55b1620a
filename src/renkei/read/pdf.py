"""The text layer of a PDF, page by page, as extracted: the segmenter repairs it."""

from __future__ import annotations

import io
import re
import zlib

import pdfplumber
from pdfminer.pdfdocument import PDFEncryptionError
from pdfminer.psexceptions import PSException
from pdfplumber.page import Page
from pdfplumber.utils.exceptions import MalformedPDFException, PdfminerException

from renkei.errors import PdfError
from renkei.models import Source
from renkei.read.dates import iso_date
from renkei.read.decode import normalize_newlines

# The header may follow some junk within the first KB (as Acrobat allows), but
# must start a line, so that a text merely quoting "%PDF-1.7" stays text.

PAGE_SEPARATOR = "\n\n"

# Word breaks are judged relative to the font size, not in absolute points: a
# space is about a quarter em wide, while the letter-spacing that justifies a
# Japanese line stays well below that and must not turn into spaces.
_X_TOLERANCE_RATIO = 0.15
_Y_TOLERANCE = 3

# pdfplumber wraps what pdfminer raises while opening and parsing pages in
# PdfminerException; damaged files can still fail later, while the characters
# are collected, with pdfminer's own errors or with the plain errors below
# (bad numbers, missing keys, corrupt Flate streams, reference loops).
_DAMAGE = (
    PdfminerException,
    MalformedPDFException,
    PSException,
    ValueError,
    TypeError,
    KeyError,
    IndexError,
    AssertionError,
    zlib.error,
    RecursionError,
)

_PDF_DATE = re.compile(r"(?:D:)?(\d{4})(\d{2})(\d{2})")
# Titles that generators write when the author gave none.
_PLACEHOLDER_TITLES = frozenset({"", "untitled"})


def read_pdf(data: bytes, *, name: str, path: str | None) -> Source:
    """Extract the text layer, pages joined by a blank line, and the title and date."""
    label = path or name
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            meta = _meta(pdf.metadata)
            pages = [_page_text(page) for page in pdf.pages]
    except _DAMAGE as exc:
        raise _error(label, exc) from exc
    text = normalize_newlines(PAGE_SEPARATOR.join(pages))
    if not text.strip():
        raise PdfError(f"{label}: PDF has no text layer (scanned?)")
    return Source(text=text, name=name, path=path, media_type="pdf", meta=meta)


def _page_text(page: Page) -> str:
    # dedupe_chars: some generators fake bold by drawing each glyph twice.
    text = page.dedupe_chars().extract_text(
        x_tolerance_ratio=_X_TOLERANCE_RATIO, y_tolerance=_Y_TOLERANCE
    )
    page.close()  # drop the page's cached layout: long documents stay small in memory
    return str(text)


def _error(label: str, exc: BaseException) -> PdfError:
    cause = exc.args[0] if isinstance(exc, PdfminerException) and exc.args else exc
    if isinstance(cause, PDFEncryptionError):
        return PdfError(f"{label}: encrypted PDF")
    return PdfError(f"{label}: damaged or truncated PDF")


def _meta(info: dict[str, object]) -> dict[str, str]:
    meta = {}
    title = info.get("Title")
    if isinstance(title, str) and title.strip().lower() not in _PLACEHOLDER_TITLES:
        meta["title"] = " ".join(title.split())
    created = info.get("CreationDate")
    date = iso_date(_PDF_DATE, created) if isinstance(created, str) else None
    if date is not None:
        meta["date"] = date
    return meta
