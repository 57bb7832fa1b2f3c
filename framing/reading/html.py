"""HTML pages: main text and metadata extracted with trafilatura.

Trafilatura (Barbaresi 2021, ACL demo) separates the article from navigation,
comments and ads, and reads title, date, canonical URL and site name from the
page's metadata.
"""

from __future__ import annotations

import trafilatura

from framing.reading.dates import iso_date
from framing.reading.model import Article, ReadError
from framing.reading.textformat import article_from_paragraphs


def article_from_html(raw: str, *, source: str, url: str | None = None) -> Article:
    """Return the article in an HTML page; raises ``ReadError`` when none is found."""
    try:
        extracted = trafilatura.bare_extraction(
            raw, url=url, with_metadata=True, include_comments=False
        )
    except Exception as exc:  # trafilatura raises many parser errors on broken pages
        raise ReadError(f"HTML could not be parsed: {exc}") from exc
    doc = extracted.as_dict() if extracted is not None else None
    if not doc or not (doc.get("text") or "").strip():
        raise ReadError("no article text found in the HTML page")
    return article_from_paragraphs(
        doc["text"].split("\n"),
        source=source,
        headline=doc.get("title"),
        date=iso_date(doc.get("date")),
        url=doc.get("url") or url,
        site_name=doc.get("sitename") or None,
        language=doc.get("language") or None,
    )
