"""Detection and merging time per article, best of N runs on one core, for the code of a given tree (run by
hand, like the rest of benchmarks/; the benchmark of people.py times one pass and is noisy on a busy machine).

    python benchmarks/detection_time.py ROOT "GLOB" [RUNS]
    python benchmarks/detection_time.py . "corpus/*.txt" 10                  # this tree, the seeds
    git archive f920027 | tar -x -C /tmp/old && python benchmarks/detection_time.py /tmp/old "corpus/*.txt" 10

ROOT is the folder whose generator/ is imported (so two trees can be compared on the same files); every run
clears the paragraph caches, reads each article's name candidates, makes the actor set of all of them (as a
build does once) and finds every article's mentions.
"""

from __future__ import annotations

import glob
import sys
import time
from dataclasses import replace
from pathlib import Path


def main() -> None:
    root, pattern = sys.argv[1], sys.argv[2]
    runs = int(sys.argv[3]) if len(sys.argv) > 3 else 3
    sys.path.insert(0, str(Path(root).resolve()))
    from generator.content.extract import extract
    from generator.content.read import read_bytes
    from generator.enrich import names
    from generator.enrich.actors import build_actor_set, find_mentions
    try:
        from generator.enrich.name_evidence import name_candidates
    except ImportError:  # a tree from before 7 December
        from generator.enrich.actors import name_candidates
    from generator.enrich.lexicon import english_words, family_names, given_names, places

    files = sorted(glob.glob(pattern))
    articles = [extract(read_bytes(Path(f).read_bytes(), Path(f), Path(f).name)) for f in files]
    kb = sum(Path(f).stat().st_size for f in files) / 1024
    english_words(), given_names(), family_names(), places()  # loaded once a process, not timed

    def run() -> None:
        done = []
        for article in articles:
            names.paragraph_spans.cache_clear()
            names.tokens.cache_clear()
            done.append(replace(article, names=name_candidates(article)))
        actor_set = build_actor_set([], done)
        for article in done:
            find_mentions(article, actor_set)

    best = float("inf")
    for _ in range(runs):
        started = time.process_time()
        run()
        best = min(best, time.process_time() - started)
    print(f"{root}: {len(articles)} articles, {kb / len(articles):.1f} KB each: {1000 * best / len(articles):.2f} ms an article, "
          f"{1000 * best / kb * 5:.2f} ms per 5 KB (best of {runs})")


if __name__ == "__main__":
    main()
