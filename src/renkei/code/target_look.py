"""A learned second look at each sentence's targets: which of the actors it names are the
ones its acts are about.

The target rules read a sentence's structure (who is condemned, whose visit is welcomed),
and annotators agree with them on about three targets in four. The look weighs each
candidate — every actor the sentence names, and every target the rules gave — by what the
rules said of it (a target? a party? the speaker?), what kind of mention it is, the acts
of the sentence, and the few characters on each side of its mentions. A party that speaks
every act and that the rules did not make a target is left out: the fixtures' gold makes
three in a hundred of those a target, and they are most of the actors sentences name.
One L1-penalised logistic model, fitted by `renkei learn` with the others
(data/learned.toml [targets]), says yes or no to each candidate.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from renkei.code.actors import Mention
from renkei.code.lexicon import actors
from renkei.models import Act, Lang

# Characters of context read on each side of a mention, per language: a Japanese particle
# and verb stem (「を非難」) are shorter than their English words ("condemned the")
WINDOW = {"ja": 4, "en": 10}
GRAM_SIZES = (2, 3)


@lru_cache(maxsize=1 << 14)
def _grams(window: str, side: str) -> frozenset[str]:
    """The n-grams of one side's window, marked with the side: a name's neighbours
    (「|は、」「を|」) recur from sentence to sentence."""
    return frozenset(
        side + window[i : i + n] for n in GRAM_SIZES for i in range(len(window) - n + 1)
    )


def candidates(
    lang: Lang,
    text: str,
    acts: Sequence[Act],
    mentions: Sequence[Mention],
    parties: Sequence[str],
) -> list[tuple[str, set[str], set[str]]]:
    """Each actor that may be a target of the sentence `text` (normalised), with its
    signals and its context n-grams, in code order."""
    rule = {t for a in acts for t in a.targets}
    by_code: dict[str, list[Mention]] = {}
    for m in mentions:
        by_code.setdefault(m.code, []).append(m)
    # a grouping the scheme has no code for (the East Asia Summit, SICA) is never a target
    codes = sorted((set(by_code) | rule) - actors().outside_scheme)
    asked = [
        c for c in codes if c in rule or c not in parties or not all(c in a.speaker for a in acts)
    ]  # not a party speaking every act (see above)
    if not asked:
        return []
    speakers = {s for a in acts for s in a.speaker}
    others = [c for c in codes if c not in parties]
    kinds = {f"act:{a.act}" for a in acts}
    shared = {f"lang:{lang}", f"candidates:{min(len(codes), 5)}", *kinds}
    width = WINDOW[lang]
    found = []
    for code in asked:
        own = by_code.get(code, [])
        said = shared | {f"code:{code}", f"mentions:{min(len(own), 3)}"}
        if code in rule:
            said |= {"rule", *(f"rule_{a.act}" for a in acts if code in a.targets)}
        if code in parties:
            said.add("party_rule" if code in rule else "party")
        if code in speakers:
            said.add("speaker")
        if others == [code]:
            said.add("only_other")
        if not own:
            said.add("unnamed")
        grams: set[str] = set()
        for m in own:
            said.add(f"kind:{m.kind}")
            if m.possessive:
                said.add("possessive")
            if m.victim:
                said.add("victim")
            if m.joint:
                said.add("joint")
            if m.start < len(text) * 0.15:
                said.add("early")
            grams.update(_grams(" " + text[max(0, m.start - width) : m.start].lower() + "|", "L"))
            grams.update(_grams("|" + text[m.end : m.end + width].lower() + " ", "R"))
        found.append((code, said, grams))
    return found


def _owner(acts: Sequence[Act], code: str, at: int, text: str, lang: Lang) -> int | None:
    """The act a new target goes on: the one whose verb governs the mention at `at` (a
    Japanese object comes before its verb, an English one after), among the acts its actor
    does not speak."""
    free = [i for i, a in enumerate(acts) if code not in a.speaker]
    if not free:
        return None
    cues = {i: text.find(acts[i].cue) if acts[i].cue else -1 for i in free}
    if lang == "ja":
        return next((i for i in free if cues[i] >= at), free[-1])
    return next((i for i in reversed(free) if 0 <= cues[i] <= at), free[0])


def place(
    acts: Sequence[Act], chosen: set[str], mentions: Sequence[Mention], text: str, lang: Lang
) -> tuple[Act, ...]:
    """`acts` with exactly the targets `chosen`: those the rules gave stay on their acts, a
    new one goes on the act that governs its first mention."""
    kept = [replace(a, targets=tuple(t for t in a.targets if t in chosen)) for a in acts]
    placed = {t for a in kept for t in a.targets}
    for code in sorted(chosen - placed):
        at = next((m.start for m in mentions if m.code == code), 0)
        i = _owner(kept, code, at, text, lang)
        if i is not None:
            kept[i] = replace(kept[i], targets=tuple(sorted({*kept[i].targets, code})))
    return tuple(kept)
