"""Framing dashboard — compare how outlets cover the same story.

Run with ``make dashboard`` (or ``streamlit run app.py``). This entry point
only declares the pages; each page draws the shared sidebar itself
(``ui.sidebar.corpus_sidebar``).
"""

from __future__ import annotations

import streamlit as st

st.set_page_config(page_title="Framing — compare outlets", page_icon=":material/newspaper:", layout="wide")

PAGES = [
    st.Page("pages/compare.py", title="Compare outlets", icon=":material/bar_chart:", url_path="compare", default=True),
    st.Page("pages/side_by_side.py", title="Side by side", icon=":material/view_column:", url_path="side_by_side"),
    st.Page("pages/analyse.py", title="Analyse your own", icon=":material/search:", url_path="analyse"),
    st.Page("pages/glossary.py", title="Glossary & lexicons", icon=":material/menu_book:", url_path="glossary"),
    st.Page("pages/method.py", title="Method", icon=":material/school:", url_path="method"),
]

st.navigation(PAGES).run()
