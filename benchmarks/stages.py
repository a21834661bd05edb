"""Stage times of one-article rebuilds in a built project (CPU seconds per stage, no profiler).

    python benchmarks/stages.py benchmarks/out/project-10000            # a fresh `generate`
    python benchmarks/stages.py benchmarks/out/project-10000 --serve 3  # three rebuilds inside serve
    python benchmarks/stages.py benchmarks/out/project-10000 --serve 3 --line "Steve Merzski met Sergiu Kallasson"  # mentions changed
    python benchmarks/stages.py benchmarks/out/project-10000 --drafts 4  # serve's drafts: edit -> visible

--drafts needs the project's whole site built (`python -m generator build` in the project): each
draft is what `serve` shows first after an edit, the article's page alone and then `mkdocs build --dirty`.

Each run appends a line to the corpus' middle article and restores it afterwards. The project must
have been generated once (its cache warm): `python benchmarks/bench.py --no-site 10000` makes it.
"""

from __future__ import annotations

import argparse
import functools
import gc
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from generator.build import batch  # noqa: E402
from generator.site import citepages
from generator.build import pipeline
from generator.site import render
from generator.build.cache import CACHE_DIR, load_cache  # noqa: E402
from generator.config import load_settings  # noqa: E402
from generator.model import Report  # noqa: E402
from generator.publish.stage import has_full_site  # noqa: E402
from generator.build.sink import DocsWriter  # noqa: E402
from generator.serve.watch import Rebuilder  # noqa: E402

STAGES = [
    (pipeline, "extract_all"), (pipeline, "enrich"), (pipeline, "link"), (pipeline, "related_articles"),
    (batch, "prepare_pictures"), (batch, "actor_entries"), (batch, "site_pages"), (render, "offline_index_pages"),
    (batch, "page_key"), (batch, "render_pages"), (citepages, "data_exports"), (batch, "write_files"), (pipeline, "render_site"),
]
spent: Counter = Counter()
collecting: list[float] = []


def count_collections(phase: str, info: dict) -> None:
    """The cyclic collector's own time, reported beside the stages (it runs inside them)."""
    if phase == "start":
        collecting.append(time.process_time())
    elif collecting:
        spent[f"gc (gen {info['generation']})"] += time.process_time() - collecting.pop()


def timed(module, name: str) -> None:
    function = getattr(module, name)

    @functools.wraps(function)
    def wrapper(*args, **kwargs):
        start = time.process_time()
        try:
            return function(*args, **kwargs)
        finally:
            spent[name] += time.process_time() - start

    setattr(module, name, wrapper)


def report(label: str, start: float, wall: float) -> None:
    print(f"{label}: CPU {time.process_time() - start:.2f} s, wall {time.perf_counter() - wall:.2f} s")
    print("  " + ", ".join(f"{name} {seconds:.2f}" for name, seconds in spent.items()))
    spent.clear()


def time_drafts(settings, victim: Path, original: bytes, options: argparse.Namespace) -> None:
    if not has_full_site(settings.site_dir):
        raise SystemExit(f"{settings.site_dir}: no whole site to draft into; run `python -m generator build` in {settings.project_dir}")
    said: list[str] = []
    rebuilder = Rebuilder(settings, log=said.append)
    rebuilder.regenerate()
    for edit in range(options.drafts):
        victim.write_bytes(original + f"\n{options.line}, draft {edit}.\n".encode())
        said.clear()
        start, wall = time.process_time(), time.perf_counter()
        if not rebuilder.draft([victim.name]):
            raise SystemExit(f"no draft was made: {said}")
        print(f"draft {edit + 1}: wall {time.perf_counter() - wall:.2f} s, CPU of this process {time.process_time() - start:.2f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("project", type=Path)
    parser.add_argument("--serve", type=int, default=0, help="rebuilds inside serve (0: one fresh generate)")
    parser.add_argument("--drafts", type=int, default=0, help="drafts inside serve, timed as a user sees them (wall)")
    parser.add_argument("--line", default="A closing line", help="the line appended (name actors in it to change the mentions)")
    options = parser.parse_args()
    for module, name in STAGES:
        timed(module, name)
    gc.callbacks.append(count_collections)
    settings = load_settings(options.project / "mkdocs.yml")
    files = sorted((options.project / "corpus").glob("*.txt"))
    victim = files[len(files) // 2]
    original = victim.read_bytes()
    try:
        if options.drafts:
            time_drafts(settings, victim, original, options)
        elif options.serve:
            rebuilder = Rebuilder(settings, log=lambda line: None)
            rebuilder.regenerate()
            spent.clear()
            for edit in range(options.serve):
                victim.write_bytes(original + f"\n{options.line}, edit {edit}.\n".encode())
                start, wall = time.process_time(), time.perf_counter()
                rebuilder.regenerate()
                report(f"serve rebuild {edit + 1}", start, wall)
        else:
            victim.write_bytes(original + f"\n{options.line} {time.time()}.\n".encode())
            start, wall = time.process_time(), time.perf_counter()
            cache = load_cache(options.project / CACHE_DIR)
            spent["load"] = time.process_time() - start
            pipeline.generate(settings, Report(), cache=cache, workers=2, output=DocsWriter(settings.docs_dir))
            saving = time.process_time()
            cache.save()
            spent["save"] = time.process_time() - saving
            report("fresh generate", start, wall)
    finally:
        victim.write_bytes(original)


if __name__ == "__main__":
    main()
