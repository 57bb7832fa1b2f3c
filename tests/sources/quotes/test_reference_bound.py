"""The antecedent search looks back over a bounded number of salient mentions (issue 16, item 2)."""

from __future__ import annotations

from framing.sources.quotes.reference import _LOOKBACK_EVENTS, State


def state_with_events(n: int) -> State:
    state = State(text="x" * (n + 10), mtext="", referents=[], role=lambda np: None, paras=[(0, n + 10)], starts=[0])
    state.events = [(pos, pos % 7) for pos in range(n)]
    return state


def test_events_before_yields_the_latest_first():
    assert list(state_with_events(5).events_before(3)) == [(2, 2), (1, 1), (0, 0)]


def test_events_before_stops_after_the_lookback():
    found = list(state_with_events(1000).events_before(900))
    assert len(found) == _LOOKBACK_EVENTS == 200
    assert found[0] == (899, 899 % 7) and found[-1] == (700, 700 % 7)


def test_events_before_the_first_is_empty():
    assert list(state_with_events(10).events_before(0)) == []
