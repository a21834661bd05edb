"""Issue 6: hypothesis throws random article texts through the whole generate stage (read, extract,
link, render) and Python-Markdown; it never crashes and every word of the input shows on the page."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import frontmatter
import markdown
import pytest
from bs4 import BeautifulSoup
from hypothesis import HealthCheck, example, given, settings, strategies as st
from jinja2 import BytecodeCache
from jinja2.bccache import Bucket

from conftest import PROJECT
from generator.config import load_settings
from generator.model import Report
from generator.build.pipeline import generate
from generator.content.read import CorpusError, normalise
from generator.site.render import Renderer

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
    """What a reader sees: the page's Markdown through Python-Markdown as MkDocs runs it, as text; twice, with a
    space between elements and without one, as a reader sees a linked name and the stop after it ("A0:")."""
    body = frontmatter.loads(page_markdown).content
    html = markdown.markdown(body, extensions=["toc", "attr_list"])
    soup = BeautifulSoup(html, "html.parser")
    return soup.get_text(" ") + "\n" + soup.get_text("")


def make_project(root: Path) -> Path:
    shutil.copy2(PROJECT / "mkdocs.yml", root / "mkdocs.yml")
    (root / "corpus").mkdir()
    return root


class CompiledOnce(BytecodeCache):
    """The templates' compiled code kept in memory, as a cache folder keeps it between builds."""

    def __init__(self) -> None:
        self.codes: dict[str, bytes] = {}

    def load_bytecode(self, bucket: Bucket) -> None:
        if bucket.key in self.codes:
            bucket.bytecode_from_string(self.codes[bucket.key])

    def dump_bytecode(self, bucket: Bucket) -> None:
        self.codes[bucket.key] = bucket.bytecode_to_string()


@pytest.fixture(scope="module")
def templates_compiled_once():
    """Each example's generate compiles the same templates (the text is data, never a template):
    about half of an example's time. Their compiled code is kept across the examples, as `generate`
    keeps it in .cache/ between builds; Jinja keys it by each template's source, so what renders is
    the same code."""
    shared = CompiledOnce()
    original = Renderer.__init__

    def renderer(self, settings, fragments=None, compiled=None):
        original(self, settings, fragments, shared if compiled is None else compiled)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(Renderer, "__init__", renderer)
        yield shared


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=ARTICLE)
@example(text="0" * 200 + "\n0\n" + "&À" * 30)  # a name found mid-word ("À&À…" after "&"): its link split the word
@example(text="0" * 200 + "\n0\n" + "&À\U00018cd6À" * 30)  # … or between signs that are no letters of Python's
@example(text="0\n0\n0\ndaily A0:")  # a linked name and the colon after it, in no summary: one word
def test_generate_never_crashes_and_shows_every_word(templates_compiled_once, text):
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
