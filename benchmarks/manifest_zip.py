"""Time the manifest and archive.zip of a built site, the last step of `corpus-archive build`.

    python benchmarks/manifest_zip.py benchmarks/out/project-10000/site --runs 3           # files in the page cache
    python benchmarks/manifest_zip.py benchmarks/out/project-10000/site --runs 3 --cold    # page cache dropped first (root)

Rewrites the site's manifest-sha256.txt and archive.zip in place. Run from a tree older than 5892ca1
(PYTHONPATH=/path/to/worktree) it times the two separate passes of that code, for a before/after.
"""

from __future__ import annotations

import argparse
import resource
import time
from pathlib import Path


def manifest_and_zip():
    try:
        from generator.publish.bundle import write_manifest_and_zip
        return write_manifest_and_zip
    except ImportError:  # before 5892ca1: the manifest, then the zip, each reading every file
        from generator.publish.bundle import write_site_zip
        from generator.publish.fixity import write_manifest

        def two_passes(site: Path) -> Path:
            write_manifest(site)
            return write_site_zip(site)
        return two_passes


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("site", type=Path)
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--cold", action="store_true", help="drop the page cache before each run (needs root)")
    options = parser.parse_args()
    write = manifest_and_zip()
    for run in range(1, options.runs + 1):
        if options.cold:
            Path("/proc/sys/vm/drop_caches").write_text("3\n")
        before, start = resource.getrusage(resource.RUSAGE_SELF), time.perf_counter()
        bundle = write(options.site)
        after = resource.getrusage(resource.RUSAGE_SELF)
        print(f"run {run}: wall {time.perf_counter() - start:.2f} s, CPU {after.ru_utime - before.ru_utime:.1f} + "
              f"{after.ru_stime - before.ru_stime:.1f} s, archive.zip {bundle.stat().st_size / 1e6:.1f} MB", flush=True)


if __name__ == "__main__":
    main()
