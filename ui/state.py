"""What a session remembers across pages, and what a shared link carries.

Streamlit forgets the value of a widget that a run does not draw, so a page
change would lose a pasted text, an upload or a filter. Each remembered widget
is kept under a plain session-state key (``_keep_<key>``) and put back before
it is drawn again. The sidebar's view (corpus, topic pack, years, languages,
outlets) also goes into the URL's query string, so a copied link opens the
same view.
"""

from __future__ import annotations

import streamlit as st

KEEP = "_keep_"
# Query-string names of the sidebar's choices (short, readable in a link).
QUERY_KEYS = {"corpus_source": "corpus", "topic_pack": "pack", "years": "years", "languages": "lang",
              "outlets": "outlet"}
_LOADED = "_query_loaded"


def restore(key: str) -> None:
    """Put back the kept value of widget ``key`` if the widget is not in this run's state yet."""
    if key not in st.session_state and KEEP + key in st.session_state:
        st.session_state[key] = st.session_state[KEEP + key]


def keep(key: str, value):
    """Keep ``value`` as widget ``key``'s value for later pages; return it."""
    st.session_state[KEEP + key] = value
    return value


def kept(key: str, default=None):
    """Return the kept value of ``key`` (or ``default``)."""
    return st.session_state.get(KEEP + key, default)


def forget(*keys: str) -> None:
    """Drop the kept values of ``keys`` (their widgets keep what they show)."""
    for key in keys:
        st.session_state.pop(KEEP + key, None)


def load_query_once() -> None:
    """On a session's first run, take the sidebar's choices from the URL's query string.

    Values are only proposals: the sidebar still checks them against the options it offers
    (an outlet or a pack that does not exist is dropped).
    """
    if st.session_state.get(_LOADED):
        return
    st.session_state[_LOADED] = True
    params = st.query_params
    for key, name in QUERY_KEYS.items():
        if name not in params:
            continue
        values = params.get_all(name)
        if key in ("languages", "outlets"):
            value = [v for v in values if v != ""] if values != [""] else []
        elif key == "years":
            ends = (values[0] if values else "").split("-")
            if len(ends) != 2 or not all(e.isdigit() for e in ends):
                continue
            value = (int(ends[0]), int(ends[1]))
        else:
            value = values[-1]
        st.session_state[KEEP + key] = value


def write_query(choices: dict[str, object]) -> None:
    """Put the sidebar's choices (``QUERY_KEYS`` → value, None for a default) into the URL,
    keeping the parameters other pages own (the Classroom's ``lesson``)."""
    owned = set(QUERY_KEYS.values())
    params: dict[str, object] = {name: st.query_params.get_all(name) for name in st.query_params
                                 if name not in owned}
    for key, value in choices.items():
        if value is None:
            continue
        name = QUERY_KEYS[key]
        if key == "years":
            params[name] = f"{value[0]}-{value[1]}"
        elif isinstance(value, (list, tuple)):
            params[name] = list(value) or [""]
        else:
            params[name] = str(value)
    wanted = {name: value if isinstance(value, list) else [value] for name, value in params.items()}
    if {name: st.query_params.get_all(name) for name in st.query_params} != wanted:
        st.query_params.from_dict(params)
