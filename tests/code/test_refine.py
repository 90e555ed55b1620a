"""The learned second look at topics, commitment, act kinds and targets: features, scoring,
and the shipped models."""

from __future__ import annotations

import math
import tomllib
from dataclasses import replace
from importlib import resources

import pytest
from hypothesis import given
from hypothesis import strategies as st

import renkei
from renkei.code import (
    code_segmented,
    document_mentions,
    lexicon,
    reading_form,
    refine,
    target_look,
)
from renkei.code.actors import Mention
from renkei.code.refine import (
    ACT,
    COMMITMENT,
    Coding,
    Model,
    index,
    ngrams,
    refine_codings,
    signals,
)
from renkei.models import Act, CodedDocument, Lang
from renkei.pipeline import seed_source
from renkei.render import ACT_STYLE
from renkei.segment import segment


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        ("We agree", {" we", "we ", " we ", "agr", "ree ", " ag"}, {"e a", "we a", "W"}),
        ("NATO", {" na", "nato", "to "}, {"NA"}),
        ("両首脳は協力する", {" 両", "両首", "協力", "協力する", "する "}, {"脳は協力す"}),
    ],
)
def test_ngrams_are_the_lower_cased_grams_of_each_space_padded_word(
    text: str, present: set[str], absent: set[str]
) -> None:
    grams = ngrams(text)
    assert present <= grams
    assert not absent & grams


def _act(act: str, commitment: bool = False) -> Act:
    return Act(act, 0, ("JPN",), (), commitment)


def test_signals_say_what_the_rules_found() -> None:
    acts = [_act("welcome"), _act("commit", commitment=True)]
    assert signals("en", acts, ["cyber"]) == {
        "lang:en",
        "topic:cyber",
        "act:welcome",
        "act:commit",
        "committed",
    }
    assert signals("ja", [], []) == {"lang:ja"}


def _models() -> refine.Models:
    # cyber: yes with "hack" or the rules' cyber; commitment: yes with "will"; the act kinds:
    # assess when the rules say so, unless "will" or "welcome" is there; commit with "will";
    # welcome with "welc" ("well" alone is no welcome)
    cyber = Model(bias=-2.0, threshold=0.5, signals={"topic:cyber": 3.0}, ngrams={"hack": 3.0})
    space = Model(bias=-2.0, threshold=0.5, signals={}, ngrams={"orbi": 3.0})
    will = Model(bias=-1.0, threshold=0.5, signals={"act:commit": 0.5}, ngrams={"will": 2.0})
    assess = Model(-1.0, 0.5, {"act:assess": 2.0}, {"will": -3.0, "welc": -3.0})
    commit = Model(-2.0, 0.5, {"act:commit": 3.0}, {"will": 4.0})
    welcome = Model(-2.0, 0.5, {"act:welcome": 3.0}, {"welc": 2.5, "well": 1.0})
    return index(
        {
            "cyber": cyber,
            "space": space,
            COMMITMENT: will,
            ACT + "assess": assess,
            ACT + "commit": commit,
            ACT + "welcome": welcome,
        },
        act_keep_below=0.4,
    )


ORDER = ["space", "cyber", "maritime_security"]


@pytest.mark.parametrize(
    ("text", "acts", "topics", "want_topics", "want_commitment"),
    [
        # the n-gram alone decides a topic the rules missed
        ("They hack networks.", (_act("condemn"),), (), ("cyber",), [False]),
        # the rules' topic is a signal strong enough on its own
        ("Networks matter.", (_act("stress"),), ("cyber",), ("cyber",), [False]),
        # a topic no model covers stays as the rules found it; topics follow the table's order
        ("Orbits and seas.", (), ("maritime_security",), ("space", "maritime_security"), []),
        # a new commitment goes on the commit act, else on the last act
        ("We will act.", (_act("commit"), _act("welcome")), (), (), [True, False]),
        ("We will act.", (_act("welcome"), _act("stress")), (), (), [False, True]),
        # and the model can take a rule's mark away
        ("We act.", (_act("stress", commitment=True),), (), (), [False]),
    ],
)
def test_refine_codings(
    monkeypatch: pytest.MonkeyPatch,
    text: str,
    acts: tuple[Act, ...],
    topics: tuple[str, ...],
    want_topics: tuple[str, ...],
    want_commitment: list[bool],
) -> None:
    monkeypatch.setattr(refine, "models", _models)
    [(new_acts, new_topics)] = refine_codings("en", [Coding(text, acts, topics)], ORDER)
    assert new_topics == want_topics
    assert [a.commitment for a in new_acts] == want_commitment
    assert [a.act for a in new_acts] == [a.act for a in acts]


@pytest.mark.parametrize(
    ("text", "acts", "want"),
    [
        # a sentence's one act gives way when its kind's model says no and another's yes
        ("We will act.", ["assess"], ["commit"]),
        ("We welcome it.", ["assess"], ["welcome"]),
        # it stays when its own model says yes, or when no other kind's does
        ("We see it.", ["assess"], ["assess"]),
        ("It is well.", ["assess"], ["assess"]),
        # a kind no model covers, and a sentence of two acts, stay as the rules found them
        ("We will condemn it.", ["condemn"], ["condemn"]),
        ("We will act.", ["assess", "stress"], ["assess", "stress"]),
    ],
)
def test_the_act_kind_models_change_only_a_sentences_one_act(
    monkeypatch: pytest.MonkeyPatch, text: str, acts: list[str], want: list[str]
) -> None:
    monkeypatch.setattr(refine, "models", _models)
    rules = tuple(Act(a, 1, ("JPN",), ("PRK",), False) for a in acts)
    [(new_acts, _)] = refine_codings("en", [Coding(text, rules, ())], ORDER)
    assert [a.act for a in new_acts] == want
    # the kind alone changes: who acts, on whom and how strongly stay the rules'
    assert [(a.intensity, a.speaker, a.targets) for a in new_acts] == [
        (1, ("JPN",), ("PRK",)) for _ in want
    ]


@pytest.mark.parametrize(
    ("text", "acts", "want"),
    [
        # a kind the rules did not give joins the acts when its model is sure
        ("We welcome it and will act.", ["welcome"], ["welcome", "commit"]),
        ("We will act.", ["report", "stress"], ["report", "stress", "commit"]),
        # not when the rules gave it already, nor to a sentence the rules gave no act
        ("We will act.", ["commit"], ["commit"]),
        ("We will act.", [], []),
        # nor when the model is less sure than act_add_at ("welc" alone)
        ("We welcome it.", ["stress"], ["stress"]),
    ],
)
def test_a_sure_act_kind_model_adds_its_kind(
    monkeypatch: pytest.MonkeyPatch, text: str, acts: list[str], want: list[str]
) -> None:
    base = _models()
    adding = replace(base, act_add_at=math.log(0.85 / 0.15))
    monkeypatch.setattr(refine, "models", lambda: adding)
    # the last act the rules gave is another party's
    speakers = [("JPN",)] * (len(acts) - 1) + [("USA",)]
    rules = tuple(Act(a, 1, s, ("PRK",), False) for a, s in zip(acts, speakers, strict=False))
    [(new_acts, _)] = refine_codings("en", [Coding(text, rules, ())], ORDER)
    assert [a.act for a in new_acts] == want
    # an added act is said by the last act's speaker, at no intensity and on no target
    assert all(
        (a.intensity, a.speaker, a.targets) == (0, ("USA",), ()) for a in new_acts[len(acts) :]
    )


def test_without_learned_models_the_rules_stand(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(refine, "models", lambda: None)
    coding = Coding("They hack networks.", (_act("stress", commitment=True),), ("space",))
    assert refine_codings("en", [coding], ORDER) == [(coding.acts, coding.topics)]


def test_logits_are_the_summed_weights_of_the_features_present() -> None:
    models = _models()
    rows = models.rows("They will hack", {"act:commit", "lang:en"})
    [logits] = models.logits([rows]).tolist()
    assert dict(zip(models.names, logits, strict=True)) == pytest.approx(
        {
            "cyber": -2.0 + 3.0,
            "space": -2.0,
            COMMITMENT: -1.0 + 2.0 + 0.5,  # bias, "will", act:commit
            ACT + "assess": -1.0 - 3.0,
            ACT + "commit": -2.0 + 3.0 + 4.0,
            ACT + "welcome": -2.0,
        }
    )
    assert models.cutoffs.tolist() == [0.0] * 6  # thresholds of 0.5
    assert models.act_keep_below == pytest.approx(math.log(0.4 / 0.6))
    assert models.logits([]).shape == (0, 6)


# the kinds of signal the target look gives a candidate (target_look.candidates)
TARGET_SIGNALS = {
    "lang", "candidates", "act", "code", "mentions", "rule", "party", "party_rule", "speaker",
    "only_other", "unnamed", "kind", "possessive", "victim", "joint", "early",
    *(f"rule_{a}" for a in ACT_STYLE),
}  # fmt: skip


@given(st.text(alphabet="ab c協力", max_size=30))
def test_the_automaton_finds_exactly_the_weighed_ngrams(text: str) -> None:
    vocabulary = {"ab", " ab", "b c", "協力", "力 ", " a ", "abab"}
    model = Model(bias=0.0, threshold=0.5, signals={}, ngrams=dict.fromkeys(vocabulary, 1.0))
    rows = index({"x": model}).rows(text, set())
    assert rows[0] == 0  # the bias row
    assert len(set(rows[1:])) == len(rows) - 1 == len(ngrams(text) & vocabulary)


def test_the_shipped_models_name_known_topics_and_signals() -> None:
    data = tomllib.loads(
        resources.files("renkei.data").joinpath("learned.toml").read_text(encoding="utf-8")
    )
    topics = {t.name for t in lexicon.topics("en")}
    known = (
        {"committed", "lang:ja", "lang:en"}
        | {f"topic:{t}" for t in topics}
        | {f"act:{a}" for a in ACT_STYLE}
    )
    assert set(data["topics"]) <= topics
    assert set(data["acts"]) <= set(ACT_STYLE)
    assert 0 < data["act_keep_below"] < 1
    for model in [*data["topics"].values(), data["commitment"], *data["acts"].values()]:
        assert 0 < model["threshold"] < 1
        assert set(model["signals"]) <= known
        assert all(2 <= len(g) <= 4 and g == g.lower() for g in model["ngrams"])
    targets = data["targets"]
    assert 0 < targets["threshold"] < 1
    assert all(s.split(":")[0] in TARGET_SIGNALS for s in targets["signals"])
    assert all(g[0] in "LR" and 3 <= len(g) <= 4 for g in targets["ngrams"])


def test_the_learned_look_changes_no_sentence_nor_who_acts() -> None:
    source = seed_source()
    learned = renkei.code_source(source)
    rules_only = code_segmented(segment(source), learned=False)
    assert refine.models() is not None

    def kept(doc: CodedDocument) -> list[tuple[object, ...]]:
        return [(s.sid, s.text, [(a.intensity, a.speaker) for a in s.acts]) for s in doc.sentences]

    assert kept(learned) == kept(rules_only)
    # a target is one the rules gave or an actor the sentence names
    texts = [reading_form(s.text, "ja") for s in rules_only.sentences]
    mentions = document_mentions(texts, rules_only.parties, "ja")
    for ours, rules, named in zip(learned.sentences, rules_only.sentences, mentions, strict=True):
        allowed = {t for a in rules.acts for t in a.targets} | {m.code for m in named}
        assert {t for a in ours.acts for t in a.targets} <= allowed


def _mention(code: str, start: int, end: int, kind: str = "name") -> Mention:
    return Mention(code, start, end, kind, False, False, False)


def test_target_candidates_are_the_named_actors_and_the_rules_targets() -> None:
    text = "We condemn North Korea's launch, with Japan."
    acts = (Act("condemn", 1, ("USA",), ("CHN",), False, "condemn"),)
    found = target_look.candidates(
        "en", text, acts, [_mention("PRK", 11, 22), _mention("JPN", 38, 43)], ["JPN", "USA"]
    )
    assert [code for code, *_ in found] == ["CHN", "JPN", "PRK"]
    chn, jpn, prk = (said for _, said, _ in found)
    assert {"rule", "rule_condemn", "unnamed", "act:condemn", "lang:en"} <= chn
    assert {"party", "kind:name", "mentions:1"} <= jpn and "rule" not in jpn
    assert "code:PRK" in prk and "only_other" not in prk  # China is another non-party
    grams = found[2][2]
    assert {"Lmn ", "L |", "R's", "R|'s"} <= grams  # "e condemn |North Korea|'s launch,"
    assert target_look.candidates("en", "We met.", acts[:0], [], ["JPN"]) == []


def test_a_grouping_outside_the_scheme_is_no_target_candidate() -> None:
    text = "We welcome cooperation in the East Asia Summit and with India."
    acts = (Act("welcome", 0, ("JPN", "USA"), (), False, "welcome"),)
    mentions = [_mention("EAS", 31, 47), _mention("IND", 57, 62)]
    found = target_look.candidates("en", text, acts, mentions, ["JPN", "USA"])
    assert [code for code, *_ in found] == ["IND"]


@pytest.mark.parametrize(
    ("lang", "text", "acts", "chosen", "want"),
    [
        # a rule's target the model keeps stays on its act; one it drops goes
        ("en", "We condemn it.", [("condemn", ("PRK", "CHN"))], {"PRK"}, [("PRK",)]),
        # a new English target goes on the act whose verb comes before its mention
        (
            "en",
            "We welcome this and condemn North Korea.",
            [("welcome", ()), ("condemn", ())],
            {"PRK"},
            [(), ("PRK",)],
        ),
        # a Japanese one on the act whose verb comes after it
        (
            "ja",
            "我々は北朝鮮を非難し、協力を歓迎する。",
            [("condemn", ()), ("welcome", ())],
            {"PRK"},
            [("PRK",), ()],
        ),
        # never on an act its actor speaks
        ("en", "Japan and we condemn it.", [("condemn", ())], {"JPN"}, [()]),
    ],
)
def test_new_targets_go_on_the_act_that_governs_them(
    lang: Lang,
    text: str,
    acts: list[tuple[str, tuple[str, ...]]],
    chosen: set[str],
    want: list[tuple[str, ...]],
) -> None:
    cues = {"condemn": "condemn" if lang == "en" else "非難し", "welcome": "welcome"}
    cues["welcome"] = "welcome" if lang == "en" else "歓迎する"
    rules = [Act(kind, 0, ("JPN", "USA"), targets, False, cues[kind]) for kind, targets in acts]
    where = {"PRK": text.find("North Korea") if lang == "en" else text.find("北朝鮮"), "JPN": 0}
    mentions = [_mention(code, at, at + 3) for code, at in where.items() if code in chosen]
    placed = target_look.place(rules, chosen, mentions, text, lang)
    assert [a.targets for a in placed] == want


def test_the_target_model_decides_each_candidate(monkeypatch: pytest.MonkeyPatch) -> None:
    # a target when the rules gave it, unless the model's n-gram before it says otherwise;
    # a named actor the rules left out when the word before it is "condemn"
    targets = Model(-2.0, 0.5, {"rule": 3.0}, {"Lmn ": 3.0, "Lith": -3.0})
    models = refine.index({"cyber": Model(-2.0, 0.5, {}, {})}, targets=targets)
    monkeypatch.setattr(refine, "models", lambda: models)
    text = "We condemn North Korea along with China."
    rules = (Act("condemn", 1, ("JPN",), ("CHN",), False, "condemn"),)
    mentions = (_mention("PRK", 11, 22), _mention("CHN", 34, 39))
    [(acts, _)] = refine_codings("en", [Coding(text, rules, (), mentions)], ORDER, ["JPN"])
    assert acts[0].targets == ("PRK",)
