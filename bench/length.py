"""Scoring time and peak memory against article length: 10 KB, 100 KB and 1 MB articles.

Each article is built from synthetic news paragraphs (``bench/synth.py``) until
it reaches the size (``--kind real``: real articles of the PolNeAR training
split, read from ``../shared`` at run time, where names recur as in one long
real article); ``--kind unpunctuated`` strips the punctuation and the
paragraph breaks, so the whole article is one sentence (the worst case for a
sentence-level analyser). Each size is scored in a fresh process, which
prints the seconds ``Pipeline.score`` took and the process's peak resident
memory (``ru_maxrss``) before and after scoring; the fastest of ``--repeat``
processes is kept. Target: 1 MB at most 12 × the
time of 100 KB (linear growth would be 10 ×).

Usage::

    .venv/bin/python bench/length.py [--sizes 10,100,1000] [--kind news|unpunctuated|real|both|all] [--repeat 3]
"""

from __future__ import annotations

import argparse
import json
import re
import resource
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
RATIO_TARGET = 12.0


def article_text(kilobytes: int, *, kind: str) -> str:
    """Return an article of about ``kilobytes`` KB (UTF-8) made of news paragraphs: synthetic
    ones, or for ``real`` the PolNeAR training articles read from ``../shared`` (never copied)."""
    target = kilobytes * 1024
    parts: list[str] = []
    size = 0
    for text in _real_texts() if kind == "real" else _synthetic_texts():
        parts.append(text)
        size += len(text.encode()) + 2
        if size >= target:
            break
    text = "\n\n".join(parts).encode()[:target].decode(errors="ignore")
    if kind == "unpunctuated":
        text = re.sub(r"\s+", " ", re.sub(r"[^\w\s]", " ", text))
    return "Title of a long article\n\n" + text


def _synthetic_texts():
    from bench.synth import synthetic_articles

    for row in synthetic_articles(10_000, seed=3, outlets=6):
        if row["language"] == "en":
            yield row["text"]


def _real_texts():
    folder = REPO.parent / "shared" / "corpus" / "polnear" / "train" / "text"
    files = sorted(folder.glob("*.txt"))
    if not files:
        raise SystemExit(f"{folder}: no articles (the real kind needs the shared corpus)")
    for path in files:
        yield path.read_text(encoding="utf-8")


def measure_one(kilobytes: int, kind: str) -> dict:
    """Score one article of the size in this process; return seconds and memory."""
    from framing.reading import Article
    from framing.scoring.pipeline import Pipeline

    pipeline = Pipeline()
    pipeline.score(Article(source="warm-up", text="Title\n\nA short warm-up article. It has two sentences.",
                           language="en"))
    article = Article(source=f"{kilobytes}kb", text=article_text(kilobytes, kind=kind), language="en")
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    started = time.perf_counter()
    record = pipeline.score(article)
    seconds = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"kind": kind, "kb": kilobytes, "chars": len(article.text), "sentences": len(record["sentences"]),
            "seconds": round(seconds, 3), "rss_before_mb": round(before, 1), "peak_rss_mb": round(peak, 1)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="10,100,1000", help="article sizes in KB (default 10,100,1000)")
    parser.add_argument("--kind", choices=("news", "unpunctuated", "real", "both", "all"), default="both")
    parser.add_argument("--repeat", type=int, default=3, help="fresh processes per size; the fastest is kept "
                        "(the machine is shared: the others measure its load)")
    parser.add_argument("--one", nargs=2, metavar=("KB", "KIND"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.one:
        print(json.dumps(measure_one(int(args.one[0]), args.one[1])))
        return 0
    sizes = [int(s) for s in args.sizes.split(",")]
    kinds = {"both": ("news", "unpunctuated"), "all": ("news", "unpunctuated", "real")}.get(args.kind, (args.kind,))
    failed = False
    for kind in kinds:
        rows = []
        for kb in sizes:
            runs = [json.loads(subprocess.run([sys.executable, __file__, "--one", str(kb), kind], capture_output=True,
                                              text=True, check=True).stdout) for _ in range(args.repeat)]
            rows.append(min(runs, key=lambda r: r["seconds"]))
            print(json.dumps(rows[-1]), flush=True)
        by_kb = {r["kb"]: r["seconds"] for r in rows}
        if 100 in by_kb and 1000 in by_kb:
            ratio = by_kb[1000] / max(by_kb[100], 1e-9)
            failed |= ratio > RATIO_TARGET
            print(f"{kind}: 1 MB / 100 KB time ratio {ratio:.1f} (target ≤ {RATIO_TARGET:g}; linear is 10)")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
