"""Coding accuracy stays above the issue's bars: a change that makes coding worse fails here."""

from __future__ import annotations

from pathlib import Path

import pytest

import renkei
from renkei.evaluate import Record, load_records, score

FIXTURES = Path(__file__).parents[1] / "fixtures"


def _code_set(folder: Path, gold_folder: Path) -> tuple[list[Record], list[Record]]:
    gold: list[Record] = []
    pred: list[Record] = []
    for gold_file in sorted(gold_folder.glob("*.jsonl")):
        gold += load_records(gold_file)
        pred += renkei.code_file(folder / f"{gold_file.stem}.txt").records()
    return gold, pred


def test_dev_set_meets_the_issue_bars() -> None:
    result = score(*_code_set(FIXTURES / "dev", FIXTURES / "dev"))
    f1 = {name: prf.f1 for name, prf in result.fields.items()}
    assert f1["sentences"] == 1.0
    assert f1["acts"] >= 0.95
    assert f1["targets"] >= 0.90
    assert f1["topics"] >= 0.85
    assert f1["commitment"] >= 0.90
    assert result.intensity_acc >= 0.95
    assert result.speaker_acc >= 0.95


# Floors sit just under the figures measured when each set was last scored (README
# "Accuracy"); each set was first scored untouched, before any rule was written against it.
FLOORS = {
    "gold": {
        "sentences": 0.99,
        "acts": 0.94,
        "targets": 0.94,
        "topics": 0.86,
        "commitment": 0.90,
    },
    "heldout": {
        "sentences": 0.99,
        "acts": 0.94,
        "targets": 0.87,
        "topics": 0.83,
        "commitment": 0.94,
    },
    "heldout2": {
        "sentences": 0.97,
        "acts": 0.89,
        "targets": 0.85,
        "topics": 0.79,
        "commitment": 0.94,
    },
    "heldout3": {
        "sentences": 0.99,
        "acts": 0.94,
        "targets": 0.70,
        "topics": 0.82,
        "commitment": 0.91,
    },
    "heldout4": {
        "sentences": 0.99,
        "acts": 0.94,
        "targets": 0.89,
        "topics": 0.84,
        "commitment": 0.89,
    },
    "heldout5": {
        "sentences": 0.99,
        "acts": 0.96,
        "targets": 0.90,
        "topics": 0.79,
        "commitment": 0.92,
    },
    "heldout6": {
        "sentences": 0.99,
        "acts": 0.93,
        "targets": 0.85,
        "topics": 0.84,
        "commitment": 0.89,
    },
    "heldout7": {
        "sentences": 0.99,
        "acts": 0.91,
        "targets": 0.71,
        "topics": 0.82,
        "commitment": 0.82,
    },
    "heldout8": {
        "sentences": 0.99,
        "acts": 0.93,
        "targets": 0.73,
        "topics": 0.83,
        "commitment": 0.95,
    },
    "heldout9": {
        "sentences": 0.98,
        "acts": 0.92,
        "targets": 0.75,
        "topics": 0.82,
        "commitment": 0.91,
    },
    "heldout10": {
        "sentences": 0.97,
        "acts": 0.89,
        "targets": 0.64,
        "topics": 0.82,
        "commitment": 0.90,
    },
    "heldout11": {
        "sentences": 0.97,
        "acts": 0.90,
        "targets": 0.71,
        "topics": 0.80,
        "commitment": 0.94,
    },
    "heldout12": {
        "sentences": 0.99,
        "acts": 0.89,
        "targets": 0.81,
        "topics": 0.82,
        "commitment": 0.90,
    },
    "heldout13": {
        "sentences": 0.99,
        "acts": 0.93,
        "targets": 0.82,
        "topics": 0.81,
        "commitment": 0.95,
    },
    "heldout14": {
        "sentences": 0.99,
        "acts": 0.89,
        "targets": 0.73,
        "topics": 0.84,
        "commitment": 0.87,
    },
    "heldout15": {
        "sentences": 0.99,
        "acts": 0.87,
        "targets": 0.89,
        "topics": 0.70,
        "commitment": 0.93,
    },
    "heldout16": {
        "sentences": 0.97,
        "acts": 0.90,
        "targets": 0.82,
        "topics": 0.76,
        "commitment": 0.96,
    },
    "heldout17": {
        "sentences": 0.99,
        "acts": 0.92,
        "targets": 0.80,
        "topics": 0.81,
        "commitment": 0.88,
    },
    "heldout18": {
        "sentences": 0.97,
        "acts": 0.87,
        "targets": 0.76,
        "topics": 0.80,
        "commitment": 0.92,
    },
    "heldout19": {
        "sentences": 0.98,
        "acts": 0.90,
        "targets": 0.76,
        "topics": 0.79,
        "commitment": 0.92,
    },
    "heldout20": {
        "sentences": 0.99,
        "acts": 0.91,
        "targets": 0.69,
        "topics": 0.82,
        "commitment": 0.82,
    },
    "heldout21": {
        "sentences": 0.99,
        "acts": 0.92,
        "targets": 0.79,
        "topics": 0.85,
        "commitment": 0.96,
    },
    "heldout22": {
        "sentences": 0.96,
        "acts": 0.82,
        "targets": 0.75,
        "topics": 0.82,
        "commitment": 0.85,
    },
    "heldout23": {
        "sentences": 0.99,
        "acts": 0.92,
        "targets": 0.72,
        "topics": 0.81,
        "commitment": 0.91,
    },
    "heldout24": {
        "sentences": 0.95,
        "acts": 0.86,
        "targets": 0.74,
        "topics": 0.73,
        "commitment": 0.73,
    },
    "heldout25": {
        "sentences": 0.97,
        "acts": 0.86,
        "targets": 0.93,
        "topics": 0.78,
        "commitment": 0.86,
    },
    "heldout26": {
        "sentences": 0.98,
        "acts": 0.91,
        "targets": 0.71,
        "topics": 0.80,
        "commitment": 0.82,
    },
    "heldout27": {
        "sentences": 0.95,
        "acts": 0.75,
        "targets": 0.75,
        "topics": 0.74,
        "commitment": 0.83,
    },
    "heldout28": {
        "sentences": 0.98,
        "acts": 0.85,
        "targets": 0.69,
        "topics": 0.83,
        "commitment": 0.90,
    },
    "heldout29": {
        "sentences": 0.94,
        "acts": 0.80,
        "targets": 0.54,
        "topics": 0.73,
        "commitment": 0.85,
    },
    "heldout30": {
        "sentences": 0.95,
        "acts": 0.74,
        "targets": 0.62,
        "topics": 0.76,
        "commitment": 0.79,
    },
    "heldout31": {
        "sentences": 0.98,
        "acts": 0.90,
        "targets": 0.83,
        "topics": 0.75,
        "commitment": 0.89,
    },
    "heldout32": {
        "sentences": 0.94,
        "acts": 0.80,
        "targets": 0.67,
        "topics": 0.82,
        "commitment": 0.90,
    },
    "heldout33": {
        "sentences": 0.95,
        "acts": 0.81,
        "targets": 0.61,
        "topics": 0.74,
        "commitment": 0.83,
    },
    "heldout34": {
        "sentences": 0.99,
        "acts": 0.86,
        "targets": 0.55,
        "topics": 0.83,
        "commitment": 0.89,
    },
    "heldout35": {
        "sentences": 0.97,
        "acts": 0.88,
        "targets": 0.75,
        "topics": 0.77,
        "commitment": 0.76,
    },
    "heldout36": {
        "sentences": 0.98,
        "acts": 0.90,
        "targets": 0.71,
        "topics": 0.80,
        "commitment": 0.82,
    },
    "heldout37": {
        "sentences": 0.99,
        "acts": 0.86,
        "targets": 0.71,
        "topics": 0.70,
        "commitment": 0.85,
    },
    "heldout38": {
        "sentences": 0.98,
        "acts": 0.79,
        "targets": 0.71,
        "topics": 0.73,
        "commitment": 0.79,
    },
    "heldout39": {
        "sentences": 0.99,
        "acts": 0.90,
        "targets": 0.64,
        "topics": 0.79,
        "commitment": 0.83,
    },
    "heldout40": {
        "sentences": 0.99,
        "acts": 0.85,
        "targets": 0.64,
        "topics": 0.79,
        "commitment": 0.87,
    },
    "heldout41": {
        "sentences": 0.98,
        "acts": 0.88,
        "targets": 0.72,
        "topics": 0.77,
        "commitment": 0.73,
    },
    "heldout42": {
        "sentences": 0.98,
        "acts": 0.88,
        "targets": 0.87,
        "topics": 0.74,
        "commitment": 0.86,
    },
    "heldout43": {
        "sentences": 0.98,
        "acts": 0.82,
        "targets": 0.68,
        "topics": 0.66,
        "commitment": 0.85,
    },
    "heldout44": {
        "sentences": 0.93,
        "acts": 0.77,
        "targets": 0.42,
        "topics": 0.73,
        "commitment": 0.83,
    },
    "heldout45": {
        "sentences": 0.98,
        "acts": 0.88,
        "targets": 0.74,
        "topics": 0.72,
        "commitment": 0.82,
    },
    "heldout46": {
        "sentences": 0.99,
        "acts": 0.84,
        "targets": 0.49,
        "topics": 0.80,
        "commitment": 0.94,
    },
    "heldout47": {
        "sentences": 0.99,
        "acts": 0.93,
        "targets": 0.71,
        "topics": 0.77,
        "commitment": 0.89,
    },
    "heldout48": {
        "sentences": 0.98,
        "acts": 0.81,
        "targets": 0.81,
        "topics": 0.73,
        "commitment": 0.88,
    },
    "heldout49": {
        "sentences": 0.96,
        "acts": 0.82,
        "targets": 0.76,
        "topics": 0.78,
        "commitment": 0.85,
    },
    "heldout50": {
        "sentences": 0.99,
        "acts": 0.95,
        "targets": 0.81,
        "topics": 0.83,
        "commitment": 0.94,
    },
    "heldout51": {
        "sentences": 0.95,
        "acts": 0.87,
        "targets": 0.66,
        "topics": 0.68,
        "commitment": 0.86,
    },
    "heldout52": {
        "sentences": 0.99,
        "acts": 0.89,
        "targets": 0.82,
        "topics": 0.76,
        "commitment": 0.91,
    },
    "heldout53": {
        "sentences": 0.97,
        "acts": 0.86,
        "targets": 0.74,
        "topics": 0.74,
        "commitment": 0.85,
    },
    "heldout54": {
        "sentences": 0.99,
        "acts": 0.87,
        "targets": 0.79,
        "topics": 0.83,
        "commitment": 0.91,
    },
    "heldout55": {
        "sentences": 0.99,
        "acts": 0.90,
        "targets": 0.74,
        "topics": 0.74,
        "commitment": 0.88,
    },
    "heldout56": {
        "sentences": 0.98,
        "acts": 0.87,
        "targets": 0.77,
        "topics": 0.84,
        "commitment": 0.97,
    },
    "heldout57": {
        "sentences": 0.96,
        "acts": 0.79,
        "targets": 0.71,
        "topics": 0.80,
        "commitment": 0.85,
    },
    "heldout58": {
        "sentences": 0.97,
        "acts": 0.84,
        "targets": 0.77,
        "topics": 0.73,
        "commitment": 0.88,
    },
    "heldout59": {
        "sentences": 0.96,
        "acts": 0.84,
        "targets": 0.75,
        "topics": 0.76,
        "commitment": 0.87,
    },
    "heldout60": {
        "sentences": 0.99,
        "acts": 0.88,
        "targets": 0.67,
        "topics": 0.81,
        "commitment": 0.93,
    },
    "heldout61": {
        "sentences": 0.98,
        "acts": 0.92,
        "targets": 0.84,
        "topics": 0.79,
        "commitment": 0.90,
    },
    "heldout62": {
        "sentences": 0.95,
        "acts": 0.83,
        "targets": 0.82,
        "topics": 0.78,
        "commitment": 0.93,
    },
    "heldout63": {
        "sentences": 0.98,
        "acts": 0.82,
        "targets": 0.63,
        "topics": 0.70,
        "commitment": 0.84,
    },
    "heldout64": {
        "sentences": 0.99,
        "acts": 0.87,
        "targets": 0.84,
        "topics": 0.78,
        "commitment": 0.87,
    },
    "heldout65": {
        "sentences": 0.99,
        "acts": 0.84,
        "targets": 0.78,
        "topics": 0.78,
        "commitment": 0.78,
    },
    "heldout66": {
        "sentences": 0.99,
        "acts": 0.86,
        "targets": 0.67,
        "topics": 0.71,
        "commitment": 0.95,
    },
    "heldout67": {
        "sentences": 0.99,
        "acts": 0.92,
        "targets": 0.73,
        "topics": 0.75,
        "commitment": 0.91,
    },
    "heldout68": {
        "sentences": 0.99,
        "acts": 0.83,
        "targets": 0.79,
        "topics": 0.79,
        "commitment": 0.89,
    },
    "heldout69": {
        "sentences": 0.88,
        "acts": 0.83,
        "targets": 0.87,
        "topics": 0.74,
        "commitment": 0.85,
    },
}
SPEAKER_FLOORS = {
    "gold": 0.95,
    "heldout": 0.98,
    "heldout2": 0.99,
    "heldout3": 0.99,
    "heldout4": 0.99,
    "heldout5": 0.99,
    "heldout6": 0.99,
    "heldout7": 0.97,
    "heldout8": 0.94,
    "heldout9": 0.97,
    "heldout10": 0.95,
    "heldout11": 0.97,
    "heldout12": 0.96,
    "heldout13": 0.94,
    "heldout14": 0.96,
    "heldout15": 0.93,
    "heldout16": 0.92,
    "heldout17": 0.99,
    "heldout18": 0.94,
    "heldout19": 0.96,
    "heldout20": 0.95,
    "heldout21": 0.98,
    "heldout22": 0.95,
    "heldout23": 0.96,
    "heldout24": 0.97,
    "heldout25": 0.95,
    "heldout26": 0.97,
    "heldout27": 0.91,
    "heldout28": 0.95,
    "heldout29": 0.98,
    "heldout30": 0.95,
    "heldout31": 0.92,
    "heldout32": 0.97,
    "heldout33": 0.86,
    "heldout34": 0.91,
    "heldout35": 0.98,
    "heldout36": 0.98,
    "heldout37": 0.94,
    "heldout38": 0.98,
    "heldout39": 0.93,
    "heldout40": 0.99,
    "heldout41": 0.95,
    "heldout42": 0.97,
    "heldout43": 0.96,
    "heldout44": 0.92,
    "heldout45": 0.91,
    "heldout46": 0.92,
    "heldout47": 0.92,
    "heldout48": 0.99,
    "heldout49": 0.90,
    "heldout50": 0.98,
    "heldout51": 0.96,
    "heldout52": 0.99,
    "heldout53": 0.86,
    "heldout54": 0.98,
    "heldout55": 0.89,
    "heldout56": 0.98,
    "heldout57": 0.87,
    "heldout58": 0.98,
    "heldout59": 0.89,
    "heldout60": 0.99,
    "heldout61": 0.91,
    "heldout62": 0.99,
    "heldout63": 0.98,
    "heldout64": 0.95,
    "heldout65": 0.93,
    "heldout66": 0.95,
    "heldout67": 0.97,
    "heldout68": 0.92,
    "heldout69": 0.96,
}


def _folders(name: str) -> tuple[Path, Path]:
    if name == "gold":  # the first seven texts: docs/ and gold/ side by side
        return FIXTURES / "docs", FIXTURES / "gold"
    return FIXTURES / name / "docs", FIXTURES / name / "gold"


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_unseen_texts_do_not_regress(name: str) -> None:
    result = score(*_code_set(*_folders(name)))
    f1 = {field: prf.f1 for field, prf in result.fields.items()}
    assert {k: round(f1[k], 3) for k in FLOORS[name] if f1[k] < FLOORS[name][k]} == {}
    assert result.speaker_acc >= SPEAKER_FLOORS[name]
