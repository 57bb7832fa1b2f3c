"""Fixtures of the store suite (defined in ``tests.store.fixtures``)."""

from tests.store.fixtures import demo_con, demo_db, demo_items, demo_manifest

__all__ = ["demo_con", "demo_db", "demo_items", "demo_manifest"]
