"""Whole-process figures on real news (issue 16, item 10), each a fresh ``python`` measured from outside.

The corpus: the PolNeAR articles (train and dev, 924 real news articles) read
from ``../shared`` at run time and written to a temporary folder, cycled to
``--articles`` files (a copy gets a line naming its copy number, so every
file is a new article id). Nothing of them enters the repository.

Printed, one JSON line each (seconds are wall-clock of the whole process,
``peak_rss_mb`` its maximum resident memory, from ``os.wait4``):

- ``startup``: ``python -c "Pipeline()"`` (imports and building the analysers);
- ``vader_alone``: read the same files, split them with framing's sentence
  splitter and score every sentence with vaderSentiment, nothing else;
- ``score``: ``python -m framing score DIR > /dev/null`` with 1 and 2 workers;
- ``ingest``: ``python -m framing ingest DIR --db …`` with 1 and 2 workers;

then the ratios against their targets, with the machine's ceiling (what two
processes get against one, ideal 2.0) before and after: pipeline ≥ 0.7 × VADER alone
(``vader_alone`` seconds / ``score`` seconds), 2 workers ≥ 1.7 × one. The
machine is shared: the load average before each run is printed with it.

Usage::

    .venv/bin/python bench/whole.py [--articles 2000] [--repeat 1]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared" / "corpus" / "polnear"
PY = sys.executable

VADER_ALONE = """
import sys
from pathlib import Path
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer
from framing.reading import read_paths
from framing.text.sentences import split_sentences
analyzer = SentimentIntensityAnalyzer()
n = 0
for result in read_paths([sys.argv[1]]):
    for article in result.articles:
        for s in split_sentences(article.text):
            analyzer.polarity_scores(article.text[s.start:s.end])
            n += 1
print(n, file=sys.stderr)
"""


def corpus(folder: Path, articles: int) -> int:
    """Write ``articles`` files cycled from the PolNeAR texts into ``folder``; return how many real ones."""
    texts = sorted([*SHARED.glob("train/text/*.txt"), *SHARED.glob("dev/text/*.txt")])
    if not texts:
        raise SystemExit(f"{SHARED}: no articles (this benchmark needs the shared corpus)")
    for i in range(articles):
        source = texts[i % len(texts)]
        text = source.read_text(encoding="utf-8")
        copy = i // len(texts)
        if copy:
            text += f"\n\n(Copy {copy} for the benchmark.)"
        (folder / f"{i:05d}.txt").write_text(text, encoding="utf-8")
    return len(texts)


def timed(args: list[str], *, stdout=subprocess.DEVNULL) -> dict:
    """Run ``args``; return its wall-clock seconds, peak resident memory and exit status."""
    load = os.getloadavg()[0]
    started = time.perf_counter()
    process = subprocess.Popen(args, cwd=REPO, stdout=stdout, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - started
    return {"seconds": round(seconds, 2), "peak_rss_mb": round(usage.ru_maxrss / 1024, 1),
            "exit": os.waitstatus_to_exitcode(status), "load_before": round(load, 2)}


def _ceiling() -> float:
    """Return what two processes get from the machine, against one (``bench/throughput.py``'s probe)."""
    sys.path.insert(0, str(REPO / "bench"))
    from throughput import parallel_ceiling

    return parallel_ceiling()


def best(runs: list[dict]) -> dict:
    return min(runs, key=lambda r: r["seconds"])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=1, help="runs per figure; the best is kept")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="framing-whole-") as tmp:
        folder = Path(tmp) / "corpus"
        folder.mkdir()
        real = corpus(folder, args.articles)
        print(json.dumps({"articles": args.articles, "distinct_real_articles": real}), flush=True)
        figures: dict[str, dict] = {}

        def run(name: str, command: list[str], *, fresh_db: str | None = None) -> None:
            runs = []
            for _ in range(args.repeat):
                if fresh_db:
                    for suffix in ("", ".wal"):
                        Path(fresh_db + suffix).unlink(missing_ok=True)
                runs.append(timed(command))
            figures[name] = best(runs)
            print(json.dumps({name: figures[name]}), flush=True)

        print(json.dumps({"ceiling_before": round(_ceiling(), 2)}), flush=True)
        run("startup", [PY, "-c", "from framing.scoring.pipeline import Pipeline; Pipeline()"])
        run("vader_alone", [PY, "-c", VADER_ALONE, str(folder)])
        for workers in (1, 2):
            run(f"score_workers_{workers}", [PY, "-m", "framing", "score", str(folder), "--quiet",
                                             "--workers", str(workers)])
        db = str(Path(tmp) / "bench.duckdb")
        for workers in (1, 2):
            run(f"ingest_workers_{workers}", [PY, "-m", "framing", "ingest", str(folder), "--db", db, "--quiet",
                                              "--workers", str(workers)], fresh_db=db)
        print(json.dumps({"ceiling_after": round(_ceiling(), 2)}), flush=True)
    ratio = figures["vader_alone"]["seconds"] / figures["score_workers_1"]["seconds"]
    score_speedup = figures["score_workers_1"]["seconds"] / figures["score_workers_2"]["seconds"]
    ingest_speedup = figures["ingest_workers_1"]["seconds"] / figures["ingest_workers_2"]["seconds"]
    print(f"pipeline / VADER alone: {ratio:.2f} (target ≥ 0.7)")
    print(f"score --workers 2 / 1: {score_speedup:.2f}× (target ≥ 1.7)")
    print(f"ingest --workers 2 / 1: {ingest_speedup:.2f}× (target ≥ 1.7)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
