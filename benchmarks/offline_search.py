"""Search from disk (file://) at scale, in headless Chromium: how long from typing a query in the header
box of an article page to the first result shown, and how many bytes of search scripts that loads.

    python benchmarks/offline_search.py 10000            # corpus, generate, mkdocs build, measure
    python benchmarks/offline_search.py --measure 10000  # measure the site built last time only
    python benchmarks/offline_search.py --search-only 50000

Run by hand (not a test): it prints a Markdown table and writes benchmarks/out/offline-search-N.json.
The project is benchmarks/out/project-N (bench.py's, on the same synthetic corpus). Without
--search-only the whole site is built (`corpus-archive generate`, then `mkdocs build`: no Pagefind,
which file:// cannot use). With --search-only only what the search needs is built: `generate` writes
docs/ in full, then MkDocs builds a site of the home page, the search page and one article page,
with docs/search/ and docs/assets/ as the generator wrote them (the result links lead to pages not
built; the search reads none of them).

Each query is timed in a fresh page (a new page opened from disk loads the search afresh, as a reader's
every page does): the page is opened, the query typed into the header box, and the time taken until the
first result is in the dropdown; the bytes are those of every search/*.js the page loaded. The Chromium
is Debian's (/usr/bin/chromium); the machine's other work shows in the spread of the repeats.
"""

from __future__ import annotations

import argparse
import json
import os
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


def first_result(browser, page_url: str, query: str) -> dict:
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    loaded: list[str] = []
    page.on("requestfinished", lambda r: loaded.append(r.url) if "/search/" in r.url else None)
    page.goto(page_url)
    page.wait_for_load_state("load")
    started = time.perf_counter()
    page.fill(HEADER_INPUT, query)
    page.wait_for_function(f"(() => {{ const s = document.querySelector({json.dumps(HEADER_STATUS)}); return s && /result/.test(s.textContent); }})()", timeout=120_000)
    elapsed = (time.perf_counter() - started) * 1000
    shown = page.locator(HEADER_RESULT).count()
    status = page.inner_text(HEADER_STATUS)
    page.close()
    sizes = sum(Path(url_to_path(u)).stat().st_size for u in set(loaded))
    return {"ms": elapsed, "shown": shown, "status": status, "scripts": len(set(loaded)), "kb": sizes / 1e3}


def url_to_path(url: str) -> str:
    from urllib.parse import unquote, urlsplit

    return unquote(urlsplit(url).path)


def measure(site: Path) -> dict:
    from playwright.sync_api import sync_playwright

    article = sorted((site / "articles").glob("*/index.html"))[0]
    rows = {}
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium")
        for query in QUERIES:
            runs = [first_result(browser, article.as_uri(), query) for _ in range(REPEATS)]
            times = [r["ms"] for r in runs]
            rows[query] = {**runs[-1], "median_ms": statistics.median(times), "min_ms": min(times), "max_ms": max(times)}
        browser.close()
    return rows


def table(n: int, site: Path, rows: dict) -> str:
    total = search_bytes(site)
    lines = [f"N = {n:,}: search/ holds {total['files']:,} scripts, {total['mb']:.1f} MB", "",
             "| query | first result, median ms (min–max of 3) | scripts loaded | KB loaded | results |", "|---|---|---|---|---|"]
    for query, r in rows.items():
        lines.append(f"| {query} | {r['median_ms']:.0f} ({r['min_ms']:.0f}–{r['max_ms']:.0f}) | {r['scripts']} | {r['kb']:,.0f} | {r['status']} |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("sizes", nargs="+", type=int)
    parser.add_argument("--measure", action="store_true", help="Measure the site built last time; build nothing.")
    parser.add_argument("--search-only", action="store_true", help="Build only the pages the search needs (see above).")
    args = parser.parse_args()
    for n in args.sizes:
        site = OUT / f"project-{n}" / "site" if args.measure else build(n, args.search_only)
        rows = measure(site)
        (OUT / f"offline-search-{n}.json").write_text(json.dumps({"search": search_bytes(site), "queries": rows}, indent=2), encoding="utf-8")
        print(table(n, site, rows) + "\n")


if __name__ == "__main__":
    main()
