"""Coded documents as text: the Rich table of a long document comes in blocks."""

from __future__ import annotations

import pytest

from renkei import render
from renkei.pipeline import code_source, seed_source


def test_a_long_document_is_printed_as_blocks_with_the_same_columns(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    doc = code_source(seed_source())
    monkeypatch.setattr(render, "TABLE_ROWS", 10)
    tables = list(render.tables(doc))
    assert len(tables) == 4  # 39 sentences
    assert sum(t.row_count for t in tables) == len(doc.sentences)
    assert tables[0].title and all(t.title is None for t in tables[1:])
    widths = {tuple(c.min_width for c in t.columns) for t in tables}
    assert len(widths) == 1


def test_a_short_document_is_one_table() -> None:
    assert len(list(render.tables(code_source(seed_source())))) == 1
