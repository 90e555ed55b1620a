"""Load benchmark for `renkei serve` (not part of the test run).

    .venv/bin/python benchmarks/serve_load.py --db /path/to/bulk.db \
        [--clients 20] [--rounds 10] [--workers 2]

Prepares the store (the bulk corpus should already be ingested with
`renkei ingest --db ... -j 2 ../shared/corpus/bulk/ungdc/*/*.txt`; the seed is
added under the japan-nato partnership if missing, and a benchmark user and
token are created), starts `renkei serve --workers N` as a separate process on
a free localhost port, then runs N concurrent clients, each going `rounds`
times through the main pages and API routes on its own keep-alive connection.

The clients are asyncio coroutines speaking HTTP/1.1 over raw sockets in this
one process: a few microseconds of CPU per request, so the load generator,
which shares the machine's cores with the server, takes as little from it as
possible. Every request is timed from sending to the last byte read.

Prints p50/p95/max per route, per route group and overall, requests per
second and the errors; exits 1 when the overall p95 >= 200 ms or any request
failed. Traffic goes to 127.0.0.1 only; every loop is bounded (rounds x
routes per client) and every request has a timeout, the whole run a deadline.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import quote

import httpx
import sqlalchemy as sa

BENCH_USER = "bench"
BENCH_PASSWORD = "benchmark-password"
SEED = "2023-01-31_japan-nato-joint-statement.ja"


def prepare(db: str) -> tuple[str, list[str]]:
    """A token for the benchmark user, and the URLs to request."""
    import renkei
    from renkei.serve.auth import AuthError, add_user, create_token
    from renkei.store import schema as t
    from renkei.store.engine import open_store
    from renkei.store.ingest import IngestOptions, ingest_coded

    store = open_store(db)
    try:
        ingest_coded(
            store,
            renkei.code_source(renkei.seed_source()),
            IngestOptions(partnership="japan-nato"),
        )
        with contextlib.suppress(AuthError):  # made by an earlier run
            add_user(store, BENCH_USER, BENCH_PASSWORD, party="JPN", role="viewer")
        token = create_token(store, BENCH_USER, "benchmark")
        with store.read() as conn:
            key = conn.execute(
                sa.select(t.commitments.c.key).where(t.commitments.c.doc == SEED).limit(1)
            ).scalar_one()
            bulk = list(
                conn.execute(
                    sa.select(t.documents.c.id).where(t.documents.c.id != SEED).limit(2)
                ).scalars()
            )
    finally:
        store.close()
    k = quote(key, safe="")
    a, b = bulk
    urls = [
        "/",
        f"/documents/{SEED}",
        f"/documents/{a}",
        "/programme?partnership=japan-nato",
        f"/commitments/{k}",
        f"/compare?a={a}&b={b}",
        "/search?q=peace",
        "/search?act=condemn",
        "/charts?partnership=japan-nato",
        "/api/documents",
        f"/api/documents/{a}",
        "/api/search?q=United%20Nations",
        "/api/programme?partnership=japan-nato",
        f"/api/commitments/{k}",
        f"/api/diff?a={a}&b={b}",
        "/healthz",
    ]
    return token, urls


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_server(db: str, port: int, workers: int) -> subprocess.Popen[bytes]:
    renkei = Path(sys.executable).with_name("renkei")
    extra = ["--workers", str(workers)] if workers != 1 else []  # 1: any version's default
    proc = subprocess.Popen(
        [str(renkei), "serve", "--db", db, "--port", str(port), *extra],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=1).status_code == 200:
                return proc
        except httpx.HTTPError:
            time.sleep(0.2)
    proc.kill()
    raise SystemExit("the server did not start")


class Connection:
    """One keep-alive HTTP/1.1 connection to 127.0.0.1 (Content-Length or chunked)."""

    def __init__(self, port: int, token: str) -> None:
        self.port, self.token = port, token
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def get(self, path: str) -> int:
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection("127.0.0.1", self.port)
        assert self.reader is not None
        self.writer.write(
            (
                f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{self.port}\r\n"
                f"Authorization: Bearer {self.token}\r\nAccept-Encoding: identity\r\n\r\n"
            ).encode("ascii")
        )
        head = await self.reader.readuntil(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        status = int(lines[0].split(" ", 2)[1])
        headers = {}
        for line in lines[1:]:
            if ":" in line:
                k, v = line.split(":", 1)
                headers[k.strip().lower()] = v.strip()
        if "content-length" in headers:
            await self.reader.readexactly(int(headers["content-length"]))
        elif headers.get("transfer-encoding", "").lower() == "chunked":
            while True:
                size = int((await self.reader.readuntil(b"\r\n")).split(b";")[0], 16)
                await self.reader.readexactly(size + 2)
                if size == 0:
                    break
        if headers.get("connection", "").lower() == "close":
            await self.close()
        return status

    async def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
            with contextlib.suppress(OSError):
                await self.writer.wait_closed()
        self.reader = self.writer = None


async def run(
    port: int, token: str, urls: list[str], clients: int, rounds: int, deadline: float
) -> tuple[dict[str, list[float]], list[str]]:
    timings: dict[str, list[float]] = {u: [] for u in urls}
    errors: list[str] = []
    start = asyncio.Event()

    async def client(n: int) -> None:
        conn = Connection(port, token)
        await start.wait()
        try:
            for r in range(rounds):
                for i in range(len(urls)):
                    url = urls[(i + n + r) % len(urls)]  # clients out of step
                    began = time.perf_counter()
                    try:
                        outcome = str(await asyncio.wait_for(conn.get(url), timeout=30))
                    except (OSError, asyncio.IncompleteReadError, TimeoutError, ValueError) as exc:
                        outcome = type(exc).__name__
                        await conn.close()
                    timings[url].append(time.perf_counter() - began)
                    if outcome != "200":
                        errors.append(f"{url}: {outcome}")
        finally:
            await conn.close()

    tasks = [asyncio.create_task(client(n)) for n in range(clients)]
    start.set()
    await asyncio.wait_for(asyncio.gather(*tasks), timeout=deadline)
    return timings, errors


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[-1] if len(values) > 1 else values[0]


def group(url: str) -> str:
    """Route groups for the summary (and the README's table)."""
    path = url.split("?")[0]
    if path == "/healthz":
        return "healthz"
    if "search" in path:
        return "search (pages + API)"
    if path.startswith(("/compare", "/api/diff")):
        return "compare / diff"
    if path.startswith(("/documents/", "/api/documents/")):
        return "documents (pages + API)"
    if path.startswith(("/programme", "/commitments", "/charts", "/api/programme", "/api/comm")):
        return "programme, commitments, charts"
    return "document lists (/ and /api/documents)"


def line(name: str, values: list[float]) -> str:
    return (
        f"{name[:60]:60} {len(values):6d} {statistics.median(values) * 1000:8.1f} "
        f"{p95(values) * 1000:8.1f} {max(values) * 1000:8.1f}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", required=True)
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("--workers", type=int, default=2, help="renkei serve --workers")
    parser.add_argument("--deadline", type=float, default=600, help="seconds for the whole run")
    args = parser.parse_args()
    if not (1 <= args.clients <= 200 and 1 <= args.rounds <= 100):
        raise SystemExit("--clients 1..200, --rounds 1..100")
    token, urls = prepare(args.db)
    port = free_port()
    proc = start_server(args.db, port, args.workers)
    try:
        for u in urls:  # warm up once, untimed (one worker's caches)
            httpx.get(
                f"http://127.0.0.1:{port}{u}",
                headers={"Authorization": f"Bearer {token}"},
                timeout=60,
            )
        start = time.perf_counter()
        timings, errors = asyncio.run(
            run(port, token, urls, args.clients, args.rounds, args.deadline)
        )
        wall = time.perf_counter() - start
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=5)
    every = [x for v in timings.values() for x in v]
    print(
        f"{len(every)} requests, {args.clients} clients, {args.workers} workers, "
        f"{wall:.1f} s, {len(every) / wall:.0f} req/s"
    )
    print(f"{'route':60} {'n':>6} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8}")
    for url, values in timings.items():
        print(line(url, values))
    print()
    groups: dict[str, list[float]] = {}
    for url, values in timings.items():
        groups.setdefault(group(url), []).extend(values)
    for name, values in groups.items():
        print(line(name, values))
    print(line("ALL", every))
    if errors:
        print("errors:", *sorted(set(errors))[:20], sep="\n  ")
    print(f"errors: {len(errors)}")
    return 0 if p95(every) * 1000 < 200 and not errors else 1


if __name__ == "__main__":
    os.environ.setdefault("PYTHONWARNINGS", "ignore")
    sys.exit(main())
