"""Fixtures of the robustness suite: the demo corpus (``tests.store.fixtures``)."""

from tests.store.fixtures import demo_items, demo_manifest

__all__ = ["demo_items", "demo_manifest"]
