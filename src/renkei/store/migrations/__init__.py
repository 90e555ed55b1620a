"""Alembic migrations of the store; run programmatically by `renkei.store.engine`."""
