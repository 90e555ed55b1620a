"""Find actors named in a sentence, and the parties of a document."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Sequence
from functools import cache, lru_cache
from typing import NamedTuple

from renkei.code.lexicon import ActorTable, actors
from renkei.models import Lang

# Markers after a name that make its party the agent or owner of what follows.
_POSSESSIVE = {
    # 「日本の防衛」「日本の安全」: the object of another's act, not Japan's own.
    # 「日本政府による開催」「日本国民による歓迎」: the agent of a deed
    "ja": re.compile(
        r"^(?:の(?!間|防衛|安全|平和|領土|領域|復興)|による|が|(?:側|政府|国?民)(?:の|による))"
    ),
    "en": re.compile(r"^(?:'s|’s|')"),
}
_AGENT_BEFORE_EN = re.compile(r"\bby (?:the )?$")
# What follows a known family name when it is someone's given name: more katakana after
# 「・」, or three more capitalised names ("Kishida Fumio", "Yoon Suk Yeol" have fewer).
_GIVEN_NAME_AFTER = re.compile(r"・[ァ-ヶ]|(?: [A-Z][a-z]+){3}")
# A national head of government's office before a name ("Prime Minister Donald Tusk"): the
# name of an organisation's leader there is a namesake or a later office, as 「…首相」 after it
_NATIONAL_OFFICE_BEFORE_EN = re.compile(
    r"\b(?:Prime Minister|Premier|Chancellor)\s+(?:[A-Z][\w'’-]+\s+){0,2}$"
)
# Markers that make a named actor the victim or setting of another's act,
# not a target: 「ウクライナに対する侵略」, "war against Ukraine".
_VICTIM = {
    "ja": re.compile(
        # 「ウクライナに対する侵略」, but not 「日本に対する連帯」
        r"^(?:に対する(?=[^、。,]{0,16}(?:侵略|侵攻|攻撃|威圧|脅威|挑発|武力))"
        r"|侵略|侵攻|への侵略|周辺|国内|政策担当|に関する|に関して|に関し|離脱"
        # 「無辜のウクライナ市民の殺害」「ウクライナの領域への攻撃」: who or where suffers it
        r"|市民|全域|の領域"
        # 「スウェーデンのNATO加盟」: the organisation another joins
        r"|(?:への)?加盟(?!国)"
        # 「太平洋諸島フォーラム(PIF)の加盟国であるオーストラリア,…」: what the members named
        # are; the parties are the members, not the organisation that qualifies them
        r"|(?:\([A-Za-z]+\))?の?(?:加盟国|構成国)である"
        # 「インドネシアのバリにおいて」: a city of the country
        r"|(?:・[^、。,]{1,8}|(?:国の?|の)(?:[ァ-ヶー]{1,8}|[一-龥]{1,3})[市州都]?(?=において|にて|で開催))?"
        r"(?:における|において|にて|での|で開催|で実施|情勢|を訪問|訪問中|の機会|の際"
        r"|(?:[/・][A-Za-z0-9]+)?の?(?:議長国|議長として)"
        # (but 「G20首脳テレビ会議首脳声明」: the meeting's own statement is the grouping's)
        r"|の枠組み|[一-龥ァ-ヶー・]{0,12}(?:サミット|首脳会議|首脳会合|会合|会議|総会)"
        r"(?!(?:首脳|外相|閣僚)?(?:共同)?(?:声明|宣言|コミュニケ))"
        # 「G7や国連安保理等様々なフォーラムで」: fora where the parties work together
        r"|[^、。]{0,20}?(?:等|など)の?(?:様々な|多国間の)?(?:フォーラム|枠組み|場)))"
    ),
    "en": re.compile(
        r"^(?:\s?(?:'s|’s)? (?:territory|soil|people|territorial)"
        r"|(?:-related)?(?: (?:virtual|online|extraordinary|special|informal|emergency))?"
        r"(?: [Ll]eaders['’]| (?:Foreign )?Ministers['’]| [A-Z][\w-]+| and [A-Z][\w-]+)?"
        r" (?:[Ss]ummits?|[Mm]eetings?|[Pp]residenc(?:y|ies))\b"
        r"(?! (?:[Ll]eaders['’] )?(?:[Jj]oint )?(?:[Ss]tatement|[Dd]eclaration|[Cc]ommuniqu))"
        r"| General Assembly\b"
        # "EU accession", "NATO membership": the organisation another joins
        r"| (?:accession|membership)\b)"
    ),
}
# "infringes upon Ukraine's sovereignty", "annexation by Russia of Ukraine's Donetsk": what
# another violates is the victim's (but "support for Ukraine's sovereignty" is about Ukraine)
_VIOLATED_BEFORE_EN = re.compile(
    r"\b(?:infring\w*(?: up)?on|violat\w*|undermin\w*|chang\w*|annex\w*(?: by [A-Z][\w-]+)? of"
    r"|attack\w*(?: on)?|invasion of|invad\w*|aggression against|(?:actions|strikes?) at)"
    r"\s+(?:the\s+)?$"
)
_VICTIM_BEFORE_EN = re.compile(
    # "threats from the DPRK": the source of a threat is its agent, not a victim
    r"(?<!threats )(?<!threat )(?<!attacks )(?<!aimed )(?<!directed )(?<!targeted )(?<!pointed )"
    r"\b(?:against|from|in|within|at(?= the)|across|throughout|invasion of|aggression against"
    r"|war against"
    r"|war on|attacks? on|(?:position|positions|stance|policy|policies) on"
    r"|(?:territory|territories|soil|people|civilians|cities) of"
    r"|(?:responding|response|responses|respond) to|in the face of"
    r"|visiting|visit to|to attend|attending|accession to|membership (?:in|of))"
    # "in Vientiane, Laos", "visiting Dubai, United Arab Emirates": a city, then its country
    r"(?:\s+[A-Z][\w.-]+(?:\s+(?:(?:de|da|do|del|di|la|le|el)\s+)?[A-Z][\w.-]+){0,2},)?\s+(?:the\s+)?"
    r"(?:(?:Kingdom|Republic|Federal Republic|Commonwealth|State) of\s+(?:the\s+)?)?$"
    # "aggression against independent and sovereign Ukraine": adjectives may qualify it
    r"|\b(?:against|invasion of|territory of)\s+(?:the\s+)?(?:[a-z-]+,?\s+(?:and\s+)?){1,3}$"
)
_WORK_WITH_BEFORE_EN = re.compile(
    r"\b(?:work|works|working|worked|cooperat\w*|coordinat\w*|collaborat\w*|exchanges?"
    r"|consult\w*|engage\w*|relationships?|relations|ties|dialogue)"
    r"(?: [\w-]+){0,4}? with (?:the )?"  # "cooperate in every area with Poland"
    r"(?:(?:Prime Minister|President|Secretary General|Chancellor) )?$"
)
_WITH_RELATION_JA = re.compile(
    r"^と(?:の(?:間の)?|も|緊密に|共に|ともに|更に)?[^、。]{0,8}?"
    r"(?:関係|協力|連携|パートナーシップ|同盟|協議|対話|協働)|^との間で"
)
# 「日本とＮＡＴＯの」, "Japan and NATO's": joint, not one party's own.
_JOINT_BEFORE = re.compile(r"(?:と|及び|and |&|-|・)\s*$")


class Mention(NamedTuple):
    """An actor named in a sentence. A named tuple, not a frozen dataclass: a sentence makes
    several and a frozen dataclass is four times slower to build."""

    code: str
    start: int
    end: int
    kind: str  # name | person | title
    possessive: bool
    victim: bool
    joint: bool


def after_japan_compound(text: str, start: int) -> bool:
    """Is the name at `start` the second half of a compound with Japan (「日NATO」「日・EU」)?"""
    return text[max(0, start - 2) : start].endswith(("日", "日・"))


def _free(named: list[Mention], extra: Iterable[Mention], margin: int = 0) -> list[Mention]:
    """The mentions of `extra` that overlap none of `named` (nor come within `margin`)."""
    taken = [(m.start - margin, m.end + margin) for m in named]
    return [m for m in extra if not any(lo < m.end and m.start < hi for lo, hi in taken)]


def _merged(named: list[Mention], new: list[Mention]) -> list[Mention]:
    return sorted(named + new, key=lambda m: m.start) if new else named


def blanked(pattern: re.Pattern[str], text: str, haystack: str | None = None) -> str:
    """`text` with each match of `pattern` blanked out, so that offsets stay those of `text`;
    matched in `haystack` instead, when given: a form of `text` of the same length (its lower
    case)."""
    if haystack is None:
        return pattern.sub(lambda m: " " * len(m.group(0)), text)
    for start, end in [m.span() for m in pattern.finditer(haystack)]:
        text = text[:start] + " " * (end - start) + text[end:]
    return text


def _masked(text: str, lang: Lang) -> str:
    """Blank out names of documents, places and bodies of law that contain actor names."""
    mask = actors().mask[lang]
    if lang == "ja":
        return blanked(mask, text)
    lowered = text.lower()  # the English mask is in lower case (lexicon.py)
    if len(lowered) != len(text):  # "İ": lower case would move the offsets
        return blanked(re.compile(mask.pattern, re.IGNORECASE), text)
    return blanked(mask, text, lowered)


# Runs of ASCII, then whether one holds a letter: a pattern that opens with a character
# class the scan can skip to is a third faster than 「[ -~]*[A-Za-z][ -~]*」 on Japanese text
_ASCII_RUN = re.compile(r"[ -~]+")
_LATIN_LETTER = re.compile(r"[A-Za-z]")


def _name_matches(masked: str, lang: Lang) -> list[re.Match[str]]:
    table = actors()
    if lang == "en":
        return list(table.regex["en"].finditer(masked))
    latin = table.regex["ja_latin"]
    found = list(table.regex["ja"].finditer(masked))
    if not _LATIN_LETTER.search(masked):
        return found  # in order already
    for run in _ASCII_RUN.finditer(masked):
        start, end = run.span()
        if _LATIN_LETTER.search(masked, start, end):
            found += latin.finditer(masked, start, end)
    return sorted(found, key=lambda m: m.start())


@cache
def _compound_titles() -> re.Pattern[str]:
    """「豪首相」「英外相」: a country's one-character form before a leader's title."""
    table = actors()
    chars = "".join(table.compounds)
    titles = table.leader_titles["after_compound_ja"]
    # the character first, then the look back (not 「日豪首相」): the scan can skip ahead
    return re.compile(f"[{chars}](?<![{chars}][{chars}])(?={titles})")


@cache
def _national_title() -> re.Pattern[str]:
    """A country's office (「首相」「外相」), as after a person's name, perhaps with the
    country between (「ルッテ・オランダ王国首相」)."""
    titles = actors().leader_titles["after_compound_ja"]
    return re.compile(f"(?:・[ァ-ヶー一-龥]{{1,12}}?)?(?:{titles})")


def _compound_title_mentions(text: str) -> list[Mention]:
    compounds = actors().compounds
    return [
        Mention(compounds[m.group(0)], m.start(), m.end(), "title", False, False, False)
        for m in _compound_titles().finditer(text)
    ]


# "Lawrence Wong, Prime Minister of the Republic of Singapore", "Prime Minister Wong of
# Singapore": the office or country after a name
_EN_APPOSITIVE_OFFICE = re.compile(
    r"(?:(?:,\s+|\s+in\s+(?:his|her)\s+capacity\s+as\s+)(?:the\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:Prime Minister|President|Minister|Chancellor"
    r"|Premier)\b[^,.;()]{0,60}?\b|\s+)of\s+(?:the\s+)?(?P<country>[A-Z][^,.;()]{2,60})"
)


def _office_holder_code(text: str, end: int, table: ActorTable) -> str | None:
    """The country of the office a person's name is followed by, which tells a namesake
    of another country's leader in the table apart."""
    office = _EN_APPOSITIVE_OFFICE.match(text, end)
    if office is None:
        return None
    named = office.group("country")
    country = table.regex["en"].search(named)
    if country is None or _POSSESSIVE["en"].match(named[country.end() :]):
        return None  # "informed President Zelenskyy of Japan's intention": no office of Japan
    return table.codes[country.group(0)]


_KATAKANA_LETTER = re.compile(r"[ァ-ヺー]")


def _inside_katakana_word(text: str, start: int, end: int) -> bool:
    """Is a name written in katakana only part of a longer katakana word?"""
    return bool(
        (start and _KATAKANA_LETTER.match(text[start]) and _KATAKANA_LETTER.match(text[start - 1]))
        or (
            end < len(text)
            and _KATAKANA_LETTER.match(text[end - 1])
            and _KATAKANA_LETTER.match(text[end])
        )
    )


@lru_cache(maxsize=128)
def _found(text: str, lang: Lang) -> tuple[Mention, ...]:
    """`find`, remembered: party detection reads the same title and opening lines many times."""
    return tuple(find(text, lang))


def find(text: str, lang: Lang) -> list[Mention]:
    """Every actor named in `text` (NFKC-normalised), in order."""
    table = actors()
    masked = _masked(text, lang)
    found: list[Mention] = []
    for m in _name_matches(masked, lang):
        surface = m.group(0)
        kind = table.kinds[surface]
        if lang == "ja" and _inside_katakana_word(masked, m.start(), m.end()):
            continue  # 「コモロフスキ大統領」 names no Comoros
        after = masked[m.end() : m.end() + 40]
        if kind == "person" and _GIVEN_NAME_AFTER.match(after):
            continue  # 「ミシェル・テメル」, "Michel Miguel Elias Temer": a given name here
        code = table.codes[surface]
        # 「ルッテ・オランダ王国首相(H.E.Mr. Mark Rutte, Prime Minister of ...)」: a name in
        # English inside a Japanese text reads as English
        english = lang == "en" or surface.isascii()
        if (
            kind == "person"
            and code in table.organisations
            and (
                _NATIONAL_OFFICE_BEFORE_EN.search(masked, max(0, m.start() - 40), m.start())
                if english
                else _national_title().match(after)
            )
        ):
            continue  # 「ラスムセン首相」, "Prime Minister Tusk": a namesake, or another office
        if english and kind == "person":
            # "Lawrence Wong, Prime Minister of Singapore": the office tells a namesake apart
            code = _office_holder_code(masked, m.end(), table) or code
        before = masked[max(0, m.start() - 24) : m.start()]
        possessive = bool(_POSSESSIVE[lang].match(after)) or (
            lang == "en" and bool(_AGENT_BEFORE_EN.search(before))
        )
        victim = bool(_VICTIM[lang].match(after)) or (
            lang == "en"
            and kind == "name"
            and bool(
                _VIOLATED_BEFORE_EN.search(masked, max(0, m.start() - 48), m.start())
                if possessive
                else _VICTIM_BEFORE_EN.search(masked, max(0, m.start() - 48), m.start())
            )
        )
        previous = found[-1] if found else None
        # 「日NATO」「日・NATO」: a compound naming Japan and the actor together;
        # 「日本との関係」: the relation of the parties, not the other party's own
        compound = lang == "ja" and (
            after_japan_compound(masked, m.start()) or _WITH_RELATION_JA.match(after) is not None
        )
        # "work closely with Japan", 「日本と緊密に連携」: the parties' joint work
        together = lang == "en" and bool(
            _WORK_WITH_BEFORE_EN.search(masked, max(0, m.start() - 48), m.start())
        )
        paired = bool(
            previous
            and previous.code != code
            and m.start() - previous.end <= 5
            and _JOINT_BEFORE.search(masked[previous.end : m.start()])
        )
        joint = compound or together or paired
        if paired and previous is not None:
            found[-1] = previous._replace(joint=True)  # "between Japan and NATO": both sides
        found.append(Mention(code, m.start(), m.end(), kind, possessive, victim, joint))
    if lang == "ja":
        found = _merged(found, _free(found, _compound_title_mentions(masked)))
    return found


@cache
def titles_of(code: str, parties: tuple[str, ...]) -> tuple[str, ...]:
    """The titles that refer to `code` among `parties`: its own, and in a document of Japan
    and one other party, the titles Japan's side does not hold (its partner's)."""
    own = actors().titles.get(code, ())
    others = [p for p in parties if p != "JPN"]
    if "JPN" in parties and others == [code]:
        return own + tuple(t for t in actors().partner_titles if t not in own)
    return own


@cache
def _title_pattern(parties: tuple[str, ...]) -> tuple[re.Pattern[str] | None, dict[str, str]]:
    """One pattern for the titles that belong to exactly one of `parties`, and their owner."""
    owners: dict[str, set[str]] = {}
    for code in parties:
        for title in titles_of(code, parties):
            owners.setdefault(title, set()).add(code)
    # "the President" with two presidents among the parties names neither
    single = {title: next(iter(codes)) for title, codes in owners.items() if len(codes) == 1}
    if not single:
        return None, {}
    alternation = "|".join(re.escape(t) for t in sorted(single, key=len, reverse=True))
    return re.compile(alternation), single


# Before a title, these make it every party: 「両首相」「各大臣」
EVERY_PARTY = ("両", "各", "両国", "各国", "三国")


def every_party_before(text: str, start: int) -> bool:
    """「両首相」「両国首相」「各大臣」: a title after these names every party."""
    return text[max(0, start - 2) : start].endswith(EVERY_PARTY)


def title_mentions(text: str, parties: Sequence[str], named: list[Mention]) -> list[Mention]:
    """Leaders' titles standing alone ("the Secretary General", 「大統領は」) as mentions
    of the one party that has the title: the scheme reads them as that party."""
    pattern, owner = _title_pattern(tuple(parties))
    if pattern is None:
        return named
    titles = (
        Mention(owner[m.group(0)], m.start(), m.end(), "title", False, False, False)
        for m in pattern.finditer(text)
        if not every_party_before(text, m.start())
        and not text.startswith((" General", "-General"), m.end())  # another office
    )
    return _merged(named, _free(named, titles, margin=3))  # a title next to a name is its part


@cache
def _leader_title_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Titles after a leader's name the actor table may not know ([leader_titles]): Japan's
    cabinet titles, then foreign ones. The name is read backwards from the title (a
    pattern opening with a character class would be tried everywhere)."""
    titles = actors().leader_titles
    cabinet = re.compile(f"(?:{titles['cabinet_ja']})(?=から|より|は|が|[、,])")
    return cabinet, re.compile(titles["foreign_ja"])


# 「ウリアノブスキ外務・欧州統合大臣」: the name, then the words of an office before its title
# (not 「前」「元」: 「ナザン前大統領」 is a former holder, whose title still counts)
_KATAKANA_NAME = re.compile(
    r"[ァ-ヶー・]{2,}(?:(?:[一-龥]{1,4}・)?[一-龥]{0,3}(?![前元故新現])[一-龥])?$"
)
# a kanji run after 「・」 (「外務・欧州統合」) is the words of an office, not a name
_KANJI_NAME = re.compile(r"(?<![一-龥ァ-ヶー・])[一-龥]{1,4}$")
_NOT_A_NAME = "両二三四五各同副"  # 「両大臣」「各大臣」: ministers, not a named one


def _names_before(
    text: str, titles: re.Pattern[str], name: re.Pattern[str]
) -> list[tuple[int, int, int]]:
    """Start and end of each name written right before a title (「クアン」 of 「クアン国家主席」),
    and the end of its title."""
    spans = []
    for t in titles.finditer(text):
        found = name.search(text, max(0, t.start() - 24), t.start())
        # 「大平・バトラー両外相」「その際両外務大臣」: both ministers, not one named
        if found and found.group(0)[0] not in _NOT_A_NAME and found.group(0)[-1] != "両":
            spans.append((found.start(), found.end(), t.end()))
    return spans


def unlisted_leaders(text: str, parties: Sequence[str], named: list[Mention]) -> list[Mention]:
    """Leaders the actor table does not know, in a Japanese text with Japan a party: a kanji
    name before a cabinet title is Japan's (「林大臣から」); a name in katakana
    (「クアン国家主席」) is that of the party named right before it (「スロバキアの」), else
    the other party's when there is just one other."""
    if "JPN" not in parties:
        return named
    cabinet, foreign = _leader_title_patterns()
    spans = [(s, "JPN") for s in _names_before(text, cabinet, _KANJI_NAME)]
    others = [p for p in parties if p != "JPN"]
    for span in _names_before(text, foreign, _KATAKANA_NAME):
        # 「スロバキアのペレグリニ首相」: the country named before it, else the one other party
        country = next(
            (m.code for m in named if m.end + 1 == span[0] and text[m.end] == "の"), None
        )
        if country in others or (country is None and len(others) == 1):
            spans.append((span, country or others[0]))
    found = _free(
        named,
        # marked as a setting (victim): it tells who speaks, never whom an act is about
        (
            Mention(code, start, end, "person", False, True, False)
            for (start, end, _), code in spans
        ),
    )
    # 「フック首相」「ミン副首相兼外務大臣」: the title after the name is part of it, not
    # Japan's 「首相」
    titled = [
        (end, title_end)
        for (start, end, title_end), _ in spans
        if any(f.start == start for f in found)
    ]
    return _merged(
        [m for m in named if not (m.kind == "title" and any(e <= m.start < t for e, t in titled))],
        found,
    )


_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def members_then(parties: tuple[str, ...], date: str | None, opening: str) -> tuple[str, ...]:
    """`parties` without the members that joined their grouping after the text: a 2013
    text of the Pacific Islands Forum stands for its members of 2013. The date is the
    text's, else the first year its opening names."""
    year = _YEAR.search(opening)
    when = date or (year.group(0) if year else None)
    if when is None:
        return parties
    later = {
        member
        for grouping, members in actors().joined.items()
        if set(actors().members[grouping]) <= set(parties)
        for member, day in members.items()
        if when < day[: len(when)]
    }
    return tuple(p for p in parties if p not in later)


def expand_groupings(codes: Iterable[str]) -> tuple[str, ...]:
    """Parties a grouping stands for as issuer (the Quad -> AUS, IND, JPN, USA)."""
    members = actors().members
    out: set[str] = set()
    for code in codes:
        out.update(members.get(code) or (code,))
    return tuple(sorted(out))


def compound_members(word: str) -> set[str]:
    """The parties a one-character compound stands for (「日米韓」 -> JPN, USA, KOR); empty if
    `word` is no such compound."""
    compounds = actors().compounds
    if len(word) < 2 or any(c not in compounds for c in word):
        return set()
    return {compounds[c] for c in word}


_STAY = ("訪", "来", "滞", "在", "離")


def compound_codes(text: str) -> set[str]:
    """Parties in compounds like 日豪 or 日米韓 (title lines: 「第10回日豪外務・防衛閣僚協議」)."""
    compounds = actors().compounds
    chars = "".join(compounds)
    codes: set[str] = set()
    for m in re.finditer(f"[{re.escape(chars)}]{{2,4}}(?=[^\\s{re.escape(chars)}])", text):
        # 「訪日中の」「来日中」: "while visiting Japan", not Japan and China
        if m.group(0).startswith("日") and text[m.start() - 1 : m.start()] not in _STAY:
            codes.update(compounds[c] for c in m.group(0))
    return codes


def _japan_compound(text: str) -> set[str]:
    """「日EU」「日NATO」「日・NATO」: Japan and the organisation named after 日."""
    found = {m.code for m in _found(text, "ja") if after_japan_compound(text, m.start)}
    return found | {"JPN"} if found else set()


# What joins a pair: a hyphen ("the UK-Japan relationship"), or "and" ("between the UK and
# Norway", "UK and Norwegian energy ministers")
_PAIR_JOINER = re.compile(r"\s*[-–]\s*|\s+and\s+(?:the\s+)?")


# "the EU-Japan Economic Partnership Agreement": a compound that opens a proper name names
# an agreement or a body, which tells nothing of who the text's other side is
_PROPER_NAME_AFTER = re.compile(r"\s+[A-Z][a-z]")


def _paired_en(text: str) -> list[tuple[Mention, Mention]]:
    """The actors an English text names as a pair, one right after the other ("the UK-Japan
    relationship", "between the UK and Sweden")."""
    return [
        (a, b)
        for a, b in itertools.pairwise(_found(text, "en"))
        if _PAIR_JOINER.fullmatch(text, a.end, b.start)
    ]


def opening_pair(texts: Sequence[str], lang: Lang) -> tuple[str, ...]:
    """The two actors the opening pairs ("to discuss ... collaboration between the UK and
    Sweden", "UK-Sweden"), when it names no one that detection could take for a party."""
    if lang != "en" or not texts:
        return ()
    pairs = {frozenset((a.code, b.code)) for a, b in _paired_en(texts[0]) if a.code != b.code}
    return tuple(sorted(pairs.pop())) if len(pairs) == 1 else ()


def compound_partner(party: str, texts: Sequence[str], lang: Lang) -> str | None:
    """The one actor a text pairs with its only detected party in compounds ("the UK-Japan
    relationship", 「日英関係」): the other side of a readout whose opening names only the
    guest ("The Prime Minister spoke to Prime Minister Abe of Japan")."""
    paired: set[str] = set()
    outside_names: set[str] = set()  # paired where the compound opens no proper name
    for text in texts:
        if lang == "ja":
            found = compound_codes(text) | _japan_compound(text)
            outside_names |= found
        else:
            found = set()
            for a, b in _paired_en(text):
                if party in (a.code, b.code):
                    found |= {a.code, b.code}
                    if not _PROPER_NAME_AFTER.match(text, b.end):
                        outside_names |= {a.code, b.code}
        paired |= found - {party}
    if len(paired) != 1 or not paired & outside_names:
        return None  # none, several, or one only in a name: no one partner
    return paired.pop()


@cache
def _hostile_agent(lang: Lang) -> re.Pattern[str] | None:
    """「北朝鮮による弾道ミサイルの発射」「北朝鮮の弾道ミサイル発射を受け」, "the DPRK's ballistic
    missile launches": the agent of a hostile deed (`[hostile_deeds]` in actors.toml) that
    a statement answers, named just before it. None when the table lists no deed (an empty
    alternation would make every 「Xの」 an agent)."""
    deeds = "|".join(re.escape(d) for d in actors().hostile_deeds.get(lang, ()))
    if not deeds:
        return None
    if lang == "ja":
        return re.compile(rf"(?:による|の|が)[^、。,]{{0,12}}?(?:{deeds})")
    return re.compile(rf"(?:'s|’s)(?: [\w-]+){{0,3}}? (?:{deeds})\b")


def _party_like(m: Mention, text: str = "", lang: Lang = "en") -> bool:
    """Could this mention name a party? Not a setting ("the G7 Summit", "the ASEAN Foreign
    Ministers' Meeting" attended), unless named jointly with another ("EU-Japan Summit"),
    nor the agent of the hostile deed a statement answers."""
    hostile = _hostile_agent(lang)
    # "the Japan-Chile Foreign Ministers' Meeting": a bilateral meeting's two sides
    paired = m.joint and text[m.start - 1 : m.start] in ("-", "–")
    if (_MEETING_AFTER_EN.match(text, m.end) and not paired) or (
        hostile and hostile.match(text, m.end)
    ):
        return False
    return not m.victim or m.joint


# What a meeting discussed follows these, and whom the parties condemn or urge ("The United
# States, the ROK, and Japan strongly condemn ... DPRK ballistic missile launches", "Turning
# to the situation in Ukraine"); actors named there are its agenda, not parties.
_AGENDA_EN = re.compile(
    r"\b(?:to discuss|to talk about|discussed|to review|to exchange views on|to consult on"
    r"|exchanged views on|(?:an? )?(?:[\w-]+ )?exchange of views on|during which"
    r"|including|(?:strongly |jointly )?(?:condemn|denounce|urge|express concern)"
    r"|[Tt]urning to|the situation in)\b"
)
# "Mr. Kono, who is visiting Singapore to attend the ASEAN-related Foreign Ministers'
# Meetings, held a meeting with ...", 「日・ASEAN特別首脳会議に出席するため訪日中の」:
# where and why a party travelled names no party; nor does the home country of a leader who
# attends for an organisation, nor a note on earlier meetings (blanked in party detection)
_OCCASION = {
    "en": re.compile(
        r"\b(?:who (?:is|was|were|are) (?:visiting|in|attending|on (?:a|an|his|her|their)"
        r" (?:[\w-]+ )?visit to)"
        r"|(?:[Ww]hile|[Ww]hen|[Aa]fter|[Bb]efore) (?:attending|visiting)"
        r"|(?:[Oo]n|[Dd]uring) (?:his|her|their) (?:way|visit) to"
        r"|[Aa]head of (?:the|a|an|this|next)|[Ff]ollowing (?:the|a|an) (?:latest|recent)"
        r"|[Aa]fter (?:his|her|their) (?:[\w-]+ ){0,2}(?:conversation|talks?|meeting|call) with)\b"
        r".*?(?=, (?:held|met|had|spoke|talked|paid|received|hosted|exchanged|made|attended"
        r"|and)\b|, (?:[A-Z][\w-]+ ){0,2}(?:Minister|President|Secretary|Chancellor)\b|$)"
        # "Prime Minister of Denmark in his capacity as President of the European Council":
        # the office held for the party, not the home country
        r"|\bof (?:the )?[A-Z][\w-]*(?: [A-Z][\w-]*){0,3}(?=,? in (?:his|her) capacity as\b)"
        # "the Prime Minister of Timor-Leste as an Observer", "as the head of the delegation
        # of the PIF": who observes a meeting of others, and for whom one comes
        r"|\b(?:the )?[A-Z][\w-]*(?: (?:of|the|[A-Z][\w-]*)){0,7}? as an? [Oo]bserver\b"
        r"|\bas (?:the )?head of (?:the )?delegation of\b[^.;]*"
        # "the Mekong-Japan Summit back to back ASEAN-Japan Commemorative Summit": another
        # meeting held beside it
        r"|\bback[- ]to[- ]back\b(?: with)?[^.;,]*"
        # "at the United Nations (UN) Headquarters", "on the margins of the APEC Economic
        # Leaders' Meeting", ", to attend the 73rd session of the UN General Assembly,": the
        # venue or occasion of a meeting of others
        r"|\bat (?:the )?[A-Z][\w-]*(?: (?:[A-Z][\w-]*|\([A-Z]+\))){0,4} [Hh]eadquarters\b"
        r"|\b(?:[Oo]n|[Aa]t) the (?:[Mm]argins?|[Ss]idelines?) [Oo]f\b"
        # (a venue's abbreviation, "Washington, D.C., United States", runs on)
        r"(?:[^.;]|(?<=\b[A-Z])\.)*?(?=, (?!(?:the )?[A-Z])|(?<!\b[A-Z])[.;]|$)"
        r"|(?<=, )to attend\b[^.;,]*"
        # "during a visit to Laos to attend the 9th Summit of the Asia-Europe Meeting (ASEM)",
        # "Nakatani, visiting Laos to attend the ADMM-Plus,", "visited Jakarta, Indonesia, to
        # attend the ASEAN-related Foreign Ministers' Meetings": who hosts a meeting of others
        r"|\b(?:(?:visit|trip) to|visiting|visited) [A-Z][\w-]*(?:,? [A-Z][\w-]*){0,2},?"
        r" to attend\b[^.;,]*"
        # "China's Ambassador to Association of South East Asian Nations (ASEAN)" among the
        # officials present: where an envoy is posted
        r"|\b[Aa]mbassador (?:to|in) (?:the )?[A-Z][\w-]*"
        r"(?: (?:of|the|and|[A-Z][\w-]*|\([A-Z]+\))){0,7}"
        # "during his stay in London to attend a meeting of the Foreign Ministers of the G8"
        r"|\bto attend an? (?:[\w-]+ ){0,2}meeting of\b[^.;,]*"
        # "paid an official visit to Vietnam ..., following the ASEAN related Summit meetings
        # held in Hanoi": the meetings of others it followed
        r"|(?<=, )following the [^.;,]{0,40}?(?:[Ss]ummits?|[Mm]eetings?|[Cc]onferences?)"
        r"(?: held in [A-Z][\w-]*)?"
    ),
    # and 「北朝鮮の状況について議論するために」: what they met to discuss
    "ja": re.compile(
        # (and where one travelled for it: 「…に出席するため米国(ニューヨーク)を訪問中の」)
        r"[^、。,]*?(?:に出席する|に参加する|出席の|参加の)ため(?:[、,]?[^、。,]{0,20}?を訪問中の)?"
        # 「ビエンチャンでASEAN外相会議出席期間、」「…首脳会議に出席中の」
        r"|[^、。,]*?(?:出席|参加)(?:期間|中)(?:に|の)?(?=[、,]|[^、。,]{0,20}(?:大臣|総理|首相|長官))"
        # 「セネガル共和国を訪問中の茂木外務大臣は、…ナイジェリア…外務大臣との間で電話会談」:
        # where one called from
        r"|(?<![^、。,])[^、。,「」]{1,20}?を訪問中の(?=[^、。,]{0,20}(?:大臣|総理|首相|長官))"
        r"|[^、。]*?について(?=[^、。]{0,8}(?:議論|協議|意見交換|話し合))"
        # 「「中央アジア+日本」対話・第1回首脳会合の機会に、」「東アジア首脳会議前に」: the
        # meeting of others a bilateral one was held at
        r"|[^、。,]*?(?:の機会に|の際に|の傍ら(?:で|にて)|のマージンで|(?:会議|会合|サミット)の?[前後]に)"
        # 「(注:…G20のマージンで実施…)」: a note on earlier meetings
        r"|[(（]注[:：][^)）]*[)）]?"
        # 「国連本部において」「米国のサンフランシスコで」: a venue
        r"|[^、。]{0,12}?本部(?:において|で)"
        r"|[一-龥ァ-ヶー]{1,10}の[ァ-ヶー・]{2,12}(?:で|において|にて|に集ま)(?=[、一-龥ァ-ヶっり])"
    ),
}
# "Japan's Minister for Foreign Affairs": the possessor of an official is a party
_MEETING_AFTER_EN = re.compile(
    r"(?:-related)?(?: Foreign| Defen[cs]e| Finance)? Ministers['’]? Meetings?\b"
)
_OFFICIAL_AFTER = re.compile(
    r"(?:'s|’s)\s+(?:[A-Z][\w-]*\s+){0,4}?(?:Minister|President|Secretary|Ambassador|Advis[eo]r)"
)
# 「我々、カナダ、フランス、…、米国のG7外相及びEU上級代表は」: who "we" are, named in
# apposition (the list may run on); the whole phrase is the subject
WE_NAMED_JA = re.compile(
    r"「?我々[、,]?(?![はがもをにでと])(?P<who>[^。「」]{1,120}?)の?"
    r"(?:首脳|外相|外務大臣|国防大臣|防衛大臣|閣僚|上級代表)(?:は|[、,])"
)
# "We, the Leaders of ..., reaffirm", and without the commas "We the Leaders of the Group of
# Seven (G7) met today"
_WE_THE = re.compile(
    r"We,\s+(?P<who>.+?),\s+(?!and\b|the\b|as\b)[a-z]"
    r"|We\s+(?P<bare>the\s+[A-Z].+?)\s+(?!and\b|the\b|of\b|for\b|on\b|de\b)[a-z]"
)
# 「我々は、…年次サミットの会合を行った」, "We met in ...": an opening in the issuers' own
# voice that does not name them
_WE_ALONE = {
    "ja": re.compile(r"(?:\d+\.\s*)?我々は[、,]"),
    "en": re.compile(r"(?:\d+\.\s*)?We\s+(?!the\b|,)[a-z]"),
}
# "the G7 Foreign Ministers of Canada, ...": the grouping only qualifies who speaks
_QUALIFIER_AFTER = re.compile(r"^\s*(?:Foreign |Defen[cs]e |Finance |Trade )?(?:Ministers|Leaders)")


# "As our countries—Australia, Japan, New Zealand, the United Kingdom, and the United
# States—continue to ...": the issuers listed between dashes
_OUR_LIST_EN = re.compile(
    r"\bour (?:\w+ )?(?:countries|nations|governments)\s*[—–]\s*(?P<who>[^—–]{5,200}?)\s*[—–]"
)


def _listed_as_ours(sentences: Sequence[str]) -> tuple[str, ...]:
    """Parties a statement lists as "our countries—A, B and C—" early in its text."""
    for sentence in sentences:
        found = _OUR_LIST_EN.search(sentence)
        if found is None:
            continue
        codes = {m.code for m in _found(found.group("who"), "en") if _party_like(m)}
        if len(codes) >= 2:
            return expand_groupings(codes)
    return ()


def _self_named(sentence: str, lang: Lang) -> tuple[str, ...]:
    """Parties a statement names as its own voice: "We, the leaders of the European
    Union and Japan, reaffirm ...", "We, the G7 Foreign Ministers of Canada, ..."."""
    found = (_WE_THE if lang == "en" else WE_NAMED_JA).match(sentence)
    if found is None:
        return ()
    who = found.group("who") or found.group("bare")
    codes = {
        m.code
        for m in _found(who, lang)
        if _party_like(m) and not _QUALIFIER_AFTER.match(who[m.end :])
    }
    # "We, the Leaders of the G7, ...": one grouping that stands for its members will do
    parties = expand_groupings(codes)
    return parties if len(parties) >= 2 else ()


def detect_parties(
    title: str | None,
    opening: list[str],
    lang: Lang,
    fallback: str | None = None,
    front: Sequence[str] = (),
) -> tuple[str, ...]:
    """The parties of a document: who met or issued it.

    People (leaders, ministers) named in the title and opening sentence are the
    surest sign; without them, the actors named in the title, then in the
    opening sentence. `fallback` (e.g. a country code in the file name) is
    used when the text names no one.
    """
    # 「3月13日、標記文書を発出しました。」 may come before 「我々、…のG7外相は、…」
    for sentence in opening[:3]:
        if named := _self_named(sentence, lang):
            return named
    if lang == "en" and (named := _listed_as_ours(opening[:3])):
        return named
    heading = _named_heading(title, front, lang)
    publisher = {
        code for line in front for name, code in actors().publishers.items() if name in line
    }
    titled = _party_codes(heading, lang) if heading else set()
    if len(publisher) == 1 and len(titled) == 1 and not titled & publisher:
        # "PM call with Prime Minister Schoof of Netherlands" (GOV.UK): a readout's title names
        # the other side, the office that publishes it is its own
        return expand_groupings(titled | publisher)
    meeting = _organisation_meeting(heading, opening, lang)
    found = _detected(heading, opening, lang, fallback, front, meeting)
    if meeting and "JPN" in found and meeting <= set(found):
        # "the 8th Japan-EU Summit ... with the attendance of ... the Chancellor of Germany":
        # a member state's leader attends for the organisation
        return tuple(sorted(meeting | {"JPN"}))
    visits = [t for t in (title, *opening[:1]) if t]
    if len(found) == 1 and (hosts := {c for t in visits for c in _visited(t, lang)} - set(found)):
        # "Mr. Kishida ... made an official visit to Auckland, New Zealand": the host of a
        # visit is the other side when nobody else is named
        return expand_groupings(set(found) | hosts)
    if len(found) == 1 and publisher - set(found):
        # "The White House ... the President's meeting with Prime Minister Noda": the
        # office that reports the meeting is the other side
        return expand_groupings(set(found) | publisher)
    return found


def _named_heading(title: str | None, front: Sequence[str], lang: Lang) -> str | None:
    """The heading that names the parties: the title, unless it names fewer than two
    ("Press Releases", "Speeches and Statements by Prime Minister Junichiro Koizumi") and
    a line of the front matter names two ("Australia-India-Japan-U.S. Consultations on the
    Indo-Pacific")."""
    if title and len(_party_codes(title, lang)) >= 2:
        return title
    # "Speeches and Statements by Prime Minister Junichiro Koizumi", then "... the Strategic
    # Partnership between Japan and the Republic of Poland": a site's section names one
    for line in front:
        if len(_party_codes(line, lang)) >= 2:
            return line
    return title


def _party_codes(line: str, lang: Lang) -> set[str]:
    """The actors a line names that could be parties (not settings, see `_party_like`)."""
    return {m.code for m in _found(line, lang) if _party_like(m, line, lang)}


def _organisation_meeting(title: str | None, opening: Sequence[str], lang: Lang) -> set[str]:
    """The organisations a meeting is held with, named jointly in its title or opening
    ("the 8th Japan-EU Summit", 「第14回日ASEAN首脳会議」)."""
    organisations = actors().organisations
    found: set[str] = set()
    for text in (title or "", *opening[:1]):
        mentions = _found(text, lang)
        japan = [m for m in mentions if m.code == "JPN"]
        found |= {
            m.code
            for m in mentions
            if m.code in organisations
            and m.joint
            and (
                any(j.end <= m.start <= j.end + 6 or m.end <= j.start <= m.end + 6 for j in japan)
                or after_japan_compound(text, m.start)
            )
        }
    return found


_CHAIR = {
    "en": re.compile(
        r"\b(?<!co-)chaired by\b.*?(?=\s+and\s+(?:was\s+)?(?:participated|attended)\b|$)"
    ),
    "ja": re.compile(r"[一-龥ァ-ヶー・]{0,30}の議長の下|(?<=[、,])[^、,。]{1,40}?が議長を務め"),
}


_VISITED = {
    "en": re.compile(
        r"\b(?:visit(?:ed|ing)?|visits?(?: to)?|trip to|travell?ed to)"
        r"(?:\s+[A-Z][\w.-]+(?:\s+[A-Z][\w.-]+){0,2},)?\s+(?:the\s+)?$"
    ),
    "ja": re.compile(r"(?:・[^、。,]{1,8}|の[ァ-ヶー一-龥]{1,8})?を(?:公式|実務)?訪問"),
}


def _visited(sentence: str, lang: Lang) -> set[str]:
    """The actors a sentence says were visited ("visit to Auckland, New Zealand",
    「ニュージーランドを訪問」)."""
    visited = _VISITED[lang]
    return {
        m.code
        for m in _found(sentence, lang)
        if m.kind == "name"
        and (
            visited.search(sentence, max(0, m.start - 48), m.start)
            if lang == "en"
            else visited.match(sentence, m.end)
        )
    }


def _detected(
    title: str | None,
    opening: list[str],
    lang: Lang,
    fallback: str | None,
    front: Sequence[str],
    meeting: set[str],
) -> tuple[str, ...]:
    """The parties the title (the heading that names them) and opening name (see
    detect_parties); `meeting`, the organisations the meeting is held with."""
    occasion = _OCCASION[lang]
    title = blanked(occasion, title) if title else title
    if meeting:
        # "The ASEAN-Japan Summit was chaired by H.E. Joko Widodo, President of ... Indonesia":
        # a member chairs for the organisation
        opening = [blanked(_CHAIR[lang], t) for t in opening]
    # "Joint Statement on the Trilateral United States-Japan-Republic of ...": a title cut
    # short names only some of the parties
    opening = [blanked(occasion, t) for t in opening if not t.rstrip().endswith(("...", "…"))]
    # 「南北首脳会談に関する日本,中国及び韓国の首脳による共同声明」: what a title is about
    # comes before 「に関する」; who issues it after
    head = [title.rsplit("に関する", 1)[-1]] if title else []
    # 「日米韓外相会合 共同声明」: a heading's compound names the parties at once
    headings = [h.rsplit("に関する", 1)[-1] for h in (*head, *front)]
    compounds = {c for t in headings for c in compound_codes(t)}
    if lang == "ja":
        # 「日ミャンマー首脳会談」「日・NATO首脳会談」: Japan and the one named after 日
        compounds |= {c for t in headings for c in _japan_compound(t)}
    if lang == "ja" and len(compounds) >= 2:
        return expand_groupings(compounds)
    people = [m for t in head + opening[:1] for m in _found(t, lang) if m.kind == "person"]
    named_with_people: set[str] = set()
    for index, t in enumerate(head + opening[:1]):
        if lang == "en":
            t = _AGENDA_EN.split(t, maxsplit=1)[0]  # "... to discuss ... North Korea, China"
        mentions = _found(t, lang)
        if any(m.kind == "person" for m in mentions):
            # "... following the DPRK's launch": an agent named beside the leaders is no party
            named_with_people.update(
                m.code
                for m in mentions
                if _party_like(m, t, lang)
                and not (lang == "en" and m.possessive and not _OFFICIAL_AFTER.match(t[m.end :]))
            )
        speakers = {m.code for m in mentions if m.kind == "person"}
        if index < len(head) and len(speakers) >= 2 and speakers <= named_with_people:
            # "Wang Yi meets with Japanese Foreign Minister Taro Kono": a title that names two
            # parties' people is enough; the opening may name what they spoke of ("Taiwan")
            return expand_groupings(named_with_people)
    if len(people) >= 1 and len(named_with_people) >= 2:
        return expand_groupings(named_with_people)
    # The title, then the opening sentence, then the first three (a document may open
    # with a line such as "The Hiroshima Accord:").
    head_codes: set[str] = set()
    named: set[str] = set()  # the codes of the title and the opening sentence
    grouping = _lone_grouping(head, lang)
    attended = {grouping, *actors().members[grouping]} if grouping else set()
    if grouping and opening and _WE_ALONE[lang].match(opening[0]):
        # 「G8首脳会合議長総括」 then 「我々は、…会合を行った。」「…の首脳が…我々に加わった。」:
        # the grouping speaks; the leaders named next are its guests
        return expand_groupings({grouping})
    subject = _SUBJECT_PARTIES[lang](opening[0]) if opening else ()
    for region in (head, opening[:1], opening[:3]):
        if region is not head and grouping and named and named <= attended:
            # 「G7外相会合」 then 「…G7外相会合が開催され、林外務大臣が出席しました」: the
            # meeting of a grouping a party attends is its members', before any other named
            return expand_groupings({grouping})
        if region is not head and subject:
            return subject
        if lang == "en":  # "... spoke by telephone to discuss North Korea, Iran, and ..."
            region = [_AGENDA_EN.split(t, maxsplit=1)[0] for t in region]
        codes = set().union(*(_party_codes(t, lang) for t in region))
        if lang == "ja" and any(re.search(r"日・?(?=[A-Zァ-ヶ])", t) for t in region):
            codes |= {c for t in region for c in _japan_compound(t)}
        if lang == "ja":
            codes |= {c for t in region for c in compound_codes(t)}
            # 「深澤陽一外務大臣政務官は、…による表敬を受けた」: a Japanese official the table
            # does not know is Japan
            if any(_names_before(t, _leader_title_patterns()[0], _KANJI_NAME) for t in region):
                codes.add("JPN")
        if len(codes) >= 2:
            return expand_groupings(codes)
        named |= codes
        if region is head:
            head_codes = codes
    if people:
        return expand_groupings({m.code for m in people})
    if head_codes:
        return expand_groupings(head_codes)  # a title that names one party only
    if grouping:
        return expand_groupings({grouping})  # 「G8外相会合議長声明」: the meeting's members
    if fallback:
        return (fallback,)
    # "The Prime Minister met Prime Minister Jonas Gahr Støre of Norway": the one side the
    # opening names (the caller may find the other, see `compound_partner`)
    return expand_groupings(named) if len(named) == 1 else ()


# The words that may come between the names of an English subject ("The Republic of Poland
# and the United States of America", "The Leaders of the Group of Seven")
_SUBJECT_JOINERS_EN = frozenset({"the", "of", "and", "&"})
_PARENTHESIS = re.compile(r"\([^()]*\)")
_EN_WORD = re.compile(r"[^\s,]+")


def _subject_parties_en(sentence: str) -> tuple[str, ...]:
    """The parties an English opening sentence names as its subject, before its first
    lower-case word: "The Republic of Poland (Poland) and the United States of America
    (the United States) continue ... that of the North Atlantic Treaty Organization" is
    Poland's and the United States'; "The Leaders of the Group of Seven (G7) gathered" the
    G7 members'. Nothing unless two parties, or one grouping of members that the sentence
    names alone, are named, and none as a meeting's setting."""
    plain = blanked(_PARENTHESIS, sentence)  # "(the United States)" is a name's short form
    end = next(
        (
            w.start()
            for w in _EN_WORD.finditer(plain)
            if w.group(0)[0].islower() and w.group(0) not in _SUBJECT_JOINERS_EN
        ),
        0,
    )
    subject = plain[:end]
    mentions = _found(subject, "en") if end else ()
    if not all(_party_like(m, subject) for m in mentions):
        return ()  # "The 10th Mekong-Japan Foreign Ministers' Meeting was held": a setting
    codes = {m.code for m in mentions}
    # two or more; or a grouping when the sentence names no one else (not "the Visegrad
    # Group plus Japan")
    if len(codes) >= 2 or (len(codes) == 1 and _lone_grouping([sentence], "en") in codes):
        return expand_groupings(codes)
    return ()


# 「1. G8首脳は,」「G20外相は、」: the subject a Japanese opening sentence sets off
_JA_OPENING_SUBJECT = re.compile(r"(?:\d+\.\s*)?(?P<who>[^、,。「」]{1,16}?)は[、,]")


def _subject_parties_ja(sentence: str) -> tuple[str, ...]:
    """The members of the one grouping a Japanese opening sentence names, as its subject
    (「G8首脳は,…会合した。」), and nothing else."""
    found = _JA_OPENING_SUBJECT.match(sentence)
    if found is None:
        return ()
    grouping = _lone_grouping([sentence], "ja")
    who = found.group("who")
    if grouping and any(
        m.code == grouping and _party_like(m, who, "ja") for m in _found(who, "ja")
    ):
        return expand_groupings({grouping})
    return ()


_SUBJECT_PARTIES = {"en": _subject_parties_en, "ja": _subject_parties_ja}


def _lone_grouping(head: Sequence[str], lang: Lang) -> str | None:
    """The grouping with members that a title names alone (as a meeting's setting or not)."""
    named = {m.code for t in head for m in _found(t, lang)}
    if len(named) != 1:
        return None
    code = named.pop()
    return code if actors().members.get(code) else None


# "H.E. Micheal Martin, T.D., Taoiseach, Prime Minister of Ireland", "the Prime Minister of
# Japan, Ishiba Shigeru": a person introduced beside an office of a party.
_EN_HONORIFIC = (
    r"(?:(?:H\.E\.|His Excellency|Her Excellency|[Tt]he Hon(?:ourable|orable|\.)?|Hon\.|Mr\.?|Ms\.?"
    r"|Mrs\.?|Dr\.?|Prince|Princess|Sheikh|Sir|Dame)\s+)*"
)
# "Carlos de Icaza González", "Faisal bin Farhan Al-Saud": particles inside a name
_EN_PARTICLE = r"(?:de|da|di|do|dos|das|del|der|van|von|bin|binti|al|el|la|le)"
_EN_NAME = rf"[A-Z][\w'’-]+(?:\s+(?:{_EN_PARTICLE}\s+)?[A-Z][\w'’-]+){{1,3}}"
_EN_NAME_BEFORE = re.compile(rf"{_EN_HONORIFIC}(?P<name>{_EN_NAME})$")
_EN_NAME_AFTER = re.compile(rf"^{_EN_HONORIFIC}(?P<name>{_EN_NAME})[.;:]?$")
_EN_OFFICE_OF = re.compile(
    r"^(?:and\s+|the\s+|then-)*(?:[\w-]+\s+|Vice-){0,5}?(?:Prime Minister|President|Minister"
    r"|Secretary|Chancellor|Premier|Taoiseach|Ambassador|Advis[eo]r|Chair(?:man)?|Leader)\b.{0,60}?\bof\b"
)
# the offices a government's holder is introduced with, and what one may be for ("for
# Foreign Affairs and Trade")
_EN_OFFICE = r"(?:Prime Minister|President|Minister|Secretary|Chancellor|Premier)"
_EN_PORTFOLIO = r"(?:[A-Z][\w-]+|and)(?:\s+(?:[A-Z][\w-]+|and)){0,4}"
_EN_OFFICE_ENDS = re.compile(
    rf"\b{_EN_OFFICE}(?: [\w-]+){{0,6}}? of (?:the )?[A-Z][\w-]+(?: [A-Z][\w-]+){{0,4}}$"
)
# "the Australian Minister for Foreign Affairs", "India's External Affairs Minister": an
# office named by its country before it, its holder in the next chunk
_EN_NATIONAL_OFFICE = re.compile(
    rf"^(?:and\s+)?(?:the\s+)?[A-Z][\w'’.-]+\s+(?:[A-Z][\w-]+\s+){{0,3}}?{_EN_OFFICE}"
    rf"(?:\s+for\s+{_EN_PORTFOLIO})?$"
)
# "Minister for Foreign Affairs", "Prime Minister": an office that names no country
_EN_BARE_OFFICE = re.compile(
    r"^(?:the\s+)?(?:(?:Deputy|Vice|Senior|State|Chief Cabinet|Foreign|Defen[cs]e)\s+)*"
    rf"{_EN_OFFICE}(?:\s+(?:for|of)\s+{_EN_PORTFOLIO})?$"
)
# "Kingdom of Cambodia": a chunk that is only a proper name
_EN_COUNTRY_ONLY = re.compile(r"^(?:the\s+)?(?:(?:[A-Z][\w'’-]*|of)\s+){0,5}[A-Z][\w'’-]*\.?$")
# words of an office, never of a name ("Prime Minister Shinzo Abe")
_EN_OFFICE_WORDS = frozenset(
    "Prime Minister President Secretary Foreign Defense Defence State Chief Cabinet General"
    " Deputy Vice Senior Acting".split()
)
_EN_ADDRESS = (
    r"(?:Mr|Ms|Mrs|Dr|President|Prime Minister|Premier|Chancellor|Taoiseach|Minister"
    r"|Foreign Minister|Defen[cs]e Minister|Secretary|Secretary General|Ambassador|Advis[eo]r)\.?"
)


def _parties_named(text: str, parties: Sequence[str]) -> list[str]:
    """The parties an English text names by name (not by a person or title), in order."""
    return [m.code for m in find(text, "en") if m.kind == "name" and m.code in parties]


def introduced_people(
    sentences: Sequence[str], parties: Sequence[str], named: Sequence[list[Mention]] = ()
) -> dict[str, str]:
    """Family names of the parties' people as an English text introduces them, so that
    "Prime Minister Martin" later speaks for the party the text first named him with;
    `named`, each sentence's names as `find` gives them."""
    people: dict[str, str] = {}
    found = named or [find(t, "en") for t in sentences]
    for sentence, mentions in zip(sentences, found, strict=True):
        for m in mentions:
            surface = sentence[m.start : m.end]
            if m.kind == "person" and m.code in parties and " " in surface:
                # "Lawrence Wong" of the table, then "Prime Minister Wong": not a namesake; the
                # family name may come first ("Lee Hsien Loong", then "Prime Minister Lee")
                words = surface.split()
                people.setdefault(words[-1], m.code)
                people.setdefault(words[0], m.code)
        chunks = [c.strip() for c in sentence.split(",")]
        introduced: dict[str, str] = {}
        unplaced: list[str] = []  # holders of an office that names no country
        for i, chunk in enumerate(chunks):
            opens = _EN_OFFICE_OF.match(chunk) is not None
            national = _EN_NATIONAL_OFFICE.match(chunk) is not None
            bare = _EN_BARE_OFFICE.match(chunk) is not None
            if not opens and not national and not bare and not _EN_OFFICE_ENDS.search(chunk):
                continue
            codes = _parties_named(chunk, parties)
            if (
                not codes
                and opens
                and i + 1 < len(chunks)
                and _EN_COUNTRY_ONLY.match(chunks[i + 1])
            ):
                # "Senior Minister and Minister of Foreign Affairs, Kingdom of Cambodia"
                codes = _parties_named(chunks[i + 1], parties)
            if not codes and not bare:
                continue
            # the person stands before the office, past "T.D." and "Taoiseach", or after it;
            # an office that ends a clause ("at the invitation of the Prime Minister of
            # India, H.E. Dr. Manmohan Singh") has its holder after it
            span = chunks[max(0, i - 3) : i] if opens or bare else []
            before = (_EN_NAME_BEFORE.search(c) for c in reversed(span))
            after = _EN_NAME_AFTER.match(chunks[i + 1]) if i + 1 < len(chunks) else None
            name = next((m for m in before if m), None) or after
            if not name:
                continue
            if not codes:
                unplaced.append(name.group("name"))
                continue
            # "President of Nepal on occasion of her visit to Japan": an office that opens the
            # chunk is of the first party it names; one that ends it, of the last
            introduced.setdefault(name.group("name"), codes[0] if opens else codes[-1])
        placed = set(introduced.values())
        if unplaced and len(parties) == 2 and len(placed) == 1:
            # "Mr. Takeaki Matsumoto, Minister for Foreign Affairs, ... held a meeting with Mr.
            # Alfredo Moreno, Minister of Foreign Affairs of the Republic of Chile": beside the
            # other side's office, the publisher's own needs no country
            other = next(p for p in parties if p not in placed)
            introduced |= dict.fromkeys(unplaced, other)
        for holder, code in introduced.items():
            for word in holder.split():
                if word[0].isupper() and word.capitalize() not in _EN_OFFICE_WORDS:
                    # "KAMIKAWA Yoko" is later "Minister Kamikawa"
                    people.setdefault(word, code)
                    people.setdefault(word.capitalize(), code)
    return people | _unknown_counterparts(sentences[:3], parties, found[:3], people)


def _unknown_counterparts(
    opening: Sequence[str],
    parties: Sequence[str],
    named: Sequence[list[Mention]],
    people: dict[str, str],
) -> dict[str, str]:
    """Of two parties, one known by its person, a titled person of the opening no table or
    introduction knows is the other's ("Prime Minister Sipilä met India's Prime Minister
    Narendra Modi"); Japan's side is known, see `unknown_counterpart`."""
    if len(parties) != 2 or "JPN" in parties:
        return {}
    known = {m.code for found in named for m in found if m.kind == "person"} | set(people.values())
    unknown = [p for p in parties if p not in known]
    if len(unknown) != 1 or len(known & set(parties)) != 1:
        return {}
    names: dict[str, str] = {}
    for sentence, found in zip(opening, named, strict=False):
        for m in _EN_TITLED_NAME.finditer(sentence):
            name = m.group(0).split()[-1]
            tabled = any(n.start < m.end() and m.start() < n.end for n in found)
            if not tabled and name not in people and name.capitalize() not in _EN_OFFICE_WORDS:
                names.setdefault(name, unknown[0])
    return names


# "Foreign Minister Prak Sokhonn", "President El-Sisi": an office, then only a name
_EN_TITLED_NAME = re.compile(
    rf"(?:the\s+)?(?:(?:Acting|Deputy|Vice|Senior|State|Federal|First)\s+)*{_EN_ADDRESS}"
    rf"\s+(?:{_EN_PARTICLE}\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){{0,2}}"
)


def titled_name(words: str) -> bool:
    """Are `words` only a person by office and name ("Minister Parrikar", "Mr Smith")?"""
    return _EN_TITLED_NAME.fullmatch(words) is not None


def unknown_counterpart(subject: str, parties: Sequence[str]) -> str | None:
    """The party of a titled person no table or introduction knows ("Minister Parrikar"):
    at a meeting of Japan and one other party, the other's, as Japan's own summaries name
    Japan's people in full and its leaders are in the actor table."""
    others = [p for p in parties if p != "JPN"]
    if len(parties) != 2 or len(others) != 1 or not titled_name(subject):
        return None
    return others[0]


@cache
def _addressed_people(names: tuple[str, ...]) -> re.Pattern[str]:
    alternation = "|".join(re.escape(n) for n in names)
    return re.compile(
        rf"\b{_EN_ADDRESS}\s+(?:[A-Z][\w'’-]+\s+)?(?:{_EN_PARTICLE}\s+)?(?P<name>{alternation})\b"
    )


def people_mentions(
    text: str, people: dict[str, str], named: list[Mention], parties: Sequence[str]
) -> list[Mention]:
    """Mentions of introduced people addressed by title or full name ("Prime Minister
    Martin", "Mr. Hatoyama") that the actor table does not know."""
    if not people:
        return named
    pattern = _addressed_people(tuple(sorted(people, key=len, reverse=True)))
    addressed = [
        Mention(people[m.group("name")], m.start(), m.end(), "person", False, False, False)
        for m in pattern.finditer(text)
    ]
    # "Prime Minister Wong" of Singapore, as the text introduced him, not the table's
    # Penny Wong of Australia, who is no party here
    named = [
        n
        for n in named
        if not (
            n.kind == "person"
            and n.code not in parties
            and any(a.start <= n.start < a.end for a in addressed)
        )
    ]
    return _merged(named, _free(named, addressed))


def sentence_mentions(
    text: str,
    parties: Sequence[str],
    lang: Lang,
    introduced: dict[str, str] | None = None,
    named: list[Mention] | None = None,
) -> list[Mention]:
    """Every actor a sentence names: names (`named`, what `find` gives, if found already),
    people introduced earlier in the text, titles standing for a party, and (Japanese)
    leaders the table does not know."""
    if named is None:
        named = find(text, lang)
    named = people_mentions(text, introduced or {}, named, parties)
    if lang == "en":
        named = _unlisted_heads_en(text, parties, named)
    mentions = title_mentions(text, parties, named)
    return unlisted_leaders(text, parties, mentions) if lang == "ja" else mentions


@cache
def _head_before_name_en() -> re.Pattern[str]:
    titles = actors().leader_titles["foreign_en"]
    return re.compile(rf"\b(?:{titles})\s+(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){{0,2}})")


def _unlisted_heads_en(text: str, parties: Sequence[str], named: list[Mention]) -> list[Mention]:
    """A head of state or government the table does not know ("Prime Minister Khalifa"), in
    a text with Japan and one other party, is the other party's (as 「クアン国家主席」); the
    title is part of the mention, not Japan's "Prime Minister"."""
    others = [p for p in parties if p != "JPN"]
    if "JPN" not in parties or len(others) != 1 or "foreign_en" not in actors().leader_titles:
        return named
    heads = (
        Mention(others[0], m.start(), m.end("name"), "person", False, False, False)
        for m in _head_before_name_en().finditer(text)
        if m.group("name").split()[0] not in _EN_OFFICE_WORDS
    )
    return _merged(named, _free(named, heads))


def heading_speaker(heading: str, parties: tuple[str, ...], lang: Lang) -> tuple[str, ...] | None:
    """The party of a heading that is only a leader or minister (「(1)岸田外務大臣」,
    「(3)ビショップ豪外相」): a summary lists what that person said under it."""
    words = heading.strip(" ()（）0-9.、:：")
    if not words or len(words) > 25:
        return None
    mentions = sentence_mentions(words, parties, lang)
    people = {m.code for m in mentions if m.kind in ("person", "title")}
    if len(people) != 1 or not people <= set(parties):
        return None
    if any(m.kind == "name" and m.code not in people for m in mentions):
        return None
    rest = words[max(m.end for m in mentions) :]  # the title after the name, if any
    if len(rest) > 10 or any(p in rest for p in ("の", "'s", "’s", " ")):
        return None  # 「安倍総理のフィリピン訪問」: a topic, not a speaker
    return (people.pop(),)
