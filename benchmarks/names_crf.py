"""A candidate measured for issue 32 and not shipped: a linear-chain CRF (python-crfsuite) over the runs of
capitalised words of a paragraph, as names.typed_runs finds and types them, deciding the runs the rules leave
untyped or type by shape alone. Trained by train_names_model.py; used by `people.py --candidate crf`.

On CoNLL-2003 testb it did not beat the rules (see the note of issue 32): trained on WikiGold and GUM's
Wikinews parts (6,542 runs) it lowered person precision more than it raised recall at any threshold, and even
trained in-domain on CoNLL testa it gained under 0.01 F1, for about 0.8 ms more per 5 KB article.
python-crfsuite is not a dependency of the project: `pip install python-crfsuite` to run this.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from generator.enrich import names
from generator.enrich.lexicon import DEMONYMS, ORG_HEADS, ORGANISATION, PERSON, family_names, given_names, places
from generator.enrich.name_words import is_acronym
from generator.enrich.names import Run

MODEL = Path("/work/data/ner/names.crfsuite")  # outside the repository, like its training data
MODEL_TYPES = {"PER": PERSON, "ORG": ORGANISATION}
WEAK_CUES = ("", "shape")


def run_features(words, found: list[Run]) -> list[list[str]]:
    plain = list(words.words)  # names.Tokens
    return [features(plain, run) for run in found]


def features(plain: list[str], run: Run) -> list[str]:
    """What the model sees of one run: its words, their shape, the words around it, the gazetteers and the rules."""
    words = plain[run.first + run.dropped : run.end]
    before, after = plain[max(0, run.first - 2) : run.first], plain[run.end : run.end + 2]
    first, last = words[0], words[-1]
    found = [f"rule={run.type}:{run.cue}", f"n={min(len(words), 4)}", f"first={first.lower()}", f"last={last.lower()}",
             f"suffix={last[-3:].lower()}", f"shape={word_shape(first)}{word_shape(last)}",
             f"p1={before[-1].lower() if before else '^'}", f"p2={' '.join(before).lower()}",
             f"n1={after[0].lower() if after else '$'}", f"n2={' '.join(after).lower()}"]
    found += [f"w={w.lower()}" for w in words[1:-1]]
    found += [f"title={w.lower()}" for w in plain[run.first : run.first + run.dropped]]
    gazetteer = places()
    flags = (("given", first in given_names()), ("family", last in family_names()), ("head", last in ORG_HEADS),
             ("place", " ".join(words) in gazetteer), ("place1", first in gazetteer), ("demonym", first in DEMONYMS),
             ("acronym", is_acronym(last)))
    return found + [name for name, on in flags if on]


def word_shape(word: str) -> str:
    if word.isupper():
        return "A"
    return "Aa" if word[1:].islower() else "a" if word.islower() else "Aa." if "." in word else "aA"


@lru_cache(maxsize=1)
def tagger(path: Path = MODEL):
    import pycrfsuite

    loaded = pycrfsuite.Tagger()
    loaded.open(str(path))
    return loaded


def use(path: Path, least: float) -> None:
    """Make names.typed_runs let the model retype weak runs when its label's probability is at least `least`."""
    original = names.typed_runs

    def typed_runs(text: str):
        words, found = original(text)
        if not any(run.cue in WEAK_CUES for run in found):
            return words, found
        model = tagger(path)
        labels = model.tag(run_features(words, found))
        return words, [retyped(run, label, model.marginal(label, k), least) if run.cue in WEAK_CUES else run
                       for k, (run, label) in enumerate(zip(found, labels))]

    names.typed_runs = typed_runs


def retyped(run: Run, label: str, probability: float, least: float) -> Run:
    if probability < least:
        return run
    kind = MODEL_TYPES.get(label, "")
    return run if kind == run.type else run._replace(type=kind, cue="model" if kind else "")
