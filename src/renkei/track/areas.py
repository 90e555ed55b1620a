"""Topics of the coding scheme (version 1) and how a sentence's topics pick its area.

A commitment is filed under one area. Cooperation areas (what the parties do
together: cyber, maritime security, ...) come before issue topics (Russia's
war, the Taiwan Strait, ...) so that "we will strengthen cooperation on
maritime security in the Indo-Pacific" is a maritime security commitment.
"""

from __future__ import annotations

from collections.abc import Iterable

COOPERATION_AREAS: tuple[str, ...] = (
    "partnership_framework",
    "political_dialogue",
    "defence_policy",
    "maritime_security",
    "cyber",
    "space",
    "disinformation",
    "hybrid_threats",
    "resilience",
    "emerging_technologies",
    "science_technology",
    "economic_security",
    "gender_wps",
    "human_security",
    "information_sharing",
    "exercises_interoperability",
    "climate",
    "counter_terrorism",
    "humanitarian_disaster",
    "arms_control",
    "economy_trade",
    "energy",
    "health",
    "partners_groupings",
)

ISSUE_TOPICS: tuple[str, ...] = (
    "international_order",
    "security_environment",
    "russia_ukraine",
    "indo_pacific",
    "china_military",
    "east_china_sea",
    "south_china_sea",
    "taiwan_strait",
    "dprk_nuclear_missiles",
    "dprk_human_rights",
)

GENERAL = "general"
_RANK = {t: i for i, t in enumerate(COOPERATION_AREAS + ISSUE_TOPICS)}


def topic_rank(topic: str) -> tuple[int, str]:
    """Sort key: scheme order, unknown topics (from a lexicon overlay) last, by name."""
    return (_RANK.get(topic, len(_RANK)), topic)


def area_of(topics: Iterable[str]) -> str:
    """The one area a sentence with these topics is filed under."""
    ordered = sorted(set(topics), key=topic_rank)
    return ordered[0] if ordered else GENERAL
