"""A store of N articles for the dashboard benchmarks, built fast by replicating scored records.

Scoring a million articles takes the pipeline hours; the dashboard benchmark
measures queries, not scoring. So this scores ``--base`` synthetic articles
(``bench/synth.py``) once with the real pipeline, then writes N records that
cycle through them: each copy gets a new id, one of ``--outlets`` synthetic
outlets, and a date drawn again (5% month-only, as synth does), so table
sizes per article, outlets, dates and languages look like a real store. The
text, terms, quotes and actors of a copy are its base record's. (The memory
benchmark, ``bench/memory.py``, ingests really scored articles instead.)

Usage: ``.venv/bin/python bench/store.py N --db FILE [--base 2000] [--seed 1]``.
"""

from __future__ import annotations

import argparse
import hashlib
import random
import sys
import time
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from bench.synth import END, START, synthetic_articles  # noqa: E402
from framing.reading import read_bytes  # noqa: E402


def base_records(n: int, *, seed: int) -> list[dict]:
    """Return ``n`` synthetic articles scored by the real pipeline."""
    import json

    from framing.scoring.pipeline import Pipeline

    pipeline = Pipeline()
    rows = "\n".join(json.dumps(r, ensure_ascii=False) for r in synthetic_articles(n, seed=seed))
    result = read_bytes(rows.encode("utf-8"), name="synthetic.jsonl")
    return [pipeline.score(article) for article in result.articles]


def copies(base: list[dict], n: int, *, seed: int, outlets: int) -> Iterator[dict]:
    """Yield ``n`` records cycling through ``base`` with new ids, outlets and dates."""
    rng = random.Random(seed)
    names = sorted({r["outlet"] for r in base})
    clones = [f"{names[i % len(names)]}{'' if i < len(names) else f' {i // len(names) + 1}'}" for i in range(outlets)]
    days = (END - START).days
    for number in range(n):
        record = base[number % len(base)]
        day = START + timedelta(days=rng.randrange(days))
        month = rng.random() < 0.05
        yield {
            **record,
            "id": hashlib.sha256(f"{record['id']}:{number}".encode()).hexdigest()[:16],
            "outlet": rng.choice([c for c in clones if c.startswith(record["outlet"])] or clones),
            "date": day.strftime("%Y-%m") if month else day.isoformat(),
            "date_precision": "month" if month else "day",
        }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("n", type=int)
    parser.add_argument("--db", required=True, type=Path)
    parser.add_argument("--base", type=int, default=2000, help="articles really scored (default 2000)")
    parser.add_argument("--outlets", type=int, default=12)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--batch-size", type=int, default=20_000)
    args = parser.parse_args(argv)
    from framing.store import open_store, write_records
    from framing.store.cube import ensure_cubes

    start = time.perf_counter()
    base = base_records(args.base, seed=args.seed)
    print(f"store: scored {len(base)} base articles in {time.perf_counter() - start:.0f} s", file=sys.stderr)
    con = open_store(args.db)
    batch: list[dict] = []
    written = 0
    for record in copies(base, args.n, seed=args.seed, outlets=args.outlets):
        batch.append(record)
        if len(batch) >= args.batch_size:
            written += write_records(con, batch).new
            batch = []
            print(f"store: {written:,} written", file=sys.stderr)
    written += write_records(con, batch).new
    ensure_cubes(con)  # as ingest does at its end
    con.execute("CHECKPOINT")
    con.close()
    print(f"store: {written:,} articles in {args.db} ({args.db.stat().st_size / 1e9:.2f} GB) "
          f"after {time.perf_counter() - start:.0f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
