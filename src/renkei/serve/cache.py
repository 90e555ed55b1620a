"""Per-process caches of rendered views, keyed by the store generation.

What the pages and the API show of documents, search results and comparisons
is the same for every reader; the programme, a commitment and the status chart
depend on the reader's party only (`visibility`). So a cached value is keyed
by what it shows plus, where progress is involved, the party: never by less.
Anything that depends on the user (name, role, CSRF token) is rendered per
request around the cached part.

The generation is a counter the database bumps in every transaction that
changes documents, partnerships, alignments, commitments, links or progress
(triggers from migration 0004), so a write by any process retires every entry.
It is read in the same read transaction as the data it keys.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import TypeVar

import sqlalchemy as sa

from renkei.serve.tables import store_generation

V = TypeVar("V")

MAX_BYTES = 64 * 1024 * 1024
MAX_ENTRIES = 4096


def generation(conn: sa.Connection) -> int:
    """The store's current generation (one primary-key read)."""
    n = conn.execute(
        sa.select(store_generation.c.n).where(store_generation.c.id == 1)
    ).scalar_one_or_none()
    return int(n) if n is not None else 0


def _size(value: object) -> int:
    if isinstance(value, str | bytes):
        return len(value) + 64
    return 1024


class ViewCache:
    """A bounded LRU cache of one store generation's views (thread-safe).

    Entries of older generations are dropped when a newer one is seen; a
    request that read an older generation than the cache holds (PostgreSQL,
    a commit between two statements) computes its value without storing it.
    """

    def __init__(self, max_bytes: int = MAX_BYTES, max_entries: int = MAX_ENTRIES) -> None:
        self.max_bytes, self.max_entries = max_bytes, max_entries
        self._gen = -1
        self._items: OrderedDict[Hashable, tuple[object, int]] = OrderedDict()
        self._bytes = 0
        self._lock = threading.Lock()
        self.hits = self.misses = 0

    def get(self, gen: int, key: Hashable, compute: Callable[[], V]) -> V:
        with self._lock:
            if gen > self._gen:
                self._items.clear()
                self._bytes, self._gen = 0, gen
            elif gen == self._gen and key in self._items:
                self._items.move_to_end(key)
                self.hits += 1
                value: V = self._items[key][0]  # type: ignore[assignment]
                return value
            self.misses += 1
        value = compute()  # outside the lock: other requests go on meanwhile
        size = _size(value)
        with self._lock:
            if gen == self._gen and size <= self.max_bytes // 8:
                old = self._items.pop(key, None)
                if old is not None:
                    self._bytes -= old[1]
                self._items[key] = (value, size)
                self._bytes += size
                while self._items and (
                    self._bytes > self.max_bytes or len(self._items) > self.max_entries
                ):
                    _, (_, dropped) = self._items.popitem(last=False)
                    self._bytes -= dropped
        return value

    def clear(self) -> None:
        with self._lock:
            self._items.clear()
            self._bytes, self._gen = 0, -1
