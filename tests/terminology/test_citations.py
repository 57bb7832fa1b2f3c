"""Every lexicon claim can be checked: the source-format rule, and the shipped packs under it."""

from __future__ import annotations

import pytest

from framing.terminology import Lexicon, available_packs, citation_kind, load_pack, uncited_entries
from framing.terminology.citations import unexplained_language_poles
from framing.terminology.model import Referent, Usage, Variant


@pytest.mark.parametrize(
    ("source", "kind"),
    [
        # URLs
        ("AP, 'An update on AP style on Kyiv'; https://ds.svcs.associatedpress.com/announcements/x", "url"),
        ("see http://en.kremlin.ru/events/president/news/67843", "url"),
        # document numbers
        ("UN General Assembly resolution ES-11/1, adopted 2 March 2022.", "document"),
        ("UN General Assembly resolution A/RES/68/262.", "document"),
        ("Russian Federal Law No. 32-FZ of 4 March 2022.", "document"),
        ("Federal law 32-FZ", "document"),
        ("Décret n° 2021-1109", "document"),
        ("Report ST/ESA/SER.A/206 No. 206", "document"),
        ("ISBN 978-0-19-953556-9", "document"),
        ("doi:10.1145/3197026.3197050", "document"),
        # bibliographic references with a year
        ("Renaud Camus, 'Le Grand Remplacement' (David Reinharc, 2011).", "reference"),
        ("Taras Kuzio, Russian Nationalism and the Russian-Ukrainian War (Routledge, 2022).", "reference"),
        ("Le Monde, « Kiev ou Kyiv », 30 July 2025.", "reference"),
        ("Verkhovna Rada of Ukraine, resolution of 19 May 2016 renaming Dnipropetrovsk to Dnipro.", "reference"),
        ("European Parliament resolution of 23 November 2022 on Russia.", "reference"),
        # not checkable
        ("AFP, dispatch of 1 March 2022 on the Kiev/Kyiv debate.", None),
        ("Russian Ministry of Defence briefings from March 2022 onwards on 'foreign mercenaries'.", None),
        ("Sergei Lavrov, 4 April 2022, describing Bucha as 'staged' (widely reported).", None),
        ("Russian MoD statements (from October 2022 onwards).", None),
        ("French mainstream press writes it this way.", None),  # no year, no title, no number
        ("'A title' without any year", None),
        ("In 2022 everyone said so.", None),  # a year, but no title and no kind of document with a month
        ("Statement, 2022.", None),  # a kind of document, but dated only to the year
        ("", None),
        ("   ", None),
        ("No. x", None),  # "No." without a digit is no document number
    ],
)
def test_citation_kind(source: str, kind: str | None) -> None:
    assert citation_kind(source) == kind


def _lexicon(referents: tuple[Referent, ...]) -> Lexicon:
    return Lexicon(pack="t", version="1", title="t", languages=("en", "fr"), poles=(), categories=(),
                   referents=referents, source="t.yaml")


def _variant(*usages: Usage, sources: tuple[str, ...] = ()) -> Variant:
    return Variant("v", "v", usages, sources=sources)


EN = Usage("en", "kremlin", 0.5, ("Kiev",))
FR = Usage("fr", "neutral", 0.0, ("Kiev",))


@pytest.mark.parametrize(
    ("referent", "expected"),
    [
        (Referent("r", "c", "r", (_variant(EN),), sources=("Law No. 1-FZ",)), []),
        (Referent("r", "c", "r", (_variant(EN),)), ["t.yaml: referent 'r': no source"]),
        (Referent("r", "c", "r", (_variant(EN, sources=("(widely reported)",)),), sources=("Law No. 1-FZ",)),
         ["t.yaml: referent 'r', variant 'v': source is neither a URL, a document number nor a dated "
          "reference: '(widely reported)'"]),
    ],
)
def test_uncited_entries(referent: Referent, expected: list[str]) -> None:
    assert uncited_entries(_lexicon((referent,))) == expected


@pytest.mark.parametrize(
    ("usages", "expected"),
    [
        ((EN, FR), ["'en'", "'fr'"]),  # poles differ, neither explained
        ((Usage("en", "kremlin", 0.5, ("Kiev",), explanation="English: …"), FR), ["'fr'"]),
        ((Usage("en", "kremlin", 0.5, ("Kiev",), explanation="e"), Usage("fr", "neutral", 0, ("Kiev",), explanation="f")),
         []),
        ((EN, Usage("fr", "kremlin", 0.25, ("Kiev",))), []),  # same pole: the variant note may serve both
        ((EN,), []),
    ],
)
def test_unexplained_language_poles(usages: tuple[Usage, ...], expected: list[str]) -> None:
    lexicon = _lexicon((Referent("r", "c", "r", (_variant(*usages),), sources=("Law No. 1-FZ",)),))
    found = unexplained_language_poles(lexicon)
    assert [m.split("language ")[1].split(":")[0] for m in found] == expected


@pytest.mark.parametrize("pack", available_packs())
def test_every_shipped_source_can_be_checked(pack: str) -> None:
    assert uncited_entries(load_pack(pack)) == []


@pytest.mark.parametrize("pack", available_packs())
def test_every_language_dependent_pole_is_explained_per_language(pack: str) -> None:
    assert unexplained_language_poles(load_pack(pack)) == []
