"""A new user's first hour on real news that is not the bundled sample (issue 31), timed.

    python benchmarks/own_archive.py PATH/eng.testb [--first 20] [--count 40] [--keep DIR]

Takes `--count` Reuters stories of a CoNLL-2003 file (with its -DOCSTART- lines; never committed),
detokenised by benchmarks/people.py, as plain-named files 020.txt, 021.txt, …; runs `corpus-archive
init`, builds, then edits one file, renames one, renames and edits one, deletes one, swaps two names
and copies one, builds again (with --allow-withdrawals if the build asks for it), and follows every
first URL in the built site.
Prints what the builds said about ids, their wall times, what each first URL leads to, and verify's
verdict. Run by hand, not by the tests.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).parent))
from people import document, read_conll  # noqa: E402  (the detokeniser the people benchmark uses)


def command(*args: str, cwd: Path) -> tuple[subprocess.CompletedProcess, float]:
    start = time.perf_counter()
    result = subprocess.run([sys.executable, "-m", "generator", *args], cwd=cwd, capture_output=True, text=True)
    return result, time.perf_counter() - start


def write_stories(conll: Path, corpus: Path, first: int, count: int) -> None:
    for number, sentences in enumerate(read_conll(conll)[first : first + count], start=first):
        (corpus / f"{number:03d}.txt").write_text(document(sentences).text, encoding="utf-8")


def change(corpus: Path, first: int) -> None:
    """Edit, rename, rename and edit, delete, swap two names, copy: one file each."""
    name = [corpus / f"{first + n:03d}.txt" for n in range(1, 8)]
    name[0].write_text(name[0].read_text(encoding="utf-8").replace(" the ", " THE ", 1), encoding="utf-8")
    name[1].rename(corpus / "renamed.txt")
    text = name[2].read_text(encoding="utf-8")
    name[2].unlink()
    (corpus / "renamed-and-edited.txt").write_text(text.rstrip() + "\n\nEditor's note: corrected.\n", encoding="utf-8")
    name[3].unlink()
    a, b = name[4].read_text(encoding="utf-8"), name[5].read_text(encoding="utf-8")
    name[4].write_text(b, encoding="utf-8")
    name[5].write_text(a, encoding="utf-8")
    shutil.copy(name[6], corpus / "copy.txt")


def where_urls_lead(site: Path, ids: list[str]) -> Counter:
    seen = Counter()
    for article_id in ids:
        page = site / "articles" / article_id / "index.html"
        html = page.read_text(encoding="utf-8") if page.is_file() else ""
        seen["missing" if not html else "redirect" if 'http-equiv="refresh"' in html else "withdrawn" if "withdrawn from the archive" in html else "article"] += 1
    return seen


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("conll", type=Path)
    parser.add_argument("--first", type=int, default=20, help="the first story taken (0-based)")
    parser.add_argument("--count", type=int, default=40)
    parser.add_argument("--keep", type=Path, help="build in this (new) folder and keep it, to look at the pages")
    args = parser.parse_args()
    root = args.keep or Path(tempfile.mkdtemp(prefix="own-archive-"))
    root.mkdir(parents=True, exist_ok=True)
    archive = root / "archive"
    made, _ = command("init", str(archive), "--title", "Reuters, December 1996", cwd=root)
    assert made.returncode == 0, made.stderr
    write_stories(args.conll, archive / "corpus", args.first, args.count)
    first, seconds = command("build", cwd=archive)
    print(f"first build: exit {first.returncode}, {seconds:.2f} s wall")
    ids = [row["id"] for row in yaml.safe_load((archive / "corpus" / "ids.yml").read_text(encoding="utf-8"))]
    change(archive / "corpus", args.first)
    second, seconds = command("build", cwd=archive)
    if second.returncode == 1 and "--allow-withdrawals" in second.stderr:
        print("second build refused (too many withdrawals); again with --allow-withdrawals")
        second, seconds = command("build", "--allow-withdrawals", cwd=archive)
    print(f"second build: exit {second.returncode}, {seconds:.2f} s wall; it said:")
    print("\n".join(line for line in second.stderr.splitlines() if "id:" in line or "duplicate" in line))
    print("the first URLs lead to:", dict(where_urls_lead(archive / "site", ids)))
    verified, _ = command("verify", "site", cwd=archive)
    print(verified.stderr.strip().splitlines()[-1] if verified.stderr.strip() else verified.stdout)
    if not args.keep:
        shutil.rmtree(root)


if __name__ == "__main__":
    main()
