"""What kind of document a file is, from its first bytes (not its name).

Kept apart from the PDF and HTML readers so that reading a plain-text file,
the common case, never loads pdfplumber or BeautifulSoup.
"""

from __future__ import annotations

import re

from renkei.read.decode import bom_codec

# Sniffing: the first thing in the file, after a BOM, whitespace, an XML
# declaration or comments, is a doctype or an element that only HTML starts with.
_HTML_START = re.compile(
    r"\A\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*"
    r"<(?:!doctype\s+html|html|head|body|meta|title|link|base|style|script|main"
    r"|article|section|header|nav|div|p|h[1-6]|table|ul|ol)[\s/>]",
    re.IGNORECASE | re.DOTALL,
)
_SNIFF_BYTES = 2048
_PDF_HEADER = re.compile(rb"(?:\A|[\r\n])[ \t]*%PDF-\d")
_HEADER_BYTES = 1024


def looks_like_html(data: bytes) -> bool:
    """Whether the bytes start as an HTML document does, in any supported encoding."""
    head = data[:_SNIFF_BYTES]
    if bom_codec(head) == "utf-16":
        text = head.decode("utf-16", errors="ignore")
    else:
        # Dropping NULs exposes the ASCII markup of BOM-less UTF-16; every other
        # supported encoding is ASCII-compatible, so Latin-1 shows its markup as is.
        text = head.removeprefix(b"\xef\xbb\xbf").replace(b"\x00", b"").decode("latin-1")
    return _HTML_START.match(text.lstrip("\ufeff")) is not None


def looks_like_pdf(data: bytes) -> bool:
    """Whether the bytes carry a PDF header, whatever the file is called."""
    return _PDF_HEADER.search(data[:_HEADER_BYTES]) is not None
