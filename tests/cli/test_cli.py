"""The `renkei` command: output formats, bad input, and that every command is documented."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from renkei.cli import app

ROOT = Path(__file__).parents[2]
runner = CliRunner()


def test_default_codes_the_bundled_seed_as_a_table() -> None:
    result = runner.invoke(app, ["code"], env={"COLUMNS": "200"})
    assert result.exit_code == 0
    assert "JPN, NATO" in result.stdout and "condemn!!" in result.stdout


def test_jsonl_is_the_scheme_record_with_offsets() -> None:
    result = runner.invoke(app, ["code", "--format", "jsonl"])
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(records) == 39
    assert set(records[0]) == {"doc", "sid", "text", "start", "end", "section", "acts", "topics"}


@pytest.mark.parametrize("fmt", ["csv", "markdown"])
def test_other_formats(fmt: str) -> None:
    result = runner.invoke(app, ["code", "--format", fmt])
    assert result.exit_code == 0
    if fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(result.stdout)))
        assert rows[0]["act"] == "report"
    else:
        assert result.stdout.startswith("## 共同声明")


def _bad_inputs(tmp: Path) -> dict[str, Path]:
    (tmp / "empty.txt").write_bytes(b"")
    (tmp / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    (tmp / "bad.txt").write_bytes(b"\xff\xfe\xfa" * 10 + b"\x81\x00\x81")
    (tmp / "trunc.pdf").write_bytes(b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog")
    (tmp / "dir").mkdir()
    return {
        "empty": tmp / "empty.txt",
        "binary": tmp / "binary.txt",
        "undecodable": tmp / "bad.txt",
        "truncated pdf": tmp / "trunc.pdf",
        "directory": tmp / "dir",
        "missing": tmp / "missing.txt",
    }


@pytest.mark.parametrize(
    "kind", ["empty", "binary", "undecodable", "truncated pdf", "directory", "missing"]
)
def test_bad_input_is_one_line_and_the_rest_is_still_coded(kind: str, tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text("We will deepen our cooperation.\n", encoding="utf-8")
    bad = _bad_inputs(tmp_path)[kind]
    result = runner.invoke(app, ["code", "--format", "jsonl", str(bad), str(good)])
    assert result.exit_code == 1
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr + result.stdout
    assert json.loads(result.stdout.splitlines()[0])["doc"] == "good"


def test_every_command_is_documented_in_the_readme() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    commands = [
        c.name or (c.callback.__name__ if c.callback else "") for c in app.registered_commands
    ]
    groups = [g.name for g in app.registered_groups if g.name]
    for name in commands + groups:
        assert re.search(rf"`renkei {name}\b", readme), f"`renkei {name}` is not in the README"


def test_an_error_line_shows_the_path_as_is(tmp_path: Path) -> None:
    """Paths are printed literally, never read as Rich markup."""
    missing = tmp_path / "[bold]notes[/bold].txt"
    result = runner.invoke(app, ["code", str(missing)])
    assert result.exit_code == 1
    assert result.stderr.strip() == f"renkei: {missing}: no such file"
