"""Plain-text articles, including the seed format with its optional header line.

The seed format (``../shared/corpus/seeds``) is: an optional first line
`` date <YYYY-MM-DD | YYYY-MM> [url] [headline…]``, then the title, then the
body, one paragraph per line. Real files deviate: no header, a dateline such as
"Beijing (agencies)" where the headline would be, the title repeated, site
chrome around the text. ``article_from_text`` handles all of these.
"""

from __future__ import annotations

import re
import unicodedata

from framing.reading.boilerplate import boilerplate_rules
from framing.reading.dates import iso_date
from framing.reading.model import Article, ReadError

_HEADER = re.compile(r"^\s*date\s+(?P<date>\d{4}-\d{2}(?:-\d{2})?)(?:\s+(?P<rest>.*))?$")
# "Beijing (agencies)", "PARIS (AFP)", "Kyiv (Reuters) -": a place and a wire, not a title.
_DATELINE = re.compile(
    r"^[A-ZÀ-Ý][\w'’.\-]*(?:[ \-][A-ZÀ-Ýa-zà-ÿ][\w'’.\-]*){0,3}\s*"
    r"\((?:agencies|agences|[A-Z][\w .\-]{0,24})\)\s*[-–—:]?$"
)
_SPACES = re.compile(r"\s+")
# A first paragraph longer than this is body text, not a headline.
_MAX_TITLE_CHARS = 300


def article_from_text(raw: str, *, source: str) -> Article:
    """Return the article in a plain-text or seed-format file.

    The title is the header's headline when it is one (a dateline is kept as
    ``dateline`` instead); otherwise the first paragraph when it is short and
    more text follows. A title repeated at the top of the body is kept once;
    boilerplate lines are dropped. Raises ``ReadError`` when no text remains.
    """
    lines = unicodedata.normalize("NFC", raw).replace("\r\n", "\n").replace("\r", "\n").split("\n")
    date = url = headline = None
    warnings: list[str] = []
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is not None and (header := _HEADER.match(lines[first])):
        date = iso_date(header["date"])
        if date is None:
            warnings.append(f"header date {header['date']!r} is not a real date; dropped")
        url, headline = _url_and_headline(header["rest"] or "")
        lines = lines[first + 1 :]
    return article_from_paragraphs(
        lines, source=source, headline=headline, date=date, url=url, warnings=tuple(warnings)
    )


def article_from_paragraphs(
    lines: list[str],
    *,
    source: str,
    headline: str | None = None,
    infer_title: bool = True,
    date: str | None = None,
    url: str | None = None,
    **metadata: object,
) -> Article:
    """Return an article from lines of text, cleaned the same way for every format.

    Whitespace inside a line is collapsed, empty lines and boilerplate lines are
    dropped, the title is chosen (see ``article_from_text``) and kept once.
    Raises ``ReadError`` when no text remains.
    """
    rules = boilerplate_rules()
    paragraphs = [p for p in (" ".join(line.split()) for line in lines) if p]
    paragraphs = [p for p in paragraphs if not rules.matches(p)]
    title, dateline, body = _title_and_body(
        _SPACES.sub(" ", headline).strip() if headline else None, paragraphs, infer=infer_title
    )
    if not body and not title:
        raise ReadError("no article text (empty, or only a header or site boilerplate)")
    text = "\n\n".join([title, *body] if title else body)
    return Article(
        source=source, text=text, title=title, url=url, date=date, dateline=dateline, **metadata
    )


def _url_and_headline(rest: str) -> tuple[str | None, str | None]:
    rest = rest.strip()
    url = None
    if rest.lower().startswith(("http://", "https://")):
        url, _, rest = rest.partition(" ")
        rest = rest.strip()
    return url, (_SPACES.sub(" ", rest) or None)


def _title_and_body(
    headline: str | None, paragraphs: list[str], *, infer: bool
) -> tuple[str | None, str | None, list[str]]:
    if headline and _DATELINE.match(headline):
        # The header's headline slot holds a dateline: this article has no title line.
        return None, headline, paragraphs
    if headline:
        title = headline
    elif infer and len(paragraphs) > 1 and len(paragraphs[0]) <= _MAX_TITLE_CHARS:
        title, paragraphs = paragraphs[0], paragraphs[1:]
    else:
        title = None
    if title:
        key = _key(title)
        while paragraphs and _key(paragraphs[0]) == key:
            paragraphs = paragraphs[1:]
    return title, None, paragraphs


def _key(text: str) -> str:
    return _SPACES.sub(" ", text).strip().casefold()
