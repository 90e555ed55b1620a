"""A second look at each sentence's topics, commitment and the kind of its one act, with
weights learned from gold.

Annotators give topics and commitment from the sentence as a whole, not from one cue
word, so the keyword and cue rules miss what a sentence is about when it says so in
words no table lists; and a sentence whose verb no cue table lists gets its act by
default. `data/learned.toml` holds one linear model per topic, one for commitment and one
per common act kind, fitted by `renkei learn` on hand-coded sentences. Each weighs the
rules' own answers ("signals": the topics and acts they found, whether they marked a
commitment, the language) together with the sentence's character 2- to 4-grams; the
answer is yes when the logistic of the sum reaches the model's threshold. The same file
holds the target look's model (code/target_look.py), applied here with the others.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import cache, cached_property, lru_cache
from itertools import chain, repeat
from typing import Any

import ahocorasick
import numpy as np
import numpy.typing as npt

from renkei import knowledge
from renkei.code import target_look
from renkei.code.actors import Mention
from renkei.models import Act, Lang

NGRAM_SIZES = (2, 3, 4)
COMMITMENT = ""  # the commitment model's name among the topics' names
ACT = "act:"  # the act kinds' models' names: "act:commit"
_BATCH = 1024  # sentences scored together


@dataclass(frozen=True)
class Model:
    """One yes/no decision: logistic(bias + weights of the features present) >= threshold."""

    bias: float
    threshold: float
    signals: dict[str, float]
    ngrams: dict[str, float]

    def says_yes(self, said: Iterable[str], grams: Iterable[str]) -> bool:
        """One answer, weighed feature by feature (the target look's few candidates)."""
        logit = self.bias + sum(map(self.signals.get, said, repeat(0.0)))
        logit += sum(map(self.ngrams.get, grams, repeat(0.0)))
        return logit >= self.cutoff

    @cached_property
    def cutoff(self) -> float:
        """The threshold as a logit, worked out once."""
        return _logit(self.threshold)


@dataclass(frozen=True)
class Models:
    """Every model as one matrix: a row per feature (row 0 the biases), a column per model,
    so a whole document is scored by one gather and one sum."""

    names: tuple[str, ...]  # the topics, COMMITMENT, then the act kinds (ACT + kind)
    weights: npt.NDArray[np.float32]  # features x models
    cutoffs: npt.NDArray[np.float64]  # each model's threshold as a logit
    signal_rows: dict[str, int]
    word_rows: Callable[[str], tuple[int, ...]]  # the rows of one padded word's n-grams
    act_keep_below: float = 0.0  # logit under which the rules' act kind may give way
    act_add_at: float = math.inf  # logit from which a kind the rules missed joins the acts
    act_columns: dict[str, int] = field(default_factory=dict)  # each modelled act kind's
    targets: Model | None = None  # the target look's (code/target_look.py)

    @cached_property
    def act_kinds(self) -> tuple[str, ...]:
        """The modelled act kinds, in the order of their columns."""
        return tuple(self.act_columns)

    @cached_property
    def act_cutoffs(self) -> tuple[float, ...]:
        """The act kinds' thresholds as logits, in the order of `act_kinds`."""
        return tuple(float(self.cutoffs[c]) for c in self.act_columns.values())

    def rows(self, text: str, said: set[str]) -> list[int]:
        """The feature rows present in a normalised sentence, the bias row first."""
        found: set[int] = set()
        for padded in _padded_words(text):
            found.update(self.word_rows(padded))
        return [0, *found, *(self.signal_rows[s] for s in said if s in self.signal_rows)]

    def logits(self, rows: Sequence[list[int]]) -> npt.NDArray[np.float32]:
        """For each sentence's rows, each model's logit (sentences x models)."""
        if not rows:
            return np.zeros((0, len(self.names)), dtype=np.float32)
        sizes = [len(sentence) for sentence in rows]
        flat = np.fromiter(chain.from_iterable(rows), dtype=np.intp, count=sum(sizes))
        starts = np.cumsum([0, *sizes[:-1]])
        # np.take gathers rows faster than fancy indexing does
        return np.add.reduceat(np.take(self.weights, flat, axis=0), starts, axis=0)


def _padded_words(text: str) -> list[str]:
    """The lower-cased words of a normalised sentence, each padded with a space each side
    (" we "): the unit both learning and coding take n-grams from."""
    return [f" {word} " for word in text.lower().split()]


def ngrams(text: str) -> set[str]:
    """The character 2- to 4-grams of each padded word of a normalised sentence (" we",
    "we "): a word's grams, found once, serve every sentence it is in. A Japanese
    sentence, with no spaces, is mostly one word."""
    return {
        padded[i : i + n]
        for padded in _padded_words(text)
        for n in NGRAM_SIZES
        for i in range(len(padded) - n + 1)
    }


def signals(lang: Lang, acts: Sequence[Act], topics: Sequence[str]) -> set[str]:
    """What the rules said of a sentence, as the features the models weigh."""
    found = {f"lang:{lang}", *(f"topic:{t}" for t in topics), *(f"act:{a.act}" for a in acts)}
    if any(a.commitment for a in acts):
        found.add("committed")
    return found


def _model(entry: dict[str, Any]) -> Model:
    return Model(
        bias=float(entry["bias"]),
        threshold=float(entry["threshold"]),
        signals=dict(entry.get("signals", {})),
        ngrams=dict(entry.get("ngrams", {})),
    )


def _logit(p: float) -> float:
    return math.log(p / (1 - p))


def index(
    models: dict[str, Model],
    act_keep_below: float = 0.5,
    targets: Model | None = None,
    act_add_at: float = 1.0,
) -> Models:
    """`models` by name (COMMITMENT for commitment's, ACT + kind for an act kind's) as one
    matrix, with the target look's model beside it."""
    grams = sorted({g for m in models.values() for g in m.ngrams})
    said = sorted({s for m in models.values() for s in m.signals})
    gram_rows = {g: 1 + i for i, g in enumerate(grams)}
    signal_rows = {s: 1 + len(grams) + i for i, s in enumerate(said)}
    weights = np.zeros((1 + len(grams) + len(said), len(models)), dtype=np.float32)
    for column, model in enumerate(models.values()):
        weights[0, column] = model.bias
        for gram, w in model.ngrams.items():
            weights[gram_rows[gram], column] = w
        for signal, w in model.signals.items():
            weights[signal_rows[signal], column] = w
    # Aho-Corasick finds every weighed n-gram of a word in one scan of it
    finder = ahocorasick.Automaton()
    for gram, row in gram_rows.items():
        finder.add_word(gram, row)
    if grams:
        finder.make_automaton()

    @lru_cache(maxsize=1 << 16)
    def word_rows(padded: str) -> tuple[int, ...]:
        return tuple({row for _, row in finder.iter(padded)}) if grams else ()

    cutoffs = [m.cutoff for m in models.values()]
    kinds = {name.removeprefix(ACT): i for i, name in enumerate(models) if name.startswith(ACT)}
    return Models(
        tuple(models),
        weights,
        np.array(cutoffs),
        signal_rows,
        word_rows,
        _logit(act_keep_below),
        _logit(act_add_at) if act_add_at < 1 else math.inf,
        kinds,
        targets,
    )


@cache
def models() -> Models | None:
    """The learned models, or None when the package ships none (rules alone decide)."""
    try:
        data = knowledge.load("learned.toml")
    except FileNotFoundError:
        return None
    found = {name: _model(entry) for name, entry in data.get("topics", {}).items()}
    if "commitment" in data:
        found[COMMITMENT] = _model(data["commitment"])
    found |= {ACT + kind: _model(entry) for kind, entry in data.get("acts", {}).items()}
    targets = _model(data["targets"]) if "targets" in data else None
    return index(
        found,
        float(data.get("act_keep_below", 0.5)),
        targets,
        float(data.get("act_add_at", 1.0)),
    )


def _commit(acts: tuple[Act, ...], committed: bool) -> tuple[Act, ...]:
    """Acts with the commitment mark set as the model says: a new mark goes on the
    sentence's commit act, else its last act (where a Japanese sentence's main verb is)."""
    if not acts or committed == any(a.commitment for a in acts):
        return acts
    if not committed:
        return tuple(replace(a, commitment=False) for a in acts)
    at = next((i for i, a in enumerate(acts) if a.act == "commit"), len(acts) - 1)
    return tuple(replace(a, commitment=True) if i == at else a for i, a in enumerate(acts))


def _act_kind(acts: tuple[Act, ...], logits: Sequence[float], learned: Models) -> tuple[Act, ...]:
    """A sentence's acts as the act-kind models say (`logits`: theirs, in the order of
    `learned.act_columns`). Its one act of a modelled kind is unchanged unless its own
    kind's model says no (under `act_keep_below`) and another kind's says yes; then a
    modelled kind the rules did not give joins the acts when its model is sure (reaches
    `act_add_at`), said by the last act's speaker (a Japanese sentence's main verb ends it)."""
    kinds = learned.act_kinds
    if (
        len(acts) == 1
        and acts[0].act in kinds
        and logits[kinds.index(acts[0].act)] < learned.act_keep_below
    ):
        best = max(range(len(kinds)), key=logits.__getitem__)
        if logits[best] >= learned.act_cutoffs[best]:
            acts = (replace(acts[0], act=kinds[best]),)
    if not (acts and logits) or max(logits) < learned.act_add_at:  # most: no kind is sure
        return acts
    given = {a.act for a in acts}
    added = tuple(
        Act(kind, 0, acts[-1].speaker, (), False)
        for kind, logit in zip(kinds, logits, strict=True)
        if kind not in given and logit >= learned.act_add_at
    )
    return acts + added


@dataclass(frozen=True)
class Coding:
    """What the rules found in one sentence, in the form the rules' reader saw it."""

    text: str
    acts: tuple[Act, ...]
    topics: tuple[str, ...]
    mentions: tuple[Mention, ...] = ()  # the actors it names, for the target look


def _targets(
    acts: tuple[Act, ...], coding: Coding, lang: Lang, parties: Sequence[str], model: Model
) -> tuple[Act, ...]:
    """`acts` with the targets the target model says yes to, among the candidates the
    rules' coding gives."""
    found = target_look.candidates(lang, coding.text, coding.acts, coding.mentions, parties)
    chosen = {code for code, said, grams in found if model.says_yes(said, grams)}
    if chosen == {t for a in acts for t in a.targets}:
        return acts
    return target_look.place(acts, chosen, coding.mentions, coding.text, lang)


def refine_codings(
    lang: Lang, codings: Sequence[Coding], order: Sequence[str], parties: Sequence[str] = ()
) -> list[tuple[tuple[Act, ...], tuple[str, ...]]]:
    """Each sentence's acts and topics after the learned models' look; `order` is the topic
    table's order, which the topics follow; `parties` the document's."""
    learned = models()
    if learned is None:
        return [(c.acts, c.topics) for c in codings]
    rank = {name: i for i, name in enumerate(order)}
    modelled = frozenset(learned.names)
    columns = [column for column, name in enumerate(learned.names) if name in rank]
    commitment = learned.names.index(COMMITMENT) if COMMITMENT in learned.names else None
    refined = []
    # a batch at a time: the rows and gathered weights of a 10 MB text would not fit in memory
    for first in range(0, len(codings), _BATCH):
        batch = codings[first : first + _BATCH]
        logits = learned.logits(
            [learned.rows(c.text, signals(lang, c.acts, c.topics)) for c in batch]
        )
        # floats: read one by one, faster than numpy's
        kind_logits = logits[:, list(learned.act_columns.values())].tolist()
        # the topics each sentence's models say yes to, read off the few yes answers
        said: list[list[str]] = [[] for _ in batch]
        yes = logits[:, columns] >= learned.cutoffs[columns]
        for row, column in zip(*np.nonzero(yes), strict=True):
            said[row].append(learned.names[columns[column]])
        committed = (
            (logits[:, commitment] >= learned.cutoffs[commitment]).tolist()
            if commitment is not None
            else None
        )
        for i, coding in enumerate(batch):
            # a topic no model covers (too rare to learn) stays as the rules found it
            chosen = {t for t in coding.topics if t not in modelled} | set(said[i])
            acts = _act_kind(coding.acts, kind_logits[i], learned)
            if committed is not None:
                acts = _commit(acts, committed[i])
            if learned.targets is not None and acts:
                acts = _targets(acts, coding, lang, parties, learned.targets)
            known = (t for t in chosen if t in rank)
            refined.append((acts, tuple(sorted(known, key=rank.__getitem__))))
    return refined
