"""The read stage: encodings, PDF, HTML and the errors a user sees."""

from __future__ import annotations

import codecs
import io
import os
import random
import time
from pathlib import Path

import pytest
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

from renkei.errors import DecodeError, PdfError, ReadError
from renkei.read import read, read_bytes

SEED = Path(__file__).parent.parent / "fixtures" / "seed.ja.txt"
SEED_TEXT = SEED.read_text(encoding="utf-8")
SEED_LINES = [line.strip() for line in SEED_TEXT.splitlines() if line.strip()]
ENGLISH = (
    "Joint Statement issued on the occasion of the meeting between\n"
    "H.E. Mr Jens Stoltenberg, NATO Secretary General and\n"
    "H.E. Mr Kishida Fumio, Prime Minister of Japan\n"
)
JAPANESE_FONT = "HeiseiMin-W3"


def _pdf(
    lines: list[str],
    *,
    font: str = "Helvetica",
    pages: int = 1,
    title: str | None = None,
    encrypt: str | None = None,
) -> bytes:
    if font == JAPANESE_FONT:
        pdfmetrics.registerFont(UnicodeCIDFont(JAPANESE_FONT))
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, encrypt=encrypt)
    if title is not None:
        pdf.setTitle(title)
    for _ in range(pages):
        pdf.setFont(font, 12)
        for i, line in enumerate(lines):
            pdf.drawString(72, 800 - 20 * i, line)
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def _assert_message(error: ReadError, path: Path | str, says: str) -> None:
    message = str(error)
    assert "\n" not in message
    assert message.startswith(f"{path}: ")
    assert says in message


# --- text encodings --------------------------------------------------------------


@pytest.mark.parametrize(
    ("encoded", "file_name", "encoding"),
    [
        (SEED_TEXT.encode("utf-8"), "doc.ja.txt", "utf-8"),
        (SEED_TEXT.encode("utf-8-sig"), "doc.ja.md", "utf-8-sig"),
        (SEED_TEXT.encode("utf-16"), "doc", "utf-16"),
        (codecs.BOM_UTF16_BE + SEED_TEXT.encode("utf-16-be"), "doc.ja.txt", "utf-16"),
        (SEED_TEXT.encode("utf-16-le"), "doc.ja.txt", "utf-16-le"),
        (SEED_TEXT.encode("utf-16-be"), "doc.ja.dat", "utf-16-be"),
        (SEED_TEXT.encode("cp932"), "doc.ja.pdf", "cp932"),
        # Shift_JIS is read as its superset CP932, as browsers do
        (SEED_TEXT.encode("shift_jis"), "doc.ja.html", "cp932"),
        (SEED_TEXT.encode("euc_jp"), "doc.ja.txt", "euc_jp"),
        (SEED_TEXT.encode("iso2022_jp_ext"), "doc.ja.txt", "iso2022_jp_ext"),
    ],
)
def test_every_encoding_reads_as_the_utf8_text(
    tmp_path: Path, encoded: bytes, file_name: str, encoding: str
) -> None:
    source = read(_write(tmp_path, file_name, encoded))
    assert source.text == read(SEED).text == SEED_TEXT
    assert source.encoding == encoding
    assert source.media_type == "text"


@pytest.mark.parametrize(
    ("encoded", "encoding"),
    [
        (ENGLISH.encode("ascii"), "utf-8"),
        (ENGLISH.encode("utf-16"), "utf-16"),
        (ENGLISH.encode("utf-16-le"), "utf-16-le"),
    ],
)
def test_english_text(encoded: bytes, encoding: str) -> None:
    source = read_bytes(encoded, "en")
    assert (source.text, source.encoding) == (ENGLISH, encoding)


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
@pytest.mark.parametrize("encoding", ["utf-8", "cp932", "utf-16"])
def test_line_endings_become_lf(newline: str, encoding: str) -> None:
    data = SEED_TEXT.replace("\n", newline).encode(encoding)
    assert read_bytes(data, "seed").text == SEED_TEXT


def test_document_id_is_the_file_name_without_its_last_extension(tmp_path: Path) -> None:
    path = _write(tmp_path, "2023-01-31_japan-nato-joint-statement.ja.txt", SEED.read_bytes())
    source = read(path)
    assert source.name == "2023-01-31_japan-nato-joint-statement.ja"
    assert source.path == str(path)


def test_read_bytes_takes_the_name_as_given() -> None:
    source = read_bytes(ENGLISH.encode(), "statement.en.txt")
    assert (source.name, source.path) == ("statement.en.txt", None)


def test_ten_megabytes_of_cp932_decode_in_well_under_a_second() -> None:
    data = (SEED_TEXT * 1300).encode("cp932")
    assert len(data) > 7_000_000
    start = time.perf_counter()
    source = read_bytes(data, "big")
    assert time.perf_counter() - start < 1.0
    assert source.encoding == "cp932"
    assert len(source.text) == len(SEED_TEXT) * 1300


# --- PDF --------------------------------------------------------------------------


def test_pdf_english_text_layer_with_title_and_date(tmp_path: Path) -> None:
    lines = ENGLISH.splitlines()
    # a PDF is a PDF whatever its extension says
    path = _write(tmp_path, "statement.en.txt", _pdf(lines, pages=2, title="Joint Statement"))
    source = read(path)
    assert source.media_type == "pdf"
    assert source.text == "\n".join(lines) + "\n\n" + "\n".join(lines)
    assert source.meta["title"] == "Joint Statement"
    assert len(source.meta["date"]) == len("yyyy-mm-dd")
    assert source.name == "statement.en"


def test_pdf_japanese_cid_font_comes_back_in_order() -> None:
    lines = SEED_LINES[:8]
    source = read_bytes(_pdf(lines, font=JAPANESE_FONT), "seed.ja")
    assert source.text.splitlines() == lines
    assert "title" not in source.meta  # reportlab's "untitled" placeholder is not a title


@pytest.mark.parametrize(
    ("data", "says"),
    [
        (_pdf(["secret"], encrypt="pw"), "encrypted PDF"),
        (_pdf(ENGLISH.splitlines() * 10, pages=3)[:1500], "damaged or truncated PDF"),
        (b"%PDF-1.4\n" + bytes(range(256)) * 4, "damaged or truncated PDF"),
    ],
    ids=["encrypted", "truncated", "garbage"],
)
def test_unreadable_pdf(tmp_path: Path, data: bytes, says: str) -> None:
    path = _write(tmp_path, "broken.pdf", data)
    with pytest.raises(PdfError) as raised:
        read(path)
    _assert_message(raised.value, path, says)


def test_truncated_pdf_cut_in_half(tmp_path: Path) -> None:
    data = _pdf(ENGLISH.splitlines(), pages=3)
    path = _write(tmp_path, "half.pdf", data[: len(data) // 2])
    with pytest.raises(PdfError) as raised:
        read(path)
    _assert_message(raised.value, path, "damaged or truncated PDF")


def test_pdf_without_text_layer(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    drawing = canvas.Canvas(buffer)
    drawing.rect(100, 100, 200, 200)
    drawing.line(0, 0, 300, 300)
    drawing.showPage()
    drawing.save()
    path = _write(tmp_path, "scan.pdf", buffer.getvalue())
    with pytest.raises(PdfError) as raised:
        read(path)
    _assert_message(raised.value, path, "PDF has no text layer (scanned?)")


# --- HTML -------------------------------------------------------------------------

PAGE = """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="{charset}">
<title>日・NATO共同声明 | 外務省</title>
<meta name="dcterms.date" content="2023-01-31T18:00:00+09:00">
<script>var tracker = "SCRIPT";</script>
<style>p {{ color: red }}</style>
</head>
<body>
<header><a href="/">HEADER</a></header>
<nav><ul><li>NAV</li></ul></nav>
<div id="topicpath"><a href="/">BREADCRUMB</a></div>
<div class="wrapper">
<main>
<article>
<header><h1>{heading}</h1></header>
<p>{first}
{second}</p>
<p>Mixed <b>inline</b>   text<br>after a break</p>
<ul><li>one</li><li>two</li></ul>
<div class="share-buttons">SHARE</div>
</article>
</main>
<aside>ASIDE</aside>
</div>
<footer>FOOTER</footer>
<div role="contentinfo">CONTENTINFO</div>
</body>
</html>
"""


def _page(charset: str) -> str:
    heading, first, second = SEED_LINES[1], SEED_LINES[3], SEED_LINES[4]
    return PAGE.format(charset=charset, heading=heading, first=first, second=second)


def test_html_keeps_the_main_text_and_drops_the_furniture(tmp_path: Path) -> None:
    path = _write(tmp_path, "statement.ja.txt", _page("utf-8").encode("utf-8"))
    source = read(path)
    heading, first, second = SEED_LINES[1], SEED_LINES[3], SEED_LINES[4]
    assert source.media_type == "html"
    assert source.text == (
        f"{heading}\n\n"
        # the source line break between two Japanese characters is no space
        f"{first}{second}\n\n"
        "Mixed inline text\nafter a break\n\n"
        "one\ntwo"
    )
    assert source.meta == {"title": "日・NATO共同声明 | 外務省", "date": "2023-01-31"}
    assert source.encoding == "utf-8"


def test_html_in_shift_jis_honours_its_meta_charset() -> None:
    source = read_bytes(_page("Shift_JIS").encode("cp932"), "statement.ja")
    assert source.encoding == "cp932"
    assert source.text.startswith(SEED_LINES[1] + "\n\n" + SEED_LINES[3])


def test_html_with_a_wrong_meta_charset_falls_back_to_detection() -> None:
    source = read_bytes(_page("euc-jp").encode("utf-8"), "statement.ja")
    assert source.encoding == "utf-8"
    assert source.text.startswith(SEED_LINES[1])


def test_html_in_utf16_is_sniffed_through_its_bom() -> None:
    source = read_bytes(_page("utf-16").encode("utf-16"), "statement.ja")
    assert (source.media_type, source.encoding) == ("html", "utf-16")
    assert source.text.startswith(SEED_LINES[1])


def test_html_without_main_uses_body_blocks() -> None:
    html = b"<html><body><nav>N</nav><div>one<div>two</div>three</div><p>para</p>tail</body></html>"
    assert read_bytes(html, "page").text == "one\ntwo\nthree\n\npara\n\ntail"


def test_html_with_no_text(tmp_path: Path) -> None:
    path = _write(
        tmp_path, "blank.html", b"<!doctype html><html><body><nav>menu</nav></body></html>"
    )
    with pytest.raises(ReadError) as raised:
        read(path)
    _assert_message(raised.value, path, "no text")


# --- errors -----------------------------------------------------------------------

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + random.Random(0).randbytes(4000)
CP932 = SEED_TEXT.encode("cp932")


@pytest.mark.parametrize(
    ("data", "error", "says"),
    [
        (b"", ReadError, "empty"),
        (b" \n\t\r\n", ReadError, "empty"),
        ("\u3000\n".encode("utf-16"), ReadError, "empty"),
        (PNG, DecodeError, "binary file, not text"),
        (random.Random(1).randbytes(4000).replace(b"\x00", b""), DecodeError, "binary"),
        # a CP932 text with one broken character: no encoding reads it
        (CP932[:300] + b"\x81\x20" + CP932[300:], DecodeError, "not text in UTF-8"),
    ],
    ids=["empty", "whitespace", "ideographic-space", "png", "random", "undecodable"],
)
def test_unreadable_text(tmp_path: Path, data: bytes, error: type[ReadError], says: str) -> None:
    path = _write(tmp_path, "input.txt", data)
    with pytest.raises(ReadError) as raised:
        read(path)
    assert type(raised.value) is error
    _assert_message(raised.value, path, says)


def test_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "missing.txt"
    with pytest.raises(ReadError) as raised:
        read(path)
    assert type(raised.value) is ReadError
    _assert_message(raised.value, path, "no such file")


def test_directory(tmp_path: Path) -> None:
    with pytest.raises(ReadError) as raised:
        read(tmp_path)
    assert type(raised.value) is ReadError
    _assert_message(raised.value, tmp_path, "is a directory")


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads anything")
def test_unreadable_permissions(tmp_path: Path) -> None:
    path = _write(tmp_path, "locked.txt", b"text")
    path.chmod(0)
    with pytest.raises(ReadError) as raised:
        read(path)
    _assert_message(raised.value, path, "permission denied")


def test_errors_from_bytes_start_with_the_path_or_name() -> None:
    with pytest.raises(ReadError) as raised:
        read_bytes(b"", "doc.ja")
    _assert_message(raised.value, "doc.ja", "empty")
    with pytest.raises(ReadError) as raised:
        read_bytes(b"", "doc.ja", path="in/doc.ja.txt")
    _assert_message(raised.value, "in/doc.ja.txt", "empty")
