"""Decoding: a Latin-1 / Windows-1252 file in a corpus of English news is read as cp1252, never as an
East Asian code page, while a real Japanese or UTF-8 file keeps its own encoding."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.content.read import decode, looks_western

ENGLISH = st.text(alphabet="abcdefghijklmnopqrstuvwxyz ABCDEFGHIJ,.;:'0123456789\n", min_size=200, max_size=2000)
WESTERN = st.sampled_from(["£", "é", "è", "à", "ü", "ö", "ñ", "ç", "’", "‘", "“", "”", "–", "—", "…", "€", "°", "\xa0", "¬", "´"])


@settings(max_examples=60, deadline=None)
@given(ENGLISH, st.lists(st.tuples(st.integers(0, 10_000), WESTERN), min_size=1, max_size=6))
def test_a_few_western_characters_in_english_text_are_read_as_cp1252(text, insertions):
    for at, char in insertions:
        at %= len(text) + 1
        text = text[:at] + char + text[at:]
    decoded, encoding = decode(text.encode("cp1252"))
    assert encoding == "cp1252" and decoded == text


@pytest.mark.parametrize(
    "text",
    [
        "The tickets cost £5 each, the organisers said.\nShares in the caf\u00e9 chain rose 3 per cent.\n" * 3,
        "Mr Hopkins said: “We will not back down.” The bill ran to £1.2bn – more than forecast.\n" * 2,
        "Le pr\u00e9sident a d\u00e9clar\u00e9 que la r\u00e9forme \u00e9tait n\u00e9cessaire, said the BBC’s correspondent.\n",
        "Linus Torvalds, who wrote Linux in Helsinki, was paid £150,000 by Transmeta in 1997.\n" * 4,
        "££££" + "0" * 200,  # found by hypothesis: four together were read as utf_16_be
        "Markets closed higher.\n" + "—" * 24 + "\nIn other news, the café reopened.\n" * 12,  # a rule between sections
    ],
)
def test_latin_1_news_is_never_an_east_asian_code_page(text):
    decoded, encoding = decode(text.encode("cp1252"))
    assert (decoded, encoding) == (text, "cp1252")


@pytest.mark.parametrize(
    "text, codec",
    [
        ("東京株式市場では、日経平均株価が大幅に上昇した。投資家は企業の決算発表を注視している。" * 4, "shift_jis"),
        ("北京时间今天上午，国家统计局发布了最新的经济数据，显示经济增长稳定。" * 4, "gb18030"),
    ],
)
def test_a_whole_east_asian_text_keeps_its_code_page(text, codec):
    data = text.encode(codec)
    assert not looks_western(data)
    decoded, _ = decode(data)
    assert decoded == text


def test_no_break_spaces_alone_make_a_text_western_not_baltic_or_chinese():
    """Scraped Indian news (review 11): ASCII but for a few 0xA0 bytes, read as cp775 ("\xa0The" -> "ĀThe" in the title
    and every citation), cp932 or big5hkscs ("Prateik. \xa0On" -> "Prateik. 𤪻n": a letter lost)."""
    data = b"\xa0The Chhattisgarh government will begin an ambulance service for cows in the state, an official said. " * 3
    assert decode(data) == (data.decode("cp1252"), "cp1252")
    tail = b"The actor spoke about it in an interview. His brother said Prateik. \xa0On acceptance, he added more. " * 4
    assert decode(tail)[0] == tail.decode("cp1252")


def test_utf_8_is_read_as_utf_8():
    assert decode("café £5 “quoted”".encode("utf-8")) == ("café £5 “quoted”", "utf-8")


def test_a_byte_windows_1252_has_no_character_for_is_left_out_not_a_reason_to_read_mac_iceland():
    """Political news 2016 (Horne): a cp1252 file with one stray 0x9D, the tail of a UTF-8 quote mark, was read
    as mac_iceland and every curly quote of the article garbled."""
    text = "Fraudulent Votes Discovered By The “Tens Of Thousands\n\n“No one really goes in this building. It’s used,” he said.\n" * 2
    data = text.encode("cp1252").replace(b"Thousands", b"Thousands\x9d", 1)
    decoded, encoding = decode(data)
    assert decoded == text and encoding == "cp1252 (1 byte it has no character for left out)"


def test_a_warning_many_files_share_is_one_line_and_a_rare_one_stands_out():
    """Political news 2016 (Horne): 309 lines "decoded as cp1252" hid the one file read as mac_iceland."""
    from generator.model import Report

    report = Report()
    for n in range(309):
        report.file(f"a-{n:03}.txt").warnings.append("decoded as cp1252")
    report.file("b.txt").warnings.append("decoded as cp1252 (1 byte it has no character for left out)")
    assert report.lines() == ["b.txt: warning: decoded as cp1252 (1 byte it has no character for left out)",
                              "309 files: warning: decoded as cp1252 (a-000.txt, a-001.txt, a-002.txt and 306 more: `--report FILE` lists them)"]


def test_a_guessed_encoding_says_it_is_a_guess_and_what_to_do():
    """Indian news (review 11): "decoded as cp775" did not say that it was a guess from a few bytes, nor what to do."""
    from generator.content.read import decoding_note

    assert decoding_note("cp1252") == "decoded as cp1252, a guess: the file is not UTF-8 (if letters look wrong on its page, save it as UTF-8)"
    assert decoding_note("utf-16 with BOM") == "decoded as utf-16 with BOM"
