"""Scoring: from ``Article`` to record, one article, a pool of processes, or a Dask cluster."""

from framing.scoring.pipeline import DEFAULT_PACK, Pipeline

__all__ = ["DEFAULT_PACK", "Pipeline"]
