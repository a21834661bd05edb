"""corpus-archive: build a citable, searchable static archive from a folder of raw article texts.

Exit codes: 0 success (warnings allowed); 1 a step failed, or --strict and any warning or
skipped file; 2 usage error.
"""

from __future__ import annotations

import errno
import functools
import gc
import json
import sys
import time
from contextlib import contextmanager
from pathlib import Path

import click
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from .build.batch import default_workers
from .build.cache import CACHE_DIR, load_cache
from .config import ConfigError, Settings, load_settings
from .model import Report
from .content.ledger import LedgerError
from .content.withdrawals import TooManyWithdrawals
from .build.lock import Busy, build_lock
from .build.pipeline import Generated, generate, save_ledgers
from .content.read import BUILD_WRITES, CorpusError
from .publish.incremental import corpus_as_built, corpus_digests
from .publish.stage import UNCHANGED, PublishError, bundle_path, publish, site_is_current
from .build.sink import DocsWriter, NullWriter, Output

console = Console(stderr=True, highlight=False)


def settings_from(config: str, corpus: str | None, site_dir: str | None) -> Settings:
    try:
        return load_settings(Path(config), Path(corpus) if corpus else None, Path(site_dir) if site_dir else None)
    except ConfigError as error:
        raise click.UsageError(str(error)) from None


def common_options(func):
    @click.option("--no-cache", is_flag=True, help="Redo every file and page instead of reusing .cache/.")
    @click.option("--config", "-f", default="mkdocs.yml", show_default=True, help="The mkdocs.yml that holds the settings.")
    @click.option("--corpus", type=click.Path(file_okay=False), help="Folder of raw *.txt articles (default: extra.archive.corpus).")
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs)

    return wrapper


def run_generate(settings: Settings, report: Report, output: Output, use_cache: bool = False, allow_withdrawals: bool = False) -> Generated:
    """Generate the pages into `output`; with `use_cache`, through .cache/ (only changed files and pages are redone).
    A corpus that cannot be used, a damaged id ledger or too many withdrawals end the command (exit 1)
    before anything is written."""
    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    # auto_refresh would draw from a thread, and a process with threads renders serially (render_pool.py)
    with Progress(*columns, console=console, transient=True, disable=not console.is_terminal, auto_refresh=False) as bar:
        task = bar.add_task("extract", total=None)

        def progress(stage: str, done: int, total: int) -> None:
            bar.update(task, description=stage, completed=done, total=total, refresh=done == total or done % 50 == 0)

        cache = load_cache(settings.project_dir / CACHE_DIR) if use_cache else None
        try:
            generated = generate(settings, report, progress, cache=cache, workers=default_workers(), output=output, allow_withdrawals=allow_withdrawals)
        except (CorpusError, LedgerError, TooManyWithdrawals) as error:
            fail(str(error), "nothing was written: docs/, the site and the id ledger are as they were")
        if cache is not None:
            cache.save()
        return generated


def fail(message: str, consequence: str = "") -> None:
    console.print(f"[red]error:[/] {escape(message)}", soft_wrap=True)
    if consequence:
        console.print(consequence, soft_wrap=True)
    sys.exit(1)


def save_ids(settings: Settings, generated: Generated) -> None:
    """Write the id ledgers back (only when they changed) and say which ids were given or carried over."""
    print_ids(generated)
    for path in save_ledgers(settings, generated):
        console.print(f"ids: {path} updated (commit it with your texts)")


def print_ids(generated: Generated) -> None:
    for line in generated.assignment.lines() if generated.assignment else []:
        console.print(f"  id: {line}", markup=False, soft_wrap=True)


def print_written(generated: Generated) -> None:
    console.print(f"docs: {generated.count} pages ({generated.written} written, {generated.removed} removed)")


def print_summary(report: Report) -> None:
    published = report.by_status("published")
    console.print(f"[bold]{len(published)} published[/], {len(report.by_status('skipped'))} skipped, "
                  f"{len(report.by_status('duplicate'))} duplicate, {len(report.by_status('ignored'))} ignored")
    for line in report.lines():
        console.print(f"  {line}", markup=False, soft_wrap=True)  # one line per problem, never wrapped


def write_report(report: Report, path: str | None) -> None:
    if not path:
        return
    entries = [
        {
            "name": f.name,
            "id": f.id,
            **({"id_how": f.id_how} if f.id_how else {}),
            "status": f.status,
            "reasons": f.reasons,
            "warnings": f.warnings,
            "url": f.url,
            **({"duplicate_of": f.duplicate_of} if f.duplicate_of else {}),
        }
        for f in sorted(report.files.values(), key=lambda f: f.name)
    ]
    data = {"files": entries, "problems": report.problems}
    Path(path).write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def finish(report: Report, strict: bool, report_file: str | None) -> None:
    print_summary(report)
    write_report(report, report_file)
    if strict and (report.has_warnings or report.has_skips):
        console.print("[red]--strict: warnings or skipped files, exit 1[/]")
        sys.exit(1)


@click.group(help=__doc__)
@click.version_option(package_name="corpus-archive")
def main() -> None:
    pass


def run() -> None:
    """The `corpus-archive` command (and `python -m generator`). What main() leaves (modules, caches) is
    frozen first, so the interpreter's exit does not search it for cycles: after a cold `generate` of
    10,000 articles the process ends 0.17 s after main() returns, as it did through os._exit (0.22 s
    unfrozen)."""
    try:
        main()
    finally:
        gc.freeze()


@main.command()
@common_options
@click.option("--site-dir", type=click.Path(file_okay=False), help="Where to write the site (default: site/).")
@click.option("--strict", is_flag=True, help="Exit 1 on any warning or skipped file; run MkDocs with --strict.")
@click.option("--report", "report_file", type=click.Path(dir_okay=False), help="Write a JSON report, one entry per input file.")
@click.option("--allow-withdrawals", is_flag=True, help="Build even if more than 10 % (or 20) of the published articles' files are gone.")
def build(config: str, no_cache: bool, corpus: str | None, site_dir: str | None, strict: bool, report_file: str | None, allow_withdrawals: bool) -> None:
    """Generate the pages, run MkDocs and Pagefind, and swap the new site in.

    Example: corpus-archive build --report build-report.json
    """
    settings = settings_from(config, corpus, site_dir)
    report = Report()
    with locked(settings):
        steps = StepTimes()
        # before generate: a file edited while it runs is news to the next build
        corpus_before, corpus_now = corpus_digests(settings, BUILD_WRITES)
        if not (no_cache or strict or report_file) and site_is_current(settings, corpus_now):
            console.print(f"site unchanged: the corpus, the settings and docs/ are as the last build left them; nothing generated ({steps.line()})", soft_wrap=True)
            return
        generated = run_generate(settings, report, DocsWriter(settings.docs_dir), use_cache=not no_cache, allow_withdrawals=allow_withdrawals)
        save_ids(settings, generated)
        print_written(generated)
        as_built = corpus_as_built(settings, corpus_before) if not report.has_skips else ""  # a skipped file is read again next time
        try:
            with console.status("mkdocs build, then Pagefind …"):
                done = publish(settings, generated.archive, strict=strict, on_step=steps.start, reuse=not no_cache, corpus=as_built)
        except PublishError as error:
            write_report(report, report_file)
            fail(str(error), "the previous site was left as it was")
    console.print(f"site: {settings.site_dir}")
    if settings.options.bundle_url:
        console.print(f"offline copy: {bundle_path(settings)}, to publish at {settings.options.bundle_url}", soft_wrap=True)
    if done == UNCHANGED:
        console.print(f"site unchanged: docs/ and the settings are as the last build left them ({steps.line()})", soft_wrap=True)
    else:
        console.print(f"{done} build: {steps.line()}", soft_wrap=True)
    finish(report, strict, report_file)


class StepTimes:
    """Seconds from each step's start to the next's (the first step, generate, from this object's making)."""

    def __init__(self) -> None:
        self.marks = [("generate", time.perf_counter())]

    def start(self, step: str) -> None:
        self.marks.append((step, time.perf_counter()))

    def line(self) -> str:
        ends = [moment for _, moment in self.marks[1:]] + [time.perf_counter()]
        return ", ".join(f"{step} {end - begun:.1f} s" for (step, begun), end in zip(self.marks, ends))


@contextmanager
def locked(settings: Settings):
    """The project's build lock for one command; a second build is refused with a message naming the
    first, and a full disk is one line, not a traceback (the previous site stays: publish swaps last)."""
    try:
        with build_lock(settings.project_dir):
            yield
    except Busy as error:
        fail(str(error))
    except OSError as error:
        if error.errno not in (errno.ENOSPC, errno.EDQUOT):
            raise
        fail(f"{error.filename or settings.project_dir}: {error.strerror}", "the previous site was left as it was; free some space and build again")


@main.command(name="generate")
@common_options
@click.option("--strict", is_flag=True, help="Exit 1 on any warning or skipped file.")
@click.option("--report", "report_file", type=click.Path(dir_okay=False), help="Write a JSON report, one entry per input file.")
@click.option("--allow-withdrawals", is_flag=True, help="Generate even if more than 10 % (or 20) of the published articles' files are gone.")
def generate_command(config: str, no_cache: bool, corpus: str | None, strict: bool, report_file: str | None, allow_withdrawals: bool) -> None:
    """Write the Markdown pages into docs/ (no MkDocs, no Pagefind).

    Example: corpus-archive generate && mkdocs serve
    """
    settings = settings_from(config, corpus, None)
    report = Report()
    with locked(settings):
        generated = run_generate(settings, report, DocsWriter(settings.docs_dir), use_cache=not no_cache, allow_withdrawals=allow_withdrawals)
        save_ids(settings, generated)
    print_written(generated)
    finish(report, strict, report_file)


@main.command()
@common_options
@click.option("--strict", is_flag=True, help="Exit 1 on any warning or skipped file.")
@click.option("--report", "report_file", type=click.Path(dir_okay=False), help="Write a JSON report, one entry per input file.")
def check(config: str, no_cache: bool, corpus: str | None, strict: bool, report_file: str | None) -> None:
    """Read and extract the corpus and report problems; write nothing.

    Example: corpus-archive check --strict
    """
    settings = settings_from(config, corpus, None)
    report = Report()
    generated = run_generate(settings, report, NullWriter(), allow_withdrawals=True)  # every page rendered, none kept
    print_ids(generated)
    print_candidates(generated)
    finish(report, strict, report_file)


def print_candidates(generated: Generated) -> None:
    """Detected actors are not problems, but a curator may want them in corpus/actors.yml."""
    from .enrich.stage import curation_candidates

    candidates = curation_candidates(generated.archive.actors)
    if candidates:
        console.print(f"{len(candidates)} detected actor(s), candidates to curate in actors.yml:", highlight=False)
        for actor in candidates:
            spellings = ", ".join(actor.aliases)
            console.print(f"  candidate: {actor.name} ({actor.type}){' also written ' + spellings if spellings else ''}", highlight=False, markup=False)


@main.command()
@common_options
@click.option("--site-dir", type=click.Path(file_okay=False), help="Where to write the site (default: site/).")
@click.option("--port", default=8000, show_default=True, help="Port on 127.0.0.1.")
@click.option("--no-build", is_flag=True, help="Serve the existing site without building it first.")
@click.option("--no-watch", is_flag=True, help="Do not rebuild when a file in the corpus changes.")
@click.option("--allow-withdrawals", is_flag=True, help="Rebuild even if more than 10 % (or 20) of the published articles' files are gone.")
def serve(config: str, no_cache: bool, corpus: str | None, site_dir: str | None, port: int, no_build: bool, no_watch: bool, allow_withdrawals: bool) -> None:
    """Build the site, then serve it on http://127.0.0.1:PORT/ (Ctrl-C stops).

    While serving, the corpus folder is polled every second. An edited article is shown at once as a
    draft (its page alone, rendered against the last build), then the change regenerates only what it
    touches (through .cache/), previews it in seconds (`mkdocs build --dirty` into the served site: only
    the changed pages are rebuilt), then rebuilds the whole site as `build` does. Until that full build
    finishes, search results, archive.zip and the manifest are the previous ones, and a deleted
    article's page is still served.

    Example: corpus-archive serve --port 8001
    """
    from .serve.server import serve_site

    settings = settings_from(config, corpus, site_dir)
    generated = None
    if not no_build:
        report = Report()
        with locked(settings):
            generated = run_generate(settings, report, DocsWriter(settings.docs_dir), use_cache=not no_cache, allow_withdrawals=allow_withdrawals)
            save_ids(settings, generated)
            try:
                publish(settings, generated.archive)
            except PublishError as error:
                fail(str(error), "the previous site was left as it was")
        print_summary(report)
    if not no_watch:
        from .serve.watch import watch_in_background

        watch_in_background(settings, log=lambda line: console.print(line, markup=False), generated=generated, allow_withdrawals=allow_withdrawals)
        console.print(f"watching {settings.corpus_dir} for changes")
    console.print(f"serving {settings.site_dir} on http://127.0.0.1:{port}/")
    serve_site(settings.site_dir, port)


@main.command(name="init")
@click.argument("folder", type=click.Path(file_okay=False))
@click.option("--title", help="The archive's name, shown on every page (default: the folder's name).")
@click.option("--description", default="", help="One or two sentences on what the collection holds.")
@click.option("--site-url", default="", help="Where it will be published, e.g. https://USER.github.io/REPO/ (the Pages workflow sets it too).")
def init_command(folder: str, title: str | None, description: str, site_url: str) -> None:
    """Make a new archive in FOLDER: settings, an empty corpus/, the GitHub Pages workflow and a README.

    Example: corpus-archive init my-archive --title "Harbour strike 2026 — press clippings"
    """
    from .init import UNKNOWN_SPEC, InitError, NewArchive, create, tool_spec

    target = Path(folder)
    try:
        create(target, NewArchive(title or target.resolve().name, description, site_url))
    except InitError as error:
        fail(str(error))
    if tool_spec() == UNKNOWN_SPEC:
        console.print(f"[yellow]note:[/] {target / 'requirements.txt'} must say where the Pages workflow installs corpus-archive from (edit it before the first push)")
    console.print(f"new archive in {target}: copy your .txt articles into {target / 'corpus'}, then")
    console.print(f"  cd {target} && corpus-archive build      (or corpus-archive serve to preview)", markup=False)


@main.command(name="verify")
@click.argument("site_dir", type=click.Path(file_okay=False, exists=True))
def verify_command(site_dir: str) -> None:
    """Check a built or downloaded site against its manifest-sha256.txt.

    Names every file that changed, is missing or is not in the manifest; exits 1 if there is any.

    Example: corpus-archive verify site/
    """
    from .publish.fixity import ManifestError, verify

    try:
        result = verify(Path(site_dir))
    except ManifestError as error:
        console.print(f"[red]error:[/] {error}")
        sys.exit(1)
    for line in result.lines():
        console.print(f"  {line}", markup=False)
    if not result.ok:
        console.print(f"[red]{len(result.lines())} problem(s)[/] in {site_dir} ({result.checked} files checked)")
        sys.exit(1)
    console.print(f"ok: {result.checked} files match {site_dir}/manifest-sha256.txt")
