"""Why two articles are related, as a reader would say it, and whether they are at all: a person, an
organisation or a topic both name, or much of their wording (a place, a news agency or the desk that
filed both is not enough)."""

from __future__ import annotations

import math
import re
from functools import lru_cache

from ..enrich.lexicon import NEWS_AGENCIES, PLACE_HEADS, places
from ..model import Actor, Article, Related, Topic

Vector = dict[str, float]  # a feature ("a:slug", "t:slug", "w:word") -> its weight, L2-normalised

STRONG_TYPES = ("person", "organisation")
SIMILAR_WORDING = 0.2
# Below this cosine a link rests on one name or a few words: on 47 links of a day of Reuters wire
# copy judged by hand, the three unrelated ones (a shared "Roman Catholic", the EU) scored under it,
# and all but one of the same story above it.
LEAST_SCORE = 0.1
# A link resting on one name needs more: on a day of Reuters wire copy the links of that kind under it
# were a passing mention of Italy's president in an Albanian court story, Netanyahu in a Lebanese one,
# another race's results; on BBC politics stories, one politician named in two campaign stories about
# other things (Robin Cook, William Hague, Alan Johnson). Above it: one event's results and profile.
ONE_NAME_SCORE = 0.15
# Two stories that share names but few words are about the same people, not one story: on 59 links of
# BBC news of 2004-05 judged by hand, 30 on one story, those under a words' share of 0.09 and under
# NAMES_ALONE_SCORE were 11 of the 30 and 26 of the other 29 (one politician's two campaigns, a
# survey firm cited in two stories, a games company in every games story). On 88 links of six such
# samples, a share of 0.12 kept 57 of the 65 on one story and 10 of the other 23.
SAME_STORY_WORDING = 0.12
# ... unless their words alone are alike: a league's results, table and scorers are mostly names (the
# words' part of the score stays small), and on Reuters results and tables of one round of games that
# shared their few words scored 0.33-0.57 on the words alone; other stories of the same people 0.15-0.16.
SAME_WORDS = 0.3
NAMES_ALONE_SCORE = 0.3
SAME_CAST = 3  # people both stories name: on Reuters, one match's report and its results share its scorers
# ... with some words in common: on BBC politics three campaign stories shared three party spokesmen
# and next to no words (0.010-0.019), stories of one row or match 0.036 and more
FEW_WORDS = 0.03
# Another story on the same people or subject is listed apart from the story's own links, from a cosine
# of ONE_NAME_SCORE: under it, on the BBC samples, 5 of the 7 links judged unrelated (a name in passing)
SUBJECT_SCORE = ONE_NAME_SCORE
# One story's reports share the words few other articles use (the bill's, the product's, the row's own
# words); two stories of one subject share its common vocabulary and people. A story word is in two
# articles at least and in at most STORY_WORD_SHARE of the archive's (20 of 730). On 114 links of BBC
# news of 2004-05 judged by hand (85 on one story), those whose shorter article shares under
# SAME_STORY_WORDS of its story words with the other were 10 of the 85 and 18 of the other 29.
STORY_WORD_SHARE = 0.027
SAME_STORY_WORDS = 0.19
# ... where both have enough of them: wire tables, results and market reports of a few lines have 0 to 18
# (Reuters), and one match's two reports may share none.
MIN_STORY_WORDS = 20
# Two reports of one story mostly share a word of their headlines; two stories of one subject often do
# not ("EU referendum could cost £80m", "Voters 'reject EU by two to one'"). On 220 BBC links judged by
# hand, those whose headlines share no word were one story in 28 of 51, against 130 of 139 of the others;
# without a headline word in common a link needs more of the story words: SAME_STORY_WORDS_ALONE.
SAME_STORY_WORDS_ALONE = 0.35
NO_WORDS: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset())
STOPWORDS = set(
    """a about above after again against all also am an and any are as at be because been before being
    below between both but by can could did do does doing down during each few for from further had has
    have having he her here hers him his how i if in into is it its itself just me more most my no nor
    not now of off on once only or other our out over own same she should so some such than that the
    their them then there these they this those through to too under until up very was we were what
    when where which while who whom why will with would you your said says would could also one two new
    its it's""".split()
)  # words too common to tell two articles apart (also the features' stopwords, related.py)
HEADLINE_WORD = re.compile(r"[a-z0-9£$€]{3,}")
WEEKDAY = re.compile(r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.IGNORECASE)
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
        if feature.startswith("t:") or (actor is not None and is_evidence(actor)):
            return True
    return sum(mine[f] * theirs[f] for f in shared if f.startswith("w:")) >= SIMILAR_WORDING


def another_story(mine: Article, theirs: Article, link: Related, vectors: tuple[Vector, Vector], actors: dict[str, Actor],
                  story_words: tuple[frozenset[str], frozenset[str]] = NO_WORDS) -> bool:
    """Whether a link the scores allow joins two stories a reader would not call one story."""
    return (
        another_day(mine, theirs, actors)
        or few_story_words(*story_words)
        or (not shared_headline_word(mine, theirs, shared_name_words(vectors, actors))
            and (few_story_words(*story_words, SAME_STORY_WORDS_ALONE, short=True) or no_one_in_common(vectors, actors)))
        or (link.score < ONE_NAME_SCORE and one_name(mine, theirs, vectors, actors))
        or (link.score < NAMES_ALONE_SCORE and names_alone(mine, theirs, vectors, actors))
    )


def no_one_in_common(vectors: tuple[Vector, Vector], actors: dict[str, Actor]) -> bool:
    """No person both stories name: with no headline word in common either, two stories of one firm or product
    line ("Nintendo DS makes its Euro debut", "Gamers snap up new Sony PSP": Nintendo, Sony and Japan in both);
    on 32 BBC links judged one story by the scores, those were 2, both another story."""
    return not any(actors[slug].type == "person" for slug in shared_names(*vectors, actors))


def names_alone(mine: Article, theirs: Article, vectors: tuple[Vector, Vector], actors: dict[str, Actor]) -> bool:
    """The link rests on the names both stories give, with no topic and few words in common: stories
    about the same people or firms, each about something else. Unless the names are a cast and the two
    have some words in common: several people both stories name (a match's players, a row's
    politicians), or the person both headlines name ("Retiring Campese weighs up options", "Campese
    signs off with try")."""
    if not set(mine.topics).isdisjoint(theirs.topics) or wording(*vectors) >= SAME_STORY_WORDING or words_alone(*vectors) >= SAME_WORDS:
        return False
    if wording(*vectors) < FEW_WORDS:
        return True  # next to no words in common: the names are all the two share
    people = [slug for slug in shared_names(*vectors, actors) if actors[slug].type == "person"]
    return len(people) < SAME_CAST and not any(in_headline(mine, slug) and in_headline(theirs, slug) for slug in people)


def few_story_words(mine: frozenset[str], theirs: frozenset[str], share: float = SAME_STORY_WORDS, short: bool = False) -> bool:
    """Two long enough articles that share under `share` of their story words (see STORY_WORD_SHARE):
    another story of the same subject or people ("Podcasts mark rise of DIY radio", "'Podcasters' look
    to net money")."""
    fewer = min(len(mine), len(theirs))
    return (fewer >= MIN_STORY_WORDS or short) and len(mine & theirs) < share * fewer


def shared_name_words(vectors: tuple[Vector, Vector], actors: dict[str, Actor]) -> frozenset[str]:
    """The headline words (headline_words) of the people both articles name: two headlines that share only the names of
    a couple or a politician ("Miley Cyrus and Liam Hemsworth wore wedding rings", "Miley Cyrus Reflects on Her Breakup
    With Liam Hemsworth") say whom both stories are about, not that they are one."""
    people = [actors[slug].name for slug in shared_names(*vectors, actors) if actors[slug].type == "person"]
    return headline_words(" ".join(people))


def shared_headline_word(mine: Article, theirs: Article, names: frozenset[str] = frozenset()) -> bool:
    """Whether the two headlines share a word of three letters or more that is no stopword (by its first
    five letters: "criticised" and "criticism"; "EU" and "UK" name a subject, not a story); True when
    either article has no headline, which then says nothing."""
    words = [headline_words(article.title.value or "") for article in (mine, theirs)]
    return not all(words) or not (words[0] & words[1]) <= names


@lru_cache(maxsize=65536)
def headline_words(headline: str) -> frozenset[str]:
    return frozenset(singular(word)[:5] for word in HEADLINE_WORD.findall(headline.lower()) if word not in STOPWORDS)


def singular(word: str) -> str:
    """"plans" -> "plan", as "plan" is written in the other headline ("Clarke to unveil immigration plan", "Clarke plans
    migrant point scheme"); "press", "virus" stay."""
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")) else word


def story_word_limit(articles: int) -> int:
    """The most articles a story word may be in (three at least: a small archive's words are in few)."""
    return max(3, round(STORY_WORD_SHARE * articles))


def shared_names(mine: Vector, theirs: Vector, actors: dict[str, Actor]) -> list[str]:
    """The people and organisations both vectors hold that are evidence (names too common to tell
    stories apart are not in the vectors)."""
    return [f[2:] for f in mine if f.startswith("a:") and f in theirs and f[2:] in actors and is_evidence(actors[f[2:]])]


def in_headline(article: Article, slug: str) -> bool:
    return any(mention.actor == slug and mention.anchor == "title" for mention in article.mentions)


def one_name(mine: Article, theirs: Article, vectors: tuple[Vector, Vector], actors: dict[str, Actor]) -> bool:
    """The link rests on one person or organisation both name, with no topic or wording in common: a
    name that may be a passing mention ("Berisha, who was at the time meeting Italian President
    Scalfaro"), or a politician in two stories of a campaign that are about other things. Names too
    common to tell stories apart (not in the vectors) are not counted."""
    if not set(mine.topics).isdisjoint(theirs.topics) or wording(*vectors) >= SIMILAR_WORDING:
        return False
    return len(shared_names(*vectors, actors)) == 1


def wording(mine: Vector, theirs: Vector) -> float:
    """The words' part of the two articles' cosine."""
    return sum(weight * theirs[f] for f, weight in mine.items() if f.startswith("w:") and f in theirs)


def words_alone(mine: Vector, theirs: Vector) -> float:
    """The cosine of the two articles' kept words, their names left out: what tells a table's or a
    result's few words from another's, where names are most of the text and of the score."""
    norms = math.prod(math.sqrt(sum(w * w for f, w in vector.items() if f.startswith("w:"))) for vector in (mine, theirs))
    return wording(mine, theirs) / norms if norms else 0.0


def another_day(mine: Article, theirs: Article, actors: dict[str, Actor]) -> bool:
    """Whether two headlines name different days ("Standings after Friday's games", "Thursday's
    results") with no person in both articles: a running series' editions, each another day's events,
    not one story (on a day of Reuters wire copy, a league's tables of consecutive days linked by
    their teams alone)."""
    days, other_days = headline_days(mine), headline_days(theirs)
    if not days or not other_days or days & other_days:
        return False
    people = {slug for slug in mine.mentions_per_actor if slug in actors and actors[slug].type == "person"}
    return people.isdisjoint(theirs.mentions_per_actor)


def headline_days(article: Article) -> frozenset[str]:
    return days_named(article.title.value or "")


@lru_cache(maxsize=65536)
def days_named(headline: str) -> frozenset[str]:
    return frozenset(day.lower() for day in WEEKDAY.findall(headline))


def is_evidence(actor: Actor) -> bool:
    """A person, or an organisation that is neither a news source nor called by a place's name: a team
    named by its town ("New Jersey", "PHOENIX") is a different club in each league's table, so two
    leagues' results would share it."""
    if actor.type not in STRONG_TYPES or is_news_source(actor.name):
        return False
    return actor.type == "person" or not is_place_name(actor.name)


def is_place_name(name: str) -> bool:
    """"New Jersey", "PHOENIX", "St Louis" (St. Louis), "Tampa Bay" (a place and a place word)."""
    name, known = name.title() if name.isupper() else name, places()
    head, _, last = name.rpartition(" ")
    return name in known or name.replace("St ", "St. ", 1) in known or (last in PLACE_HEADS and head in known)


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
