"""Search from disk (file://) at scale, in headless Chromium: how long from typing a query in the header
box of an article page to the first result shown, and how many bytes of search scripts that loads.

    python benchmarks/offline_search.py 10000            # corpus, generate, mkdocs build, measure
    python benchmarks/offline_search.py --measure 10000  # measure the site built last time only
    python benchmarks/offline_search.py --search-only 50000
    python benchmarks/offline_search.py --edits 10000    # files an edit rewrites (after one of the above)
    python benchmarks/offline_search.py --measure --http 10000   # the same over http (Pagefind)
    python benchmarks/offline_search.py --measure --throttle 4 10000   # on a CPU 4x slower (Chromium's emulation)
    python benchmarks/offline_search.py --same-as OTHER/site 10000    # the same answers as another build's?

With --http the built site is served by a local http server (Python's, on 127.0.0.1) and the same
queries are typed into the same header box, which over http asks Pagefind (every shard the build
made) instead of the offline index; the site must then be one `corpus-archive build` made (with
Pagefind's bundles): for example the one benchmarks/incremental_build.py leaves in
benchmarks/out/project-N/site. The bytes counted are those of Pagefind's files and search/ loaded.

With --same-as SITE nothing is timed: the search code of each site, opened from disk, answers the
same queries (those above and a few more; each in a fresh page, by relevance, by date both ways and
with a year filter) and the first 50 results of each (link, title, date, outlet, excerpt), their
count and the filters' counts must be the same: for a site of the same articles built by another
version of the search (the index's files may differ, the answers may not).

Run by hand (not a test): it prints a Markdown table and writes benchmarks/out/offline-search-N.json.
The project is benchmarks/out/project-N (bench.py's, on the same synthetic corpus). Without
--search-only the whole site is built (`corpus-archive generate`, then `mkdocs build`: no Pagefind,
which file:// cannot use). With --search-only only what the search needs is built: `generate` writes
docs/ in full, then MkDocs builds a site of the home page, the search page and one article page,
with docs/search/ and docs/assets/ as the generator wrote them (the result links lead to pages not
built; the search reads none of them).

Each query is timed in a fresh page (a new page opened from disk loads the search afresh, as a reader's
every page does): the page is opened, the query typed into the header box, and the time taken until the
first result is in the dropdown; the bytes are those of every search/*.js the page loaded, and of
them the table of articles (offline-docs.js), the record files and the word scripts. The Chromium
is Debian's (/usr/bin/chromium); the machine's other work shows in the spread of the repeats. With
--throttle N Chromium runs the page's scripts N times slower (DevTools' CPU throttling), as on a
slower reader's machine.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from bench import OUT, corpus_for, project_for  # noqa: E402

QUERIES = ["ceasefire", "kallas", "security guarantees", "witk", "geneva talks", "t", "qzxv"]
REPEATS = 3
HEADER_INPUT = "#archive-search-input"
HEADER_RESULT = "#archive-search-results .archive-result"
HEADER_STATUS = "#archive-search-results .archive-search__status"


def build(n: int, search_only: bool) -> Path:
    project = project_for(n, corpus_for(n))
    run([str(Path(sys.executable).with_name("corpus-archive")), "generate"], project)
    site = project / "site"
    shutil.rmtree(site, ignore_errors=True)
    if search_only:
        return small_site(project)
    run([sys.executable, "-m", "mkdocs", "build", "--quiet", "-d", str(site)], project)
    return site


def small_site(project: Path) -> Path:
    """The home page, the search page, one article page; docs/search and docs/assets as written."""
    docs, small = project / "docs", project / "docs-small"
    shutil.rmtree(small, ignore_errors=True)
    small.mkdir()
    article = sorted((docs / "articles").glob("*/index.md"))[0]
    keep = ["index.md", "search.md", "overrides", "assets", "search", article.relative_to(docs).as_posix()]
    for rel in keep:
        (small / rel).parent.mkdir(parents=True, exist_ok=True)
        (small / rel).symlink_to((docs / rel).resolve())
    config = (project / "mkdocs.yml").read_text(encoding="utf-8").replace("docs_dir: docs\n", "docs_dir: docs-small\n")
    (project / "mkdocs-small.yml").write_text(config, encoding="utf-8")
    run([sys.executable, "-m", "mkdocs", "build", "--quiet", "-f", "mkdocs-small.yml", "-d", str(project / "site")], project)
    return project / "site"


def run(command: list[str], cwd: Path) -> None:
    started = time.perf_counter()
    done = subprocess.run(command, cwd=cwd, capture_output=True, text=True, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
    if done.returncode:
        raise SystemExit(f"{command[:3]} failed:\n{done.stderr[-3000:]}")
    print(f"{' '.join(Path(c).name for c in command[:3])}: {time.perf_counter() - started:.0f} s", file=sys.stderr)


def search_bytes(site: Path) -> dict:
    files = [p for p in (site / "search").rglob("*.js")]
    return {"files": len(files), "mb": sum(p.stat().st_size for p in files) / 1e6}


def is_search_file(url: str) -> bool:
    return "/search/" in url or "/pagefind" in url


def first_result(browser, page_url: str, query: str, site: Path, throttle: float = 1) -> dict:
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    if throttle != 1:
        page.context.new_cdp_session(page).send("Emulation.setCPUThrottlingRate", {"rate": throttle})
    loaded: list[str] = []
    page.on("requestfinished", lambda r: loaded.append(r.url) if is_search_file(r.url) else None)
    page.goto(page_url)
    page.wait_for_load_state("load")
    started = time.perf_counter()
    page.fill(HEADER_INPUT, query)
    page.wait_for_function(f"(() => {{ const s = document.querySelector({json.dumps(HEADER_STATUS)}); return s && /result/.test(s.textContent); }})()", timeout=120_000)
    elapsed = (time.perf_counter() - started) * 1000
    shown = page.locator(HEADER_RESULT).count()
    status = page.inner_text(HEADER_STATUS)
    page.close()
    sizes = {u: local_file(u, site).stat().st_size for u in set(loaded)}
    kinds = {kind: sum(size for u, size in sizes.items() if f"/offline-{kind}" in u) / 1e3 for kind in ("docs", "records", "terms")}
    return {"ms": elapsed, "shown": shown, "status": status, "scripts": len(sizes), "kb": sum(sizes.values()) / 1e3, "kb_by_kind": kinds}


def url_to_path(url: str) -> str:
    from urllib.parse import unquote, urlsplit

    return unquote(urlsplit(url).path)


def local_file(url: str, site: Path) -> Path:
    """The file a loaded address names: the path itself from file://, under the site from http."""
    path = url_to_path(url)
    return Path(path) if url.startswith("file:") else site / path.lstrip("/")


def serve(site: Path):
    """A local http server of the site, in a thread (quiet); the caller shuts it down."""
    import functools
    import threading
    from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

    class Quiet(SimpleHTTPRequestHandler):
        def log_message(self, *args) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def measure(site: Path, http: bool = False, throttle: float = 1) -> dict:
    from playwright.sync_api import sync_playwright

    article = sorted((site / "articles").glob("*/index.html"))[0]
    server = serve(site) if http else None
    url = f"http://127.0.0.1:{server.server_port}/{article.relative_to(site).as_posix()}" if server else article.as_uri()
    rows = {}
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path="/usr/bin/chromium")
            for query in QUERIES:
                runs = [first_result(browser, url, query, site, throttle) for _ in range(REPEATS)]
                times = [r["ms"] for r in runs]
                rows[query] = {**runs[-1], "median_ms": statistics.median(times), "min_ms": min(times), "max_ms": max(times)}
            browser.close()
    finally:
        if server:
            server.shutdown()
    return rows


def table(n: int, site: Path, rows: dict, http: bool = False, throttle: float = 1) -> str:
    total = search_bytes(site)
    how = ("over http (Pagefind)" if http else "from disk (file://)") + (f", CPU throttled {throttle:g}x" if throttle != 1 else "")
    lines = [f"N = {n:,}, {how}: search/ holds {total['files']:,} scripts, {total['mb']:.1f} MB", "",
             "| query | first result, median ms (min–max of 3) | scripts loaded | KB loaded | of which table / records / words, KB | results |", "|---|---|---|---|---|---|"]
    for query, r in rows.items():
        kinds = " / ".join(f"{r['kb_by_kind'][kind]:,.0f}" for kind in ("docs", "records", "terms"))
        lines.append(f"| {query} | {r['median_ms']:.0f} ({r['min_ms']:.0f}–{r['max_ms']:.0f}) | {r['scripts']} | {r['kb']:,.0f} | {kinds} | {r['status']} |")
    return "\n".join(lines)


SAME_QUERIES = [*QUERIES, "", "zelensky talks", "2025"]
ANSWERS = """async ([base, query]) => {
  if (!window.ARCHIVE_OFFLINE_SEARCH) await new Promise((ok, fail) => {
    const script = document.createElement("script");
    script.src = base + "search/offline-index.js"; script.onload = ok; script.onerror = fail;
    document.head.appendChild(script);
  });
  const engine = await window.ARCHIVE_OFFLINE_SEARCH.engine(base);
  const facets = await engine.filters(), out = { facets: facets };
  const year = Object.keys(facets.year || {}).sort()[0];
  const ways = [["relevance", {}, null], ["oldest", {}, { date: "asc" }], ["newest", {}, { date: "desc" }], ["year " + year, { year: [year] }, null]];
  for (const [name, filters, sort] of ways) {
    const found = await engine.search(query, filters, sort);
    const items = await found.load(50);
    out[name] = { total: found.total, items: items.map((i) => [i.url.slice(base.length), i.title, i.date, i.outlet, i.excerpt]) };
  }
  return out;
}"""


def answers(site: Path) -> dict:
    """What the search from disk answers to SAME_QUERIES, each in a fresh page."""
    from playwright.sync_api import sync_playwright

    site = site.resolve()
    article = sorted((site / "articles").glob("*/index.html"))[0]
    found = {}
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium")
        for query in SAME_QUERIES:
            page = browser.new_page()
            page.goto(article.as_uri())
            found[query] = page.evaluate(ANSWERS, [site.as_uri() + "/", query])
            page.close()
        browser.close()
    return found


def same_answers(site: Path, other: Path) -> list[str]:
    """The queries (and ways) whose answers differ between the two sites, after printing a summary."""
    mine, theirs = answers(site), answers(other)
    differ = [f"{q} / {way}" for q in SAME_QUERIES for way in mine[q] if mine[q][way] != theirs[q].get(way)]
    ways = sum(len(mine[q]) for q in SAME_QUERIES)
    print(f"{site} and {other}: {ways} answers to {len(SAME_QUERIES)} queries compared, {len(differ)} differ")
    for q in SAME_QUERIES:
        print(f"  {q or '(no words)'}: " + ", ".join(f"{way} {mine[q][way]['total']}" for way in mine[q] if way != "facets"))
    return differ


def search_stamps(project: Path) -> dict[str, tuple[int, int]]:
    return {p.name: (p.stat().st_mtime_ns, p.stat().st_size) for p in (project / "docs" / "search").iterdir()}


GENERATE = """
import sys, time
from generator.site import render
original = render.offline_index_pages
def timed(*args, **kwargs):
    started = time.perf_counter()
    pages = original(*args, **kwargs)
    print(f"offline pages: {time.perf_counter() - started:.3f} s", file=sys.stderr, flush=True)
    return pages
render.offline_index_pages = timed
sys.argv = ["corpus-archive", "generate"]
from generator.cli import run
run()
"""


def timed_generate(project: Path) -> tuple[float, float]:
    """`corpus-archive generate` in a fresh process, through the project's cache: (seconds in all,
    seconds making the offline search's pages: offline.offline_index_pages)."""
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", GENERATE], cwd=project, capture_output=True, text=True, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
    if done.returncode:
        raise SystemExit(f"generate failed:\n{done.stderr[-3000:]}")
    offline = [float(line.split()[2]) for line in done.stderr.splitlines() if line.startswith("offline pages: ")]
    return time.perf_counter() - started, sum(offline)


def children_peak_mb() -> float:
    """The largest peak memory of the processes this one has run (a Linux ru_maxrss is in KB)."""
    import resource

    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def rewritten_by(project: Path, change, undo) -> dict:
    """The search files a generate rewrites after change() (then undo(), and generate again)."""
    before = search_stamps(project)
    change()
    try:
        seconds, offline = timed_generate(project)
        after = search_stamps(project)
    finally:
        undo()
    timed_generate(project)
    changed = sorted(name for name in after if before.get(name) != after[name])
    return {"files": changed, "count": len(changed), "kb": sum(after[n][1] for n in changed) / 1e3,
            "gone": sorted(set(before) - set(after)), "generate_s": seconds, "offline_pages_s": offline}


def edits(n: int) -> dict:
    """What one edited article and one added article rewrite in docs/search (the project built before)."""
    project = OUT / f"project-{n}"
    corpus = project / "corpus"
    victim = sorted(corpus.glob("*.txt"))[n // 2]
    original, ledger = victim.read_bytes(), (corpus / "ids.yml").read_bytes()
    added = corpus / "99999_offline_search_bench.txt"
    timed_generate(project)  # the docs and cache of this code, whatever built them before
    rows = {"nothing changed": rewritten_by(project, lambda: None, lambda: None)}
    rows["a paragraph appended to one article"] = rewritten_by(
        project, lambda: victim.write_bytes(original + "\nA new closing paragraph, added by an editor.\n".encode()), lambda: victim.write_bytes(original))
    word = re.search(rb"\n[^\n]*? ([a-z]{6,}) ", original[len(original) // 2:]).group(1)  # a word of the text's second half
    rows[f"a word changed in one article ({word.decode()} → truce)"] = rewritten_by(
        project, lambda: victim.write_bytes(original.replace(b" " + word + b" ", b" truce ", 1)), lambda: victim.write_bytes(original))

    def add() -> None:  # another article in the same shape: a headline and a paragraph of its own
        headline, rest = original.split(b"\n", 1)
        added.write_bytes(b"Harbour cranes return to Zanzibar\n" + rest + b"\nDock workers in Zanzibar said the new cranes would double what the harbour can load.\n")

    def remove() -> None:
        added.unlink()
        (corpus / "ids.yml").write_bytes(ledger)

    rows["one article added"] = rewritten_by(project, add, remove)
    print(f"largest generate: {children_peak_mb():,.0f} MB", file=sys.stderr)
    return rows


def edits_table(n: int, rows: dict) -> str:
    lines = [f"N = {n:,}: search files rewritten by a `generate` after", "",
             "| change | files rewritten | KB | generate, s (offline search pages, s) | which |", "|---|---|---|---|---|"]
    for change, r in rows.items():
        which = ", ".join(r["files"][:6]) + (" …" if r["count"] > 6 else "")
        lines.append(f"| {change} | {r['count']} | {r['kb']:,.0f} | {r['generate_s']:.1f} ({r['offline_pages_s']:.2f}) | {which} |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("sizes", nargs="+", type=int)
    parser.add_argument("--measure", action="store_true", help="Measure the site built last time; build nothing.")
    parser.add_argument("--search-only", action="store_true", help="Build only the pages the search needs (see above).")
    parser.add_argument("--edits", action="store_true", help="Count the search files an edit rewrites in the project built last time.")
    parser.add_argument("--http", action="store_true", help="Search over http (Pagefind) instead of from disk; the site needs Pagefind's bundles.")
    parser.add_argument("--throttle", type=float, default=1, help="Run the page's scripts this many times slower (Chromium's CPU throttling).")
    parser.add_argument("--same-as", type=Path, help="Compare the search's answers with those of another built site of the same articles.")
    args = parser.parse_args()
    for n in args.sizes:
        if args.edits:
            rows = edits(n)
            (OUT / f"offline-edits-{n}.json").write_text(json.dumps(rows, indent=2), encoding="utf-8")
            print(edits_table(n, rows) + "\n")
            continue
        if args.same_as:
            differ = same_answers(OUT / f"project-{n}" / "site", args.same_as)
            if differ:
                raise SystemExit("different answers: " + "; ".join(differ))
            continue
        site = OUT / f"project-{n}" / "site" if args.measure else build(n, args.search_only)
        rows = measure(site, args.http, args.throttle)
        name = (f"http-search-{n}" if args.http else f"offline-search-{n}") + (f"-throttled-{args.throttle:g}" if args.throttle != 1 else "") + ".json"
        (OUT / name).write_text(json.dumps({"search": search_bytes(site), "throttle": args.throttle, "queries": rows}, indent=2), encoding="utf-8")
        print(table(n, site, rows, args.http, args.throttle) + "\n")


if __name__ == "__main__":
    main()
