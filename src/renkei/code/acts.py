"""Find the acts of one sentence: which predicates, by whom, about whom, how strongly.

The same steps serve both languages; only the clause tests differ:
1. every cue of the lexicon is matched; overlaps go to the earliest, then longest;
2. a cue counts only as a main predicate (Japanese: what follows it;
   English: a finite verb outside another subject's embedded clause);
3. each act gets its speaker (the subject before it, or all parties),
   intensity (markers next to it), targets (actors in its scope) and
   commitment (commitment.py).
"""

from __future__ import annotations

import operator
import re
from dataclasses import dataclass, field, replace
from functools import cache
from itertools import pairwise
from typing import NamedTuple

from renkei.code.actors import (
    WE_NAMED_JA,
    Mention,
    after_japan_compound,
    blanked,
    compound_members,
    every_party_before,
    expand_groupings,
    titled_name,
    titles_of,
    unknown_counterpart,
)
from renkei.code.commitment import is_commitment
from renkei.code.lexicon import Acts, Cue, actors
from renkei.models import Act

_PAST_JA = re.compile(r"(?:た|ました|だ)$")
_JA_PAST_END = re.compile(
    r"(?:した|ました|(?<!なか)った|えた|めた|けた|れた)。?$"
)  # not 「…ではなかった」
_EN_BLOCKING = frozenset(
    "to of for by in on with without from the a an its their our his her".split()
    + "this these such any no joint warm cordial kind generous hearty".split()
)
# A past participle alone ("met" is never one: "..., Ms. Julie Bishop, met in Tokyo")
_EN_PARTICIPLE = re.compile(r"[a-z]+ed|held|made|taken|built|given|written")
# What follows a past participle that trails a noun ("the Summit, held in Tokyo", "the
# Agreement, signed last year"), not a finite verb with its object
_EN_PARTICIPLE_AFTER = re.compile(
    r"\s+(?:in|on|at|by|last|earlier|during|from|under|between|among|\d"
    r"|(?:one|two|three|four|five|six|several|a few) (?:days|weeks|months|years))\b"
)
# "cooperation is essential", "cooperation must keep pace": what is needed is the subject
_EN_COPULA = re.compile(
    r"(?:is|are|was|were|remains?|remained|has been|have been|becomes?|must|should|needs? to)\b"
)
# A "that" clause hung on a participle ("noting that", "bearing in mind that") is background.
_EN_PARTICIPLE_THAT = re.compile(r"\b[a-z]+ing(?: in mind)? that$", re.IGNORECASE)
_EN_BE = frozenset(["are", "is", "were", "was", "am", "be", "been", "being"])
_EN_BOUNDARY = re.compile(
    r",(?! (?:Jr|Sr)\b)|[;:()]|—|–|\b(?:that|which|who|whose|where|whereby|whether|while)\b",
    re.IGNORECASE,
)
# "began by", "opened the meeting by": what a speaker does first is still their act
_EN_BEGAN_BY = re.compile(
    r"\s+(?:began|started|opened|commenced|concluded|ended|closed|responded|replied)"
    r"(?: (?:the|his|her|their) (?:meeting|talks|conversation|call|remarks))? by$"
)
# Reports of a meeting or call, whose "to ..." says what it was held to do
# ("discussed efforts to promote" is the object's, not a purpose).
_MEETING_VERBS = "met|held|spoke|talked|called|visited|convened|gathered"
_EN_MEETING = re.compile(rf"(?:{_MEETING_VERBS})\b", re.I)
# a meeting's verb, or what names the meeting ("in his meeting with", "a joint press
# announcement with")
_EN_MET = re.compile(rf"\b(?:{_MEETING_VERBS}|meeting|talks|joint(?:ly)?)\b", re.I)
_EN_PURPOSE_GAP = re.compile(r"[,;:]|\b(?:but|while|whereas|that|which|where|who)\b", re.I)
_EN_ABBREVIATION = re.compile(r"\([A-Z][A-Za-z.&-]{0,10}\)")
_EN_CLAUSE_GAP = re.compile(
    r"[,;:]|\b(?:and|but|while|whereas|that|which|where|who)\b", re.IGNORECASE
)
_EN_NEW_CLAUSE_SUBJECT = re.compile(r"\band (?:the |both |all )?[\w-]+(?: [\w-]+)?$")
_EN_EACH_OF = re.compile(r"(?:each|all|both|every one) of\b ?", re.IGNORECASE)
_EN_PREPOSITION = re.compile(r" (?:of|with|between|among|for|in|on|from|under) ")
# a capitalised name ("Japan", "the Republic of Korea"), as a list's item
_EN_CAPITALISED = r"(?:the )?[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*)*"
_EN_NAME_ITEM = re.compile(rf"\s*{_EN_CAPITALISED}\s*")
# ", and the United States are", ", Japan and the United States are": the list's last items
_EN_LIST_TAIL = re.compile(
    rf"\s*(?P<item>{_EN_CAPITALISED} )?(?:and|or) {_EN_CAPITALISED}\s*(?:\([A-Z]+\))?"
    r"\s*(?:is|are|was|were|remains?|will|can|intend|have|has)\b"
)
# "..., the United States and the High Representative of the European Union reiterated":
# the list's last two items running up to the verb itself (and an adverb or two); not ", and
# Secretary General Stoltenberg expressed", which may as well open a clause of its own
_EN_LIST_END = re.compile(
    rf"\s*(?P<item>{_EN_CAPITALISED} )(?:and|or) {_EN_CAPITALISED}(?: of {_EN_CAPITALISED})?"
    r"\s*(?:\([A-Z]+\))?(?:\s+[a-z]+){0,2}\s*"
)
_EN_UNDER_WAY = re.compile(r"(?:is|are) (?:now |currently )?under\b")
# Verbs of saying whose subject speaks the words they report; each pattern below adds the
# verbs that report words in its own place
_EN_SAYING = "said|says|stated|added"
_EN_SAID_PRONOUN = re.compile(
    rf"(.+?) (?:{_EN_SAYING}|states|remarked|explained|noted|confirmed|affirmed|agreed"
    r"|concurred)(?: that)? (?:he|she|they|we)$",
    re.IGNORECASE,
)
# "Wang said the two sides should ...": a verb of saying with its "that" left out
_EN_SAID_CLAUSE = re.compile(rf"(.+?) (?:{_EN_SAYING}|states|remarked) (?!that\b)\S")
_EN_REPORTED_CLAUSE_END = re.compile(r", and |; | and that ")
# "..., Wang said.", "..., the leaders agreed.": who said the words before, named after them
_EN_TRAILING_SAID = re.compile(
    r",\s+(?P<who>(?![^,]*\b(?:and|but|or|as|which|who|whom|while|to)\b)\w[\w .'’-]{0,60}?)"
    rf"\s+(?:{_EN_SAYING}|stressed|noted|emphasi[sz]ed|underlined|agreed)\.?[”\"]?$"
)
# 「日英は真に同志国であり、」: a view stated on its way to what the speaker welcomes or wants
_JA_COPULA = re.compile(r"であ[りる]|です")
# (the clause end first, then six words before it: a pattern that opened with the words
# would be tried at every position)
_JA_VIEW_CLAUSE = re.compile(r"(?:であり|である|ており|にあり)[、,](?<=[^、,。]{7}..[、,])")
_JA_UNCODED_CLAUSE = re.compile(r"(?:とともに|と共に|[、,])[^。]{8,}")
_EN_POSSESSIVE_START = re.compile(r"(?:his|her|their|its|our) ")
_EN_EXPRESSING = re.compile(r"(?:express|convey|voice|state|declare)", re.IGNORECASE)
# "the three defense leaders", "our five countries", "our combined defense/armed forces"
_EN_COUNTED_PARTIES = re.compile(
    r"(?:^|\s)(?:(?:the |our )?(?:two|three|four|five|six|both) (?:[\w-]+ ){0,2}[\w-]+s"
    r"|our (?:[\w/-]+ ){0,3}(?:countries|nations|governments|forces|militaries))$"
)
_EN_CONJUNCTS = re.compile(r",? and |, ")
_EN_COORD = re.compile(r"(?:\band|\bbut|\bor|\bas well as|\bnor)\s*$", re.IGNORECASE)
_JA_ADDRESSEE = "に対し"
_FROM = re.compile("から|より")
_JA_TURN_END = re.compile(r"(?:述べ|伝え|表明し|発言し)(?:た(?:のに対し)?て?)?[、,]")
_JA_SAID = re.compile(r"(?:旨|と)(?:述べ|発言|伝え|表明)")
# Quoted words a speaker says: 「「…べきだ」と述べた」「「…」との考えを示した」「「…」とした」
_JA_QUOTED_WORDS = re.compile(
    r"「[^「」]*」(?=と(?:の|し|述べ|語|強調|指摘|表明|発言|伝え|応じ|答え))"
)
# Between two named subjects, each perhaps with a title: 「岸田外相とビショップ外相は」; the
# second may open with its holder's name in katakana (「日本国内閣総理大臣及びビセンテ・
# フォックス・メキシコ合衆国大統領は」)
_JA_AND = re.compile(
    r"\s*(?:[一-龥]{1,6})?(?:と|及び|および|並びに|[、,])\s*(?:[ァ-ヶー]{1,12}・){0,4}"
)
# 「南アフリカ側は」「日本側から」: one side, as a speaker
_JA_SIDE = re.compile(r"[^、,。]{1,12}?側(?:は|から|より)")
# Between a country's name and its leader's title: nothing or the rest of its formal name
_JA_NAME_GAP = re.compile(r"(?:[一-龥]{0,4}?(?:共和国|王国|連邦|合衆国)|国)?")
# After 「Xから」: words reported in the passive as X's (「…謝意が表明された」)
_SAID_BY = re.compile(r"[^、,，。]{1,15}?が(?:表明|示|述べ|表)され")


@cache
def _ja_subject_tail() -> re.Pattern[str]:
    """After a name: an optional given name and title ([leader_titles] subject_ja), or the
    members' (「V4諸国の外相」「PIFメンバーの首脳」), then the subject particle (not 「からき」
    「がら」, which go on as other words, nor 「からの」: 「日本からの投資」 is a source)."""
    titles = actors().leader_titles["subject_ja"]
    return re.compile(
        rf"^(?:(?:加盟|メンバー)?(?:各国|諸国)?の(?=首脳|閣僚|代表|{titles}))?[一-龥ァ-ヶー]{{0,4}}?(?:{titles})?(?P<particle>は|から(?!の)|より(?!の)|が|も(?=[、,]|また))(?![^、,\s]{{0,2}}(?:ら|き))"
    )


# Clauses that set the scene (「…中で、」) and lists that describe a head noun
# (「米国の核戦力を含むあらゆる能力」): actors named there are context.
# (a trie by first character: に and を are everywhere, and each is tried once)
_JA_CONTEXT_MARK = re.compile(
    r"中で[、,]|に(?:関して|基づき|際して?)[、,]"
    r"|を(?:(?:踏まえ|考慮して|基に)[、,]|含[むめ]|(?:始|はじ)めとする)"
)
_NEGATIVE = frozenset({"condemn", "oppose", "concern", "urge"})
# Acts that, by one party, are about the other parties they name.
_TOWARDS_OTHERS = frozenset({"welcome", "commit", "stress"})
_JOINT_OR_PLEASURE = re.compile(
    r"協力|関係|連携|再会|進展|嬉し|うれし|喜ばし|光栄|両国|日[・]?[A-Z一-龥]{1,4}間"
    r"|cooperation|relations|relationship|partnership|engagement between|progress"
    r"|glad|pleased|delighted|pleasure|\bhappy|happiness|\bjoy\b|honou?red|\bprid|\bproud"
    r"|bilateral|both countries|two countries",
    re.IGNORECASE,
)
# Pleasure at meeting or visiting someone is about the occasion, not the person; but
# 「お迎えできてうれしい」, "happy to welcome X" welcome the guest.
_PLEASURE_TO_MEET = re.compile(
    r"(?:glad|pleased|delighted|pleasure|happy|happiness|joy|honou?r)"
    r"(?: at| to)(?: being| be)?(?: able to)? (?:meet|visit|see|hold|have)",
    re.IGNORECASE,
)
_NEGATIVE_WORDS = re.compile(r"反対|懸念|非難|opposition|concern|condemn", re.IGNORECASE)


@dataclass
class Hit:
    """A cue matched in a sentence, on its way to becoming an act."""

    cue: Cue
    start: int
    end: int
    act: str
    speaker: tuple[str, ...] = ()
    relative: bool = False  # an English ", which X welcomed" clause
    scope: tuple[int, int] = (0, 0)  # the text its targets and commitment are read from
    extra: dict[str, bool] = field(default_factory=dict)  # "embedded": not a main predicate


class Context(NamedTuple):
    """What the coder knows beyond the sentence: the parties and the last person named.
    (Named tuples here and below: one or more a sentence, built four times faster than a
    frozen dataclass.)"""

    parties: tuple[str, ...]
    last_person_party: str | None = None
    # the previous sentence's one speaker, when all its acts had the same single party
    last_speaker: tuple[str, ...] | None = None


_span = operator.methodcaller("span")
_CANDIDATE_ORDER = operator.itemgetter(0, 1, 2)  # first, longest, then the earlier cue


def _cue_hits(text: str, table: Acts) -> list[Hit]:
    haystack = text
    if table.lang == "en" and len(lowered := text.lower()) == len(text):
        haystack = lowered  # English cues are lower case (acts.en.toml)
    # A search first: most cues match nowhere, and it costs half an empty finditer; where
    # one matches, the rest are found from there on
    candidates = [
        (start, start - end, cue.priority, cue, end)
        for cue in table.cues
        if (first := cue.regex.search(haystack))
        for start, end in map(_span, cue.regex.finditer(haystack, first.start()))
        if end > start
    ]
    candidates.sort(key=_CANDIDATE_ORDER)
    hits: list[Hit] = []
    last_end = -1
    for start, _, _, cue, end in candidates:
        if start >= last_end:
            hits.append(Hit(cue, start, end, cue.act))
            last_end = end
    return hits


# --- Japanese -------------------------------------------------------------


# 「…を重視している、…したいと述べた」「…歓迎する、といった発言があった」: reported
# clauses listed before the verb of saying
_JA_REPORTED_AHEAD = re.compile(r"旨|と(?:の|いった)?(?:述べ|発言|表明)")
_JA_VIEW_END = re.compile(r"であり[、,]")
# 「一致した」「合意した」: what the sides agreed on together
_JA_AGREEMENT = re.compile(r"一致|合意")
_JA_AGREED_DEED = re.compile(r"(?:こと|事)(?:で(?:一致|合意)|を(?:確認|決定|表明))")
# 「エルドアン大統領は、」: a topic set off by a comma opens what the sentence reports
# 「ASEAN各国」「EU加盟国」: the members of an organisation, before their 「首脳は」
_JA_MEMBERS = re.compile(r"(?:加盟)?(?:各国|諸国|国)の?|の")
_JA_OPENING_TOPIC = re.compile(r"[^、,。]{0,12}?は[、,]")
_JA_TOPIC_SET_OFF = re.compile(r"は[、,]")


class _Subject(NamedTuple):
    """A phrase that may name who speaks (「両首脳は」「岸田総理大臣から、」)."""

    start: int
    end: int  # a predicate after this position may take it as subject
    particle: str  # は, から (also より) or が
    codes: tuple[str, ...]
    reports: bool  # 「Xから、」 names a speaker, 「Xから提供された」 a source
    set_off: bool = False  # 「Xからは、」: a comma after the reporter's particle


def _subjects_ja(text: str, mentions: list[Mention], table: Acts, ctx: Context) -> list[_Subject]:
    """Every subject phrase of a sentence, found once for all its predicates."""
    found: list[tuple[int, int, str, tuple[str, ...]]] = []
    assert table.all_parties_subject is not None
    # Each scan opens with a search: most find nothing, and a search that finds nothing
    # costs a fifth of an empty finditer
    if table.all_parties_subject.search(text):
        for m in table.all_parties_subject.finditer(text):
            if any(n.start < m.start() < n.end for n in mentions):
                continue  # 「V4外相は」: not 「4外相は」, the four ministers
            found.append((m.start(), m.end(), _particle(m.group(0)), ctx.parties))
    named_ends = {m.end for m in mentions}
    for code, title_subject in _title_subjects(ctx.parties, table.subject_markers):
        if not title_subject.search(text):
            continue
        found += [
            (m.start(), m.end(), _particle(m.group(0)), (code,))
            for m in title_subject.finditer(text)
            # 「フック首相より」「チリ共和国大統領は」: the title of the one named
            if not any(_JA_NAME_GAP.fullmatch(text, e, m.start()) for e in named_ends)
            and not every_party_before(text, m.start())  # 「両首相は」: all parties
        ]
    compound_subject = _compound_patterns()[0]
    for m in compound_subject.finditer(text) if compound_subject.search(text) else ():
        # 「日米は」「日豪両国は」: the parties named by their one-character forms (not the end
        # of a longer word)
        if m.start() and "一" <= text[m.start() - 1] <= "龥":
            continue
        members = compound_members(m.group("compound").replace("・", ""))
        if members and members <= set(ctx.parties):
            found.append((m.start(), m.end(), _particle(m.group(0)), tuple(sorted(members))))
    for i, mention in enumerate(mentions):
        speaking = _speaking_members(mention.code, ctx.parties)
        if not speaking:
            continue
        tail = _ja_subject_tail().match(text[mention.end : mention.end + 16])
        if tail is None:
            continue
        codes = set(speaking)
        if after_japan_compound(text, mention.start):
            if tail.start("particle") or "JPN" not in ctx.parties:
                continue  # 「日NATO協力が」 is a compound, not NATO as subject
            codes.add("JPN")  # 「日・EUは」: Japan and the EU
        if (
            i
            and mention.kind == "title"
            and _JA_NAME_GAP.fullmatch(text, mentions[i - 1].end, mention.start)
        ):
            continue  # 「チリ共和国大統領は」: the title of the one just named, who is the subject
        # 「岸田外相とビショップ外相は」「米国、日本及び韓国は」: named subjects listed
        j = i
        while (
            j
            and mentions[j - 1].code in ctx.parties
            and _JA_AND.fullmatch(text[mentions[j - 1].end : mentions[j].start])
        ):
            j -= 1
            codes.add(mentions[j].code)
        found.append(
            (mention.start, mention.end + 1, _particle(tail.group(0)), tuple(sorted(codes)))
        )
        if _JA_MEMBERS.match(text, mention.end):
            # 「ASEAN各国首脳は」: the leaders of the members of the one named, not every party's
            found = [
                f
                for f in found
                if not (f[3] == ctx.parties and _JA_MEMBERS.fullmatch(text, mention.end, f[0]))
            ]
    we_named = WE_NAMED_JA.match(text)
    if we_named:
        # 「我々、…のG7外相及びEU上級代表は」: the last one listed is not the subject alone;
        # "we" are the parties listed, or all of them
        listed = expand_groupings(m.code for m in mentions if m.end <= we_named.end())
        ours = tuple(c for c in listed if c in ctx.parties)
        found = [f for f in found if f[0] >= we_named.end()]
        found.append(
            (we_named.start(), we_named.end(), "は", ours if len(ours) > 1 else ctx.parties)
        )
    found.sort(key=lambda f: f[0])
    return [
        _Subject(
            start,
            end,
            particle,
            codes,
            *(_reporter(text, start) if particle == "から" else (False, False)),
        )
        for start, end, particle, codes in found
    ]


@cache
def _speaking_members(code: str, parties: tuple[str, ...]) -> frozenset[str]:
    """The parties an actor named as subject stands for: a party itself; a grouping, its
    members among the parties, when all are, or three in four of a large grouping (「SICA諸国は」
    where two members are not named parties); not "the Quad" among Japan, the Philippines and
    the United States, nor "G7" in a Japan–Canada summary."""
    members = frozenset(expand_groupings([code]))
    inside = members & frozenset(parties)
    missing = len(members - inside)
    if members <= frozenset(parties) or (len(members) >= 5 and missing <= len(members) // 4):
        return inside
    return frozenset()


def _subject_ja(
    text: str,
    before: int,
    subjects: list[_Subject],
    ctx: Context,
    words_end: re.Pattern[str] | None,
    reporter_only: bool = False,
) -> tuple[str, ...]:
    """Speaker from the subject before a predicate; all parties by default.

    The topic 「Xは」 or the reported speaker 「Xから」 wins over a 「Xが」, which
    usually marks the subject of an embedded clause (「日本側は、英国が…貢献して
    いくことへの期待を表明した」 is Japan's act). In a summary's 「Xから、…旨述べた」
    (or 「…と述べた」) everything up to 旨 is X's, whatever topics the quoted words have.
    """
    found = _outside_quoted_words(text, before, [s for s in subjects if s.end <= before])
    # 「また、…旨伝えつつ、…と述べました」「環境については、…協力の拡大を提案した」: with no
    # subject, the same speaker goes on, unless the sides act together (「…で一致した」)
    goes_on = _JA_SAID.search(text, before) or not (subjects or _JA_MUTUAL.search(text, before))
    last = ctx.last_speaker if goes_on else None
    if reporter_only:  # 「…について、安倍総理から提起した。」「南アフリカ側は、…表明した。」
        froms = [s for s in found if s.particle == "から" or _JA_SIDE.match(text, s.start)]
        return froms[-1].codes if froms else last or ctx.parties
    if "旨" in text[before:] or _JA_SAID.search(text, before):
        # 「安倍総理より、…と述べ、モディ首相からも…と述べました」「…祝意を伝え、バトボルド
        # 首相は、…と述べました」: a speaker named after words already said takes the turn
        said = [m.end() for m in _JA_TURN_END.finditer(text, 0, before)]
        turn = [s for s in found if said and s.start >= said[-1]]
        if any(s.reports or _JA_TOPIC_SET_OFF.match(text, s.end) for s in turn):
            found = turn
        reporters = [s for s in found if s.reports]
        if reporters:
            # 「大統領からは、日本からは官民を挙げて支援を…旨」: the one set off by a comma
            # speaks; the other is inside what was said
            nearest = reporters[-1]
            marked = [
                s
                for s in reporters
                if s.set_off and not (words_end and words_end.search(text, s.end, nearest.start))
            ]
            return (marked or reporters)[-1].codes
        openers = [s for s in found if _JA_OPENING_TOPIC.match(text, s.start)]
        if openers:
            return openers[-1].codes  # 「エルドアン大統領は、日本は…であり、…旨述べた」: his words
    if (
        found
        and found[-1].particle == "から"
        and _JA_DIRECT_OBJECT.fullmatch(text[found[-1].end : before])
    ):
        return found[-1].codes  # 「…お見舞いの言葉があり、岩屋大臣から謝意を表明しました」
    topics = [s for s in found if s.particle == "は" or s.reports]
    if not topics and ctx.last_speaker and _JA_SAID.search(text, before):
        return ctx.last_speaker  # 「また、リトアニアが…展開していることを評価する旨述べ」
    chosen = topics or found
    if chosen:
        return chosen[-1].codes
    return last or ctx.parties


def _outside_quoted_words(text: str, before: int, found: list[_Subject]) -> list[_Subject]:
    """`found` without the subjects inside a quotation that a reporter opened before them
    and that is still open at `before` (「安倍総理から、「チリは…パートナーであり、…協力
    したい」と述べました」: his words, whatever their topic), nor inside the quoted words
    a subject before them said (「王毅外相は会談で、「…日本側は…べきだ」と述べました」)."""
    opened = text.rfind("「", 0, before)
    if opened < 0:
        return found
    if text.find("」", opened, before) >= 0:
        return _outside_closed_quotes(text, before, found)
    said = _JA_QUOTED_WORDS.match(text, opened) is not None
    if not any((s.reports or said) and s.end <= opened for s in found):
        return found
    return [s for s in found if s.start < opened]


def _outside_closed_quotes(text: str, before: int, found: list[_Subject]) -> list[_Subject]:
    """`found` without the subjects inside quoted words (「…」と述べ, 「…」との) that close
    before `before` and have a subject before them."""
    spans = [
        (m.start(), m.end())
        for m in _JA_QUOTED_WORDS.finditer(text)  # (its lookahead may read past `before`)
        if m.end() <= before and any(s.end <= m.start() for s in found)
    ]
    if not spans:
        return found
    return [s for s in found if not any(a < s.start < b for a, b in spans)]


def _particle(subject: str) -> str:
    """The particle that ends a matched subject: 「両首脳は」 -> は, 「事務総長から」 -> から."""
    # 「ユンカー委員長より、」 reports a speaker as 「…から、」 does
    if subject.endswith(("から", "より")):
        return "から"
    return "は" if subject.endswith("も") else subject[-1:]  # 「大統領もまた、」 is a topic


def _reporter(text: str, start: int) -> tuple[bool, bool]:
    """Does the から after `start` name a speaker (「岸田総理大臣から、」「英国側からは、」),
    not a source (「米国から提供された」), and is it set off by a comma (「大統領からは、」)?"""
    found = _FROM.search(text, start)
    if found is None:
        return False, False
    return _reports(text, found), _FROM_MARKED.match(text, found.start()) is not None


def _reports(text: str, found: re.Match[str]) -> bool:
    """What follows and precedes the から `found` that makes it a speaker's (see _reporter)."""
    after = text[found.end() : found.end() + 24]
    # 「インドネシア側から謝意が表明された」: the words are reported as said by X
    # 「安倍総理からは諸懸案について…述べ」: からは/からも mark the speaker, comma or not;
    # 「安倍総理大臣から本年は…旨述べました」: so does a leader's title before what was said
    return (
        re.match(r"(?:は|も)|[、,，]", after) is not None
        or _SAID_BY.match(after) is not None
        or (
            _ja_title_end().search(text, 0, found.start()) is not None
            and "旨" in text[found.end() :]
        )
    )


@cache
def _ja_title_end() -> re.Pattern[str]:
    """A leader's title ending where a subject particle would follow (「…総理大臣」)."""
    return re.compile(f"(?:{actors().leader_titles['subject_ja']})$")


@cache
def _title_subjects(
    parties: tuple[str, ...], subject_markers: tuple[str, ...]
) -> list[tuple[str, re.Pattern[str]]]:
    """For each party, its leaders' titles followed by a subject particle (「事務総長から」)."""
    markers = "|".join(subject_markers)
    result = []
    for code in parties:
        titles = [t for t in titles_of(code, parties) if re.search(r"[一-龥]", t)]
        shared = {
            t for t in titles if any(t in titles_of(o, parties) for o in parties if o != code)
        }
        alternatives = [re.escape(t) for t in titles if t not in shared]
        # A title another party shares says nothing on its own, except after a name in
        # katakana, which in a Japanese text is a foreign leader's (「アーデーン首相から」).
        foreign = [o for o in parties if o != "JPN" and shared & set(titles_of(o, parties))]
        if foreign == [code]:
            alternatives += [f"(?<=[ァ-ヶー]){re.escape(t)}" for t in shared]
        if alternatives:
            pattern = f"(?:{'|'.join(alternatives)})(?:{markers})"
            result.append((code, re.compile(pattern)))
    return result


def _hits_ja(text: str, table: Acts) -> list[Hit]:
    hits = []
    for hit in _cue_hits(text, table):
        after = text[hit.end : hit.end + 10]
        matched = text[hit.start : hit.end]
        if table.main_after is None or not table.main_after.match(after):
            hit.extra["embedded"] = True
        elif after.startswith("上で") and not matched.endswith("た"):
            hit.extra["embedded"] = (
                True  # 「促進する上で」 "in promoting"; 「認識した上で」 coordinates
            )
        elif (
            after[:1] in "、,，"
            and matched.endswith(("る", "た", "ない"))
            and not _JA_REPORTED_AHEAD.search(text, hit.end)
        ):
            # 「共有する、信頼できる…」: a 連体形 before 、 modifies a noun; only a
            # 連用形 (「認識し、」「求め、」) coordinates two predicates.
            hit.extra["embedded"] = True
        elif hit.cue.past_is_report and _PAST_JA.search(text[hit.start : hit.end]):
            hit.act = "report"
        elif hit.act in ("assess", "report") and matched.endswith("たい"):
            hit.act = "commit"  # 「…強化を確認したい」「…意見交換したい」: a wish undertakes it
        elif hit.act == "report" and matched.endswith("する") and _JA_AGREED_DEED.match(after):
            hit.act = "commit"  # 「…対話を明年前半に開催することで一致した」: a deed to come
        hits.append(hit)
    # 「…哀悼の意を表するとともに、負傷者の快復をお祈りする」: a prayer in sympathy is no act
    for i, hit in enumerate(hits):
        if (
            hit.act == "welcome"
            and text.startswith(("お祈り", "祈念"), hit.start)
            and table.condolence is not None
            and table.condolence.search(text, hits[i - 1].end if i else 0, hit.start)
        ):
            hit.extra["embedded"] = True
    # 「…を実施し、続けて意見交換を行いました」: a 連用形 deed takes the past tense of
    # the report it is coordinated with.
    for hit, after_hit in pairwise(hits):
        if (
            hit.cue.past_is_report
            and hit.act == "commit"
            and text.endswith("し", hit.start, hit.end)
            and after_hit.act == "report"
            and not after_hit.extra.get("embedded")
        ):
            hit.act = "report"
    # 「求めていく」「強調していく」: the ていく ending continues the verb before it.
    for before, hit in pairwise(hits):
        if hit.start == before.end and text[hit.start : hit.start + 1] in ("て", "で"):
            hit.act = before.act if before.act != "report" else hit.act
            before.extra["embedded"] = True
    # 「中国に対し、透明性を向上させるとともに…よう強く促す」: what lies between the
    # addressee and the urge is the content urged, not the speakers' own act.
    for i, hit in enumerate(hits):
        if hit.act == "urge" and not hit.extra.get("embedded"):
            addressee = text.rfind(_JA_ADDRESSEE, 0, hit.start)
            inside = [other for other in hits[:i] if other.start > addressee]
            if addressee < 0 or (
                inside
                and inside[0].start - addressee <= 8
                and not re.search("[、,]", text[addressee : inside[0].start])
            ):
                # 「現状変更に対して強く反対し、…求めていく」: the object of that act
                continue
            for other in inside:
                other.extra["embedded"] = True
    return hits


# --- English --------------------------------------------------------------


def _clause_start(text: str, pos: int) -> tuple[int, str]:
    """Start of the clause a verb at `pos` belongs to, and the word that opened it.

    A comma that only separates the items of a list ("Japan, the Republic of Korea,
    and the United States is ...") opens no clause.
    """
    # "The United Kingdom (UK) and Japan": an abbreviation in brackets opens no clause
    masked = blanked(_EN_ABBREVIATION, text)
    boundaries = list(_EN_BOUNDARY.finditer(masked, 0, pos))
    tail = (
        _EN_LIST_TAIL.match(text, boundaries[-1].end())
        or _EN_LIST_END.fullmatch(text, boundaries[-1].end(), pos)
        if boundaries and boundaries[-1].group(0) == ","
        else None
    )
    if tail and tail.group("item"):
        # ", Japan and the United States are": a list only if what the comma ends is a name
        # (not "Based on such common understanding, Japan and the UK will")
        before = text[boundaries[-2].end() if len(boundaries) > 1 else 0 : boundaries[-1].start()]
        if not _EN_NAME_ITEM.fullmatch(before):
            tail = None
    if tail:
        # skip back over the list's commas: items are short
        end = boundaries.pop().start()
        while (
            boundaries
            and boundaries[-1].group(0) == ","
            and len(text[boundaries[-1].end() : end].split()) <= 6
        ):
            end = boundaries.pop().start()
    if not boundaries:
        return 0, ""
    return boundaries[-1].end(), boundaries[-1].group(0).lower()


_EN_ATTITUDE_PARTICIPLE = re.compile(r"(?:,|\bwhile)\s*$")
_EN_COMMITMENT_AFTER = re.compile(r"\s+(?:[\w.’'-]+\s+){0,3}?commitments?\b")
# ", while conveying his gratitude,", ", in recognition of the role of Mexico,", ", on behalf
# of the Government,": phrases set off between a subject and its verb
_EN_PARTICIPIAL_PHRASE = re.compile(
    r"\s*(?:(?:and |while |when |after |before |in addition to )?[a-z]+ing\b(?! to\b)"
    r"|in (?:recognition|light|view|response|consideration|appreciation) of\b"
    r"|in (?:response|reply|return|turn)\s*$"
    r"|on behalf of\b|for (?:his|her|its|their) part\b)"
)


def _subject_before_participles(text: str, clause: int) -> tuple[str, int] | None:
    """The words before the participial phrases that end at the comma before `clause`
    ("Minister Iwaya, while conveying his gratitude, stated"), and where they start."""
    end = clause - 1
    while (comma := text.rfind(",", 0, end)) > 0 and _EN_PARTICIPIAL_PHRASE.match(
        text, comma + 1, end
    ):
        end = comma
    return None if end == clause - 1 else _clause_before(text, end)


def _clause_before(text: str, end: int) -> tuple[str, int] | None:
    """The words of the clause that ends at `end`, and where they start."""
    start, _ = _clause_start(text, end)
    words = text[start:end].strip()
    return (words, text.find(words, start)) if words else None


def _strip_adverbs(chunk: str, table: Acts) -> str:
    """`chunk` without the adverbs that end it ("the Ministers also further" -> "the
    Ministers"), the longest first."""
    chunk = chunk.strip()
    # one test against every ending at once: most subjects end in no adverb
    while chunk and ((low := chunk.lower()).endswith(table.adverb_endings) or low in table.adverbs):
        adverb = next(a for a in table.adverbs if low.endswith(" " + a) or low == a)
        chunk = chunk[: len(chunk) - len(adverb)].strip()
    return chunk


def _subject_en(
    chunk: str, first: int, mentions: list[Mention], table: Acts, ctx: Context
) -> tuple[str, ...] | None:
    """Speakers named by the subject `chunk` (starting at `first`); None when it names no party."""
    low = chunk.lower().strip()
    if not low:
        return ctx.parties
    if said := _EN_SAID_PRONOUN.match(chunk):
        # "The President said he looked forward to ...": he is the one who said it
        return _subject_en(said.group(1), first, mentions, table, ctx)
    if (said := _EN_SAID_CLAUSE.match(chunk)) and (
        sayer := _subject_en(said.group(1), first, mentions, table, ctx)
    ):
        return sayer  # "Wang said the two sides should": his words, whatever their subject
    last = first + len(chunk)
    if _EN_NEW_CLAUSE_SUBJECT.search(low) and _names_all(low.rsplit(" and ", 1)[-1], table):
        return ctx.parties  # "The Alliance has served ... and the Ministers are committed to"
    # "each of our governments", "all of us": the parties, each or all
    each = _EN_EACH_OF.match(chunk)
    skip = each.end() if each else 0
    head = _EN_PREPOSITION.split(chunk[skip:], maxsplit=1)[0]
    in_head = [m for m in mentions if first + skip <= m.start < first + skip + len(head)]
    in_chunk = [m for m in mentions if first <= m.start < last and not m.possessive]
    # "the heads of delegations" names all parties; "Industries of both countries" does not
    if (
        head != chunk
        and not in_head
        and not _names_all(head, table)
        and low not in table.all_parties
    ):
        if _governments_of_parties(head, in_chunk, table, ctx):
            # "The Government of the United States and the Government of Japan plan to"
            return tuple(sorted({m.code for m in in_chunk}))
        return None  # "Industries of both countries continue to ...": not the parties
    if not in_chunk and (counterpart := unknown_counterpart(chunk, ctx.parties)):
        return (counterpart,)
    if _names_all(chunk, table):
        # "The two French Ministers", "the Japanese Ministers": only the party named
        named = {m.code for m in in_chunk if m.code in ctx.parties and m.kind == "name"}
        return tuple(sorted(named)) if named else ctx.parties
    if in_chunk and all(
        m.kind == "name" and _in_compound(chunk, m.start - first) for m in in_chunk
    ):
        return ctx.parties  # "The Japan-EU Agreement provides", "The Australia-Japan RAA will"
    conjuncts = _EN_CONJUNCTS.split(low)
    if len(conjuncts) > 1 and any(_names_all(part, table) for part in conjuncts):
        return ctx.parties  # "The Vice Foreign Ministers and the Deputy Secretary"
    # "The Quad is committed to": a grouping of the parties speaks for its members
    codes = {
        c
        for m in in_chunk
        if set(members := expand_groupings([m.code])) <= set(ctx.parties)
        for c in members
    }
    # "Prime Minister Abe and the Secretary General": a title stands for its party
    titled = [_title_party(part, ctx) for part in conjuncts]
    codes |= {c for c in titled if c}
    if len(codes) == 1 and _with_an_unnamed_other(conjuncts, titled, chunk, in_chunk, first, ctx):
        return ctx.parties
    # "the Leaders of the Mekong region countries": the grouping's members
    if codes and (
        head == chunk
        or in_head
        or not in_chunk
        or in_chunk[-1].kind != "name"
        or _names_all(head, table)
    ):
        return tuple(sorted(codes))
    owner = next((m for m in mentions if m.start == first), None)
    if (
        owner is not None
        and owner.possessive
        and owner.code in ctx.parties
        and table.own_instruments is not None
        and table.own_instruments.search(head)
    ):
        return (owner.code,)
    pronouns = {p.lower() for p in actors().pronouns.get("en", ())}
    if ctx.last_person_party and low.split()[-1] in pronouns:
        return (ctx.last_person_party,)
    return None


# A person or an office standing alone as a conjunct of a subject: "the Foreign Minister",
# "The Honorable Pehin Halbi", "Senior Minister Lee", "his counterparts", "she"
# a readout's abbreviations: "DPM/FM Minh", "the PM", "HR/VP Borrell"
_EN_TITLE_ABBREVIATION = r"(?:[a-z]{2,3}/)?(?:dpm|pm|fm|dm|sg|vp)"
_EN_TITLE = (
    r"(?:[\w-]+ ){0,3}(?:minister|secretary|president|chancellor|premier|ambassador|advis[eo]r"
    rf"|{_EN_TITLE_ABBREVIATION})"
)
_EN_PERSON_CONJUNCT = re.compile(
    rf"^(?:(?:the|his|her|their) (?:{_EN_TITLE}|counterparts?)s?"
    rf"|{_EN_TITLE} [a-z][\w'’.-]+(?: [a-z][\w'’.-]+){{0,2}}"
    r"|(?:h\.e\.|the honou?rable|hon\.|mr\.?|ms\.?|mrs\.?|dr\.?)"
    r" [a-z][\w'’-]+(?: [a-z][\w'’-]+){0,2}"
    rf"|{_EN_TITLE_ABBREVIATION}|he|she)$"
)


def _with_an_unnamed_other(
    conjuncts: list[str],
    titled: list[str | None],
    chunk: str,
    in_chunk: list[Mention],
    first: int,
    ctx: Context,
) -> bool:
    """ "Secretary Blinken and the Foreign Minister", "Minister Kishi and The Honorable
    Pehin Halbi": one party's person named beside someone the tables do not place, who in a
    meeting of two is the other side (or "his counterparts", the others). `titled`: the
    party each conjunct's title stands for, if any."""
    if len(conjuncts) < 2:
        return False
    named = [chunk[m.start - first : m.end - first].lower() for m in in_chunk]
    unplaced = [
        part
        for part, title in zip(conjuncts, titled, strict=True)
        if not any(n in part for n in named) and title is None
    ]
    if not unplaced or len(unplaced) == len(conjuncts):
        return False
    if not all(_EN_PERSON_CONJUNCT.match(part.strip()) for part in unplaced):
        return False
    return len(ctx.parties) == 2 or any("counterpart" in part for part in unplaced)


def _governments_of_parties(head: str, in_chunk: list[Mention], table: Acts, ctx: Context) -> bool:
    """Is a subject "the Government of <party> [and ...]", every name in it a party?"""
    return (
        table.governments is not None
        and table.governments.search(head) is not None
        and bool(in_chunk)
        and all(m.code in ctx.parties for m in in_chunk)
    )


def _in_compound(chunk: str, pos: int) -> bool:
    """Is the name at `pos` a modifier joined by a hyphen ("the Japan-EU Strategic
    Partnership Agreement provides")? The agreement is the parties' own, not Japan's. (A
    person's hyphen is part of the name: "President El-Sisi".)"""
    return (pos > 0 and chunk[pos - 1] == "-") or bool(re.match(r"[\w.]+-\w", chunk[pos:]))


def _title_party(phrase: str, ctx: Context) -> str | None:
    """The party whose leader's title ends `phrase` ("the Secretary General" -> NATO)."""
    for code in ctx.parties:
        for title in titles_of(code, ctx.parties):
            if phrase.endswith(title.lower()):
                return code
    return None


def _names_all(chunk: str, table: Acts) -> bool:
    """Does a subject refer to all parties ("we", "the two leaders", "both countries",
    "the three NSAs", "the three defense leaders")?"""
    low = chunk.lower().strip()
    return any(low == w or low.endswith(" " + w) for w in table.all_parties) or bool(
        _EN_COUNTED_PARTIES.search(low)
    )


@dataclass
class _Previous:
    """The last main predicate of an English sentence, as the next cue sees it."""

    speaker: tuple[str, ...]
    end: int = -1
    act: str = ""
    cue: str = ""
    frame_speaker: tuple[str, ...] | None = None  # who "stated that ..." (reported words)
    purpose: bool = False  # it was what a reported meeting was held to do
    takes_complement: bool = False  # "noted", "recognised": its object clause may be an act


def _open_quotation(text: str, at: int) -> int:
    """Where a quotation still open at `at` opened; -1 if none is."""
    curly = text.rfind("“", 0, at)
    straight = text.rfind('"', 0, at) if text.count('"', 0, at) % 2 else -1
    return max(curly if text.rfind("”", 0, at) < curly else -1, straight)


def _quotation_verb(text: str, opened: int, table: Acts) -> re.Match[str] | None:
    """The verb of saying that opened the quotation at `opened` ([clause] quotation_verbs),
    if one did."""
    if opened < 0 or table.quotation_opener is None:
        return None
    return table.quotation_opener.search(text, max(0, opened - 40), opened + 1)


def quotation_left_open(text: str, table: Acts) -> bool:
    """Does an English sentence open a quotation with a verb of saying and not close it
    ('stated, “It is a great honour ...' then 'I am grateful ...”')?"""
    return _quotation_verb(text, _open_quotation(text, len(text)), table) is not None


def closes_quotation(text: str) -> bool:
    """Does a sentence inside a quotation close it (「…」, “…”)?"""
    return text.endswith("」") or "”" in text or text.count('"') % 2 == 1


def _quoted_speaker(
    text: str,
    verb: re.Match[str],
    done: list[Hit],
    mentions: list[Mention],
    table: Acts,
    ctx: Context,
) -> tuple[str, ...] | None:
    """Who is quoted after `verb`: the subject of the verb of saying, or the one whose act
    it is coordinated with ("welcomed ... and stated, “"); one party, or None."""
    clause, opener = _clause_start(text, verb.start())
    chunk = _strip_adverbs(text[clause : verb.start()], table)
    said = [h for h in done if h.end <= verb.start() and h.speaker]
    if said and (not chunk or _EN_COORD.search(chunk) or chunk.lower().startswith("and ")):
        speaker: tuple[str, ...] | None = said[-1].speaker
    elif not chunk and opener == "," and (subject := _subject_before_participles(text, clause)):
        speaker = _subject_en(*subject, mentions, table, ctx)  # 'Mr. Amado, in response, said, "'
    else:
        speaker = _subject_en(chunk, text.find(chunk, clause), mentions, table, ctx)
    return speaker if speaker is not None and len(speaker) == 1 else None


# What may come before a sentence's subject: "In response, ", "At the outset, ", "Furthermore, "
_EN_LEAD_PHRASE = re.compile(r"(?:[A-Z][\w ]{0,30}, )?")
_EN_TITLE_WORDS = re.compile(r"(?:[A-Z][\w.-]*\s+){0,4}")
# "President Biden and President Yoon", "Mr. Koizumi, and the Prime Minister of Malaysia",
# "Mr. Motegi, Mr. Seko": not "Mr. Fukuda, Prime Minister of Japan," in apposition
_EN_JOINT_SUBJECT = re.compile(r"\s*,?\s*and\b|,\s*(?:Mr|Ms|Mrs|Dr|H\.\s?E)\b")


_EN_WE = re.compile(r"We\b")


def _person_subject_en(text: str, mentions: list[Mention], ctx: Context) -> str | None:
    """The party of the person an English sentence opens with as its subject ("In response,
    Minister Hayashi ..."), if it opens with one."""
    if _EN_WE.match(text):
        return None  # "We, President Trump and Prime Minister Abe, confirm"
    lead = _EN_LEAD_PHRASE.match(text)
    start = lead.end() if lead else 0
    first = next((m for m in mentions if m.start >= start), None)
    if first is None or first.kind != "person" or first.code not in ctx.parties:
        return None
    if _EN_JOINT_SUBJECT.match(text, first.end):
        return None
    # only a title before the name ("Foreign Minister Steinmeier"), not "He thanked Mr. X"
    return first.code if _EN_TITLE_WORDS.fullmatch(text, start, first.start) else None


def _hits_en(text: str, mentions: list[Mention], table: Acts, ctx: Context) -> list[Hit]:
    hits = _cue_hits(text, table)
    subject = _person_subject_en(text, mentions, ctx)
    if subject is not None:
        # "Minister Hayashi also introduced ... and stated that he would like to": the verb
        # after "and" is his, and "he" is the person the sentence is about, not the last
        # person of the one before
        ctx = ctx._replace(last_person_party=subject)
    # "Minister Cassis expressed his delightedness ... and appreciated": a person the tables
    # do not know, opening the sentence, speaks for the cues joined to a first verb that is none
    opening = (subject,) if subject else _person_opening_en(text, mentions, table, ctx)
    previous = _Previous(opening or ctx.parties)
    for index, hit in enumerate(hits):
        speaker = _speaker_en(text, hit, previous, mentions, table, ctx)
        if speaker is None:
            hit.extra["embedded"] = True
            continue
        opened = _open_quotation(text, hit.start)
        if (verb := _quotation_verb(text, opened, table)) and (
            quoted := _quoted_speaker(text, verb, hits[:index], mentions, table, ctx)
        ):
            # 'Abe stated, “Egypt is an important partner ... and I appreciate ...”': what
            # is inside the quotation is the quoted speaker's, whatever its subjects
            speaker = quoted
        hit.speaker = previous.speaker = speaker
        if len(speaker) == 1 and opened < 0:
            # "Chancellor Kurz explained that ..., but he will continue": "he" is who spoke
            # last in this sentence, not the last person of the one before (inside a
            # quotation, "I" is who is quoted)
            ctx = ctx._replace(last_person_party=speaker[0])
        previous.end, previous.act, previous.cue = hit.end, hit.act, text[hit.start : hit.end]
        previous.takes_complement = hit.cue.takes_complement
        if hit.cue.frame:
            previous.frame_speaker = speaker
    return hits


# "noted that, in this regard, Korea should", "noted that in order for relations to improve,
# Japan should": an object clause whose subject follows one adverbial phrase
_EN_THAT_GAP = re.compile(r"\s*that\s*(?:,[^,;]{1,60}|in order (?:for|to)\b[^,;]{1,80}),\s*")


def _speaker_en(
    text: str, hit: Hit, previous: _Previous, mentions: list[Mention], table: Acts, ctx: Context
) -> tuple[str, ...] | None:
    """Who performs the act of an English cue; None when the cue is no main predicate."""
    words = text[: hit.start].split()
    prev_word = words[-1].lower().strip('"“(') if words else ""
    gap = text[previous.end : hit.start]
    met = previous.act == "report" and _EN_MEETING.match(previous.cue) is not None
    purpose = (met or previous.purpose) and prev_word == "to"
    surface = text[hit.start : hit.end].lower()
    ing_form = surface.split()[0].endswith("ing")
    if (
        (
            hit.act == "welcome"
            or (hit.act == "reaffirm" and _EN_COMMITMENT_AFTER.match(text, hit.end))
        )
        and ing_form
        and _EN_ATTITUDE_PARTICIPLE.search(text, 0, hit.start)
    ):
        # "Kishida, while conveying his congratulations, expressed ...", "..., welcoming the
        # progress of GCAP", "spoke with Kishi, reiterating American commitment to the
        # Alliance": an attitude or a restated commitment in a participial phrase is still
        # the subject's
        if previous.end >= 0:
            return previous.speaker
        before = _clause_before(text, text.rfind(",", 0, hit.start))
        return _subject_en(*before, mentions, table, ctx) if before else None
    if purpose and hit.act != "report" and not _EN_PURPOSE_GAP.search(gap):
        # "met in Tokyo to reaffirm ... and to advance ...": what they met to do
        previous.purpose = hit.extra["purpose"] = True
        return previous.speaker
    previous.purpose = False
    if previous.end >= 0 and not _EN_CLAUSE_GAP.search(gap):
        if _EN_PRONOUN_GAP.match(gap):
            return previous.speaker  # "confirmed they will work together": "that" left out
        return None  # one clause, one finite verb: "welcomed the plan to upgrade" is one act
    if surface.endswith("ed") and text.startswith(" by ", hit.end):
        return None  # "friendship ... underscored by ties": a passive participle, no act
    clause, opener = _clause_start(text, hit.start)
    participle = _EN_PARTICIPLE_THAT.search(text, max(0, clause - 40), clause)
    if opener == "that" and participle and participle.start() >= previous.end:
        # "..., having in mind that Japan is an important partner": no finite verb; but
        # "continued by stating that" is the verb of saying a cue has already matched
        return None
    chunk = _strip_adverbs(text[clause : hit.start], table)
    first = text.find(chunk, clause) if chunk else hit.start
    # "noted that, in this regard, Korea should": the object clause of the last verb
    that_clause = opener == "that" or (
        opener == "," and previous.end >= 0 and _EN_THAT_GAP.fullmatch(text, previous.end, clause)
    )
    if previous.frame_speaker is not None and that_clause:
        if (
            surface in ("will", "would")
            and chunk
            and chunk.lower() not in _EN_PERSONAL
            and _subject_en(chunk, first, mentions, table, ctx) is None
        ):
            return None  # "stated that strengthening relations will contribute": a forecast
        return previous.frame_speaker  # "Kishida stated that ... it is important to ..."
    if (
        not chunk
        and opener == ","
        and _EN_PARTICIPLE.fullmatch(surface) is not None
        and _EN_PARTICIPLE_AFTER.match(text, hit.end)
        # "We, the Leaders of Korea, Japan and China, convened in Jeju": a subject's end
        and not any(0 <= clause - 1 - m.end <= 1 for m in mentions)
    ):
        return None  # "the Quad Leaders' Summit, held three weeks earlier in Tokyo,"
    if not chunk and opener == "," and (subject := _subject_before_participles(text, clause)):
        # "Prime Minister Abe, recalling ... and showing ..., highly valued": the subject
        # stands before the participial phrases; "We, A and B, acknowledging ..., are
        # determined": we are, whoever is named last in the apposition
        if _EN_WE.match(text) and previous.end < 0:
            return previous.speaker
        named = _subject_en(*subject, mentions, table, ctx)
        if named is not None:
            return named
    if _EN_COORD.search(chunk) or (not chunk and opener in {",", ";"} and hit.start - clause < 6):
        if ing_form:
            return None  # "..., and recognising ...": a participle, no finite verb
        if _EN_POSSESSIVE_START.match(surface) and not _EN_EXPRESSING.match(previous.cue):
            # "commended his commitment ..., and his determination to": one object;
            # but "expressed his pleasure ... and his intention to": two attitudes
            return None
        return previous.speaker
    opening_participle = not words and ing_form
    if ing_form and prev_word == "by" and (began := _EN_BEGAN_BY.search(chunk)):
        # "Minister Kamikawa began by expressing her gratitude": the subject's act
        return _subject_en(chunk[: began.start()], first, mentions, table, ctx)
    # "each of our governments will": the cue opens with its subject
    if (prev_word in _EN_BLOCKING and not _EN_EACH_OF.fullmatch(chunk.lower())) or (
        ing_form and prev_word not in _EN_BE and not opening_participle
    ):
        return None
    speaker = _subject_en(chunk, first, mentions, table, ctx)
    if previous.end < 0 and opener == "," and chunk.lower().startswith("and "):
        # "Kishida of Japan, Yoon of the ROK, and Biden of the United States reaffirmed":
        # the last of a list of subjects; the sentence so far names the others
        listed = {
            m.code
            for m in mentions
            if m.start < hit.start and m.code in ctx.parties and not (m.possessive or m.victim)
        }
        last_named = any(first <= m.start < hit.start and m.code in ctx.parties for m in mentions)
        if len(listed) > 1 and last_named:
            speaker = tuple(sorted(listed))
    if previous.frame_speaker is not None and (speaker is None or chunk.lower() in ("it", "there")):
        # "Kishida stated that in the current environment, it is important to ...":
        # an impersonal clause inside reported words is the reporter's.
        return previous.frame_speaker
    if (
        that_clause
        and hit.act == "stress"
        and previous.end >= 0
        and (speaker is None or (previous.takes_complement and speaker != previous.speaker))
    ):
        # "recognize that challenges require closer cooperation", "Minister Yun noted that
        # Japan should first make efforts": a statement that something is necessary is
        # `stress` by whoever states it, whatever its grammatical subject
        return previous.speaker
    if opener in table.embedding and (speaker is None or not chunk):
        return None
    if (
        speaker is None
        and hit.act == "report"
        and _EN_PARTICIPLE.fullmatch(surface)
        and _EN_PARTICIPLE_AFTER.match(text, hit.end)
        and (previous.end >= 0 or _EN_PHRASE_OPENER.match(chunk))
    ):
        # "On the basis of the Joint Statement issued in December 2006, ...", "welcomed
        # the progress within the Partnership launched in 2014": a participle, no act
        return None
    if speaker is None:
        if (
            hit.act == "commit"
            and not (hit.cue.joint or _EN_UNDER_WAY.match(surface))
            and not _person_speaks(chunk)
        ):
            # "Industries ... continue to": a forecast, not an undertaking; but "a work
            # programme is under preparation" is the parties' own work in progress
            return None
        speaker = ctx.parties
    hit.relative = opener == "which"
    return speaker


# --- shared ---------------------------------------------------------------


def _intensity(text: str, hit: Hit, floor: int, table: Acts) -> int:
    if table.lang == "ja":
        window = text[max(floor, hit.start - table.window) : hit.end]
    else:
        before = " ".join(text[floor : hit.start].split(",")[-1].split()[-table.window :])
        if table.strongest.search(" ".join(text[hit.end :].split()[:6])):
            return 2  # "condemn ... in the strongest terms"
        # the object's first word too: "reiterated serious concern"
        after = " ".join(text[hit.end :].split()[:1])
        window = f"{before} {text[hit.start : hit.end]} {after}"
    if table.strongest.search(window):
        return 2
    return 1 if table.strong.search(window) else 0


def _context_spans(text: str) -> list[tuple[int, int]]:
    """Adverbial clauses that set the scene (「…に直面する中で、」): actors there are context."""
    spans = []
    for m in _JA_CONTEXT_MARK.finditer(text) if _JA_CONTEXT_MARK.search(text) else ():
        start = max(text.rfind(c, 0, m.start()) for c in "、,。") + 1
        spans.append((start, m.end()))
    return spans


# What all parties undertake, stress or restate together is their joint work: a party
# named in it is its beneficiary or setting, not a target.
_JOINT_WORK = frozenset(["commit", "stress", "reaffirm"])


def _is_target(m: Mention, act: str, speaker: tuple[str, ...], parties: tuple[str, ...]) -> bool:
    """Third parties always; a party only for its own action or plan, never when condemned."""
    if m.code not in parties:
        # 「日米豪印」 among the four, 「SICA諸国」 among its members: the parties themselves
        return not _speaking_members(m.code, parties)
    if act in _NEGATIVE:
        return act == "urge" and m.code not in speaker  # 「英国が…貢献していくことへの期待」
    if m.code not in speaker and (m.possessive or m.kind != "name" or act in _TOWARDS_OTHERS):
        return True  # "welcomed Japan's plan", "thanked the United States for its support"
    return m.possessive and set(speaker) != {m.code}


def _in_joint_work(m: Mention, hit: Hit, text: str, table: Acts, ctx: Context) -> bool:
    """A party named in what all parties undertake, stress or restate together is its
    beneficiary or setting (「カンボジアの持続的成長のための機会を模索していく」), unless
    the act concerns that party's own instrument ("affirmed Australia's commitment")."""
    if hit.act not in _JOINT_WORK or set(hit.speaker) != set(ctx.parties):
        return False
    if m.code not in ctx.parties:
        return False
    own = table.own_instruments
    return not (m.possessive and own is not None and own.search(text, m.end, m.end + 25))


# Acts by one party in which the other party it works with is no target.
_WITH_PARTNER = frozenset(["commit", "stress", "assess"])


def _works_with(m: Mention, hit: Hit, text: str, table: Acts, ctx: Context) -> bool:
    """Is the other party named as the one a party works with ("deepen relations with
    Sweden", 「ボリッチ大統領と共に」)? Their joint work is about neither of them."""
    if hit.act not in _WITH_PARTNER or m.code not in ctx.parties or m.code in hit.speaker:
        return False
    if table.partner is None or m.possessive:
        return False
    if table.lang == "en":
        return table.partner.search(text, max(0, m.start - 20), m.start) is not None
    return table.partner.match(text, m.end) is not None


def _targets(
    hit: Hit,
    mentions: list[Mention],
    text: str,
    context_spans: list[tuple[int, int]],
    table: Acts,
    ctx: Context,
) -> tuple[str, ...]:
    lo, hi = hit.scope
    act = "oppose" if _NEGATIVE_WORDS.search(text[hit.start : hit.end]) else hit.act
    codes: set[str] = set()
    for m in mentions:
        if not lo <= m.start < hi or m.victim or (m.joint and m.code in ctx.parties):
            continue
        if any(s <= m.start < e for s, e in context_spans) and not text.startswith("による", m.end):
            continue  # named only in the scene-setting clause, not as the agent of its deed
        if _beneficiary(m, mentions, text, ctx):
            continue  # "Japan's support for Ukraine" is about Japan's deed
        if _in_joint_work(m, hit, text, table, ctx) or _works_with(m, hit, text, table, ctx):
            continue
        if _is_target(m, act, hit.speaker, ctx.parties):
            codes.add(m.code)
    if hit.relative and set(hit.speaker) != set(ctx.parties):
        codes.update(
            p for p in ctx.parties if p not in hit.speaker and any(m.code == p for m in mentions)
        )
    if (
        not codes
        and act in _NEGATIVE
        and _PRONOUN_OBJECT.search(text[max(0, hit.start - 12) : hit.end + 6])
    ):
        # 「北朝鮮による…発射は…違反するものであるとして、これを強く非難」, "condemned it":
        # the one condemned was named before
        codes = {
            m.code
            for m in mentions
            if m.end <= hit.start and m.code not in ctx.parties and not m.victim
        }
    if hit.act == "report":
        return ()  # what a meeting discussed is its agenda, not a target
    # a grouping the scheme has no code for (the Pacific Islands Forum, SICA) is no target
    codes -= actors().outside_scheme
    own = codes & set(ctx.parties)
    if hit.act == "welcome" and _PLEASURE_TO_MEET.search(text, hit.start, hit.end + 30):
        codes -= own  # "was pleased to meet Prime Minister X": no act about X
    elif len(ctx.parties) > 1 and own == set(ctx.parties):
        codes -= own  # "Japan's strategy and Australia's review": about all alike
    if not codes and _addressed(hit, text, ctx):
        codes = set(ctx.parties) - set(hit.speaker)
    return tuple(sorted(codes))


_SUPPORT_FOR_EN = re.compile(
    r"\b(?:support|assistance|aid|contributions?)(?: (?:to|for)(?: the)?)? $", re.IGNORECASE
)
_SUPPORT_JA = re.compile(r"(?:への|に対する)?(?:支援|援助|協力)")


def _beneficiary(m: Mention, mentions: list[Mention], text: str, ctx: Context) -> bool:
    """A third party helped by a party's own deed: 「日本のウクライナ支援」, "Japan's support
    for Ukraine". The act is about the party's support, not about the one supported."""
    if m.code in ctx.parties:
        return False
    helper = next(
        (
            p
            for p in reversed(mentions)
            if p.end <= m.start and p.possessive and p.code in ctx.parties and m.start - p.end < 40
        ),
        None,
    )
    if helper is None:
        return False
    between = text[helper.end : m.start]
    return bool(_SUPPORT_FOR_EN.search(between)) or (
        _SUPPORT_JA.match(text, m.end) is not None and len(between) <= 4
    )


def _addressed(hit: Hit, text: str, ctx: Context) -> bool:
    """One side's thanks, welcome or request at a meeting of two is addressed to the other
    (「訪日を歓迎」, "expressed his appreciation"), unless it is pleasure or about their
    joint work (「再会を歓迎」, "welcomed the progress of cooperation")."""
    if hit.act not in ("welcome", "urge") or len(ctx.parties) != 2 or len(hit.speaker) != 1:
        return False
    if hit.act == "urge":
        return True  # 「協力いただきたい」: a request is always made of the other side
    lo, hi = hit.scope
    return not _JOINT_OR_PLEASURE.search(text[lo:hi])


def _merge(acts: list[Act]) -> list[Act]:
    """Two predicates with the same act, speaker, intensity and commitment are one act."""
    merged: list[Act] = []
    for act in acts:
        twin = next(
            (
                i
                for i, a in enumerate(merged)
                if (a.act, a.speaker, a.intensity, a.commitment)
                == (act.act, act.speaker, act.intensity, act.commitment)
            ),
            None,
        )
        if twin is None:
            merged.append(act)
        else:
            old = merged[twin]
            merged[twin] = replace(old, targets=tuple(sorted(set(old.targets) | set(act.targets))))
    return merged


# "At the outset of the meeting, ": a phrase before the subject
_OPENING_PHRASE = r"(?:at|in|on|during|after|following)\b[^,]{1,60},\s+"
_EN_OPENING_PHRASE = re.compile(_OPENING_PHRASE, re.I)
_EN_SET_OFF_PHRASE = re.compile(
    r"(?:also|further|furthermore|moreover|additionally|then),\s+", re.I
)
_EN_MEETING_SUBJECT = re.compile(
    rf"(?:{_OPENING_PHRASE})?(?:(?:the|this|that|our)\s+)?"
    r"(?:(?!(?:was|were|is|are|has|had|that|which)\b|(?-i:[a-z]+ed\b))[\w.’'-]+\s+){0,5}?"
    r"(?:meetings?|visits?|dialogue|talks|consultations?|discussions?"
    r"|ceremony|session|summit|this)(?:\s+and\s+(?:the\s+)?[\w-]+)?(?=\s)",
    re.IGNORECASE,
)
# what a meeting was, or what all who met did at it (not what they said or thought)
_EN_MEETING_DEED = re.compile(
    r"\s+(?:(?:was|were)\s+)?(?:also\s+|then\s+)?(?:had|held|met|spoke|talked|visited|paid"
    r"|attended|followed|preceded|signed|exchanged|deepened|advanced|continued|began|opened"
    r"|concluded|took place|lasted)\b"
)


# "Minister Kono", "President Biden also": the capitalised words a sentence opens with
_EN_NAMED_OPENING = re.compile(r"(?:[A-Z][\w.'’-]*\s+){1,6}+(?!and\b|of\b|&)")


def _subject_opening_en(
    text: str, mentions: list[Mention], table: Acts, ctx: Context
) -> tuple[str, ...] | None:
    """The one party whose leader or minister a sentence with no cue opens with, after any
    phrase set off by a comma ("In addition, Minister Kono referenced ..."): it is that
    party's account."""
    opening = _opening_words_en(text)
    people = [m for m in mentions if opening and opening.start <= m.start < opening.end]
    if not people or any(m.kind not in ("person", "title") for m in people):
        return None  # "Japan has played a leading role": in a joint text, all parties'
    assert opening is not None
    return _one_party(opening, mentions, table, ctx)


def _person_opening_en(
    text: str, mentions: list[Mention], table: Acts, ctx: Context
) -> tuple[str, ...] | None:
    """The one party of a person by office and name ("Minister Cassis") that a sentence
    opens with as the subject of its first verb."""
    opening = _opening_words_en(text)
    if opening is None or not text[opening.end : opening.end + 1].islower():
        return None
    if not titled_name(opening.words):
        return None
    return _one_party(opening, mentions, table, ctx)


class _Opening(NamedTuple):
    words: str  # without the space after them
    start: int
    end: int


def _one_party(
    opening: _Opening, mentions: list[Mention], table: Acts, ctx: Context
) -> tuple[str, ...] | None:
    """The party the opening words name as subject, if they name exactly one."""
    speaker = _subject_en(opening.words, opening.start, mentions, table, ctx)
    return speaker if speaker and len(speaker) == 1 else None


def _opening_words_en(text: str) -> _Opening | None:
    """The capitalised words a sentence opens with, after any phrase set off by a comma."""
    opening = _EN_OPENING_PHRASE.match(text) or _EN_SET_OFF_PHRASE.match(text)
    named = _EN_NAMED_OPENING.match(text, opening.end() if opening else 0)
    return _Opening(named.group(0).rstrip(), named.start(), named.end()) if named else None


_JA_RELATION_SUBJECT = re.compile(
    r"[^、。,]{0,20}?(?:関係|協力|パートナーシップ|同盟|交流|きずな|絆|友好|条約)(?:は|が)"
)
# 「技術の変化とグローバリゼーションは、…貢献してきた」: the topic the sentence opens with (not
# 「会談では」「本日」), which may be a thing rather than a party; read after any connective
_JA_OPENING_THEME = re.compile(
    r"(?P<theme>[^、。,「」]{2,30}?)(?<![でにとてのもか])は(?![^、。,]{0,2}(?:じめ|か))"
)
# a theme that names the occasion or who acts in it: what it did is reported
_JA_ACTING_THEME = re.compile(
    r"会談|会合|会議|対話|協議|サミット|首脳|閣僚|大臣|総理|首相|大統領|長官|外相|政府|当局|側|訪問"
    r"|式典|署名|演習|訓練|派遣|代表|議長|我々|われわれ|双方|両者|両国|委員|陛下|殿下|賓客|一行|夫妻"
    r"|事務総長|[A-Z]{2,}$"  # 「SCCは」: a body known by its initials (not 「GDPの…割合は」)
)


# a verb of doing in the plain present (「取り除く」「分かち合う」「共にある」), not one of being
# (「である」「がある」「なる」「いる」), belief or having (「信じる」「有する」「認識する」), or a
# passive or potential form
_JA_DEED_END = re.compile(
    r"(?<![でがはもくにてられきい思])(?<!信じ)(?<!有す)(?<!考え)(?<!識す)(?<!解す)(?<!在す)(?<!信す)"
    r"(?:[うくすつぬむぐぶ]|(?<!な)る|共にある)。$"
)


# 「…してきた」「…してきている」: what has gone on until now
_JA_RECORD = re.compile(r"[てで]き")


def _after_connective(text: str, table: Acts) -> int:
    """Where a Japanese sentence goes on after the connective it opens with (「同時に我々は」),
    if any."""
    connective = table.connective.match(text) if table.connective else None
    return connective.end() if connective else 0


def _joint_deed_ja(text: str, table: Acts) -> bool:
    """Does a Japanese sentence say what all the parties do, in the plain present
    (「同時に我々は,…貿易障壁を取り除く。」)?"""
    if table.all_parties_subject is None or not _JA_DEED_END.search(text):
        return False
    return table.all_parties_subject.match(text, _after_connective(text, table)) is not None


def _fallback_act(text: str, mentions: list[Mention], table: Acts, ctx: Context) -> str:
    """A sentence with no cue: a deed of the parties in the past tense is `report`,
    anything else (「…を揺るがした」 said of Russia) a description, `assess`."""
    if table.lang == "en":
        # "Japan dispatched the Ground Self-Defense Force to ...", "Japan has played a
        # leading role in ...": a party, then a verb in the past; "The meeting was also
        # attended by ...", "At the outset, the two leaders had a tete-a-tete": the meeting
        # or all who met, then a verb in the past
        subject = next((m for m in mentions if m.start < 40 and not m.possessive), None)
        deed = (
            subject is not None
            and subject.code in ctx.parties
            and table.past_deed is not None
            and table.past_deed.match(text, subject.end) is not None
        )
        opening = _EN_OPENING_PHRASE.match(text)
        rest = text[opening.end() if opening else 0 :].lower()
        meeting = _EN_MEETING_SUBJECT.match(text)
        ends = [meeting.end()] if meeting else []
        ends += [
            len(text) - len(rest) + len(w) for w in table.all_parties if rest.startswith(w + " ")
        ]
        return "report" if deed or any(_EN_MEETING_DEED.match(text, e) for e in ends) else "assess"
    if _is_publisher_note(text, table, ctx):
        return "report"  # 「概要は以下のとおりです(…)。」: it leads in
    if not _JA_PAST_END.search(text):
        # 「我々は,…貿易障壁を取り除く。」: what all the parties do, said in the present
        return "commit" if _joint_deed_ja(text, table) else "assess"
    return "assess" if _about_others_ja(text, mentions, table, ctx) else "report"


def _third_party_subject_ja(text: str, mentions: list[Mention], ctx: Context) -> bool:
    """Does a Japanese sentence open with another party than the parties as its subject
    (「北朝鮮は…」)?"""
    subject = next(
        (m for m in mentions if m.start < 25 and _ja_subject_tail().match(text[m.end :])), None
    )
    return subject is not None and subject.code not in ctx.parties


def _about_others_ja(text: str, mentions: list[Mention], table: Acts, ctx: Context) -> bool:
    """Is a Japanese sentence about what another party or a thing did, not the parties'
    deed: its subject a third party (or 「同…」), the relations (「両国関係は新たな段階に入った」),
    or a theme that names no one acting (「新型コロナウイルス感染症の世界的拡大は、…影響を及ぼ
    した」)?"""
    if _third_party_subject_ja(text, mentions, ctx) or text.startswith("同"):
        return True
    if _JA_RELATION_SUBJECT.match(text):
        return True
    theme = _JA_OPENING_THEME.match(text, _after_connective(text, table))
    return bool(
        theme
        and not any(m.start < theme.end("theme") for m in mentions)
        and not _JA_ACTING_THEME.search(theme.group("theme"))
    )


# ", and reiterated": a new clause of the outer sentence, not the object clause
# "shared the view that ... and concurred on": the second verb is the first one's peer,
# not its object clause
_EN_OUTER_GAP = re.compile(r",\s*(?:and|but)\b|;|\band\s*$")
# "confirmed that they ...", "confirmed they would ...", 「…こと」: an object clause follows
_CONTENT_GAP = re.compile(
    r"^\s*(?:that\b|(?:he|she|they|we)\s+$|こと|事で|との|という|(?:考え|意思|意志|意向)を$|を$)"
)
# A clause that opens with a preposition or participle is a phrase, not a subject
_EN_PHRASE_OPENER = re.compile(
    r"(?:on|in|within|under|based|recalling|following|according|with|since|at|during"
    r"|through|building)\b",
    re.IGNORECASE,
)
_PRONOUN_OBJECT = re.compile(
    r"これ(?:ら)?(?:を|に対し)|\b(?:condemn|condemned|oppose|opposed)\s+(?:it|them|this|these)\b"
)
_EN_SECOND_CLAUSE = re.compile(r"\band that\b")
_EN_PRONOUN_GAP = re.compile(r"^\s*(?:he|she|they|we)\s+$")
_EN_PERSONAL = frozenset(["he", "she", "they", "we", "i"])


def _person_speaks(chunk: str) -> bool:
    """Is the subject a person ("he", "Mr Smith") whose party is not known? A person's
    undertaking is still one, made for a party, unlike a forecast about "industries"."""
    if said := _EN_SAID_PRONOUN.match(chunk):
        chunk = said.group(1)  # "Mr Smith said he"
    return chunk.lower() in _EN_PERSONAL or titled_name(chunk)


def _resolve_complements(text: str, main: list[Hit]) -> list[Hit]:
    """Decide between a verb and the act in its object clause.

    A restating verb wins over its content (「…連携していくことを再確認した」,
    "reaffirmed that they will ..." are one reaffirm); a verb that only takes
    a complement (確認, 一致, "confirmed that") gives way to it (「…反対することを
    確認した」 is oppose, "confirmed that they intend to" is commit).
    """
    kept: list[Hit] = []
    for hit in main:
        previous = kept[-1] if kept else None
        gap = text[previous.end : hit.start] if previous else ""
        if previous is not None and _CONTENT_GAP.match(gap) and not _EN_OUTER_GAP.search(gap):
            if hit.act == "reaffirm" and gap.strip()[:1] in ("こ", "と"):
                kept.pop()  # Japanese: the content comes first, the restating verb last
            elif hit.act == "reaffirm" and previous.act in ("stress", "assess"):
                kept.pop()  # "emphasise that our positions remain unchanged": a restatement
            elif previous.act == "reaffirm" and gap.lstrip().startswith("that"):
                continue  # English: "reaffirmed that ... will": the restating verb first
            elif hit.act == "report" and gap in ("ことを", "ことについて"):
                continue  # 「…役割を担う意志を有することを説明した」: what was explained
            elif hit.cue.takes_complement and gap.lstrip().startswith("that"):
                continue  # "demand that Russia ... respect its recognised borders"
            elif hit.cue.takes_complement:
                if _yields(hit.cue, previous.act):
                    # 「…続けていくことで一致した」: the content is agreed, whoever spoke before
                    previous.extra["agreed"] = bool(
                        _JA_AGREEMENT.match(text, hit.start) and not _JA_SAID.search(text, hit.end)
                    )
                    continue
                kept.pop()  # 「…認められないとの認識を共有する」: the object is no act
            elif _yields(previous.cue, hit.act) and not _EN_SECOND_CLAUSE.search(gap):
                kept.pop()  # but "shared the view that X is ... and that they would": a view too
        kept.append(hit)
    return kept


# What the sides do together (「…で一致した」「…を確認した」「意見交換した」) and the events of
# their meeting (「共同声明が発出されました」「会合が行われ」): all of them, whoever spoke before
_JA_MUTUAL = re.compile(
    r"一致|合意|確認|意見交換|会談|協議|両首脳|双方|両国|会合|行われ|開催され|発出され|署名され"
    r"|採択され"
)
# 「岩屋大臣から謝意を表明」: only the object between 「Xから」 and the verb, no clause of its own
# (not 「米国から提供された情報を歓迎」)
_JA_DIRECT_OBJECT = re.compile(
    r"[^、,。]{0,6}?(?:から|より)(?:(?!の)[^、,。たるれ]{0,14}を(?:改めて|あらためて|強く)?)?"
)
_FROM_MARKED = re.compile(r"(?:から|より)(?:は|も)?[、,，]")


@cache
def _compound_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """「日米は」「日豪両国は」: the parties named by their one-character forms (`compound` in
    actors.toml), as a subject, and as the end of the words before a subject's particle."""
    chars = re.escape("".join(actors().compounds))
    compound = rf"(?P<compound>[{chars}・]{{2,5}})(?:両国|三か国|三カ国)?"
    return re.compile(rf"{compound}[はが](?=[、,])"), re.compile(rf"(?<![一-龥]){compound}$")


# A subject's particle, then the words before it (found from the particle: a pattern that
# opened with the words would be tried at every position)
_JA_SUBJECT_PARTICLE = re.compile(r"(?:は(?!じめ)|が)(?=[、,，]|[^、。,，]{0,40}$)")
_JA_SUBJECT_WORDS = re.compile(r"[^、。,，はが]{1,30}$")
# 「ひいては」「においては」「に関しては」「では」 end in は but name no subject
_NOT_A_SUBJECT = (
    "ひいて",
    "おいて",
    "ついて",
    "関して",
    "とって",
    "あるい",
    "また",
    "もしく",
    "で",
    "に",
)


@dataclass(frozen=True, slots=True)
class _Topic:
    """A subject phrase 「…Xは」 or 「…Xが」 of a Japanese clause."""

    words: str
    start: int
    particle: str


def _phrases_before(
    text: str, lo: int, hi: int, particles: re.Pattern[str], words: re.Pattern[str]
) -> list[_Topic]:
    """Each particle in text[lo:hi] with the words before it, unless they name no subject."""
    found = []
    for particle in particles.finditer(text, lo, hi):
        phrase = words.search(text, max(lo, particle.start() - 30), particle.start())
        if phrase and not phrase.group(0).endswith(_NOT_A_SUBJECT):
            found.append(_Topic(phrase.group(0), phrase.start(), particle.group(0)))
    return found


_JA_TOPIC_PARTICLE = re.compile("は")
_JA_TOPIC_WORDS = re.compile(r"[^、。,，は]{1,30}$")


def _drop_quoted_clauses(
    text: str, kept: list[Hit], mentions: list[Mention], table: Acts, ctx: Context
) -> list[Hit]:
    """「我々は、ロシアの…レトリックは受け入れられず、…ことを強調する」 is one act: the
    clauses with a third party as topic are the object of the final verb, not the
    speakers' own predicates (unless that verb only takes a complement, see above)."""
    if (
        len(kept) < 2
        or kept[-1].cue.takes_complement
        or not text[: kept[-1].start].endswith("ことを")
    ):
        return kept
    result = []
    for i, hit in enumerate(kept[:-1]):
        floor = kept[i - 1].end if i else 0
        topics = _phrases_before(text, floor, hit.start, _JA_TOPIC_PARTICLE, _JA_TOPIC_WORDS)
        third_party = bool(topics) and not _names_party(topics[-1], mentions, table, ctx)
        if not third_party:
            result.append(hit)
    return [*result, kept[-1]]


def _third_party_topic(
    text: str, floor: int, hit: Hit, mentions: list[Mention], table: Acts, ctx: Context
) -> bool:
    """Is the subject 「Xは」「Xが」 of a predicate's clause something other than the parties?"""
    subjects = _phrases_before(text, floor, hit.start, _JA_SUBJECT_PARTICLE, _JA_SUBJECT_WORDS)
    # The topic 「Xは」 governs the main verb; a later 「Yが」 is usually an embedded subject.
    topics = [s for s in subjects if s.particle == "は"] or subjects
    # 「両大臣は、EPAは…に資するものであり、…協力していくことで一致」: a later topic whose
    # clause has closed with 「であり、」 leaves what follows to the one before it
    while len(topics) > 1 and _JA_VIEW_END.search(text, topics[-1].start, hit.start):
        topics.pop()
    return bool(topics) and not _names_party(topics[-1], mentions, table, ctx)


def _names_party(topic: _Topic, mentions: list[Mention], table: Acts, ctx: Context) -> bool:
    """Does a subject phrase 「…Xは」 have a party as its head, which in Japanese is its end?"""
    words = topic.words.strip()
    if words.endswith(table.all_parties):  # 「両政府は」 before its body is read off
        return True
    # 「日米韓防衛当局は」「日本政府は」: a body of the parties speaks for them
    body = next((b for b in table.party_bodies if words.endswith(b) and len(words) > len(b)), "")
    words = words[: len(words) - len(body)]
    if words.endswith(table.all_parties) or _compound_patterns()[1].search(words):
        return True
    end = topic.start + len(topic.words.rstrip()) - len(body)
    return any(m.code in ctx.parties and end - 4 <= m.end <= end for m in mentions)


def _yields(verb: Cue, content_act: str) -> bool:
    """Does a complement-taking verb give way to the act of its object clause?"""
    if not verb.takes_complement:
        return False
    return verb.complement_acts is None or content_act in verb.complement_acts


def _is_publisher_note(text: str, table: Acts, ctx: Context) -> bool:
    """A summary's sentence about itself, said by the government that published it."""
    return (
        table.publisher in ctx.parties
        and table.publisher_note is not None
        and table.publisher_note.search(text) is not None
    )


def _sympathy(said: str, table: Acts) -> bool:
    """Are reported words only sympathy (「…哀悼の意を表し、…快復をお祈りする」), with no
    view stated after it (「お見舞いを伝えた上で、…挑戦である」)?"""
    if table.condolence is None:
        return False
    ends = [m.end() for m in table.condolence.finditer(said)]
    return bool(ends) and not _JA_COPULA.search(said, ends[-1])


def _frame_gives_way(
    text: str, hit: Hit, earlier: list[Hit], later: list[Hit], table: Acts
) -> bool:
    """A reporting verb ("stated that ...") gives way to the act of what was said, unless
    that begins with a clause of its own first ("stated that NATO had ..., and he would"),
    which the frame codes as a view (`assess`)."""
    if not hit.cue.frame:
        return False
    if table.lang == "ja":
        if _sympathy(text[earlier[-1].end if earlier else 0 : hit.start], table):
            return True  # 「…哀悼の意を表する旨述べた」: sympathy, no act of the scheme
        # 「…を歓迎するとともに、訪日は…の証左である旨述べた」: the last clause has no cue
        # and 「Xから、シンガポールは…パートナーである旨述べ、両首脳は…」: a view of its own
        if not earlier:  # (but 「…であると述べつつ、…歓迎した」: a subordinate frame)
            return not later or text[hit.start : hit.end].endswith("つつ")
        bounds = [0, *(b for h in earlier for b in (h.start, h.end)), hit.start]
        between = [text[bounds[i] : bounds[i + 1]] for i in range(0, len(bounds), 2)]
        if any(
            _JA_VIEW_CLAUSE.search(segment)
            and not (table.occasion and table.occasion.search(segment))
            for segment in between[:-1]
        ):
            return False  # 「Xから、日英は同志国であり、…に感謝し、…発展させたい旨述べた」
        return not _JA_UNCODED_CLAUSE.match(between[-1])
    if not later:
        return False  # "welcomed the visit and stated that relations are ...": a view
    return not _EN_REPORTED_CLAUSE_END.search(text[hit.end : later[0].start])


def _named_parties(mentions: list[Mention], parties: tuple[str, ...]) -> set[str]:
    """The parties a sentence names, a grouping of them (「G7メンバーの外相が」, not 「日メコン」)
    as its members."""
    members = actors().members
    named = set()
    for m in mentions:
        if m.code in parties:
            named.add(m.code)
        elif not m.joint and (group := members.get(m.code)) and set(group) <= set(parties):
            named.update(group)
    return named


def _in_reported_words(text: str, hit: Hit, subjects: list[_Subject]) -> bool:
    """Is a Japanese cue inside the words a reporter is said to have said (after 「Xから、」,
    before 「旨」)?"""
    return "旨" in text[hit.end :] and any(s.reports for s in subjects if s.end <= hit.start)


def _attributed_after(
    text: str, kept: list[Hit], mentions: list[Mention], table: Acts, ctx: Context
) -> list[Hit]:
    """`kept` with the speaker a closing attribution names ("China and Japan need to
    strengthen communications, Wang said."): the words before it are theirs, and its own
    verb is no act of its own."""
    said = _EN_TRAILING_SAID.search(text)
    if said is None:
        return kept
    who = _subject_en(said.group("who"), said.start("who"), mentions, table, ctx)
    if who is None:
        return kept
    words = [h for h in kept if h.start < said.start()] or kept
    for hit in words:
        hit.speaker = who
    return words


def find_acts(text: str, mentions: list[Mention], table: Acts, ctx: Context) -> list[Act]:
    """The acts of one NFKC-normalised sentence, in order of appearance."""
    hits = _hits_ja(text, table) if table.lang == "ja" else _hits_en(text, mentions, table, ctx)
    kept = _resolve_complements(text, [h for h in hits if not h.extra.get("embedded")])
    if table.lang == "ja":
        kept = _drop_quoted_clauses(text, kept, mentions, table, ctx)
        for i, hit in enumerate(kept):
            floor = kept[i - 1].end if i else 0
            if (
                hit.act == "commit"
                and hit.cue.past_is_report
                and not text.endswith("たい", hit.start, hit.end)  # a wish is the speaker's
                and _third_party_topic(text, floor, hit, mentions, table, ctx)
            ):
                if any(later.act == "urge" for later in kept[i + 1 :]):
                    # 「北朝鮮が…遵守し、…ことを強く求める」: what is asked of another, no act
                    hit.extra["embedded"] = True
                else:
                    hit.act = "assess"  # 「日米同盟は…基盤であり続ける」 undertakes nothing
        kept = [h for h in kept if not h.extra.get("embedded")]
        for hit in kept:
            if (
                hit.act == "stress"
                and text.startswith("べき", hit.start)
                and _third_party_subject_ja(text, mentions, ctx)
            ):
                hit.act = "urge"  # 「北朝鮮は…遵守し、…放棄すべきである」: what another must do
        if (
            len(kept) == 1
            and kept[0].act == "report"
            and _JA_RECORD.match(text, kept[0].start)
            and _about_others_ja(text, mentions, table, ctx)
        ):
            kept[0].act = "assess"  # 「…貿易を巡る緊張は増大してきた」: a record of the world
    if len(kept) > 1:
        kept = [
            h
            for i, h in enumerate(kept)
            if not _frame_gives_way(text, h, kept[:i], kept[i + 1 :], table)
        ]
    elif kept and kept[0].cue.frame and _sympathy(text[: kept[0].start], table):
        return []  # 「…哀悼の意を表する旨述べました。」
    if not kept:
        if table.condolence is not None and table.condolence.search(text):
            return []  # sympathy over a disaster or a death is no act of the scheme
        # 「…以下のように述べた。」: a lead-in to what follows reports it, and names its
        # speaker as a cue does
        lead_in = table.quote_lead is not None and table.quote_lead.search(text) is not None
        act = "report" if lead_in else _fallback_act(text, mentions, table, ctx)
        kept = [Hit(Cue("assess", re.compile(""), -1), 0, 0, act, extra={"lead_in": lead_in})]
    if table.lang == "en":
        kept = _attributed_after(text, kept, mentions, table, ctx)
    context_spans = _context_spans(text) if mentions else []
    subjects = _subjects_ja(text, mentions, table, ctx) if table.lang == "ja" else []
    result: list[Act] = []
    for i, hit in enumerate(kept):
        floor = kept[i - 1].end if i else 0
        if table.lang == "ja":
            if hit.cue.frame and i:
                # 「Xから、…歓迎し、…である旨述べた」: X said both
                hit.speaker = kept[i - 1].speaker
            else:
                # no cue (「…安倍総理から提起した。」): who it reports as speaking, if anyone
                hit.speaker = _subject_ja(
                    text,
                    hit.start if hit.end else len(text),
                    subjects,
                    ctx,
                    table.words_end,
                    not hit.end and not hit.extra.get("lead_in"),
                )
            hit.scope = (floor, hit.end or len(text))
        else:
            if not hit.speaker and not hit.end:  # no cue: its subject's account, if it has one
                hit.speaker = _subject_opening_en(text, mentions, table, ctx) or ()
            hit.speaker = hit.speaker or ctx.parties
            if i and hit.act == "commit" and kept[i - 1].act in ("welcome", "reaffirm", "commit"):
                # "welcomed Minister Kono's visit and stated that he intends to ...": what
                # the first act was about is not what the second undertakes
                floor = max(floor, _clause_start(text, hit.start)[0])
            hit.scope = (floor, kept[i + 1].start if i + 1 < len(kept) else len(text))
            if hit.relative:
                hit.scope = (0, hit.start)
        if (
            hit.act == "report"
            and not hit.extra.get("lead_in")  # 「岸大臣は、…以下のように述べた。」: his words
            # 「岸田総理大臣から、…パリを訪問した、…旨述べました」: a deed in his words
            and not _in_reported_words(text, hit, subjects)
            and not (
                table.one_side_report and table.one_side_report.search(text, hit.start, hit.end)
            )
            and len(set(hit.speaker)) != len(ctx.parties)
            and len(set(hit.speaker) | _named_parties(mentions, ctx.parties)) >= 2
            # "Minister Johnson Smith made statements welcoming ... between Japan and Jamaica":
            # with no cue and no meeting, one side's account
            and (hit.end or table.lang == "ja" or _EN_MET.search(text))
        ):
            hit.speaker = ctx.parties  # a meeting is reported for all who met
            for later in kept[i + 1 :]:
                if not later.extra.get("purpose"):
                    break
                if later.act != "welcome":  # "called him to congratulate him": the caller's
                    later.speaker = ctx.parties  # and so is what they met to do
        if hit.cue.joint or (hit.extra.get("agreed") and len(hit.speaker) == 1):
            # 「…首相夫妻は、天皇陛下に拝謁した」: a deed of the visit, reported by all parties;
            # 「林大臣から、…旨述べ、…強化していくことで一致しました」: one side cannot agree alone
            hit.speaker = ctx.parties
        if hit.act == "report" and _is_publisher_note(text, table, ctx):
            hit.speaker = (str(table.publisher),)  # "The overview ... is as follows."
        intensity = _intensity(text, hit, floor, table)
        targets = _targets(hit, mentions, text, context_spans, table, ctx)
        lo, hi = hit.scope
        if table.lang == "ja":
            scope_text = text[min(lo, hit.start) : max(hi, hit.end)]
            head = text[max(lo, hit.start - 20) : hit.end]  # the object right before the verb
        else:
            scope_text = text[hit.start : hi]
            if hit.act == "stress" and _EN_COPULA.match(text, hit.start):
                # "cooperation among partners is essential": what is essential is the subject
                scope_text = text[max(lo, _clause_start(text, hit.start)[0]) : hi]
            head = " ".join(text[hit.start : hi].split()[:10])  # the verb and its object's head
        commitment = is_commitment(hit.act, scope_text, head, text[hit.end : hit.end + 6], table)
        result.append(
            Act(
                hit.act,
                intensity,
                tuple(sorted(hit.speaker)),
                targets,
                commitment,
                text[hit.start : hit.end],
            )
        )
    return _merge(result)
