"""The `archive-compact` MkDocs plugin (generator/plugins/compact.py): between MkDocs' two passes no page holds
its Markdown or its HTML as text, and the site built is byte for byte the one built without it."""

from __future__ import annotations

import filecmp
from pathlib import Path

import pytest
from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.plugins import BasePlugin

from conftest import copy_project, run_cli


class BetweenPasses(BasePlugin):
    """Listed after archive-compact: what every page holds once all are converted (on_env), and what
    the theme gets when each is rendered (on_page_context)."""

    def __init__(self) -> None:
        super().__init__()
        self.held: dict[str, tuple[object, object]] = {}
        self.rendered: dict[str, str] = {}

    def on_env(self, env, config, files):
        self.held = {f.src_uri: (f.page.markdown, f.page.content) for f in files.documentation_pages()}
        return env

    def on_page_context(self, context, page, config, nav):
        self.rendered[page.file.src_uri] = page.content
        return context


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = copy_project(tmp_path_factory.mktemp("compact") / "project")
    result = run_cli(project, "generate", "--strict")
    assert result.returncode == 0, result.stdout + result.stderr
    return project


@pytest.fixture(autouse=True)
def fixed_date(monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1745366400")  # sitemap dates: the same in both builds


def build_site(project: Path, site: Path, compact: bool, spy: BetweenPasses | None = None) -> None:
    config = load_config(str(project / "mkdocs.yml"), site_dir=str(site))
    if not compact:
        config.plugins.pop("archive-compact")
    else:
        assert "archive-compact" in config.plugins
    if spy is not None:
        config.plugins["between-passes"] = spy
    config.plugins.on_startup(command="build", dirty=False)
    try:
        build(config)
    finally:
        config.plugins.on_shutdown()


def test_no_page_holds_its_text_between_the_passes(generated, tmp_path):
    spy = BetweenPasses()
    build_site(generated, tmp_path / "site", compact=True, spy=spy)
    articles = [uri for uri in spy.held if uri.startswith("articles/") and uri.endswith("/index.md") and uri != "articles/index.md"]
    assert len(articles) == 5
    assert all(held == (None, "") for held in spy.held.values()), {uri: tuple(map(type, h)) for uri, h in spy.held.items() if h != (None, "")}
    assert all("archive-para" in spy.rendered[uri] for uri in articles)  # each page's HTML back in time for the theme


def test_the_site_is_the_same_with_and_without_it(generated, tmp_path):
    build_site(generated, tmp_path / "with", compact=True)
    build_site(generated, tmp_path / "without", compact=False)
    files = sorted(p.relative_to(tmp_path / "with").as_posix() for p in (tmp_path / "with").rglob("*") if p.is_file())
    assert len(files) > 100 and files == sorted(p.relative_to(tmp_path / "without").as_posix() for p in (tmp_path / "without").rglob("*") if p.is_file())
    _, mismatch, errors = filecmp.cmpfiles(tmp_path / "with", tmp_path / "without", files, shallow=False)
    assert (mismatch, errors) == ([], [])
