"""Detection and merging time per article, best of N runs on one core, for the code of a given tree (run by
hand, like the rest of benchmarks/; the benchmark of people.py times one pass and is noisy on a busy machine).

    python benchmarks/detection_time.py ROOT "GLOB" [RUNS] [--cold]
    python benchmarks/detection_time.py . "corpus/*.txt" 10                  # this tree, the seeds
    git archive f920027 | tar -x -C /tmp/old && python benchmarks/detection_time.py /tmp/old "corpus/*.txt" 10

ROOT is the folder whose generator/ is imported (so two trees can be compared on the same files); every run
clears the paragraph caches (tokens, spans, sentences), reads each article's name candidates, makes the actor set of all of them (as a
build does once) and finds every article's mentions. The word lists and gazetteers are loaded before the
first run (once a process), and the runs go under the build's garbage-collector settings
(pipeline.survivors_frozen, where `generate` detects names).

The caches of what a name's own words say (named_by_own_words, name_key, initials ...) stay warm from one run
to the next by default: the figure is that of an archive whose names have been seen, as in a large one.
`--cold` clears every cache of generator/content and generator/enrich (but the word lists') before each run: the figure of one build of just these files,
whose names are met for the first time.
"""

from __future__ import annotations

import contextlib
import glob
import importlib
import pkgutil
import sys
import time
from dataclasses import replace
from pathlib import Path

def main() -> None:
    arguments = [a for a in sys.argv[1:] if not a.startswith("--")]
    cold = "--cold" in sys.argv
    root, pattern = arguments[0], arguments[1]
    runs = int(arguments[2]) if len(arguments) > 2 else 3
    sys.path.insert(0, str(Path(root).resolve()))
    from generator.content.extract import extract
    from generator.content.read import read_bytes
    from generator.enrich.actors import build_actor_set, find_mentions
    try:
        from generator.enrich.name_evidence import name_candidates
    except ImportError:  # a tree from before 7 December
        from generator.enrich.actors import name_candidates

    files = sorted(glob.glob(pattern))
    articles = [extract(read_bytes(Path(f).read_bytes(), Path(f), Path(f).name)) for f in files]
    kb = sum(Path(f).stat().st_size for f in files) / 1024
    load_lexicons()  # loaded once a process, not timed
    caches, per_article = name_caches() if cold else [], paragraph_caches()

    def run() -> None:
        for cache in caches:
            cache.cache_clear()
        done = []
        for article in articles:
            for cache in per_article:
                cache.cache_clear()
            done.append(replace(article, names=name_candidates(article)))
        actor_set = build_actor_set([], done)
        for article in done:
            find_mentions(article, actor_set)

    best = float("inf")
    with build_gc():
        for _ in range(runs):
            started = time.process_time()
            run()
            best = min(best, time.process_time() - started)
    print(f"{root}: {len(articles)} articles, {kb / len(articles):.1f} KB each: {1000 * best / len(articles):.2f} ms an article, "
          f"{1000 * best / kb * 5:.2f} ms per 5 KB (best of {runs}{', every cache cold' if cold else ''})")


def load_lexicons() -> None:
    try:
        from generator.enrich.lexicon import load_lexicons as load
    except ImportError:  # a tree from before 7 December
        from generator.enrich.lexicon import english_words, family_names, given_names, places

        def load() -> None:
            english_words(), given_names(), family_names(), places()
    load()


def name_caches() -> list:
    """Every lru_cache of generator/content and generator/enrich but the word lists' and gazetteers' (lexicon.py)."""
    import generator.content as content
    import generator.enrich as enrich

    found = []
    for package in (content, enrich):
        for module_info in pkgutil.iter_modules(package.__path__):
            module = importlib.import_module(f"{package.__name__}.{module_info.name}")
            if module.__name__ != "generator.enrich.lexicon":
                found += [value for value in vars(module).values() if hasattr(value, "cache_clear") and getattr(value, "__module__", "") == module.__name__]
    return found


def paragraph_caches() -> list:
    """The caches of one paragraph's tokens, spans and sentences: a build meets each paragraph once."""
    from generator.content import text
    from generator.enrich import names

    return [cache for cache in (names.paragraph_spans, names.tokens, getattr(text, "sentence_spans", None)) if cache is not None]


def build_gc():
    try:
        from generator.build.pipeline import survivors_frozen
    except ImportError:  # a tree from before the build layer
        return contextlib.nullcontext()
    return survivors_frozen()


if __name__ == "__main__":
    main()
