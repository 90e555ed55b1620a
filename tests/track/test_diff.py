"""diff: kept, new, dropped, hardened and softened, per topic, across languages."""

from __future__ import annotations

from storekit import act, coded, sentence

from renkei.store.engine import Store
from renkei.store.ingest import IngestOptions, ingest_coded
from renkei.track.diff import diff_documents

OPTIONS = IngestOptions(partnership="japan-nato")

A = coded(
    "2023-01-31_a.ja",
    [
        sentence("我々はロシアを非難する。", [act("condemn", targets=["RUS"])], ["russia_ukraine"]),
        sentence("我々は懸念を表明する。", [act("concern", targets=["CHN"])], ["china_military"]),
        sentence(
            "我々は北朝鮮を最も強い言葉で非難する。",
            [act("condemn", intensity=2, targets=["PRK"])],
            ["dprk_nuclear_missiles"],
        ),
        sentence("我々はサイバー協力を強化する。", [act("commit", commitment=True)], ["cyber"]),
        sentence("我々は気候変動に取り組む。", [act("commit", commitment=True)], ["climate"]),
    ],
    lang="ja",
    date="2023-01-31",
)

B = coded(
    "2025-02-07_b.en",
    [
        sentence("We condemn Russia.", [act("condemn", targets=["RUS"])], ["russia_ukraine"]),
        sentence(
            "We condemn China's conduct.", [act("condemn", targets=["CHN"])], ["china_military"]
        ),
        sentence(
            "We condemn the DPRK.", [act("condemn", targets=["PRK"])], ["dprk_nuclear_missiles"]
        ),
        sentence("We will deepen cyber cooperation.", [act("commit", commitment=True)], ["cyber"]),
        sentence("We will cooperate in space.", [act("commit", commitment=True)], ["space"]),
    ],
    lang="en",
    date="2025-02-07",
)


def test_diff_classifies_every_act(store: Store) -> None:
    ingest_coded(store, A, OPTIONS, coder_version="t")
    ingest_coded(store, B, OPTIONS, coder_version="t")
    with store.read() as conn:
        report = diff_documents(conn, A.doc, B.doc)
    got = {
        (e.topic, e.change, e.a.ref if e.a else None, e.b.ref if e.b else None)
        for e in report.entries
    }
    assert got == {
        ("russia_ukraine", "kept", "2023-01-31_a.ja:1:1", "2025-02-07_b.en:1:1"),
        ("china_military", "hardened", "2023-01-31_a.ja:2:1", "2025-02-07_b.en:2:1"),
        ("dprk_nuclear_missiles", "softened", "2023-01-31_a.ja:3:1", "2025-02-07_b.en:3:1"),
        ("cyber", "kept", "2023-01-31_a.ja:4:1", "2025-02-07_b.en:4:1"),
        ("climate", "dropped", "2023-01-31_a.ja:5:1", None),
        ("space", "new", None, "2025-02-07_b.en:5:1"),
    }
    assert report.counts() == {"kept": 2, "hardened": 1, "softened": 1, "new": 1, "dropped": 1}
    kept = next(e for e in report.entries if e.topic == "russia_ukraine")
    assert kept.a is not None and kept.a.text == "我々はロシアを非難する。"  # both citations
    assert kept.b is not None and kept.b.text == "We condemn Russia."


def test_intensity_and_commitment_changes(store: Store) -> None:
    a = coded(
        "a",
        [
            sentence("x", [act("condemn", targets=["RUS"])], ["russia_ukraine"]),
            sentence("y", [act("welcome", commitment=True)], ["space"]),
        ],
    )
    b = coded(
        "b",
        [
            sentence("x!", [act("condemn", intensity=1, targets=["RUS"])], ["russia_ukraine"]),
            sentence("y.", [act("welcome", commitment=False)], ["space"]),
        ],
    )
    ingest_coded(store, a, coder_version="t")
    ingest_coded(store, b, coder_version="t")
    with store.read() as conn:
        report = diff_documents(conn, "a", "b")
    assert {(e.topic, e.change) for e in report.entries} == {
        ("russia_ukraine", "hardened"),
        ("space", "softened"),
    }


def test_different_targets_are_not_paired(store: Store) -> None:
    a = coded("a", [sentence("x", [act("condemn", targets=["RUS"])], ["russia_ukraine"])])
    b = coded("b", [sentence("y", [act("condemn", targets=["PRK"])], ["russia_ukraine"])])
    ingest_coded(store, a, coder_version="t")
    ingest_coded(store, b, coder_version="t")
    with store.read() as conn:
        report = diff_documents(conn, "a", "b")
    assert sorted(e.change for e in report.entries) == ["dropped", "new"]
