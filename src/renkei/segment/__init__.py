"""Segment stage: decoded text -> front matter, sections and sentences with offsets."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from renkei import knowledge
from renkei.models import Lang, Segmented, Sentence, Source
from renkei.segment.layout import Paragraph, paragraphs
from renkei.segment.sentences import split_en, split_ja, trim

_KANA_KANJI = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")
_LATIN = re.compile(r"[A-Za-z]")
_MONTHS = {
    m: i for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), start=1)
}
_ERAS = {"令和": 2018, "平成": 1988}
_SENTENCE_PUNCT = tuple("。.!?！？:：;；")
# what a finished sentence or title ends with: a full stop, or a closing quote or bracket
_CLOSED = (*_SENTENCE_PUNCT, *'」』)）"”’')
_CLOSING_QUOTES = "\"”’'」』"


@dataclass(frozen=True)
class _Rules:
    furniture: tuple[re.Pattern[str], ...]
    end: re.Pattern[str]  # a line after which all is the page's
    lead_notes: tuple[re.Pattern[str], ...]  # "Here is the joint statement ...:"
    run_on_notes: tuple[re.Pattern[str], ...]  # furniture that may end a paragraph
    notes: tuple[re.Pattern[str], ...]
    header_block_end: re.Pattern[str]
    dates: tuple[re.Pattern[str], ...]
    heading_markup: tuple[re.Pattern[str], ...]
    structured: tuple[re.Pattern[str], ...]
    heading_max: dict[str, int]
    colon_clause: re.Pattern[str]
    preamble_subject: re.Pattern[str]
    bullet: re.Pattern[str]
    list_levels: re.Pattern[str]  # a line's list marker, one named group per kind
    dateline: re.Pattern[str]
    abbreviations: frozenset[str]
    final_abbreviations: frozenset[str]
    starters: frozenset[str]
    run_on_words: frozenset[str]
    english_function_words: frozenset[str]
    predicate_end_ja: re.Pattern[str]  # a Japanese sentence's end without its 「。」


def _compile(patterns: list[str]) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p) for p in patterns)


@cache
def _actor_names() -> frozenset[str]:
    """Country and organisation names: a page that opens with one alone is filed under it."""
    actors = knowledge.load("actors.toml")["actor"]
    return frozenset(_norm(n) for entry in actors.values() for n in entry.get("names", []))


_DOCUMENT_KIND = re.compile(
    r"(?i)joint|statement|declaration|communiqu|readout|meeting|summit|talks|call\b|visit"
    r"|共同|声明|宣言|会談|会合|協議|首脳|外相|電話"
)


def _is_label(text: str) -> bool:
    """「英国(グレートブリテン及び北アイルランド連合王国)」: a name alone, as a category label."""
    return re.sub(r"[(（][^)）]*[)）]$", "", text).strip() in _actor_names()


@cache
def _rules() -> _Rules:
    data = knowledge.load("segment.toml")
    sentences = data["sentences"]
    return _Rules(
        furniture=_compile(data["furniture"]["patterns"] + data["furniture"]["run_on"]),
        end=re.compile(data["furniture"]["end"]),
        lead_notes=_compile(data["front_matter"]["lead_notes"]),
        run_on_notes=_compile(data["furniture"]["run_on"]),
        notes=_compile(data["front_matter"]["notes"]),
        header_block_end=re.compile(data["front_matter"]["header_block_end"]),
        dates=_compile(data["dates"]["patterns"]),
        heading_markup=_compile(data["headings"]["markup"]),
        structured=_compile(data["headings"]["structured"]),
        heading_max=dict(data["headings"]["max_chars"]),
        colon_clause=re.compile(data["headings"]["colon_clause"]),
        preamble_subject=re.compile(data["headings"]["preamble_subject"]),
        bullet=re.compile("|".join(f"(?:{p})" for p in data["bullets"]["patterns"])),
        list_levels=re.compile(
            r"\s*(?:"
            + "|".join(f"(?P<{kind}>{p})" for kind, p in data["bullets"]["levels"].items())
            + ")"
        ),
        dateline=re.compile(data["dates"]["dateline"]),
        abbreviations=frozenset(sentences["abbreviations"]),
        final_abbreviations=frozenset(sentences["sentence_final_abbreviations"]),
        starters=frozenset(sentences["sentence_starters"]),
        run_on_words=frozenset(sentences["run_on_words"]),
        english_function_words=frozenset(sentences["english_function_words"]),
        predicate_end_ja=re.compile(
            "(?:" + "|".join(map(re.escape, sentences["predicate_ends_ja"])) + ")$"
        ),
    )


def list_marker(text: str, position: int) -> str | None:
    """The kind of list marker (`[bullets] levels`: "paren" for 「(1)」) that opens the line
    of `text` holding `position`, if any."""
    line_start = text.rfind("\n", 0, position) + 1
    item = _rules().list_levels.match(text, line_start)
    return item.lastgroup if item else None


def detect_language(text: str) -> Lang:
    """Japanese when kana and kanji outnumber a fifth of the letters in the opening text."""
    sample = text[:20000]
    ja = len(_KANA_KANJI.findall(sample))
    latin = len(_LATIN.findall(sample))
    return "ja" if ja and ja * 5 >= latin else "en"


def _norm(text: str) -> str:
    return unicodedata.normalize("NFKC", text).strip()


def parse_date(text: str) -> str | None:
    """ISO date of a paragraph that is only a date ("2022年12月9日", "January 31, 2023")."""
    for pattern in _rules().dates:
        m = pattern.match(_norm(text))
        if not m:
            continue
        parts = m.groupdict()
        if parts.get("era"):
            ey = parts["ey"]
            year = _ERAS[parts["era"]] + (1 if ey == "元" else int(ey))
        else:
            year = int(parts["y"])
        month = _MONTHS.get((parts.get("mon") or "")[:3].lower()) or int(parts.get("m") or 0)
        if 1 <= month <= 12:
            return f"{year:04d}-{month:02d}-{int(parts['d']):02d}"
    return None


def _without_datelines(text: str, rules: _Rules) -> list[Paragraph]:
    """Paragraphs with an opening dateline ("03 November 2023 – ...") cut off; the
    date it gave stays in `Paragraph.dateline`."""
    result = []
    for para in paragraphs(text, list(rules.heading_markup), rules.bullet):
        found = rules.dateline.match(para.text)
        if found and 0 < found.end() < len(para.text):
            para = para.drop_prefix(found.end())
            when = found.group("iso") or found.group("date")
            para.dateline = parse_date(when) if when else None
        result.append(para)
    return result


def _run_on(paras: list[Paragraph], lang: Lang, rules: _Rules) -> list[Paragraph]:
    """Join a Japanese paragraph that stops at 、 to the next: 「三大臣は、」 then the
    items 「1. …を継続し、」「2. …」 and 「…ことについてコミットした。」 are one sentence,
    its item numbers kept as they stand in it. In English, a paragraph cut at a comma or
    mid-phrase by a page break ("held on 6 September 2023 in Jakarta," then "Indonesia. The
    Summit ...") goes on in the next."""
    result: list[Paragraph] = []
    for para in paras:
        previous = result[-1] if result else None
        if (
            previous is not None
            and (
                _cut_short(previous.text.rstrip(), para.text, lang, rules.run_on_words)
                or (para.text.startswith("こと") and not previous.text.rstrip().endswith("。"))
            )
            # "Prime Minister Kishida," then "Ladies and Gentlemen,": a speech's salutation
            # ends at its comma
            and not _is_furniture(_norm(previous.text), rules)
        ):
            result[-1] = previous.joined(para, " " if lang == "en" else "")
        else:
            result.append(para)
    return result


def _is_furniture(norm: str, rules: _Rules) -> bool:
    """Is a normalised paragraph page furniture (segment.toml [furniture])?"""
    return any(p.match(norm) for p in rules.furniture)


def _is_run_on_note(sentence: str, rules: _Rules) -> bool:
    """Is a sentence a note a page runs onto the text (segment.toml [furniture] run_on)?"""
    norm = _norm(sentence)
    return any(p.match(norm) for p in rules.run_on_notes)


def _cut_short(previous: str, following: str, lang: Lang, run_on_words: frozenset[str]) -> bool:
    """Does a paragraph stop where its sentence cannot end?"""
    if lang == "ja":
        return previous.endswith(("、", "，"))
    if previous.endswith(","):
        # "The Prime Ministers of Japan and Australia," then "Affirming ...;": a preamble
        return not _PREAMBLE_CLAUSE.match(following)
    last_word = previous.rsplit(" ", 1)[-1]
    if last_word in run_on_words:
        return True
    return last_word.isalpha() and last_word.islower() and following[:1].islower()


# "Affirming that ...", "Mindful of ...", "Determined to ...": a clause of a preamble
_PREAMBLE_CLAUSE = re.compile(r"[A-Z][a-z]+(?:ing|ed|ful)\b|(?:Conscious|Aware)\b")


def _strip_bullets(para: Paragraph, bullet: re.Pattern[str]) -> Paragraph:
    while (m := bullet.match(para.text)) and m.end() < len(para.text):
        para = para.drop_prefix(m.end())
    return para


def _is_heading(para: Paragraph, lang: Lang, rules: _Rules, before_body: bool) -> bool:
    """`before_body`: no sentence yet, where a long unpunctuated line is the title
    ("Japan-Philippines Joint Statement on the Comprehensive Promotion of ...")."""
    text = para.text
    if para.marked_heading:
        return True
    if lang == "ja" and "。" in text:
        return False
    if rules.preamble_subject.match(text.rstrip()):
        return True
    if text.rstrip().endswith((":", "：")) and len(text) <= rules.heading_max[lang] // 3:
        return not rules.colon_clause.search(text.rstrip())
    # 'stated, “It is a great honour to be here.”': a quotation closed after its full stop
    if text.rstrip().rstrip(_CLOSING_QUOTES).endswith(_SENTENCE_PUNCT):
        return False
    if len(text) > 2 * rules.heading_max[lang]:
        return False
    if len(text) <= rules.heading_max[lang]:
        return True
    # up to twice as long, before the body, if it is no more than one sentence
    return before_body and len(_sentence_spans(text, lang, rules)) == 1


# a sentence's end: 「。」, or a full stop before a space or the end; or a preamble
# clause's, at the paragraph's end ("WE, the Heads of State ..., gathered in Tokyo ...,")
_SENTENCE_END = re.compile(r"[。！？]|[.!?;:](?:[\s\"”’)]|$)|[,，、]$")


def _is_ticker(text: str, lang: Lang, rules: _Rules) -> bool:
    """Before the body, a paragraph too long for a heading that ends no sentence anywhere:
    a news site's ticker of headlines, or a sentence cut off before it ended."""
    return len(text) > 2 * rules.heading_max[lang] and not _SENTENCE_END.search(text)


def _heading_text(text: str) -> str:
    return re.sub(r"^#+\s*|[*_]{2}|</?u>", "", text).strip()


def _sentence_spans(text: str, lang: Lang, rules: _Rules) -> list[tuple[int, int]]:
    if lang == "ja":
        return list(split_ja(text))
    return list(split_en(text, rules.abbreviations, rules.final_abbreviations, rules.starters))


def segment(source: Source, lang: Lang | None = None) -> Segmented:
    """Cut a decoded source into front matter, section headings and sentences."""
    rules = _rules()
    lang = lang or detect_language(source.text)
    raw = _run_on(_without_datelines(source.text, rules), lang, rules)
    paras = [_strip_bullets(p, rules.bullet) for p in raw]
    bulleted = [len(p.text) != len(r.text) for p, r in zip(paras, raw, strict=True)]
    header_end = next(
        (i for i, p in enumerate(paras) if rules.header_block_end.match(_norm(p.text))), -1
    )
    front: list[str] = []
    title = source.meta.get("title")
    date = source.meta.get("date")
    section: str | None = None
    sentences: list[Sentence] = []
    listing = False  # in the items of a list after a lead-in ("... include:")
    for index, para in enumerate(paras):
        norm = _norm(para.text)
        date = date or para.dateline
        # a lower-case item: a capitalised one may be a heading ("Major Events")
        listing = listing and bulleted[index] and para.text[:1].islower()
        if sentences and _ends_text(norm, rules):
            break  # 「(以上)」: the rest is the page's (「◎下の[次の記事]…」)
        if index <= header_end:
            front.append(norm)
            title, date = _header_fields(norm, title, date)
            continue
        if _is_furniture(norm, rules):
            if not sentences:  # "[文書名] ..." from a header block whose end marker was cut
                title, date = _header_fields(norm, title, date)
            continue
        if (found := parse_date(norm)) is not None:
            date = date or found
            continue
        if not sentences and any(p.match(norm) for p in rules.notes):
            front.append(norm)
            continue
        if not sentences and (
            norm in front or (index + 1 < len(paras) and _norm(paras[index + 1].text) == norm)
        ):
            # 「• …と意見交換を行いました。」 then the same line as the page's heading: the
            # breadcrumb's last step and the heading both give the title
            if norm not in front:
                front.append(norm)
                title = title or _heading_text(norm)
            continue
        if not sentences and _is_ticker(para.text, lang, rules):
            continue
        if _is_lead_note(norm, rules, before_body=not sentences):
            # "Here is the joint statement issued by ...:"; before the body, with the news
            # lead it closes: front matter
            if not sentences:
                front.append(norm)
            continue
        # "… discussed relations. They shared …, and": the excerpt's last paragraph, cut
        cut = index == len(paras) - 1 and len(_sentence_spans(para.text, lang, rules)) > 1
        if _is_heading(para, lang, rules, not sentences) and not cut and not listing:
            structured = para.marked_heading or any(p.match(norm) for p in rules.structured)
            if not sentences and not structured:
                front.append(norm)
                names_kind = _DOCUMENT_KIND.search(norm) is not None
                if not _is_label(norm) and (
                    title is None or (names_kind and not _DOCUMENT_KIND.search(title))
                ):
                    # "Australian Commonwealth Coat of Arms", then "Joint Statement by ...":
                    # the heading that names a kind of document is the title
                    title = _heading_text(norm)
            else:
                section = _heading_text(para.text)
            continue
        spans = [trim(para.text, a, b) for a, b in _sentence_spans(para.text, lang, rules)]
        ended = next(
            (i for i, (a, b) in enumerate(spans) if _ends_text(para.text[a:b], rules)), None
        )
        spans = spans[:ended]  # 「…一致しました。(以上)」 on the lines of one paragraph
        # 「- (2)」 left at the end of a cut excerpt: markers without words are no sentence; a
        # note run onto the text's last line (「…。原文はこちらをご覧ください。」) is furniture
        spans = [
            (a, b)
            for a, b in spans
            if a < b
            and _has_words(para.text[a:b])
            and not _is_run_on_note(para.text[a:b], rules)
            and not (lang == "en" and _foreign(para.text[a:b], rules.english_function_words))
        ]
        if (
            len(spans) > 1
            and index + 1 < len(paras)
            and _is_run_in_heading(para.text, *spans[-1], rules)
        ):
            # "... via video conference. Our shared strategic vision on the Indo-Pacific": a
            # heading run into the paragraph before it when line breaks were lost
            *spans, (hs, he) = spans
            next_section = _heading_text(para.text[hs:he])
        else:
            next_section = None
        for start, end in spans:
            if not sentences and para.text[start].islower():
                continue  # "cooperation to the next level.": an excerpt cut mid-sentence
            orig_start, orig_end = para.orig_span(start, end)
            sentences.append(
                Sentence(len(sentences) + 1, para.text[start:end], orig_start, orig_end, section)
            )
        section = next_section or section
        # "Examples of this collaboration include:" then "• agreement to sign a defence
        # cooperation treaty": items of a list are its sentences, however short
        listing = bool(spans) and (listing or para.text.rstrip().endswith((":", "：")))
        if ended is not None:
            break
    if sentences and _cut_off(sentences[-1].text, source.text[sentences[-1].end :]):
        sentences.pop()  # an excerpt cut mid-sentence: the fragment is no sentence
    return Segmented(source, lang, tuple(sentences), tuple(front), title, date)


def _is_lead_note(norm: str, rules: _Rules, before_body: bool) -> bool:
    """Is the paragraph (`norm`, normalised) a note that the text follows, or (`before_body`)
    a news lead that ends with one?"""
    if any(p.match(norm) for p in rules.lead_notes):
        return True
    if not before_body:
        return False
    # the last sentence: after the last full stop before the paragraph's own end
    last = max(norm.rfind("。", 0, len(norm) - 1), norm.rfind(". ", 0, len(norm) - 1))
    return last > 0 and any(p.match(norm[last + 1 :].strip()) for p in rules.lead_notes)


_END_MAX = 8  # characters: a line that ends the text is short (「(以上)」)


def _ends_text(text: str, rules: _Rules) -> bool:
    """Is this line or sentence the one that ends the text (`segment.toml` `end`)? Only a
    short one is normalised and tried."""
    return len(text) <= _END_MAX and rules.end.match(_norm(text)) is not None


_PUNCTUATION = ".,;:()[]\"'“”‘’"


def _foreign(span: str, function_words: frozenset[str]) -> bool:
    """Is an English text's sentence in another language (a caption in Danish: "Statsminister
    Mette Frederiksen mødes med Indiens premierminister ...")? A dozen words and not one of
    the commonest English ones (shorter English lines may have none: "Foreign Minister
    Bishop expressed her approval.")."""
    words = span.lower().split()
    return len(words) >= 12 and function_words.isdisjoint(w.strip(_PUNCTUATION) for w in words)


def _has_words(text: str) -> bool:
    return any(c.isalpha() for c in text)


def _is_run_in_heading(text: str, start: int, end: int, rules: _Rules) -> bool:
    """A paragraph's last span that is a short title, not a sentence: no closing
    punctuation, no Japanese predicate's end, a dozen words at most."""
    span = text[start:end]
    return (
        not span.endswith(_CLOSED)
        and not rules.predicate_end_ja.search(span)
        and len(span.split()) <= 12
    )


def _cut_off(last: str, rest: str) -> bool:
    """Does the text stop inside its last sentence (a web excerpt cut mid-word)?"""
    return (
        not rest.strip()
        and not last.endswith(_CLOSED)
        and (last[-1].isalnum() or last[-1] in "、,，;；:：")  # 「…国際社会の平和、」
    )


def _header_fields(norm: str, title: str | None, date: str | None) -> tuple[str | None, str | None]:
    """The title and date a database header line ("[文書名] …", "[Date] …") adds to those
    already known."""
    title = title or _bracket_field(norm, ("title", "文書名"))
    return title, date or parse_date(_bracket_field(norm, ("date", "年月日")) or "")


def _bracket_field(text: str, names: tuple[str, ...]) -> str | None:
    """The value of a database header line such as "[Title] Joint Statement"."""
    for name in names:
        m = re.match(rf"(?i)^\[{name}\]\s*(.+)$", text)
        if m:
            return m.group(1).strip()
    return None
