"""The read stage: a file or its bytes in, a decoded `Source` out.

The kind of document is told from the content, never from the file name: a
PDF header makes a PDF, HTML markup at the start makes HTML, and anything else
is text whose encoding `renkei.read.decode` detects. Every failure is a
`ReadError` (or its `DecodeError`/`PdfError` subclasses) with a one-line message
that starts with the path.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from renkei.errors import ReadError
from renkei.models import Source
from renkei.read.decode import decode_text
from renkei.read.sniff import looks_like_html, looks_like_pdf

__all__ = ["read", "read_bytes"]


def read(path: str | os.PathLike[str]) -> Source:
    """Read a document file; its name without the last extension is the document id.

    `2023-01-31_japan-nato-joint-statement.ja.txt` is read as the document
    `2023-01-31_japan-nato-joint-statement.ja`.
    """
    fspath = os.fspath(path)
    return read_bytes(_load(fspath), Path(fspath).stem, path=fspath)


def read_bytes(data: bytes, name: str, *, path: str | None = None) -> Source:
    """Read a document given as bytes; `name` is its document id, used as is.

    `path`, when given, is recorded on the Source and starts error messages
    (otherwise `name` does).
    """
    # The PDF and HTML readers load heavy libraries: only when such a file comes.
    if looks_like_pdf(data):
        from renkei.read.pdf import read_pdf

        return read_pdf(data, name=name, path=path)
    if looks_like_html(data):
        from renkei.read.html import read_html

        return read_html(data, name=name, path=path)
    decoded = decode_text(data, path or name)
    return Source(
        text=decoded.text,
        name=name,
        path=path,
        media_type="text",
        encoding=decoded.encoding,
    )


def _load(path: str) -> bytes:
    try:
        mode = os.stat(path).st_mode
        if stat.S_ISDIR(mode):
            raise ReadError(f"{path}: is a directory")
        # A FIFO or device would block or never end.
        if not stat.S_ISREG(mode):
            raise ReadError(f"{path}: not a regular file")
        with open(path, "rb") as file:
            return file.read()
    except (FileNotFoundError, NotADirectoryError):
        raise ReadError(f"{path}: no such file") from None
    except PermissionError:
        raise ReadError(f"{path}: permission denied") from None
    except OSError as exc:
        raise ReadError(f"{path}: cannot read ({exc.strerror or exc})") from None
