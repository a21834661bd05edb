"""The `archive-trim` MkDocs plugin (generator/plugins/trim.py): the theme's templates render without
their indentation, and every page of the seed site reads the same, in fewer bytes."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import material
from bs4 import BeautifulSoup

from generator.plugins.trim import bare_nav_titles, trimmed

THEMES = (Path(material.__file__).parent / "templates", Path(__file__).parents[1] / "generator" / "theme" / "overrides")


def test_a_trimmed_template_keeps_a_newline_wherever_there_was_whitespace_across_lines():
    source = '<nav>\n    <a href="x">\n      {{ title }}\n    </a>\n\n    {% if more %}\n      <span>more</span>\n    {% endif %}\n</nav>\n'
    assert trimmed(source) == '<nav>\n<a href="x">\n{{ title }}\n</a>\n{% if more %}\n<span>more</span>\n{% endif %}\n</nav>\n'
    assert trimmed("one two  three\n") == "one two  three\n"  # whitespace inside a line is left alone


def test_no_template_of_the_theme_holds_text_whose_leading_whitespace_shows():
    """Inside <pre> or <textarea>, or a JavaScript template literal, trimming would change what shows."""
    templates = [p for theme in THEMES for p in theme.rglob("*.html")]
    assert len(templates) > 50
    for path in templates:
        text = path.read_text(encoding="utf-8").lower()
        assert "<pre" not in text and "<textarea" not in text and "`" not in text, path


def test_the_navigation_titles_are_written_without_materials_ellipsis_span():
    source = (THEMES[0] / "partials" / "nav-item.html").read_text(encoding="utf-8")
    rewritten = bare_nav_titles(source)
    assert source.count('<span class="md-ellipsis">') == 1 + rewritten.count('<span class="md-ellipsis">')
    assert "{{- render_title(ref) | trim -}}" in rewritten and "nav_item.meta.subtitle" in rewritten
    assert bare_nav_titles("<p>another Material</p>") == "<p>another Material</p>"  # a source it does not know is left


def words_and_tags(html: str) -> tuple[str, list[tuple[str, list]]]:
    soup = BeautifulSoup(html, "html.parser")
    for span in soup.select(".md-nav--primary span.md-ellipsis"):  # the one element the plugin leaves out
        span.unwrap()
    return " ".join(soup.get_text().split()), [(t.name, sorted(t.attrs.items(), key=str)) for t in soup.find_all(True)]


def test_every_page_of_the_seed_site_reads_the_same_trimmed(seed_site, tmp_path):
    project = seed_site.project
    untrimmed = project / "mkdocs-untrimmed.yml"
    lines = (project / "mkdocs.yml").read_text(encoding="utf-8").splitlines(keepends=True)
    untrimmed.write_text("".join(line for line in lines if "- archive-trim" not in line), encoding="utf-8")
    command = [sys.executable, "-m", "mkdocs", "build", "--quiet", "-f", str(untrimmed), "-d", str(tmp_path / "site")]
    try:
        result = subprocess.run(command, cwd=project, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"}, capture_output=True, text=True)
    finally:
        untrimmed.unlink()
    assert result.returncode == 0, result.stderr
    before = {p.relative_to(tmp_path / "site"): p.read_text(encoding="utf-8") for p in (tmp_path / "site").rglob("*.html")}
    after = {rel: (seed_site.site / rel).read_text(encoding="utf-8") for rel in before}
    assert len(before) > 50
    for rel in before:  # same words, same characters between them (as whitespace-collapsed text), same elements
        assert words_and_tags(after[rel]) == words_and_tags(before[rel]), rel
    assert sum(map(len, after.values())) < 0.93 * sum(map(len, before.values()))
