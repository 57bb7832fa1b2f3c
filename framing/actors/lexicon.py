"""Closed word lists for person detection and reference resolution in English and French.

Honorifics, title words, role nouns (with their gender and class), pronouns, and
the capitalised words that start sentences or name times, places and
organisations rather than people. Method: the rule-based name finders of the
MUC tradition (Mikheev, Moens & Grover 1999) and the Gender Gap Tracker's
honorific rules, written for news about governments and wars.
"""

from __future__ import annotations

from framing.actors.folding import fold

__all__ = [
    "FUNCTION_WORDS",
    "HONORIFICS",
    "NAME_PARTICLES",
    "NON_NAME_WORDS",
    "ORG_WORDS",
    "PRONOUNS",
    "ROLE_NOUNS",
    "TITLE_WORDS",
    "first_name_gender",
    "is_given_name",
    "role_noun",
]

# Short function words that never carry a title on their own.
FUNCTION_WORDS = frozenset(
    "a an the of for to in on at by with and or as from de du des la le les l d l' d' et ou en a au aux par pour sur avec chez dans".split()
)

# Honorific (folded, without its dot) → gender it implies (None: none).
HONORIFICS: dict[str, str | None] = {
    "mr": "m", "mrs": "f", "ms": "f", "miss": "f", "dr": None, "prof": None, "sir": "m", "dame": "f",
    "lord": "m", "lady": "f", "m": "m", "mme": "f", "mlle": "f", "pr": None, "me": None,
}

# Words inside names that are lower-case or particles: "Jean-Yves Le Drian", "al-Assad".
NAME_PARTICLES = frozenset(
    "de du des da das dos di del della van von der den ter le la bin ibn ben bint abu al el st st. mc".split()
)

# Capitalised title words that precede a name ("General Sergei Surovikin"); roles.yaml adds more.
TITLE_WORDS = frozenset(
    fold(w)
    for w in """president presidente président présidente prime premier minister ministre secretary
    secretary-general chancellor chancelier chancelière governor gouverneur mayor maire general
    général gen colonel col lieutenant lt major maj captain capt commander commandant admiral amiral
    marshal maréchal sergeant sgt father père pastor rabbi imam patriarch patriarche pope pape king
    roi queen reine prince princess princesse senator sen sénateur representative rep ambassador
    ambassadeur ambassadrice commissioner commissaire judge juge justice sheikh cheikh emir émir
    spokesman spokeswoman spokesperson porte-parole deputy vice foreign defence defense interior
    state chief chef head director directeur directrice adviser advisor conseiller conseillère
    envoy émissaire colonel-general army navy air force forces chairman chairwoman speaker
    lieutenant-general major-general brigadier brigadier-general monseigneur archbishop archevêque
    cardinal bishop évêque metropolitan métropolite""".split()
)

# Role nouns: folded noun → (class, gender or None). Classes: official, expert, civilian, media.
_ROLES = {
    "official": """spokesman:m spokeswoman:f spokesperson minister president official officer diplomat
        ambassador envoy governor mayor commander general colonel adviser advisor aide chief head
        director leader deputy representative chairman:m chairwoman:f negotiator prosecutor
        ombudsman secretary lawmaker senator councillor councilor mp delegate administrator
        porte-parole ministre président:m présidente:f responsable élu:m élue:f diplomate
        ambassadeur:m ambassadrice:f gouverneur maire commandant général officier conseiller:m
        conseillère:f chef:m cheffe:f directeur:m directrice:f dirigeant:m dirigeante:f
        représentant:m représentante:f procureur:m procureure:f secrétaire député:m députée:f
        négociateur:m négociatrice:f délégué:m déléguée:f émissaire médiateur:m médiatrice:f
        coordinateur:m coordinatrice:f counterpart homologue attaché:m attachée:f""",
    "expert": """analyst expert researcher professor historian specialist scientist economist lawyer
        jurist academic scholar hydrologist political-scientist sociologist consultant
        analyste experte chercheur:m chercheuse:f professeur professeure:f historien:m
        historienne:f spécialiste politologue économiste juriste universitaire hydrologue
        sociologue consultante:f avocat:m avocate:f géopolitologue""",
    "civilian": """resident woman:f man:m mother:f father:m teacher schoolteacher nurse doctor student
        pensioner retiree farmer trader priest activist volunteer survivor witness refugee
        mechanic accountant engineer worker driver evacuee inhabitant
        habitant:m habitante:f retraité:m retraitée:f femme:f homme:m mère:f père:m
        enseignant:m enseignante:f infirmier:m infirmière:f médecin étudiant:m étudiante:f
        agriculteur:m agricultrice:f négociant:m négociante:f prêtre militant:m militante:f
        bénévole survivant:m survivante:f témoin réfugié:m réfugiée:f ingénieur:m ingénieure:f
        mécanicien:m ouvrier:m ouvrière:f""",
    "media": """correspondent journalist reporter editor correspondant:m correspondante:f
        journaliste rédacteur:m rédactrice:f""",
}
ROLE_NOUNS: dict[str, tuple[str, str | None]] = {}
for _cls, _words in _ROLES.items():
    for _item in _words.split():
        _word, _, _gender = _item.partition(":")
        ROLE_NOUNS[fold(_word.replace("political-scientist", "political scientist"))] = (_cls, _gender or None)


def role_noun(word: str) -> tuple[str, str | None] | None:
    """Return ``(class, gender)`` of a role noun (singular or plural), or None."""
    key = fold(word)
    return ROLE_NOUNS.get(key) or (ROLE_NOUNS.get(key[:-1]) if key.endswith("s") else None)


# Subject pronouns that can report speech → gender ("pl" for plural).
PRONOUNS: dict[str, dict[str, str]] = {
    "en": {"he": "m", "she": "f", "they": "pl"},
    "fr": {"il": "m", "elle": "f", "ils": "pl", "elles": "pl"},
}

# Capitalised words that are never (the start of) a person's name.
NON_NAME_WORDS = frozenset(
    fold(w)
    for w in """the a an this that these those it its he she they we i you his her their our my your
    in on at for from with by as after before during while when whenever but and or nor so yet also
    however meanwhile according under over across near since until although though if unlike
    despite following amid among many several some most all both each every no not other another
    such there here today yesterday tomorrow earlier later now then thus moreover furthermore still
    even only just why what who how where which whose whatever one two three four five six seven
    eight nine ten first second third last next new former late mr mrs ms dr said says told added
    le la les l un une des du de dans pour par sur sous avec sans selon depuis après avant pendant
    lors alors mais et ou donc car ce cette ces cet il elle ils elles on nous vous je tu au aux en
    à quelques plusieurs tous toutes tout toute chaque aucun aucune seul seule ni si lui leur
    leurs son sa ses mon ma mes notre nos votre vos quand comme puis ainsi enfin pourtant cependant
    dès entre vers chez contre malgré face hier aujourd demain jamais encore déjà aussi même
    monday tuesday wednesday thursday friday saturday sunday january february march april may june
    july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec
    lundi mardi mercredi jeudi vendredi samedi dimanche janvier février mars avril mai juin juillet
    août septembre octobre novembre décembre
    western eastern northern southern soviet european arab gulf international national federal
    regional local russian-installed russian-appointed moscow-installed pro-russian pro-kremlin
    breaking live update updated read watch photo video click connect learn source sources
    war peace russia ukraine
    canada canadian canadians quebec québec australia australian japan japanese mexico mexican brazil
    argentina chile colombia venezuela cuba spain spanish espagne espagnol italy italie greece grèce
    austria autriche switzerland suisse swiss belgium belgique belgian belge denmark danemark danish
    ireland irlande irish scotland écosse wales romania roumanie romanian bulgaria bulgarie serbia
    serbie croatia croatie slovakia slovaquie czech tchèque lithuania lituanie latvia lettonie georgia
    géorgie armenia arménie azerbaijan azerbaïdjan syria syrie iraq irak lebanon liban jordan jordanie
    egypt égypte morocco maroc algeria algérie tunisia tunisie libya libye sudan soudan ethiopia
    nigeria kenya afghanistan pakistan indonesia indonésie korea corée vietnam thailand africa afrique
    asia asie europe american africain african asian arabe arabie emirates émirats oman yemen yémen
    kuwait koweït bahrain bahreïn crimea crimée donbas donbass kharkiv kherson mariupol odesa odessa
    lviv kyiv kiev moscow moscou""".split()
)

# Words that make a capitalised sequence an organisation, place or thing, not a person.
ORG_WORDS = frozenset(
    fold(w)
    for w in """ministry ministère council conseil agency agence office bureau embassy ambassade
    administration commission committee comité court cour parliament parlement government
    gouvernement army armée forces force police service services university université institute
    institut centre center group groupe association union bank banque company corporation party
    parti assembly assemblée department département foundation fondation organization organisation
    republic république federation fédération region région oblast province city ville hall palace
    palais square place street rue sea mer river fleuve dam barrage plant centrale station airport
    aéroport bridge pont church église cathedral cathédrale theatre theater théâtre hospital hôpital
    school école museum stadium news daily times post press wire broadcasting tv radio channel
    telegram twitter facebook guard garde battalion bataillon brigade regiment division navy fleet
    prosecutor's club initiative treaty accord agreement summit sommet bloc alliance coalition
    movement mouvement front network réseau program programme fund fonds monitor watch cross croix
    crescent nations states émirats emirates kingdom royaume""".split()
)

# Given names whose gender is not marked by a final -a, and -a names borne by men.
_FEMALE_NAMES = frozenset(
    fold(w)
    for w in """marie claire mathilde nathalie sophie catherine ingrid hannah layla ursula kaja anne
    annalena liz elizabeth elisabeth margaret agnès agnes ségolène hélène helene isabelle christine
    caroline charlotte juliette louise alice rachel ruth esther sarah leah chloé chloe lucie emilie
    émilie camille aurélie valérie valerie laurence florence brigitte nicole jacqueline madeleine
    margot irène irene karine élisabeth marine rima nour hind mariam miriam meryem yasmin yasmine
    jasmine carmen mercedes ines inès beatriz tetiana tatiana lyudmyla liudmyla nadiya nadia
    iryna irina olena halyna svitlana oksana natalia nataliya valentyna ioulia yulia olha olga""".split()
)
_MALE_A_NAMES = frozenset(
    fold(w)
    for w in """nikita ilya ilia kuzma foma luca andrea mustafa moustafa hamza joshua jonah noah
    elijah isaiah sasha misha kostya vanya dima tolya yura zhenya mykola mikola mykyta joshua
    jean-luca josé jose garcia""".split()
)


# Common given names of the people in the news of this story (EN, FR, UA, RU, AR); with the
# female list above they are evidence that a two-word capitalised run names a person.
_MALE_NAMES = frozenset(
    fold(w)
    for w in """john james michael david robert william richard thomas mark paul peter andrew george
    joseph charles daniel matthew anthony antony steven kevin brian edward ronald timothy jason jeffrey
    ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel frank
    gregory raymond alexander patrick jack dennis jerry tyler aaron jose adam henry douglas nathan
    zachary kyle walter ethan jeremy harold keith christian roger noah gerald carl terry sean austin
    arthur lawrence jesse dylan bryan joe jordan billy bruce albert willie gabriel logan alan juan
    wayne roy ralph randy eugene vincent russell elijah louis bobby philip johnny boris rishi keir
    emmanuel jean pierre jacques michel philippe alain bernard françois francois nicolas olivier
    christophe sébastien sebastien frédéric frederic laurent stéphane stephane julien guillaume antoine
    maxime luc yves gérard gerard rémi remi clément clement bruno hervé herve thierry didier xavier
    benoît benoit mathieu matthieu cédric cedric arnaud jérôme jerome vincent gilles dominique
    volodymyr oleksandr oleksii oleksiy serhiy serhii andriy andrii mykhailo mykhaylo dmytro ihor
    yuriy yurii vitaliy vitalii petro pavlo taras bohdan vadym yaroslav ruslan denys kyrylo valeriy
    oleh vasyl stepan roman maksym artem anatoliy viktor vladimir sergei sergey dmitry dmitri alexei
    alexey aleksandr andrei andrey mikhail nikolai nikolay igor ivan yevgeny evgeny pavel oleg yuri
    vyacheslav viacheslav vassili vasily gennady gennadi kirill konstantin leonid maxim anton
    ramzan valery valeri grigory boris piotr pyotr mohammed muhammad mohamed ahmed ahmad ali hassan
    hussein omar khalid abdullah abdulaziz faisal hamad youssef yousef karim mustafa ibrahim tayyip
    recep mevlut mevlüt hakan antónio antonio rafael josep olaf jens mark emmanuel xi wang zhao""".split()
)


def is_given_name(word: str) -> bool:
    """Return whether ``word`` is a listed given name."""
    key = fold(word).split("-")[0]
    return key in _MALE_NAMES or key in _FEMALE_NAMES


def first_name_gender(name: str) -> str | None:
    """Return "f" or "m" for a given name when it is conventionally marked, else None.

    Rule: a listed female name, else a final -a (Slavic, Romance and Arabic
    convention) unless the name is a listed male -a name. Only used when no
    honorific, pronoun or gazetteer entry tells the gender.
    """
    key = fold(name).split("-")[0]
    if key in _FEMALE_NAMES:
        return "f"
    if key in _MALE_A_NAMES or key in _MALE_NAMES:
        return "m"
    if len(key) > 2 and key.endswith("a"):
        return "f"
    return None
