"""Untrusted text is rendered escaped: a statement containing markup shows as text."""

from __future__ import annotations

from urllib.parse import quote

import pytest
from servekit import TestClient, World, user_name

from renkei.models import Act, CodedDocument, CodedSentence, Sentence
from renkei.store.engine import Store
from renkei.store.ingest import IngestOptions, ingest_coded

EVIL = "<script>alert('x')</script><img src=x onerror=alert(1)>"
DOC = "2024-02-02_markup-test.en"


@pytest.fixture
def evil_doc(store: Store) -> str:
    text = f"Japan and NATO <b>condemn</b> {EVIL} the attack."
    sentence = Sentence(1, text, 0, len(text), f"Section {EVIL}")
    act = Act("condemn", 1, ("JPN", "NATO"), ("RUS",), True, "<b>condemn</b>")
    coded = CodedDocument(
        DOC,
        "en",
        ("JPN", "NATO"),
        (CodedSentence(DOC, sentence, (act,), ("russia_ukraine",)),),
        title=f"Title {EVIL}",
        date="2024-02-02",
    )
    ingest_coded(store, coded, IngestOptions(partnership="japan-nato"), coder_version="test")
    return DOC


def _assert_escaped(html: str) -> None:
    assert "<script>alert" not in html
    assert "<img src=x" not in html
    assert "&lt;script&gt;alert(" in html


def _client(app_client: TestClient, world: World, name: str) -> TestClient:
    app_client.headers["Authorization"] = f"Bearer {world.tokens[name]}"
    return app_client


@pytest.mark.parametrize(
    "path",
    [f"/documents/{DOC}", "/", "/search?q=attack", "/search?q=attack&act=condemn"],
)
def test_statement_markup_shows_as_text(
    app_client: TestClient, world: World, evil_doc: str, path: str
) -> None:
    client = _client(app_client, world, user_name("JPN", "viewer"))
    r = client.get(path)
    assert r.status_code == 200
    _assert_escaped(r.text)


def test_highlighted_cue_with_markup_is_escaped(
    app_client: TestClient, world: World, evil_doc: str
) -> None:
    r = _client(app_client, world, user_name("JPN", "viewer")).get(f"/documents/{DOC}")
    assert '<mark class="act act-condemn"' in r.text
    assert "&lt;b&gt;condemn&lt;/b&gt;</mark>" in r.text


def test_commitment_and_progress_markup_is_escaped(
    app_client: TestClient, world: World, evil_doc: str
) -> None:
    client = _client(app_client, world, user_name("JPN", "editor"))
    key = f"{DOC}:1:1"
    r = client.post(
        f"/api/commitments/{quote(key, safe='')}/progress",
        json={"status": "limited", "evidence": EVIL, "url": "javascript:alert(1)"},
    )
    assert r.status_code == 201
    for path in (f"/commitments/{quote(key, safe='')}", "/programme?partnership=japan-nato"):
        page = client.get(path)
        assert page.status_code == 200
        _assert_escaped(page.text)
        assert 'href="javascript:' not in page.text  # only http(s) evidence becomes a link


def test_pages_forbid_inline_scripts(app_client: TestClient, world: World) -> None:
    r = _client(app_client, world, user_name("JPN", "viewer")).get("/")
    assert "script-src 'self'" in r.headers["content-security-policy"]
    assert r.headers["x-content-type-options"] == "nosniff"
