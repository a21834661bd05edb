"""Issue 6: hypothesis throws random article texts through the whole generate stage (read, extract,
link, render) and Python-Markdown; it never crashes and every word of the input shows on the page."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import frontmatter
import markdown
from bs4 import BeautifulSoup
from hypothesis import HealthCheck, given, settings, strategies as st

from conftest import PROJECT
from generator.config import load_settings
from generator.model import Report
from generator.build.pipeline import generate
from generator.content.read import CorpusError, normalise

MARKUP = list("<>&\"'`*_#[](){}!|\\-=+~^$%@:;/.,?\t ") + ["{{", "}}", "{%", "%}", "{#", "#}", "--8<--", "<!--", "-->", "!!!", "```", "---", "<script>", "</p>", "javascript:", "onerror="]
WORD = st.one_of(
    st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=12),
    st.text(st.sampled_from("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"), min_size=1, max_size=30),
    st.sampled_from(MARKUP),
)
LINE = st.lists(WORD, min_size=0, max_size=40).map(" ".join) | st.text(min_size=0, max_size=3) | WORD.map(lambda w: w * 200)
ARTICLE = st.lists(LINE, min_size=1, max_size=25).map(lambda lines: "\n".join(lines)) | st.sampled_from(["\n", "\r\n", "\r"]).flatmap(
    lambda eol: st.lists(LINE, min_size=1, max_size=10).map(eol.join)
)


def rendered_text(page_markdown: str) -> str:
    """What a reader sees: the page's Markdown through Python-Markdown as MkDocs runs it, as text."""
    body = frontmatter.loads(page_markdown).content
    html = markdown.markdown(body, extensions=["toc", "attr_list"])
    return BeautifulSoup(html, "html.parser").get_text(" ")


def make_project(root: Path) -> Path:
    shutil.copy2(PROJECT / "mkdocs.yml", root / "mkdocs.yml")
    (root / "corpus").mkdir()
    return root


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=ARTICLE)
def test_generate_never_crashes_and_shows_every_word(text):
    with tempfile.TemporaryDirectory() as folder:
        project = make_project(Path(folder))
        (project / "corpus" / "fuzz.txt").write_text(text, encoding="utf-8", newline="")
        report = Report()
        try:
            generated = generate(load_settings(project / "mkdocs.yml"), report)
        except CorpusError:  # its only file cannot be read: nothing is published, nothing written
            generated = None
    entry = report.files["fuzz.txt"]
    expected = normalise(text).split()
    if generated is None:
        assert entry.status == "skipped"
    if not expected:
        assert entry.status == "skipped" and ("empty" in entry.reasons[0] or "binary" in entry.reasons[0])
        return
    if entry.status == "skipped":  # only for text that is mostly control bytes, i.e. "binary"
        assert "binary" in entry.reasons[0]
        return
    assert entry.status == "published", entry
    page = generated.pages[f"{entry.url}index.md"]
    shown = rendered_text(page)
    missing = [word for word in expected if word not in shown]
    assert missing == [], (missing[:5], shown[:500])
