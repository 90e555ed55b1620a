"""Is an act a commitment the programme tracks? (coding-scheme.md, "commitment")."""

from __future__ import annotations

from renkei.code.lexicon import Acts

_IMPORTANCE = ("importance", "significance", "重要", "必要性")


def _has(text: str, words: tuple[str, ...], lang: str) -> bool:
    haystack = text.lower() if lang == "en" else text
    return any(w in haystack for w in words)


def is_commitment(act: str, scope: str, head: str, after: str, table: Acts) -> bool:
    """`scope` is the act's predicate with its whole object, `head` the verb with the head of
    its object (what a reaffirm or welcome is about), `after` the words right after the cue."""
    if act == "commit":
        return True
    if act == "reaffirm":
        if _has(head, table.reaffirm_record, table.lang):
            return False  # 「…役割を果たしてきたことを再確認」: what has been achieved
        if _has(head, _IMPORTANCE, table.lang):
            return _has(scope, table.stress_own, table.lang)  # restating an importance
        return not _has(head, table.reaffirm_position, table.lang)
    if act == "welcome":
        if _has(head, table.welcome_thanks, table.lang):
            # thanks for continued support, or for a commitment still to be carried out
            return _has(scope, table.welcome_ongoing, table.lang)
        if _has(head, table.welcome_done, table.lang):
            return False
        # what is welcomed is a party's intention, plan or work under way; with no object
        # ("expressed his appreciation."), what the other side has just undertaken
        elided = table.lang == "en" and not after.strip(" .")
        return elided or not table.welcome_work or _has(head, table.welcome_work, table.lang)
    if act == "stress":
        # "stressed that X is Y" states a view, unless X is the parties' own work
        # ("stressed that implementing the TPP remains a priority"); "stressed the need to
        # cooperate" undertakes.
        if table.lang == "en" and after.lower().lstrip().startswith("that"):
            return _has(" ".join(scope.split()[:8]), table.stress_own, table.lang)
        return _has(scope, table.stress_own, table.lang)
    return False
