"""One visual language: every chart takes its colours from ``framing.present.colours``, and every
user-supplied string reaches a plotly label escaped."""

from __future__ import annotations

import re
from dataclasses import replace

import pandas as pd
import pytest

from framing.compare.comparison import comparison
from framing.present import charts
from framing.present.colours import (
    POLE_COLOURS,
    SIDE_GROUP_COLOURS,
    SIDE_GROUPS,
    every_colour,
    outlet_colours,
    pole_colour,
    side_group,
    voice_colour,
)
from framing.record.tables import table_batches
from framing.scoring.demo import demo_records
from framing.store import memory_store
from framing.store.evidence import article_points

HOSTILE = "<a href='https://evil.example'>Evil</a><br>News"
COLOUR = re.compile(r"^#[0-9A-Fa-f]{6}$")


@pytest.fixture(scope="module")
def demo(pipeline):
    records, _ = demo_records(pipeline)
    hostile = [replace(r, outlet=HOSTILE) if r.outlet == "Vostok Hebdo" else r for r in records]
    con = memory_store(hostile).cursor()
    return comparison(con, poles=pipeline.lexicon), article_points(con), hostile


def figures(demo):
    result, points, records = demo
    colours = outlet_colours(result.outlets["outlet"])
    return {
        "index": charts.index_by_outlet(result.outlets),
        "pairs": charts.term_pair_heatmap(result.pairs),
        "voices": charts.voice_share_bars(result.voice_shares),
        "actors": charts.actor_sentiment_heatmap(result.actor_sentiment),
        "sentiment": charts.sentiment_by_outlet(points),
        "timeline": charts.timeline_chart(result.timeline, colours=colours),
        "distinctive": charts.distinctive_bars(pd.DataFrame({
            "outlet": [HOSTILE] * 2, "term": ["regime", HOSTILE], "language": ["en", "en"], "z": [3.1, 1.2],
            "count": [9, 2], "count_rest": [1, 1]}), outlet=HOSTILE),
        "map": charts.outlet_map_chart(result.map_points, result.map_explained, colours=colours),
        "placement": charts.placement(result.outlets, table_batches(records[:1])["articles"].to_pandas(),
                                      colours=colours),
        "empty": charts.empty_figure("nothing", title="Nothing"),
    }


def colours_in(node, found: list[str]) -> list[str]:
    """Collect every colour string under a key naming a colour, at any depth of a figure's JSON."""
    if isinstance(node, dict):
        for key, value in node.items():
            if "color" in key.lower():
                strings = value if isinstance(value, list) else [value]
                for v in strings:
                    if isinstance(v, str):
                        found.append(v)
                    elif isinstance(v, list) and len(v) == 2 and isinstance(v[1], str):  # a colour scale stop
                        found.append(v[1])
            colours_in(value, found)
    elif isinstance(node, list):
        for value in node:
            colours_in(value, found)
    return found


def test_every_figure_takes_its_colours_from_the_colour_module(demo):
    allowed = every_colour() | {"#FFFFFF", "WHITE", "#EEEEEE"}
    for name, figure in figures(demo).items():
        used = {c.upper() for c in colours_in(figure.to_plotly_json(), []) if c}
        assert used, f"{name} sets no colour of its own"
        assert used <= allowed, f"{name} uses colours outside framing.present.colours: {used - allowed}"
        assert all(COLOUR.match(c) or c == "WHITE" for c in used), name


def test_every_figure_has_a_title_and_escapes_user_strings(demo):
    for name, figure in figures(demo).items():
        assert figure.layout.title.text, f"{name} has no title"
        # Ids in customdata stay raw (they are read back, never rendered unless escaped in a template).
        shown = [{k: v for k, v in trace.items() if k != "customdata"} for trace in figure.to_plotly_json()["data"]]
        text = str(shown) + str(figure.layout.yaxis) + str(figure.layout.xaxis) + str(figure.layout.title)
        assert "<a href" not in text and "<br>News" not in text, name
        if name not in ("empty", "per_outlet", "distinctive"):
            assert "&lt;a href" in text, name


@pytest.mark.parametrize(("sign", "expected"), [
    (1, POLE_COLOURS[1]), (0.3, POLE_COLOURS[1]), (-1, POLE_COLOURS[-1]), (0, POLE_COLOURS[0]),
    (None, POLE_COLOURS[0]), (float("nan"), POLE_COLOURS[0]),
])
def test_pole_colour(sign, expected):
    assert pole_colour(sign) == expected


@pytest.mark.parametrize(("side", "group"), [
    ("russia", "russia"), ("usa", "west"), ("nato", "west"), ("expert", "experts"), ("un", "other"),
    ("unknown", "not identified"), ("unattributed", "not identified"), (None, "not identified"),
    ("atlantis", "other"), ("", "not identified"),
])
def test_side_groups(side, group):
    assert side_group(side) == group


def test_at_most_six_side_groups_each_with_one_colour():
    assert len(SIDE_GROUPS) <= 6 and set(SIDE_GROUP_COLOURS) == set(SIDE_GROUPS)
    assert len(set(SIDE_GROUP_COLOURS.values())) == len(SIDE_GROUPS)


def test_outlets_keep_their_colour_whatever_the_filter():
    every = outlet_colours(["C", "A", "B"])
    assert every == {"A": "#332288", "B": "#117733", "C": "#44AA99"}
    assert outlet_colours([]) == {}


@pytest.mark.parametrize(("voice", "expected"), [
    ("author", "#000000"), ("quoted", "#E69F00"), ("reported", "#009E73"), ("whisper", "#888888")])
def test_voice_colours_by_name(voice, expected):
    assert voice_colour(voice) == expected
