"""Fixtures of the dashboard suite: the demo corpus as a store file (``tests.store.fixtures``)."""

from tests.store.fixtures import demo_db, demo_items, demo_manifest

__all__ = ["demo_db", "demo_items", "demo_manifest"]
