"""Compile the knowledge files into matchers, once per process and language."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from renkei import knowledge
from renkei.errors import LexiconError
from renkei.models import Lang


@dataclass(frozen=True)
class Cue:
    act: str
    regex: re.Pattern[str]
    priority: int
    takes_complement: bool = False
    complement_acts: frozenset[str] | None = None  # None: any act of the object clause
    past_is_report: bool = False
    frame: bool = False
    joint: bool = False  # a deed every party reports together, whoever did it


@dataclass(frozen=True)
class Acts:
    lang: Lang
    cues: tuple[Cue, ...]
    main_after: re.Pattern[str] | None
    all_parties: tuple[str, ...]
    all_parties_subject: re.Pattern[str] | None  # Japanese: 「我々は」「両首脳は」「双方から」
    subject_markers: tuple[str, ...]
    embedding: frozenset[str]
    adverbs: tuple[str, ...]  # English, longest first: "also further" before "also"
    adverb_endings: tuple[str, ...]  # the same, each after a space: what a subject may end in
    own_instruments: re.Pattern[str] | None  # "Japan's new strategy aims to": Japan speaks
    governments: re.Pattern[str] | None  # "The Government of Japan will": Japan speaks
    strongest: re.Pattern[str]
    strong: re.Pattern[str]
    window: int
    welcome_done: tuple[str, ...]
    welcome_thanks: tuple[str, ...]
    welcome_ongoing: tuple[str, ...]
    welcome_work: tuple[str, ...]
    reaffirm_position: tuple[str, ...]
    reaffirm_record: tuple[str, ...]
    stress_own: tuple[str, ...]
    publisher: str | None  # the government whose summaries speak of themselves ([publisher])
    publisher_note: re.Pattern[str] | None
    condolence: re.Pattern[str] | None = None  # sentences that only offer sympathy: no act
    one_side_report: re.Pattern[str] | None = None  # reports of what one side told the other
    quote_lead: re.Pattern[str] | None = None  # 「Xから以下のとおり述べた。」 before X's words
    # English: 'stated, “' — a verb of saying that opens a quotation, matched up to its mark
    quotation_opener: re.Pattern[str] | None = None
    words_end: re.Pattern[str] | None = None  # Japanese: 「…旨」 ends one reporter's words
    occasion: re.Pattern[str] | None = None  # Japanese: 「本年は…周年であり、」 sets the scene
    party_bodies: tuple[str, ...] = ()  # 「日米韓防衛当局」: a party's body speaks for it
    past_deed: re.Pattern[str] | None = None  # English: a verb in the past reporting a deed
    # the words that make the other party the one a party works with: English before its
    # name ("with"), Japanese after it (「との関係」)
    partner: re.Pattern[str] | None = None
    # Japanese: a connective opening a sentence, with its comma (「また、」「何よりも,」)
    connective: re.Pattern[str] | None = None


@dataclass(frozen=True)
class ActorTable:
    codes: dict[str, str]  # surface form -> code
    kinds: dict[str, str]  # surface form -> "name" | "person" | "title"
    regex: dict[str, re.Pattern[str]]  # per language
    mask: dict[str, re.Pattern[str]]  # per language
    titles: dict[str, tuple[str, ...]]  # code -> titles
    members: dict[str, tuple[str, ...]]
    compounds: dict[str, str]  # one-character form -> code
    pronouns: dict[str, tuple[str, ...]]
    partner_titles: tuple[str, ...] = ()  # Japan's partner's, in a Japan-plus-one document
    leader_titles: dict[str, str] = field(default_factory=dict)  # kind -> regex alternation
    publishers: dict[str, str] = field(default_factory=dict)  # front-matter name -> code
    organisations: frozenset[str] = frozenset()  # whose meetings a member state may chair
    outside_scheme: frozenset[str] = frozenset()  # groupings the scheme has no code for
    # grouping -> member -> ISO date it joined: before that, the grouping stands without it
    joined: dict[str, dict[str, str]] = field(default_factory=dict)
    # the deeds whose agent a statement answers, per language: no party of it
    hostile_deeds: dict[str, tuple[str, ...]] = field(default_factory=dict)


@dataclass(frozen=True)
class Topic:
    name: str
    area: bool
    strong: tuple[str, ...]
    weak: tuple[str, ...]
    unless: tuple[str, ...]
    own: tuple[str, ...]
    patterns: tuple[str, ...] = ()  # regular expressions counted like strong keywords


def inflect(verb: str) -> list[str]:
    """Regular English forms of a verb (multi-word verbs inflect their first word)."""
    head, _, rest = verb.partition(" ")
    tail = f" {rest}" if rest else ""
    if head.endswith("e"):
        forms = [head, head + "s", head + "d", head[:-1] + "ing"]
    elif re.search(r"[^aeiou]y$", head):
        forms = [head, head[:-1] + "ies", head[:-1] + "ied", head + "ing"]
    elif re.search(r"(s|sh|ch|x|z)$", head):
        forms = [head, head + "es", head + "ed", head + "ing"]
    elif re.search(r"(?:mit|fer|gret|bid)$", head):
        forms = [head, head + "s", head + head[-1] + "ed", head + head[-1] + "ing"]
    else:
        forms = [head, head + "s", head + "ed", head + "ing"]
    return [f + tail for f in forms]


def _alternation(items: list[str]) -> str:
    return "|".join(sorted(items, key=len, reverse=True))


def literal_trie(words: Iterable[str]) -> str:
    """One regular expression for a set of literal words, shaped as a trie: 「会談」「会合を」
    「会合に」 become 「会(?:談|合[をに])」. Python's engine tries a flat alternation word
    by word at each position; the trie tries each character once. Like a longest-first
    alternation, it matches the longest word that starts at a position."""
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie_pattern(trie)


def _trie_pattern(node: dict[str, Any]) -> str:
    ends = "" in node
    branches = [re.escape(char) + _trie_pattern(child) for char, child in node.items() if char]
    if not branches:
        return ""
    if all(len(b) == 1 or (len(b) == 2 and b[0] == "\\") for b in branches) and len(branches) > 1:
        body = "[" + "".join(branches) + "]"
    elif len(branches) == 1:
        body = branches[0]
    else:
        body = "(?:" + "|".join(branches) + ")"
    if ends:
        return f"(?:{body})?" if len(branches) > 1 or len(body) > 1 else f"{body}?"
    return body


def _expand(pattern: str, macros: dict[str, str]) -> str:
    for name, value in macros.items():
        pattern = pattern.replace("{" + name + "}", value)
    return pattern


_SPECIAL = frozenset("\\()[]{}.^$*+?|")


def _top_level_alternatives(pattern: str) -> list[str]:
    """`pattern` split at the `|` that are not inside a group, a class or an escape."""
    parts, start, depth, i, in_class = [], 0, 0, 0, False
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            i += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
        i += 1
    parts.append(pattern[start:])
    return parts


def _by_first_char(pattern: str) -> str:
    """「強化{SV}|推進{SV}|強調{V}」 as 「強(?:化…|調…)|推進…」, and so on inside each group:
    the engine then tests each position's character once instead of against every
    alternative in turn. Alternatives keep their order among those that can match at one
    position, so the pattern matches exactly as before; one that opens with anything but a
    plain character leaves the pattern as it is."""
    alternatives = _top_level_alternatives(pattern)
    if len(alternatives) < 2 or any(
        not a or a[0] in _SPECIAL or a[1:2] in ("?", "*", "+", "{") for a in alternatives
    ):
        return pattern
    groups: dict[str, list[str]] = {}
    for alternative in alternatives:
        groups.setdefault(alternative[0], []).append(alternative[1:])
    return "|".join(
        first + rests[0] if len(rests) == 1 else f"{first}(?:{_by_first_char('|'.join(rests))})"
        for first, rests in groups.items()
    )


def _compile_cue(entry: dict[str, Any], macros: dict[str, str], lang: Lang, priority: int) -> Cue:
    # Patterns first: an alternation takes its first match, and a pattern
    # ("reiterated their strong opposition") is longer than a bare verb.
    parts = [str(p) for p in entry.get("patterns", [])]
    pattern = entry.get("pattern")
    if pattern:
        parts.append(str(pattern))
    verbs = [str(v) for v in entry.get("verbs", [])]
    forms = [str(f) for f in entry.get("forms", [])]
    words = [f for v in verbs for f in inflect(v)] + forms
    if words:
        parts.append(literal_trie(words))
    expanded = [_expand(p, macros) for p in parts]
    if lang == "ja":
        expanded = [_by_first_char(p) for p in expanded]
    source = "|".join(f"(?:{p})" for p in expanded)
    if lang == "en":
        source = rf"\b(?:{source})\b"
    try:
        # English cues are written in lower case and matched on the lower-cased sentence:
        # three times faster than IGNORECASE over these alternations.
        regex = re.compile(source)
    except re.error as exc:
        raise LexiconError(f"acts.{lang}.toml: cue {entry.get('act')}: {exc}") from None
    return Cue(
        act=str(entry["act"]),
        regex=regex,
        priority=priority,
        takes_complement=bool(entry.get("takes_complement", False)),
        complement_acts=frozenset(entry["complement_acts"]) if "complement_acts" in entry else None,
        past_is_report=bool(entry.get("past_is_report", False)),
        frame=bool(entry.get("frame", False)),
        joint=bool(entry.get("joint", False)),
    )


def _words(items: list[str], lang: Lang) -> re.Pattern[str]:
    body = _alternation([i if lang == "en" else re.escape(i) for i in items])
    return re.compile(
        rf"\b(?:{body})\b" if lang == "en" else body, re.IGNORECASE if lang == "en" else 0
    )


@cache
def acts(lang: Lang) -> Acts:
    data = knowledge.load(f"acts.{lang}.toml")
    macros = {k: str(v) for k, v in data.get("macros", {}).items()}
    cues = tuple(_compile_cue(e, macros, lang, i) for i, e in enumerate(data["cue"]))
    clause = data["clause"]
    intensity = data["intensity"]
    commitment = data["commitment"]
    publisher = data.get("publisher", {})
    main = clause.get("main")
    markers = clause.get("subject_markers", [])
    words = sorted(clause["all_parties"], key=len, reverse=True)
    subject = re.compile(f"(?:{literal_trie(words)})(?:{'|'.join(markers)})")
    adverbs = tuple(sorted(clause.get("adverbs", []), key=len, reverse=True))
    return Acts(
        lang=lang,
        cues=cues,
        main_after=re.compile(main) if main else None,
        all_parties=tuple(words),
        all_parties_subject=subject if markers else None,
        subject_markers=tuple(clause.get("subject_markers", [])),
        embedding=frozenset(clause.get("embedding", [])),
        adverbs=adverbs,
        adverb_endings=tuple(" " + adverb for adverb in adverbs),
        own_instruments=_words(clause["own_instruments"], lang)
        if clause.get("own_instruments")
        else None,
        governments=_words(clause["governments"], lang) if clause.get("governments") else None,
        strongest=_words(intensity["strongest"], lang),
        strong=_words(intensity["strong"], lang),
        window=int(intensity["window"]),
        welcome_done=tuple(commitment["welcome_done"]),
        welcome_thanks=tuple(commitment.get("welcome_thanks", [])),
        welcome_ongoing=tuple(commitment.get("welcome_ongoing", [])),
        welcome_work=tuple(commitment.get("welcome_work", [])),
        reaffirm_position=tuple(commitment["reaffirm_position"]),
        reaffirm_record=tuple(commitment.get("reaffirm_record", [])),
        stress_own=tuple(commitment["stress_own"]),
        publisher=publisher.get("party"),
        publisher_note=_alternation_pattern(publisher.get("notes", [])),
        condolence=_alternation_pattern(data.get("no_act", {}).get("condolence", [])),
        one_side_report=_words(clause["one_side_report"], lang)
        if clause.get("one_side_report")
        else None,
        past_deed=_past_deed(clause["past_deed"]) if clause.get("past_deed") else None,
        quote_lead=_alternation_pattern(clause.get("quote_lead", [])),
        quotation_opener=_quotation_opener(clause.get("quotation_verbs", [])),
        words_end=_alternation_pattern(clause.get("words_end", [])),
        occasion=_occasion(clause.get("occasion", [])),
        party_bodies=tuple(sorted(clause.get("party_bodies", []), key=len, reverse=True)),
        partner=_partner(clause, lang),
        connective=re.compile(f"(?:{literal_trie(clause['connectives'])})[、,]?")
        if clause.get("connectives")
        else None,
    )


def _partner(clause: dict[str, list[str]], lang: Lang) -> re.Pattern[str] | None:
    if lang == "en":
        words = clause.get("partner_before", [])
        return re.compile(rf"\b(?:{_alternation(words)})\s+$", re.IGNORECASE) if words else None
    words = clause.get("partner_after", [])
    return re.compile(_alternation([re.escape(w) for w in words])) if words else None


def _past_deed(verbs: dict[str, list[str]]) -> re.Pattern[str]:
    """After a party named as subject, a verb in the past that reports a deed ("Japan
    dispatched ..."), not one of the participles that describe a state ("was united")."""
    states = literal_trie(verbs["states"])
    irregular = literal_trie(verbs["irregular"])
    return re.compile(
        r"\s+(?:(?:has|have|had|also|then|further|subsequently|once)\s+)*"
        rf"(?!(?:{states})\b)(?:[a-z]+ed|{irregular})\b"
    )


def _quotation_opener(verbs: list[str]) -> re.Pattern[str] | None:
    """A verb of saying, then the mark that opens a quotation ("stated, “", "said: \"",
    "stated; “", 'told him that "')."""
    if not verbs:
        return None
    return re.compile(
        rf"\b(?:{'|'.join(verbs)})(?: as follows| him| her| them)?(?: that)?\s*[,:;]?\s*[“\"]\s*$"
    )


def _occasion(words: list[str]) -> re.Pattern[str] | None:
    """A clause that ends by naming an occasion (「来年は…110周年であり、」)."""
    if not words:
        return None
    return re.compile(f"(?:{'|'.join(words)})(?:の年)?であ(?:り|る)[、,]")


def _alternation_pattern(patterns: list[str]) -> re.Pattern[str] | None:
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE) if patterns else None


def _lower_case_pattern(pattern: str) -> str:
    """`pattern` with its letters in lower case, its escapes (`\\S`, `\\W`) as they are: what
    matches the lower-cased text as `pattern` with IGNORECASE matches the text."""
    return re.sub(
        r"\\.|[^\\]+",
        lambda m: m.group(0) if m.group(0)[0] == "\\" else m.group(0).lower(),
        pattern,
    )


def _is_cjk(text: str) -> bool:
    return bool(re.search(r"[\u3040-\u30ff\u3400-\u9fff]", text))


@cache
def actors() -> ActorTable:
    data = knowledge.load("actors.toml")
    codes: dict[str, str] = {}
    kinds: dict[str, str] = {}
    titles: dict[str, tuple[str, ...]] = {}
    members: dict[str, tuple[str, ...]] = {}
    compounds: dict[str, str] = {}
    for code, entry in data["actor"].items():
        for kind in ("names", "people"):
            for written in entry.get(kind, []):
                # "Côte d'Ivoire" is as often typeset "Côte d’Ivoire"
                for surface in {written, written.replace("'", "’")}:
                    codes.setdefault(surface, code)
                    kinds.setdefault(surface, "name" if kind == "names" else "person")
        titles[code] = tuple(entry.get("titles", []))
        members[code] = tuple(entry.get("members", []))
        for char in entry.get("compound", []):
            compounds[char] = code
    ja = literal_trie(s for s in codes if _is_cjk(s))
    # Latin names need word edges; "U.S." ends in a period, so the edge is a lookaround.
    en = literal_trie(s for s in codes if not _is_cjk(s))
    # Japanese text is scanned for Japanese names, and only its Latin-script runs for the
    # others ("NATO", "ASEAN"): two short alternations instead of one long one.
    regex = {
        "ja": re.compile(ja),
        # within a Latin run only whole words: "JUNCKER" does not name the UN
        "ja_latin": re.compile(rf"(?<![A-Za-z])(?:{en})(?![A-Za-z])"),
        "en": re.compile(rf"(?<![\w.])(?:{en})(?![\w])"),
    }
    # "Charter of the United Nations (UN)": the abbreviation after a masked phrase goes with it.
    # A space in a phrase may be lost or doubled by extraction ("(UNSC)resolutions").
    phrases = [re.escape(p).replace(r"\ ", r"\s*") for p in data["not_actor"]["phrases"]]
    patterns = list(data["not_actor"].get("patterns_en", []))
    abbreviation = r"(?:\s*[(（][A-Za-z]{2,8}[)）])?"
    # English phrases ignore case ("G7 presidency"): the English mask is written in lower
    # case and scans the lower-cased sentence (see `actors.py` `_masked`), two and a half
    # times faster than IGNORECASE; a case-insensitive scan of the Japanese alternation would
    # cost every Japanese sentence for nothing. An English phrase starts no later than a word
    # does: the scan tries its sixty alternatives only there, four times faster than at
    # every character.
    english = _alternation([p for p in phrases if not _is_cjk(p)] + patterns)
    mask = {
        "ja": re.compile(rf"(?:{_alternation(phrases)}){abbreviation}"),
        "en": re.compile(_lower_case_pattern(rf"(?<!\w)(?:{english}){abbreviation}")),
    }
    pronouns = {k: tuple(v) for k, v in data.get("pronouns", {}).items()}
    partner = tuple(t for v in data.get("partner_titles", {}).values() for t in v)
    leader_titles = {
        kind: literal_trie(words) for kind, words in data.get("leader_titles", {}).items()
    }
    publishers = {str(k): str(v) for k, v in data.get("publishers", {}).items()}
    return ActorTable(
        codes,
        kinds,
        regex,
        mask,
        titles,
        members,
        compounds,
        pronouns,
        partner,
        leader_titles,
        publishers,
        frozenset(code for code, entry in data["actor"].items() if entry.get("organisation")),
        frozenset(code for code, entry in data["actor"].items() if entry.get("scheme") is False),
        {
            code: {member: str(day) for member, day in entry["joined"].items()}
            for code, entry in data["actor"].items()
            if "joined" in entry
        },
        {
            lang: tuple(sorted(words, key=len, reverse=True))
            for lang, words in data.get("hostile_deeds", {}).items()
        },
    )


@cache
def own_format_words() -> dict[str, int]:
    """Words naming the parties' own grouping when the document has that many parties."""
    return {
        k.lower(): int(v)
        for k, v in knowledge.load("topics.toml").get("own_format", {}).get("words", {}).items()
    }


@cache
def institution_names(lang: Lang) -> tuple[str, ...]:
    """Names of ministries and agencies, whose words are no topic of the sentence."""
    found = knowledge.load("topics.toml").get("institutions", {}).get(lang, [])
    return tuple(found) if lang == "ja" else tuple(k.lower() for k in found)


@cache
def topics(lang: Lang) -> tuple[Topic, ...]:
    """The topic table with one language's keywords (`find_topics` matches Japanese
    text with both: the English ones only where the text runs in Latin script)."""
    data = knowledge.load("topics.toml")

    def words(entry: dict[str, list[str]], key: str) -> tuple[str, ...]:
        found = entry.get(f"{key}_{lang}" if key else lang, [])
        return tuple(found) if lang == "ja" else tuple(k.lower() for k in found)

    return tuple(
        Topic(
            name=name,
            area=entry.get("kind") == "area",
            strong=words(entry, ""),
            weak=words(entry, "weak"),
            unless=words(entry, "unless"),
            own=words(entry, "own"),
            # not lower-cased as keywords are: that would turn \S into \s
            patterns=tuple(entry.get(f"patterns_{lang}", [])),
        )
        for name, entry in data["topic"].items()
    )
