"""Permanent ids (generator/ledger.py): every way a file can change keeps its article's id."""

from __future__ import annotations

import pytest
from hypothesis import given, strategies as st

from generator import ledger
from generator.ledger import Ledger, LedgerError, assign, text_of
from generator.read import content_hash

TEXTS = {
    "a": "Talks resume in Geneva\n\nDelegations met on Monday to discuss the ceasefire and the exchange of prisoners.",
    "b": "Storm closes ports on the coast\n\nHeavy winds forced the harbour authority to halt shipping for two days.",
    "c": "Central bank holds rates steady\n\nThe bank said inflation was easing but warned of risks from energy prices.",
}


def texts(files: dict[str, str]):
    return [text_of(name, content_hash(body), body, None) for name, body in sorted(files.items())]


def first_build(files: dict[str, str]) -> tuple[Ledger, dict[str, str]]:
    result = assign(Ledger(), texts(files), "2026-01-01")
    return result.ledger, {name: choice.id for name, choice in result.choices.items()}


def rebuild(old: Ledger, files: dict[str, str]):
    result = assign(old, texts(files), "2026-02-01")
    return result, {name: choice.id for name, choice in result.choices.items()}


FILES = {"001.txt": TEXTS["a"], "002.txt": TEXTS["b"], "003.txt": TEXTS["c"]}


def test_new_files_get_the_start_of_their_texts_hash():
    _, ids = first_build(FILES)
    assert ids["001.txt"] == content_hash(TEXTS["a"])[:16]


def test_an_edit_keeps_the_id():
    old, ids = first_build(FILES)
    result, after = rebuild(old, {**FILES, "002.txt": TEXTS["b"].replace("two days", "three days")})
    assert after == ids
    assert result.choices["002.txt"].how == "edited"
    assert result.events() == [f"002.txt: keeps id {ids['002.txt']} (edited)"]


def test_a_rename_keeps_the_id():
    old, ids = first_build(FILES)
    files = {"001.txt": TEXTS["a"], "storm.txt": TEXTS["b"], "003.txt": TEXTS["c"]}
    result, after = rebuild(old, files)
    assert after["storm.txt"] == ids["002.txt"]
    assert result.choices["storm.txt"].before == "002.txt"
    assert not result.withdrawn


def test_a_rename_and_an_edit_together_keep_the_id():
    old, ids = first_build(FILES)
    files = {"001.txt": TEXTS["a"], "storm.txt": TEXTS["b"].replace("Heavy winds", "Strong winds"), "003.txt": TEXTS["c"]}
    result, after = rebuild(old, files)
    assert after["storm.txt"] == ids["002.txt"]
    assert result.choices["storm.txt"].how == "renamed and edited"


def test_a_rewritten_and_renamed_file_is_new_and_the_old_id_withdrawn():
    old, ids = first_build(FILES)
    files = {"001.txt": TEXTS["a"], "other.txt": "Something else entirely\n\nNo resemblance at all.", "003.txt": TEXTS["c"]}
    result, after = rebuild(old, files)
    assert after["other.txt"] not in ids.values()
    assert [entry.id for entry in result.withdrawn] == [ids["002.txt"]]


def test_swapped_names_keep_their_own_ids():
    old, ids = first_build(FILES)
    result, after = rebuild(old, {"001.txt": TEXTS["b"], "002.txt": TEXTS["a"], "003.txt": TEXTS["c"]})
    assert after["001.txt"] == ids["002.txt"] and after["002.txt"] == ids["001.txt"]


def test_a_deleted_file_is_withdrawn_and_its_id_never_given_again():
    old, ids = first_build(FILES)
    result, _ = rebuild(old, {"001.txt": TEXTS["a"], "003.txt": TEXTS["c"]})
    (gone,) = result.withdrawn
    assert gone.id == ids["002.txt"] and gone.withdrawn == "2026-02-01" and gone.file == "002.txt"
    # the same text back later, under any name, gets its old id again
    again, after = rebuild(result.ledger, {**FILES, "002-restored.txt": TEXTS["b"]} | {"002.txt": TEXTS["b"]})
    assert after["002.txt"] == ids["002.txt"]
    assert again.choices["002.txt"].how == "restored"
    assert after["002-restored.txt"] != ids["002.txt"]


def test_a_copy_gets_its_own_id():
    old, ids = first_build(FILES)
    _, after = rebuild(old, {**FILES, "copy.txt": TEXTS["a"]})
    assert after["001.txt"] == ids["001.txt"]
    assert after["copy.txt"] not in ids.values()


def test_a_hex_name_is_the_id_unless_another_article_has_it():
    old, ids = first_build(FILES)
    taken = ids["001.txt"]
    files = {**FILES, f"009_{taken}.txt": "A different story\n\nWith other words."}
    found = texts(files)
    found = [text_of(t.file, t.sha256, files[t.file], taken if t.file.startswith("009") else None) for t in found]
    result = assign(old, found, "2026-02-01")
    assert result.choices["001.txt"].id == taken
    assert result.choices[f"009_{taken}.txt"].id != taken


def test_two_equally_similar_candidates_match_neither():
    twins = {"x1.txt": "Market report\n\nShares rose on Monday in early trading.", "x2.txt": "Market report\n\nShares rose on Tuesday in early trading."}
    old, ids = first_build(twins)
    _, after = rebuild(old, {"y.txt": "Market report\n\nShares rose on Wednesday in early trading."})
    assert after["y.txt"] not in ids.values()


def test_the_ledger_file_round_trips(tmp_path):
    old, _ = first_build(FILES)
    old = ledger.with_citations(old, {old.entries[0].id: ("A “quoted” title: yes", ("Ana Lee",), "The Paper", "2025-01-02")})
    path = tmp_path / "ids.yml"
    assert ledger.save(path, old)
    assert ledger.load(path) == old
    assert not ledger.save(path, old)  # unchanged: not written again


@given(st.lists(st.text(min_size=1, max_size=40), min_size=1, max_size=5))
def test_any_titles_round_trip(titles):
    entries = tuple(ledger.Entry(f"{n:016x}", f"{n}.txt", "0" * 64, "opening", "2026-01-01", title=t) for n, t in enumerate(titles))
    text = ledger.dump(Ledger(entries))
    import yaml

    assert [row["title"] for row in yaml.safe_load(text)] == [ledger.YAML_LINE_BREAKS.sub(" ", t) for t in titles]


@pytest.mark.parametrize("content, message", [
    ("- id: x\n  file: [", "cannot be read"),
    ("id: x\n", "expected a list"),
    ("- file: a.txt\n", "needs at least an id and a file"),
    ("- id: x\n  file: a.txt\n  colour: red\n", "unknown key"),
])
def test_a_damaged_ledger_is_an_error_naming_the_file(tmp_path, content, message):
    path = tmp_path / "ids.yml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(LedgerError, match=message) as error:
        ledger.load(path)
    assert str(path) in str(error.value)
