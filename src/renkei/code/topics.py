"""Topics of a sentence from the keyword table (topics.toml)."""

from __future__ import annotations

from renkei.code.lexicon import topics


def find_topics(text: str) -> tuple[str, ...]:
    """Topics whose keywords occur in an NFKC-normalised sentence, in table order."""
    haystack = f" {text.lower()} "
    found = [
        t
        for t in topics()
        if any(k in haystack for k in t.strong) and not any(u in haystack for u in t.unless)
    ]
    if not any(t.area for t in found):
        found += [t for t in topics() if t not in found and any(k in haystack for k in t.weak)]
    return tuple(t.name for t in found)
