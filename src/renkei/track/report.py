"""Plain renderings of programme views and diffs: JSON-ready dicts and Markdown."""

from __future__ import annotations

import dataclasses
from typing import Any

from renkei.track.diff import DiffEntry, DiffReport, Side
from renkei.track.programme import AreaView, Citation, CommitmentDetail, CommitmentView

STATUS_LABEL = {
    "not_started": "not started",
    "limited": "limited",
    "substantial": "substantial",
    "complete": "complete",
    "withdrawn": "withdrawn",
}


def as_json(value: Any) -> Any:
    """Dataclasses (nested) as plain JSON values."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: as_json(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, list | tuple):
        return [as_json(v) for v in value]
    if isinstance(value, dict):
        return {str(k): as_json(v) for k, v in value.items()}
    return value


def programme_json(partnership: str | None, areas: list[AreaView]) -> dict[str, Any]:
    return {
        "partnership": partnership,
        "areas": [
            {
                "area": a.area,
                "total": a.total,
                "statuses": a.statuses,
                "commitments": [_commitment_json(c) for c in a.commitments],
            }
            for a in areas
        ],
    }


def _commitment_json(c: CommitmentView) -> dict[str, Any]:
    out: dict[str, Any] = as_json(c)
    out["made_in"]["ref"] = c.made_in.ref
    for cite, item in zip(c.restated_in, out["restated_in"], strict=True):
        item["ref"] = cite.ref
    return out


def _md(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _cite(c: Citation) -> str:
    return f"{c.ref} ({c.date or 'undated'})"


def programme_markdown(partnership: str | None, areas: list[AreaView]) -> str:
    lines = [f"# Programme: {partnership or 'all partnerships'}", ""]
    if not areas:
        lines.append("No commitments stored.")
    for area in areas:
        lines += [f"## {area.area.replace('_', ' ')}", ""]
        if area.total > len(area.commitments):
            lines += [f"Latest {len(area.commitments)} of {area.total} commitments.", ""]
        lines += ["| commitment | status | last evidence | made in | restated in |"]
        lines += ["|---|---|---|---|---|"]
        for c in area.commitments:
            status = STATUS_LABEL.get(c.status, c.status)
            if c.status_date:
                status += f" ({c.status_date})"
            restated = ", ".join(_cite(r) for r in c.restated_in) or "-"
            lines.append(
                f"| `{c.key}` {_md(c.made_in.text)} | {status} | {_md(c.last_evidence or '-')} "
                f"| {_cite(c.made_in)} | {restated} |"
            )
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def commitment_markdown(d: CommitmentDetail) -> str:
    c = d.commitment
    lines = [
        f"# Commitment {c.key}",
        "",
        f"> {c.made_in.text}",
        "",
        f"- area: {c.area.replace('_', ' ')}",
        f"- act: {c.act}",
        f"- partnership: {d.partnership or '-'}",
        f"- status: {STATUS_LABEL.get(c.status, c.status)}"
        + (f" since {c.status_date}" if c.status_date else ""),
        f"- made in: {_cite(c.made_in)}",
    ]
    if not c.active:
        lines.append("- no longer coded as a commitment (kept for its history)")
    for r in c.restated_in:
        lines.append(f"- restated in: {_cite(r)}: {r.text}")
    lines += ["", "## History", ""]
    if not d.history:
        lines.append("No progress recorded.")
    for e in d.history:
        extra = "".join(
            f"; {label} {value}"
            for label, value in (("url", e.url), ("sentence", e.sentence))
            if value
        )
        lines.append(
            f"- {e.date} **{STATUS_LABEL.get(e.status, e.status)}** — {e.evidence}{extra} "
            f"({e.author}, {e.releasability})"
        )
    proposed = [link for link in d.links if link.state == "proposed"]
    if proposed:
        lines += ["", "## Proposed links", ""]
        lines += [f"- {link.ref} ({link.score:.2f}): {link.text}" for link in proposed]
    return "\n".join(lines) + "\n"


def _side_md(s: Side | None) -> str:
    if s is None:
        return "-"
    strength = s.act + ("!" * s.intensity) + (" (commitment)" if s.commitment else "")
    return f"`{s.ref}` {strength}: {_md(s.text)}"


def diff_json(report: DiffReport) -> dict[str, Any]:
    return {
        "a": report.a,
        "b": report.b,
        "counts": report.counts(),
        "entries": [_entry_json(e) for e in report.entries],
    }


def _entry_json(e: DiffEntry) -> dict[str, Any]:
    out: dict[str, Any] = as_json(e)
    for side in ("a", "b"):
        value = getattr(e, side)
        if value is not None:
            out[side]["ref"] = value.ref
    return out


def diff_markdown(report: DiffReport) -> str:
    counts = ", ".join(f"{n} {k}" for k, n in report.counts().items())
    lines = [f"# {report.a} -> {report.b}", "", counts, ""]
    topic = None
    for e in report.entries:
        if e.topic != topic:
            topic = e.topic
            lines += [
                "",
                f"## {topic.replace('_', ' ')}",
                "",
                "| change | A | B |",
                "|---|---|---|",
            ]
        lines.append(f"| {e.change} | {_side_md(e.a)} | {_side_md(e.b)} |")
    return "\n".join(lines).strip() + "\n"
