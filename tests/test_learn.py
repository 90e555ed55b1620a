"""`renkei learn`: examples from gold, the fitted models, their file, and the shipped one."""

from __future__ import annotations

import json
import sys
import tomllib
from importlib import resources
from pathlib import Path

import pytest
from typer.testing import CliRunner

from renkei.cli import app
from renkei.errors import LearnError
from renkei.evaluate import load_records
from renkei.learn import examples, gold_files, learn, to_toml

FIXTURES = Path(__file__).parent / "fixtures"
runner = CliRunner()


def test_examples_are_the_gold_sentences_the_rules_coding_pairs_with() -> None:
    gold = FIXTURES / "dev" / "2023-01-31_japan-nato-joint-statement.ja.jsonl"
    found = examples(gold)
    records = load_records(gold)
    assert len(found) == len(records)  # the seed's sentences are all found
    assert [set(e.topics) for e in found] == [set(r["topics"]) for r in records]
    assert all("lang:ja" in e.signals and e.grams for e in found)
    # a target candidate is labelled by whether the gold has it as a target
    for example, record in zip(found, records, strict=True):
        wanted = {t for a in record["acts"] for t in a["targets"]}
        labelled = {code for said, _, yes in example.targets if yes for code in _codes(said)}
        assert labelled <= wanted
    assert any(yes for e in found for *_, yes in e.targets)


def _codes(said: frozenset[str]) -> set[str]:
    return {s.removeprefix("code:") for s in said if s.startswith("code:")}


def test_learn_writes_models_that_load(tmp_path: Path) -> None:
    text = learn([FIXTURES / "dev"])
    data = tomllib.loads(text)
    assert "Examples: 82 sentences from 3 gold files." in text
    assert data["topics"] and data["commitment"]["ngrams"]
    assert set(data["acts"]) == {"assess", "commit", "report", "stress", "welcome"}
    assert data["targets"]["signals"]["rule"] > 0  # a target the rules gave is likelier one
    (tmp_path / "learned.toml").write_text(text, encoding="utf-8")


def test_a_model_with_no_example_of_one_answer_is_left_out(tmp_path: Path) -> None:
    # one sentence: no commitment, one act kind, no target candidate
    (tmp_path / "a.en.txt").write_text("We met today.\n", encoding="utf-8")
    act = {"act": "report", "intensity": 0, "speaker": ["JPN"], "targets": [], "commitment": False}
    record = {"doc": "a.en", "sid": 1, "text": "We met today.", "section": None}
    (tmp_path / "a.en.jsonl").write_text(
        json.dumps(record | {"acts": [act], "topics": []}) + "\n", encoding="utf-8"
    )
    data = tomllib.loads(learn([tmp_path]))
    assert set(data) == {"act_keep_below", "act_add_at"}  # and no traceback from scikit-learn
    result = runner.invoke(app, ["learn", str(tmp_path)])
    assert result.exit_code == 0


@pytest.mark.parametrize("gram", ['"we', "a\\b", "\x00x", "協力", "t's "])
def test_every_ngram_survives_the_toml_file(gram: str) -> None:
    model = {"bias": -1.0, "threshold": 0.4, "signals": {"lang:en": 0.5}, "ngrams": {gram: 1.5}}
    models = {
        "examples": 1,
        "topics": {"cyber": model},
        "commitment": model,
        "act_keep_below": 0.4,
        "act_add_at": 0.55,
        "acts": {"commit": model},
        "target_candidates": 1,
        "targets": model,
    }
    data = tomllib.loads(to_toml(models, ["g"]))
    assert data["topics"]["cyber"]["ngrams"] == {gram: 1.5}
    assert data["commitment"]["signals"] == {"lang:en": 0.5}
    assert data["acts"]["commit"]["ngrams"] == {gram: 1.5}
    assert data["targets"]["ngrams"] == {gram: 1.5}
    assert data["act_keep_below"] == 0.4
    assert data["act_add_at"] == 0.55


def test_no_gold_and_missing_texts_are_named_errors(tmp_path: Path) -> None:
    with pytest.raises(LearnError, match="no gold"):
        gold_files([tmp_path])
    (tmp_path / "gold").mkdir()
    lonely = tmp_path / "gold" / "lonely.jsonl"
    lonely.write_text("", encoding="utf-8")
    with pytest.raises(LearnError, match=r"lonely\.txt"):
        learn([tmp_path / "gold"])


def test_without_scikit_learn_learning_says_so(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "sklearn", None)
    with pytest.raises(LearnError, match="scikit-learn"):
        learn([FIXTURES / "dev"])


def test_the_command_writes_the_file_or_nothing(tmp_path: Path) -> None:
    out = tmp_path / "learned.toml"
    result = runner.invoke(app, ["learn", str(FIXTURES / "dev"), "--out", str(out)])
    assert result.exit_code == 0, result.stderr
    assert tomllib.loads(out.read_text(encoding="utf-8"))["topics"]
    out.write_text("old", encoding="utf-8")
    result = runner.invoke(app, ["learn", str(tmp_path / "nowhere"), "--out", str(out)])
    assert result.exit_code == 1
    assert result.stderr.startswith("renkei: ") and len(result.stderr.splitlines()) == 1
    assert out.read_text(encoding="utf-8") == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["learned.toml"]


def test_the_shipped_models_are_what_learning_on_the_fixtures_gives() -> None:
    """The README's command, run on every hand-coded fixture set, makes the shipped file:
    rules or gold that change without learning again fail here."""
    folders = [FIXTURES / "dev", FIXTURES / "gold", *sorted(FIXTURES.glob("heldout*/gold"))]
    shipped = resources.files("renkei.data").joinpath("learned.toml").read_text(encoding="utf-8")
    assert learn(folders) == shipped
