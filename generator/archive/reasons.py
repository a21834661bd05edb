"""Why two articles are related, as a reader would say it, and whether they are at all: a person, an
organisation or a topic both name, or much of their wording (a place, a news agency or the desk that
filed both is not enough)."""

from __future__ import annotations

from ..enrich.lexicon import NEWS_AGENCIES
from ..model import Actor, Topic

Vector = dict[str, float]  # a feature ("a:slug", "t:slug", "w:word") -> its weight, L2-normalised

STRONG_TYPES = ("person", "organisation")
SIMILAR_WORDING = 0.2
# Below this cosine a link rests on one name or a few words: on 47 links of a day of Reuters wire
# copy judged by hand, the three unrelated ones (a shared "Roman Catholic", the EU) scored under it,
# and all but one of the same story above it.
LEAST_SCORE = 0.1
NEWS_DESK_WORDS = {"Newsroom", "Newsdesk", "Desk"}  # "London Newsroom", "U.S. Municipal Desk": who filed it


def connected(mine: Vector, theirs: Vector, actors: dict[str, Actor]) -> bool:
    """Whether a reader would call two articles related: a person, organisation or topic both name, or
    much of their wording in common. A country or place both name, a news agency both cite, or a few
    common words is not enough: on a day of wire copy that linked a brewer's results to a Holocaust
    story (both 'Poland'), and half the links judged on 60 were unrelated. Nor is the desk that filed
    both ("London Newsroom")."""
    shared = [f for f in mine if f in theirs]
    for feature in shared:
        actor = actors.get(feature[2:]) if feature.startswith("a:") else None
        if feature.startswith("t:") or (actor is not None and actor.type in STRONG_TYPES and not is_news_source(actor.name)):
            return True
    return sum(mine[f] * theirs[f] for f in shared if f.startswith("w:")) >= SIMILAR_WORDING


def is_news_source(name: str) -> bool:
    """A news agency or a wire service's desk: the two articles were filed by it, not about it."""
    return name in NEWS_AGENCIES or name.rsplit(" ", 1)[-1] in NEWS_DESK_WORDS


def reasons(mine: Vector, theirs: Vector, actors: dict[str, Actor], topics: dict[str, Topic]) -> tuple[str, ...]:
    # in the order of `mine` (no set: the wording's sum is then added in the same order in every process)
    shared = [f for f in mine if f in theirs]
    names = sorted((f[2:] for f in shared if f.startswith("a:")), key=lambda s: (-(mine[f"a:{s}"] * theirs[f"a:{s}"]), s))
    subjects = sorted(f[2:] for f in shared if f.startswith("t:"))
    text = sum(mine[f] * theirs[f] for f in shared if f.startswith("w:"))
    out = []
    if names:
        out.append("actors: " + ", ".join(actors[s].name for s in names[:4] if s in actors))
    if subjects:
        out.append("topics: " + ", ".join(topics[s].name for s in subjects if s in topics))
    if text > 0:
        out.append(wording_in_words(text))
    return tuple(out)


def wording_in_words(similarity: float) -> str:
    """The wording's cosine similarity as a reader would say it (no score on the page)."""
    if similarity >= 0.5:
        return "much the same wording"
    return "similar wording" if similarity >= SIMILAR_WORDING else "some words in common"
