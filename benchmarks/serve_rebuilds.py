"""Serve's rebuilds after small edits, in one process: what `corpus-archive serve` does on each save.

    python benchmarks/serve_rebuilds.py PROJECT [EDITS]     # e.g. benchmarks/out/project-10000 (made by bench.py)

The first regenerate reads the store (or builds cold when it is from another code version); then, EDITS
times (default 5), a paragraph without names is added to one article and taken out again, each a
timed rebuild (pages, preview files and the store's save, as Rebuilder.regenerate does). The corpus is
left as it was. Prints every rebuild's wall time: compare runs of two commits on the same project.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from generator.config import load_settings  # noqa: E402
from generator.serve.watch import Rebuilder  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("project", type=Path)
    parser.add_argument("edits", type=int, nargs="?", default=5)
    parser.add_argument("--no-settle", action="store_true", help="Leave the cyclic garbage between rebuilds (as before serve collected it).")
    args = parser.parse_args()
    rebuilder = Rebuilder(load_settings(args.project / "mkdocs.yml"), log=lambda line: None)
    start = time.perf_counter()
    rebuilder.regenerate()
    print(f"first regenerate {time.perf_counter() - start:.2f} s", flush=True)
    files = sorted((args.project / "corpus").rglob("*.txt"))
    times = []
    for edit in range(args.edits):
        victim = files[(17 * 10 ** (edit % 3)) % len(files)]
        text = victim.read_text(encoding="utf-8")
        try:
            for version in (text + f"\nA new paragraph, number {edit}, with no names in it.\n", text):
                victim.write_text(version, encoding="utf-8")
                start = time.perf_counter()
                rebuilder.regenerate()
                times.append(time.perf_counter() - start)
                if not args.no_settle:
                    rebuilder.settle()  # as serve does after each rebuild's publish, untimed: the user is not waiting
        finally:
            victim.write_text(text, encoding="utf-8")
    print("rebuilds (s):", " ".join(f"{t:.2f}" for t in times))
    print(f"median {sorted(times)[len(times) // 2]:.2f} s, min {min(times):.2f}, max {max(times):.2f}")


if __name__ == "__main__":
    main()
