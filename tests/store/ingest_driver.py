"""Run an ingest with the fake coder in a process of its own (concurrency tests).

usage: python ingest_driver.py DB JOBS FILE...
"""

from __future__ import annotations

import sys


def main() -> int:
    from storekit import CODER_VERSION, fake_coder

    from renkei.store.engine import open_store
    from renkei.store.ingest import IngestOptions, ingest_paths

    db, jobs, *paths = sys.argv[1:]
    store = open_store(db)
    report = ingest_paths(
        store,
        paths,
        IngestOptions(partnership="japan-nato"),
        jobs=int(jobs),
        coder=fake_coder,
        coder_version=CODER_VERSION,
        on_result=lambda r: print(r.status, r.path, r.message, flush=True),
    )
    for r in report.failed:
        print(f"FAILED {r.path}: {r.message}", file=sys.stderr)
    return 1 if report.failed else 0


if __name__ == "__main__":
    sys.exit(main())
