"""Coder speed against the issue's baselines, measured side by side in one run.

    scripts/bootstrap bench && .venv/bin/python benchmarks/bench_speed.py

Japanese: renkei's coder vs bare SudachiPy tokenize (split mode C) and
GiNZA's ja_ginza pipeline on the seed's sentences. English: renkei's whole
pipeline (segment + code) vs pysbd segmentation alone on the same texts.
Baselines missing from the environment are reported as skipped.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import renkei
from renkei.code import code_segmented
from renkei.models import Source

ROOT = Path(__file__).parents[1]
EN_TEXTS = sorted((ROOT / "tests" / "fixtures").glob("**/*.en.txt"))


def rate(label: str, items: int, run: Callable[[], object], repeat: int = 5) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - start)
    per_second = items / best
    print(f"{label:45s} {per_second:12,.0f} sentences/s")
    return per_second


def main() -> None:
    seed = renkei.seed_source()
    segmented = renkei.segment(seed)
    sentences = [s.text for s in segmented.sentences] * 20
    batch = "\n\n".join(sentences)
    ja = rate(
        "renkei code (ja, seed x20)",
        len(sentences),
        lambda: renkei.code_text(batch, "ja", parties=["JPN", "NATO"]),
    )
    try:
        from sudachipy import dictionary, tokenizer

        tok = dictionary.Dictionary().create()
        mode = tokenizer.Tokenizer.SplitMode.C
        sudachi = rate(
            "SudachiPy tokenize mode C",
            len(sentences),
            lambda: [tok.tokenize(s, mode) for s in sentences],
        )
        print(f"  ratio renkei / SudachiPy = {ja / sudachi:.2f} (bar >= 0.5)")
    except ImportError:
        print("SudachiPy not installed: skipped")
    try:
        import spacy

        nlp = spacy.load("ja_ginza")
        few = sentences[:39]
        ginza = rate("GiNZA ja_ginza pipeline", len(few), lambda: list(nlp.pipe(few)), repeat=1)
        print(f"  ratio renkei / GiNZA = {ja / ginza:.0f} (bar >= 150)")
    except (ImportError, OSError):
        print("GiNZA not installed: skipped")
    texts = [p.read_text(encoding="utf-8") for p in EN_TEXTS]
    count = sum(len(renkei.segment(Source(t, "x"), "en").sentences) for t in texts)
    en = rate(
        "renkei segment + code (en)",
        count,
        lambda: [code_segmented(renkei.segment(Source(t, "x"), "en")) for t in texts],
    )
    try:
        import pysbd

        seg = pysbd.Segmenter(language="en", clean=False)
        sbd = rate("pysbd segmentation alone (en)", count, lambda: [seg.segment(t) for t in texts])
        print(f"  ratio renkei / pysbd = {en / sbd:.2f} (bar >= 1)")
    except ImportError:
        print("pysbd not installed: skipped")


if __name__ == "__main__":
    main()
