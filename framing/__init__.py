"""Framing: source-bias and framing comparison for news.

Readers turn files into articles; analysers score each article's terminology,
sentiment and cited actors; records are stored and compared outlet by outlet.
"""

from framing.reading import Article, ReadProblem, ReadResult, read_bytes, read_path, read_paths
from framing.resources import VERSION as __version__
from framing.scoring import Pipeline

__all__ = [
    "Article",
    "Pipeline",
    "ReadProblem",
    "ReadResult",
    "__version__",
    "read_bytes",
    "read_path",
    "read_paths",
]
