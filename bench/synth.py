"""A synthetic corpus of N realistic articles, recombined from the demo corpus's building blocks.

Each synthetic article belongs to an outlet derived from one demo outlet (so
it keeps that outlet's language and vocabulary), takes a headline from that
outlet's articles and 6–12 of its paragraphs (quotations included, so its
contested terms and quotes come along), in a seeded random order, with a
date between Feb 2022 and Dec 2023 (5% at month precision). The same seed
gives the same corpus; texts are distinct, so every article is a new id.

Usage::

    .venv/bin/python bench/synth.py N --out DIR [--format jsonl|txt] [--seed 1]
                                    [--shard-size 10000] [--outlets 12]

``jsonl`` writes ``DIR/part-00000.jsonl`` … (``shard-size`` rows each, the
``text, title, outlet, url, date, language`` fields ``ingest`` reads);
``txt`` writes seed-format files, 1000 per sub-folder.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

START, END = date(2022, 2, 24), date(2023, 12, 31)


@dataclass(frozen=True, slots=True)
class Outlet:
    """The building blocks of one demo outlet: headlines, paragraphs, language, domain."""

    name: str
    language: str
    domain: str
    titles: tuple[str, ...]
    paragraphs: tuple[str, ...]


@cache
def demo_outlets() -> tuple[Outlet, ...]:
    """Return the demo corpus's outlets with their headlines and body paragraphs."""
    from framing.reading import read_paths
    from framing.reading.outlets import load_manifest, url_host
    from framing.scoring.demo import DEMO_ARTICLES, DEMO_MANIFEST
    from framing.text.language import detected_language

    blocks: dict[str, dict] = {}
    for result in read_paths([DEMO_ARTICLES], manifest=load_manifest(DEMO_MANIFEST)):
        for article in result.articles:
            entry = blocks.setdefault(article.outlet, {"titles": [], "paragraphs": [], "domain": None, "language": None})
            paragraphs = article.text.split("\n\n")
            if article.title:
                entry["titles"].append(article.title)
                paragraphs = paragraphs[1:]
            entry["paragraphs"] += [p for p in paragraphs if len(p.split()) >= 8]
            entry["domain"] = entry["domain"] or url_host(article.url)
            entry["language"] = entry["language"] or detected_language(article.text).code
    return tuple(
        Outlet(name, b["language"], b["domain"] or f"{_slug(name)}.example", tuple(b["titles"]), tuple(b["paragraphs"]))
        for name, b in sorted(blocks.items())
    )


def synthetic_articles(n: int, *, seed: int = 1, outlets: int = 12) -> Iterator[dict]:
    """Yield ``n`` synthetic articles as JSON-Lines rows (``text, title, outlet, url, date, language``)."""
    rng = random.Random(seed)
    bases = demo_outlets()
    names = [(bases[i % len(bases)], _clone_name(bases[i % len(bases)].name, i // len(bases))) for i in range(outlets)]
    days = (END - START).days
    for number in range(n):
        base, outlet = names[rng.randrange(len(names))]
        title = rng.choice(base.titles) if base.titles else None
        body = rng.sample(base.paragraphs, k=min(len(base.paragraphs), rng.randint(6, 12)))
        day = START + timedelta(days=rng.randrange(days))
        when = day.strftime("%Y-%m") if rng.random() < 0.05 else day.isoformat()
        yield {
            "text": "\n\n".join(body),
            "title": title,
            "outlet": outlet,
            "url": f"https://{base.domain}/{day:%Y/%m/%d}/story-{number:07d}",
            "date": when,
            "language": base.language,
        }


def write_jsonl(rows: Iterator[dict], out: Path, *, shard_size: int) -> int:
    """Write rows to ``out/part-NNNNN.jsonl`` shards; return how many were written."""
    out.mkdir(parents=True, exist_ok=True)
    count, handle = 0, None
    for row in rows:
        if count % shard_size == 0:
            if handle:
                handle.close()
            handle = (out / f"part-{count // shard_size:05d}.jsonl").open("w", encoding="utf-8")
        handle.write(json.dumps(row, ensure_ascii=False) + "\n")
        count += 1
    if handle:
        handle.close()
    return count


def write_txt(rows: Iterator[dict], out: Path) -> int:
    """Write rows as seed-format ``.txt`` files (header line, title, paragraphs); return the count."""
    count = 0
    for row in rows:
        folder = out / f"{count // 1000:04d}"
        if count % 1000 == 0:
            folder.mkdir(parents=True, exist_ok=True)
        header = f" date {row['date']} {row['url']} {row['title'] or ''}".rstrip()
        body = row["text"].replace("\n\n", "\n")
        (folder / f"{count:07d}.txt").write_text(f"{header}\n{body}\n", encoding="utf-8")
        count += 1
    return count


def _clone_name(name: str, copy: int) -> str:
    return name if copy == 0 else f"{name} {_ROMAN[copy % len(_ROMAN)]}"


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")


_ROMAN = ("", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("n", type=int, help="number of articles (10_000 … 1_000_000)")
    parser.add_argument("--out", required=True, type=Path, help="output folder")
    parser.add_argument("--format", choices=("jsonl", "txt"), default="jsonl")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--shard-size", type=int, default=10_000, help="rows per JSONL file")
    parser.add_argument("--outlets", type=int, default=12, help="synthetic outlets (6 demo outlets, cloned)")
    args = parser.parse_args(argv)
    rows = synthetic_articles(args.n, seed=args.seed, outlets=args.outlets)
    count = write_jsonl(rows, args.out, shard_size=args.shard_size) if args.format == "jsonl" else write_txt(rows, args.out)
    print(f"synth: {count} articles written to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
