"""From mentions to actors: who is the same person, and who is it in the gazetteer?

Resolution follows the issue's order. (1) Exact alias: a mention whose alias
names one gazetteer actor (or one whose role fits the article date) is that
actor. (2) Within-article clustering: other person mentions join the cluster of
a compatible name — same or similar surname (edit distance or sound key, so the
machine-translation variants "Ségournet", "Sigourney", "Sigournet" meet) and no
conflicting given name; two different gazetteer actors never merge. (3) Fuzzy
gazetteer match of each remaining cluster, using name similarity *and* context:
role words from its titles and appositions, checked against the gazetteer's
dated roles ("Clément Bon, secretary of state for European affairs" in 2022 →
Clément Beaune). (4) Otherwise the name is kept as written, with a side guessed
from an explicit title. Method: cross-document-style entity linking reduced to
one document (Bagga & Baldwin 1998; name-variant matching as in Christen 2006),
with the gazetteer as the knowledge base.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cache

from rapidfuzz.distance import Levenshtein

from framing.actors.folding import fold, name_key, phonetic_key
from framing.actors.gazetteer import Actor, Gazetteer, RolePhrase
from framing.actors.lexicon import ROLE_NOUNS, role_noun
from framing.actors.mentions import Mention

__all__ = ["ResolvedActor", "name_similarity", "resolve", "role_holder", "roles_in"]

_CIVIL = re.compile(
    r"\b(?:association|collecti(?:f|ve)|ngo|ong|community|communauté|parish|paroisse|charity|"
    r"foundation|fondation|church|église|union|solidarit[éy])\b",
    re.IGNORECASE,
)
_OFFICIAL = re.compile(
    r"\b(?:spokes(?:man|woman|person)|porte-parole|minist(?:er|ry|re|ère)|official|officials|"
    r"responsable|administration|government|gouvernement|embassy|ambassade|army|armée|military|"
    r"militaire|commander|commandant|governor|gouverneur|council|conseil|delegation|délégation|"
    r"authorities|autorités|commission|president|président|présidente|deputy|adjoint|head|chef|"
    r"defen[cs]e|défense|forces|police|mayor|maire|diplomat|diplomate|ambassador|ambassadeur|"
    r"installed|installée?|appointed|nommée?|headquarters|état-major|office|bureau|kremlin)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class ResolvedActor:
    """An actor of one article: its mentions (indexes into the mention list) and identity."""

    name: str
    key: str | None
    kind: str
    side: str
    gender: str | None
    roles: tuple[str, ...]
    mentions: tuple[int, ...]
    surface_forms: tuple[str, ...]
    titles: tuple[str, ...] = ()
    role_ids: tuple[str, ...] = ()


@dataclass(slots=True)
class _Cluster:
    members: list[int]
    key: str | None = None


def _words(text: str, m: Mention) -> list[str]:
    return [w for w in re.split(r"\s+", fold(text[m.start : m.end]).replace(".", " ")) if w]


def _word_similarity(a: str, b: str) -> float:
    """Return the similarity of two name words: edit distance or sound key, whichever is higher."""
    if a == b:
        return 1.0
    spelled = Levenshtein.normalized_similarity(a, b)
    pa, pb = phonetic_key(a), phonetic_key(b)
    sound = Levenshtein.normalized_similarity(pa, pb) if pa and pb and min(len(pa), len(pb)) >= 3 else 0.0
    return max(spelled, sound)


def _given_compatible(a: list[str], b: list[str]) -> bool:
    """Return whether the given names of two full names can be the same person's."""
    if len(a) < 2 or len(b) < 2:
        return True
    ga, gb = a[0], b[0]
    if ga[:1] != gb[:1]:
        return False
    if len(ga) == 1 or len(gb) == 1:  # an initial
        return True
    return _word_similarity(ga, gb) >= 0.8


def name_similarity(a: list[str], b: list[str]) -> float:
    """Return how alike two (folded, split) names are, in [0, 1]; 0 when given names conflict.

    The surname (last word) weighs 0.6 and the given name 0.4 when both names
    have one; a bare surname is compared with the other's surname only.
    """
    if not a or not b or not _given_compatible(a, b):
        return 0.0
    surname = _word_similarity(a[-1], b[-1])
    if len(a) < 2 or len(b) < 2:
        return surname
    return 0.4 * _word_similarity(a[0], b[0]) + 0.6 * surname


def roles_in(title: str, gazetteer: Gazetteer) -> list[tuple[str, str | None]]:
    """Return ``(role id, country)`` pairs named by a title ("French Foreign Minister" → foreign-minister, france).

    The longest role phrases win; the country is the one named in the title
    when the phrase is valid for it (country-restricted phrases need one).
    """
    if not title:
        return []
    folded = fold(title)
    countries = _countries_in(folded, gazetteer)
    found: list[tuple[int, str, str | None]] = []
    for folded_phrase, pattern, phrase in _phrase_patterns(gazetteer):
        if folded_phrase in folded and pattern.search(folded):
            options = [c for c in countries if not phrase.countries or c in phrase.countries]
            if phrase.countries and not options:
                continue
            found.append((len(phrase.phrase), phrase.role, options[0] if options else None))
    found.sort(key=lambda f: -f[0])
    return list(dict.fromkeys((role, country) for _, role, country in found[:3]))


@cache
def _phrase_patterns(gazetteer: Gazetteer) -> list[tuple[str, re.Pattern[str], RolePhrase]]:
    phrases = [(fold(p.phrase), p) for p in gazetteer.role_phrases]
    return [(f, re.compile(rf"(?<![\w-]){re.escape(f)}(?![\w-])"), p) for f, p in phrases]


@cache
def _country_pattern(gazetteer: Gazetteer) -> tuple[re.Pattern[str], dict[str, str]]:
    words = {w: c for mapping in gazetteer.country_words.values() for w, c in mapping.items()}
    words.update({"us": "usa", "u.s.": "usa"})
    alternation = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![\w.])(?:{alternation})(?![\w])"), words


def _countries_in(folded: str, gazetteer: Gazetteer) -> list[str]:
    """Return the country ids named in a folded text, in order of appearance."""
    pattern, words = _country_pattern(gazetteer)
    return list(dict.fromkeys(words[m.group()] for m in pattern.finditer(folded) if m.group() in words))


def role_holder(phrase: str, date: str | None, gazetteer: Gazetteer) -> Actor | None:
    """Return the one actor who held the role named by ``phrase`` at ``date`` ("the French foreign minister")."""
    for role, country in roles_in(phrase, gazetteer):
        if country is None:
            continue
        holders = gazetteer.holders(role, country, date)
        if len(holders) == 1:
            return holders[0]
    return None


def resolve(
    text: str, mentions: list[Mention], *, date: str | None, gazetteer: Gazetteer
) -> tuple[list[ResolvedActor], list[int | None]]:
    """Return the article's actors and, for each mention, the index of its actor (None if dropped)."""
    clusters: list[_Cluster] = []
    by_key: dict[str, _Cluster] = {}
    for i, mention in enumerate(mentions):
        key = _exact(mention, text, date, gazetteer)
        if key:
            cluster = by_key.get(key)
            if cluster is None:
                cluster = by_key[key] = _Cluster([], key)
                clusters.append(cluster)
            cluster.members.append(i)
        elif mention.kind == "person":
            _attach(i, text, mentions, clusters, gazetteer)
    for cluster in clusters:
        if cluster.key is None:
            cluster.key = _fuzzy(cluster, text, mentions, date, gazetteer)
    merged = _merge_keys(clusters)
    actors = [_actor(c, text, mentions, date, gazetteer) for c in merged]
    owner: list[int | None] = [None] * len(mentions)
    for index, cluster in enumerate(merged):
        for i in cluster.members:
            owner[i] = index
    return actors, owner


def _exact(mention: Mention, text: str, date: str | None, gazetteer: Gazetteer) -> str | None:
    if len(mention.keys) == 1:
        return mention.keys[0]
    if len(mention.keys) > 1:  # an ambiguous alias: keep the actor whose role fits the title and date
        roles = roles_in(mention.title or "", gazetteer)
        fits = [k for k in mention.keys if (a := gazetteer.by_key(k)) and any(
            r.role == role and r.active(date) for r in a.roles for role, _ in roles)]
        return fits[0] if len(fits) == 1 else None
    return None


def _attach(i: int, text: str, mentions: list[Mention], clusters: list[_Cluster], gazetteer: Gazetteer) -> None:
    """Put mention ``i`` into the most similar compatible cluster (latest on ties), or a new one."""
    words = _words(text, mentions[i])
    best, best_score = None, 0.0
    for cluster in clusters:
        forms = [_words(text, mentions[j]) for j in cluster.members if mentions[j].kind == "person"]
        if cluster.key and (actor := gazetteer.by_key(cluster.key)):
            if actor.kind != "person":
                continue
            forms.append(name_key(actor.name).split())
        full = [f for f in forms if len(f) > 1]
        if any(not _given_compatible(words, f) for f in full):
            continue
        score = max((name_similarity(words, f) for f in forms), default=0.0)
        threshold = 0.9 if cluster.key else 0.75  # joining a listed person needs a closer name
        if score >= threshold and score >= best_score:
            best, best_score = cluster, score
    if best is None:
        clusters.append(_Cluster([i]))
    else:
        best.members.append(i)


def _fuzzy(cluster: _Cluster, text: str, mentions: list[Mention], date: str | None, gazetteer: Gazetteer) -> str | None:
    """Return the gazetteer key of an unlisted cluster when name and context agree, else None."""
    members = [mentions[j] for j in cluster.members]
    names = sorted((_words(text, m) for m in members), key=len, reverse=True)
    roles = [r for m in members for r in roles_in(m.title or "", gazetteer)]
    scored = []
    for actor in gazetteer.actors:
        if actor.kind != "person":
            continue
        candidates = [name_key(a).split() for a in (actor.name, *actor.aliases)]
        if len(names[0]) > 1:  # a full name is only compared with full names
            candidates = [c for c in candidates if len(c) > 1]
        similarity = max((name_similarity(names[0], c) for c in candidates if c), default=0.0)
        if similarity < 0.5:
            continue
        # Context counts only when the title names the role's country ("French Foreign Minister").
        dated = any(r.role == role and r.country == country and r.active(date)
                    for r in actor.roles for role, country in roles if country)
        ever = any(r.role == role and (country is None or r.country == country)
                   for r in actor.roles for role, country in roles)
        given_equal = len(names[0]) > 1 and any(len(c) > 1 and c[0] == names[0][0] for c in candidates)
        if similarity >= 0.92 or (dated and similarity >= 0.6) or (ever and given_equal and similarity >= 0.75):
            scored.append((similarity + (0.2 if dated else 0.1 if ever else 0.0), actor.key))
    scored.sort(reverse=True)
    if scored and (len(scored) == 1 or scored[0][0] - scored[1][0] >= 0.1):
        return scored[0][1]
    return None


def _merge_keys(clusters: list[_Cluster]) -> list[_Cluster]:
    """Merge clusters that resolved to the same gazetteer actor (never two different ones)."""
    merged: list[_Cluster] = []
    seen: dict[str, _Cluster] = {}
    for cluster in clusters:
        if cluster.key and cluster.key in seen:
            seen[cluster.key].members.extend(cluster.members)
            continue
        if cluster.key:
            seen[cluster.key] = cluster
        merged.append(cluster)
    for cluster in merged:
        cluster.members.sort()
    return merged


def _actor(cluster: _Cluster, text: str, mentions: list[Mention], date: str | None, gazetteer: Gazetteer) -> ResolvedActor:
    members = [mentions[j] for j in cluster.members]
    surfaces = tuple(sorted({text[m.start : m.end] for m in members}))
    titles = tuple(dict.fromkeys(m.title for m in members if m.title))
    role_ids = tuple(dict.fromkeys(role for t in titles for role, _ in roles_in(t, gazetteer)))
    actor = gazetteer.by_key(cluster.key) if cluster.key else None
    if actor:
        held = actor.roles_at(date)
        roles = tuple(dict.fromkeys(r.title or r.role for r in held)) or titles[:2]
        return ResolvedActor(actor.name, actor.key, actor.kind, actor.side, actor.gender or _gender(members),
                             roles, tuple(cluster.members), surfaces, titles, role_ids + tuple(r.role for r in held))
    name = max(surfaces, key=lambda s: (len(s.split()), len(s)))
    side = guess_side(" ; ".join(titles), gazetteer, text=text, mentions=mentions, near=members)
    return ResolvedActor(name, None, members[0].kind, side, _gender(members), titles[:2],
                         tuple(cluster.members), surfaces, titles, role_ids)


def _gender(members: list[Mention]) -> str | None:
    votes = Counter(m.gender for m in members if m.gender)
    return votes.most_common(1)[0][0] if len(votes) == 1 else None


def guess_side(title: str, gazetteer: Gazetteer, *, text: str = "", mentions=(), near=()) -> str:
    """Return a side guessed from an explicit title, else "unknown".

    Civil-society bodies ("president of the Ukrainian Association") give
    civil-society; expert nouns (analyst, professor, chercheuse) give expert; a
    country word next to an official noun ("Ukraine's Defense Minister", "a
    spokesman for the Russian-installed administration") gives that country's
    side; an institution of the gazetteer named in the title gives its side.
    """
    if not title:
        return "unknown"
    if _CIVIL.search(title):
        return "civil-society"
    if any((found := role_noun(w)) and found[0] == "expert" for w in re.findall(r"[\w'’-]+", title)):
        return "expert"
    roles = roles_in(title, gazetteer)
    countries = _countries_in(fold(title).replace("-", " "), gazetteer)
    if countries and (_OFFICIAL.search(title) or roles):
        return gazetteer.side_of_country(countries[0])
    for mention in mentions:
        if mention.kind != "person" and mention.keys and text[mention.start : mention.end] in title:
            actor = gazetteer.by_key(mention.keys[0])
            if actor and actor.side not in ("other", "unknown"):
                return actor.side
    if any((found := role_noun(w)) and found[0] == "media" for w in re.findall(r"[\w'’-]+", title)):
        return "media"
    return "unknown"


def is_role_phrase(words: list[str]) -> bool:
    """Return whether some word of ``words`` is a role noun ("the researcher", "le ministre")."""
    return any(fold(w) in ROLE_NOUNS for w in words)
