"""Coder speed against the issue's baselines, measured side by side in one run.

    scripts/bootstrap bench && .venv/bin/python benchmarks/bench_speed.py

Japanese: renkei's code stage on the seed's sentences (segmented once, as a
tokenizer is handed sentences) against bare SudachiPy `tokenize` in split
mode C and GiNZA's full `ja_ginza` pipeline on the same sentences; the
whole pipeline (segment + code) is shown too. The seed's 39 sentences are
repeated 30 times, as the issue's baseline figures were taken; the test
fixtures' Japanese sentences, each once, are timed against SudachiPy as well,
so that nothing a repeated sentence lets the coder reuse flatters it.
English: renkei's whole pipeline against pysbd segmentation alone on the same
texts. The coder is the one `scripts/bootstrap bench` installs, compiled by
mypyc (hatch_build.py); the first line printed says so. Each figure is
the best of several runs; ratios are taken within this one run. Baselines
missing from the environment are reported as skipped.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from pathlib import Path

import renkei
from renkei.code import code_segmented
from renkei.models import Segmented, Source

ROOT = Path(__file__).parents[1]
EN_TEXTS = sorted((ROOT / "tests" / "fixtures").glob("**/*.en.txt"))
JA_TEXTS = sorted((ROOT / "tests" / "fixtures").glob("**/*.ja.txt"))
PARTIES = ["JPN", "NATO"]


def rate(label: str, items: int, run: Callable[[], object], repeat: int = 7) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - start)
    per_second = items / best
    print(f"{label:52s} {per_second:10,.0f} sentences/s")
    return per_second


def _seconds(run: Callable[[], object]) -> float:
    start = time.perf_counter()
    run()
    return time.perf_counter() - start


def paired_ratio(
    label: str,
    ours: Callable[[], object],
    baseline: Callable[[], object],
    bar: float | None,
    pairs: int,
) -> None:
    """Median over `pairs` of (baseline time / our time) for the same items, run in turn."""
    ratios = sorted(_seconds(baseline) / _seconds(ours) for _ in range(pairs))
    median = statistics.median(ratios)
    print(
        f"  {label} = {median:.2f} (median of {pairs} pairs; range {ratios[0]:.2f}-"
        f"{ratios[-1]:.2f})" + (f"   (bar: >= {bar:g})" if bar is not None else "")
    )


def _distinct_fixture_sentences() -> Segmented:
    """Every distinct sentence of the fixtures' Japanese texts, as one segmented text."""
    seen: dict[str, None] = {}
    for path in JA_TEXTS:
        source = Source(path.read_text(encoding="utf-8"), path.stem)
        seen |= dict.fromkeys(s.text for s in renkei.segment(source, "ja").sentences)
    return renkei.segment(Source("\n\n".join(seen), "fixtures-ja"), "ja")


def japanese() -> None:
    sentences = [s.text for s in renkei.segment(renkei.seed_source()).sentences] * 30
    batch = "\n\n".join(sentences)
    segmented = renkei.segment(Source(batch, "seed-x30"), "ja")
    assert len(segmented.sentences) == len(sentences)
    code = rate(
        "renkei code stage (ja, seed sentences x30)",
        len(sentences),
        lambda: code_segmented(segmented, PARTIES),
    )
    paired_ratio(
        "renkei code / the rules alone (what the learned look costs)",
        lambda: code_segmented(segmented, PARTIES),
        lambda: code_segmented(segmented, PARTIES, learned=False),
        bar=None,
        pairs=9,
    )
    rate(
        "renkei segment + code (ja, same text)",
        len(sentences),
        lambda: renkei.code_text(batch, "ja", parties=PARTIES),
    )
    try:
        from sudachipy import dictionary, tokenizer

        tok = dictionary.Dictionary().create()
        mode = tokenizer.Tokenizer.SplitMode.C

        def sudachi() -> object:
            return [tok.tokenize(s, mode) for s in sentences]

        rate("SudachiPy tokenize, split mode C", len(sentences), sudachi)
        paired_ratio(
            "renkei code / SudachiPy",
            lambda: code_segmented(segmented, PARTIES),
            sudachi,
            bar=0.5,
            pairs=15,
        )
        distinct = _distinct_fixture_sentences()
        print(f"fixtures' Japanese sentences, each once: {len(distinct.sentences):,}")
        texts = [s.text for s in distinct.sentences]
        paired_ratio(
            "renkei code / SudachiPy (fixtures)",
            lambda: code_segmented(distinct, PARTIES),
            lambda: [tok.tokenize(t, mode) for t in texts],
            bar=0.5,
            pairs=5,
        )
    except ImportError:
        print("SudachiPy not installed: skipped")
    try:
        import spacy

        nlp = spacy.load("ja_ginza")
        few = sentences[:117]
        ginza = rate(
            "GiNZA ja_ginza full pipeline", len(few), lambda: list(nlp.pipe(few)), repeat=2
        )
        print(f"  renkei code / GiNZA = {code / ginza:.0f}   (bar: >= 150)")
    except (ImportError, OSError):
        print("GiNZA (ja_ginza) not installed: skipped")


def english() -> None:
    texts = [p.read_text(encoding="utf-8") for p in EN_TEXTS]
    count = sum(len(renkei.segment(Source(t, "x"), "en").sentences) for t in texts)

    def ours() -> object:
        return [code_segmented(renkei.segment(Source(t, "x"), "en")) for t in texts]

    rate(f"renkei segment + code (en, {len(texts)} texts)", count, ours)
    segmented = [renkei.segment(Source(t, "x"), "en") for t in texts]
    paired_ratio(
        "renkei code / the rules alone (what the learned look costs)",
        lambda: [code_segmented(s) for s in segmented],
        lambda: [code_segmented(s, learned=False) for s in segmented],
        bar=None,
        pairs=3,
    )
    try:
        import pysbd

        seg = pysbd.Segmenter(language="en", clean=False)

        def sbd() -> object:
            return [seg.segment(t) for t in texts]

        rate("pysbd segmentation alone (same texts)", count, sbd, repeat=3)
        paired_ratio("renkei / pysbd", ours, sbd, bar=1, pairs=5)
    except ImportError:
        print("pysbd not installed: skipped")


def build() -> str:
    """Which coder runs: `scripts/bootstrap bench` installs the one mypyc compiled."""
    import renkei.code.acts

    compiled = renkei.code.acts.__file__ or ""
    return "compiled by mypyc" if compiled.endswith(".so") else "the plain Python sources"


if __name__ == "__main__":
    print(f"renkei coder: {build()}")
    japanese()
    english()
