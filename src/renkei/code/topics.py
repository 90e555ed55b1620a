"""Topics of a sentence from the keyword table (topics.toml)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

import ahocorasick

from renkei.code.actors import compound_members
from renkei.code.lexicon import (
    Topic,
    actors,
    institution_names,
    literal_trie,
    own_format_words,
    topics,
)
from renkei.models import Lang


@dataclass(frozen=True)
class _Matcher:
    # the keywords of a haystack, each the longest at the leftmost place left: Japanese ones
    # by Aho-Corasick, English ones (which must start a word) by one expression
    keywords: Callable[[str], list[str]]
    # keyword -> (topic index, role) for it and every keyword inside it: one
    # left-to-right scan reports 「自由で開かれたインド太平洋」 but not the
    # 「インド太平洋」 within it
    roles: dict[str, tuple[tuple[int, str], ...]]
    table: tuple[Topic, ...]
    own_format: frozenset[str]  # keywords that may name the parties' own grouping


@cache
def _matcher(lang: Lang) -> _Matcher:
    table = topics(lang)
    entries: dict[str, set[tuple[int, str]]] = {}
    for i, topic in enumerate(table):
        for role, words in (
            ("strong", topic.strong),
            ("weak", topic.weak),
            ("unless", topic.unless),
            ("own", topic.own),
        ):
            for word in words:
                entries.setdefault(word, set()).add((i, role))
    roles = {
        word: tuple(sorted(e for other, found in entries.items() if other in word for e in found))
        for word in entries
    }
    # An institution's name is matched as one word with no role, so that the keywords
    # inside it ("trade" in "the Ministry of Economy, Trade and Industry") do not count.
    for name in institution_names(lang):
        roles[name] = ()
        entries.setdefault(name, set())
    own = frozenset(
        w
        for w in entries
        if compound_members(w)
        or any(f in w for f in own_format_words())
        or (_grouping(w) and all(table[i].name == _GROUPINGS_TOPIC for i, _ in entries[w]))
    )
    if lang == "ja":
        finder = ahocorasick.Automaton()
        for word in entries:
            finder.add_word(word, word)
        finder.make_automaton()

        def keywords(haystack: str) -> list[str]:
            return [word for _, word in finder.iter_long(haystack)]

        return _Matcher(keywords, roles, table, own)
    # An English keyword starts a word ("isis" is not in "crisis"); it may end inside one,
    # so that a stem ("counter-terror") takes its endings.
    start = "(?:(?<![a-z0-9])|(?=[^a-z0-9]))"
    return _Matcher(re.compile(f"{start}({literal_trie(entries)})").findall, roles, table, own)


# Its keywords that name an actor ("ASEAN", "G7") name the partnership itself where that
# actor is a party.
_GROUPINGS_TOPIC = "partners_groupings"


@cache
def _groupings() -> dict[str, str]:
    """Actor names by lower-cased surface: "asean" -> ASEAN, "quad" -> QUAD."""
    return {surface.lower(): code for surface, code in actors().codes.items()}


def _grouping(word: str) -> str | None:
    return _groupings().get(word.lower())


def _names_own_format(word: str, parties: tuple[str, ...]) -> bool:
    """Does a keyword name the parties themselves (「日米韓」 among JPN, KOR, USA; "ASEAN"
    in an ASEAN-Japan statement, where cooperation with ASEAN is the partnership itself)?"""
    members = compound_members(word)
    if members:
        return members <= set(parties)
    if any(f in word and n == len(parties) for f, n in own_format_words().items()):
        return True
    return _grouping(word) in parties


def find_topics(text: str, lang: Lang, parties: tuple[str, ...] = ()) -> tuple[str, ...]:
    """Topics whose keywords occur in an NFKC-normalised sentence, in table order.

    Japanese text is matched with the Japanese keywords, and its runs of Latin script
    (「ITPP」, 「2+2」, NATO) with the English ones: each alternation stays short.
    """
    found: dict[str, set[int]] = {"strong": set(), "weak": set(), "unless": set()}
    if lang == "ja":
        haystack = text
        _collect(_matcher("ja"), f" {text} ", parties, found)
        for run in _ASCII_RUN.findall(text):
            if _ALNUM.search(run):
                _collect(_matcher("en"), f" {run.lower()} ", parties, found)
    else:
        haystack = text.lower()
        _collect(_matcher("en"), f" {haystack} ", parties, found)
    table = _matcher(lang).table
    found["strong"].update(i for i, pattern in _patterns(lang) if pattern.search(haystack))
    strong = found["strong"] - found["unless"]
    if not any(table[i].area or table[i].name not in _WEAK_ALLOWED for i in strong):
        strong |= found["weak"] - found["unless"]
    return tuple(table[i].name for i in sorted(strong))


@cache
def _patterns(lang: Lang) -> tuple[tuple[int, re.Pattern[str]], ...]:
    """The topics with `patterns`, each as one expression."""
    # Matched on the lower-cased sentence: ignoring case would cost the scan its literal prefix
    return tuple(
        (i, re.compile("|".join(topic.patterns)))
        for i, topic in enumerate(topics(lang))
        if topic.patterns
    )


# Topics that leave a sentence's generic words ("cooperation") to mean the partnership.
_WEAK_ALLOWED = frozenset({"political_dialogue", "defence_policy", "partnership_framework"})
# runs of ASCII holding a letter or digit (「ITPP」「2+2」): found as runs, then checked, which
# lets the scan skip to them
_ASCII_RUN = re.compile(r"[ -~]+")
_ALNUM = re.compile(r"[A-Za-z0-9]")


def _collect(
    matcher: _Matcher, haystack: str, parties: tuple[str, ...], found: dict[str, set[int]]
) -> None:
    for word in matcher.keywords(haystack):
        own = bool(parties) and word in matcher.own_format and _names_own_format(word, parties)
        for index, role in matcher.roles[word]:
            if role == "own":
                if own:
                    found["strong"].add(index)
            elif not own:
                found[role].add(index)
