"""Turn the bytes of a text file into text, detecting the encoding from the bytes.

The file name never decides the encoding. Detection, in order:

1. a byte order mark (UTF-8, UTF-16 LE or BE) decides outright;
2. NUL bytes mean UTF-16 without a BOM if they fall on one byte parity
   (the zero high byte of ASCII characters), and binary data otherwise;
3. escape sequences in 7-bit data mean ISO-2022-JP;
4. strict UTF-8 (which also accepts plain ASCII);
5. the legacy Japanese encodings, CP932 and EUC-JP, each decoded strictly;
   when both succeed, charset-normalizer picks the one that reads as text.

The text returned has LF line endings (CRLF and lone CR become LF) and no BOM.
Offsets computed later in the pipeline are offsets into this decoded LF text,
not into the bytes. `Decoded.encoding` is a Python codec name that decodes the
original bytes to the text (before line endings are normalised).
"""

from __future__ import annotations

import codecs
import re
from typing import NamedTuple

from renkei.errors import DecodeError, ReadError


class Decoded(NamedTuple):
    text: str
    encoding: str


# Python's "utf-16" codec reads either byte order from the BOM and drops it.
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# C0 controls that do not occur in text. ESC is allowed: ISO-2022-JP is built on it.
_CONTROL_BYTES = bytes(b for b in range(0x20) if b not in b"\t\n\v\f\r\x1b") + b"\x7f"

# Decoded characters that betray a wrong encoding: controls (C0 and C1), private use
# (where CP932 puts its unassigned bytes), replacement and non-characters.
_SUSPICIOUS = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\ue000-\uf8ff\ufffd\ufffe\uffff]")

# A legacy or BOM-less decode may contain a few such characters (a gaiji in the
# private use area) but not more than one in a hundred.
_MAX_SUSPICIOUS_PER_100 = 1

# Shift_JIS as published is CP932 (Windows-31J): WHATWG decodes every Shift_JIS
# label with it, and it is a byte-for-byte superset of Python's shift_jis.
# ISO-8859-1 and ASCII labels likewise mean windows-1252 on the web.
_LABEL_CODECS = {
    "shift_jis": "cp932",
    "shift_jis_2004": "cp932",
    "shift_jisx0213": "cp932",
    "windows-31j": "cp932",
    "x-sjis": "cp932",
    "x-euc-jp": "euc_jp",
    "iso8859-1": "cp1252",
    "ascii": "cp1252",
}

_LEGACY_CODECS = ("cp932", "euc_jp")
_ISO2022_CODECS = ("iso2022_jp", "iso2022_jp_ext")


def decode_text(data: bytes, label: str) -> Decoded:
    """Decode the bytes of a text file; `label` (its path or name) prefixes errors.

    Raises DecodeError for binary or undecodable bytes and ReadError for an empty
    or whitespace-only text.
    """
    decoded = _detect(data, label)
    if not decoded.text or decoded.text.isspace():
        raise ReadError(f"{label}: empty")
    return decoded


def bom_codec(data: bytes) -> str | None:
    """The codec named by the byte order mark at the start of `data`, if any."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return codec
    return None


def codec_for_label(label: str) -> str | None:
    """The Python codec for a declared charset label (as in HTML), None if unknown."""
    name = label.strip().lower()
    try:
        name = codecs.lookup(_LABEL_CODECS.get(name, name)).name
    except LookupError:
        return None
    return _LABEL_CODECS.get(name, name)


def normalize_newlines(text: str) -> str:
    """CRLF and lone CR to LF."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _detect(data: bytes, label: str) -> Decoded:
    codec = bom_codec(data)
    if codec is not None:
        text = _strict(data, codec)
        if text is None or (codec == "utf-16" and not _plausible(text)):
            raise DecodeError(f"{label}: invalid {codec.removesuffix('-sig').upper()} text")
        return _decoded(text, codec)
    if b"\x00" in data:
        return _decode_utf16_without_bom(data, label)
    if _control_bytes(data) * 100 > len(data):
        raise DecodeError(f"{label}: binary file, not text")
    if data.isascii() and b"\x1b" in data:
        for codec in _ISO2022_CODECS:
            text = _strict(data, codec)
            if text is not None:
                return _decoded(text, codec)
    text = _strict(data, "utf-8")
    if text is not None:
        return _decoded(text, "utf-8")
    return _decode_legacy(data, label)


def _decode_utf16_without_bom(data: bytes, label: str) -> Decoded:
    # ASCII characters in UTF-16 have a zero high byte: after the low byte in
    # little-endian, before it in big-endian. Binary data has NULs anywhere.
    zeros_even, zeros_odd = data[0::2].count(0), data[1::2].count(0)
    codec = None
    if zeros_odd >= 9 * zeros_even:
        codec = "utf-16-le"
    elif zeros_even >= 9 * zeros_odd:
        codec = "utf-16-be"
    if codec is not None and len(data) % 2 == 0:
        text = _strict(data, codec)
        if text is not None and _plausible(text):
            return _decoded(text, codec)
    raise DecodeError(f"{label}: binary file, not text")


def _decode_legacy(data: bytes, label: str) -> Decoded:
    readings = {}
    for codec in _LEGACY_CODECS:
        text = _strict(data, codec)
        if text is not None and _plausible(text):
            readings[codec] = text
    if not readings:
        raise DecodeError(
            f"{label}: not text in UTF-8, UTF-16, Shift_JIS/CP932, EUC-JP or ISO-2022-JP"
        )
    codec = next(iter(readings))
    if len(readings) > 1:
        # Both decode strictly, so only a model of text can tell them apart. The
        # threshold is lifted because validity is settled; only the ranking is asked.
        # Without an answer CP932 stays: it is by far the commoner. Imported here,
        # as most inputs never get this far and the model is slow to load.
        import charset_normalizer

        best = charset_normalizer.from_bytes(data, cp_isolation=list(readings), threshold=1.0)
        match = best.best()
        if match is not None and match.encoding in readings:
            codec = match.encoding
    return _decoded(readings[codec], codec)


def _strict(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except UnicodeDecodeError:
        return None


def _plausible(text: str) -> bool:
    return len(_SUSPICIOUS.findall(text)) * 100 <= len(text) * _MAX_SUSPICIOUS_PER_100


def _control_bytes(data: bytes) -> int:
    return len(data) - len(data.translate(None, _CONTROL_BYTES))


def _decoded(text: str, codec: str) -> Decoded:
    return Decoded(normalize_newlines(text), codec)
