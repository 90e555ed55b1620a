"""Charts as geometry for server-rendered SVG: no JavaScript, no chart library.

Each function returns plain shapes (rectangles with labels and colours as
CSS class names); the templates draw them, escaping every label.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

import sqlalchemy as sa

from renkei.store import schema as t
from renkei.store.rows import load_list
from renkei.track.programme import AreaView
from renkei.track.progress import STATUSES

# Stance of an act toward its targets: approval, disapproval, or neither.
POSITIVE = frozenset({"welcome", "commit", "reaffirm"})
NEGATIVE = frozenset({"condemn", "oppose", "concern", "urge"})
LABEL_W = 190
PLOT_W = 420
ROW_H = 22


@dataclass(frozen=True)
class Bar:
    x: float
    y: float
    width: float
    height: float
    css: str
    title: str


@dataclass(frozen=True)
class Label:
    x: float
    y: float
    text: str
    anchor: str = "start"


@dataclass(frozen=True)
class Chart:
    width: int
    height: int
    bars: tuple[Bar, ...]
    labels: tuple[Label, ...]
    empty: bool = False


def status_by_area(areas: list[AreaView]) -> Chart:
    """One stacked bar per area: how many commitments are at each status."""
    rows = [(a.area, Counter(c.status for c in a.commitments)) for a in areas]
    most = max((sum(c.values()) for _, c in rows), default=0)
    bars: list[Bar] = []
    labels: list[Label] = []
    for i, (area, counts) in enumerate(rows):
        y = i * ROW_H + 4
        labels.append(Label(LABEL_W - 6, y + 13, area.replace("_", " "), "end"))
        x = float(LABEL_W)
        for status in STATUSES:
            n = counts.get(status, 0)
            if not n:
                continue
            width = PLOT_W * n / most
            bars.append(Bar(x, y, width, ROW_H - 6, f"st-{status}", f"{area}: {n} {status}"))
            x += width
        labels.append(Label(x + 4, y + 13, str(sum(counts.values()))))
    height = max(len(rows) * ROW_H + 8, 30)
    return Chart(LABEL_W + PLOT_W + 40, height, tuple(bars), tuple(labels), not rows)


def _doc_filter(partnership: str | None) -> list[sa.ColumnElement[bool]]:
    return [t.documents.c.partnership == partnership] if partnership else []


def statements_over_time(conn: sa.Connection, partnership: str | None) -> Chart:
    """Documents per year (a bar per year, oldest left)."""
    year = sa.func.substr(t.documents.c.date, 1, 4)
    stmt = (
        sa.select(year, sa.func.count())
        .where(t.documents.c.date.is_not(None), *_doc_filter(partnership))
        .group_by(year)
        .order_by(year)
    )
    counts = [(str(y), int(n)) for y, n in conn.execute(stmt)]
    most = max((n for _, n in counts), default=0)
    plot_h, width = 160.0, max(len(counts) * 18, 200)
    step = width / max(len(counts), 1)
    bars: list[Bar] = []
    labels: list[Label] = []
    for i, (y, n) in enumerate(counts):
        h = plot_h * n / most
        x = 30 + i * step
        bars.append(Bar(x, 10 + plot_h - h, step * 0.8, h, "bar-docs", f"{y}: {n}"))
        if len(counts) <= 12 or i % max(len(counts) // 12, 1) == 0:
            labels.append(Label(x + step * 0.4, plot_h + 26, y, "middle"))
    labels.append(Label(2, 18, str(most)))
    return Chart(int(width + 40), int(plot_h + 36), tuple(bars), tuple(labels), not counts)


@dataclass(frozen=True)
class Matrix:
    speakers: tuple[str, ...]
    targets: tuple[str, ...]
    cells: tuple[tuple[int, int, str, str], ...]  # (row, column, css class, title)
    empty: bool


def _level(net: int, total: int) -> str:
    if total == 0:
        return "m-none"
    share = net / total
    if share >= 0.5:
        return "m-pos2"
    if share > 0:
        return "m-pos1"
    if share <= -0.5:
        return "m-neg2"
    if share < 0:
        return "m-neg1"
    return "m-mixed"


def stance_matrix(conn: sa.Connection, partnership: str | None, top: int = 12) -> Matrix:
    """Speaker x target: net approval (welcome, commit, reaffirm) minus disapproval
    (concern, oppose, condemn, urge) over all acts with targets."""
    a = t.acts
    stmt = (
        sa.select(a.c.act, a.c.speaker, a.c.targets)
        .select_from(a.join(t.documents, t.documents.c.id == a.c.doc))
        .where(a.c.targets != "[]", a.c.act.in_(POSITIVE | NEGATIVE), *_doc_filter(partnership))
    )
    net: Counter[tuple[str, str]] = Counter()
    total: Counter[tuple[str, str]] = Counter()
    for act, speaker, targets in conn.execute(stmt):
        sign = 1 if act in POSITIVE else -1
        for s in load_list(speaker):
            for tg in load_list(targets):
                net[(s, tg)] += sign
                total[(s, tg)] += 1
    speakers = [s for s, _ in Counter(s for s, _ in total.elements()).most_common(top)]
    targets = [x for x, _ in Counter(x for _, x in total.elements()).most_common(top)]
    cells = tuple(
        (i, j, _level(net[(s, x)], total[(s, x)]), f"{s} → {x}: {net[(s, x)]:+d} / {total[(s, x)]}")
        for i, s in enumerate(speakers)
        for j, x in enumerate(targets)
    )
    return Matrix(tuple(speakers), tuple(targets), cells, not total)
