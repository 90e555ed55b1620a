"""Web layer fixtures (in servekit): a world built once, a fresh copy per test."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from servekit import app_client, signed_in, store, world  # noqa: F401
