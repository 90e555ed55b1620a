"""Cut a repaired paragraph into sentence spans, in Japanese or English."""

from __future__ import annotations

import re
from collections.abc import Iterator

_JA_END = "。！？!?"
_OPEN_CLOSE = {"「": "」", "『": "』", "（": "）", "(": ")", "【": "】", "〔": "〕"}
# A stop after a word (not a stray "2013 ? 2014" left by a lost dash) before a capital;
# or glued to the next sentence ("interests.Both sides", "May 2022.We"), which extraction leaves.
_EN_BOUNDARY = re.compile(
    r"(?<=\S)[.!?][\"”’'\)\]]*(?=\s+[\"“‘'(\[]?[A-Z0-9])|(?<=[a-z]{2}[.!?])(?=[A-Z][a-z])"
    r"|(?<=\d{4}\.)(?=[A-Z][a-z])"
)
_INITIALS = re.compile(r"(?:[A-Z]\.)+[A-Z]")  # "H.H", "H.R.H": an honorific, not a sentence end
_WORD_BEFORE = re.compile(r"(\S+)$")


_BRACKET = re.compile("[" + re.escape("".join(_OPEN_CLOSE) + "".join(_OPEN_CLOSE.values())) + "]")
_CLOSERS = {v: k for k, v in _OPEN_CLOSE.items()}


def _closing_positions(text: str) -> dict[int, int]:
    """Index of each opening bracket -> index of its matching close (unmatched ones omitted)."""
    stack: list[tuple[str, int]] = []
    matches: dict[int, int] = {}
    closers = _CLOSERS
    for found in _BRACKET.finditer(text):
        i, ch = found.start(), found.group(0)
        if ch in _OPEN_CLOSE:
            stack.append((ch, i))
        elif ch in closers:
            for depth in range(len(stack) - 1, -1, -1):
                if stack[depth][0] == closers[ch]:
                    matches[stack[depth][1]] = i
                    del stack[depth:]
                    break
    return matches


def _fills_its_lines(text: str, start: int, opening: int, closing: int) -> bool:
    """Does the quotation from `opening` to `closing` open a sentence and end its line?"""
    return not text[start:opening].strip() and not text[closing + 1 :].split("\n", 1)[0].strip()


def split_ja(text: str) -> Iterator[tuple[int, int]]:
    """Spans ending at 。！？ outside 「」（） and other brackets. A quotation that fills its
    lines (a speech quoted after 「…以下のとおり述べた。」) is cut inside it."""
    closes = _closing_positions(text)
    start, i, n = 0, 0, len(text)
    while i < n:
        ch = text[i]
        if i in closes and not (ch == "「" and _fills_its_lines(text, start, i, closes[i])):
            i = closes[i] + 1
            continue
        if ch in _JA_END:
            end = i + 1
            while end < n and text[end] in _JA_END + "」』）)":
                end += 1
            yield start, end
            start, i = end, end
            continue
        i += 1
    if text[start:].strip():
        yield start, n


def split_en(
    text: str,
    abbreviations: frozenset[str],
    final_abbreviations: frozenset[str],
    starters: frozenset[str],
) -> Iterator[tuple[int, int]]:
    """Spans ending at . ! ? before a capital, unless the period ends an abbreviation or initial."""
    start = 0
    closes = (
        {o: c for o, c in _closing_positions(text).items() if text[o] == "("} if "(" in text else {}
    )
    for m in _EN_BOUNDARY.finditer(text):
        if any(o < m.start() < c for o, c in closes.items()):
            continue  # "(6:30 a.m. Japan time)": no sentence ends inside parentheses
        if text[m.start()] == ".":
            word_m = _WORD_BEFORE.search(text, 0, m.start())
            # the last part of a compound: "Japan-Australia-India-U.S." ends in "U.S."
            word = word_m.group(1).lstrip("(\"“‘'[").rsplit("-", 1)[-1] if word_m else ""
            if (
                word in abbreviations
                or (len(word) == 1 and word.isupper())
                or _INITIALS.fullmatch(word)
            ):
                next_word = (
                    text[m.end() :].split(None, 1)[0].strip("\"“‘'([")
                    if text[m.end() :].strip()
                    else ""
                )
                if not (word in final_abbreviations and next_word in starters):
                    continue
        yield start, m.end()
        start = m.end()
    if text[start:].strip():
        yield start, len(text)


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink a span to exclude surrounding white space."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
