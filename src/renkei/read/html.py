"""The main text of an HTML page, one block element per line.

Page furniture (scripts, navigation, banners, footers, share buttons) is dropped,
the main content is chosen (<main>, else <article>, else [role=main], else
<body>), and its blocks are written as lines: a line break between blocks, a
blank line between paragraphs, inline whitespace collapsed as a browser would.
"""

from __future__ import annotations

import re

from bs4 import BeautifulSoup
from bs4.element import NavigableString, PreformattedString, Tag

from renkei.errors import ReadError
from renkei.models import Source
from renkei.read.dates import iso_date
from renkei.read.decode import (
    Decoded,
    bom_codec,
    codec_for_label,
    decode_text,
    normalize_newlines,
)

# A <meta charset> or http-equiv Content-Type must come early (HTML says within
# the first 1024 bytes; pages in the wild stretch that).
_META_CHARSET = re.compile(rb"<meta[^>]*?charset\s*=\s*[\"']?\s*([\w.:-]+)", re.IGNORECASE)
_META_CHARSET_BYTES = 4096

_DROP_TAGS = frozenset(
    {"script", "style", "noscript", "template", "nav", "aside", "form", "iframe", "svg"}
    # ruby annotations (furigana) would interleave readings with the base text
    | {"rt", "rp"}
)
_DROP_ROLES = frozenset({"navigation", "banner", "contentinfo", "search"})
# A <header>/<footer> is the page banner/footer only outside sectioning content
# (the ARIA mapping); inside an article it holds the article's own title or date.
_SECTIONING = frozenset({"article", "aside", "main", "nav", "section"})
# id/class words that mark navigation and page furniture; topicpath and pankuzu
# are the usual names of breadcrumbs on Japanese sites.
_NOISE_NAME = re.compile(
    r"(?:^|[-_])[a-z]*(?:nav|navi|navigation|navbar|menu|breadcrumbs?|topicpath|pankuzu"
    r"|share|sharing|social|sns|footer|pagetop|skip(?:link)?)(?:$|[-_\d])"
)
_CONTENT_TAGS = frozenset({"html", "body", "main", "article"})

# Breaks a block element puts around itself.
_LINE, _PARAGRAPH = 1, 2
_PARAGRAPH_TAGS = frozenset(
    {"p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "ul", "ol", "dl", "table"}
    | {"figure", "hr", "address", "section", "article", "main", "header", "footer", "details"}
)
_LINE_TAGS = frozenset(
    {"div", "li", "dt", "dd", "tr", "td", "th", "caption", "figcaption", "summary", "center"}
)

_HTML_SPACE = " \t\n\r\f"
_SPACES = re.compile(r"[ \t\n\r\f\xa0]+")
# CSS Text 3 drops a line break between two East Asian wide characters instead of
# rendering it as a space: Japanese source wrapped mid-sentence must not gain spaces.
_WIDE = "\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef"
_WIDE_BREAK = re.compile(rf"(?<=[{_WIDE}])[ \t\r\f]*\n[ \t\n\r\f]*(?=[{_WIDE}])")

_DATE_META = frozenset({"date", "dcterms.date", "dc.date", "article:published_time"})
_ISO_DATE = re.compile(r"(\d{4})[-/](\d{1,2})[-/](\d{1,2})")


def read_html(data: bytes, *, name: str, path: str | None) -> Source:
    """Decode an HTML page and keep its main text and its title and date."""
    label = path or name
    decoded = _decode(data, label)
    soup = BeautifulSoup(decoded.text, "lxml")
    meta = _meta(soup)
    for element in [el for el in soup.find_all(True) if _is_furniture(el)]:
        element.extract()
    text = _render(_content_roots(soup))
    if not text:
        raise ReadError(f"{label}: no text in the HTML page")
    return Source(
        text=text,
        name=name,
        path=path,
        media_type="html",
        encoding=decoded.encoding,
        meta=meta,
    )


def _decode(data: bytes, label: str) -> Decoded:
    # A BOM outranks the declared charset, which outranks detection (as in HTML).
    if bom_codec(data) is None:
        codec = _declared_codec(data)
        if codec is not None:
            try:
                return Decoded(normalize_newlines(data.decode(codec)), codec)
            except UnicodeDecodeError:
                pass  # the declaration is wrong; detection decides
    return decode_text(data, label)


def _declared_codec(data: bytes) -> str | None:
    match = _META_CHARSET.search(data[:_META_CHARSET_BYTES])
    if match is None:
        return None
    codec = codec_for_label(match.group(1).decode("ascii"))
    # A declaration readable as ASCII cannot be in UTF-16, whatever it says.
    if codec is None or codec.startswith("utf-16"):
        return None
    return codec


def _meta(soup: BeautifulSoup) -> dict[str, str]:
    meta = {}
    title = soup.find("title")
    if title is not None:
        text = _collapse(title.get_text())
        if text:
            meta["title"] = text
    for tag in soup.find_all("meta"):
        key = str(tag.get("name") or tag.get("property") or "").lower()
        date = iso_date(_ISO_DATE, str(tag.get("content") or "")) if key in _DATE_META else None
        if date is not None:
            meta["date"] = date
            break
    return meta


def _is_furniture(element: Tag) -> bool:
    name = element.name
    if name in _DROP_TAGS or element.has_attr("hidden"):
        return True
    if name in ("header", "footer") and element.find_parent(_SECTIONING) is None:
        return True
    role = str(element.get("role") or "").lower()
    if role in _DROP_ROLES:
        return True
    if name in _CONTENT_TAGS or role == "main":
        return False
    words = [str(element.get("id") or ""), *element.get_attribute_list("class")]
    if not any(_NOISE_NAME.search(str(word).lower()) for word in words if word):
        return False
    # A wrapper whose class merely mentions a menu may still hold the content.
    return element.find(["main", "article"]) is None and element.find(True, role="main") is None


def _content_roots(soup: BeautifulSoup) -> list[Tag]:
    main = soup.find("main")
    if main is not None:
        return [main]
    articles = [a for a in soup.find_all("article") if a.find_parent("article") is None]
    if articles:
        return articles
    role_main = soup.find(True, attrs={"role": "main"})
    if role_main is not None:
        return [role_main]
    return [soup.body or soup]


def _render(roots: list[Tag]) -> str:
    lines = _Lines()
    for root in roots:
        # Depth-first with an explicit stack: malformed pages nest deeper than
        # Python's recursion limit. An int on the stack closes a block.
        stack: list[object] = [root]
        while stack:
            node = stack.pop()
            if isinstance(node, int):
                lines.brk(node)
            elif isinstance(node, Tag):
                _open(node, lines, stack)
            elif isinstance(node, NavigableString) and not isinstance(node, PreformattedString):
                lines.add(str(node))
        lines.brk(_PARAGRAPH)
    return lines.text()


def _open(tag: Tag, lines: _Lines, stack: list[object]) -> None:
    if tag.name == "br":
        lines.line_break()
    elif tag.name == "pre":
        lines.brk(_PARAGRAPH)
        lines.add_preformatted(tag.get_text())
        lines.brk(_PARAGRAPH)
    else:
        brk = _PARAGRAPH if tag.name in _PARAGRAPH_TAGS else _LINE if tag.name in _LINE_TAGS else 0
        if brk:
            lines.brk(brk)
            stack.append(brk)
        stack.extend(reversed(tag.contents))


class _Lines:
    """Inline text gathered into lines; breaks between them merge, the strongest wins."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._inline: list[str] = []
        self._pending = 0  # newlines owed before the next line

    def add(self, text: str) -> None:
        self._inline.append(text)

    def add_preformatted(self, text: str) -> None:
        # HTML drops the newline right after <pre>; the rest is kept verbatim.
        self._emit(text.removeprefix("\n").rstrip())

    def brk(self, strength: int) -> None:
        self._flush()
        self._pending = max(self._pending, strength)

    def line_break(self) -> None:
        # Unlike block edges, <br>s add up: <br><br> leaves a blank line.
        if self._flush():
            self._pending = _LINE
        else:
            self._pending = min(self._pending + 1, _PARAGRAPH)

    def text(self) -> str:
        self._flush()
        return "".join(self._parts)

    def _flush(self) -> bool:
        line = _collapse("".join(self._inline))
        self._inline.clear()
        return self._emit(line)

    def _emit(self, line: str) -> bool:
        if not line.strip():
            return False
        if self._parts:
            self._parts.append("\n" * max(self._pending, _LINE))
        self._parts.append(line)
        self._pending = 0
        return True


def _collapse(text: str) -> str:
    return _SPACES.sub(" ", _WIDE_BREAK.sub("", text)).strip(_HTML_SPACE)
