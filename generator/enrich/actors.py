"""Actors: the actor set built from the registry (corpus/actors.yml, read by registry.py) and from what
names.py detects, and the mentions found with it (who said a quote: quotes.py).

Rules, in the order they apply (also in ARCHITECTURE.md, "Actors, topics and related articles"):

1. Registry entries match by name and aliases, case-sensitively, as whole words ("Trump's" and
   "Putin-Zelensky" count; "Russian" is not "Russia").
2. Detection (names.py) finds people, organisations and places in every article with no registry;
   bare surnames and short forms are resolved within the article that introduced the full name.
3. Detected names are merged when their type and key are equal: lower case, accents and dots
   removed, leading initials joined (J.D. = JD), middle initials dropped, and the surname's ending
   -iy / -yy / -i read as -y (Zelenskiy = Zelenskyy = Zelensky). First names are never aliases, so
   Steve Witkoff and Steve Bannon stay apart.
4. A detected name of two words or more is matched in every article; a single word only where the
   article itself introduced it (registry aliases excepted: they are curated).
5. An article's own authors are never mentions in that article.
"""

from __future__ import annotations

import os
from bisect import bisect_right
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from itertools import groupby
from operator import itemgetter
from typing import Iterable

from ..content.extract import wire_dateline
from ..model import Actor, Article, Block, Mention
from .lexicon import ORGANISATION, PERSON, SAME_COUNTRY, SAME_ORGANISATION, SAME_PLACE, family_names, given_names, places
from .name_words import stands_alone
from .lookalikes import everyday_word
from .echoes import case_cued
from .acronyms import acronym_owners
from .name_keys import kind_of, name_key, surname
from .name_evidence import TITLES, acronym_plurals, candidates_of, gather_evidence
from .organisation_forms import fold_organisation_forms
from .person_forms import fold_person_forms, honorific_sexes
from .sources import cited_as_source
from ..content.text import CLOSING, TERMINAL, free_slug, sentence_spans

# --------------------------------------------------------------------------- the actor set


@dataclass
class ActorSet:
    actors: dict[str, Actor]  # slug -> actor, registry and detected
    surfaces: dict[str, str]  # surface form as written -> slug (matched in every article)
    pattern: re.Pattern | None
    by_key: dict[tuple[str, str], str] = field(default_factory=dict)  # (type, name_key) of a detected name -> slug

    def match(self, text: str) -> Iterable[re.Match]:
        return self.pattern.finditer(text) if self.pattern else ()


def build_actor_set(registry: list[Actor], articles: list[Article]) -> ActorSet:
    known = {alias: a.name for a in registry for alias in (a.name, *a.aliases)}
    known_keys = {(kind_of(a.type), name_key(alias)): a.name for a in registry for alias in (a.name, *a.aliases)}
    found, retyped, spread = detected_names(articles, known, known_keys)
    slugs = actor_slugs([(a.name, a.type) for a in registry] + [(name, kind) for name, kind, _ in found])
    detected = [Actor(slug=slugs[name, kind], name=name, type=kind, aliases=aliases, source="detected") for name, kind, aliases in found]
    actors = [*(replace(a, slug=slugs[a.name, a.type]) for a in registry), *detected]
    by_name = {(a.name, a.type): a.slug for a in actors}
    by_key = {(kind_of(a.type), name_key(alias)): a.slug for a in actors for alias in (a.name, *a.aliases)}
    surfaces = {alias: a.slug for a in actors for alias in (a.name, *a.aliases) if a.source == "registry" or " " in alias or (a.type, alias) in spread}
    surfaces.update(surname_aliases([a for a in actors if a.source == "registry"], surfaces))
    surfaces.update(surname_variants([a for a in actors if a.source == "registry"], surfaces, articles))
    by_key.update({k: by_name[v] for k, v in surname_owners(detected).items() if k not in by_key})
    by_key.update({(PERSON, key): by_key[ORGANISATION, owner] for key, owner in retyped.items()})  # "said Microsoft": the company
    pattern = re.compile(surface_pattern(list(surfaces))) if surfaces else None  # the trie sorts them
    return ActorSet({a.slug: a for a in actors}, surfaces, pattern, by_key)


def surname_owners(detected: list[Actor]) -> dict[tuple[str, str], tuple[str, str]]:
    """A person known only by a surname ("Mr Hopkins") is the one person of the archive with that
    surname and a full name, when there is exactly one."""
    full: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for actor in detected:
        if actor.type == PERSON and " " in actor.name:
            full[name_key(surname(actor.name))].add((actor.name, actor.type))
    return {(PERSON, key): next(iter(owners)) for key, owners in full.items() if len(owners) == 1}


def surface_pattern(surfaces: list[str]) -> str:
    """Every surface (none empty) as whole words, in one regex: the trie of them, then no word character after."""
    return trie_alternation(surfaces) + r"(?![\w])"


WORD_START = r"(?<!\w[\s\S])"  # read after a surface's first character: no word character stands before that one
ESCAPED = {i: "\\" + chr(i) for i in b"()[]{}?*+-|^$\\.&~# \t\n\r\v\f"}  # re.escape's own table: str.translate with it is re.escape, less a call


def trie_alternation(surfaces: list[str]) -> str:
    """All surfaces as one regex group with shared prefixes factored out ("Ge(?:neva Alliance|rmany)"),
    so the engine reads each character once instead of trying every surface in turn. At each branch
    the longer continuation is tried before stopping, so a match is the longest surface there, as with
    an alternation ordered longest first. Each branch opens with a first character and only then asks that
    a word starts there: a pattern that opens with characters lets the engine skip at once to where one of
    them stands, while one that opens with a lookaround is tried at every position (a third faster on BBC stories)."""
    branches = [char.translate(ESCAPED) + WORD_START + trie_group([s[1:] for s in group]) for char, group in groupby(sorted(set(surfaces)), key=itemgetter(0))]
    return "(?:" + "|".join(branches) + ")"


def trie_group(suffixes: list[str]) -> str:
    """The pattern of one node of the surfaces' trie, given the sorted ends of the surfaces that pass through it
    ("" where one stops there). A stretch every end shares is one escaped string (the common prefix of a sorted
    list is that of its first and last); then one branch per next character, in order. One end alone (most nodes: the
    rest of a name no other shares) is itself, and ends that open with different characters share nothing."""
    first, last = suffixes[0], suffixes[-1]
    if len(suffixes) == 1:
        return first.translate(ESCAPED)
    if first and first[0] == last[0]:
        shared = os.path.commonprefix([first, last])
        return shared.translate(ESCAPED) + trie_group([s[len(shared) :] for s in suffixes])
    stops = first == ""  # "" sorts first
    branches = [char.translate(ESCAPED) + trie_group([s[1:] for s in group]) for char, group in groupby(suffixes[stops:], key=itemgetter(0))]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if stops:  # a surface may stop here: try the longer ones first
        return ("(?:" + body + ")" if len(branches) == 1 else body) + "?"
    return body


def detected_names(articles: list[Article], known: dict[str, str], known_keys: dict[tuple[str, str], str]) -> tuple[list[tuple[str, str, tuple[str, ...]]], dict[str, str], set]:
    """(name, type, aliases) of one actor per (type, name key) of the names detected in the articles (an acronym with the name it
    stands for), named by its most frequent spelling, in full where it has one and in capitals only where it
    has no other; names of the registry
    and the articles' own authors are left out. And the name keys taken for people by weak cues only that
    other articles type as organisations, with the organisation's key (its plural too: "Lib Dems" are the
    "Lib Dem" party); and the one-word organisations to look for in every article."""
    evidence = gather_evidence(articles, known, known_keys)
    spellings, strongly_people = evidence.spellings, evidence.strongly_people
    drop_things(spellings, (evidence.things | made_by_organisation(spellings)) - strongly_people, evidence.not_organisations(acronym_plurals(articles)))
    retyped = {key: owner for kind, key in list(spellings) if kind == PERSON and key not in strongly_people
               for owner in [key if (ORGANISATION, key) in spellings else key[:-1] if key.endswith("s") and (ORGANISATION, key[:-1]) in spellings else None] if owner}
    for key, owner in retyped.items():
        spellings[ORGANISATION, owner].update(spellings.pop((PERSON, key)))
    fold_person_forms(spellings, evidence.named_in, honorific_sexes(lone_names(articles)))
    fold_organisation_forms(spellings)
    owners = acronym_owners((candidates_of(article).spans for article in articles), spellings.keys())
    for short, full in owners.items():
        spellings[full].update(spellings.pop(short))
    found = named_once(spellings, set(owners.values()))
    spread = {(ORGANISATION, name) for name, kind, aliases in found if kind == ORGANISATION for name in (name, *aliases) if name in evidence.cued_words and unmistakable(name)}
    return found, retyped, spread


def lone_names(articles: list[Article]) -> Iterable[tuple[str, str]]:
    """(a person's name of one word, the text before it in its block), for every article that names someone so."""
    for article in articles:
        blocks = article.read_blocks
        yield from ((span.name, blocks[span.paragraph].text[max(0, span.start - 10) : span.start]) for span in candidates_of(article).spans
                    if span.type == PERSON and " " not in span.name and span.paragraph < len(blocks))


def drop_things(spellings: dict[tuple[str, str], Counter], not_people: set[str], not_organisations: set[str]) -> None:
    """Leave out of the actors the keys found to name things: "people" that are products or named after "the", and
    "organisations" only shaped so that an article writes before a product's noun ("the PSP console", "ID cards")."""
    for key in not_people:
        spellings.pop((PERSON, key), None)
    for key in not_organisations:
        spellings.pop((ORGANISATION, key), None)
        if all(name.endswith("s") for name in spellings.get((ORGANISATION, key + "s"), ())):
            spellings.pop((ORGANISATION, key + "s"), None)  # "DVDs", not the PCS union beside "PCs"


def made_by_organisation(spellings: dict[tuple[str, str], Counter]) -> set[str]:
    """Keys of "people" whose first word is a one-word organisation of the archive: "Intel Celeron", "Dell Optiplex",
    "Nintendo Europe" are a product or a branch of it, not someone."""
    return {key for (kind, key), names in spellings.items() if kind == PERSON and " " in key and (ORGANISATION, key.split()[0]) in spellings
            and not any(name.split()[0] in given_names() for name in names)}  # "TIM", the telephone company, is not Tim Yeo


def named_once(spellings: dict[tuple[str, str], Counter], spelled_out: set[tuple[str, str]]) -> list[tuple[str, str, tuple[str, ...]]]:
    """(name, type, aliases) of each (type, name key), by the spelling the archive writes most: in full
    ("United States" among "U.S.", "US"), in upper case only where it has no other ("New Jersey", not a
    table's "NEW JERSEY"); made an Actor once its slug is known."""
    found = []
    for (kind, key), counts in sorted(spellings.items()):
        if len(counts) == 1 and not next(iter(counts)).isupper():  # most names: one spelling, nothing to choose
            found.append((next(iter(counts)), kind, ()))
            continue
        full = [n for n in counts if n in SAME_COUNTRY or n in SAME_ORGANISATION or n in SAME_PLACE or ((kind, key) in spelled_out and " " in n)]
        canonical = sorted(full or counts, key=lambda n: (shouted_name(n, counts), -counts[n], -len(n), n))[0]
        if canonical.isupper() and kind != ORGANISATION and places().get(canonical.title()) == kind:
            canonical = canonical.title()  # "OTTAWA", written so only in datelines, is Ottawa
        found.append((canonical, kind, tuple(sorted(n for n in counts if n != canonical))))
    return found


def unmistakable(word: str) -> bool:
    """A one-word organisation the whole archive may be searched for ("Microsoft", "Sony"): no word of the
    dictionary ("Apple", "Orange"), no place, no one's name."""
    return not everyday_word(word) and word not in places() and word not in given_names() and word not in family_names() and not word.isupper()




def shouted_name(name: str, counts: Counter) -> bool:
    """A spelling in capitals (longer than an acronym) where the archive also writes the name otherwise."""
    return name.isupper() and len(name.replace(".", "")) > 6 and any(not other.isupper() for other in counts)


def actor_slugs(actors: list[tuple[str, str]]) -> dict[tuple[str, str], str]:
    """(name, type) -> slug, in order (registry first, so curated actors keep the plain slug)."""
    used: set[str] = set()
    return {(name, kind): free_slug(name, used) for name, kind in actors}


def surname_aliases(actors: list[Actor], surfaces: dict[str, str]) -> dict[str, str]:
    """Rule 4: a surname alone names a person only when no one else has it."""
    owners: dict[str, set[str]] = defaultdict(set)
    for actor in actors:
        if actor.type != "person":
            continue
        for name in (actor.name, *actor.aliases):
            if len(name.split()) >= 2:
                owners[surname(name)].add(actor.slug)
    out = {}
    for last, slugs in owners.items():
        explicit = surfaces.get(last)
        if len(slugs) == 1 and explicit is None:
            out[last] = next(iter(slugs))
    return out


def surname_variants(actors: list[Actor], surfaces: dict[str, str], articles: list[Article]) -> dict[str, str]:
    """Spellings of a resolved surname seen in the corpus (Zelenskyy for Zelensky), rule 3 keys."""
    by_key: dict[str, str] = {}
    for form, slug in surfaces.items():
        if " " not in form and any(a.slug == slug and a.type == "person" for a in actors):
            by_key.setdefault(name_key(form), slug)
    if not by_key:
        return {}  # no surname of the registry's people: no word to read
    words = {w for a in articles for w in candidates_of(a).capitalised}
    return {w: by_key[name_key(w)] for w in sorted(words) if w not in surfaces and name_key(w) in by_key}


def sentence_at(text: str, position: int) -> str:
    """The sentence a position is in (the spans are in order and apart: the last one opening at or before it), or the whole text."""
    return sentence_among(text, sentence_spans_of(text), position)


def sentence_spans_of(text: str) -> tuple[tuple[int, int], ...]:
    """text.sentence_spans, or none for a text of one sentence, whose sentence is the whole text, stripped (as
    sentence_among gives where no span holds the position): half the blocks of a story that names someone
    (review 13), and the dearest part of a mention to find otherwise."""
    return () if one_sentence(text) else sentence_spans(text)


SENTENCE_TAIL = TERMINAL + CLOSING + " \t\n\r\f\v\xa0"


def one_sentence(text: str) -> bool:
    """No sentence mark but among the marks, closing quotes and spaces that end the text: no boundary for
    text.SENTENCE_END (a capital or a figure after the spaces) nor GLUED_END (a capital and a small letter after)."""
    body = text.rstrip(SENTENCE_TAIL)
    return "." not in body and "?" not in body and "!" not in body and "…" not in body


def sentence_among(text: str, spans: tuple[tuple[int, int], ...], position: int) -> str:
    """sentence_at, given the text's sentence spans (asked once a block, not once a mention)."""
    at = bisect_right(spans, (position, INF)) - 1
    return text[spans[at][0] : spans[at][1]] if at >= 0 and position < spans[at][1] else text.strip()


INF = float("inf")


def find_mentions(article: Article, actor_set: ActorSet) -> list[Mention]:
    """The article's detected names (resolved within it) and every surface of the actor set elsewhere in its
    text: in its headline and dek as the file writes them (not where metadata.yml replaced them), its
    subheadings, paragraphs and quotes, each cited by the block's anchor."""
    authors = {name_key(a) for a in article.authors.value or ()}
    blocks = article.read_blocks
    found = detected_places(candidates_of(article).spans, actor_set, len(blocks))
    mentions, outlet, actors, article_id = [], own_outlet(blocks), actor_set.actors, article.id
    for index, block in enumerate(blocks):
        if article.overridden and not article.cites(block):
            continue
        text, taken = block.text, found.get(index, [])
        named = sorted(taken + surface_matches(text, actor_set, taken, block.kind in TITLES and not case_cued(text)))
        number, anchor, spans = block.number or 0, block.anchor, None
        for start, end, slug in named:
            actor = actors[slug]
            if (authors and name_key(actor.name) in authors) or (outlet and (index, start) == outlet):
                continue  # rule 5: its own authors, and the outlet its dateline names ("Washington (CNN)"), are no mentions
            spans = sentence_spans_of(text) if spans is None else spans
            mentions.append(Mention(slug, article_id, number, anchor, start, end, text[start:end],  # by position:
                                    sentence_among(text, spans, start),  # a third less time than by keyword, for a frozen class
                                    actor.type == ORGANISATION and cited_as_source(text, start, end)))
    return mentions


def detected_places(spans: tuple, actor_set: ActorSet, blocks: int) -> dict[int, list[tuple[int, int, str]]]:
    """Block index -> (start, end, slug) of each of the article's detected names that is an actor of the set."""
    found: dict[int, list[tuple[int, int, str]]] = {}
    surfaces, by_key = actor_set.surfaces.get, actor_set.by_key.get
    for paragraph, start, end, kind, name, _ in spans:
        slug = surfaces(name) or by_key(("place" if kind == "country" else kind, name_key(name)))  # kind_of, inline: asked of every span
        if slug and paragraph < blocks:
            found.setdefault(paragraph, []).append((start, end, slug))
    return found


def own_outlet(blocks: list[Block]) -> tuple[int, int] | None:
    """(block, start) of the outlet a wire dateline opening the first paragraph names, if one does."""
    first = next((index for index, block in enumerate(blocks) if block.kind == "paragraph"), None)
    dateline = wire_dateline(blocks[first].text) if first is not None else None
    return (first, dateline.start("outlet")) if dateline else None


def surface_matches(text: str, actor_set: ActorSet, taken: list[tuple[int, int, str]], curated_only: bool) -> list[tuple[int, int, str]]:
    """The actor set's surfaces in a block, where no detected name stands; in a title with no case cues
    only the registry's (its capitals are no evidence that another article's name is meant)."""
    out, detected = [], {(s, e) for s, e, _ in taken}  # most surfaces found are the detected names themselves
    surfaces, actors = actor_set.surfaces, actor_set.actors
    for match in actor_set.match(text):
        start, end = match.span()
        if taken and ((start, end) in detected or any(s < end and start < e for s, e, _ in taken)):
            continue
        slug = surfaces[match.group()]
        if (not curated_only or actors[slug].source == "registry") and stands_alone(text, start, end):
            out.append((start, end, slug))
    return out
