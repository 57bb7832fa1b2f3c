"""The article record, the project's public format, and the tables it is flattened into."""

from framing.record.columns import CHILD_TABLES, TABLES, Column, analysis_version
from framing.record.model import (
    RECORD_FIELDS,
    VERSION_KEYS,
    ActorMention,
    CitedActor,
    Quote,
    Record,
    ScoredSentence,
    article_id,
)

__all__ = [
    "CHILD_TABLES",
    "RECORD_FIELDS",
    "TABLES",
    "VERSION_KEYS",
    "ActorMention",
    "CitedActor",
    "Column",
    "Quote",
    "Record",
    "ScoredSentence",
    "analysis_version",
    "article_id",
]
