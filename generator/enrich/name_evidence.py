"""What the articles say of each name detected in them, gathered in one pass before the archive's actors are
made (actors.detected_names): how each is spelt, how many articles name it, and which of its cues say it is
surely a person, a thing named like one, an organisation, or only shaped like one (a product, a term)."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache, partial
from operator import itemgetter

from ..model import Article, NameCandidates
from .acronyms import initials
from .lexicon import ORGANISATION, PERSON, given_names
from .lookalikes import plain_english
from .name_keys import kind_of, name_key
from .name_words import is_title, named_as_a_thing
from .names import article_spans
from .things import term_words, written_as_things

# Cues that make a name a person whatever other articles say: a title, an initial, a role in apposition, an age.
# A verb of saying or a name's shape is weaker than an organisation cue elsewhere ("said Microsoft",
# "Lib Dem leader"): on 730 BBC stories "Microsoft", "Lib Dem" and "Jupiter Research" were people so.
SHAPE_CUES = {"acronym", "company shape", "organisation elsewhere", "product"}  # weaker than any other organisation cue
STRONG_PERSON_CUES = {"title", "initial", "apposition", "age", "bracket"}
TITLES = ("headline", "dek", "heading")
TYPE_NAME_CUE = itemgetter(3, 4, 5)  # a Span's type, name and cue, as one tuple
ACRONYM_PLURAL = re.compile(r"[A-Z]{2,}s")
# A capitalised word ("Blair": no word character before it, none after, only lower-case letters in it) or an acronym in
# the plural ("DVDs", "DJs", "SUVs": a thing counted, no organisation), the two found in one scan of the text. Both open
# with the capital, and only then ask what stands before it: a pattern that opens with a character lets the engine skip
# at once to the capitals (twice as fast as a lookaround first). An acronym is read ahead, not taken, so that a
# capitalised word after its "&" is still found ("Ts" of "AT&Ts", as a scan for each alone finds it).
CAPITALISED_OR_PLURAL = re.compile(r"([A-Z])(?:(?<![\w-][A-Z])([a-z]+)(?![\w])|(?<![\w&][A-Z])(?=([A-Z&]{1,5}s)(?![\w&])))")


EMPTY_COUNTER = partial(Counter.__new__, Counter)  # Counter(), less its two Python calls (__init__, update): one per name of the archive


@dataclass
class Evidence:
    """Filled by gather_evidence, one article at a time; (type, key): a name's type and name_key."""

    spellings: dict[tuple[str, str], Counter] = field(default_factory=lambda: defaultdict(EMPTY_COUNTER))
    named_in: Counter = field(default_factory=Counter)  # (type, key) -> how many articles name it
    strongly_people: set[str] = field(default_factory=set)
    things: set[str] = field(default_factory=set)  # people's keys an article writes after "the" or a work's noun
    cued_words: set[str] = field(default_factory=set)  # one-word organisations an article types by a cue of its own ("software giant Microsoft")
    organisation_cues: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))  # key -> every cue that typed it an organisation
    written_things: set[str] = field(default_factory=set)  # keys of names an article writes as things (things.py)

    def not_organisations(self, plurals: set[str]) -> set[str]:
        """Keys typed organisations only by their shape, which are things: a name an article writes before a
        product's noun ("the PSP console", "ID cards"), an acronym written in the plural ("DVDs"); and common words
        typed so only as what initials in brackets stand for, with no organisation's word among them ("Digital
        Rights Management (DRM)"), with those initials; a name an article writes as a thing, typed an organisation
        by no stronger cue than its shape, its last word or its initials ("a technology called Visual Radio"). An acronym written
        in the plural is a thing even before a company's word ("DVD sales")."""
        shaped = {key for key, cues in self.organisation_cues.items() if "product" in cues}
        terms = {key for key, cues in self.organisation_cues.items() if cues == {"initials"} and term_words(key)}
        terms |= {name_key(initials(key)) for key in terms if not self.organisation_cues.get(name_key(initials(key)), set()) - SHAPE_CUES}
        written = {key for key in self.written_things if not self.organisation_cues.get(key, set()) - SHAPE_CUES - {"suffix", "initials"}}
        counted = {key for key in plurals if not self.organisation_cues.get(key, set()) - SHAPE_CUES - {"company cue"}}
        return {key for key in shaped if not self.organisation_cues[key] - SHAPE_CUES} | terms | written | counted


def gather_evidence(articles: list[Article], known: dict[str, str], known_keys: dict[tuple[str, str], str]) -> Evidence:
    """Every detected name of the articles but the registry's and the articles' own authors', with its evidence."""
    found = Evidence()
    spellings, things, organisation_cues = found.spellings, found.things, found.organisation_cues  # asked for each name
    for article in articles:
        authors, text, plain = {name_key(a) for a in article.authors.value or ()}, None, set()
        written = Counter(map(TYPE_NAME_CUE, candidates_of(article).spans))  # each once, with its count
        keyed = [(kind, name, cue, times, (kind, name_key(name))) for (kind, name, cue), times in written.items()]
        found.named_in.update({key for *_, key in keyed})
        for kind, name, cue, times, key in keyed:
            if (known and name in known) or (known_keys and (kind_of(kind), key[1]) in known_keys) or (authors and kind == PERSON and key[1] in authors):
                continue
            if kind == PERSON and no_ones_name_as_written(name):
                continue  # "Prime Minister", "New Labour", "MPs", whatever cue an article found for them
            spellings[key][name] += times
            if kind == PERSON and cue in STRONG_PERSON_CUES:
                found.strongly_people.add(key[1])
            elif kind == PERSON and key[1] not in things and name not in plain:  # each name asked once
                if named_as_a_thing(name, text := text or texts(article)):
                    things.add(key[1])  # "the Xbox Live service", "the film Vera Drake": a thing, not someone
                else:
                    plain.add(name)
            elif kind == ORGANISATION and " " not in name and cue not in ("acronym", "team", "organisation elsewhere", "product"):
                found.cued_words.add(name)
            if kind == ORGANISATION:
                organisation_cues[key[1]].add(cue)
        found.written_things.update(map(name_key, candidates_of(article).things))
    found.things |= found.written_things  # "a game called Tony Hawk": no one's name either
    return found


def acronym_plurals(articles: list[Article]) -> set[str]:
    """Keys of the acronyms the articles write in the plural ("DVDs", "PVRs")."""
    return {name_key(word[:-1]) for article in articles for word in candidates_of(article).acronym_plurals}


def name_candidates(article: Article) -> NameCandidates:
    """The names of every block an article's mentions may cite (Article.read_blocks): headline, dek,
    subheadings, paragraphs and quotes."""
    blocks = article.read_blocks
    spans = article_spans([block.text for block in blocks], {i for i, block in enumerate(blocks) if block.kind in TITLES})
    text = texts(article)  # one scan of the whole text: no capitalised word spans a line break
    capitalised, plurals = capitalised_and_plurals(text)
    return NameCandidates(capitalised=capitalised, spans=spans, acronym_plurals=plurals, things=written_as_things(text))


def capitalised_and_plurals(text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The text's distinct capitalised words and acronyms in the plural, each sorted."""
    found = set(map("".join, CAPITALISED_OR_PLURAL.findall(text)))  # one of the two groups after the capital is empty
    plurals = {word for word in found if not word[1].islower()}  # "Blair" has a small letter second, "DVDs" a capital or "&"
    return tuple(sorted(found - plurals if plurals else found)), tuple(sorted(plurals))


def candidates_of(article: Article) -> NameCandidates:
    return article.names or name_candidates(article)


def texts(article: Article) -> str:
    return "\n".join(block.text for block in article.read_blocks)


@lru_cache(maxsize=1 << 16)
def no_ones_name_as_written(name: str) -> bool:
    """no_ones_name of a name, remembered: a build asks it of every person's name in every article."""
    return no_ones_name(name.split())


def no_ones_name(words: list[str]) -> bool:
    """Two common words or more, the first no given name and the last no family name ("Prime Minister",
    "New Labour"; not "Dick Spring"), or one word that is
    a title or an acronym's plural ("Chancellor", "MPs"): a name every article that writes it would make
    someone's, so it is no one's."""
    return (len(words) > 1 and plain_english(words) and words[0] not in given_names()) or (len(words) == 1 and (is_title(words[0].removesuffix("s")) or ACRONYM_PLURAL.fullmatch(words[0]) is not None))
