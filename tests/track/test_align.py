"""A translation and its original: sentences aligned, commitments not duplicated."""

from __future__ import annotations

import sqlalchemy as sa
from storekit import act, coded, sentence

from renkei.store import schema as t
from renkei.store.engine import Store
from renkei.store.ingest import IngestOptions, ingest_coded
from renkei.track.align import Unit, align
from renkei.track.links import list_links
from renkei.track.programme import programme

EN = coded(
    "2023-01-31_js.en",
    [
        sentence("The leaders met in Tokyo.", [act("report")], ["political_dialogue"]),
        sentence(
            "We condemn in the strongest terms Russia's war of aggression against Ukraine.",
            [act("condemn", intensity=2, targets=["RUS"])],
            ["russia_ukraine"],
        ),
        sentence(
            "We will strengthen cooperation on cyber defence.",
            [act("commit", commitment=True)],
            ["cyber"],
        ),
        sentence(
            "We welcome Japan's intention to join the NAC.",
            [act("welcome", commitment=True)],
            ["political_dialogue"],
            ["NAC"],
        ),
    ],
    date="2023-01-31",
)

# The translator split the second sentence in two.
JA = coded(
    "2023-01-31_js.ja",
    [
        sentence("両首脳は東京で会談を行った。", [act("report")], ["political_dialogue"]),
        sentence(
            "我々はロシアの侵略を最も強い言葉で非難する。",
            [act("condemn", intensity=2, targets=["RUS"])],
            ["russia_ukraine"],
        ),
        sentence("これは国際法違反である。", [], ["russia_ukraine"]),
        sentence("我々はサイバー防衛協力を強化する。", [act("commit", commitment=True)], ["cyber"]),
        sentence(
            "我々は日本のＮＡＣ参加の意向を歓迎する。",
            [act("welcome", commitment=True)],
            ["political_dialogue"],
            ["NAC"],
        ),
    ],
    lang="ja",
    date="2023-01-31",
)


def test_alignment_follows_codes_order_and_length() -> None:
    def unit(sid: int, length: int, acts: tuple[str, ...], *keys: str) -> Unit:
        return Unit(sid, length, acts, frozenset(keys))

    ja = [
        unit(1, 14, ("report",), "topic:political_dialogue"),
        unit(2, 22, ("condemn",), "topic:russia_ukraine", "target:RUS"),
        unit(3, 12, (), "topic:russia_ukraine"),
        unit(4, 17, ("commit",), "topic:cyber"),
    ]
    en = [
        unit(1, 25, ("report",), "topic:political_dialogue"),
        unit(2, 76, ("condemn",), "topic:russia_ukraine", "target:RUS"),
        unit(3, 48, ("commit",), "topic:cyber"),
    ]
    assert [(a, b) for a, b, _ in align(ja, en)] == [(1, 1), (2, 2), (3, 2), (4, 3)]


def test_translation_pair_is_aligned_and_shares_commitments(store: Store) -> None:
    options = IngestOptions(partnership="japan-nato")
    ingest_coded(store, EN, options, coder_version="t")
    ingest_coded(
        store,
        JA,
        IngestOptions(partnership="japan-nato", translation_of="2023-01-31_js.en"),
        coder_version="t",
    )
    with store.read() as conn:
        pairs = conn.execute(
            sa.select(t.alignments.c.sid, t.alignments.c.original_sid).order_by(t.alignments.c.sid)
        ).all()
        translation_of = conn.execute(
            sa.select(t.documents.c.translation_of).where(t.documents.c.id == JA.doc)
        ).scalar()
        own = conn.execute(
            sa.select(t.commitments.c.key).where(t.commitments.c.doc == JA.doc)
        ).all()
        areas = programme(conn, "japan-nato")
        links = list_links(conn, state="accepted")
    assert [tuple(p) for p in pairs] == [(1, 1), (2, 2), (3, 2), (4, 3), (5, 4)]
    assert translation_of == EN.doc
    assert own == []  # no duplicate commitments from the translation
    keys = sorted(c.key for a in areas for c in a.commitments)
    assert keys == ["2023-01-31_js.en:3:1", "2023-01-31_js.en:4:1"]
    assert sorted((x.commitment, x.ref, x.kind) for x in links) == [
        ("2023-01-31_js.en:3:1", "2023-01-31_js.ja:4:1", "translation"),
        ("2023-01-31_js.en:4:1", "2023-01-31_js.ja:5:1", "translation"),
    ]


def test_recoding_either_side_keeps_the_pair(store: Store) -> None:
    ingest_coded(store, EN, IngestOptions(partnership="japan-nato"), coder_version="t")
    ingest_coded(
        store,
        JA,
        IngestOptions(partnership="japan-nato", translation_of=EN.doc),
        coder_version="t",
    )
    for doc in (EN, JA):  # a lexicon change, no --translation-of this time
        assert ingest_coded(store, doc, coder_version="t2").status == "recoded"
    with store.read() as conn:
        n_pairs = conn.execute(sa.select(sa.func.count()).select_from(t.alignments)).scalar()
        own = conn.execute(sa.select(t.commitments.c.key).where(t.commitments.c.doc == JA.doc))
        assert own.all() == []
        assert len(list_links(conn, state="accepted")) == 2
    assert n_pairs == 5
