"""Speaker attribution in English and French: inversions, pronouns, role nouns, continuations,
and the cases where no one can be named (a wrong name is worse than none)."""

from __future__ import annotations

import pytest


def speakers(quotes: list[dict]) -> list[tuple[str, str | None]]:
    return [(q["text"], q["speaker"]) for q in quotes]


CASES = [
    # inverted and regular attribution, titles before and after the name
    ("en", "“The talks were constructive,” said Kremlin spokesman Dmitry Peskov.", "2023-07-12",
     [("The talks were constructive,", "Dmitry Peskov")]),
    ("en", "“Every week counts,” Ukrainian Foreign Minister Dmytro Kuleba told reporters.", "2024-03-05",
     [("Every week counts,", "Dmytro Kuleba")]),
    # pronouns go to the most recent compatible person
    ("en", "Ursula von der Leyen met Olaf Scholz. “Europe must stand together,” she said. “We are ready,” he added.", "2023-03-03",
     [("Europe must stand together,", "Ursula von der Leyen"), ("We are ready,", "Olaf Scholz")]),
    # role nouns resolve to the person who holds the role in the article
    ("en", "Grace Liu, a geologist at the university, studied the coast. “We moved the erosion,” the researcher said.", "2024-06-18",
     [("We moved the erosion,", "Grace Liu")]),
    # a quote continuing the previous one in the same paragraph
    ("en", "“We have lost everything,” said Olena Marchuk. “My husband built this.”", "2022-09-16",
     [("We have lost everything,", "Olena Marchuk"), ("My husband built this.", "Olena Marchuk")]),
    # an attribution line after a block quote; a paragraph announcing the next quote
    ("en", "Intro.\n\n“We will compensate farmers.”\n\nLena Vogt, Minister of Agriculture", "2024-08-20",
     [("We will compensate farmers.", "Lena Vogt")]),
    ("en", "Dr. Ifeoma Chukwu described the first weeks.\n\n“We had no cold chain in the north.”", "2024-10-15",
     [("We had no cold chain in the north.", "Ifeoma Chukwu")]),
    # French inversions, honorifics, incises, selon
    ("fr", "« Nous ne céderons pas », a déclaré le Premier ministre, Michel Barnier. « Le budget sera voté », a-t-il ajouté.", "2024-10-10",
     [("Nous ne céderons pas", "Michel Barnier"), ("Le budget sera voté", "Michel Barnier")]),
    ("fr", "Le maire, Jacques Dupont, est visé. M. Dupont a réfuté. « Je n'ai rien à me reprocher », a-t-il lancé.", "2024-05-28",
     [("Je n'ai rien à me reprocher", "Jacques Dupont")]),
    ("fr", "« La situation est grave, explique Claire Dubois, infirmière. Nous manquons de lits. »", "2024-01-19",
     [("La situation est grave, explique Claire Dubois, infirmière. Nous manquons de lits.", "Claire Dubois")]),
    ("fr", "La climatologue Inès Barreau alerte sur les canicules. Selon elle, les villes devront planter des arbres.", "2024-04-16",
     [("les villes devront planter des arbres", "Inès Barreau")]),
    # a title naming one office holder on the article's date
    ("fr", "Le président ukrainien a appelé à l'aide. « Chaque jour compte », a-t-il insisté.", "2022-03-12",
     [("Chaque jour compte", "Volodymyr Zelensky")]),
]


@pytest.mark.parametrize(("language", "text", "date", "expected"), CASES)
def test_speakers(quotes_of, language, text, date, expected) -> None:
    assert speakers(quotes_of(text, language, date)) == expected


NO_ONE = [
    ("en", "“We remain at the table,” a company spokeswoman said."),
    ("en", "Two officials, who spoke on condition of anonymity, said the draft had been rejected."),
    ("en", "“Leave now,” read a message on the wall."),
    ("en", "Critics said the figures did not add up."),
    ("en", "Body text.\n\nXi Jinping, President of China\n\n“Nobody asked us,” he said."),  # a caption names no speaker
    ("fr", "« Plus jamais ça », pouvait-on lire sur une banderole."),
    ("fr", "« Rien n'est encore fixé », indique-t-on à l'Élysée."),
    ("fr", "L'Occident refuse ce qu'il qualifie de « simulacre » électoral."),
    ("fr", "La Commission européenne a publié un avis. Elle a ajouté que les délais seraient tenus."),
]


@pytest.mark.parametrize(("language", "text"), NO_ONE)
def test_no_speaker_rather_than_a_wrong_one(quotes_of, language, text) -> None:
    persons = [q["speaker"] for q in quotes_of(text, language) if q["speaker"] not in (None, "European Commission")]
    assert persons == []
