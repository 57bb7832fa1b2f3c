"""``python -m framing lesson``: read 2–4 articles, score them, write the lesson file."""

from __future__ import annotations

import argparse
import json
import sys

from framing.present.lessons.build import build_lesson
from framing.present.lessons.model import LessonError, lesson_to_dict
from framing.reading import read_paths
from framing.reading.outlets import ManifestError, load_manifest
from framing.scoring.pipeline import Pipeline

__all__ = ["run_lesson"]


def run_lesson(args: argparse.Namespace) -> int:
    """Run ``lesson``; return 0 when the file was written, 1 when the articles cannot make a
    lesson, 2 for a bad option or an unwritable file. Each unreadable input is named on stderr."""
    try:
        manifest = load_manifest(args.outlet_map) if args.outlet_map else None
    except ManifestError as exc:
        return _fail(str(exc), status=2)
    articles = []
    for result in read_paths(args.paths, manifest=manifest):
        for problem in result.problems:
            print(f"framing: error: {problem}", file=sys.stderr)
        articles += result.articles
    try:
        lesson = build_lesson(articles, pipeline=Pipeline(), activity=args.activity, title=args.title)
    except LessonError as exc:
        return _fail(str(exc), status=1)
    try:
        with open(args.out, "w", encoding="utf-8") as handle:
            json.dump(lesson_to_dict(lesson), handle, ensure_ascii=False, indent=1)
            handle.write("\n")
    except OSError as exc:
        return _fail(f"{args.out}: cannot write: {exc.strerror or exc}", status=2)
    print(f"framing: lesson of {len(lesson.articles)} articles written to {args.out} "
          f"(lexicon {lesson.snapshot.lexicon_version})", file=sys.stderr)
    return 0


def _fail(message: str, *, status: int) -> int:
    print(f"framing: error: {message}", file=sys.stderr)
    return status
