"""`corpus-archive build` cold, then after adding 10 articles, editing 10, adding 10 about other people,
and changing nothing, on a synthetic corpus (issue 35's "+10 articles" figure). Run by hand:

    python benchmarks/incremental_build.py 10000      # in benchmarks/out/project-10000/

Each build runs as a user runs it, `corpus-archive build` in a fresh process; the table gives each
build's wall time, CPU time and the peak memory of its largest process, and its steps (generate,
MkDocs, Pagefind, manifest + zip) from the line the build prints last ("incremental build: generate
20.1 s, mkdocs 5.1 s, ..."). The added articles are the next ten of the same synthetic corpus
(synth.write_corpus with a larger N: the same actors); the edited ones get a sentence added; the
last ten are drawn with other actors, so the archive's set of people changes.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from bench import OUT, corpus_for, project_for  # noqa: E402
from synth import article_text, make_actors, write_corpus, zipf_weights  # noqa: E402

ADDED = 10


def timed_build(project: Path) -> dict:
    start = time.perf_counter()
    result = subprocess.run(["/usr/bin/time", "-f", "%M %U %S", sys.executable, "-m", "generator", "build"], cwd=project,
                            capture_output=True, text=True, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
    wall = time.perf_counter() - start
    if result.returncode != 0:
        raise SystemExit(result.stdout + result.stderr)
    peak_kb, user, system = result.stderr.strip().splitlines()[-1].split()
    lines = result.stderr.splitlines()
    built = next((line for line in lines if line.endswith(" s") and " build: " in line), None)
    if built is None:  # "site unchanged: docs/ and the settings are as the last build left them (generate 2.5 s)"
        unchanged = next(line for line in lines if line.startswith("site unchanged"))
        built = "nothing to publish build: " + unchanged.rpartition("(")[2].rstrip(")")
    kind, _, times = built.partition(" build: ")
    steps = {step.rsplit(" ", 2)[0]: float(step.rsplit(" ", 2)[1]) for step in times.split(", ")}
    return {"wall": wall, "cpu": float(user) + float(system), "peak_mb": int(peak_kb) / 1024, "kind": kind, "steps": steps}


def add_articles(corpus: Path, n: int, count: int, scratch: Path) -> None:
    """The next `count` articles of the same synthetic corpus (synth.write_corpus is the same for the
    first n whatever the count): the same actors, as a newsroom's next stories mostly are."""
    shutil.rmtree(scratch, ignore_errors=True)
    for path in write_corpus(scratch, n + count)[n:]:
        shutil.copy2(path, corpus / path.name)
    shutil.rmtree(scratch, ignore_errors=True)


def add_new_people(corpus: Path, count: int) -> None:
    """`count` articles about other people (another draw of synth's actors): the archive's set of
    people changes, and every article that may name one of them is read again."""
    rng = random.Random(2026)
    actors = make_actors(rng)
    weights = zipf_weights(len(actors))
    for number in range(count):
        (corpus / f"added-{number:02d}.txt").write_text(article_text(rng, actors, weights), encoding="utf-8")


def edit_articles(corpus: Path, count: int) -> None:
    for path in sorted(corpus.glob("*.txt"))[:count]:
        path.write_text(path.read_text(encoding="utf-8").rstrip("\n") + " A sentence added later.\n", encoding="utf-8")


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10000
    source = corpus_for(n)
    corpus = OUT / f"incremental-corpus-{n}"
    shutil.rmtree(corpus, ignore_errors=True)
    shutil.copytree(source, corpus)
    project = project_for(n, corpus)
    shutil.rmtree(project / "site", ignore_errors=True)
    rows = {"cold build": timed_build(project)}
    add_articles(corpus, n, ADDED, OUT / f"incremental-scratch-{n}")
    rows[f"{ADDED} articles added"] = timed_build(project)
    edit_articles(corpus, ADDED)
    rows[f"{ADDED} articles edited"] = timed_build(project)
    add_new_people(corpus, ADDED)
    rows[f"{ADDED} articles added, with new people"] = timed_build(project)
    rows["nothing changed"] = timed_build(project)
    print(json.dumps(rows, indent=1))
    cold = rows["cold build"]["wall"]
    print(f"\n| N={n:,} | publish | wall s | share of cold | CPU s | peak MB | generate | mkdocs | pagefind | manifest + zip |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for name, row in rows.items():
        steps = [f"{row['steps'].get(step, 0):.1f}" for step in ("generate", "mkdocs", "pagefind", "manifest and zip")]
        print(f"| {name} | {row['kind']} | {row['wall']:.1f} | {row['wall'] / cold:.0%} | {row['cpu']:.1f} | {row['peak_mb']:.0f} | {' | '.join(steps)} |")


if __name__ == "__main__":
    main()
