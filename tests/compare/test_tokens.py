from __future__ import annotations

import pytest

from framing.compare.tokens import anchors, content_terms, fold, skeleton, stopwords


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("", "en", []),
        ("The war in Ukraine.", "en", ["war", "ukraine"]),
        ("Russia's full-scale invasion", "en",
         ["russia", "full-scale", "invasion", "russia full-scale", "full-scale invasion"]),
        # A phrase joins adjacent content words only, never across a stopword or punctuation.
        ("invasion of Ukraine", "en", ["invasion", "ukraine"]),
        ("Kyiv, Kharkiv", "en", ["kyiv", "kharkiv"]),
        ("They don't know it's Kyiv’s", "en", ["know", "kyiv"]),
        # French elisions are split off; "aujourd'hui" is one word.
        ("L'opération militaire spéciale d'aujourd'hui", "fr",
         ["opération", "militaire", "spéciale", "aujourd'hui", "opération militaire", "militaire spéciale",
          "spéciale aujourd'hui"]),
        ("Le régime de Kiev", "fr", ["régime", "kiev"]),
        # Numbers are not words; single letters are dropped.
        ("16 000 personnes, 2022 x", "fr", ["personnes"]),
        # Non-Latin scripts are words too; one-letter words are dropped (and break phrases).
        ("Путин и Зеленский", None, ["путин", "зеленский"]),
    ],
)
def test_content_terms(text, language, expected):
    assert content_terms(text, language) == expected


def test_words_only():
    assert content_terms("special military operation", "en", phrases=False) == [
        "special", "military", "operation"]


def test_unknown_language_uses_every_stopword_list():
    assert {"the", "le"} <= stopwords(None)
    assert content_terms("the le war guerre", "de") == ["war", "guerre", "war guerre"]


def test_stopwords_are_words_not_yaml_booleans():
    assert {"no", "on", "off"} <= stopwords("en")
    assert all(isinstance(w, str) for w in stopwords(None))


def test_no_contested_term_is_made_of_stopwords_only():
    from framing.terminology import load_pack

    lexicon = load_pack("russia-ukraine")
    for language in ("en", "fr"):
        for t in lexicon.terms(language):
            for form in t.forms:
                assert content_terms(form, language), f"{form!r} ({language}) would vanish"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Zaporizhzhia", "Zaporijia"),
        ("Zaporizhzhia", "Zaporijjia"),
        ("Bucha", "Boutcha"),
        ("Shoigu", "Choïgou"),
        ("Mariupol", "Marioupol"),
        ("Luhansk", "Louhansk"),
        ("Zelensky", "Zelenskyy"),
        ("Crimea", "Crimée"),
        ("Putin", "Poutine"),
        ("Mykolaiv", "Mykolaïv"),
        ("Donbas", "Donbass"),
    ],
)
def test_fold_matches_spellings_across_languages(a, b):
    assert fold(a) == fold(b)


@pytest.mark.parametrize(("a", "b"), [("Zaporijia", "Zaporojié"), ("Dnipro", "Dniepr")])
def test_skeleton_matches_transliterations(a, b):
    assert fold(a) != fold(b)
    assert skeleton(fold(a)) == skeleton(fold(b))


def test_anchors_are_names_and_numbers():
    text = ("Kakhovka Dam Destroyed\n\nThe dam at Nova Kakhovka was destroyed on 6 June; "
            "16,000 people fled.")
    found = anchors(text)
    assert {"kakhovk", "nov", "#6", "#16000"} <= set(found)
    assert found["kakhovk"] == "Kakhovka" and found["#16000"] == "16,000"
    # "Dam" is written "dam" in the body, "The" is a stopword, "June" a calendar word.
    assert not {"dam", "the", "jun", "destroied"} & set(found)


def test_french_and_english_anchors_meet():
    en = anchors("Some 16,000 people lived near Zaporizhzhia and Kherson.")
    fr = anchors("Quelque 16 000 personnes vivaient près de Zaporijia et de Kherson.")
    assert {"#16000", "zaporij", "kherson"} <= set(en) & set(fr)


@pytest.mark.parametrize("text", ["", "   ", "0000", "1.5 or 2,5", "ÉÉÉ"])
def test_anchors_of_odd_text(text):
    found = anchors(text)
    assert "#" not in found and all(k for k in found)
