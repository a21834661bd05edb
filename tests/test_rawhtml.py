"""generator/rawhtml.py: our marked raw HTML goes to Markdown's stash unparsed, and the pages come
out exactly as they do without it (issue 7)."""

from __future__ import annotations

import os
import subprocess
import sys
from importlib.metadata import entry_points
from pathlib import Path

import frontmatter
import markdown
import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st
from markupsafe import escape

from conftest import SEED_IDS, checked_build, copy_project
from generator.plugins import rawhtml

EXTENSIONS = ["toc", "attr_list"]
CONFIGS = {"toc": {"permalink": True}}


def to_html(text: str, fast: bool) -> str:
    extensions = EXTENSIONS + (["generator.plugins.rawhtml"] if fast else [])
    return markdown.markdown(text, extensions=extensions, extension_configs=CONFIGS)


def generated_pages(docs: Path) -> list[Path]:
    """Pages with a marker line of its own (a page may name the markers inline, in a sentence)."""
    return sorted(path for path in docs.rglob("*.md") if rawhtml.START in path.read_text(encoding="utf-8").split("\n"))


def test_mkdocs_yml_lists_the_plugins_and_mkdocs_finds_them():
    from generator.plugins import compact, preview, trim

    config = yaml.load((Path(__file__).parents[1] / "mkdocs.yml").read_text(), Loader=yaml.BaseLoader)
    # archive-compact last: a plugin after it would find the pages' HTML compressed away
    assert config["plugins"] == ["archive-rawhtml", "archive-preview", {"material/search": {"enabled": "false"}}, "archive-trim", "archive-compact"]
    plugins = (("archive-rawhtml", rawhtml.RawHtmlPlugin), ("archive-preview", preview.PreviewPlugin), ("archive-trim", trim.TrimPlugin),
               ("archive-compact", compact.CompactPlugin))
    for name, plugin_class in plugins:
        (plugin,) = [e for e in entry_points(group="mkdocs.plugins") if e.name == name]
        assert plugin.load() is plugin_class


def test_mkdocs_converts_with_the_extension(seed_site):
    """The equality tests below would pass with a plugin that does nothing: check it does something."""
    from mkdocs.config import load_config

    config = load_config(str(seed_site.project / "mkdocs.yml"))
    config = config.plugins.on_config(config)
    assert any(isinstance(e, rawhtml.RawRegionExtension) for e in config.markdown_extensions)


def test_article_actor_topic_and_list_pages_are_marked(seed_site):
    marked = generated_pages(seed_site.docs)
    docs = seed_site.docs
    pages = sorted(docs.glob("articles/*/index.md")) + sorted(docs.glob("actors/*/index.md"))
    topics = sorted(docs.glob("topics/*/index.md"))
    lists = [docs / "articles/index.md", docs / "actors/index.md", docs / "dates/index.md", *docs.glob("outlets/**/index.md"), *docs.glob("authors/**/index.md")]
    assert len(pages) > 5 + 20 and topics and len(lists) > 4
    assert set(pages + topics + lists) == set(marked)


def test_marked_pages_convert_to_the_same_html_with_and_without_the_extension(seed_site):
    for path in generated_pages(seed_site.docs):
        body = frontmatter.load(path).content
        fast, plain = to_html(body, fast=True), to_html(body, fast=False)
        assert fast == plain, path
        assert "<!-- /archive:raw -->" in fast


def test_the_extension_hides_the_regions_from_html_parsing(seed_site):
    """What html_block (and MkDocs' anchor collector) still parse: the Markdown between regions."""
    page = generated_pages(seed_site.docs)[0]
    md = markdown.Markdown(extensions=EXTENSIONS + ["generator.plugins.rawhtml"])
    lines = frontmatter.load(page).content.split("\n")
    left = "\n".join(md.preprocessors["archive_raw"].run(md.preprocessors["normalize_whitespace"].run(lines)))
    assert "<p" not in left and "<header" not in left and "archive-cite" not in left
    assert md.htmlStash.html_counter >= 3  # the header, the paragraphs, the sections after them


def mkdocs_build(project: Path, config: Path, site: Path) -> None:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    command = [sys.executable, "-m", "mkdocs", "build", "--quiet", "-f", str(config), "-d", str(site)]
    result = subprocess.run(command, cwd=project, env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def html_files(site: Path) -> dict[str, bytes]:
    return {str(p.relative_to(site)): p.read_bytes() for p in sorted(site.rglob("*.html"))}


def test_the_seed_site_is_byte_identical_without_the_extension(seed_site, tmp_path):
    """MkDocs itself, twice over the same generated docs/: with mkdocs.yml as shipped, and without
    the plugin (what Zensical, which skips plugins it does not know, does with the markers)."""
    project = seed_site.project
    shipped = project / "mkdocs.yml"
    plain = project / "mkdocs-plain.yml"
    plain.write_text(shipped.read_text(encoding="utf-8").replace("plugins:\n  - archive-rawhtml\n", "plugins:\n"), encoding="utf-8")
    assert plain.read_text(encoding="utf-8") != shipped.read_text(encoding="utf-8")
    try:
        mkdocs_build(project, shipped, tmp_path / "fast")
        mkdocs_build(project, plain, tmp_path / "plain")
    finally:
        plain.unlink()
    fast, slow = html_files(tmp_path / "fast"), html_files(tmp_path / "plain")
    assert fast.keys() == slow.keys()
    assert [name for name in fast if fast[name] != slow[name]] == []
    assert all(b"<!-- archive:raw -->" in fast[f"articles/{id}/index.html"] for id in SEED_IDS.values())


# Text that tries to open, close or forge a region; each line is one paragraph of an article.
FORGERIES = [
    rawhtml.START,
    rawhtml.END,
    f"{rawhtml.END} closes nothing, {rawhtml.START} opens nothing",
    "\x02wzxhzdk:0\x03 is a Markdown stash placeholder",  # one pair: more control bytes read as binary
    "wzxhzdk:2 without its control characters",
]
HOSTILE_ARTICLE = "Marker strings must show as text\n\n" + "\n\n".join(FORGERIES) + "\n\nThe last paragraph survives.\n"


def test_marker_and_placeholder_text_renders_escaped_and_intact(tmp_path):
    built = checked_build(copy_project(tmp_path / "project", {"raw_00112233aabbccdd.txt": HOSTILE_ARTICLE}, seeds=False))
    html = (built.site / "articles/00112233aabbccdd/index.html").read_text(encoding="utf-8")
    page = built.html("articles/00112233aabbccdd/index.html")
    paragraphs = [p.get_text() for p in page.select("p.archive-dek, p.archive-para")]  # the first is the dek
    assert len(paragraphs) == len(FORGERIES) + 1
    assert paragraphs[-1].endswith("The last paragraph survives.")
    for text, shown in zip(FORGERIES, paragraphs):
        assert shown.endswith(text.replace("\x02", "").replace("\x03", "")), (text, shown)
    assert html.count("<!-- archive:raw -->") == html.count("<!-- /archive:raw -->") == 1
    assert "wzxhzdk:0" in html and "\x02" not in html
    assert page.select_one("section.archive-cite") is not None


@pytest.mark.parametrize(
    "text",
    [
        f"{rawhtml.START}\n<p>never closed</p>\n\nSome *Markdown* after it.\n",
        f"{rawhtml.START}\n<p>a</p>\n{rawhtml.START}\n<p>b</p>\n{rawhtml.END}\n\n*after*\n",
        f"*before*\n{rawhtml.START}\n<p>a</p>\n{rawhtml.END}\n\n*after*\n",
        f"{rawhtml.START}\n<p>a</p>\n{rawhtml.END}\n*after*\n",
        f"{rawhtml.END}\n\n*stray end marker*\n",
        f"  {rawhtml.START}\n<p>indented marker is not a marker</p>\n{rawhtml.END}\n",
    ],
)
def test_unmatched_or_nested_markers_are_left_to_markdown(text):
    assert to_html(text, fast=True) == to_html(text, fast=False)


def paragraph(text: str, n: int) -> str:
    return f'<p class="archive-para" id="p-{n}"><a href="#p-{n}">¶{n}</a>{escape(text)}</p>'


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.booleans(), st.text(min_size=1, max_size=40).filter(str.strip)), min_size=1, max_size=8))
def test_regions_of_escaped_text_convert_like_markdown_does(blocks):
    """Any article text, escaped by the templates, as paragraphs inside regions, with Markdown
    headings between them: same HTML with and without the extension."""
    lines = [rawhtml.START]
    for n, (is_heading, text) in enumerate(blocks, start=1):
        if is_heading:
            lines += [rawhtml.END, "", f"## {escape(' '.join(text.split()))} {{ #h-{n} }}", "", rawhtml.START]
        else:
            lines += [paragraph(" ".join(text.split()), n), ""]
    text = "\n".join(lines + [rawhtml.END, ""])
    assert to_html(text, fast=True) == to_html(text, fast=False)
