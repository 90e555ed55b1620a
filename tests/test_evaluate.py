"""`renkei eval` agrees with the reference scorer on the same inputs."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

from typer.testing import CliRunner

import renkei
from renkei.cli import app
from renkei.evaluate import load_records, score

FIXTURES = Path(__file__).parent / "fixtures"


def _reference():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location(
        "reference_score", FIXTURES / "reference_score.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_scores_equal_the_reference_scorer(tmp_path: Path) -> None:
    reference = _reference()
    for gold_file in sorted((FIXTURES / "dev").glob("*.jsonl")) + sorted(
        (FIXTURES / "gold").glob("*.jsonl")
    ):
        folder = "dev" if gold_file.parent.name == "dev" else "docs"
        pred = renkei.code_file(FIXTURES / folder / f"{gold_file.stem}.txt").records()
        gold = load_records(gold_file)
        expected, _ = reference.score(gold, pred)
        assert score(gold, pred).as_dict() == expected, gold_file.name


def test_eval_command_prints_the_reference_json(tmp_path: Path) -> None:
    gold = FIXTURES / "dev" / "2023-01-31_japan-nato-joint-statement.ja.jsonl"
    pred = tmp_path / "pred.jsonl"
    doc = renkei.code_file(FIXTURES / "dev" / "2023-01-31_japan-nato-joint-statement.ja.txt")
    pred.write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in doc.records()), encoding="utf-8"
    )
    result = CliRunner().invoke(app, ["eval", str(gold), str(pred), "--json"])
    assert result.exit_code == 0
    expected, _ = _reference().score(load_records(gold), load_records(pred))
    assert json.loads(result.stdout) == expected


def test_eval_rejects_a_file_that_is_not_json_lines(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text("not json\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["eval", str(bad), str(bad)])
    assert result.exit_code == 1
    assert "not JSON" in result.stderr
