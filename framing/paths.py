"""Locations of the reviewed data files, resolved relative to the package.

Data lives in the repository's top-level ``data/`` folder so reviewers can diff
it; it is never looked up relative to the working directory.
"""

from __future__ import annotations

from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
DATA_DIR = PACKAGE_DIR.parent / "data"
LEXICON_DIR = DATA_DIR / "lexicons"
ACTORS_DIR = DATA_DIR / "actors"
DEMO_DIR = DATA_DIR / "demo"
OUTLETS_FILE = DATA_DIR / "outlets.tsv"
BOILERPLATE_FILE = DATA_DIR / "boilerplate.yaml"
