"""The fast paths added for speed give exactly what the slow, obvious code gives."""

from __future__ import annotations

import posixpath
import unicodedata

import dateparser
from hypothesis import given, settings, strategies as st

from generator.content.dates import _SETTINGS, to_pubdate
from generator.content.fastdates import fast_parse
from generator.content.read import looks_binary, normalise
from generator.site.render import relative_path

MONTH_NAMES = ["Jan", "January", "Feb", "Apr", "April", "May", "Sept", "Sep", "September", "Dec", "december", "Foo"]


def slow_normalise(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "")
    text = unicodedata.normalize("NFC", text)
    text = "".join(ch for ch in text if ch in "\n\t" or unicodedata.category(ch) != "Cc")
    return "\n".join(line.rstrip() for line in text.split("\n")).strip("\n")


def slow_controls(text: str) -> int:
    return sum(1 for ch in text[:8192] if unicodedata.category(ch) == "Cc" and ch not in "\n\r\t\f")


@given(st.text(alphabet=st.characters(max_codepoint=0x2FF), max_size=300))
def test_normalise_removes_exactly_the_control_characters(text):
    assert normalise(text) == slow_normalise(text)


@given(st.text(alphabet=st.characters(max_codepoint=0x2FF), max_size=300))
def test_binary_check_counts_the_same_controls(text):
    expected = slow_controls(text) > max(2, len(text[:8192]) // 100)
    assert looks_binary(text.encode("utf-8", "surrogatepass"), text) == (expected or "\x00" in text[:8192])


def dateparser_result(text: str):
    import re

    from generator.content.dates import TIME

    iso = re.sub(r"\b(\d{4})-(\d{2})-(\d{2})\b", r"\3.\2.\1", text)
    parsed = dateparser.parse(iso, languages=["en"], settings=_SETTINGS)
    return None if parsed is None else to_pubdate(parsed, has_time=bool(TIME.search(text)))


dates_text = st.one_of(
    st.builds(lambda y, m, d: f"{y}-{m:02d}-{d:02d}", st.integers(1990, 2030), st.integers(1, 12), st.integers(1, 31)),
    st.builds(
        lambda d, m, y, clock: f"{d} {m} {y}{clock}",
        st.integers(1, 31), st.sampled_from(MONTH_NAMES), st.integers(1990, 2030),
        st.sampled_from(["", " 10:05", ", 23:59", " 7:30 am", " 12:15 pm", " 12:01 am"]),
    ),
    st.builds(
        lambda m, d, y, clock: f"{m} {d}, {y}{clock}",
        st.sampled_from(MONTH_NAMES), st.integers(1, 31), st.integers(1990, 2030),
        st.sampled_from(["", " 10:05", " 10:13 am", " 11:59 PM", " 12:00 pm", " 12:30 am"]),
    ),
    st.builds(
        lambda y, m, d, h, mi, rest: f"{y}-{m:02d}-{d:02d}T{h:02d}:{mi:02d}{rest}",
        st.integers(1990, 2030), st.integers(1, 12), st.integers(1, 28), st.integers(0, 23), st.integers(0, 59),
        st.sampled_from(["", ":39", ":39-04:00", "Z", ":00Z", "+05:30", ":07.250+0100"]),
    ),
)


@settings(max_examples=150, deadline=None)
@given(dates_text)
def test_fast_dates_agree_with_dateparser(text):
    fast = fast_parse(text)
    if fast is not None:  # None means "ask dateparser", which is always correct
        assert to_pubdate(*fast) == dateparser_result(text)


def test_fast_path_covers_the_common_shapes():
    for text in ("2025-04-23", "23 April 2025", "Apr 23, 2025 10:00 am", "April 23, 2025 14:05", "2013-06-17T14:07:39-04:00"):
        assert fast_parse(text) is not None, text


PATH_PARTS = st.sampled_from(["articles", "actors", "a", "b", "index.html", "x.json", ".", "..", "", "data"])


@given(st.lists(PATH_PARTS, min_size=1, max_size=5), st.lists(PATH_PARTS, max_size=4))
def test_relative_links_agree_with_posixpath(target_parts, from_parts):
    target, from_dir = "/".join(target_parts), "/".join(from_parts)
    if target.startswith("/") or from_dir.startswith("/") or not target:
        return  # docs paths are never absolute
    assert relative_path(target, from_dir) == posixpath.relpath(target, from_dir or ".")


def grouped_article(ident: int, iso: str | None, title: str, outlet: str | None, authors: tuple[str, ...]):
    from generator.model import Article, Field, PubDate, RawFile

    raw = RawFile(f"{ident}.txt", f"{ident:04x}", "test", "0" * 64, "text", "utf-8", 4)
    day = PubDate(iso, int(iso[:4]), iso) if iso else None
    unknown = Field(None, "not found: test")
    return Article(
        id=f"{ident:04x}", source=raw, title=Field(title, "test"), dek=unknown, authors=Field(authors or None, "test"),
        outlet=Field(outlet, "test" if outlet else "not found: test"), date=Field(day, "test" if day else "not found: test"),
        kind=unknown, language=unknown, summary=unknown, source_url=unknown, blocks=[], removed=[], word_count=10, reading_minutes=1,
    )


GROUPED = st.tuples(
    st.one_of(st.none(), st.sampled_from(["2024", "2025"]).flatmap(lambda y: st.sampled_from([f"{y}-01-02", f"{y}-03", f"{y}-03-04T10:00", y]))),
    st.sampled_from(["Alpha", "beta", "Beta", "Gamma"]),
    st.one_of(st.none(), st.sampled_from(["Outlet A", "Outlet B"])),
    st.lists(st.sampled_from(["A. Writer", "B. Writer", "C. Writer"]), max_size=2, unique=True).map(tuple),
)


@given(st.lists(GROUPED, max_size=25))
def test_the_outlet_author_and_year_groups_are_each_in_the_order_chronological_gives(specs):
    """link.group_by keeps the archive's order in each group instead of sorting each again."""
    from generator.archive.link import chronological, link

    archive = link([grouped_article(i, *spec) for i, spec in enumerate(specs)], {})
    groups = [*archive.outlets, *archive.authors, *archive.years]
    assert all(group.articles == chronological(group.articles) for group in groups)
    assert sum(len(g.articles) for g in archive.years) == len(specs)
