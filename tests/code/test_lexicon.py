"""The knowledge files: they load, follow their conventions, and users can extend them."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

import renkei
from renkei import knowledge
from renkei.code import lexicon


def _clear_caches() -> None:
    knowledge.load.cache_clear()
    for cached in (lexicon.acts, lexicon.actors, lexicon.topics, lexicon.own_format_words):
        cached.cache_clear()


@pytest.fixture
def overlay(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv("RENKEI_DATA", str(tmp_path))
    _clear_caches()
    yield tmp_path
    monkeypatch.delenv("RENKEI_DATA")
    _clear_caches()


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_every_cue_compiles_and_names_a_scheme_act(lang: str) -> None:
    acts = {
        "report",
        "assess",
        "stress",
        "welcome",
        "reaffirm",
        "commit",
        "condemn",
        "oppose",
        "concern",
        "urge",
    }
    assert {cue.act for cue in lexicon.acts(lang).cues} <= acts  # type: ignore[arg-type]


def test_english_cues_are_lower_case() -> None:
    """They are matched on the lower-cased sentence (acts.en.toml)."""
    for entry in knowledge.load("acts.en.toml")["cue"]:
        for text in [*entry.get("verbs", []), *entry.get("forms", []), *entry.get("patterns", [])]:
            assert not re.search(r"(?<!\\)[A-Z]", text), text


def test_english_topic_patterns_are_lower_case() -> None:
    """They are matched on the lower-cased sentence (topics.toml)."""
    for entry in knowledge.load("topics.toml")["topic"].values():
        for text in entry.get("patterns_en", []):
            assert not re.search(r"(?<!\\)[A-Z]", text), text


def test_japanese_cues_let_the_regex_engine_skip_ahead() -> None:
    """Every alternative of a Japanese cue starts with a literal character (acts.ja.toml
    [macros]): the engine then jumps to where a cue may begin instead of trying each
    position. One cue without it costs the coder several per cent of its speed."""
    from re import _compiler, _parser  # type: ignore[attr-defined]

    slow = [
        cue.act
        for cue in lexicon.acts("ja").cues
        if not _compiler._get_charset_prefix(_parser.parse(cue.regex.pattern), 0)
    ]
    assert slow == []


def test_a_user_overlay_adds_an_actor_and_a_cue(overlay: Path) -> None:
    (overlay / "actors.toml").write_text('[actor.NOR]\nnames = ["Norway"]\n', encoding="utf-8")
    (overlay / "acts.en.toml").write_text(
        '[[cue]]\nact = "welcome"\nverbs = ["salute"]\n', encoding="utf-8"
    )
    (coded,) = renkei.code_text(
        "We salute Norway's new plan.", "en", parties=["JPN", "USA"]
    ).sentences
    assert [(a.act, a.targets) for a in coded.acts] == [("welcome", ("NOR",))]


def test_a_malformed_overlay_is_a_named_error(overlay: Path) -> None:
    (overlay / "topics.toml").write_text("[topic.x\n", encoding="utf-8")
    with pytest.raises(renkei.errors.LexiconError, match=r"topics\.toml"):
        knowledge.load("topics.toml")


@pytest.mark.parametrize(
    "words",
    [
        ["会談", "会合を", "会合に", "会"],
        ["U.S.", "US", "USA", "UN", "U.N.", "United Nations"],
        ["welcome", "welcomes", "welcomed", "welcoming", "we"],
        ["a+b", "a(b)", "[x]", "日・NATO"],
    ],
)
def test_a_literal_trie_matches_as_a_longest_first_alternation(words: list[str]) -> None:
    trie = re.compile(lexicon.literal_trie(words))
    flat = re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)))
    text = " ".join(words + [w + "s" for w in words] + [w[:-1] for w in words if len(w) > 1])
    assert [m.span() for m in trie.finditer(text)] == [m.span() for m in flat.finditer(text)]
    assert all(trie.fullmatch(w) for w in words)


@pytest.mark.parametrize(
    ("pattern", "text"),
    [
        ("強化する|推進する|強調した|強化", "両国は協力を強化する。関係の推進すると強調した強化"),
        ("再確認(?=。)|再表明した|改めて(?:表明|確認)した", "再確認。再表明した。改めて確認した"),
        ("満足(?:の意)?をもって|満足して(?:いる|おり)", "満足の意をもって留意。満足しており"),
        ("a?b|ab|[xy]z", "abxz"),  # left as it is: an alternative opens with an optional
    ],
)
def test_japanese_cue_alternatives_grouped_by_first_character_match_as_before(
    pattern: str, text: str
) -> None:
    grouped = re.compile(lexicon._by_first_char(pattern))
    plain = re.compile(pattern)
    assert [m.span() for m in grouped.finditer(text)] == [m.span() for m in plain.finditer(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Both sides upheld the United Nations Convention on the Law of the Sea.",
        "Both sides upheld the UNITED NATIONS CONVENTION ON THE LAW OF THE SEA.",
        "Both sides upheld the united nations convention on the law of the sea.",
    ],
)
def test_the_english_mask_ignores_case_as_written_in_lower_case(text: str) -> None:
    # the mask is written in lower case and scans the lower-cased sentence: a document named
    # in any case names no actor ("United Nations" inside the Convention's name)
    assert "UN" not in {m.code for m in renkei.code.actors.find(text, "en")}
