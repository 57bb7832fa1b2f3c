"""Composed probe sentences in the styles of state media and wire services, on the shipped pack.

Every sentence here was written for these tests (none is copied from a real
article). Each row lists the weighted hits expected, as ``(matched text,
pole, voice)``; neutral, zero-weight hits are left out so that adding a
neutral baseline form never breaks a row. The style tests then read each
table as one article: state-media wording must come out clearly on the
Kremlin side, wire wording clearly on the other.
"""

from __future__ import annotations

import pytest

from framing.resources import LEXICON_DIR
from framing.terminology import analyse_terms, load_pack

pytestmark = pytest.mark.skipif(not (LEXICON_DIR / "russia-ukraine.yaml").exists(),
                                reason="russia-ukraine pack absent")

Row = tuple[str, str, list[tuple[str, str, str]]]

STATE_EN: list[Row] = [
    ('en', "The Russian Defense Ministry said that units of the Battlegroup Center had liberated the settlement of Novoselovka in the Donetsk People's Republic over the past day.",
     [('liberated the settlement of', 'kremlin', 'reported'), ("Donetsk People's Republic", 'kremlin', 'reported')]),
    ('en', 'According to the ministry, the Kiev regime lost up to 400 servicemen in the area of the special military operation.',
     [('Kiev regime', 'kremlin', 'reported'), ('special military operation', 'kremlin', 'reported')]),
    ('en', 'Zakharova said the Kiev regime was using civilians as human shields in Artyomovsk.',
     [('Kiev regime', 'kremlin', 'reported'), ('Artyomovsk', 'kremlin', 'author')]),
    ('en', '"The Kiev regime continues its terrorist attacks against the civilian population of Donbass," Zakharova told reporters.',
     [('Kiev regime', 'kremlin', 'quoted'), ('Donbass', 'kremlin', 'quoted')]),
    ('en', 'Ukrainian nationalists shelled Gorlovka with NATO-supplied artillery, the DPR mission to the JCCC reported.',
     [('Ukrainian nationalists', 'kremlin', 'reported'), ('Gorlovka', 'kremlin', 'author'), ('DPR', 'kremlin', 'author')]),
    ('en', 'The AFU attempted to counterattack near Krasnoarmeysk but were repelled, the ministry added.',
     [('AFU', 'kremlin', 'reported'), ('Krasnoarmeysk', 'kremlin', 'author')]),
    ('en', 'Russian air defenses intercepted 12 drones launched by the Kiev regime over the Belgorod and Kursk regions.',
     [('Kiev regime', 'kremlin', 'author')]),
    ('en', 'The referendums on joining Russia were held in the DPR, LPR, Kherson and Zaporozhye regions from September 23 to 27.',
     [('joining Russia', 'kremlin', 'author'), ('DPR', 'kremlin', 'author'), ('LPR', 'kremlin', 'author'), ('Zaporozhye', 'kremlin', 'author')]),
    ('en', 'Foreign mercenaries fighting for Kiev suffered heavy losses near Kupyansk.',
     [('Foreign mercenaries', 'kremlin', 'author'), ('Kiev', 'kremlin', 'author'), ('Kupyansk', 'kremlin', 'author')]),
    ('en', 'The collective West keeps pumping Ukraine with weapons, prolonging the conflict, Lavrov said.',
     [('collective West', 'kremlin', 'reported'), ('pumping Ukraine with weapons', 'kremlin', 'reported')]),
    ('en', 'The new regions have become an integral part of Russia after the reunification.',
     [('new regions', 'kremlin', 'author'), ('integral part of Russia', 'kremlin', 'author'), ('reunification', 'kremlin', 'author')]),
    ('en', 'Peskov said the goals of the special military operation would be achieved.',
     [('special military operation', 'kremlin', 'reported')]),
    ('en', 'Western media have once again spread fakes about the so-called Bucha massacre.',
     [('spread fakes', 'kremlin', 'author'), ('Bucha massacre', 'ukraine', 'distanced')]),
    ('en', "The Ukrainian Armed Forces shelled Donetsk overnight, the city's mayor said.",
     []),
    ('en', 'Moscow has repeatedly warned that the Kiev regime is preparing a provocation at the Zaporozhye NPP.',
     [('Kiev regime', 'kremlin', 'reported'), ('preparing a provocation', 'kremlin', 'reported'), ('Zaporozhye', 'kremlin', 'author')]),
    ('en', 'The head of the Kherson Region, Vladimir Saldo, said evacuation of residents to the left bank continues.',
     []),
    ('en', 'Russian forces liberated Avdeyevka after months of fighting, Defense Minister Shoigu reported to Putin.',
     [('liberated Avdeyevka', 'kremlin', 'reported')]),
    ('en', 'The West\'s so-called "peace formula" ignores the realities on the ground.',
     [('peace formula', 'ukraine', 'distanced')]),  # "realities on the ground" is ordinary diplomatic English
    ('en', 'Odessa and Nikolaev regions were hit by precision strikes on military infrastructure.',
     [('Odessa', 'kremlin', 'author'), ('Nikolaev regions', 'kremlin', 'author')]),
]

WIRE_EN: list[Row] = [
    ('en', "Russia's invasion of Ukraine, which Moscow calls a special military operation, has killed thousands of civilians.",
     [("Russia's invasion", 'ukraine', 'author'), ('special military operation', 'kremlin', 'distanced')]),
    ('en', 'Russia, which calls its actions in Ukraine a "special military operation", denies targeting civilians.',
     [('special military operation', 'kremlin', 'distanced')]),
    ('en', 'Moscow says it is conducting a "special military operation" to "denazify" Ukraine, a claim Kyiv and the West reject as a baseless pretext for war.',
     [('special military operation', 'kremlin', 'quoted'), ('denazify', 'kremlin', 'quoted'), ('Kyiv', 'ukraine', 'author')]),
    ('en', 'Russian-installed officials in the occupied part of the Zaporizhzhia region said they would hold a vote.',
     [('Russian-installed', 'ukraine', 'author'), ('occupied part of', 'ukraine', 'author'), ('Zaporizhzhia', 'ukraine', 'author')]),
    ('en', 'Kyiv and its Western allies denounced the votes as a sham.',
     [('Kyiv', 'ukraine', 'author'), ('sham', 'ukraine', 'distanced')]),
    ('en', 'The Kremlin described the drone attack as a terrorist act by the Kiev regime.',
     [('terrorist act by the Kiev regime', 'kremlin', 'distanced')]),
    ('en', "Putin has falsely accused Ukraine's government of being run by neo-Nazis.",
     [('neo-Nazis', 'kremlin', 'distanced')]),
    ('en', 'Russian forces captured Bakhmut in May after months of fighting, Moscow said.',
     [('Bakhmut', 'ukraine', 'author')]),
    ('en', 'Ukraine says thousands of children have been deported to Russia; Moscow says it evacuated them from the combat zone.',
     [('deported to Russia', 'ukraine', 'reported')]),
    ('en', 'The Russian defence ministry said its forces had "liberated" the village, using its term for captured territory.',
     []),
    ('en', "Russia's full-scale invasion began on Feb. 24, 2022.",
     [('full-scale invasion', 'ukraine', 'author')]),
    ('en', 'Moscow illegally annexed four partially occupied Ukrainian regions in September 2022 following referendums that Kyiv and the West called a sham.',
     [('illegally annexed', 'ukraine', 'author'), ('occupied Ukrainian regions', 'ukraine', 'author'), ('Kyiv', 'ukraine', 'author'), ('sham', 'ukraine', 'distanced')]),
    ('en', 'Pro-Russian separatists have controlled parts of the Donbas since 2014.',
     [('Pro-Russian separatists', 'ukraine', 'author'), ('Donbas', 'ukraine', 'author')]),
    ('en', "Russia's defence ministry said Ukrainian forces had staged a provocation at the plant, without providing evidence.",
     [('staged a provocation', 'kremlin', 'reported')]),
    ('en', 'What Russia calls its "new regions" remain internationally recognised as part of Ukraine.',
     [('new regions', 'kremlin', 'distanced')]),
    ('en', 'The Kremlin-installed governor of Sevastopol said an air raid alert was in force.',
     [('Kremlin-installed', 'ukraine', 'author')]),
    ('en', 'Russia\'s so-called "denazification" campaign has no basis in fact, analysts say.',
     [('denazification', 'kremlin', 'distanced')]),
    ('en', 'Ukrainian troops recaptured Kharkiv region towns in a lightning counteroffensive.',
     [('Kharkiv', 'ukraine', 'author')]),
]

STATE_FR: list[Row] = [
    ('fr', 'Les forces russes ont libéré la localité de Novosselovka en République populaire de Donetsk, a indiqué le ministère russe de la Défense.',
     [('libéré la localité de', 'kremlin', 'reported'), ('République populaire de Donetsk', 'kremlin', 'reported')]),
    ('fr', 'Le régime de Kiev poursuit ses bombardements contre la population civile du Donbass.',
     [('régime de Kiev', 'kremlin', 'author')]),
    ('fr', "Selon Maria Zakharova, l'Occident collectif continue d'armer le régime de Zelensky.",
     [('Occident collectif', 'kremlin', 'reported'), ('régime de Zelensky', 'kremlin', 'reported')]),
    ('fr', '« Le régime de Kiev commet des crimes de guerre », a déclaré le porte-parole du Kremlin.',
     [('régime de Kiev', 'kremlin', 'quoted'), ('crimes de guerre', 'ukraine', 'quoted')]),
    ('fr', "Les nouvelles régions ont rejoint la Fédération de Russie à l'issue des référendums.",
     [('nouvelles régions', 'kremlin', 'author'), ('ont rejoint la Fédération de Russie', 'kremlin', 'author')]),
    ('fr', 'Le rattachement des quatre régions à la Russie a été célébré sur la place Rouge.',
     [('rattachement', 'kremlin', 'author')]),
    ('fr', "Les objectifs de l'opération militaire spéciale seront atteints, a assuré Dmitri Peskov.",
     [('opération militaire spéciale', 'kremlin', 'reported')]),
    ('fr', "Des mercenaires étrangers ont été éliminés près d'Artiomovsk.",
     [('mercenaires étrangers', 'kremlin', 'author'), ('Artiomovsk', 'kremlin', 'author')]),
    ('fr', 'Moscou dénonce une nouvelle provocation du régime de Kiev à la centrale de Zaporojie.',
     [('nouvelle provocation', 'kremlin', 'author'), ('régime de Kiev', 'kremlin', 'author'), ('Zaporojie', 'kremlin', 'author')]),
    ('fr', 'Les nationalistes ukrainiens ont bombardé Gorlovka.',
     [('nationalistes ukrainiens', 'kremlin', 'author'), ('Gorlovka', 'kremlin', 'author')]),
    ('fr', "La dénazification et la démilitarisation de l'Ukraine restent les objectifs de Moscou.",
     [('dénazification', 'kremlin', 'author'), ("démilitarisation de l'Ukraine", 'kremlin', 'author')]),
]

WIRE_FR: list[Row] = [
    ('fr', "Depuis le début de l'invasion russe de l'Ukraine le 24 février 2022, que Moscou qualifie d'« opération militaire spéciale », des milliers de civils ont été tués.",
     [("invasion russe de l'Ukraine", 'ukraine', 'author'), ('opération militaire spéciale', 'kremlin', 'distanced')]),
    ('fr', "La Russie a annexé en septembre 2022 quatre régions ukrainiennes partiellement occupées, à l'issue de référendums dénoncés comme des simulacres par Kiev et les Occidentaux.",
     [('a annexé', 'ukraine', 'author'), ('simulacres', 'ukraine', 'distanced')]),
    ('fr', "Les autorités d'occupation installées par Moscou dans la région de Zaporijjia ont annoncé l'évacuation de 18 localités.",
     [("autorités d'occupation", 'ukraine', 'author'), ('installées par Moscou', 'ukraine', 'author')]),
    ('fr', 'Le Kremlin accuse Kiev de provocation, sans apporter de preuves.',
     [('provocation', 'kremlin', 'distanced')]),
    ('fr', 'Ce que le Kremlin nomme son « opération militaire spéciale » est entré dans sa troisième année.',
     [('opération militaire spéciale', 'kremlin', 'distanced')]),
    ('fr', "Moscou justifie l'offensive au nom de la prétendue « dénazification » de l'Ukraine.",
     [('dénazification', 'kremlin', 'distanced')]),
    ('fr', 'Les séparatistes prorusses contrôlent une partie du Donbass depuis 2014.',
     [('séparatistes prorusses', 'ukraine', 'author')]),
    ('fr', 'Des bombardements ont touché Kharkiv et Odessa dans la nuit, selon les autorités ukrainiennes.',
     []),
    ('fr', "La guerre d'agression menée par la Russie a été condamnée par l'Assemblée générale de l'ONU.",
     [("guerre d'agression", 'ukraine', 'author')]),
    ('fr', 'Kiev et ses alliés qualifient ces scrutins de simulacres.',
     [('simulacres', 'ukraine', 'distanced')]),
]

# Spellings, labels and events named one way or the other, in both languages.
LABELS: list[Row] = [
    ('en', 'Kiev, Kharkov, Lugansk, Odessa, Nikolaev region, Zaporozhye and Artemovsk lie in the Donbass and beyond.',
     [('Kiev', 'kremlin', 'author'), ('Kharkov', 'kremlin', 'author'), ('Lugansk', 'kremlin', 'author'), ('Odessa', 'kremlin', 'author'), ('Nikolaev region', 'kremlin', 'author'), ('Zaporozhye', 'kremlin', 'author'), ('Artemovsk', 'kremlin', 'author'), ('Donbass', 'kremlin', 'author')]),
    ('en', 'Kyiv, Kharkiv, Luhansk, Odesa, Mykolaiv, Zaporizhzhia and Bakhmut lie in the Donbas and beyond.',
     [('Kyiv', 'ukraine', 'author'), ('Kharkiv', 'ukraine', 'author'), ('Luhansk', 'ukraine', 'author'), ('Odesa', 'ukraine', 'author'), ('Mykolaiv', 'ukraine', 'author'), ('Zaporizhzhia', 'ukraine', 'author'), ('Bakhmut', 'ukraine', 'author'), ('Donbas', 'ukraine', 'author')]),
    ('fr', 'Kiev, Kharkov, Odessa et le Donbass ont été bombardés.',
     []),
    ('fr', "Kyiv, Kyïv, Odesa et le Donbas sont écrits à l'ukrainienne.",
     [('Kyiv', 'ukraine', 'author'), ('Kyïv', 'ukraine', 'author'), ('Odesa', 'ukraine', 'author'), ('Donbas', 'ukraine', 'author')]),
    ('fr', 'Artiomovsk et Zaporojie sont les noms russes de Bakhmout et Zaporijjia.',
     [('Artiomovsk', 'kremlin', 'author'), ('Zaporojie', 'kremlin', 'author')]),
    ('en', 'The Russian-backed separatists of the so-called republics fought the Ukrainian army.',
     [('Russian-backed separatists', 'ukraine', 'author'), ('so-called republics', 'ukraine', 'author')]),
    ('en', 'Russian occupiers deported children from the occupied territories.',
     [('Russian occupiers', 'ukraine', 'author'), ('deported children', 'ukraine', 'author'), ('occupied territories', 'ukraine', 'author')]),
    ('en', "Moscow's puppet authorities in Melitopol staged a sham referendum.",
     [("Moscow's puppet", 'ukraine', 'author'), ('sham referendum', 'ukraine', 'author')]),
    ('en', 'The neo-Nazis of the Azov battalion surrendered at Azovstal.',
     [('neo-Nazis', 'kremlin', 'author')]),
    ('en', 'The denazification of Ukraine and the genocide in Donbass were cited as reasons.',
     [('denazification', 'kremlin', 'author'), ('genocide in Donbass', 'kremlin', 'author')]),
    ('en', 'The Ukraine crisis and the conflict in Ukraine were discussed in Beijing.',
     [('Ukraine crisis', 'kremlin', 'author'), ('conflict in Ukraine', 'kremlin', 'author')]),
    ('en', "Russia's war against Ukraine, a war of aggression, entered its second year.",
     [("Russia's war against Ukraine", 'ukraine', 'author'), ('war of aggression', 'ukraine', 'author')]),
    ('fr', 'La Russie a organisé des pseudo-référendums dans les territoires occupés.',
     [('pseudo-référendums', 'ukraine', 'author'), ('territoires occupés', 'ukraine', 'author')]),
    ('fr', 'Les occupants russes ont déporté des enfants ukrainiens.',
     [('occupants russes', 'ukraine', 'author'), ('déporté des enfants', 'ukraine', 'author')]),
    ('fr', "L'annexion illégale de la Crimée n'a jamais été reconnue.",
     [('annexion illégale', 'ukraine', 'author')]),
    ('fr', 'La réunification de la Crimée avec la Russie a eu lieu en 2014.',
     [('réunification de la Crimée avec la Russie', 'kremlin', 'author')]),
    ('fr', 'Le génocide dans le Donbass et la dénazification sont invoqués par Moscou.',
     [('génocide dans le Donbass', 'kremlin', 'author'), ('dénazification', 'kremlin', 'author')]),
    ('fr', 'Les autorités installées par Moscou ont évacué les habitants vers la Russie.',
     [('installées par Moscou', 'ukraine', 'author')]),
    ('fr', 'La crise ukrainienne et le conflit en Ukraine inquiètent Pékin.',
     [('crise ukrainienne', 'kremlin', 'author'), ('conflit en Ukraine', 'kremlin', 'author')]),
    ('en', "Zelensky's regime and Zelenskyy's government",
     [("Zelensky's regime", 'kremlin', 'author')]),
    ('en', "the Donbass militia and the people's militia of the LPR",
     [('Donbass militia', 'kremlin', 'author'), ("people's militia", 'kremlin', 'author'), ('LPR', 'kremlin', 'author')]),
    ('en', "Kiev's provocations continue, and another provocation is being prepared.",
     [("Kiev's provocations", 'kremlin', 'author'), ('another provocation', 'kremlin', 'author')]),
]


@pytest.fixture(scope="module")
def pack():
    return load_pack("russia-ukraine")


def weighted(text: str, language: str, lexicon) -> list[tuple[str, str, str]]:
    """Return (matched text, pole, voice) of the weighted hits, checking offsets on the way."""
    hits = analyse_terms(text, language=language, lexicon=lexicon).terms
    assert all(text[h.start : h.end] == h.text for h in hits)
    return [(h.text, h.pole, h.voice) for h in hits if h.weight > 0]


@pytest.mark.parametrize(("language", "text", "expected"), STATE_EN + WIRE_EN + STATE_FR + WIRE_FR + LABELS)
def test_probe(pack, language: str, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert weighted(text, language, pack) == expected


@pytest.mark.parametrize(
    ("rows", "low", "high"),
    [(STATE_EN, 0.8, 1.0), (STATE_FR, 0.8, 1.0), (WIRE_EN, -1.0, -0.5), (WIRE_FR, -1.0, -0.5)],
    ids=["state-en", "state-fr", "wire-en", "wire-fr"],
)
def test_state_media_and_wires_separate(pack, rows: list[Row], low: float, high: float) -> None:
    language = rows[0][0]
    article = "\n\n".join(text for _, text, _ in rows)
    index = analyse_terms(article, language=language, lexicon=pack).terminology_index
    assert index is not None and low <= index <= high


# The misses reported in the issue, one row each: (language, text, term, voice).
KNOWN_MISSES = [
    ("en", "Russia's invasion of Ukraine, which Moscow calls a special military operation, goes on.",
     "special military operation", "distanced"),
    ("en", "what Russia calls its special military operation", "special military operation", "distanced"),
    ("en", "what the Kremlin terms a special operation", "special operation", "distanced"),
    ("en", "Moscow's so-called special military operation", "special military operation", "distanced"),
    ("en", "the invasion, dubbed by Moscow a special military operation", "special military operation", "distanced"),
    ("en", "the special military operation, as Russia calls it, goes on", "special military operation", "distanced"),
    ("en", "a conflict that Moscow describes as a special military operation", "special military operation", "distanced"),
    ("fr", "l'invasion, que Moscou qualifie d'opération militaire spéciale", "opération militaire spéciale", "distanced"),
    ("fr", "ce que le Kremlin nomme « opération militaire spéciale »", "opération militaire spéciale", "distanced"),
    ("fr", "la guerre que la Russie appelle opération militaire spéciale", "opération militaire spéciale", "distanced"),
    ("en", "Officials of Zelensky's regime met.", "Zelensky's regime", "author"),
    ("en", "The Zelensky regime refuses talks.", "Zelensky regime", "author"),
    ("fr", "Le régime de Zelensky refuse de négocier.", "régime de Zelensky", "author"),
    ("en", "Ukrainian troops staged a provocation at the plant.", "staged a provocation", "author"),
    ("en", "Kiev's provocations continue.", "Kiev's provocations", "author"),
    ("fr", "Le rattachement des nouvelles régions a été proclamé.", "rattachement", "author"),
    ("fr", "Les nouvelles régions participent au scrutin.", "nouvelles régions", "author"),
    ("en", "The new regions took part in the vote.", "new regions", "author"),
    ("fr", "Les villes occupées manquent d'eau.", "villes occupées", "author"),
    ("fr", "Dans les territoires occupés, l'électricité est coupée.", "territoires occupés", "author"),
    ("en", "Russian-installed officials announced a vote.", "Russian-installed", "author"),
    ("en", "The Moscow-installed governor spoke.", "Moscow-installed", "author"),
    ("en", "Ukrainian nationalists shelled the town.", "Ukrainian nationalists", "author"),
    ("en", "The neo-Nazis retreated.", "neo-Nazis", "author"),
    ("en", "nationalist battalions were defeated", "nationalist battalions", "author"),
    ("en", "the historic lands of Novorossiya", "Novorossiya", "author"),
]


@pytest.mark.parametrize(("language", "text", "term", "voice"), KNOWN_MISSES)
def test_known_misses(pack, language: str, text: str, term: str, voice: str) -> None:
    hits = analyse_terms(text, language=language, lexicon=pack).terms
    assert (term, voice) in [(h.text, h.voice) for h in hits]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Kiev, Kharkov, Odessa et le Donbass"),  # French exonyms: standard, not Kremlin markers
        ("en", "chicken Kiev, Kievan Rus', an invasion of privacy, Dynamo Kiev, the Kyiv Independent"),
        ("fr", "un poulet à la Kiev, une invasion de criquets, le rattachement administratif"),
        ("en", "German reunification and family reunification"),
        ("en", "the Hong Kong New Territories and new regions of the brain"),
    ],
)
def test_false_friends_carry_no_weight(pack, language: str, text: str) -> None:
    assert weighted(text, language, pack) == []


# Reported speech (issue 15): a wire that relays Kremlin claims in indirect speech and writes its
# own copy in Western terms, and state media that adopt the same labels in their own voice. Each
# paragraph lists (matched text, pole, voice, weight) of its weighted hits; articles dated 2023.
REPORTING_EN: list[tuple[str, list[tuple[str, str, str, float]]]] = [
    ("Russia's defence ministry said on Tuesday its forces had liberated the village of Khromove near Bakhmut, a claim that could not be independently verified.",
     [("Bakhmut", "ukraine", "author", 0.25)]),  # a spelling: the writer's, even in reported speech
    ("According to the ministry, the Kiev regime lost more than 200 servicemen in the area over the past day.",
     [("Kiev regime", "kremlin", "reported", 1.0)]),
    ("Kremlin spokesman Dmitry Peskov claimed that the goals of the special military operation would be achieved.",
     [("special military operation", "kremlin", "reported", 1.0)]),
    ("Moscow launched its full-scale invasion of Ukraine in February 2022.",
     [("full-scale invasion", "ukraine", "author", 0.5)]),
    ("Russian-installed officials in the occupied part of the Zaporizhzhia region said shelling had damaged a power line.",
     [("Russian-installed", "ukraine", "author", 0.25), ("occupied part of", "ukraine", "author", 0.5),
      ("Zaporizhzhia", "ukraine", "author", 0.25)]),
    ("Lavrov said the collective West was waging a proxy war against Russia.",
     [("collective West", "kremlin", "reported", 1.0), ("proxy war against Russia", "kremlin", "reported", 0.5)]),
    ("Kyiv has rejected the claims.", [("Kyiv", "ukraine", "author", 0.25)]),
]
ADOPTION_EN: list[tuple[str, list[tuple[str, str, str, float]]]] = [
    ("Units of the Battlegroup South liberated the settlement of Khromove in the Donetsk People's Republic.",
     [("liberated the settlement of", "kremlin", "author", 1.0), ("Donetsk People's Republic", "kremlin", "author", 0.5)]),
    ("The Kiev regime lost more than 200 servicemen in the area over the past day.",
     [("Kiev regime", "kremlin", "author", 1.0)]),
    ("The goals of the special military operation will be achieved.",
     [("special military operation", "kremlin", "author", 1.0)]),
    ("The collective West continues to pump the Kiev regime with weapons.",
     [("collective West", "kremlin", "author", 1.0), ("Kiev regime", "kremlin", "author", 1.0)]),
    ("Residents of Artyomovsk welcomed the liberation of their city.", [("Artyomovsk", "kremlin", "author", 1.0)]),
    ("Ukrainian nationalists shelled Gorlovka overnight.",
     [("Ukrainian nationalists", "kremlin", "author", 0.25), ("Gorlovka", "kremlin", "author", 0.5)]),
]
REPORTING_FR: list[tuple[str, list[tuple[str, str, str, float]]]] = [
    ("L'armée russe a affirmé mardi avoir libéré le village de Khromové, près de Bakhmout, une affirmation invérifiable de source indépendante.",
     [("libéré le village de", "kremlin", "reported", 1.0)]),
    ("Selon le ministère russe de la Défense, le régime de Kiev a perdu plus de 200 militaires en une journée.",
     [("régime de Kiev", "kremlin", "reported", 1.0)]),
    ("Le porte-parole du Kremlin, Dmitri Peskov, a déclaré que les objectifs de l'opération militaire spéciale seraient atteints.",
     [("opération militaire spéciale", "kremlin", "reported", 1.0)]),
    ("La Russie a lancé son invasion à grande échelle de l'Ukraine en février 2022.",
     [("invasion à grande échelle de l'Ukraine", "ukraine", "author", 0.5)]),
    ("Les autorités d'occupation installées par Moscou dans la région de Zaporijjia ont fait état de coupures d'électricité.",
     [("autorités d'occupation", "ukraine", "author", 0.5), ("installées par Moscou", "ukraine", "author", 0.25)]),
    ("La dénazification de l'Ukraine reste l'objectif de Moscou, a-t-il ajouté.",
     [("dénazification", "kremlin", "reported", 1.0)]),
    ("Kiev et ses alliés dénoncent une guerre d'agression.", [("guerre d'agression", "ukraine", "author", 1.0)]),
]
ADOPTION_FR: list[tuple[str, list[tuple[str, str, str, float]]]] = [
    ("Les unités du groupement Sud ont libéré la localité de Khromové en République populaire de Donetsk.",
     [("libéré la localité de", "kremlin", "author", 1.0), ("République populaire de Donetsk", "kremlin", "author", 0.5)]),
    ("Le régime de Kiev a perdu plus de 200 militaires en une journée.", [("régime de Kiev", "kremlin", "author", 1.0)]),
    ("Les objectifs de l'opération militaire spéciale seront atteints.",
     [("opération militaire spéciale", "kremlin", "author", 1.0)]),
    ("L'Occident collectif continue d'armer le régime de Kiev.",
     [("Occident collectif", "kremlin", "author", 1.0), ("régime de Kiev", "kremlin", "author", 1.0)]),
    ("Les habitants d'Artiomovsk ont salué la libération de leur ville.", [("Artiomovsk", "kremlin", "author", 1.0)]),
    ("Les nationalistes ukrainiens ont bombardé Gorlovka dans la nuit.",
     [("nationalistes ukrainiens", "kremlin", "author", 0.25), ("Gorlovka", "kremlin", "author", 0.25)]),
]
STYLES = {"reporting-en": ("en", REPORTING_EN), "adoption-en": ("en", ADOPTION_EN),
          "reporting-fr": ("fr", REPORTING_FR), "adoption-fr": ("fr", ADOPTION_FR)}


@pytest.mark.parametrize(("language", "text", "expected"),
                         [(lang, text, hits) for lang, rows in STYLES.values() for text, hits in rows])
def test_reporting_probe(pack, language: str, text: str, expected: list[tuple[str, str, str, float]]) -> None:
    hits = analyse_terms(text, language=language, lexicon=pack, date="2023-05-10").terms
    assert [(h.text, h.pole, h.voice, h.weight) for h in hits if h.weight > 0] == expected


@pytest.mark.parametrize(
    ("style", "index"),
    [
        # Author-voice weights only, Σ(sign·w) / (Σw + 1):
        ("reporting-en", -2.0 / 3.0),  # −(0.25 + 0.5 + 0.25 + 0.5 + 0.25 + 0.25) / (2 + 1)
        ("adoption-en", 7.25 / 8.25),  # 1 + 0.5 + 1 + 1 + 1 + 1 + 1 + 0.25 + 0.5 = 7.25, all Kremlin-side
        ("reporting-fr", -2.25 / 3.25),  # −(0.5 + 0.5 + 0.25 + 1) / (2.25 + 1)
        ("adoption-fr", 7.0 / 8.0),  # 1 + 0.5 + 1 + 1 + 1 + 1 + 1 + 0.25 + 0.25 = 7
    ],
)
def test_reported_claims_no_longer_pull_wires_to_the_kremlin_side(pack, style: str, index: float) -> None:
    language, rows = STYLES[style]
    article = "\n\n".join(text for text, _ in rows)
    result = analyse_terms(article, language=language, lexicon=pack, date="2023-05-10")
    assert result.terminology_index == pytest.approx(index)
    assert result.terminology_index <= -0.5 if style.startswith("reporting") else result.terminology_index >= 0.8
