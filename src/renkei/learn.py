"""Fit the learned models of `data/learned.toml` on hand-coded gold (`renkei learn`).

Each gold file (`NAME.jsonl`) is paired with its text (`NAME.txt` beside it or in a
sibling `docs/` folder). The text is coded by the rules alone; each coded sentence that
pairs with a gold sentence (as the scorer pairs them) becomes one example: its n-grams
and the rules' signals, labelled with the gold topics, commitment and act kinds; and
each of its target candidates (code/target_look.py) one more, labelled with whether the
gold has it as a target. One L1-penalised logistic regression per topic, one for
commitment, one per act kind in ACT_KINDS and one for targets keeps the few thousand
n-grams that carry weight. Needs scikit-learn (the `learn` extra); coding does not.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from renkei.code import code_segmented, document_mentions, reading_form, target_look
from renkei.code.refine import ngrams, signals
from renkei.errors import LearnError
from renkei.evaluate import load_records, pair
from renkei.read import read
from renkei.segment import segment

# Chosen by training on the fixture sets scored before a round and testing on that round
TOPIC_THRESHOLD = 0.4
COMMITMENT_THRESHOLD = 0.5
# The kinds of act the rules most often mistake for one another when no cue decides (a
# sentence's one act, found by its main verb or by default): each gets a model, and a
# sentence's act becomes another kind when its own model says no and the other's yes
ACT_KINDS = ("assess", "commit", "report", "stress", "welcome")
ACT_KEEP_BELOW = 0.4
ACT_SWAP_AT = 0.5
# A kind whose model is this sure joins a sentence's acts when the rules gave none of it
# (「…歓迎する、…協力したい旨述べた」 with one clause's verb in no cue table)
ACT_ADD_AT = 0.55
TARGET_THRESHOLD = 0.3
PENALTY_C = 0.25
MIN_POSITIVES = 10  # a topic rarer than this in the gold keeps its rules alone
MIN_DOCUMENT_FREQUENCY = 2
# Smaller weights are dropped: they change few answers and an English sentence holds
# hundreds of weighed n-grams, each costing time
MIN_WEIGHT = 0.1
_SIGNAL = "\x00"  # marks a signal among the features: no normalised sentence holds it


@dataclass(frozen=True)
class Example:
    grams: frozenset[str]
    signals: frozenset[str]
    topics: frozenset[str]
    committed: bool
    acts: frozenset[str]  # the gold act kinds
    # each target candidate's signals and n-grams, and whether the gold has it as a target
    targets: tuple[tuple[frozenset[str], frozenset[str], bool], ...] = ()


def _text_for(gold: Path) -> Path:
    for candidate in (gold.with_suffix(".txt"), gold.parent.parent / "docs" / f"{gold.stem}.txt"):
        if candidate.is_file():
            return candidate
    raise LearnError(f"{gold}: no {gold.stem}.txt beside it or in ../docs/")


def examples(gold_file: Path) -> list[Example]:
    """The examples one gold file gives: its sentences that the rules' coding pairs with."""
    gold = load_records(gold_file)
    coded = code_segmented(segment(read(_text_for(gold_file))), learned=False)
    records = [s.to_record() for s in coded.sentences]
    texts = [reading_form(s.text, coded.lang) for s in coded.sentences]
    mentions = document_mentions(texts, coded.parties, coded.lang)
    found: list[Example] = []
    for i, j in pair(gold, records):
        sentence, text = coded.sentences[j], texts[j]
        wanted = {t for a in gold[i].get("acts", []) for t in a.get("targets", [])}
        candidates = target_look.candidates(
            coded.lang, text, sentence.acts, mentions[j], coded.parties
        )
        found.append(
            Example(
                grams=frozenset(ngrams(text)),
                signals=frozenset(signals(coded.lang, sentence.acts, sentence.topics)),
                topics=frozenset(gold[i].get("topics", [])),
                committed=any(a.get("commitment") for a in gold[i].get("acts", [])),
                acts=frozenset(a["act"] for a in gold[i].get("acts", [])),
                targets=tuple(
                    (frozenset(said), frozenset(grams), code in wanted)
                    for code, said, grams in candidates
                ),
            )
        )
    return found


def gold_files(folders: Iterable[Path]) -> list[Path]:
    files = sorted(f for folder in folders for f in Path(folder).glob("*.jsonl"))
    if not files:
        raise LearnError("no gold .jsonl files in the folders given")
    return files


def _fit(x: Any, names: Sequence[str], labels: Sequence[bool], threshold: float) -> dict[str, Any]:
    from sklearn.linear_model import LogisticRegression

    model = LogisticRegression(C=PENALTY_C, l1_ratio=1.0, solver="liblinear", random_state=0)
    model.fit(x, list(labels))
    weights = {
        name: round(float(w), 4)
        for name, w in zip(names, model.coef_[0], strict=True)
        if abs(w) >= MIN_WEIGHT or (name.startswith(_SIGNAL) and round(float(w), 4) != 0.0)
    }
    return {
        "bias": round(float(model.intercept_[0]), 4),
        "threshold": threshold,
        "signals": {k[1:]: w for k, w in sorted(weights.items()) if k.startswith(_SIGNAL)},
        "ngrams": {k: w for k, w in sorted(weights.items()) if not k.startswith(_SIGNAL)},
    }


def fit(found: Sequence[Example]) -> dict[str, Any]:
    """The models, as the `learned.toml` table they are written to."""
    try:
        import sklearn  # noqa: F401  (the package itself: its submodules may be cached)
    except ImportError:
        raise LearnError("renkei learn needs scikit-learn: pip install 'renkei[learn]'") from None

    if not found:
        raise LearnError("no gold sentence pairs with a sentence of its text: nothing to learn")
    x, names = _matrix([(e.grams, e.signals) for e in found])
    counts = Counter(t for e in found for t in e.topics)
    topics = {
        name: _fit(x, names, [name in e.topics for e in found], TOPIC_THRESHOLD)
        for name in sorted(counts)
        if MIN_POSITIVES <= counts[name] < len(found)
    }
    committed = [e.committed for e in found]
    kinds = {kind: [kind in e.acts for e in found] for kind in ACT_KINDS}
    candidates = [c for e in found for c in e.targets]
    wanted = [yes for *_, yes in candidates]
    # A model needs examples of both answers: a small gold may have no commitment, no act of
    # a kind, or no target, and leaves that model out (the rules then decide alone)
    return {
        "examples": len(found),
        "topics": topics,
        "commitment": _fit(x, names, committed, COMMITMENT_THRESHOLD) if _both(committed) else None,
        "act_keep_below": ACT_KEEP_BELOW,
        "act_add_at": ACT_ADD_AT,
        "acts": {
            kind: _fit(x, names, labels, ACT_SWAP_AT)
            for kind, labels in kinds.items()
            if _both(labels)
        },
        "target_candidates": len(candidates),
        "targets": _fit(*_matrix([(g, s) for s, g, _ in candidates]), wanted, TARGET_THRESHOLD)
        if _both(wanted)
        else None,
    }


def _both(labels: Sequence[bool]) -> bool:
    return any(labels) and not all(labels)


def _matrix(rows: Sequence[tuple[frozenset[str], frozenset[str]]]) -> tuple[Any, list[str]]:
    """Examples' (n-grams, signals) as a sparse matrix, without the n-grams too rare to
    weigh, and the features' names."""
    from sklearn.feature_extraction import DictVectorizer

    frequency = Counter(g for grams, _ in rows for g in grams)
    dicts = [
        {g: 1 for g in grams if frequency[g] >= MIN_DOCUMENT_FREQUENCY}
        | {_SIGNAL + s: 1 for s in said}
        for grams, said in rows
    ]
    vectoriser = DictVectorizer()
    x = vectoriser.fit_transform(dicts).tocsr()
    x.indices, x.indptr = x.indices.astype("int32"), x.indptr.astype("int32")  # liblinear's
    return x, list(vectoriser.get_feature_names_out())


def _key(name: str) -> str:
    # a TOML basic string: JSON's escapes are TOML's, but keep non-ASCII as it is
    escaped = name.replace("\\", "\\\\").replace('"', '\\"')
    return '"' + "".join(c if c.isprintable() else f"\\u{ord(c):04x}" for c in escaped) + '"'


def _table(header: str, model: dict[str, Any]) -> list[str]:
    lines = [f"[{header}]", f"bias = {model['bias']}", f"threshold = {model['threshold']}", ""]
    for part in ("signals", "ngrams"):
        lines.append(f"[{header}.{part}]")
        lines += [f"{_key(k)} = {w}" for k, w in model[part].items()]
        lines.append("")
    return lines


def to_toml(models: dict[str, Any], sources: Sequence[str]) -> str:
    """`learned.toml`: a header saying how it was made, then one table per model."""
    lines = [
        "# Learned weights for topics, commitment, the kind of a sentence's one act and its",
        "# targets (renkei/code/refine.py reads them).",
        "# Made by `renkei learn` from hand-coded gold; edit the gold and learn again",
        "# rather than editing weights by hand. A model says yes when",
        "# 1 / (1 + exp(-(bias + its signals + its n-grams present))) >= threshold.",
        f"# Examples: {models['examples']} sentences from {len(sources)} gold files.",
        "# A sentence's one act of a kind below takes another kind when its own kind's model",
        "# is under act_keep_below and the other's reaches its threshold; a kind the rules",
        "# did not give a sentence with acts joins them when its model reaches act_add_at.",
        f"# [targets]: one model for every target candidate ({models['target_candidates']} in",
        "# the examples): the actors a sentence names and the targets the rules gave.",
        f"act_keep_below = {models['act_keep_below']}",
        f"act_add_at = {models['act_add_at']}",
        "",
    ]
    for name, model in models["topics"].items():
        lines += _table(f"topics.{name}", model)
    if models["commitment"] is not None:
        lines += _table("commitment", models["commitment"])
    for name, model in models["acts"].items():
        lines += _table(f"acts.{name}", model)
    if models["targets"] is not None:
        lines += _table("targets", models["targets"])
    return "\n".join(lines).rstrip() + "\n"


def learn(folders: Iterable[Path]) -> str:
    """Fit on every gold file in `folders`; the text of `learned.toml`."""
    files = gold_files(folders)
    found = [e for f in files for e in examples(f)]
    return to_toml(fit(found), [str(f) for f in files])
