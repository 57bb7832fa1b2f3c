"""Charts that can be clicked, and page sections that cannot take the page down.

Every figure of ``framing.present.charts`` puts the ids its evidence needs
first in each point's ``customdata`` (outlet, then side, referent, variant…,
documented per chart); a page reads them by position with ``picked`` and
never parses them back out of axis labels. Plotly express appends hover
columns after them, so a selection is never unpacked whole.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager

import streamlit as st
from streamlit.runtime.scriptrunner_utils.exceptions import ScriptControlException

from framing.present.charts import DOWNLOAD_CONFIG, download_config

log = logging.getLogger("framing.dashboard")


def chart(figure, key: str, *, name: str | None = None) -> list[dict]:
    """Draw a figure with selection events and the PNG button; return the selected points.

    ``name`` is the PNG's file name (without ``.png``); the figure's title goes into the image.
    """
    config = download_config(name) if name else DOWNLOAD_CONFIG
    event = st.plotly_chart(figure, key=key, on_select="rerun", selection_mode=("points",), config=config,
                            width="stretch")
    if not event:
        return []
    return list((event.get("selection") or {}).get("points") or [])


def picked(points: list[dict], count: int) -> tuple | None:
    """Return the first ``count`` customdata values of the first selected point, or None.

    A point without enough customdata (a click on a decoration) counts as no selection.
    """
    for point in points:
        data = point.get("customdata")
        if isinstance(data, (list, tuple)) and len(data) >= count:
            return tuple(data[:count])
    return None


@contextmanager
def guarded(what: str) -> Iterator[None]:
    """Run one section of a page; an unexpected error becomes a short message and a log line.

    Streamlit's own control flow (``st.stop``, ``st.rerun``, page switches) passes through.
    """
    try:
        yield
    except ScriptControlException:
        raise
    except Exception as exc:
        log.exception("%s failed", what)
        st.error(f"{what} could not be shown ({type(exc).__name__}: {str(exc)[:160]}). "
                 "The rest of the page is unaffected; the error was logged.", icon=":material/error:")
