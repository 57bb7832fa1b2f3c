from __future__ import annotations

import io
import re
from pathlib import Path

import pytest

from framing.terminology import (
    Lexicon,
    LexiconError,
    analyse_terms,
    custom_terms_from_csv,
    custom_terms_from_yaml,
    merge_lexicons,
)

HEADER = "referent,variant,language,form,pole,weight,category,explanation,source\n"


def csv_file(tmp_path: Path, rows: str, name: str = "custom.csv") -> Path:
    path = tmp_path / name
    path.write_text(HEADER + rows, encoding="utf-8")
    return path


def test_csv_adds_a_form_a_variant_and_a_referent(tmp_path: Path, mini: Lexicon) -> None:
    path = csv_file(tmp_path, (
        "kyiv,kiev,en,Kiyev,,,,,\n"                                          # form for an existing variant
        "kyiv,kyyiv,en,Kyyiv,ukraine,0.25,,Old spelling,https://example.org\n"  # new variant
        "grain,grain-theft,en,grain theft,ukraine,1,justification,,\n"      # new referent
        "grain,grain-theft,fr,vol de céréales,ukraine,1,,,\n"
    ))
    extra = custom_terms_from_csv(path, base=mini)
    merged = merge_lexicons(mini, extra)
    kiev = merged.referent("kyiv").variants[0]
    assert kiev.usage("en").forms == ("Kiev", "Kiyev") and kiev.usage("en").pole == "kremlin"
    assert merged.referent("kyiv").variants[-1].sources == ("https://example.org",)
    assert merged.referent("grain").category == "justification"
    assert merged.fingerprint != mini.fingerprint and merged.version == "0.1.0+custom"
    found = analyse_terms("Kiyev, Kyyiv and grain theft.", language="en", lexicon=merged).terms
    assert [(h.variant, h.text) for h in found] == [
        ("kiev", "Kiyev"), ("kyyiv", "Kyyiv"), ("grain-theft", "grain theft")]


@pytest.mark.parametrize(
    ("rows", "message"),
    [
        ("kyiv,kiev,en,Kiyev,,heavy,,,\n", "custom.csv row 2: weight must be one of 0, 0.25, 0.5, 1 (got 'heavy')"),
        ("kyiv,kiev,en,Kiyev,,,,,\nkyiv,kiev,en,Kiiv,,0.3,,,\n", "custom.csv row 3: weight must be one of"),
        (",kiev,en,Kiyev,,,,,\n", "custom.csv row 2: referent is required"),
        ("kyiv,kiev,en,,,,,,\n", "custom.csv row 2: form is required"),
        ("kyiv,kiev,english,Kiyev,,,,,\n", "custom.csv row 2: language must be a two-letter code"),
        ("kyiv,kiev,de,Kiew,,,,,\n", "custom.csv row 2: language 'de' is not in pack mini (en, fr)"),
        ("kyiv,kiev,en,Kiyev,kremllin,,,,\n", "custom.csv row 2: unknown pole 'kremllin'"),
        ("new,new,en,thing,kremlin,1,,,\n", "custom.csv row 2: category is required for a new referent"),
        ("new,new,en,thing,kremlin,1,nope,,\n", "custom.csv row 2: unknown category 'nope'"),
        ("kyiv,kyyiv,en,Kyyiv,,,,,\n", "custom.csv row 2: pole and weight are required for a new term"),
        ("kyiv,kyyiv,en,Kyyiv,ukraine,1,,,\nkyiv,kyyiv,en,Kyjiw,kremlin,1,,,\n",
         "custom.csv row 3: pole/weight kremlin/1 contradict ukraine/1"),
        ("kyiv,kyyiv,en,*Kyyiv,ukraine,1,,,\n", "custom.csv row 2: form '*Kyyiv'"),
        ("kyiv,kyyiv,en,Kyiv,ukraine,1,,,\n", "form 'Kyiv' is already a form of kyiv/kyiv"),
        ("", "custom.csv: no custom terms"),
    ],
)
def test_csv_errors_name_the_row(tmp_path: Path, mini: Lexicon, rows: str, message: str) -> None:
    with pytest.raises(LexiconError) as error:
        merge_lexicons(mini, custom_terms_from_csv(csv_file(tmp_path, rows), base=mini))
    assert message in str(error.value)


@pytest.mark.parametrize(
    ("header", "message"),
    [
        ("referent,variant,form\n", "custom.csv: missing column(s) language"),
        ("referent,variant,language,form,colour\n", "custom.csv: unknown column 'colour'"),
        ("", "custom.csv: missing column(s) referent, variant, language, form"),
    ],
)
def test_csv_header_errors(header: str, message: str) -> None:
    with pytest.raises(LexiconError) as error:
        custom_terms_from_csv(io.StringIO(header))
    assert message in str(error.value)


def test_csv_from_a_named_binary_buffer_without_base(mini: Lexicon) -> None:
    buffer = io.BytesIO(("\ufeff" + HEADER + "kyiv,kyyiv,fr,Kyyiv,ukraine,0.5,,,\n").encode())
    buffer.name = "/uploads/mine.csv"
    extra = custom_terms_from_csv(buffer)
    assert (extra.source, extra.poles, extra.languages) == ("mine.csv", (), ("fr",))
    merged = merge_lexicons(mini, extra)
    assert merged.referent("kyiv").variants[-1].usage("fr").forms == ("Kyyiv",)


def test_csv_without_base_defers_pole_check_to_merge(mini: Lexicon) -> None:
    extra = custom_terms_from_csv(io.StringIO(HEADER + "kyiv,kyyiv,en,Kyyiv,westward,1,,,\n"))
    with pytest.raises(LexiconError, match=re.escape("custom.csv: referent 'kyiv', variant 'kyyiv', language 'en': unknown pole 'westward'")):
        merge_lexicons(mini, extra)


def test_csv_not_utf8() -> None:
    with pytest.raises(LexiconError, match=re.escape("custom.csv: not UTF-8")):
        custom_terms_from_csv(io.BytesIO(HEADER.encode() + b"kyiv,k,en,\xff,kremlin,1,,,\n"))


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(LexiconError, match=re.escape("absent.csv: cannot open")):
        custom_terms_from_csv(tmp_path / "absent.csv")


YAML_EXTRA = """
referents:
  - id: kyiv
    category: place-names
    label: Capital of Ukraine
    variants:
      - id: kiev
        label: Kiev
        en: {pole: ukraine, weight: 0.25, forms: ["Kiew"]}
  - id: grain
    category: justification
    label: Grain
    variants:
      - id: grain-theft
        label: grain theft
        en: {pole: ukraine, weight: 1, forms: ["grain theft"]}
"""


def test_yaml_extra_overrides_pole_and_unites_forms(tmp_path: Path, mini: Lexicon) -> None:
    path = tmp_path / "extra.yaml"
    path.write_text(YAML_EXTRA, encoding="utf-8")
    merged = merge_lexicons(mini, custom_terms_from_yaml(path, base=mini))
    usage = merged.referent("kyiv").variants[0].usage("en")
    assert (usage.forms, usage.pole, usage.weight) == (("Kiev", "Kiew"), "ukraine", 0.25)
    assert merged.referent("kyiv").variants[0].usage("fr").pole == "neutral"
    assert [r.id for r in merged.referents][-1] == "grain"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (YAML_EXTRA.replace("pole: ukraine, weight: 1", "pole: west, weight: 1"), "extra.yaml: referent 'grain', variant 'grain-theft', language 'en': unknown pole 'west'"),
        (YAML_EXTRA.replace("category: justification", "category: food"), "extra.yaml: referent 'grain': unknown category 'food'"),
        ("referents: []\n", "extra.yaml: no referents"),
        ("poles: [{id: kremlin, label: K, sign: -1}]\nreferents: []\n", "extra.yaml: no referents"),
        ("[1, 2", "extra.yaml: not valid YAML"),
    ],
)
def test_yaml_extra_errors(tmp_path: Path, mini: Lexicon, text: str, message: str) -> None:
    path = tmp_path / "extra.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(LexiconError) as error:
        custom_terms_from_yaml(path, base=mini)
    assert message in str(error.value)


def test_merge_rejects_a_pole_with_another_sign(tmp_path: Path, mini: Lexicon) -> None:
    path = tmp_path / "extra.yaml"
    path.write_text("poles: [{id: kremlin, label: K, sign: -1}]\n" + YAML_EXTRA, encoding="utf-8")
    with pytest.raises(LexiconError, match=re.escape("extra.yaml: pole 'kremlin' has sign -1, but mini.yaml gives it 1")):
        merge_lexicons(mini, custom_terms_from_yaml(path))
