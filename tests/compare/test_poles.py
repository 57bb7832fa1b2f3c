from __future__ import annotations

from types import SimpleNamespace

import pytest

from framing.compare.poles import pole_signs, signed_poles


@pytest.mark.parametrize(
    ("poles", "expected"),
    [
        ({"kremlin": 1, "ukraine": -1, "neutral": 0}, {"kremlin": 1, "ukraine": -1, "neutral": 0}),
        ({"hawk": "1", "dove": -1}, {"hawk": 1, "dove": -1}),
        (SimpleNamespace(poles=[SimpleNamespace(id="a", sign=1), SimpleNamespace(id="b", sign=0)]),
         {"a": 1, "b": 0}),
        (None, {}),
    ],
)
def test_pole_signs(poles, expected):
    assert pole_signs(poles) == expected


def test_pole_signs_of_the_shipped_pack():
    from framing.terminology import load_pack

    assert pole_signs(load_pack("russia-ukraine")) == {"kremlin": 1, "ukraine": -1, "neutral": 0}


def test_signed_poles_drop_the_neutral_one_or_keep_all_when_unknown():
    observed = ["x", "y", None, "x"]
    assert signed_poles({"x": 1, "y": 0}, observed=observed) == {"x": 1}
    assert signed_poles(None, observed=observed) == {"x": None, "y": None}
    assert signed_poles(None) == {}
