"""A record with every field filled, as the terminology and actor analysers produce them."""

from __future__ import annotations

from framing.record import Record


def full_record(article_id: str = "a1", **changes) -> Record:
    """A record with every list field filled (terms, quotes, actors), as the analysers make them."""
    return Record.from_dict(full_record_dict(article_id, **changes))


def full_record_dict(article_id: str = "a1", **changes) -> dict:
    """``full_record`` in its JSON form, for tests of readers and of odd shapes."""
    text = "Kiev said “we will hold”. Moscow calls it a special military operation.\n\nMore text here."
    record = {
        "id": article_id,
        "source": "synthetic.txt",
        "outlet": "Test Outlet",
        "url": "https://test.example/a",
        "date": "2022-03",
        "date_precision": "month",
        "language": "en",
        "language_supported": True,
        "title": None,
        "dateline": None,
        "text": text,
        "word_count": 15,
        "sentiment": {"model": "vaderSentiment 3.3.2", "compound": -0.25, "positive_share": 0.0, "negative_share": 0.5},
        "sentences": [{"start": 0, "end": 25, "compound": 0.0}, {"start": 26, "end": 72, "compound": -0.5}],
        "terms": [
            {"term": "Kiev", "text": "Kiev", "start": 0, "end": 4, "pole": "kremlin", "category": "place-names",
             "voice": "author", "weight": 0.25, "referent": "kyiv", "variant": "kiev", "language": "en"},
            {"term": "special military operation", "text": "special military operation", "start": 45, "end": 71,
             "pole": "kremlin", "category": "war-naming", "voice": "distanced", "weight": 1.0,
             "referent": "war-name", "variant": "smo", "language": "en"},
        ],
        "terminology_index": 0.2,
        "terminology_hits": 0.25,
        "terminology_weak": True,
        "quotes": [
            {"speaker": "Kyiv government", "speaker_text": "Kiev", "side": "ukraine", "text": "we will hold",
             "kind": "direct", "start": 10, "end": 24},
            {"speaker": None, "speaker_text": None, "side": None, "text": "orphan", "kind": "direct", "start": 0,
             "end": 1},
        ],
        "actors": [
            {"name": "Kyiv government", "side": "ukraine", "roles": ["government"], "mentions": 2, "quotes": 1,
             "surface_forms": ["Kiev"], "sentiment": 0.1, "gazetteer_id": "UA-GOV"},
            {"name": "Moscow", "side": "russia", "roles": [], "mentions": 1, "quotes": 0,
             "surface_forms": ["Moscow"], "sentiment": None, "gazetteer_id": None},
        ],
        "warnings": ["a warning"],
        "versions": {"framing": "0.1.0", "sentiment": "vaderSentiment 3.3.2", "lexicon": "test@1"},
    }
    return {**record, **changes}
