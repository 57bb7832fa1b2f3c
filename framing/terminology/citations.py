"""Whether a lexicon claim can be checked: each source is a URL, a document number or a dated reference.

A teacher challenged on a weight must be able to open its source. A source
line passes when it holds at least one of:

* a **URL** (``http://`` or ``https://`` followed by a host);
* a **document number**: a UN symbol (``A/RES/68/262``, ``S/RES/2202``,
  ``ES-11/1``), a numbered law, decree or order (``No. 32-FZ``, ``n° 2021-1109``,
  ``Decree No. 1234``, ``Federal Law 32-FZ``), or an ISBN / DOI;
* a **bibliographic reference with a year**: a year (1900–2099) and either a
  title in quotation marks ('…', "…", ‘…’, “…”, « … »), a book's
  ``(Publisher, 2022)``, or a kind of document (resolution, law, ruling,
  report, speech, treaty, style guide …) dated to the month.

A line that says where it comes from only vaguely fails whatever else it
holds: "(widely reported)", "… onwards", "dispatch of <date>" without a
title, "e.g." in place of a reference. Method: the minimal elements of a
citation in ISO 690:2021 (who, what, when, where to find it), checked on the
surface so a reviewer gets a precise message.
"""

from __future__ import annotations

import re

from framing.terminology.model import Lexicon

__all__ = ["VAGUE", "citation_kind", "uncited_entries", "unexplained_language_poles"]

_URL = re.compile(r"https?://[\w-]+(?:\.[\w-]+)+\S*")
_DOCUMENT = re.compile(
    r"\b(?:A|S|E|ES)/(?:RES/)?[\w.-]*\d[\w./-]*"  # UN symbols: A/RES/68/262, S/RES/2202 (2015)
    r"|\bES-\d+/\d+"  # emergency special session resolutions
    r"|\b\d+-(?:FZ|FKZ)\b"  # Russian federal (constitutional) laws
    r"|(?:\bNo\.|\bNos\.|\bn°|№)\s*[\w./-]*\d"  # numbered laws, decrees, orders, reports
    r"|\bISBN(?:-1[03])?:?\s*[\d-]{10,}"
    r"|\bdoi:\s*10\.\d{4,}/\S+|\b10\.\d{4,}/\S+",
    re.IGNORECASE,
)
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_TITLE = re.compile(r"'[^']{3,}'|\"[^\"]{3,}\"|‘[^’]{3,}’|“[^”]{3,}”|«[^»]{3,}»")
_BOOK = re.compile(r"\([^()]*[A-Z][^()]*,\s*(?:19|20)\d\d\)")
_MONTHS = ("January|February|March|April|May|June|July|August|September|October|November|December"
           "|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre")
_MONTH_YEAR = re.compile(rf"\b(?:{_MONTHS})\s+(?:19|20)\d\d\b")
_DOCUMENT_KIND = re.compile(
    r"\b(?:resolutions?|law|laws|decree|order|ruling|judgment|verdict|report|statement|address|speech"
    r"|interview|treaty|regulation|convention|compact|initiative|style\s*guide|stylebook|guidelines?"
    r"|press\s+release|communiqué|announcement|arrest\s+warrants?|results|bill|update|flash\s+updates?"
    r"|meeting|decision|recommendation|position|campaign|article|column|editorial|glossary)\b",
    re.IGNORECASE,
)
# Phrases that stand in for a source instead of giving one.
VAGUE = re.compile(
    r"widely reported|\bonwards\b|\bvarious\b|\bpassim\b|\bdispatch of\b|\bbriefings from\b"
    r"|\bcommon usage\b|\bsee news\b",
    re.IGNORECASE,
)


def citation_kind(source: str) -> str | None:
    """Return ``'url'``, ``'document'`` or ``'reference'`` for a checkable source line, else ``None``.

    A vague line (``VAGUE``) is ``None`` even when it also holds a year or a title.
    """
    if not source.strip() or VAGUE.search(source):
        return None
    if _URL.search(source):
        return "url"
    if _DOCUMENT.search(source):
        return "document"
    if _YEAR.search(source) and (_TITLE.search(source) or _BOOK.search(source) or (
            _MONTH_YEAR.search(source) and _DOCUMENT_KIND.search(source))):
        return "reference"
    return None


def uncited_entries(lexicon: Lexicon) -> list[str]:
    """Return one message per referent without a source and per source line that cannot be checked.

    A variant inherits its referent's sources, so only referents must have one.
    """
    problems = []
    where = lexicon.source or lexicon.pack
    for r in lexicon.referents:
        if not r.sources:
            problems.append(f"{where}: referent {r.id!r}: no source")
        lines = [(f"referent {r.id!r}", s) for s in r.sources]
        lines += [(f"referent {r.id!r}, variant {v.id!r}", s) for v in r.variants for s in v.sources]
        problems += [f"{where}: {entry}: source is neither a URL, a document number nor a dated "
                     f"reference: {s!r}" for entry, s in lines if citation_kind(s) is None]
    return problems


def unexplained_language_poles(lexicon: Lexicon) -> list[str]:
    """Return one message per usage of a variant whose pole differs by language and that has
    no explanation of its own: the reader must see why "Kiev" is Kremlin-side in English and
    neutral in French."""
    where = lexicon.source or lexicon.pack
    return [
        f"{where}: referent {r.id!r}, variant {v.id!r}, language {u.language!r}: the pole differs "
        f"by language, so this language needs its own explanation"
        for r in lexicon.referents
        for v in r.variants
        if len({u.pole for u in v.usages}) > 1
        for u in v.usages
        if not u.explanation.strip()
    ]
