"""Who speaks and who is talked about: quotes, their speakers and the cited actors, found
together by one analyser (``analyse_sources``)."""

from framing.sources.analyse import SourceAnalysis, analyse_sources

__all__ = ["SourceAnalysis", "analyse_sources"]
