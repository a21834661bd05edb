"""Where a built site's bytes go, in KB per article (issue 35, lean pages).

    python benchmarks/site_bytes.py SITE_DIR [--compare OTHER_SITE_DIR]
    python benchmarks/site_bytes.py --build N [--env NAME=VALUE ...]   # build both, then compare


By folder and kind of file (article pages, each article's data files, actor pages and their data, the
offline search records, the whole-archive data, ...), and inside the article pages by part (<head>,
Material's header, the sidebar nav, the table of contents, the article itself, the footer and
scripts). The number of articles is the number of articles/<id>/index.html pages. With --compare,
the two sites side by side (before, after). Run it on the output of `mkdocs build` (benchmarks'
projects keep theirs: `mkdocs build -d /tmp/site` in benchmarks/out/project-N) or of `corpus-archive
build` (then Pagefind's bundle and archive.zip are rows too).

With --build N: `corpus-archive build` of benchmarks' synthetic N-article project (bench.py's
benchmarks/out/project-N, its cache emptied first, with the --env variables set, for example the
BUNDLE_URL the Pages workflow sets), and the bare floor's site (bench.py's minimal pages, `mkdocs
build` + Pagefind, in benchmarks/out/bare-N/site, kept and reused), then the two side by side (bare,
ours) with the ratio of their bytes: the deployed site is ours as built, whatever `site/` holds.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

# Each part of an article page: from the first marker found to the next part's.
PAGE_PARTS = (
    ("<head>", "<head"),
    ("header (Material)", '<header class="md-header'),
    ("sidebar nav", 'md-nav--primary'),
    ("table of contents", 'md-nav--secondary'),
    ("the article itself", "<article"),
    ("footer and scripts", "</article>"),
)


def kind_of(rel: str) -> str:
    """The row a file of the site counts in."""
    parts = rel.split("/")
    top, name = parts[0], parts[-1]
    if top == "articles" and len(parts) == 3:
        return "articles/: the page" if name == "index.html" else f"articles/: {name}"
    if top == "actors" and len(parts) == 3:
        return f"actors/: {'pages' if name.endswith('.html') else name}"
    if len(parts) == 1:
        return "top-level files" if name != "archive.zip" else "archive.zip"
    return f"{top}/"


def page_parts(html: str) -> dict[str, int]:
    """An article page's bytes by part (PAGE_PARTS), and the whitespace between its tags."""
    starts = []
    for label, marker in PAGE_PARTS:
        found = html.find(marker)
        if found >= 0:
            starts.append((found, label))
    starts.sort()
    sizes = {label: len(html[at:end].encode()) for (at, label), (end, _) in zip(starts, starts[1:] + [(len(html), "")])}
    sizes["(whitespace between tags)"] = sum(len(m.group(0)) for m in re.finditer(r">\s+<", html)) - 2 * len(re.findall(r">\s+<", html))
    return sizes


def measure(site: Path) -> tuple[int, Counter, Counter]:
    by_kind: Counter = Counter()
    parts: Counter = Counter()
    articles = 0
    for path in site.rglob("*"):
        if not path.is_file():
            continue
        rel = path.relative_to(site).as_posix()
        kind = kind_of(rel)
        by_kind[kind] += path.stat().st_size
        if kind == "articles/: the page":
            articles += 1
            parts.update(page_parts(path.read_text(encoding="utf-8")))
    return articles, by_kind, parts


def rows(site: Path, per_articles: int | None = None) -> tuple[int, dict[str, float]]:
    """KB per article by row; per `per_articles` when given (the bare floor's pages are not under articles/)."""
    articles, by_kind, parts = measure(site)
    articles = per_articles or articles
    per = {k: v / 1000 / articles for k, v in sorted(by_kind.items(), key=lambda kv: -kv[1])}
    per["**whole site**"] = sum(by_kind.values()) / 1000 / articles
    if "archive.zip" in by_kind:
        per["**whole site without archive.zip**"] = per["**whole site**"] - per["archive.zip"]
    per.update({f"  in a page: {k}": v / 1000 / articles for k, v in parts.items()})
    return articles, per


def build_both(n: int, env: dict[str, str], rebuild: bool = True) -> tuple[Path, Path]:
    """Our site (`corpus-archive build`, timed; unless not `rebuild`) and the bare floor's (reused when
    built), for N articles."""
    sys.path[:0] = [str(Path(__file__).parent), str(Path(__file__).parent.parent)]
    import bench

    corpus = bench.corpus_for(n)
    bare = bench.OUT / f"bare-{n}"
    if not (bare / "site" / "pagefind").is_dir():
        bare = bench.bare_project(n, corpus)
        subprocess.run([*bench.MKDOCS_BUILD, "site"], cwd=bare, check=True)
        subprocess.run([sys.executable, "-m", "pagefind", "--site", "site", "--silent"], cwd=bare, check=True)
    if not rebuild:
        return bare / "site", bench.OUT / f"project-{n}" / "site"
    project = bench.project_for(n, corpus)
    shutil.rmtree(project / "site", ignore_errors=True)
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "generator", "build"], cwd=project, check=True, env={**os.environ, **env},
                   stdout=subprocess.DEVNULL)
    print(f"corpus-archive build of {n:,} articles: {time.perf_counter() - start:.1f} s", file=sys.stderr)
    return bare / "site", project / "site"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("site", type=Path, nargs="?")
    parser.add_argument("--compare", type=Path, help="a second site (after), shown beside the first")
    parser.add_argument("--build", type=int, metavar="N", help="build ours and the bare floor's for N synthetic articles, then compare")
    parser.add_argument("--env", action="append", default=[], metavar="NAME=VALUE", help="set for our build (--build)")
    parser.add_argument("--no-rebuild", action="store_true", help="with --build: compare the sites the last --build left")
    args = parser.parse_args()
    if args.build:
        bare, ours = build_both(args.build, dict(item.split("=", 1) for item in args.env), not args.no_rebuild)
        labels, sites = ["bare", "ours"], [rows(bare, args.build)[1], rows(ours)[1]]
        n = args.build
    else:
        n, first = rows(args.site)
        labels, sites = ["before", "after"], [first] + ([rows(args.compare)[1]] if args.compare else [])
    print(f"{n:,} articles; KB per article\n")
    print("| part | " + " | ".join(labels[: len(sites)]) + " |")
    print("|---|" + "---|" * len(sites))
    for key in dict.fromkeys([k for s in sites for k in s]):
        print(f"| {key} | " + " | ".join(f"{s.get(key, 0):.2f}" for s in sites) + " |")
    if args.build:
        whole = "**whole site**"
        print(f"\ndeployed site (site/ as built) / bare: {sites[1][whole]:.1f} / {sites[0][whole]:.1f} KB per article = "
              f"{sites[1][whole] / sites[0][whole]:.2f}x")


if __name__ == "__main__":
    main()
