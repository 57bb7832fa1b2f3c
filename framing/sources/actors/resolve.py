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
Clément Beaune). Candidates come from a blocking index (``candidates.py``), so
a name is compared with a handful of aliases, not the whole gazetteer. (4)
Otherwise the name is kept as written, with a side guessed from an explicit
title. Method: cross-document-style entity linking reduced to one document
(Bagga & Baldwin 1998; name-variant matching as in Christen 2006), with the
gazetteer as the knowledge base.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

from framing.sources.actors.candidates import Alias, name_index, name_words, sound, word_similarity
from framing.sources.actors.gazetteer import Actor, Gazetteer
from framing.sources.actors.mentions import Mention
from framing.sources.actors.roles import guess_side, roles_in
from framing.text.fold import fold, name_key

__all__ = ["ResolvedActor", "name_similarity", "resolve"]

_SPLIT = re.compile(r"\s+")


class ResolvedActor(NamedTuple):
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
    """Mentions taken for one actor, with the distinct forms of its person names."""

    members: list[int]
    key: str | None = None
    forms: dict[tuple[str, ...], None] = field(default_factory=dict)
    listed: tuple[str, ...] | None = None  # the gazetteer name's words, when the key names a person
    institution: bool = False  # the key names an institution: no person mention joins it
    # The last words of ``forms``: a set lookup per cluster keeps ``_nearby`` cheap on long texts.
    surnames: set[str] = field(default_factory=set)

    def add(self, i: int, words: list[list[str]], mentions: list[Mention]) -> None:
        self.members.append(i)
        if mentions[i].kind == "person" and len(self.forms) < _MAX_FORMS:
            self.forms.setdefault(tuple(words[i]))
            if words[i]:
                self.surnames.add(words[i][-1])


def _words(text: str, m: Mention) -> list[str]:
    """Return the folded words of a mention, particles joined to the surname ("le drian")."""
    return list(name_words(" ".join(w for w in _SPLIT.split(fold(text[m.start : m.end]).replace(".", " ")) if w)))


def _given_compatible(a: list[str] | tuple[str, ...], b: list[str] | tuple[str, ...]) -> bool:
    """Return whether the given names of two full names can be the same person's."""
    if len(a) < 2 or len(b) < 2:
        return True
    ga, gb = a[0], b[0]
    if ga[:1] != gb[:1]:
        return False
    if len(ga) == 1 or len(gb) == 1:  # an initial
        return True
    return word_similarity(ga, gb) >= 0.8


def name_similarity(a: list[str] | tuple[str, ...], b: list[str] | tuple[str, ...]) -> float:
    """Return how alike two (folded, split) names are, in [0, 1]; 0 when given names conflict.

    The surname (last word) weighs 0.6 and the given name 0.4 when both names
    have one; a bare surname is compared with the other's surname only. Word
    similarity is the higher of normalised Levenshtein similarity and that of
    the words' sound keys (Christen 2006, name matching).
    """
    if not a or not b or not _given_compatible(a, b):
        return 0.0
    surname = word_similarity(a[-1], b[-1])
    if len(a) < 2 or len(b) < 2:
        return surname
    return 0.4 * word_similarity(a[0], b[0]) + 0.6 * surname


def resolve(
    text: str, mentions: list[Mention], *, date: str | None, gazetteer: Gazetteer
) -> tuple[list[ResolvedActor], list[int | None]]:
    """Return the article's actors and, for each mention, the index of its actor (None if dropped)."""
    clusters: list[_Cluster] = []
    by_key: dict[str, _Cluster] = {}
    words = [_words(text, m) for m in mentions]
    roles = _TitleRoles(gazetteer, {})
    for i, mention in enumerate(mentions):
        key = _exact(mention, date, gazetteer, roles)
        if key:
            cluster = by_key.get(key)
            if cluster is None:
                cluster = by_key[key] = _cluster_of(key, gazetteer)
                clusters.append(cluster)
            cluster.add(i, words, mentions)
        elif mention.kind == "person":
            _attach(i, words, mentions, clusters, gazetteer)
    for cluster in clusters:
        if cluster.key is None:
            cluster.key = _fuzzy(cluster, words, mentions, date, gazetteer, roles)
    merged = _merge_keys(clusters)
    actors = [_actor(c, text, mentions, date, gazetteer, roles) for c in merged]
    owner: list[int | None] = [None] * len(mentions)
    for index, cluster in enumerate(merged):
        for i in cluster.members:
            owner[i] = index
    return actors, owner


@dataclass(frozen=True, slots=True)
class _TitleRoles:
    """``roles_in`` memoised for one article (a title is read by several steps)."""

    gazetteer: Gazetteer
    memo: dict[str, tuple[tuple[str, str | None], ...]]

    def __call__(self, title: str | None) -> tuple[tuple[str, str | None], ...]:
        title = title or ""
        if title not in self.memo:
            self.memo[title] = tuple(roles_in(title, self.gazetteer))
        return self.memo[title]


def _exact(mention: Mention, date: str | None, gazetteer: Gazetteer, roles_of: _TitleRoles) -> str | None:
    if len(mention.keys) == 1:
        return mention.keys[0]
    if len(mention.keys) > 1:  # an ambiguous alias: keep the actor whose role fits the title and date
        roles = roles_of(mention.title)
        fits = [k for k in mention.keys if (a := gazetteer.by_key(k)) and any(
            r.role == role and r.active(date) for r in a.roles for role, _ in roles)]
        return fits[0] if len(fits) == 1 else None
    return None


def _cluster_of(key: str, gazetteer: Gazetteer) -> _Cluster:
    """Return an empty cluster for the gazetteer actor ``key``."""
    actor = gazetteer.by_key(key)
    if actor is None:
        return _Cluster([], key)
    if actor.kind != "person":
        return _Cluster([], key, institution=True)
    return _Cluster([], key, listed=name_words(name_key(actor.name)))


# A person is written a handful of ways in one article; past this many forms, new ones are not
# compared (hostile text).
_MAX_FORMS = 32
# Beyond this many clusters, a mention is compared with the latest ones only (and those sharing
# its surname): news articles name far fewer people, and the bound keeps hostile text linear.
_MAX_CLUSTERS = 50


def _attach(i: int, words: list[list[str]], mentions: list[Mention], clusters: list[_Cluster], gazetteer: Gazetteer) -> None:
    """Put mention ``i`` into the most similar compatible cluster (latest on ties), or a new one."""
    name = words[i]
    best, best_score = None, 0.0
    for cluster in _nearby(clusters, name):
        if cluster.institution:
            continue
        forms = list(cluster.forms)
        if cluster.listed is not None:
            forms.append(cluster.listed)
        if any(len(f) > 1 and not _given_compatible(name, f) for f in forms):
            continue
        score = max((name_similarity(name, f) for f in forms), default=0.0)
        threshold = 0.9 if cluster.key else 0.75  # joining a listed person needs a closer name
        if score >= threshold and score >= best_score:
            best, best_score = cluster, score
    if best is None:
        best = _Cluster([])
        clusters.append(best)
    best.add(i, words, mentions)


def _nearby(clusters: list[_Cluster], name: list[str]) -> list[_Cluster]:
    """Return the clusters a name is compared with: all, or beyond ``_MAX_CLUSTERS`` the latest ones
    and those with the same surname (in their order)."""
    if len(clusters) <= _MAX_CLUSTERS:
        return clusters
    surname = name[-1] if name else ""
    early = [c for c in clusters[:-_MAX_CLUSTERS] if surname in c.surnames]
    return early + clusters[-_MAX_CLUSTERS:]


def _fuzzy(
    cluster: _Cluster,
    words: list[list[str]],
    mentions: list[Mention],
    date: str | None,
    gazetteer: Gazetteer,
    roles_of: _TitleRoles,
) -> str | None:
    """Return the gazetteer key of an unlisted cluster when name and context agree, else None.

    Accepted: a near-identical name (similarity ≥ 0.92); a fair name (≥ 0.6)
    of someone who held, on the article's date, the role its title names in the
    title's country; or a close name (≥ 0.75) with the same given name of
    someone who ever held that role. The best candidate must lead the next by
    0.1, else the cluster stays unresolved (a wrong merge is worse than none).
    """
    name = max((words[j] for j in cluster.members), key=len)
    roles = tuple(r for j in cluster.members for r in roles_of(mentions[j].title))
    return _fuzzy_key(tuple(name), roles, date, gazetteer)


@lru_cache(maxsize=1 << 12)
def _fuzzy_key(
    name: tuple[str, ...], roles: tuple[tuple[str, str | None], ...], date: str | None, gazetteer: Gazetteer
) -> str | None:
    """Return ``_fuzzy``'s answer for a name and its title roles (memoised: names recur in a corpus)."""
    index = name_index(gazetteer)
    candidates = {a.actor.key: a.actor for a in index.near(name[-1])}
    for role, country in roles:
        candidates.update((a.key, a) for a in gazetteer.ever_held(role, country))
    sounds = tuple(sound(w) for w in name)
    scored = []
    for actor in candidates.values():
        if actor.kind != "person":
            continue
        aliases = [a for a in index.of(actor) if len(a.words) > 1 or len(name) < 2]
        similarity = max((_alias_similarity(name, sounds, a) for a in aliases), default=0.0)
        if similarity < 0.5:
            continue
        # Context counts only when the title names the role's country ("French Foreign Minister").
        dated = any(r.role == role and r.country == country and r.active(date)
                    for r in actor.roles for role, country in roles if country)
        ever = any(r.role == role and (country is None or r.country == country)
                   for r in actor.roles for role, country in roles)
        given_equal = len(name) > 1 and any(len(a.words) > 1 and a.words[0] == name[0] for a in aliases)
        if similarity >= 0.92 or (dated and similarity >= 0.6) or (ever and given_equal and similarity >= 0.75):
            scored.append((similarity + (0.2 if dated else 0.1 if ever else 0.0), actor.key))
    scored.sort(reverse=True)
    if scored and (len(scored) == 1 or scored[0][0] - scored[1][0] >= 0.1):
        return scored[0][1]
    return None


def _alias_similarity(name: tuple[str, ...], sounds: tuple[str, ...], alias: Alias) -> float:
    """Return ``name_similarity`` of a name and an alias, with the sound keys precomputed."""
    b = alias.words
    if not _given_compatible(name, b):
        return 0.0
    surname = word_similarity(name[-1], b[-1], sounds[-1], alias.sounds[-1])
    if len(name) < 2 or len(b) < 2:
        return surname
    return 0.4 * word_similarity(name[0], b[0], sounds[0], alias.sounds[0]) + 0.6 * surname


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


def _actor(
    cluster: _Cluster, text: str, mentions: list[Mention], date: str | None, gazetteer: Gazetteer, roles_of: _TitleRoles
) -> ResolvedActor:
    members = [mentions[j] for j in cluster.members]
    surfaces = tuple(sorted({text[m.start : m.end] for m in members}))
    titles = tuple(dict.fromkeys(m.title for m in members if m.title))
    role_ids = tuple(dict.fromkeys(role for t in titles for role, _ in roles_of(t)))
    actor: Actor | None = gazetteer.by_key(cluster.key) if cluster.key else None
    if actor:
        held = actor.roles_at(date)
        roles = tuple(dict.fromkeys(r.title or r.role for r in held)) or titles[:2]
        return ResolvedActor(actor.name, actor.key, actor.kind, actor.side, actor.gender or _gender(members),
                             roles, tuple(cluster.members), surfaces, titles, role_ids + tuple(r.role for r in held))
    name = max(surfaces, key=lambda s: (len(s.split()), len(s)))
    side = guess_side(" ; ".join(titles), gazetteer, text=text, mentions=mentions)
    return ResolvedActor(name, None, members[0].kind, side, _gender(members), titles[:2],
                         tuple(cluster.members), surfaces, titles, role_ids)


def _gender(members: list[Mention]) -> str | None:
    """Return the one gender the mentions' clues agree on, else None."""
    votes = {m.gender for m in members if m.gender}
    return votes.pop() if len(votes) == 1 else None
