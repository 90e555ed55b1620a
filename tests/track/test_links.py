"""Link proposals (shared keys, across languages), accept/reject, and the programme view."""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from storekit import act, assess_coder, coded, generated_files, ingest, sentence, snapshot

from renkei.errors import NotFoundError
from renkei.store.engine import Store, open_store
from renkei.store.ingest import IngestOptions, ingest_coded
from renkei.track.commitments import commitment_key
from renkei.track.keys import ActKeys
from renkei.track.links import (
    LINKABLE_ACTS,
    PER_ACT,
    THRESHOLD,
    _Doc,
    _eligible,
    _proposals,
    decide_link,
    link_score,
    list_links,
)
from renkei.track.programme import programme

OPTIONS = IngestOptions(partnership="japan-nato")

JA_2023 = coded(
    "2023-01-31_js.ja",
    [
        sentence(
            "我々はＩＴＰＰの策定に向けた進展を歓迎する。",
            [act("welcome", commitment=True)],
            ["partnership_framework"],
            ["ITPP"],
        ),
        sentence(
            "我々はサイバー防衛協力を強化する。",
            [act("commit", commitment=True)],
            ["cyber"],
        ),
    ],
    lang="ja",
    date="2023-01-31",
)

EN_2025 = coded(
    "2025-06-01_js.en",
    [
        sentence(
            "We reaffirm our commitment to implementing the ITPP.",
            [act("reaffirm", commitment=True)],
            ["partnership_framework"],
            ["ITPP"],
        ),
        sentence("We condemn Russia's war.", [act("condemn", targets=["RUS"])], ["russia_ukraine"]),
    ],
    date="2025-06-01",
)

ITPP = "2023-01-31_js.ja:1:1"


def test_later_restatement_is_proposed_across_languages(store: Store) -> None:
    ingest_coded(store, JA_2023, OPTIONS, coder_version="t")
    ingest_coded(store, EN_2025, OPTIONS, coder_version="t")
    with store.read() as conn:
        links = list_links(conn, state="proposed")
    assert [(x.commitment, x.ref) for x in links] == [(ITPP, "2025-06-01_js.en:1:1")]
    assert links[0].score >= 0.8


def test_proposals_do_not_depend_on_ingest_order(store: Store) -> None:
    ingest_coded(store, EN_2025, OPTIONS, coder_version="t")
    ingest_coded(store, JA_2023, OPTIONS, coder_version="t")
    with store.read() as conn:
        links = list_links(conn, state="proposed")
    assert [(x.commitment, x.ref) for x in links] == [(ITPP, "2025-06-01_js.en:1:1")]


def test_accept_folds_the_restatement_into_the_programme(store: Store) -> None:
    ingest_coded(store, JA_2023, OPTIONS, coder_version="t")
    ingest_coded(store, EN_2025, OPTIONS, coder_version="t")
    with store.read() as conn:
        before = {c.key for a in programme(conn, "japan-nato") for c in a.commitments}
    assert "2025-06-01_js.en:1:1" in before
    decide_link(store, ITPP, "2025-06-01_js.en", 1, 0, "accepted", "officer")
    with store.read() as conn:
        areas = programme(conn, "japan-nato")
        [link] = list_links(conn, commitment=ITPP)
    keys = {c.key for a in areas for c in a.commitments}
    assert "2025-06-01_js.en:1:1" not in keys  # shown under the 2023 commitment
    with store.read() as conn:
        latest = programme(conn, "japan-nato", per_area=1)
    assert sum(a.total for a in latest) == len(keys)  # nor counted on its own
    itpp = next(c for a in areas for c in a.commitments if c.key == ITPP)
    assert [r.ref for r in itpp.restated_in] == ["2025-06-01_js.en:1:1"]
    assert itpp.restated_in[0].text == "We reaffirm our commitment to implementing the ITPP."
    assert (link.state, link.decided_by) == ("accepted", "officer")


def test_reject_keeps_the_decision_through_reingest(store: Store) -> None:
    ingest_coded(store, JA_2023, OPTIONS, coder_version="t")
    ingest_coded(store, EN_2025, OPTIONS, coder_version="t")
    decide_link(store, ITPP, "2025-06-01_js.en", 1, 0, "rejected", "officer")
    ingest_coded(store, EN_2025, OPTIONS, coder_version="t2")  # re-coded: proposals redone
    with store.read() as conn:
        links = list_links(conn, commitment=ITPP)
        areas = programme(conn, "japan-nato")
    assert [(x.ref, x.state) for x in links] == [("2025-06-01_js.en:1:1", "rejected")]
    itpp = next(c for a in areas for c in a.commitments if c.key == ITPP)
    assert itpp.restated_in == ()


def test_manual_link_and_unknown_refs(store: Store) -> None:
    ingest_coded(store, JA_2023, OPTIONS, coder_version="t")
    ingest_coded(store, EN_2025, OPTIONS, coder_version="t")
    # nobody proposed this one; accepting records it by hand
    decide_link(store, "2023-01-31_js.ja:2:1", "2025-06-01_js.en", 2, 0, "accepted", "me")
    with store.read() as conn:
        [link] = list_links(conn, commitment="2023-01-31_js.ja:2:1")
    assert (link.state, link.score) == ("accepted", 1.0)
    with pytest.raises(NotFoundError):
        decide_link(store, "nosuch:1:1", "2025-06-01_js.en", 1, 0, "accepted", "me")
    with pytest.raises(NotFoundError):
        decide_link(store, ITPP, "2025-06-01_js.en", 9, 0, "accepted", "me")


def test_no_proposals_outside_a_partnership(store: Store) -> None:
    ingest_coded(store, JA_2023, coder_version="t")
    ingest_coded(store, EN_2025, coder_version="t")
    with store.read() as conn:
        assert list_links(conn) == []


# --- proposals are a function of the stored documents --------------------------


def _links(store: Store) -> list[tuple[object, ...]]:
    return snapshot(store)["commitment_links"]


@pytest.fixture
def alone(tmp_path: Path) -> Iterator[Store]:
    """A SQLite store to ingest everything into at once, for comparison."""
    s = open_store(tmp_path / "alone.db")
    try:
        yield s
    finally:
        s.close()


def test_proposals_do_not_depend_on_how_documents_were_batched(
    store: Store, alone: Store, tmp_path: Path
) -> None:
    # every commitment competes for every later act's PER_ACT places: a batch
    # of late documents stored first must not keep places the early ones take
    files = generated_files(tmp_path / "files", 30, sentences=4)
    ingest(store, files[15:])
    ingest(store, files[:15])
    ingest(alone, files)
    links = _links(store)
    assert links == _links(alone)
    per_act = Counter((doc, sid, idx) for _, doc, sid, idx, *_ in links)
    assert len(per_act) > 20 and max(per_act.values()) == PER_ACT


def test_a_retired_commitment_gives_its_places_to_the_next_best(
    store: Store, alone: Store, tmp_path: Path
) -> None:
    files = generated_files(tmp_path / "files", 30, sentences=4)
    ingest(store, files)
    # re-coded with no commitments left: the proposals they had go to others
    ingest(store, files[:3], coder=assess_coder, coder_version="v2")
    ingest(alone, files[:3], coder=assess_coder, coder_version="v2")
    ingest(alone, files[3:])
    assert _links(store) == _links(alone)


def test_a_document_moved_out_of_the_partnership_takes_its_proposals_along(
    store: Store, alone: Store, tmp_path: Path
) -> None:
    files = generated_files(tmp_path / "files", 30, sentences=4)
    ingest(store, files)
    ingest(store, files[:2], partnership="other")  # unchanged content, new partnership
    ingest(alone, files[:2], partnership="other")
    ingest(alone, files[2:])
    assert _links(store) == _links(alone)


def test_decided_links_stay_when_proposals_are_redone(
    store: Store, alone: Store, tmp_path: Path
) -> None:
    files = generated_files(tmp_path / "files", 30, sentences=4)
    ingest(store, files[15:])
    with store.read() as conn:
        first = list_links(conn, state="proposed")[0]
    decide_link(store, first.commitment, first.doc, first.sid, first.idx, "accepted", "me")
    ingest(store, files[:15])  # outranks it: still accepted
    with store.read() as conn:
        [kept] = list_links(conn, commitment=first.commitment, state="accepted")
        proposed = {(x.commitment, x.doc, x.sid, x.idx) for x in list_links(conn, state="proposed")}
    assert (kept.doc, kept.sid, kept.idx, kept.decided_by) == (
        first.doc,
        first.sid,
        first.idx,
        "me",
    )
    ingest(alone, files)
    with alone.read() as conn:
        expected = {(x.commitment, x.doc, x.sid, x.idx) for x in list_links(conn)}
    assert proposed == expected - {(first.commitment, first.doc, first.sid, first.idx)}


def _brute_force(
    commitments: list[ActKeys], acts: list[ActKeys], docs: dict[str, _Doc]
) -> dict[tuple[str, str, int, int], float]:
    """The rule, spelled out: each act's PER_ACT best eligible candidates by (score, ref)."""
    out = {}
    for a in acts:
        scored = [
            (link_score(c, a), c.ref)
            for c in commitments
            if a.act in LINKABLE_ACTS and _eligible(c, a, docs) and link_score(c, a) >= THRESHOLD
        ]
        for score, ref in sorted(scored, key=lambda sr: (-sr[0], sr[1]))[:PER_ACT]:
            out[(commitment_key(*ref), a.doc, a.sid, a.idx)] = score
    return out


@pytest.mark.parametrize("seed", range(12))
def test_ranking_matches_the_rule_spelled_out(seed: int) -> None:
    rng = random.Random(seed)
    pick = lambda pool, most: frozenset(rng.sample(pool, rng.randint(0, most)))  # noqa: E731
    names = [f"{rng.choice(['2023', '2024'])}-0{rng.randint(1, 3)}_d{i}" for i in range(25)]
    docs = {n: _Doc(n, None) for n in names}
    for n in rng.sample(names, 4):  # some are translations of another
        docs[n] = _Doc(n, rng.choice(names))
    acts = [
        ActKeys(
            doc=n,
            sid=sid,
            idx=idx,
            act=rng.choice(["commit", "reaffirm", "report", "welcome", "stress", "assess"]),
            intensity=0,
            commitment=False,
            targets=pick(["RUS", "CHN", "PRK"], 1),
            topics=pick(["cyber", "space", "maritime"], 2),
            concepts=pick(["ITPP", "WPS"], 1),
            date=None if rng.random() < 0.1 else n[:7],
        )
        for n in names
        for sid in range(1, rng.randint(2, 6))
        for idx in range(rng.randint(1, 2))
    ]
    commitments = [a for a in acts if rng.random() < 0.4]
    expected = _brute_force(commitments, acts, docs)
    assert len(expected) > 50
    assert _proposals(commitments, acts, docs) == expected
