"""The article record, the project's public format, and the tables it is flattened into."""

from framing.record.model import RECORD_FIELDS, VERSION_KEYS, article_id

__all__ = ["RECORD_FIELDS", "VERSION_KEYS", "article_id"]
