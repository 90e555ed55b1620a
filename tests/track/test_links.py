"""Link proposals (shared keys, across languages), accept/reject, and the programme view."""

from __future__ import annotations

import pytest
from storekit import act, coded, sentence

from renkei.errors import NotFoundError
from renkei.store.engine import Store
from renkei.store.ingest import IngestOptions, ingest_coded
from renkei.track.links import decide_link, list_links
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
