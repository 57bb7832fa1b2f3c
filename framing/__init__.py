"""Framing: source-bias and framing comparison for news.

Readers turn files into articles; analysers score each article's terminology,
sentiment and cited actors; records are stored and compared outlet by outlet.
"""

__version__ = "0.1.0"

from framing.pipeline import Pipeline
from framing.reading import Article, ReadProblem, ReadResult, read_bytes, read_path, read_paths

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
