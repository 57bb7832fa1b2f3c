"""Pole ids and signs of the active lexicon pack, from a ``Lexicon`` or a plain mapping.

Pole names are never hard-coded in ``framing.compare``: another topic pack
has other poles. Functions take ``poles`` as a mapping ``{pole id: sign}`` or
as the ``Lexicon`` itself (``framing.terminology.load_pack(...)``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

__all__ = ["Poles", "pole_signs", "signed_poles"]

# A ``{pole id: sign}`` mapping, a ``Lexicon`` (``.signs()``) or anything with ``.poles``
# whose items have ``id`` and ``sign``.
Poles = Mapping[str, int] | Any


def pole_signs(poles: Poles | None, *, observed: Iterable[str] = ()) -> dict[str, int | None]:
    """Return ``{pole id: sign}`` in the pack's order.

    Without ``poles`` the ids are the ``observed`` ones (sorted) with unknown
    sign (``None``): nothing is assumed about which pole is neutral.
    """
    if poles is None:
        return {p: None for p in sorted({str(p) for p in observed if isinstance(p, str)})}
    if isinstance(poles, Mapping):
        return {str(k): int(v) for k, v in poles.items()}
    if callable(getattr(poles, "signs", None)):
        return {str(k): int(v) for k, v in poles.signs().items()}
    return {str(p.id): int(p.sign) for p in poles.poles}


def signed_poles(poles: Poles | None, *, observed: Iterable[str] = ()) -> dict[str, int | None]:
    """Return the non-neutral poles (sign ≠ 0) of ``pole_signs``; all ``observed`` poles when
    signs are unknown."""
    return {p: s for p, s in pole_signs(poles, observed=observed).items() if s != 0}
