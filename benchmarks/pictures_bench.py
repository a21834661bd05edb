"""Time the pictures alone (timeline, co-mention network, neighbourhoods, coverage) on a synthetic corpus.

    python benchmarks/pictures_bench.py 200 2000
    python benchmarks/pictures_bench.py --no-actor-pages 10000   # actor pages are mostly not pictures

The archive (extracted, enriched, linked; nothing rendered) is pickled under benchmarks/out/ so a
second run skips extraction. Timed: the layout functions, `picture_data` (every JSON), and the pages
whose templates draw pictures (home, overview, timeline, actors index, every actor page), and the
neighbourhood picture alone for every actor (the part of an actor page that is a picture). Article
pages are left out: they draw no picture and are dominated by citation formatting.
"""

from __future__ import annotations

import pickle
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

import bench  # noqa: E402

PICTURE_TEMPLATES = {"home.md.j2", "overview.md.j2", "timeline.md.j2", "actors.md.j2", "actor.md.j2"}


def archive_for(n: int):
    from generator.build import pipeline
    from generator.build.batch import default_workers
    from generator.config import load_settings
    from generator.model import Report

    settings = load_settings(bench.project_for(n, bench.corpus_for(n)) / "mkdocs.yml")
    stored = bench.OUT / f"archive-{n}.pickle"
    if stored.is_file():
        return pickle.loads(stored.read_bytes()), settings
    original, pipeline.render_site = pipeline.render_site, lambda *args, **kwargs: {}
    try:
        archive = pipeline.generate(settings, Report(), workers=default_workers()).archive
    finally:
        pipeline.render_site = original
    stored.write_bytes(pickle.dumps(archive, protocol=pickle.HIGHEST_PROTOCOL))
    return archive, settings


def timed(label: str, call, rows: list) -> object:
    start = time.perf_counter()
    result = call()
    rows.append((label, time.perf_counter() - start))
    return result


def forget(archive) -> None:
    """Drop the statistics memoised for this archive, so each figure includes computing them."""
    archive.derived.clear()


NEIGHBOURHOOD = '{% from "pictures/network.svg.j2" import network_picture %}{{ network_picture(neighbourhood(archive, slug), rel, "x.json") }}'


def run(n: int, actor_pages: bool = True) -> None:
    from generator.archive import pictures
    from generator.site import render
    from generator.site.actor_pages import actor_entries
    from generator.site.render import Renderer, site_pages

    render.article_pages = lambda *args, **kwargs: []  # no picture there, and their citations are slow to format

    archive, settings = archive_for(n)
    mentioned = {m.actor for a in archive.articles for m in a.mentions}
    slugs = sorted(set(archive.actors) | mentioned)
    rows: list = []
    forget(archive)
    timed("timeline()", lambda: pictures.timeline(archive.articles), rows)
    timed("network()", lambda: pictures.network(archive), rows)
    timed(f"neighbourhood() x {len(slugs)}", lambda: [pictures.neighbourhood(archive, s) for s in slugs], rows)
    timed("coverage()", lambda: pictures.coverage(archive), rows)
    forget(archive)
    files = timed("picture_data()", lambda: pictures.picture_data(archive), rows)
    forget(archive)
    renderer = Renderer(settings)
    templates = PICTURE_TEMPLATES if actor_pages else PICTURE_TEMPLATES - {"actor.md.j2"}
    pages = [p for p in site_pages(archive, settings, actor_entries(archive)) if p.template in templates]
    macro = renderer.env.from_string(NEIGHBOURHOOD)
    timed(f"render neighbourhood picture x {len(slugs)}", lambda: [macro.render(archive=archive, slug=s, rel=str) for s in slugs], rows)
    texts = {}
    for template in sorted(templates):
        chosen = [p for p in pages if p.template == template]
        texts.update(timed(f"render {template} x {len(chosen)}", lambda c=chosen: {p.path: renderer.render(p) for p in c}, rows))
    print(f"\n## N = {n}: {len(archive.articles)} articles, {len(slugs)} actors, "
          f"{sum(len(a.mentions) for a in archive.articles)} mentions\n")
    print("| step | s |\n|---|---:|")
    for label, seconds in rows:
        print(f"| {label} | {seconds:.2f} |")
    print(f"| **total** | {sum(s for _, s in rows):.2f} |")
    sizes = {path: len(text.encode()) for path, text in {**texts, **files}.items()}
    for path in ("index.md", "pictures/index.md", "pictures/timeline.md", "actors/index.md",
                 "pictures/timeline.json", "pictures/network.json", "pictures/coverage.json"):
        print(f"- {path}: {sizes.get(path, 0) / 1024:.0f} KiB")
    actor_pages = [s for p, s in sizes.items() if p.startswith("actors/") and p != "actors/index.md"]
    print(f"- largest actor page: {max(actor_pages, default=0) / 1024:.0f} KiB")


if __name__ == "__main__":
    sizes = [int(a) for a in sys.argv[1:] if a.isdigit()] or [200, 2000]
    for size in sizes:
        run(size, actor_pages="--no-actor-pages" not in sys.argv)
