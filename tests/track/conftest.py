"""Store fixtures (in storekit): `store` is parametrised over SQLite and PostgreSQL."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parents[1] / "store"))

from storekit import _no_user_store, db_url, store  # noqa: F401
