"""A corpus made of every bad-input case of issue 6, plus an article of hostile markup.

`HOSTILE_FILES` maps a corpus file name to its bytes; `EXPECTED` says what the report must show
for each name (status, and a word of the reason); symlinks are made by `add_symlinks`."""

from __future__ import annotations

from pathlib import Path

BODY = (
    "Negotiators met again on Tuesday in a hotel near the river.\n\n"
    "Officials said the talks would continue next week, according to a statement.\n\n"
    "Observers were unconvinced that any progress had been made so far."
)


def article(title: str, body: str = BODY) -> str:
    return f"{title}\n\n{body}\n"


HOSTILE_TEXT = """Hostile markup must show as text

<script>window.__pwned = 1; alert('script')</script> opened the first paragraph.

An image <img src=x onerror="window.__pwned=2;alert('img')"> and a link <a href="javascript:alert('link')">click me</a> sit here.

Closing tags </p></div></article></body></html> try to break out of the page.

# A Markdown heading line

> A block quote line

!!! warning "An admonition"

| a | table |
|---|-------|
| 1 | 2     |

    indented code line

A footnote reference[^1] here.

[^1]: The footnote text.

--8<-- "/etc/passwd"

--8<-- "mkdocs.yml"

<!-- an HTML comment -->

Jinja {{ 7*7 }} and {% raw %}{% if true %}{% endraw %} and {# a comment #} stay as typed.

title: injected
layout: evil

[a markdown link](javascript:alert('md')) and ![an image](http://evil.example/x.png) and <http://evil.example/>.
"""

# words that must be visible on the hostile page as typed
HOSTILE_VISIBLE = [
    "<script>window.__pwned = 1; alert('script')</script>",
    '<img src=x onerror="window.__pwned=2;alert(\'img\')">',
    "<a href=\"javascript:alert('link')\">click me</a>",
    "</p></div></article></body></html>",
    "# A Markdown heading line",
    "> A block quote line",
    '!!! warning "An admonition"',
    "| a | table |",
    "indented code line",
    "[^1]: The footnote text.",
    '--8<-- "/etc/passwd"',
    '--8<-- "mkdocs.yml"',
    "<!-- an HTML comment -->",
    "{{ 7*7 }}",
    "{% raw %}{% if true %}{% endraw %}",
    "{# a comment #}",
    "title: injected",
    "[a markdown link](javascript:alert('md'))",
]

TEXT = article("Dockworkers return after a long strike ends at the port")
CP1252 = article("Café owners say “déjà vu” as prices rise – again", "Naïve résumé of the coöperative’s year, said the owner.\n\nThe crème brûlée stays on the menu.")
UTF16 = article("Tea growers in Assam welcome the early monsoon rains", "Farmers said the rains came a week early.\n\nPickers are back on the hills — «bonne chance».")
UTF8BOM = article("Ferry service resumes between the two islands this week")
CRLF = article("Town council approves the new library budget for spring")
CR = article("Bakers protest the rising cost of flour across the region")
DUPLICATE = article("Harbour master retires after forty years on the water")
YAML_HEAD = "---\ntitle: Not front matter\nlayout: evil\ndescription: <script>alert(1)</script>\n---\n\nThe lines above are part of the article, said the editor.\n\nThey must show as text on the page.\n"
LONG_LINE = "Endless line of words " + ("lorem ipsum dolor sit amet " * 40000)  # about 1 MB, one line
BIG = "A five megabyte article is published whole\n\n" + "\n\n".join(
    f"Paragraph {n} of the big article says the committee met and talked about item {n} at length, "
    + "and the minutes record every word spoken in the long meeting that followed. " * 6
    for n in range(1, 9000)
) + "\n\nThe final sentence of the big article is here.\n"

HOSTILE_FILES: dict[str, bytes] = {
    "bad/empty.txt": b"",
    "bad/whitespace-only.txt": b"  \n\t \r\n   \n",
    "bad/binary.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8,
    "enc/cp1252.txt": CP1252.encode("cp1252"),
    "enc/utf16-bom.txt": UTF16.encode("utf-16"),
    "enc/utf8-bom.txt": b"\xef\xbb\xbf" + UTF8BOM.encode("utf-8"),
    "eol/crlf.txt": CRLF.replace("\n", "\r\n").encode(),
    "eol/cr-only.txt": CR.replace("\n", "\r").encode(),
    "size/one-mb-line.txt": LONG_LINE.encode(),
    "size/five-mb.txt": BIG.encode(),
    "dup/original.txt": DUPLICATE.encode(),
    "dup/exact-copy.txt": DUPLICATE.encode(),
    "dup/crlf-copy.txt": DUPLICATE.replace("\n", "\r\n").encode(),
    "dup/utf16-copy.txt": DUPLICATE.encode("utf-16"),
    "dup/zz-copy_1111222233334444.txt": DUPLICATE.encode("cp1252"),
    "names/with space.txt": article("Cyclists ride across the old stone bridge at dawn").encode(),
    "names/hash#tag.txt": article("Fishermen count a record catch of sardines this season").encode(),
    "names/what?.txt": article("Why the night trains stopped running through the valley").encode(),
    "names/naïve résumé — 東京.txt": article("Tokyo commuters adjust to the new timetable on Monday").encode(),
    "case/Story.txt": article("Upper-case story about the river festival and its boats").encode(),
    "case/story.txt": article("Lower-case story about the mountain fair and its cheeses").encode(),
    "case/Report_ABCDEF0123456789.txt": article("Upper-case hex name: a report on the harbour dredging").encode(),
    "case/report_abcdef0123456789.txt": article("Lower-case hex name: a report on the canal locks").encode(),
    "ignored/notes.md": b"# notes, not an article\n",
    "ignored/data.csv": b"a,b\n1,2\n",
    ".hidden.txt": article("Hidden file that must not be published at all").encode(),
    "ignored/.also-hidden.txt": article("Another hidden file never published").encode(),
    "yaml-head.txt": YAML_HEAD.encode(),
    "title-only.txt": b"Just a title and nothing else\n",
    "hostile.txt": HOSTILE_TEXT.encode(),
    "plain.txt": TEXT.encode(),
}

# name -> (status, a phrase of the reason or warning, or None)
EXPECTED: dict[str, tuple[str, str | None]] = {
    "bad/empty.txt": ("skipped", "empty"),
    "bad/whitespace-only.txt": ("skipped", "empty"),
    "bad/binary.txt": ("skipped", "binary"),
    "enc/cp1252.txt": ("published", "decoded as cp1252"),
    "enc/utf16-bom.txt": ("published", "decoded as utf-16"),
    "enc/utf8-bom.txt": ("published", "decoded as utf-8 with BOM"),
    "eol/crlf.txt": ("published", None),
    "eol/cr-only.txt": ("published", None),
    "size/one-mb-line.txt": ("published", None),
    "size/five-mb.txt": ("published", None),
    "dup/original.txt": ("duplicate", "same text"),  # sorted first: 'crlf-copy' is the canonical one
    "dup/exact-copy.txt": ("duplicate", "same text"),
    "dup/crlf-copy.txt": ("published", None),
    "dup/utf16-copy.txt": ("duplicate", "same text"),
    "dup/zz-copy_1111222233334444.txt": ("duplicate", "same text"),
    "names/with space.txt": ("published", None),
    "names/hash#tag.txt": ("published", None),
    "names/what?.txt": ("published", None),
    "names/naïve résumé — 東京.txt": ("published", None),
    "case/Story.txt": ("published", None),
    "case/story.txt": ("published", None),
    "case/Report_ABCDEF0123456789.txt": ("published", None),
    "case/report_abcdef0123456789.txt": ("published", "already used"),
    "ignored/notes.md": ("ignored", "not a .txt"),
    "ignored/data.csv": ("ignored", "not a .txt"),
    ".hidden.txt": ("ignored", "hidden"),
    "ignored/.also-hidden.txt": ("ignored", "hidden"),
    "yaml-head.txt": ("published", None),
    "title-only.txt": ("published", "title only"),  # one line: title and text
    "hostile.txt": ("published", None),
    "plain.txt": ("published", None),
    "links/outside.txt": ("skipped", "outside the corpus"),
    "links/inside.txt": ("duplicate", "same text"),
}

# files that --strict must name (a warning or a skip)
STRICT_PROBLEMS = sorted(
    name
    for name, (status, phrase) in EXPECTED.items()
    if status in ("skipped", "duplicate") or (status == "published" and phrase is not None)
)


def add_symlinks(corpus: Path, outside: Path) -> None:
    """One link leaving the corpus (must not be followed) and one staying inside (a duplicate)."""
    outside.write_text(article("Secret text outside the corpus folder that must never be published"), encoding="utf-8")
    (corpus / "links").mkdir(exist_ok=True)
    (corpus / "links" / "outside.txt").symlink_to(outside)
    (corpus / "links" / "inside.txt").symlink_to(corpus / "eol" / "crlf.txt")
