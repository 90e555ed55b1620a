"""track: an append-only, dated history with evidence, author and releasability."""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from storekit import act, coded, sentence

from renkei.errors import NotFoundError, TrackError
from renkei.store import schema as t
from renkei.store.engine import Store
from renkei.store.ingest import IngestOptions, ingest_coded
from renkei.track.programme import commitment_detail, programme
from renkei.track.progress import add_progress, history

DOC = coded(
    "2023-01-31_js",
    [
        sentence("We met.", [act("report")], ["political_dialogue"]),
        sentence("We will cooperate on cyber.", [act("commit", commitment=True)], ["cyber"]),
    ],
    date="2023-01-31",
)
KEY = "2023-01-31_js:2:1"


@pytest.fixture
def tracked(store: Store) -> Store:
    ingest_coded(store, DOC, IngestOptions(partnership="japan-nato"), coder_version="t")
    return store


def test_entries_append_and_status_follows_the_latest(tracked: Store) -> None:
    add_progress(tracked, KEY, status="limited", evidence="talks began", on="2023-06-01")
    add_progress(
        tracked,
        "2023-01-31_js:2",  # DOC:SID names the sentence's one commitment
        status="substantial",
        evidence="dialogue held",
        url="https://example.org/cyber",
        sentence="2023-01-31_js:1",
        on="2024-01-10",
        releasability="public",
    )
    with tracked.read() as conn:
        entries = history(conn)[KEY]
        areas = programme(conn, "japan-nato")
        detail = commitment_detail(conn, KEY)
    assert [(e.date, e.status, e.author) for e in entries] == [
        ("2023-06-01", "limited", "tester"),
        ("2024-01-10", "substantial", "tester"),
    ]
    assert entries[1].sentence == "2023-01-31_js:1"
    [area] = areas
    assert area.area == "cyber"
    [view] = area.commitments
    assert (view.status, view.status_date, view.last_evidence) == (
        "substantial",
        "2024-01-10",
        "dialogue held",
    )
    assert view.made_in.ref == KEY and view.made_in.text == "We will cooperate on cyber."
    assert [e.status for e in detail.history] == ["limited", "substantial"]


def test_no_entry_is_ever_changed(tracked: Store) -> None:
    first = add_progress(tracked, KEY, status="complete", evidence="done", on="2024-01-01")
    add_progress(tracked, KEY, status="not-started", evidence="correction", on="2024-01-01")
    with tracked.read() as conn:
        rows = conn.execute(sa.select(t.progress).order_by(t.progress.c.id)).mappings().all()
    assert len(rows) == 2
    assert rows[0]["id"] == first.id and rows[0]["status"] == "complete"
    with tracked.read() as conn:
        [view] = programme(conn)[0].commitments
    assert view.status == "not_started"  # same date: the later entry wins


def test_releasability_filters_what_an_audience_sees(tracked: Store) -> None:
    add_progress(tracked, KEY, status="limited", evidence="open", releasability="public")
    add_progress(tracked, KEY, status="substantial", evidence="shared", releasability="partners")
    add_progress(tracked, KEY, status="complete", evidence="JPN only", releasability="jpn")
    with tracked.read() as conn:
        seen = {
            audience: [e.status for e in history(conn, audience=audience).get(KEY, [])]
            for audience in (None, "public", "partners", "NATO", "JPN", "USA")
        }
    assert seen == {
        None: ["limited", "substantial", "complete"],
        "public": ["limited"],
        "partners": ["limited", "substantial"],
        "NATO": ["limited", "substantial"],
        "JPN": ["limited", "substantial", "complete"],
        "USA": ["limited"],  # not a party of japan-nato: "partners" is not for it
    }
    with tracked.read() as conn:
        [usa] = programme(conn, "japan-nato", audience="USA")[0].commitments
        detail = commitment_detail(conn, KEY, audience="usa")
    assert usa.status == "limited"
    assert [e.status for e in detail.history] == ["limited"]


def test_partners_are_the_documents_parties_without_a_partnership(store: Store) -> None:
    ingest_coded(store, DOC, coder_version="t")  # no partnership: JPN and NATO, from the text
    add_progress(store, KEY, status="limited", evidence="shared", releasability="partners")
    with store.read() as conn:
        seen = {a: len(history(conn, audience=a).get(KEY, [])) for a in ("NATO", "USA")}
    assert seen == {"NATO": 1, "USA": 0}


@pytest.mark.parametrize(
    ("kwargs", "error"),
    [
        ({"status": "done"}, TrackError),
        ({"releasability": "USA"}, TrackError),  # not a party of japan-nato
        ({"on": "31/01/2024"}, TrackError),
        ({"evidence": "  "}, TrackError),
        ({"sentence": "2023-01-31_js:99"}, NotFoundError),
    ],
)
def test_bad_input_is_refused(tracked: Store, kwargs: dict[str, str], error: type) -> None:
    args = {"status": "limited", "evidence": "x"} | kwargs
    with pytest.raises(error):
        add_progress(tracked, KEY, **args)  # type: ignore[arg-type]
    with pytest.raises(NotFoundError):
        add_progress(tracked, "nosuch:1:1", status="limited", evidence="x")


def test_area_counts_cover_commitments_not_listed(tracked: Store) -> None:
    later = coded(
        "2024-07-10_js",
        [
            sentence("We will hold a cyber dialogue.", [act("commit", commitment=True)], ["cyber"]),
            sentence("We will train together.", [act("commit", commitment=True)], ["cyber"]),
        ],
        date="2024-07-10",
    )
    ingest_coded(tracked, later, IngestOptions(partnership="japan-nato"), coder_version="t")
    add_progress(tracked, KEY, status="limited", evidence="talks began", on="2023-06-01")
    with tracked.read() as conn:
        [full] = programme(conn, "japan-nato")
        [latest] = programme(conn, "japan-nato", per_area=1)
    assert [c.key for c in latest.commitments] == ["2024-07-10_js:2:1"]
    assert latest.total == full.total == len(full.commitments) == 3
    assert latest.statuses == full.statuses == {"not_started": 2, "limited": 1}
