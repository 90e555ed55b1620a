"""Code stage: segmented sentences -> acts and topics (coding-scheme.md)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import replace

from renkei.code import actors as actor_finder
from renkei.code.acts import Context, closes_quotation, find_acts, quotation_left_open
from renkei.code.lexicon import Acts
from renkei.code.lexicon import acts as act_table
from renkei.code.lexicon import topics as topic_table
from renkei.code.refine import Coding, refine_codings
from renkei.code.topics import find_topics
from renkei.models import Act, CodedDocument, CodedSentence, Lang, Segmented, Sentence
from renkei.segment import list_marker

_ISO3_PREFIX = re.compile(r"^([A-Z]{3})_")
# 「同侵略は」, "The same ...": refers back to what the previous sentence named.
_ANAPHOR = re.compile(
    r"^(?:同[一-龥]|これら[はの]|The same\b|These (?:threats|actions|acts|developments)\b)"
    r"|これらの脅威"
)


# 「…会談が行われたところ、概要以下のとおり。」: the text is a summary of what was said
_SUMMARY_NOTE = re.compile(
    r"概要(?:は)?(?:以下|次)の?とおり|(?:overview|summary|outline)\b.{0,40}\bas follows",
    re.IGNORECASE,
)
_SPEECH = re.compile(r"発言|演説|スピーチ|挨拶|statement|speech|remarks", re.IGNORECASE)
# A text the parties issued together (its outline too): what no one is said to say is theirs
_JOINT_TITLE = re.compile(
    r"共同(?:声明|宣言|発表|コミュニケ|プレス|新聞発表|記者発表)|宣言|行動計画|ステートメント"
    r"|\bJoint (?:Statement|Declaration|Communiqu|Press|Fact Sheet|Vision)|\bDeclaration\b"
    r"|\bAction Plan\b",
    re.IGNORECASE,
)
# Pre-1986 official texts write the small っ full size (「会談を行なつた」「誓つた」): the rules
# read it small. Same length, so offsets hold; 「かつて」 ("once") is a word of its own.
_OLD_SOKUON = re.compile(r"つ(?<=[ぁ-んー一-龥]つ)(?<!かつ)(?=[たてち])")  # つ first: a fast scan


# Full-width ASCII and the ideographic space, each as NFKC writes it: the forms that most
# often keep a Japanese sentence from being NFKC already, mapped twice as fast as normalize
_FULL_WIDTH = {i: unicodedata.normalize("NFKC", chr(i)) for i in range(0xFF01, 0xFF5F)} | {
    0x3000: " "
}


def normalise(text: str) -> str:
    """The form every rule reads: NFKC (full-width ＮＡＴＯ -> NATO), one space between words."""
    # Each step is exact: a character replaced by its NFKC form leaves NFKC of the whole
    # unchanged, and a text that passes the (quick) check is its own NFKC.
    if not unicodedata.is_normalized("NFKC", text):
        text = text.translate(_FULL_WIDTH)
        if not unicodedata.is_normalized("NFKC", text):
            text = unicodedata.normalize("NFKC", text)
    return " ".join(text.split())


def reading_form(text: str, lang: Lang) -> str:
    """A sentence as the rules and the learned models read it."""
    text = normalise(text)
    return _OLD_SOKUON.sub("っ", text) if lang == "ja" else text


def document_mentions(
    texts: Sequence[str], parties: Sequence[str], lang: Lang
) -> list[list[actor_finder.Mention]]:
    """The actors each sentence (in reading form) names, people the text introduced
    included."""
    named = [actor_finder.find(t, lang) for t in texts]
    introduced = actor_finder.introduced_people(texts, parties, named) if lang == "en" else {}
    return [
        actor_finder.sentence_mentions(t, parties, lang, introduced, n)
        for t, n in zip(texts, named, strict=True)
    ]


def _new_paragraph(segmented: Segmented, sentence: Sentence) -> bool:
    """Does `sentence` open a paragraph (or a bullet) of its source?"""
    before = segmented.source.text[max(0, sentence.start - 40) : sentence.start]
    return "\n" in before.rsplit("。", 1)[-1].rsplit(". ", 1)[-1]


def _quote_lead_speaker(text: str, acts: Sequence[Act], table: Acts) -> tuple[str, ...] | None:
    """The one speaker of a sentence that leads in to their quoted words (「Xから以下の
    とおり述べました。」), if it is one."""
    if table.quote_lead is None or not table.quote_lead.search(text):
        return None
    speakers = {a.speaker for a in acts}
    return speakers.pop() if len(speakers) == 1 else None


def code_segmented(
    segmented: Segmented, parties: Sequence[str] | None = None, *, learned: bool = True
) -> CodedDocument:
    """Code every sentence of a segmented document; `learned=False` leaves topics,
    commitment and act kinds as the rules found them (what `renkei learn` learns from)."""
    lang = segmented.lang
    table = act_table(lang)
    texts = [reading_form(s.text, lang) for s in segmented.sentences]
    if parties:
        found = tuple(sorted({p.strip().upper() for p in parties if p.strip()}))
    else:
        title = normalise(segmented.title) if segmented.title else None
        iso = _ISO3_PREFIX.match(segmented.source.name)
        front = [normalise(f) for f in segmented.front_matter]
        fallback = iso.group(1) if iso else None
        found = actor_finder.detect_parties(title, texts[:3], lang, fallback, front)
        if len(found) == 1 and (partner := actor_finder.compound_partner(found[0], texts, lang)):
            found = actor_finder.expand_groupings({found[0], partner})
        elif not found:
            found = actor_finder.opening_pair(texts, lang)
        opening = " ".join([title or "", *texts[:1]])
        found = actor_finder.members_then(found, segmented.date, opening)
    mentions_of = document_mentions(texts, found, lang)
    coded: list[CodedSentence] = []
    last_person: str | None = None
    last_speaker: tuple[str, ...] | None = None
    previous_targets: set[str] = set()
    # A summary may list each speaker's words under their name; in a joint text a name
    # heading is a signature
    summary = any(_SUMMARY_NOTE.search(t) for t in texts[:5])
    heads = (segmented.title or "", *segmented.front_matter)
    joint = not summary and any(_JOINT_TITLE.search(h) for h in heads)
    section: str | None = None
    section_speaker: tuple[str, ...] | None = None
    previous_text = ""
    quoted_speaker: tuple[str, ...] | None = None  # whose quotation the sentence is in
    listed_speaker: tuple[str, ...] | None = None  # whose words a list after a lead-in is
    lead_marker: str | None = None  # the list marker of that lead-in's own line
    for sentence, text, mentions in zip(segmented.sentences, texts, mentions_of, strict=True):
        if sentence.section != section:
            section = sentence.section
            heading = normalise(section) if section else ""
            section_speaker = (
                actor_finder.heading_speaker(heading, found, lang) if section and summary else None
            )
        if joint and _new_paragraph(segmented, sentence):
            last_speaker = None  # a joint text's new paragraph with no subject is everyone's
        ctx = Context(found, last_person, last_speaker)
        acts = find_acts(text, mentions, table, ctx)
        if section_speaker:
            # under 「(1)岸田外務大臣」 every sentence is what that minister said
            acts = [replace(a, speaker=section_speaker) for a in acts]
        if text.startswith("「") and coded and not quoted_speaker:
            quoted_speaker = _quote_lead_speaker(previous_text, coded[-1].acts, table)
            if quoted_speaker:
                coded[-1] = replace(coded[-1], acts=())  # the lead-in is no act of its own
        elif coded and not quoted_speaker:
            if listed_speaker:
                if list_marker(segmented.source.text, sentence.start) in (None, lead_marker):
                    listed_speaker = None  # the list has ended: a line of the lead-in's level
            elif lead := _quote_lead_speaker(previous_text, coded[-1].acts, table):
                marker = list_marker(segmented.source.text, sentence.start)
                lead_marker = list_marker(segmented.source.text, coded[-1].sentence.start)
                if len(lead) == 1 and marker and marker != lead_marker:
                    listed_speaker = lead
        previous_text = text
        if quoted_speaker:
            acts = [replace(a, speaker=quoted_speaker) for a in acts]
            if closes_quotation(text):
                quoted_speaker = None
        elif acts and len(acts[-1].speaker) == 1 and quotation_left_open(text, table):
            # 'Djukanović stated, “It is a great honour ...' then 'I am grateful ...”': the
            # quotation goes on in the next sentences, still his words
            quoted_speaker = acts[-1].speaker
        elif listed_speaker:
            # 「河野大臣から…以下のとおり発言しました。」 then 「(1)…エジプトは…パートナーで
            # あり…」: every item of the list is that minister's words, whatever it names first
            acts = [replace(a, speaker=listed_speaker) for a in acts]
        if acts and _ANAPHOR.match(text) and previous_targets:
            first = acts[0]
            acts[0] = replace(first, targets=tuple(sorted(set(first.targets) | previous_targets)))
        previous_targets = {t for a in acts for t in a.targets if t not in found}
        topics = find_topics(text, lang, found)
        coded.append(CodedSentence(segmented.source.name, sentence, tuple(acts), topics))
        # "He" in the next sentence: this sentence's single speaker, else its subject (the
        # first leader it names: "Biden met with Kishida ... He underscored")
        speakers = {a.speaker for a in acts if len(a.speaker) == 1}
        every = {a.speaker for a in acts}
        last_speaker = next(iter(every)) if len(every) == 1 and every <= speakers else None
        if (
            last_speaker is not None
            and _SUMMARY_NOTE.search(text)
            and not (_SPEECH.search(text) or _quote_lead_speaker(text, acts, table))
        ):
            # the note that opens a meeting's summary speaks for no one after it; that of a
            # speech's, or 「…概要以下のとおり述べました。」, for the speaker
            last_speaker = None
        people = [m.code for m in mentions if m.kind == "person"]
        if len(speakers) == 1:
            last_person = next(iter(speakers))[0]
        elif people:
            last_person = people[0]
    if learned:
        order = [t.name for t in topic_table(lang)]
        codings = [
            Coding(t, c.acts, c.topics, tuple(m))
            for c, t, m in zip(coded, texts, mentions_of, strict=True)
        ]
        refined = refine_codings(lang, codings, order, found)
        coded = [
            replace(c, acts=acts, topics=topics) if (acts, topics) != (c.acts, c.topics) else c
            for c, (acts, topics) in zip(coded, refined, strict=True)
        ]
    return CodedDocument(
        doc=segmented.source.name,
        lang=lang,
        parties=found,
        sentences=tuple(coded),
        title=segmented.title,
        date=segmented.date,
        source=segmented.source,
    )
