"""The one colour language of every chart, highlight, report and PNG: poles, sides, voices, outlets.

Poles and sides use the Okabe & Ito (2008) colour-blind-safe palette
("Color Universal Design", https://jfly.uni-koeln.de/color/): the +1 pole
(Kremlin-aligned in the Russia–Ukraine pack) and the Russian side are
vermillion, the −1 pole (Ukrainian/Western-aligned) and the Ukrainian side
blue, Western governments a lighter blue, neutral grey. Outlets are
categories, not sides, so they take Paul Tol's "muted" scheme (Tol 2021,
*Colour Schemes*, SRON/EPS/TN/09-002), a different family, each outlet
keeping its colour by its place in the corpus's sorted outlet list whatever
the filters. Sentiment is a different quantity and gets its own diverging
scale (ColorBrewer PRGn, Harrower & Brewer 2003), never a pole colour.
Colour is never the only carrier of meaning: charts also say it in words,
symbols or patterns.

Every figure of ``framing.present.charts`` takes its colours from here; a test
(``tests/present/test_colours.py``) checks that each one does.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

VERMILLION, BLUE, SKY_BLUE, GREEN, PURPLE, ORANGE, YELLOW, BLACK = (
    "#D55E00", "#0072B2", "#56B4E9", "#009E73", "#CC79A7", "#E69F00", "#F0E442", "#000000")
GREY, LIGHT_GREY, INK, FAINT = "#888888", "#BBBBBB", "#555555", "#F2F2F2"

# Pole colours by sign: the same in the index chart, the heatmaps, the highlights and the report.
POLE_COLOURS: dict[int, str] = {1: VERMILLION, -1: BLUE, 0: GREY}

# Sides of quoted sources, grouped for reading (at most six groups, "other" and "not
# identified" included); the group of any side not listed is "other".
SIDE_GROUPS: dict[str, tuple[str, ...]] = {
    "russia": ("russia",),
    "ukraine": ("ukraine",),
    "west": ("usa", "uk", "france", "germany", "poland", "eu", "nato"),
    "experts": ("expert", "civil-society", "media"),
    "other": ("other", "un", "china", "turkey"),
    "not identified": ("unknown", "unattributed"),
}
SIDE_GROUP_LABELS: dict[str, str] = {
    "russia": "Russia",
    "ukraine": "Ukraine",
    "west": "Western governments, EU, NATO",
    "experts": "experts, civil society, media",
    "other": "other (UN, other countries)",
    "not identified": "not identified",
}
SIDE_GROUP_COLOURS: dict[str, str] = {
    "russia": VERMILLION,
    "ukraine": BLUE,
    "west": SKY_BLUE,
    "experts": GREEN,
    "other": PURPLE,
    "not identified": LIGHT_GREY,
}
# What "not identified" holds, in words (the voice chart's caption says it).
NOT_IDENTIFIED = ("'unattributed': no speaker could be found for the quote (a wrong name is worse than "
                  "none); 'unknown': a speaker was found but is not in the gazetteer of actors, so "
                  "their side is not known")

# Voices of a term: how the highlight draws them and the colour a chart gives them. "reported"
# (a term in reported speech) drops in by name when the terminology analyser emits it.
VOICE_COLOURS: dict[str, str] = {"author": BLACK, "quoted": ORANGE, "distanced": PURPLE, "reported": GREEN}
VOICE_STYLES: dict[str, str] = {
    "author": "solid",
    "quoted": "dotted underline",
    "distanced": "struck through",
    "reported": "dashed underline",
}

# Outlets: Paul Tol's muted scheme, in order.
OUTLET_PALETTE = ("#332288", "#117733", "#44AA99", "#88CCEE", "#DDCC77", "#CC6677", "#AA4499", "#882255",
                  "#999933")

# Sentiment, −1 … +1: ColorBrewer PRGn (purple negative, green positive), grey-white middle.
SENTIMENT_SCALE = [[0.0, "#762A83"], [0.5, "#F7F7F7"], [1.0, "#1B7837"]]
# The two poles as a diverging scale, near-white in the middle.
POLE_SCALE = [[0.0, BLUE], [0.5, FAINT], [1.0, VERMILLION]]
# Low-n marks are drawn at this opacity (and hollow), so they read as less sure.
FADED = 0.35

BACKGROUND = ("#FFFFFF", "white", "rgba(0,0,0,0)")


def pole_colour(sign: float | None) -> str:
    """Return the colour of a pole sign (+1, −1; 0, None or NaN are neutral)."""
    if sign is None or sign != sign:  # NaN
        return POLE_COLOURS[0]
    return POLE_COLOURS[1] if sign > 0 else POLE_COLOURS[-1] if sign < 0 else POLE_COLOURS[0]


def side_group(side: str | None) -> str:
    """Return the group id (a key of ``SIDE_GROUPS``) of a side; unlisted sides are "other"."""
    for group, sides in SIDE_GROUPS.items():
        if side in sides:
            return group
    return "not identified" if side in (None, "") else "other"


def voice_colour(voice: str) -> str:
    """Return the colour of a voice by name (an unknown voice is grey)."""
    return VOICE_COLOURS.get(voice, GREY)


def outlet_colours(outlets: Iterable[str]) -> dict[str, str]:
    """Return each outlet's colour by its place among the sorted names, cycling after nine.

    Pass every outlet of the corpus (not only the filtered ones) so colours do not move.
    """
    names = sorted({str(o) for o in outlets})
    return {name: OUTLET_PALETTE[i % len(OUTLET_PALETTE)] for i, name in enumerate(names)}


def colour_for(outlet: str, colours: Mapping[str, str] | None) -> str:
    """Return the outlet's colour from ``colours``, or the first palette colour."""
    return (colours or {}).get(outlet, OUTLET_PALETTE[0])


def every_colour() -> frozenset[str]:
    """Return every colour this module hands out (upper-case hex), for the test of the charts."""
    found = {VERMILLION, BLUE, SKY_BLUE, GREEN, PURPLE, ORANGE, YELLOW, BLACK, GREY, LIGHT_GREY, INK, FAINT,
             *POLE_COLOURS.values(), *SIDE_GROUP_COLOURS.values(), *VOICE_COLOURS.values(), *OUTLET_PALETTE,
             *(c for _, c in SENTIMENT_SCALE), *(c for _, c in POLE_SCALE)}
    return frozenset(c.upper() for c in found)
