"""The JSON API and its OpenAPI description."""

from __future__ import annotations

from urllib.parse import quote

from servekit import SECOND, SEED, TestClient, World, user_name


def _auth(world: World, name: str = user_name("JPN", "viewer")) -> dict[str, str]:
    return {"Authorization": f"Bearer {world.tokens[name]}"}


def test_openapi_describes_the_api(app_client: TestClient) -> None:
    spec = app_client.get("/openapi.json").json()
    paths = spec["paths"]
    for path in (
        "/api/documents",
        "/api/documents/{doc}",
        "/api/documents/{doc}/sentences/{sid}",
        "/api/documents/{doc}/acts",
        "/api/search",
        "/api/programme",
        "/api/commitments/{key}",
        "/api/commitments/{key}/progress",
        "/api/progress",
        "/api/diff",
        "/healthz",
    ):
        assert path in paths, path
    assert not any(p.startswith(("/login", "/documents")) for p in paths)  # pages stay out
    schemes = spec["components"]["securitySchemes"]
    assert any(s.get("scheme") == "bearer" for s in schemes.values())


def test_healthz(app_client: TestClient) -> None:
    assert app_client.get("/healthz").json() == {"status": "ok"}


def test_documents_sentences_acts(app_client: TestClient, world: World) -> None:
    auth = _auth(world)
    docs = app_client.get("/api/documents", headers=auth).json()["documents"]
    assert {d["id"] for d in docs} >= {SEED, SECOND}
    doc = app_client.get(f"/api/documents/{SEED}", headers=auth).json()
    assert doc["document"]["partnership"] == "japan-nato"
    assert any(s["acts"] for s in doc["sentences"])
    first = app_client.get(f"/api/documents/{SEED}/sentences/1", headers=auth).json()
    assert first["sid"] == 1 and first["text"]
    acts = app_client.get(f"/api/documents/{SEED}/acts?act=condemn", headers=auth).json()["acts"]
    assert acts and all(a["act"] == "condemn" for a in acts)
    assert app_client.get("/api/documents/nope", headers=auth).status_code == 404
    assert app_client.get(f"/api/documents/{SEED}/sentences/9999", headers=auth).status_code == 404


def test_search_filters(app_client: TestClient, world: World) -> None:
    auth = _auth(world)
    ja = app_client.get("/api/search?q=ロシア&lang=ja", headers=auth).json()["results"]
    assert ja and all("ロシア" in s["text"] and s["lang"] == "ja" for s in ja)
    en = app_client.get("/api/search?q=Japan&lang=en", headers=auth).json()["results"]
    assert en and all(s["doc"] == SECOND for s in en)
    condemn = app_client.get("/api/search?act=condemn&actor=RUS", headers=auth).json()["results"]
    assert condemn and all(any(a["act"] == "condemn" for a in s["acts"]) for s in condemn)
    dated = app_client.get("/api/search?q=NATO&date_from=2020&date_to=2023", headers=auth).json()
    assert all(s["date"].startswith("2023") for s in dated["results"])
    party = app_client.get("/api/search?party=USA", headers=auth).json()["results"]
    assert party == []
    assert app_client.get("/api/search?q=100%25_", headers=auth).status_code == 200


def test_programme_commitment_progress(app_client: TestClient, world: World) -> None:
    auth = _auth(world, user_name("NATO", "editor"))
    programme = app_client.get("/api/programme", headers=auth).json()
    keys = [c["key"] for a in programme["areas"] for c in a["commitments"]]
    assert world.commitment in keys
    url = f"/api/commitments/{quote(world.other_commitment, safe='')}"
    r = app_client.post(
        url + "/progress",
        json={"status": "substantial", "evidence": "exercise held", "date": "2024-03-01"},
        headers=auth,
    )
    assert r.status_code == 201 and r.json()["author"] == user_name("NATO", "editor")
    detail = app_client.get(url, headers=auth).json()
    assert detail["commitment"]["status"] == "substantial"
    bad = app_client.post(url + "/progress", json={"status": "done", "evidence": "x"}, headers=auth)
    assert bad.status_code == 422
    bad_date = app_client.post(
        url + "/progress", json={"status": "limited", "evidence": "x", "date": "soon"}, headers=auth
    )
    assert bad_date.status_code == 400


def test_diff(app_client: TestClient, world: World) -> None:
    report = app_client.get(f"/api/diff?a={SECOND}&b={SEED}", headers=_auth(world)).json()
    assert report["a"] == SECOND and report["b"] == SEED
    assert sum(report["counts"].values()) == len(report["entries"]) > 0
    assert app_client.get("/api/diff?a=nope&b=nope", headers=_auth(world)).status_code == 404
