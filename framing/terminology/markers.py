"""Distancing markers: the words with which a writer attributes a term instead of adopting it.

A marker either *leads* the term ("so-called", "what Moscow calls", "which
Russia describes as", « ce que le Kremlin nomme », « qualifiée par Moscou
d' ») or *trails* it ("as Moscow calls it", "the Kremlin's term for the war",
« selon la terminologie du Kremlin »). Each leading marker has a *rule* for
what may stand between it and the term (``gap_allows``):

* ``near``: at most two words ("so-called humanitarian corridors");
* ``object``: a naming verb, its object, then the name ("Russia calls *its
  invasion of Ukraine* a special military operation"); the object must hold a
  word that is not a determiner and must not end in a preposition, so "Putin
  called *the results of the* special military operation" stays the author's.
  After *what/which/that/as/que/comme* ("what Moscow calls a …") two plain
  words are enough (``near_object``);
* ``as_`` / ``of_`` / ``comme`` / ``de``: an optional object, then *as* or
  *of* (EN), *comme* or *de/d'* (FR) right before the name ("described the
  images as a provocation", "accused Kyiv of a provocation", « qualifie
  l'invasion d'opération spéciale »);
* ``tight``: only quote marks and *of*/*de* between a word about words and the
  term ("the term 'special military operation'", « le terme d'annexion »);
* ``clause``: the rest of the clause, for a claim reported as false or
  unproven ("Putin has falsely claimed that Ukraine is run by neo-Nazis",
  "claimed, without evidence, that …", « affirme sans preuve que … »).

Method: the wording follows how wire services attribute contested labels
rather than adopt them (AP and Reuters attribute "special military operation"
to Moscow; AFP writes « ce que Moscou appelle »). Patterns are lower case and
run over ``text.lower()`` (same length, so offsets hold). Every leading
alternative starts with a fixed letter and they are grouped by that letter, so
one pass costs little more than a scan for spaces; a trailing marker is only
tried right after a term.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

__all__ = ["Markers", "gap_allows", "marker_text", "markers_in", "trailing_marker_at"]

_Q = "\"'“”‘’«»‹›"
_NO_PARTICLE = r"(?!\s+(?:for|on|upon|off|up|out|back|in|into|at|to|it\s+quits)\b)"
# "as the Kremlin calls it, the …": the pronoun belongs to the marker when a comma follows.
_IT = r"(?:\s+(?:it|them|this)(?=\s*[,—–)]))?"
_FR_NO_A = r"(?!\s*(?:à|au|aux)\b)"
_WHOSE = r"(?:kremlin|moscow|russia|russian|putin|official|state)(?:['’]s)?"
_META_EN = (r"(?:term|phrase|expression|label|euphemism|wording|designation|formula|formulation"
            r"|rhetoric|narrative|vocabulary|terminology|jargon|buzzword|slogan|notion|parlance|newspeak)s?")

# (pattern, rule). A ``call`` rule becomes near_object after what/which/que… and
# object otherwise; ``says`` counts only after such a word; ``+`` joins rules
# for words that are both a noun about words and a naming verb ("terms", "label").
_CALL_EN = ["calls?", "called", "calling", "dubs?", "dubbed", "brand(?:s|ed|ing)", "styles?", "styled",
            "christen(?:s|ed)?", "names?", "named"]
_CALL_NOUN_EN = ["terms?", "termed", "label(?:s|led|ed|ling|ing)?"]
# Verbs common in news for other reasons ("at present", "sees", "sold") are left out.
_AS_EN = ["describ(?:es|ed|e|ing)", "portray(?:s|ed|ing)?", "characteri[sz](?:es|ed|e|ing)",
          "present(?:s|ed|ing)", "paint(?:s|ed|ing)", "depict(?:s|ed|ing)?", "fram(?:es|ed|e|ing)",
          "bill(?:s|ed|ing)", "dismiss(?:es|ed|ing)?", "denounc(?:es|ed|e|ing)",
          "justif(?:y|ies|ied|ying)", r"refer(?:s|red|ring)?\s+to", "regarded", "viewed", "touts?", "touted",
          r"known\s+(?:in|by)", r"seen\s+(?:in|by)"]
_SAYS_EN = ["says?", "said", "claims?", "claimed", "insists?", "insisted", "maintains?", "maintained",
            "argues", "argued"]
_META_NOUNS_EN = ["phrases?", "expressions?", "euphemisms?", "wording", "designations?", "formulas?",
                  "formulations?", "rhetoric", "narratives?", "vocabulary", "terminology", "buzzwords?",
                  "slogans?", "notions?"]
_HEDGES_EN = [r"so[\s-]+called", r"so[\s-]+termed", r"self[\s-]+(?:styled|proclaimed|declared|described|appointed)",
              "purported(?:ly)?", "ostensibl[ey]", r"quote[\s-]+unquote", "would-be", "dixit",
              # not the verbs: "Kyiv alleged that …", "was supposed to …"
              r"alleged(?:ly)?(?!\s+(?:that|to|by|in|on|at|the)\b)", r"supposed(?:ly)?(?!\s+to\b)",
              "parlance", "newspeak", "jargon",
              r"in\s+(?:the\s+)?(?:kremlin|moscow|russia|putin)['’]s\s+words",
              r"to\s+use\s+(?:the\s+)?(?:(?:kremlin|moscow|russia|putin)['’]s\s+|its\s+|their\s+)?(?:official\s+)?"
              r"(?:term|phrase|expression|language|words|wording|euphemism|terminology)"]
# Hyphenated only: "Kremlin-described"; "the Kremlin described X as …" is the verb's case.
_HEDGES_EN += [rf"{who}-(?:described|termed|styled|dubbed|branded|labell?ed|coined|named)"
               for who in ("kremlin", "moscow", "russia", "putin")]
_HEDGES_EN += [rf"{adverb}\s+(?:called|termed|known\s+as|described\s+as|dubbed|referred\s+to\s+as|labell?ed"
               r"|styled|named|billed\s+as|calls?|calling|describes?\s+as)"
               for adverb in ("officially", "euphemistically", "formally", "innocuously", "blandly", "cynically")]
_FR_TERMINOLOGY = (r"(?:la\s+terminologie|la\s+rhétorique|la\s+novlangue|l['’]expression|les\s+termes"
                   r"|la\s+formule|le\s+vocabulaire|le\s+jargon|l['’]appellation|l['’]euphémisme|le\s+langage"
                   r"|la\s+langue|le\s+lexique|les\s+mots|le\s+récit|la\s+version)(?:\s+officielle?s?)?"
                   r"(?:\s+(?:du|de\s+la|de|des|d['’])\s*[\w'’-]+|\s+russe)")
_HEDGES_FR = [r"soi[\s-]+disant(?:e?s?)?", "prétendue?s?", "présumée?s?", "supposée?s?",
              r"auto[\s-]*proclamée?s?", "autodésignée?s?",
              # « dit(e) » right before the term, but not « a dit », « dit que ».
              r"dite?s?(?<!\ba\sdit)(?<!\bont\sdit)(?<!\bavait\sdit)(?=\s*[«“\"]?\s*(?!que\b|qu['’])\w)"]
_HEDGES_FR += [rf"{lead}\s+{_FR_TERMINOLOGY}"
               for lead in ("selon", "dans", r"d['’]après", r"pour\s+reprendre", r"pour\s+parler\s+comme")]
_FORMS_FR = "(?:e|ent|ait|aient|er|é|ée|és|ées)"
_CALL_FR = [r"appell?(?:e|ent|ait|aient|era|erait|er|é|ée|és|ées)(?!\s*(?:à|au|aux)\b)",
            f"nomm{_FORMS_FR}", f"baptis{_FORMS_FR}", f"surnomm{_FORMS_FR}", f"dénomm{_FORMS_FR}",
            rf"désign{_FORMS_FR}(?:\s+sous\s+le\s+nom)?"]
_COMME_FR = [f"présent{_FORMS_FR}", "décri(?:t|ts|te|tes|vent|vait|re)", "dépei(?:nt|nte|nts|gnent|ndre)",
             f"dénonc{_FORMS_FR}", f"justifi{_FORMS_FR}", f"considér{_FORMS_FR}", "voi(?:t|ent)"]
_META_NOUNS_FR = ["termes?", "vocables?", "mots?", "qualificatifs?", "euphémismes?", "expressions?",
                  "appellations?", "étiquettes?", "dénominations?", "qualifications?", "formules?",
                  "notions?", "thèses?"]

# Attributed motives and claims: "under the pretext of", "Moscow's claims of", « sous couvert de ».
_CLAIMS = [
    # "of", not "for": in "a pretext for war" the war is not the pretext.
    *[rf"{adj}\s+(?:aims?|goals?|objectives?|purposes?|reasons?|justifications?|rationale|mission)"
      r"\s+of" for adj in ("stated", "declared", "professed", "avowed", "proclaimed")],
    r"pretexts?\s+(?:of|that)", r"guise\s+of",
    *[rf"{adj}\s+(?:claims?|allegations?|accusations?|assertions?|narratives?)(?:\s+(?:of|that|about))?"
      for adj in ("false", "baseless", "unfounded", "groundless", "unsubstantiated", "spurious", "bogus",
                  "dubious", "debunked")],
    *[rf"{noun}\s+(?:of|that|about)" for noun in
      ("claims?", "allegations?", "accusations?", "assertions?")],
    r"sous\s+prétexte(?:\s+(?:de|d['’]|du|des|que))?",
    r"au\s+prétexte(?:\s+(?:de|d['’]|du|des|que))?", r"prétextes?(?:\s+(?:de|d['’]|du|des))",
    r"sous\s+couvert(?:\s+(?:de|d['’]|du|des))?",
    r"objectifs?\s+(?:affichés?|déclarés?|proclamés?|officiels?)(?:\s+(?:de|d['’]))?",
    r"buts?\s+(?:affichés?|déclarés?|officiels?)(?:\s+(?:de|d['’]))?",
    *[rf"{adj}\s+(?:accusations?|allégations?|affirmations?)" for adj in ("fausses?", "prétendues?")],
    r"accusations?\s+(?:de|d['’]|selon\s+lesquelles)", r"allégations?\s+(?:de|d['’]|selon\s+lesquelles)",
    r"affirmations?\s+selon\s+lesquelles",
]

# A claim reported as false or unproven: the rest of its clause is the claimant's
# ("Putin has falsely claimed that Ukraine is run by neo-Nazis").
_FALSE_CLAIMS = [
    r"falsely\s+(?:claim\w*|accus\w*|sa(?:y|ys|id)|assert\w*|alleg\w*|portray\w*|describ\w*|call\w*"
    r"|label\w*|insist\w*|suggest\w*)",
    r"without\s+(?:providing\s+|offering\s+|giving\s+|presenting\s+|citing\s+)?(?:any\s+)?evidence",
    r"with\s+no\s+evidence",
    *[rf"{adj}\s+(?:claims?|allegations?|accusations?|assertions?)\s+that" for adj in
      ("false", "baseless", "unfounded", "groundless", "unsubstantiated", "spurious", "bogus", "debunked")],
    r"sans\s+(?:apporter\s+de\s+|fournir\s+de\s+|avancer\s+de\s+|donner\s+de\s+)?preuves?",
    r"faussement", r"à\s+tort",
]

_PASSIVE_EN = [rf"{part}\s+(?:by|in)" for part in
               ("called", "termed", "dubbed", "labell?ed", "branded", "styled", "named", "christened")]

_LEADING: list[tuple[str, str]] = [
    *[(p, "clause") for p in _FALSE_CLAIMS],
    *[(p, "near") for p in _HEDGES_EN + _HEDGES_FR + _CLAIMS],
    (r"accus(?:es|ed|e|ing|ent|ait|aient|er|é|ée|és|ées)", "of_+de"),
    # before the verbs: "dubbed by Moscow a …" is passive, not "dubbed" + object
    *[(p, "near_object") for p in _PASSIVE_EN],
    *[(p + _NO_PARTICLE + _IT, "call") for p in _CALL_EN],
    *[(p + _NO_PARTICLE + _IT, "tight+call") for p in _CALL_NOUN_EN],
    (r"puts?\s+it(?=\s*[,—–)])", "call"),
    *[(p + r"\s+(?:is|was|are|were|to\s+be)", "says") for p in _SAYS_EN],
    *[(p, "as_") for p in _AS_EN],
    *[(p, "tight") for p in _META_NOUNS_EN + _META_NOUNS_FR],
    *[(p, "call") for p in _CALL_FR],
    (f"qualifi{_FORMS_FR}", "de"),
    *[(p, "comme") for p in _COMME_FR],
]

_TRAILING_EN = [
    r"as\s+(?:[\w'’.-]+\s+){0,5}?(?:calls?|called|call|terms?|termed|dubs|dubbed|labels|describes?|described"
    r"|refers\s+to|puts?|put|brands|styles|sees|characteri[sz]es|portrays)\s+(?:it|them|this|that)",
    r"as\s+(?:it|they|this|the\s+\w+)\s+(?:is|are|was|were|has\s+been|have\s+been)\s+"
    r"(?:officially\s+|euphemistically\s+|often\s+|now\s+)?(?:called|known|termed|described|dubbed"
    r"|referred\s+to|styled|labell?ed|billed|branded)",
    rf"(?:(?:the|a|an)\s+)?(?:{_WHOSE}|the\s+kremlin['’]s)\s+(?:(?:official|preferred|favou?red|own|chosen"
    rf"|standard)\s+)?{_META_EN}",
    rf"(?:(?:the|a|an)\s+)?{_META_EN}\s+(?:used|favou?red|preferred|coined|adopted|chosen|employed|insisted"
    r"|mandated|imposed|required|pushed|promoted|invented)",
    r"(?:(?:the|its|their)\s+)?official\s+(?:russian\s+)?(?:term|name|euphemism|designation|label)",
    r"without\s+(?:providing\s+|offering\s+|giving\s+|presenting\s+|citing\s+)?(?:any\s+)?evidence",
    r"citing\s+no\s+evidence",
    rf"(?:in|according\s+to)\s+(?:the\s+)?{_WHOSE}\s+(?:official\s+)?(?:parlance|speak|terminology|jargon"
    r"|lexicon|newspeak|words|language|vocabulary|phrasing|wording|narrative|rhetoric)",
    r"to\s+use\s+(?:the\s+)?(?:(?:kremlin|moscow|russia|putin)['’]s\s+|its\s+|their\s+)?(?:official\s+)?"
    r"(?:term|phrase|expression|language|words|wording|euphemism|terminology)",
]
_TRAILING_FR = [
    r"(?:comme|ainsi\s+que|tel(?:le)?s?\s+que)\s+(?:l['’]|les\s+|la\s+|le\s+)?"
    r"(?:appell\w*|nomm\w*|qualifi\w*|désign\w*|présent\w*|décri\w*|baptis\w*|surnomm\w*|dit|disent)",
    r"(?:comme|ainsi\s+que)\s+(?:[\w'’.-]+\s+){0,5}?(?:l['’]|les\s+|la\s+|le\s+)"
    r"(?:appell\w*|nomm\w*|qualifi\w*|désign\w*|présent\w*|décri\w*|baptis\w*|surnomm\w*)",
    r"(?:selon|dans|d['’]après|pour\s+reprendre|pour\s+parler\s+comme)\s+(?:la\s+terminologie"
    r"|l['’]expression|les\s+termes|la\s+formule|le\s+vocabulaire|la\s+rhétorique|le\s+jargon"
    r"|l['’]appellation|l['’]euphémisme|la\s+novlangue|le\s+langage|la\s+langue|le\s+lexique|les\s+mots"
    r"|le\s+récit|la\s+version)(?:\s+officielle?s?)?(?:\s+(?:du|de\s+la|de|des|d['’])\s*[\w'’-]+|\s+russe)",
    r"(?:(?:le|un|l['’]|une)\s*)?(?:terme|euphémisme|appellation|expression|formule|dénomination)"
    r"\s+(?:officiel(?:le)?|utilisée?|employée?|choisie?|retenue?|privilégiée?|consacrée?|imposée?"
    r"|chère?|préférée?|russe|du\s+kremlin|de\s+moscou|de\s+la\s+propagande|officiellement)",
    r"dixit",
    r"sans\s+(?:apporter\s+de\s+|fournir\s+de\s+|avancer\s+de\s+|donner\s+de\s+)?preuves?",
]


def _by_first_letter(entries: list[tuple[str, str]]) -> tuple[str, list[str]]:
    """Return one alternation of ``entries`` grouped by first letter, and the rule per group.

    Each pattern must start with a plain letter and have no top-level ``|``;
    alternative *i* ends in empty group *i + 1*, so ``m.lastindex`` names its rule.
    """
    groups: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for pattern, rule in entries:
        if not pattern[0].isalpha() or pattern[1:2] in ("?", "*", "+", "{") or _top_level_bar(pattern):
            raise ValueError(f"marker pattern must start with a fixed letter, no top-level |: {pattern!r}")
        groups[pattern[0]].append((pattern[1:], rule))
    branches, rules = [], []
    for letter, rest in groups.items():
        inner = []
        for pattern, rule in rest:
            inner.append(f"{pattern}()")
            rules.append(rule)
        branches.append(letter + "(?:" + "|".join(inner) + ")")
    return "|".join(branches), rules


def _top_level_bar(pattern: str) -> bool:
    """Return whether ``pattern`` has a ``|`` outside any group or character class."""
    depth, in_class, escaped = 0, False, False
    for char in pattern:
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            return True
    return False


_LEADING_BODY, _LEADING_RULES = _by_first_letter(_LEADING)
# The boundary is consumed (not looked behind) so the engine only enters at
# spaces and punctuation; a hyphen is no boundary ("long-term" is no marker).
_LEADING_PATTERN = re.compile(rf"[^\w-](?:{_LEADING_BODY})(?!\w)")
_LEADING_PATTERN_I = re.compile(_LEADING_PATTERN.pattern, re.IGNORECASE)
_TRAILING_PATTERN = re.compile(rf"(?:{'|'.join(_TRAILING_EN + _TRAILING_FR)})(?!\w)")
_TRAILING_PATTERN_I = re.compile(_TRAILING_PATTERN.pattern, re.IGNORECASE)
# A relative word shortly before a naming verb: "what (Moscow) calls", « ce que (Moscou) appelle ».
_LED = re.compile(r"(?:\b(?:what|which|that|whom|as|que|comme)\s+|\bqu['’]\s*)(?:[\w'’.-]+\s+){0,5}\Z")
_LED_WINDOW = 60


@dataclass(frozen=True, slots=True)
class Markers:
    """The distancing markers of one text: leading ends (sorted) with their rules."""

    scan: str
    flags: int
    leading_ends: list[int]
    leading_rules: list[str]


def marker_text(text: str) -> tuple[str, int]:
    """Return the text the marker patterns run on and its ``re`` flags.

    Lower-casing keeps offsets when no character changes length (nearly
    always); otherwise the original text is searched case-insensitively.
    """
    lower = text.lower()
    if len(lower) == len(text):
        return lower, 0
    return text, re.IGNORECASE


def markers_in(text: str) -> Markers:
    """Return the leading distancing markers of ``text`` (one pass) and the text to match trailing ones."""
    scan, flags = marker_text(text)
    pattern = _LEADING_PATTERN_I if flags else _LEADING_PATTERN
    ends, rules = [], []
    # A space in front gives a marker at the very start its boundary character.
    for m in pattern.finditer(" " + scan):
        rule = _LEADING_RULES[m.lastindex - 1]
        if "call" in rule or rule == "says":
            start = m.start()  # the marker's start in ``scan``
            led = _LED.search(scan, max(0, start - _LED_WINDOW), start) is not None
            rule = (rule.replace("call", "near_object" if led else "object") if rule != "says"
                    else "near" if led else "")
        if rule:
            ends.append(m.end() - 1)
            rules.append(rule)
    return Markers(scan, flags, ends, rules)


def trailing_marker_at(markers: Markers, pos: int) -> bool:
    """Return whether a trailing marker ("as Moscow calls it") starts at ``pos``."""
    pattern = _TRAILING_PATTERN_I if markers.flags else _TRAILING_PATTERN
    return pattern.match(markers.scan, pos) is not None


# --- what may stand between a leading marker and the term ---------------------------

_BREAK = re.compile(r"[.;:!?()\[\]\n—–…,]")
_BREAK_BUT_COMMA = re.compile(r"[.;:!?()\[\]\n—–…]")
_MAX_CLAUSE = 160
_TOKEN = re.compile(r"[dlsjmntc]['’]|qu['’]|[\w-]+(?:['’]s)?", re.IGNORECASE)
_NEAR = re.compile(rf",?(?:[\s{_Q}]+[\w'’-]+){{0,2}}[\s{_Q}]*(?:[dl]['’])?")
_TIGHT = re.compile(rf"[\s{_Q}]*(?:(?:of|de|d['’])[\s{_Q}]*)?")
_DETERMINERS = frozenset(
    "a an the its their his her our this these those un une le la les l' l’ des du de d' d’ "
    "son sa ses leur leurs ce cet cette".split())
_PREPOSITIONS = frozenset(
    "of in for to with on by from about into at over against during after before since than "
    "and or but as de d' d’ du des à au aux en dans pour par sur avec contre vers chez sans sous "
    "et ou que qu' qu’ qui".split())
_CLAUSE_WORDS = frozenset(
    "who which whom whose when where while because if said says say will would should could must "
    "can is are was were has have had been be to not qui dont où quand lorsque parce ont est "
    "sont était sera avait ne pas".split())
_LINKS = {"as_": ("as",), "of_": ("of",), "comme": ("comme",), "de": ("de", "d'", "d’")}


def gap_allows(rule: str, gap: str) -> bool:
    """Return whether ``gap`` (the text between a leading marker and a term) fits ``rule``.

    ``rule`` may join several rules with ``+``; any one fitting is enough.
    """
    if "+" in rule:
        return any(gap_allows(one, gap) for one in rule.split("+"))
    if rule == "near":
        return _NEAR.fullmatch(gap) is not None
    if rule == "tight":
        return _TIGHT.fullmatch(gap) is not None
    if rule == "near_object":
        return _NEAR.fullmatch(gap) is not None or _object_gap(gap)
    if rule == "object":
        return _object_gap(gap)
    if rule == "clause":
        return _clause_gap(gap)
    return _linked_gap(gap, _LINKS[rule])


def _words(gap: str) -> list[str] | None:
    """Return the gap's words, lower-cased, or ``None`` if it crosses a clause or is long."""
    if len(gap) > 120 or _BREAK.search(gap):
        return None
    words = _TOKEN.findall(gap.lower())
    if len(words) > 8 or not _CLAUSE_WORDS.isdisjoint(words):
        return None
    return words


def _clause_gap(gap: str) -> bool:
    """Return whether ``gap`` stays inside one clause (commas allowed) of at most 16 words."""
    if len(gap) > _MAX_CLAUSE or _BREAK_BUT_COMMA.search(gap):
        return False
    return len(_TOKEN.findall(gap)) <= 16


def _object_gap(gap: str) -> bool:
    """Return whether ``gap`` is a verb's object followed by the name ("it a", "its war a")."""
    words = _words(gap)
    if not words or words[0] in _PREPOSITIONS:
        return False
    while words and words[-1] in _DETERMINERS:
        words.pop()
    return 0 < len(words) <= 6 and words[-1] not in _PREPOSITIONS


def _linked_gap(gap: str, links: tuple[str, ...]) -> bool:
    """Return whether ``gap`` is an optional object, then a linking word ("as", « comme », « de »)."""
    words = _words(gap)
    if not words:
        return False
    while len(words) > 1 and words[-1] in _DETERMINERS and words[-1] not in links:
        words.pop()
    # An object must not start with a preposition, but a passive agent may ("presented by Moscow as").
    first_ok = len(words) == 1 or words[0] in ("by", "par") or words[0] not in _PREPOSITIONS
    return words[-1] in links and len(words) <= 7 and first_ok
