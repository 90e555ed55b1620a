"""Lazy package exports (PEP 562): a name is imported from its module on first use.

A short command such as `renkei programme` should not pay for importing the
coder or the ingest workers it never calls.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping


def lazy_exports(package: str, exports: Mapping[str, str]) -> Callable[[str], object]:
    """A module `__getattr__` that resolves each name in `exports` (name -> module)."""

    def __getattr__(name: str) -> object:
        module = exports.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        return getattr(importlib.import_module(module), name)

    return __getattr__
