"""Dates stated by a container (PDF info, HTML meta) as ISO yyyy-mm-dd."""

from __future__ import annotations

import datetime as dt
import re


def iso_date(pattern: re.Pattern[str], value: str) -> str | None:
    """The date that `pattern` (groups: year, month, day) finds in `value`, if it is a real one."""
    match = pattern.search(value.strip())
    if match is None:
        return None
    try:
        return dt.date(*(int(part) for part in match.groups()[:3])).isoformat()
    except ValueError:
        return None
