"""Load the knowledge files in `renkei/data/` (TOML), once per process.

A user overlays their own entries with the environment variable
`RENKEI_DATA` (a folder holding files of the same names): lists are
extended, tables merged key by key, so a new actor or cue needs no Python.
"""

from __future__ import annotations

import os
import tomllib
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from renkei.errors import LexiconError


def _merge(base: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    merged = dict(base)
    for key, value in extra.items():
        old = merged.get(key)
        if isinstance(old, dict) and isinstance(value, dict):
            merged[key] = _merge(old, value)
        elif isinstance(old, list) and isinstance(value, list):
            merged[key] = old + value
        else:
            merged[key] = value
    return merged


def _parse(text: str, where: str) -> dict[str, Any]:
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise LexiconError(f"{where}: {exc}") from None


@cache
def load(name: str) -> dict[str, Any]:
    """The knowledge file `name` (e.g. "actors.toml"), with any user overlay merged in."""
    packaged = resources.files("renkei.data").joinpath(name)
    data = _parse(packaged.read_text(encoding="utf-8"), f"renkei/data/{name}")
    overlay_dir = os.environ.get("RENKEI_DATA")
    if overlay_dir:
        overlay = Path(overlay_dir) / name
        if overlay.is_file():
            data = _merge(data, _parse(overlay.read_text(encoding="utf-8"), str(overlay)))
    return data


def fingerprint() -> str:
    """A short hash of every knowledge file in use, so stored codings know what coded them."""
    import hashlib

    digest = hashlib.sha256()
    for entry in sorted(resources.files("renkei.data").iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".toml"):
            digest.update(entry.name.encode())
            digest.update(repr(load(entry.name)).encode())
    return digest.hexdigest()[:12]
