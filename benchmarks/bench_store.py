"""Scale benchmark for the programme store (not part of the test run).

    .venv/bin/python benchmarks/bench_store.py [--db /path/to/bulk.db] [--runs 7]
        [--corpus ../shared/corpus/bulk/ungdc] [--jobs 2]

Without --db, or with a --db that does not exist yet, ingests the whole bulk
corpus (7,268 UN speeches) into a new SQLite store with `renkei ingest --jobs N`,
timing it and its peak memory (largest single process). Then times whole
commands, start-up included, each `--runs` times after one warm-up:
`renkei programme` (table and JSON) and `renkei diff` on the corpus's first
and last speeches and on its two longest.

Prints min / median / max wall seconds per command; exits 1 when the ingest
took 10 minutes or more, its peak memory reached 2 GB, or a command's median
reached 1 s (the bars of issue 3).
"""

from __future__ import annotations

import argparse
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RENKEI = ROOT / ".venv" / "bin" / "renkei"
CORPUS = ROOT.parent / "shared" / "corpus" / "bulk" / "ungdc"
INGEST_BAR_S = 600
MEMORY_BAR_MB = 2048
QUERY_BAR_S = 1.0


def ingest(db: Path, corpus: Path, jobs: int) -> tuple[float, float, int]:
    files = sorted(str(p) for p in corpus.glob("*/*.txt"))
    start = time.monotonic()
    subprocess.run(
        [str(RENKEI), "ingest", "--db", str(db), "--jobs", str(jobs), "--quiet", *files],
        check=False,
        stdout=subprocess.DEVNULL,
    )
    elapsed = time.monotonic() - start
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return elapsed, peak_mb, len(files)


def time_command(args: list[str], runs: int) -> list[float]:
    subprocess.run(args, check=True, stdout=subprocess.DEVNULL)  # warm-up
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(args, check=True, stdout=subprocess.DEVNULL)
        times.append(time.perf_counter() - start)
    return times


def diff_pairs(db: Path, corpus: Path) -> list[tuple[str, str]]:
    files = sorted(corpus.glob("*/*.txt"))
    with sqlite3.connect(db) as conn:
        longest = [
            doc
            for (doc,) in conn.execute(
                "SELECT id FROM documents ORDER BY n_sentences DESC, id LIMIT 2"
            )
        ]
    return [(files[0].stem, files[-1].stem), (longest[0], longest[1])]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, help="bulk store (ingested first if missing)")
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    db = args.db or Path(tempfile.mkdtemp()) / "bulk.db"
    failed = False
    if not db.exists():
        elapsed, peak_mb, n = ingest(db, args.corpus, args.jobs)
        print(f"ingest {n} files --jobs {args.jobs}: {elapsed:.0f} s, peak {peak_mb:.0f} MB")
        failed |= elapsed >= INGEST_BAR_S or peak_mb >= MEMORY_BAR_MB
    base = [str(RENKEI)]
    commands = {
        "programme": [*base, "programme", "--db", str(db)],
        "programme --format json": [*base, "programme", "--format", "json", "--db", str(db)],
    }
    for a, b in diff_pairs(db, args.corpus):
        commands[f"diff {a} {b}"] = [*base, "diff", a, b, "--db", str(db)]
    print(f"{'command':<44} {'min':>6} {'median':>7} {'max':>6}  (wall s, {args.runs} runs)")
    for name, argv in commands.items():
        times = time_command(argv, args.runs)
        median = statistics.median(times)
        failed |= median >= QUERY_BAR_S
        print(f"{name:<44} {min(times):6.2f} {median:7.2f} {max(times):6.2f}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
