"""The sidebar every page shares: which corpus, which topic pack, which slice of it.

Every page calls ``corpus_sidebar()`` first. Streamlit forgets the state of a
widget that a run does not draw, so each choice is also kept under a plain
session-state key and restored when the next page draws the widget again
(this also works under ``AppTest``, which reruns pages without the entry point).

Whatever the source, the corpus is a DuckDB store and the filters are a
``framing.store.Filters``: pages query only the slice they draw.
"""

from __future__ import annotations

from dataclasses import dataclass

import duckdb
import streamlit as st

from framing.reading import SUPPORTED_SUFFIXES
from framing.scoring.pipeline import DEFAULT_PACK, lexicon_version
from framing.store.query import Filters, stored_lexicons
from framing.terminology import Lexicon, available_packs
from ui import state
from ui.data import (
    active_lexicon,
    demo_corpus,
    files_digest,
    pack_lexicon,
    records_store,
    rescored,
    store_query,
    uploaded_corpus,
)
from ui.stores import operator_stores, run_store

DEMO = "Demo corpus (fictional outlets)"
UPLOAD = "My files"
STORE = "A store"
MAX_UPLOAD_MB = 25  # same as server.maxUploadSize in .streamlit/config.toml


@dataclass(frozen=True)
class Corpus:
    """The store the pages query, the filters the sidebar chose, and how the corpus was chosen.

    ``key`` names the store's content (and lexicon) for caches; ``total`` and
    ``matching`` count its articles before and after the filters;
    ``rescorable`` says whether custom terms can re-score it (in-memory corpora).
    """

    store: duckdb.DuckDBPyConnection
    key: str
    filters: Filters
    label: str
    is_demo: bool
    lexicon: Lexicon
    pack: str
    total: int
    matching: int
    problems: list[str]
    rescorable: bool
    outlets: tuple[str, ...] = ()  # every outlet of the corpus, filters aside: their colours stay put
    context: str = ""  # corpus, filters and n in words, for chart subtitles and file names

    def con(self) -> duckdb.DuckDBPyConnection:
        """Return a cursor of the store for this script run (cursors are safe across sessions)."""
        return self.store.cursor()


def corpus_sidebar() -> Corpus | None:
    """Draw the corpus, pack and filter controls; return the filtered corpus (None if there is none)."""
    stores = operator_stores()
    state.load_query_once()
    with st.sidebar:
        st.header("Corpus")
        # Stores are offered only when the operator named some (``ui.stores``): never a path box.
        sources = [STORE, DEMO, UPLOAD] if stores else [DEMO, UPLOAD]
        _from_query("corpus_source", {"demo": DEMO, "files": UPLOAD, "store": STORE})
        _restore("corpus_source", sources, sources[0])
        source = _kept("corpus_source", st.radio("Articles to compare", sources, key="corpus_source"))
        chosen = _store_source(stores) if source == STORE else _records_source(source)
    if chosen is None:
        return None
    con, key, label, lexicon, pack, problems = chosen
    options = store_query(con, key, "filter_options")
    with st.sidebar:
        filters = _filters(options)
    counts = store_query(con, key, "article_counts", filters, (("by", ("outlet",)),))
    matching = int(counts["articles"].sum()) if options["articles"] else 0
    _share(source, sources[0], pack, filters)
    return Corpus(store=con, key=key, filters=filters, label=label, is_demo=source == DEMO, lexicon=lexicon,
                  pack=pack, total=int(options["articles"]), matching=matching, problems=problems,
                  rescorable=source != STORE, outlets=tuple(options["outlets"]),
                  context=describe(label, filters, matching))


def describe(label: str, filters: Filters, matching: int) -> str:
    """Return the corpus, its filters and n in words ("Demo corpus; 2023; en; 16 articles")."""
    parts = [label]
    if filters.date_from or filters.date_to:
        parts.append(f"{str(filters.date_from or '…')[:4]}–{str(filters.date_to or '…')[:4]}")
    if filters.languages:
        parts.append("languages " + ", ".join(x for x in filters.languages if x) if any(filters.languages)
                     else "no language")
    if filters.outlets:
        parts.append("outlets " + ", ".join(x for x in filters.outlets if x) if any(filters.outlets)
                     else "no outlet")
    parts.append(f"n = {matching:,} article{'s' if matching != 1 else ''}")
    return "; ".join(parts)


def _from_query(key: str, names: dict[str, str]) -> None:
    """Turn a short query-string value ("demo") kept for ``key`` into the widget's option."""
    value = state.kept(key)
    if value in names:
        state.keep(key, names[value])


def _share(source: str, default_source: str, pack: str, filters: Filters) -> None:
    """Write the view into the URL: a corpus, pack or filter left at its default is left out."""
    short = {DEMO: "demo", UPLOAD: "files", STORE: "store"}
    years = (int(str(filters.date_from)[:4]), int(str(filters.date_to)[:4])) if filters.date_from else None
    state.write_query({
        "corpus_source": None if source == default_source else short[source],
        "topic_pack": None if pack == DEFAULT_PACK else pack,
        "years": years,
        "languages": list(filters.languages) if filters.languages else None,
        "outlets": list(filters.outlets) if filters.outlets else None,
    })


def _records_source(source: str):
    """The demo corpus or the uploaded files, scored and put in an in-memory store."""
    packs = available_packs()
    _restore("topic_pack", packs, DEFAULT_PACK)
    pack = _kept("topic_pack", st.selectbox(
        "Topic pack", packs, key="topic_pack",
        help="Which lexicon of contested terms to score with (see Glossary & lexicons).",
    ))
    if source == UPLOAD:
        was_drawn = "corpus_upload" in st.session_state
        uploads = st.file_uploader(
            f"Articles (.txt, .html, .csv, .jsonl; up to {MAX_UPLOAD_MB} MB each)",
            type=sorted(s.lstrip(".") for s in SUPPORTED_SUFFIXES if s),
            accept_multiple_files=True,
            key="corpus_upload",
            help="CSV and JSONL need a 'text' column; 'title', 'outlet', 'url', 'date', 'language' are optional.",
        )
        files = kept_files("corpus_upload", uploads, was_drawn=was_drawn)
        if not files:
            st.info("Upload one or more files to score them.")
            return None
        records, problems = uploaded_corpus(files, files_digest(files), pack)
        label, key = f"{len(files)} uploaded file(s)", files_digest(files)
    else:
        records, problems = demo_corpus(pack)
        label, key = DEMO, "demo"
    lexicon = active_lexicon(pack)
    if records and records[0].versions.get("lexicon") != lexicon_version(lexicon):
        records = rescored(records, f"{key}:{pack}", lexicon, lexicon.fingerprint)
    key = f"{key}:{pack}:{lexicon.fingerprint}"
    return records_store(key, records), key, label, lexicon, pack, problems


def kept_files(key: str, uploads, *, was_drawn: bool) -> tuple[tuple[str, bytes], ...]:
    """Return the files of uploader ``key``, or those uploaded earlier in the session.

    A file uploader comes back empty after a page change; the files it held are kept in
    session state and used until the person removes them from the uploader (an empty
    uploader that was drawn on the previous run) or presses "Forget".
    """
    files = tuple((f.name, f.getvalue()) for f in uploads or [])
    if files:
        return state.keep(key, files)
    if was_drawn:  # the person emptied the uploader on this page
        state.forget(key)
        return ()
    earlier = state.kept(key, ())
    if earlier:
        st.caption(f"Using {len(earlier)} file(s) uploaded earlier: " + ", ".join(n for n, _ in earlier))
        if st.button("Forget these files", key=f"{key}_forget", icon=":material/delete:"):
            state.forget(key)
            st.rerun()
    return earlier


def _store_source(stores: dict):
    """A store the operator named (made by ``python -m framing ingest``), opened read-only."""
    names = list(stores)
    _restore("store_name", names, names[0])
    name = _kept("store_name", st.selectbox(
        "Store", names, key="store_name",
        help="Stores named by whoever runs this dashboard (`streamlit run app.py -- --db FILE`, "
        "or a stores folder in its configuration).",
    ))
    opened = run_store(name, stores[name])
    if opened.con is None:
        st.error(opened.problem)
        return None
    con = opened.con
    if opened.note:
        st.caption(opened.note)
    lexicons = stored_lexicons(con.cursor())
    packs = [p for p in lexicons["pack"].dropna().unique() if p in available_packs()]
    pack = packs[0] if packs else DEFAULT_PACK
    st.caption(f"Scored with topic pack **{pack}** ({', '.join(lexicons['lexicon'].dropna().unique()) or 'none'}). "
               "A store keeps the lexicon it was ingested with; custom terms apply to the demo corpus, "
               "uploads and *Analyse your own*.")
    return con, opened.key, name, pack_lexicon(pack), pack, []


def _filters(options: dict) -> Filters:
    """Draw date, language and outlet filters; return them (empty means all)."""
    if not options["articles"]:
        return Filters()
    st.header("Filter")
    date_from = date_to = None
    first, last = options["date_min"], options["date_max"]
    years = list(range(first.year, last.year + 1)) if first and last else []
    if len(years) > 1:
        _restore("years", years, (years[0], years[-1]))
        low, high = _kept("years", st.select_slider("Years", options=years, key="years",
                                                    help="Undated articles are left out once you narrow the years."))
        if (low, high) != (years[0], years[-1]):
            date_from, date_to = f"{low}-01-01", f"{high}-12-31"
    languages = list(options["languages"])
    _restore("languages", languages, languages)
    picked_languages = _kept("languages", st.multiselect("Languages", languages, key="languages"))
    outlets = list(options["outlets"])
    _restore("outlets", outlets, outlets)
    picked_outlets = _kept("outlets", st.multiselect("Outlets", outlets, key="outlets"))
    return Filters(
        date_from=date_from,
        date_to=date_to,
        # Everything chosen means no filter; nothing chosen must match nothing, not everything.
        languages=() if set(picked_languages) == set(languages) else tuple(picked_languages) or ("",),
        outlets=() if set(picked_outlets) == set(outlets) else tuple(picked_outlets) or ("",),
    )


def _restore(key: str, options: list, default) -> None:
    """Put back a widget's value kept from an earlier page, dropping options that left."""
    if key in st.session_state:
        value = st.session_state[key]
    else:
        value = st.session_state.get(f"_keep_{key}", default)
    if isinstance(default, tuple):  # a range slider: two valid ends
        ends = tuple(value) if isinstance(value, (list, tuple)) else ()
        value = ends if len(ends) == 2 and all(v in options for v in ends) else default
    elif isinstance(value, list):
        valid = [v for v in value if v in options]
        value = valid if valid or not value else list(options)
    elif value not in options:
        value = default
    st.session_state[key] = value


def _kept(key: str, value):
    st.session_state[f"_keep_{key}"] = value
    return value
