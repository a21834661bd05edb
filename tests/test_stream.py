"""Generated files go to docs/ as they are rendered; the cache keeps stamps, never page texts, and never
trusts a file someone edited or deleted."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import copy_project, run_cli
from generator.build.cache import CACHE_DIR, cache_files, load_cache
from generator.config import load_settings
from generator.model import Report
from generator.build.pipeline import generate
from generator.site.render import Renderer
from generator.build.sink import DocsWriter, MemoryWriter, NullWriter, as_bytes

SEED_ARTICLE = "articles/3c68d103f99c1bde/index.md"
RAW_MARKER = b"<!-- archive:raw -->"  # written by the article template only, never part of the data


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return copy_project(tmp_path / "project")


@pytest.fixture
def rendered(monkeypatch) -> list[str]:
    """The docs paths of the pages rendered in this process."""
    paths: list[str] = []
    original = Renderer.render
    monkeypatch.setattr(Renderer, "render", lambda self, page: paths.append(page.path) or original(self, page))
    return paths


def generate_into_docs(project: Path) -> tuple[object, object]:
    """One `corpus-archive generate` as the CLI runs it: through .cache/, into docs/, the cache saved."""
    settings = load_settings(project / "mkdocs.yml")
    cache = load_cache(project / CACHE_DIR)
    generated = generate(settings, Report(), cache=cache, output=DocsWriter(settings.docs_dir))
    cache.save()
    return generated, settings.docs_dir


def test_a_warm_run_renders_reads_and_writes_nothing(project, rendered, monkeypatch):
    first, docs = generate_into_docs(project)
    assert first.written == first.count > 50 and SEED_ARTICLE in first.output.produced
    rendered.clear()
    read: list[Path] = []
    real_read_bytes = Path.read_bytes
    monkeypatch.setattr(Path, "read_bytes", lambda path: read.append(path) or real_read_bytes(path))
    again, _ = generate_into_docs(project)
    assert rendered == [] and again.written == 0 and again.removed == 0 and again.count == first.count
    assert [path for path in read if docs in path.parents] == []  # trusted by size and modification time


def test_a_page_edited_by_hand_is_rendered_and_written_again(project, rendered):
    _, docs = generate_into_docs(project)
    page = docs / SEED_ARTICLE
    original = page.read_bytes()
    page.write_bytes(original.replace(b"Rubio", b"Someone else", 1))
    assert page.read_bytes() != original
    rendered.clear()
    again, _ = generate_into_docs(project)
    assert page.read_bytes() == original
    assert rendered == [SEED_ARTICLE] and again.written == 1


def test_a_deleted_page_and_data_file_are_written_again(project, rendered):
    first, docs = generate_into_docs(project)
    # a data file made on every run (mentions.json files are cached pages, like index.md)
    data_file = next(path for path in first.output.produced if path.endswith(".json") and not path.endswith("mentions.json"))
    contents = {path: (docs / path).read_bytes() for path in (SEED_ARTICLE, data_file)}
    for path in contents:
        (docs / path).unlink()
    rendered.clear()
    again, _ = generate_into_docs(project)
    assert {path: (docs / path).read_bytes() for path in contents} == contents
    assert rendered == [SEED_ARTICLE] and again.written == 2


def test_a_touched_but_unchanged_page_is_rendered_not_rewritten(project, rendered):
    _, docs = generate_into_docs(project)
    page = docs / SEED_ARTICLE
    page.write_bytes(page.read_bytes())  # same bytes, a new modification time
    stamp = page.stat().st_mtime_ns
    rendered.clear()
    again, _ = generate_into_docs(project)
    assert rendered == [SEED_ARTICLE] and again.written == 0
    assert page.stat().st_mtime_ns == stamp  # MkDocs and serve see no change
    assert load_cache(project / CACHE_DIR).pages[SEED_ARTICLE][3] == stamp  # trusted again next time


def test_the_cache_holds_no_page_texts(project):
    generated, docs = generate_into_docs(project)
    pickled = b"".join(path.read_bytes() for path in cache_files(project / CACHE_DIR))
    page = (docs / SEED_ARTICLE).read_bytes()
    assert RAW_MARKER in page and RAW_MARKER not in pickled
    front_matter = page.split(b"\n---\n", 1)[0]
    assert len(front_matter) > 200 and front_matter not in pickled
    written = sum(entry[2] for entry in load_cache(project / CACHE_DIR).pages.values())
    assert written == sum(path.stat().st_size for path in map(docs.joinpath, generated.output.produced))
    assert len(pickled) < written / 2


def test_memory_and_docs_outputs_get_the_same_bytes(project, tmp_path):
    settings = load_settings(project / "mkdocs.yml")
    in_memory = generate(settings, Report(), output=MemoryWriter())
    on_disk = generate(settings, Report(), output=DocsWriter(tmp_path / "docs"))
    assert sorted(in_memory.pages) == sorted(on_disk.output.produced)
    assert all(as_bytes(content) == (tmp_path / "docs" / path).read_bytes() for path, content in in_memory.pages.items())
    assert {path: stamp[:2] for path, stamp in on_disk.output.produced.items()} == {path: stamp[:2] for path, stamp in in_memory.output.produced.items()}


def test_stale_files_are_removed_and_hand_written_pages_kept(project):
    first, docs = generate_into_docs(project)
    stray = docs / "articles" / "0000000000000000" / "index.md"
    stray.parent.mkdir(parents=True)
    stray.write_text("left by an older corpus\n", encoding="utf-8")
    again, _ = generate_into_docs(project)
    assert again.removed == 1 and not stray.exists() and not stray.parent.exists()
    assert (docs / "about.md").is_file()


def test_check_writes_nothing(project):
    def snapshot() -> dict[str, tuple[int, int]]:
        return {p.relative_to(project).as_posix(): (p.stat().st_size, p.stat().st_mtime_ns) for p in project.rglob("*") if p.is_file()}

    before = snapshot()
    result = run_cli(project, "check")
    assert result.returncode == 0, result.stderr
    assert snapshot() == before
    assert not (project / "docs" / "articles").exists()


def test_the_null_output_renders_everything_and_keeps_nothing(project, rendered):
    generated = generate(load_settings(project / "mkdocs.yml"), Report(), output=NullWriter())
    assert SEED_ARTICLE in rendered and generated.written == 0
    with pytest.raises(TypeError):
        generated.pages


def test_removing_listed_files_keeps_to_the_generated_folders(tmp_path):
    """serve's rebuilds remove what the cache says the last build produced: never a hand-written
    page, nor anything outside docs/, whatever that list holds; the emptied folder goes too."""
    from generator.build.sink import remove_files

    docs = tmp_path / "docs"
    (docs / "articles" / "x").mkdir(parents=True)
    (docs / "articles" / "x" / "index.md").write_text("generated", encoding="utf-8")
    (docs / "notes.md").write_text("hand-written", encoding="utf-8")
    (tmp_path / "outside.md").write_text("not ours", encoding="utf-8")
    listed = ["articles/x/index.md", "notes.md", "../outside.md", "articles/../notes.md", "/etc/hostname"]
    assert remove_files(docs, listed) == 1
    assert not (docs / "articles" / "x").exists() and (docs / "articles").is_dir()
    assert (docs / "notes.md").is_file() and (tmp_path / "outside.md").is_file()
