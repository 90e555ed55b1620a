"""Lines -> paragraphs, repairing extraction damage while keeping offsets.

A paragraph's `text` is repaired (lines joined, stray spaces and markup
dropped, half-width 、 variants mapped), and `pieces` map every character of
it back to the decoded input, so a sentence cut from it can cite
`input[start:end]` exactly.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from itertools import pairwise

_SPACE = " \t\u00a0\u3000\u2002\u2003\u2009\u200b\ufeff"
_SPACE_RUN = re.compile(f"[{_SPACE}]+")
# Inline markup left by HTML-to-markdown scrapes: **bold**, <u>, __, escapes, and a link's
# brackets and address ("[strongly condemn](https://...)" keeps "strongly condemn"; its text
# may run on to the next line, so an opening bracket left unclosed on its line goes too).
_MARKUP = re.compile(
    r"\*\*|__|</?u>|</?b>|</?i>|</?em>|</?strong>|\\(?=[#*_\[\]()-])|^#{1,6}\s*"
    r"|\]\((?:https?://|/)[^)\s]*\)|\[(?=[^\]\n]*(?:\]\((?:https?://|/)|$))"
)
_CJK = re.compile(r"[\u3000-\u30ff\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]")
# One-for-one character repairs; lengths are unchanged so offsets hold.
_REPAIR = str.maketrans({"､": "、", "｡": "。", "\u00a0": " ", "\u3000": " ", "\u2009": " "})
_INLINE_NUMBER = re.compile(
    r"(?<=[。)）」』\u3040-\u30ff\u3400-\u9fff][ \u3000])\d{1,2}[.．][ \u3000]*"
    r"(?=[\u3040-\u30ff\u3400-\u9fff])"
)
_INLINE_NUMBER_EN = re.compile(r"(?<=\S )\d{1,2}\. (?=[A-Z])")
# 「…強調した。 - 和解・再統合」: a bullet after a sentence's end starts a new item
_INLINE_BULLET = re.compile(r"[。．][ \u3000]([-‐－●■◆▪]) ?(?=[\u3040-\u30ff\u3400-\u9fff])")
_RUN_ON = 400  # characters: a line this long is a whole text whose line breaks were lost
# "Article 5. The leaders ...": a number after these ends a sentence, it starts no paragraph
_NUMBERED_NOUNS = frozenset(
    "Article Section No. No Paragraph paragraph Chapter Resolution Annex Part Phase Step Pillar "
    "Point page Page para".split()
)
_JA_HEADING_MAX = 30  # characters; a Japanese heading or date line is shorter
_TERMINAL = tuple('。．.!?！？」』）)"”’:：')
_CONTINUATION = tuple("、，,)）")
# A markdown image ("![caption](/files/photo.jpg)"): no text, and it ends a paragraph
_IMAGE = re.compile(r"!\[.*\]\([^)\s]*\)\s*\|?")
# "Below is the full text of the joint statement:": what follows is a paragraph of its own
_INTRODUCES = (":", "：")
# "[文書名] 日・EU…冒頭発言", "[Date] July 13, 2023": a database header field is a line of its own
_HEADER_FIELD = re.compile(r"\[[^\]\n]{1,12}\]\s")


@dataclass(frozen=True, slots=True)
class Piece:
    """`length` characters of repaired text starting at `clean` come from `orig` on."""

    clean: int
    orig: int
    length: int


@dataclass(slots=True)
class Paragraph:
    text: str
    pieces: list[Piece] = field(default_factory=list)
    marked_heading: bool = False  # the line carried heading markup (**, ###, <u>)
    dateline: str | None = None  # ISO date of a dateline cut from the paragraph's start

    def orig_span(self, start: int, end: int) -> tuple[int, int]:
        """Offsets in the decoded input of repaired characters [start, end)."""
        return self._orig(start), self._orig(end - 1) + 1

    def _orig(self, pos: int) -> int:
        starts = [p.clean for p in self.pieces]
        piece = self.pieces[max(bisect_right(starts, pos) - 1, 0)]
        return piece.orig + min(pos - piece.clean, piece.length - 1)

    def joined(self, other: Paragraph, separator: str = "") -> Paragraph:
        """This paragraph and `other` as one (a sentence that runs on into a list); English
        words are kept apart by a space."""
        shift = len(self.text) + len(separator)
        moved = [Piece(p.clean + shift, p.orig, p.length) for p in other.pieces]
        text = self.text + separator + other.text
        return Paragraph(text, self.pieces + moved, False, self.dateline)

    def drop_prefix(self, count: int) -> Paragraph:
        """The paragraph without its first `count` repaired characters (a bullet, a number)."""
        pieces = []
        for p in self.pieces:
            end = p.clean + p.length
            if end <= count:
                continue
            cut = max(count - p.clean, 0)
            pieces.append(Piece(p.clean + cut - count, p.orig + cut, p.length - cut))
        return Paragraph(self.text[count:], pieces, self.marked_heading, self.dateline)


_INDENT = (" ", "\u3000")
_JA_SENTENCE_END = re.compile(r"。[)）」』]*$")


def _is_cjk(char: str) -> bool:
    return bool(char) and _CJK.match(char) is not None


def _kept_spans(line: str, base: int) -> list[tuple[int, int, str]]:
    """(orig_start, orig_end, replacement) runs of a line that survive repair.

    Markup is dropped; a run of spaces becomes one space between Latin words
    and nothing next to Japanese text (PDF extraction scatters spaces there).
    """
    drops = [(m.start(), m.end(), "") for m in _MARKUP.finditer(line)]
    for m in _SPACE_RUN.finditer(line):
        before = line[m.start() - 1] if m.start() else ""
        if before.isdigit() and line[: m.start()].isdigit():
            continue  # "1 冒頭": a paragraph number keeps its space, so it can be recognised
        after = line[m.end()] if m.end() < len(line) else ""
        if before == "-" and after.isupper() and line[m.start() - 2 : m.start() - 1].isalpha():
            drops.append((m.start(), m.end(), ""))  # "Indo- Pacific": a word broken at a line end
            continue
        keep_one = bool(before and after) and not (_is_cjk(before) or _is_cjk(after))
        drops.append((m.start() + 1, m.end(), "") if keep_one else (m.start(), m.end(), ""))
    drops.sort()
    spans, pos = [], 0
    for start, end, _ in drops:
        if start > pos:
            spans.append((base + pos, base + start, ""))
        pos = max(pos, end)
    if pos < len(line):
        spans.append((base + pos, base + len(line), ""))
    return spans


class _Builder:
    """Accumulates the lines of one paragraph."""

    def __init__(self, text: str) -> None:
        self.source = text
        self.parts: list[str] = []
        self.pieces: list[Piece] = []
        self.length = 0
        self.lines = 0

    def add_line(self, start: int, end: int) -> None:
        spans = _kept_spans(self.source[start:end], start)
        if not spans:
            return
        if self.lines:
            self._join(spans[0][0], start)
        for s, e, _ in spans:
            self._emit(self.source[s:e], s)
        self.lines += 1

    def _join(self, next_orig: int, line_start: int) -> None:
        prev = self.parts[-1][-1] if self.parts else ""
        nxt = self.source[next_orig] if next_orig < len(self.source) else ""
        if _is_cjk(prev) or _is_cjk(nxt) or nxt in _CONTINUATION or (prev, nxt) == (")", "/"):
            return
        if prev in "-\u2010" and nxt.islower():
            return  # a word broken across lines; keep its hyphen, drop the break
        if prev == " ":
            return
        self._emit(" ", max(line_start - 1, 0))  # the space stands for the line break

    def _emit(self, fragment: str, orig: int) -> None:
        self.pieces.append(Piece(self.length, orig, len(fragment)))
        self.parts.append(fragment)
        self.length += len(fragment)

    def build(self, marked_heading: bool) -> Paragraph | None:
        text = "".join(self.parts).translate(_REPAIR)
        stripped = text.rstrip()
        if not stripped.strip():
            return None
        if stripped.endswith(" "):
            stripped = stripped.rstrip()
        paragraph = Paragraph(stripped, self.pieces, marked_heading)
        lead = len(stripped) - len(stripped.lstrip())
        return paragraph.drop_prefix(lead) if lead else paragraph


def _wrap_width(lines: list[str]) -> int:
    """The width hard-wrapped lines reach (90th percentile of line lengths)."""
    lengths = sorted(len(line.strip(_SPACE)) for line in lines if line.strip(_SPACE))
    return lengths[int(len(lengths) * 0.9)] if lengths else 0


def _is_interleaved(lines: list[str]) -> bool:
    """PDF extraction that put an empty line after every wrapped line (the seed's damage).

    Unlike text whose paragraphs are single lines separated by blank lines, its
    lines mostly run to the wrap width and stop mid-sentence.
    """
    content = [
        line.strip(_SPACE)
        for i, line in enumerate(lines[:-1])
        if line.strip(_SPACE) and lines[i + 1] == ""
    ]
    if len(content) < 10 or len(content) < 0.8 * sum(1 for line in lines if line.strip(_SPACE)):
        return False
    width = _wrap_width(lines)
    wrapped = sum(
        1 for line in content if len(line) >= 0.8 * width and not line.endswith(_TERMINAL)
    )
    return wrapped >= 0.5 * len(content)


def _wraps_mid_sentence(content: str) -> bool:
    """A Japanese line that stops in the middle of a sentence or of a bracket, too long for
    a heading (「1. 安倍…首相は,年次の日」): the text was wrapped there, whatever its width."""
    unclosed = content.count("(") + content.count("（") > content.count(")") + content.count("）")
    return (
        len(content) >= _JA_HEADING_MAX
        and not content.endswith(_TERMINAL)
        and (
            _is_cjk(content[-1]) or unclosed  # 「…首相(The Hon. …, Prime Minister of」
        )
    )


# Particles a Japanese clause goes on after: a paragraph cannot end on one
_JA_PARTICLE_END = ("から", *"はをにがとのでもやへ、,，､")


def _broken_mid_clause(
    builder: _Builder, lines: list[str], i: int, bullet: re.Pattern[str]
) -> bool:
    """Does a blank line cut a Japanese sentence after a particle (「…2017年5月26日から」,
    blank, 「27日にかけて…開催した。」)? A page break in the source put it there."""
    last = builder.parts[-1].rstrip() if builder.parts else ""
    if builder.length < _JA_HEADING_MAX or not last.endswith(_JA_PARTICLE_END):
        return False
    following = next((line.strip(_SPACE) for line in lines[i + 1 :] if line.strip(_SPACE)), "")
    opens = _is_cjk(following[:1]) or following[:1].isdigit()
    return opens and not bullet.match(following)


def _numbered_items(line: str, base: int) -> list[tuple[int, int]]:
    """A line cut before the paragraph numbers inside it: PDF text that lost its line
    breaks runs 「…(仮訳) 1. 安倍総理は…行った。 2. 両首脳は…」 or "... Joint Statement
    1. H.E. Mr. MOTEGI ... conference. 2. We reaffirm ..." on one line."""
    cuts = [m.start() for m in _INLINE_NUMBER.finditer(line)]
    cuts += [m.start(1) for m in _INLINE_BULLET.finditer(line)]
    if len(line) >= _RUN_ON:
        cuts += [
            m.start()
            for m in _INLINE_NUMBER_EN.finditer(line)
            if line[: m.start()].split()[-1] not in _NUMBERED_NOUNS
        ]
    bounds = [0, *sorted(cuts), len(line)]
    return [(base + a, base + b) for a, b in pairwise(bounds)]


def paragraphs(
    text: str,
    heading_markup: list[re.Pattern[str]],
    bullet: re.Pattern[str],
) -> list[Paragraph]:
    """Cut decoded text into repaired paragraphs.

    A paragraph ends at a blank line (an empty line too, unless the text is
    interleaved with empty lines), after a line with trailing white space
    that ends a sentence or stands alone (PDF and markdown paragraph ends),
    after a Japanese sentence's end before an indented line, before a bullet
    or numbered item, and around a line marked as a heading.
    """
    lines = text.split("\n")
    interleaved = _is_interleaved(lines)
    # A trailing space marks a paragraph's end (PDF and markdown), unless nearly every line
    # has one ("hosted \nPrime Minister ..."): then it marks nothing
    spaced = [line for line in lines if line.strip(_SPACE)]
    marks_ends = sum(line != line.rstrip(_SPACE) for line in spaced) < 0.6 * max(len(spaced), 1)
    # A line well short of the wrap width ends its paragraph (a heading, a date, a
    # paragraph's last line): that is how damaged text without blank lines still shows them.
    short = _wrap_width(lines) * 0.6
    result: list[Paragraph] = []
    builder = _Builder(text)

    def flush(marked: bool = False) -> None:
        nonlocal builder
        para = builder.build(marked)
        if para is not None:
            result.append(para)
        builder = _Builder(text)

    offset = 0
    for i, whole in enumerate(lines):
        line_start = offset
        offset += len(whole) + 1
        # 「…(骨子(PDF)」 then 「、和文(PDF)」: a line opening with 、 or ) goes on the one before
        # and "... economic and political" then "coercion and ...": a sentence wrapped there
        following = lines[i + 1].lstrip(_SPACE)[:1] if i + 1 < len(lines) else ""
        continued = bool(following) and (
            following in _CONTINUATION
            or (following == "/" and whole.rstrip().endswith(("(PDF)", "（PDF）")))
            or (
                following.islower()
                and following.isascii()
                and not whole.rstrip().endswith(_TERMINAL)
            )
        )
        # 「…ため。)」 then 「 なお,…」: a Japanese sentence's end before an indented line
        # ends its paragraph (the splitter keeps 「。)」 inside one: 「(現地時間。以下同じ。)から」)
        indented = i + 1 < len(lines) and lines[i + 1][:1] in _INDENT and bool(following)
        for start, end in _numbered_items(whole, line_start):
            line = text[start:end]
            content = line.strip(_SPACE)
            if not content:
                if (line or not interleaved) and not _broken_mid_clause(builder, lines, i, bullet):
                    flush()
                continue
            lead = len(line) - len(line.lstrip(_SPACE))
            cstart, cend = start + lead, start + lead + len(content)
            if _IMAGE.fullmatch(content):
                flush()
                continue
            if any(p.match(content) for p in heading_markup):
                flush()
                builder.add_line(cstart, cend)
                flush(marked=True)
                continue
            if bullet.match(content):
                flush()
            builder.add_line(cstart, cend)
            trailing = marks_ends and len(line) > len(line.rstrip(_SPACE))
            if (
                (trailing and (content.endswith(_TERMINAL) or builder.lines == 1))
                or (len(content) < short and not _wraps_mid_sentence(content) and not continued)
                or content.endswith(_INTRODUCES)
                or (indented and _JA_SENTENCE_END.search(content) is not None)
                or _HEADER_FIELD.match(content)
            ):
                flush()
    flush()
    return result
