"""Score coder output against gold records, exactly as the reference scorer does.

Sentences are paired by text (NFKC, white space removed): exact matches
first, then the most similar remaining one at a ratio of 0.9 or more.
Scores are micro-averaged; acts, targets, topics and commitments of
unpaired sentences count as misses (gold) or false alarms (prediction).
"""

from __future__ import annotations

import difflib
import json
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from renkei.errors import EvalError

Record = dict[str, Any]
FIELDS = ("sentences", "acts", "targets", "topics", "commitment")


@dataclass(frozen=True)
class PRF:
    tp: int
    fp: int
    fn: int

    @property
    def p(self) -> float:
        return round(self.tp / (self.tp + self.fp), 4) if self.tp + self.fp else 1.0

    @property
    def r(self) -> float:
        return round(self.tp / (self.tp + self.fn), 4) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        return round(2 * p * r / (p + r), 4) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {
            "p": self.p,
            "r": self.r,
            "f1": self.f1,
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
        }


@dataclass(frozen=True)
class Difference:
    sid: int | None
    field: str
    gold: object
    pred: object


@dataclass(frozen=True)
class Score:
    fields: dict[str, PRF]
    intensity_acc: float
    speaker_acc: float
    differences: list[Difference] = field(default_factory=list)

    def as_dict(self) -> dict[str, object]:
        out: dict[str, object] = {k: self.fields[k].as_dict() for k in FIELDS}
        out["intensity_acc"] = self.intensity_acc
        out["speaker_acc"] = self.speaker_acc
        return out


def load_records(path: str | Path) -> list[Record]:
    """JSON Lines records; a line that is not a JSON object is an EvalError."""
    records = []
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise EvalError(f"{path}: cannot read records: {exc}") from None
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise EvalError(f"{path}:{number}: not JSON: {exc.msg}") from None
        if not isinstance(record, dict) or "text" not in record:
            raise EvalError(f"{path}:{number}: not a sentence record (no 'text')")
        records.append(record)
    return records


def _norm(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).split())


def pair(gold: list[Record], pred: list[Record]) -> list[tuple[int, int]]:
    """(gold index, prediction index) pairs: same text first, then the closest above 0.9."""
    pairs: dict[int, int] = {}
    used: set[int] = set()
    by_text: dict[str, list[int]] = {}
    for j, p in enumerate(pred):
        by_text.setdefault(_norm(p.get("text", "")), []).append(j)
    for i, g in enumerate(gold):
        for j in by_text.get(_norm(g["text"]), []):
            if j not in used:
                pairs[i] = j
                used.add(j)
                break
    for i, g in enumerate(gold):
        if i in pairs:
            continue
        text, best, best_j = _norm(g["text"]), 0.0, None
        for j, p in enumerate(pred):
            if j in used:
                continue
            ratio = difflib.SequenceMatcher(None, text, _norm(p.get("text", ""))).ratio()
            if ratio > best:
                best, best_j = ratio, j
        if best_j is not None and best >= 0.9:
            pairs[i] = best_j
            used.add(best_j)
    return sorted(pairs.items())


def _acts(s: Record) -> Counter[str]:
    return Counter(a["act"] for a in s.get("acts", []))


def _targets(s: Record) -> set[str]:
    return {t for a in s.get("acts", []) for t in a.get("targets", [])}


def _committed(s: Record) -> bool:
    return any(a.get("commitment") for a in s.get("acts", []))


def score(gold: list[Record], pred: list[Record]) -> Score:
    pairs = pair(gold, pred)
    c: Counter[str] = Counter()
    agree: Counter[str] = Counter()
    diffs: list[Difference] = []
    for i, j in pairs:
        g, p = gold[i], pred[j]
        ga, pa = _acts(g), _acts(p)
        c["acts_tp"] += sum((ga & pa).values())
        c["acts_fp"] += sum((pa - ga).values())
        c["acts_fn"] += sum((ga - pa).values())
        if ga != pa:
            diffs.append(Difference(g["sid"], "acts", sorted(ga.elements()), sorted(pa.elements())))
        pool: dict[str, list[Record]] = {}
        for a in p.get("acts", []):
            pool.setdefault(a["act"], []).append(a)
        for a in g.get("acts", []):
            candidates = pool.get(a["act"])
            if not candidates:
                continue
            b = candidates.pop(0)
            agree["paired"] += 1
            agree["intensity"] += int(a.get("intensity", 0) == b.get("intensity", 0))
            agree["speaker"] += int(set(a.get("speaker", [])) == set(b.get("speaker", [])))
        gt, pt = _targets(g), _targets(p)
        c["tg_tp"] += len(gt & pt)
        c["tg_fp"] += len(pt - gt)
        c["tg_fn"] += len(gt - pt)
        if gt != pt:
            diffs.append(Difference(g["sid"], "targets", sorted(gt), sorted(pt)))
        go, po = set(g.get("topics", [])), set(p.get("topics", []))
        c["tp_tp"] += len(go & po)
        c["tp_fp"] += len(po - go)
        c["tp_fn"] += len(go - po)
        if go != po:
            diffs.append(Difference(g["sid"], "topics", sorted(go), sorted(po)))
        gc, pc = _committed(g), _committed(p)
        c["cm_tp"] += int(gc and pc)
        c["cm_fp"] += int(pc and not gc)
        c["cm_fn"] += int(gc and not pc)
        if gc != pc:
            diffs.append(Difference(g["sid"], "commitment", gc, pc))
    paired_g = {i for i, _ in pairs}
    paired_p = {j for _, j in pairs}
    for i, g in enumerate(gold):
        if i not in paired_g:
            c["acts_fn"] += sum(_acts(g).values())
            c["tg_fn"] += len(_targets(g))
            c["tp_fn"] += len(g.get("topics", []))
            c["cm_fn"] += int(_committed(g))
            diffs.append(Difference(g["sid"], "sentence missed", g["text"][:60], None))
    for j, p in enumerate(pred):
        if j not in paired_p:
            c["acts_fp"] += sum(_acts(p).values())
            c["tg_fp"] += len(_targets(p))
            c["tp_fp"] += len(p.get("topics", []))
            c["cm_fp"] += int(_committed(p))
            diffs.append(Difference(None, "extra sentence", p.get("text", "")[:60], None))
    n = agree["paired"] or 1
    fields = {
        "sentences": PRF(len(pairs), len(pred) - len(pairs), len(gold) - len(pairs)),
        "acts": PRF(c["acts_tp"], c["acts_fp"], c["acts_fn"]),
        "targets": PRF(c["tg_tp"], c["tg_fp"], c["tg_fn"]),
        "topics": PRF(c["tp_tp"], c["tp_fp"], c["tp_fn"]),
        "commitment": PRF(c["cm_tp"], c["cm_fp"], c["cm_fn"]),
    }
    return Score(fields, round(agree["intensity"] / n, 4), round(agree["speaker"] / n, 4), diffs)
