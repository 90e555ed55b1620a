"""Topics of a sentence from the keyword table (topics.toml)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from renkei.code.actors import compound_members
from renkei.code.lexicon import Topic, own_format_words, topics


@dataclass(frozen=True)
class _Matcher:
    regex: re.Pattern[str]
    # keyword -> (topic index, role) for it and every keyword inside it: one
    # left-to-right scan reports 「自由で開かれたインド太平洋」 but not the
    # 「インド太平洋」 within it
    roles: dict[str, tuple[tuple[int, str], ...]]
    table: tuple[Topic, ...]
    own_format: frozenset[str]  # keywords that may name the parties' own grouping


@cache
def _matcher() -> _Matcher:
    table = topics()
    entries: dict[str, set[tuple[int, str]]] = {}
    for i, topic in enumerate(table):
        for role, words in (
            ("strong", topic.strong),
            ("weak", topic.weak),
            ("unless", topic.unless),
        ):
            for word in words:
                entries.setdefault(word, set()).add((i, role))
    roles = {
        word: tuple(sorted(e for other, found in entries.items() if other in word for e in found))
        for word in entries
    }
    alternation = "|".join(re.escape(w) for w in sorted(entries, key=len, reverse=True))
    own = frozenset(w for w in entries if compound_members(w) or w in own_format_words())
    return _Matcher(re.compile(f"({alternation})"), roles, table, own)


def _names_own_format(word: str, parties: tuple[str, ...]) -> bool:
    """Does a keyword name the parties themselves (「日米韓」 among JPN, KOR, USA)?"""
    members = compound_members(word)
    if members:
        return members <= set(parties)
    return own_format_words().get(word) == len(parties)


def find_topics(text: str, parties: tuple[str, ...] = ()) -> tuple[str, ...]:
    """Topics whose keywords occur in an NFKC-normalised sentence, in table order."""
    matcher = _matcher()
    found: dict[str, set[int]] = {"strong": set(), "weak": set(), "unless": set()}
    for m in matcher.regex.finditer(f" {text.lower()} "):
        word = m.group(1)
        if parties and word in matcher.own_format and _names_own_format(word, parties):
            continue
        for index, role in matcher.roles[word]:
            found[role].add(index)
    strong = found["strong"] - found["unless"]
    if not any(matcher.table[i].area for i in strong):
        strong |= found["weak"] - found["unless"]
    return tuple(matcher.table[i].name for i in sorted(strong))
