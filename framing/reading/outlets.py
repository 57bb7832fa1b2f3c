"""Outlets: the reviewed domain table (``data/outlets.tsv``) and user manifests."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from functools import cache
from pathlib import Path, PurePosixPath
from urllib.parse import urlsplit

from framing.resources import OUTLETS_FILE

UNKNOWN_OUTLET = "Unknown outlet"


@dataclass(frozen=True, slots=True)
class OutletInfo:
    """One row of the outlet table."""

    domain: str
    outlet: str
    country: str | None
    ownership: str | None
    language: str | None
    notes: str | None
    source: str | None


@cache
def outlet_table() -> dict[str, OutletInfo]:
    """Return the reviewed outlet table keyed by domain (loaded once per process)."""
    with OUTLETS_FILE.open(encoding="utf-8", newline="") as handle:
        rows = csv.DictReader(handle, delimiter="\t")
        return {
            row["domain"].strip().lower(): OutletInfo(
                **{k: (row.get(k) or "").strip() or None for k in OutletInfo.__slots__}
            )
            for row in rows
            if (row.get("domain") or "").strip()
        }


def url_host(url: str | None) -> str | None:
    """Return the lower-case host of a URL without ``www.``, or None."""
    if not url:
        return None
    try:
        host = urlsplit(url.strip()).hostname
    except ValueError:
        return None
    if not host:
        return None
    return host.removeprefix("www.")


def outlet_for_url(url: str | None) -> OutletInfo | None:
    """Return the table row whose domain is the longest suffix of the URL's host."""
    host = url_host(url)
    if not host:
        return None
    table = outlet_table()
    labels = host.split(".")
    for i in range(len(labels) - 1):
        info = table.get(".".join(labels[i:]))
        if info:
            return info
    return None


@dataclass(frozen=True, slots=True)
class OutletManifest:
    """A user's mapping of file names, paths, folders (``name/``) or URLs to outlet names."""

    by_key: dict[str, str]
    name: str = "manifest"

    def outlet_for(self, *, source: str, url: str | None) -> str | None:
        """Return the outlet for an article's source path or URL, or None."""
        candidates = []
        if url:
            candidates.append(url.strip())
        path = source.split(" row ")[0].split(" line ")[0]
        posix = PurePosixPath(path.replace("\\", "/"))
        candidates += [str(posix), posix.name]
        # Also try every trailing sub-path ("demo/a/b.txt", "a/b.txt"), then the
        # folders holding the file ("a/"), so one row can name a whole folder's outlet.
        parts = posix.parts
        candidates += ["/".join(parts[i:]) for i in range(len(parts))]
        candidates += ["/".join(parts[i:j]) + "/" for j in range(len(parts) - 1, 0, -1) for i in range(j)]
        for key in candidates:
            outlet = self.by_key.get(key.casefold())
            if outlet:
                return outlet
        return None


class ManifestError(ValueError):
    """A manifest file that cannot be used, with the file and row named."""


def load_manifest(path: str | Path) -> OutletManifest:
    """Return the manifest in a CSV file whose first column is a file name, path or URL
    and whose ``outlet`` column (or second column) names the outlet."""
    path = Path(path)
    try:
        raw = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise ManifestError(f"{path}: cannot read outlet manifest: {exc}") from exc
    return manifest_from_csv(raw, name=str(path))


def manifest_from_csv(raw: str, *, name: str) -> OutletManifest:
    """Return a manifest from CSV text; raises ``ManifestError`` naming the bad row."""
    rows = list(csv.reader(io.StringIO(raw)))
    if not rows or len(rows[0]) < 2:
        raise ManifestError(f"{name}: an outlet manifest needs two columns: file (or url) and outlet")
    header = [h.strip().lower() for h in rows[0]]
    outlet_col = header.index("outlet") if "outlet" in header else 1
    key_col = 0 if outlet_col != 0 else 1
    by_key: dict[str, str] = {}
    for number, row in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in row):
            continue
        if len(row) <= max(key_col, outlet_col):
            raise ManifestError(f"{name} row {number}: expected at least two cells, got {len(row)}")
        key, outlet = row[key_col].strip(), row[outlet_col].strip()
        if not key or not outlet:
            raise ManifestError(f"{name} row {number}: empty file name or outlet")
        by_key[key.replace("\\", "/").casefold()] = outlet
    return OutletManifest(by_key=by_key, name=name)
