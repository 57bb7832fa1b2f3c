from __future__ import annotations

import pytest

from framing.reading import Article
from framing.record.model import RECORD_FIELDS, Record, article_id
from framing.text.tokens import word_count


def test_record_has_every_field_in_order(pipeline):
    record = pipeline.score(Article(source="s", text="Title\n\nThe war goes on. People suffer."))
    assert isinstance(record, Record)
    assert tuple(record.to_dict()) == RECORD_FIELDS
    assert Record.from_dict(record.to_dict()) == record


def test_sentences_carry_offsets_and_sentiment(pipeline):
    text = "Great news today.\n\nThe bombing killed many civilians."
    record = pipeline.score(Article(source="s", text=text, language="en")).to_dict()
    spans = [(text[s["start"] : s["end"]], s["compound"]) for s in record["sentences"]]
    assert [t for t, _ in spans] == ["Great news today.", "The bombing killed many civilians."]
    assert spans[0][1] > 0 > spans[1][1]
    sentiment = record["sentiment"]
    assert sentiment["model"].startswith("vaderSentiment ")
    assert sentiment["compound"] == pytest.approx((spans[0][1] + spans[1][1]) / 2, abs=1e-4)
    assert (sentiment["positive_share"], sentiment["negative_share"]) == (0.5, 0.5)


def test_unsupported_language_is_recorded_and_flagged(pipeline):
    text = "Die Außenminister Russlands und der Ukraine trafen sich am Donnerstag in der Türkei zu Gesprächen."
    record = pipeline.score(Article(source="s", text=text)).to_dict()
    assert record["language"] == "de"
    assert record["language_supported"] is False
    assert record["sentiment"] is None
    assert any("not supported" in w for w in record["warnings"])
    assert all(s["compound"] is None for s in record["sentences"])


def test_declared_language_wins_and_disagreement_is_warned(pipeline):
    text = "The foreign ministers of Russia and Ukraine met in Turkey on Thursday for the first time."
    record = pipeline.score(Article(source="s", text=text, language="FR")).to_dict()
    assert record["language"] == "fr"
    assert any("looks like 'en'" in w for w in record["warnings"])


def test_id_is_stable_and_depends_on_outlet_and_text():
    a = Article(source="a.txt", text="Same text.", outlet="A")
    assert article_id(a) == article_id(Article(source="moved/a.txt", text="Same text.", outlet="A"))
    assert article_id(a) != article_id(Article(source="a.txt", text="Same text.", outlet="B"))
    assert len(article_id(a)) == 16


@pytest.mark.parametrize(
    ("text", "count"),
    [("", 0), ("One two three.", 3), ("l'Otan, Kyiv's well-known 1.5-hour call", 5), ("« Non », dit-il.", 2)],
)
def test_word_count(text, count):
    assert word_count(text) == count


def test_seed_languages_and_dates(seed_records):
    got = {k: (r.language, r.date, r.date_precision) for k, r in seed_records.items()}
    assert got == {
        "000": ("en", None, None),
        "001": ("en", "2022-03-07", "day"),
        "002": ("en", None, None),
        "003": ("fr", "2022-03", "month"),
        "004": ("en", "2024-04-01", "day"),
    }
    assert seed_records["003"].sentiment.model.startswith("vadersentiment-fr")


def test_terms_are_scored_in_the_record_with_valid_offsets(pipeline):
    text = "Strikes on Kiev\n\nRussia's special military operation continued, the Kiev regime said."
    record = pipeline.score(Article(source="s", text=text, language="en")).to_dict()
    assert record["terms"], record
    assert all(text[t["start"] : t["end"]] == t["text"] for t in record["terms"])
    assert record["terminology_index"] > 0 and record["terminology_hits"] > 0
    assert record["versions"]["lexicon"].startswith("russia-ukraine@")


def test_with_terms_rescoring_changes_only_terminology(pipeline):
    from framing.scoring.pipeline import with_terms
    from framing.terminology import load_pack

    record = pipeline.score(Article(source="s", text="Kyiv said the invasion went on.", language="en"))
    other = with_terms(record, load_pack("migration"))
    assert other.sentiment == record.sentiment and other.sentences == record.sentences
    assert other.versions["lexicon"].startswith("migration@")
    assert other.terms == () and other.terminology_index is None


@pytest.mark.parametrize(
    ("date", "weight", "warned"),
    [("2014-03-01", 0.0, False), ("2023-03-01", 0.5, False), (None, 0.5, True)],
)
def test_article_date_picks_dated_weights_and_undated_articles_say_so(pipeline, date, weight, warned):
    from framing.scoring.pipeline import UNDATED_WEIGHTS, with_terms
    from framing.terminology import load_pack

    record = pipeline.score(Article(source="s", text="Shelling hit Kiev overnight.", language="en", date=date))
    assert [t.weight for t in record.terms if t.text == "Kiev"] == [weight]
    assert record.terminology_weak is True  # at most one moderate spelling: weak evidence
    assert any(w.startswith(UNDATED_WEIGHTS) for w in record.warnings) is warned
    again = with_terms(record, load_pack("russia-ukraine"))  # re-scoring does not repeat the warning
    assert sum(w.startswith(UNDATED_WEIGHTS) for w in again.warnings) == int(warned)


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # the issue's sentence: the old sentence score gave all three the same -0.17
        ("Senator John Smith praised President Joe Biden for his courage, but Vladimir Putin was condemned by everyone.",
         "en", {"Joe Biden": "positive", "Vladimir Putin": "negative"}),
        ("Emmanuel Macron a salué Volodymyr Zelensky. Vladimir Poutine a été humilié par tous.",
         "fr", {"Volodymyr Zelensky": "positive", "Vladimir Putin": "negative"}),
    ],
)
def test_actors_carry_the_sentiment_toward_them_per_mention(pipeline, text, language, expected):
    record = pipeline.score(Article(source="t", text=text, language=language))
    first = {a.name: a.mentions[0].polarity for a in record.actors}
    assert {name: first.get(name) for name in expected} == expected
    for actor in record.actors:
        assert all(text[m.start : m.end] == m.text for m in actor.mentions)
