"""The stores a hosted dashboard may open: named by the operator, listed by name, read-only.

A visitor never types a path. The operator names stores when starting the
server — ``streamlit run app.py -- --db FILE`` (repeatable) and/or a stores
folder (``-- --stores DIR``, ``stores_dir`` in ``st.secrets``, as Community
Cloud sets it, or the ``FRAMING_STORES_DIR`` environment variable) whose
``*.duckdb`` files are listed by file name. Messages name the store, never
where the server keeps it, and are the same for every kind of failure a
visitor could use to probe the file system.

A store is opened read-only for one script run and closed when the run ends
(``close_run_stores``, called by ``app.py``): DuckDB lets no process write a
file another process has open, and a connection cached for the server's
lifetime would lock the operator's next ``python -m framing ingest`` out. The
page's query results stay cached by the store's name and modification time.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import duckdb
import streamlit as st

from framing.store import StoreError, open_store
from framing.store.cube import cubes_current, memory_cubes
from framing.store.write import LOCKED

STORES_ENV = "FRAMING_STORES_DIR"
SECRET_KEY = "stores_dir"
_RUN_KEY = "_framing_run_stores"


@dataclass(frozen=True, slots=True)
class OpenedStore:
    """A store opened for this run (or why not), its cache key, and a note for the visitor."""

    con: duckdb.DuckDBPyConnection | None
    key: str
    problem: str | None = None
    note: str | None = None


def operator_stores(
    argv: Sequence[str] | None = None,
    *,
    secrets: Mapping[str, object] | None = None,
    environ: Mapping[str, str] | None = None,
) -> dict[str, Path]:
    """Return ``name → path`` of every store the operator named, in the order named.

    ``--db FILE`` names one store (its file name without ``.duckdb`` is its
    name); the stores folder adds each ``*.duckdb`` file directly in it. A
    name given twice keeps the first path.
    """
    parser = argparse.ArgumentParser(add_help=False)
    parser.add_argument("--db", action="append", default=[])
    parser.add_argument("--stores")
    known, _ = parser.parse_known_args(list(sys.argv[1:] if argv is None else argv))
    folders = [known.stores, _secret(secrets), (os.environ if environ is None else environ).get(STORES_ENV)]
    paths = [Path(p).expanduser() for p in known.db]
    for folder in filter(None, folders):
        with contextlib.suppress(OSError):
            paths += sorted(p for p in Path(folder).expanduser().glob("*.duckdb") if p.is_file())
    named: dict[str, Path] = {}
    for path in paths:
        named.setdefault(store_name(path), path)
    return named


def store_name(path: Path) -> str:
    """Return the name a store is listed under: its file name without the ``.duckdb`` suffix."""
    return path.name.removesuffix(".duckdb") or path.name


def run_store(name: str, path: Path) -> OpenedStore:
    """Open the store ``name`` read-only for this script run; return it or a visitor-safe problem.

    A store whose summary cubes are stale (its last ingest stopped before the
    end) gets them rebuilt in this connection's memory; the file is not changed.
    """
    try:
        stamp = _stamp(path)
        con = open_store(path, read_only=True)
    except (OSError, StoreError) as exc:
        busy = isinstance(exc, StoreError) and LOCKED in str(exc)
        return OpenedStore(None, f"store:{name}", problem=(
            f"Store {name!r} is being updated by `python -m framing ingest`; it opens again when the ingest ends."
            if busy else f"Store {name!r} cannot be opened; the server's operator can check it with "
            "`python -m framing ingest … --db` (which names the reason)."
        ))
    _run_stores().append(con)
    note = None
    try:
        if not cubes_current(con):
            memory_cubes(con)
            note = ("Its last ingest stopped before the end: counts were summarised in memory for this view; "
                    "the next `ingest` brings the file up to date.")
    except duckdb.Error:
        close_run_stores()
        return OpenedStore(None, f"store:{name}", problem=f"Store {name!r} cannot be read.")
    return OpenedStore(con, f"store:{name}:{stamp}", note=note)


def close_run_stores() -> None:
    """Close every store this session opened during its script run (``app.py`` calls it last)."""
    opened = st.session_state.get(_RUN_KEY) or []
    while opened:
        with contextlib.suppress(duckdb.Error):
            opened.pop().close()


def _run_stores() -> list:
    if _RUN_KEY not in st.session_state:
        st.session_state[_RUN_KEY] = []
    return st.session_state[_RUN_KEY]


def _stamp(path: Path) -> str:
    """Return what changes when the store's content does: the file's and its WAL's size and time."""
    parts = []
    for file in (path, path.with_name(path.name + ".wal")):
        with contextlib.suppress(FileNotFoundError):
            info = file.stat()
            parts.append(f"{info.st_size}.{info.st_mtime_ns}")
    return "-".join(parts)


def _secret(secrets: Mapping[str, object] | None) -> str | None:
    """Return ``stores_dir`` from ``st.secrets`` (top level or a ``[framing]`` table), if set."""
    try:
        source = st.secrets if secrets is None else secrets
        value = source.get(SECRET_KEY) or (source.get("framing") or {}).get(SECRET_KEY)
    except (FileNotFoundError, KeyError, AttributeError, st.errors.StreamlitAPIException):
        return None
    return str(value) if value else None
