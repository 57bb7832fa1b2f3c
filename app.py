"""Framing dashboard — compare how outlets cover the same story.

Run with ``make dashboard`` (or ``streamlit run app.py``). This entry point
only declares the pages; each page draws the shared sidebar itself
(``ui.sidebar.corpus_sidebar``). The page scripts live in ``views/``, not
``pages/``: Streamlit serves a ``pages/`` folder as pages of their own, so a
shared link to a page would skip this file (its layout and navigation).
"""

from __future__ import annotations

import streamlit as st

from ui.stores import close_run_stores

st.set_page_config(page_title="Framing — compare outlets", page_icon=":material/newspaper:", layout="wide")

PAGES = [
    st.Page("views/compare.py", title="Compare outlets", icon=":material/bar_chart:", url_path="compare", default=True),
    st.Page("views/side_by_side.py", title="Side by side", icon=":material/view_column:", url_path="side_by_side"),
    st.Page("views/analyse.py", title="Analyse your own", icon=":material/search:", url_path="analyse"),
    st.Page("views/classroom.py", title="Classroom", icon=":material/school:", url_path="classroom"),
    st.Page("views/glossary.py", title="Glossary & lexicons", icon=":material/menu_book:", url_path="glossary"),
    st.Page("views/method.py", title="Method", icon=":material/school:", url_path="method"),
]

# Sidebar outlet chips show whole names (Streamlit cuts them at a fixed width); tables and
# charts never overflow a phone's width.
st.html("""<style>
[data-testid="stSidebar"] [data-baseweb="tag"] { max-width: none; height: auto; }
[data-testid="stSidebar"] [data-baseweb="tag"] span { max-width: none; white-space: normal; overflow: visible; }
[data-testid="stMainBlockContainer"] { overflow-x: hidden; }
@media (max-width: 640px) {
  .st-key-home_metrics [data-testid="stHorizontalBlock"] { flex-flow: row wrap; gap: 0.3rem; }
  .st-key-home_metrics [data-testid="stColumn"] { flex: 1 1 45% !important; min-width: 45% !important; }
  .st-key-home_metrics [data-testid="stMetricValue"] { font-size: 1.3rem; }
  h1 { font-size: 1.8rem !important; }
}
</style>""")

try:
    st.navigation(PAGES).run()
finally:
    # A store file stays open for one run only, so the operator's `ingest` is never locked out.
    close_run_stores()
