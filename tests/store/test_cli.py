"""The store commands end to end through the Typer app (fake coder via $RENKEI_CODER)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from storekit import SEED, act, generated_files, sentence, write_coded_file
from typer.testing import CliRunner

from renkei.cli import app

SEED_DOC = "2023-01-31_japan-nato-joint-statement.ja"


@pytest.fixture
def cli(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> CliRunner:
    monkeypatch.setenv("RENKEI_CODER", "storekit:fake_coder")
    monkeypatch.chdir(tmp_path)
    return CliRunner()


def run(cli: CliRunner, *args: str, code: int = 0) -> tuple[str, str]:
    result = cli.invoke(app, list(args))
    assert result.exit_code == code, (result.stdout, result.stderr, result.exception)
    return result.stdout, result.stderr


def test_ingest_programme_track_commitment(cli: CliRunner, tmp_path: Path) -> None:
    db = str(tmp_path / "s.db")
    _, err = run(cli, "ingest", str(SEED), "--partnership", "japan-nato", "--db", db)
    assert "1 stored" in err
    _, err = run(cli, "ingest", str(SEED), "--partnership", "japan-nato", "--db", db)
    assert "1 unchanged" in err
    out, _ = run(cli, "programme", "--partnership", "japan-nato", "--format", "json", "--db", db)
    data = json.loads(out)
    keys = [c["key"] for a in data["areas"] for c in a["commitments"]]
    assert f"{SEED_DOC}:2:1" in keys
    run(
        cli,
        "track",
        f"{SEED_DOC}:2:1",
        "--status",
        "limited",
        "--evidence",
        "ITPP agreed in July 2023",
        "--url",
        "https://example.org",
        "--date",
        "2023-07-12",
        "--releasability",
        "public",
        "--db",
        db,
    )
    out, _ = run(cli, "commitment", f"{SEED_DOC}:2:1", "--format", "json", "--db", db)
    detail = json.loads(out)
    assert [e["status"] for e in detail["history"]] == ["limited"]
    assert detail["history"][0]["author"] == "tester"
    out, _ = run(cli, "programme", "--format", "markdown", "--db", db)
    assert "ITPP agreed in July 2023" in out
    out, _ = run(cli, "programme", "--db", db)
    assert "limited" in out
    assert "17 commitments" in out  # the overview counts every area's commitments
    out, _ = run(cli, "commitment", f"{SEED_DOC}:2:1", "--db", db)
    assert "ITPP agreed" in out


def test_bad_file_in_batch(cli: CliRunner, tmp_path: Path) -> None:
    files = generated_files(tmp_path / "f", 3)
    bad = tmp_path / "bad.jsonl"
    bad.write_text("nonsense", encoding="utf-8")
    db = str(tmp_path / "s.db")
    _, err = run(cli, "ingest", *map(str, files), str(bad), "--db", db, code=1)
    lines = [line for line in err.splitlines() if "bad.jsonl" in line]
    assert len(lines) == 1 and lines[0].startswith("renkei: ")
    assert "3 stored" in err and "1 failed" in err
    assert "Traceback" not in err


def test_errors_are_one_line(cli: CliRunner, tmp_path: Path) -> None:
    db = str(tmp_path / "s.db")
    _, err = run(cli, "commitment", "nosuch:1:1", "--db", db, code=1)
    assert err.strip().startswith("renkei: no commitment") and len(err.strip().splitlines()) == 1
    _, err = run(cli, "diff", "x", "y", "--db", db, code=1)
    assert err.startswith("renkei: no document x")
    _, err = run(cli, "track", "nosuch", "--status", "bogus", "--evidence", "e", "--db", db, code=1)
    assert err.startswith("renkei: unknown status")


def test_diff_link_export_import(cli: CliRunner, tmp_path: Path) -> None:
    later = write_coded_file(
        tmp_path / "2025-06-01_js.en.jsonl",
        [
            sentence(
                "We reaffirm our commitment to deepen Japan-NATO cooperation.",
                [act("reaffirm", commitment=True)],
                ["partnership_framework", "international_order"],
            )
        ],
        date="2025-06-01",
    )
    db = str(tmp_path / "s.db")
    run(cli, "ingest", str(SEED), str(later), "-p", "japan-nato", "--db", db)
    out, _ = run(cli, "diff", "2023-01-31", str(later), "--format", "json", "--db", db)
    report = json.loads(out)
    assert report["a"] == SEED_DOC and report["b"] == "2025-06-01_js.en"
    assert report["counts"]["kept"] >= 1
    out, _ = run(cli, "diff", SEED_DOC, "2025-06-01_js.en", "--format", "markdown", "--db", db)
    assert out.startswith(f"# {SEED_DOC} -> 2025-06-01_js.en")
    out, _ = run(cli, "diff", SEED_DOC, "2025-06-01_js.en", "--db", db)
    assert "dropped" in out  # the changes' table, then the kept acts listed one per line
    assert f"{SEED_DOC}:" in out.split("kept (", 1)[1]
    out, _ = run(cli, "link", "list", "--state", "proposed", "--format", "json", "--db", db)
    proposals = json.loads(out)
    assert proposals and all(p["ref"].startswith("2025-06-01_js.en:1") for p in proposals)
    best = proposals[0]
    run(cli, "link", "accept", best["commitment"], "2025-06-01_js.en:1", "--db", db)
    out, _ = run(cli, "link", "list", "--state", "accepted", "--format", "json", "--db", db)
    assert [p["commitment"] for p in json.loads(out)] == [best["commitment"]]
    if len(proposals) > 1:
        run(cli, "link", "reject", proposals[1]["commitment"], "2025-06-01_js.en:1:1", "--db", db)
    run(cli, "export", "--out", str(tmp_path / "e1"), "--csv", "--db", db)
    db2 = str(tmp_path / "s2.db")
    run(cli, "import", str(tmp_path / "e1"), "--db", db2)
    run(cli, "export", "--out", str(tmp_path / "e2"), "--csv", "--db", db2)
    for f in sorted((tmp_path / "e1").iterdir()):
        assert f.read_bytes() == (tmp_path / "e2" / f.name).read_bytes(), f.name
