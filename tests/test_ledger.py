"""Permanent ids (generator/content/ledger.py): every way a file can change keeps its article's id."""

from __future__ import annotations

import pytest
from hypothesis import given, strategies as st

from generator.content import ledger, ledger_file
from generator.content.ledger import Ledger, LedgerError, assign, text_of
from generator.content.read import content_hash

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
    assert ledger_file.save(path, old)
    assert ledger_file.load(path) == old
    assert not ledger_file.save(path, old)  # unchanged: not written again


@given(st.lists(st.text(min_size=1, max_size=40), min_size=1, max_size=5))
def test_any_titles_round_trip(titles):
    entries = tuple(ledger.Entry(f"{n:016x}", f"{n}.txt", "0" * 64, "opening", "2026-01-01", title=t) for n, t in enumerate(titles))
    text = ledger_file.dump(Ledger(entries))
    import yaml

    assert [row["title"] for row in yaml.safe_load(text)] == [ledger_file.YAML_LINE_BREAKS.sub(" ", t) for t in titles]


@given(st.lists(st.tuples(st.text(min_size=1, max_size=30), st.lists(st.text(min_size=1, max_size=12), max_size=2), st.text(max_size=30)), min_size=1, max_size=4))
def test_every_entry_is_one_line_that_json_and_yaml_read_alike(rows):
    entries = tuple(ledger.Entry(f"{n:016x}", f"{n}.txt", "0" * 64, opening or "", "2026-01-01", title=title, authors=tuple(authors))
                    for n, (title, authors, opening) in enumerate(rows))
    text = ledger_file.dump(Ledger(entries))
    lines = [line for line in text.splitlines() if not line.startswith("#")]
    assert len(lines) == len(entries) and all(line.startswith("- {") for line in lines)
    import yaml

    assert yaml.safe_load(text) == ledger_file.parsed_rows(text)
    assert [(r["title"], r.get("authors", [])) for r in ledger_file.parsed_rows(text)] == [
        (ledger_file.YAML_LINE_BREAKS.sub(" ", t), [ledger_file.YAML_LINE_BREAKS.sub(" ", a) for a in authors]) for t, authors, _ in rows]


def test_a_ledger_in_block_yaml_as_older_versions_wrote_it_is_read(tmp_path):
    path = tmp_path / "ids.yml"
    path.write_text("# ids\n- id: 00000000000000aa\n  file: a.txt\n  added: '2026-01-01'\n  title: A title\n  authors:\n  - Ana Lee\n", encoding="utf-8")
    entry = ledger_file.load(path).entries[0]
    assert (entry.id, entry.file, entry.title, entry.authors) == ("00000000000000aa", "a.txt", "A title", ("Ana Lee",))
    assert ledger_file.save(path, ledger_file.load(path)) and ledger_file.load(path).entries[0] == entry  # written again an entry a line


@pytest.mark.parametrize("content, message", [
    ("- id: x\n  file: [", "cannot be read"),
    ('- {"id": "x", "file": \n', "cannot be read"),
    ("id: x\n", "expected a list"),
    ("- file: a.txt\n", "needs at least an id and a file"),
    ("- id: x\n  file: a.txt\n  colour: red\n", "unknown key"),
])
def test_a_damaged_ledger_is_an_error_naming_the_file(tmp_path, content, message):
    path = tmp_path / "ids.yml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(LedgerError, match=message) as error:
        ledger_file.load(path)
    assert str(path) in str(error.value)


# ---- the reviewed edge cases ---------------------------------------------------------------------

def test_a_date_in_a_file_name_is_not_an_id():
    from generator.content.read import ID_IN_NAME

    assert ID_IN_NAME.search("reuters_19960822") is None
    assert ID_IN_NAME.search("001_3c68d103f99c1bde").group(1) == "3c68d103f99c1bde"


def test_a_file_renamed_to_a_hex_name_keeps_its_id():
    old, ids = first_build(FILES)
    name = "001_00112233aabbccdd.txt"
    found = [text_of(name, content_hash(TEXTS["a"]), TEXTS["a"], "00112233aabbccdd")] + texts({"002.txt": TEXTS["b"], "003.txt": TEXTS["c"]})
    result = assign(old, found, "2026-02-01")
    assert result.choices[name].id == ids["001.txt"] and "not used" in result.choices[name].note
    assert not result.withdrawn


def test_another_issue_of_a_templated_story_does_not_take_the_deleted_ones_id():
    day10 = "SOCCER - JAPANESE LEAGUE RESULTS\n\nTOKYO 1996-08-10\n\nResults of Japanese league matches on Saturday: Kashima 2 Urawa 1, Gamba 0 Verdy 3."
    day17 = "SOCCER - JAPANESE LEAGUE RESULTS\n\nTOKYO 1996-08-17\n\nResults of Japanese league matches on Saturday: Kashima 1 Urawa 1, Gamba 2 Verdy 3."
    old, ids = first_build({**FILES, "r10.txt": day10})
    result, after = rebuild(old, {**FILES, "r17.txt": day17})
    assert after["r17.txt"] != ids["r10.txt"]
    assert [e.id for e in result.withdrawn] == [ids["r10.txt"]]


def test_deleting_one_of_two_copies_redirects_instead_of_withdrawing():
    old, ids = first_build({**FILES, "001-copy.txt": TEXTS["a"]})
    for gone in ("001.txt", "001-copy.txt"):
        files = {name: text for name, text in {**FILES, "001-copy.txt": TEXTS["a"]}.items() if name != gone}
        result, after = rebuild(old, files)
        assert not result.withdrawn, gone
        assert result.redirects == {ids[gone]: content_hash(TEXTS["a"])}


def test_a_file_that_is_there_but_unreadable_keeps_its_id():
    old, ids = first_build(FILES)
    result = assign(old, texts({"001.txt": TEXTS["a"], "003.txt": TEXTS["c"]}), "2026-02-01", unread=["002.txt"])
    assert not result.withdrawn
    assert next(e for e in result.ledger.entries if e.id == ids["002.txt"]).active


def test_a_withdrawn_file_back_under_its_name_nearly_the_same_is_restored_but_a_new_text_is_not():
    old, ids = first_build(FILES)
    gone, _ = rebuild(old, {"001.txt": TEXTS["a"], "003.txt": TEXTS["c"]})
    back, after = rebuild(gone.ledger, {**FILES, "002.txt": TEXTS["b"].replace("forced", "made")})
    assert after["002.txt"] == ids["002.txt"] and back.choices["002.txt"].how == "restored"
    other, after = rebuild(gone.ledger, {**FILES, "002.txt": "A different story\n\nAbout something else."})
    assert after["002.txt"] != ids["002.txt"]


def test_a_backup_of_the_old_text_does_not_take_the_edited_files_id():
    old, ids = first_build(FILES)
    result, after = rebuild(old, {**FILES, "001.txt": TEXTS["a"].replace("Monday", "Tuesday"), "001-orig.txt": TEXTS["a"]})
    assert after["001.txt"] == ids["001.txt"] and result.choices["001.txt"].how == "edited"
    assert after["001-orig.txt"] != ids["001.txt"]


@pytest.mark.parametrize("content, message", [
    ("- id: 0123456701234567\n  file: a.txt\n", "must be quoted text"),
    ("- id: 'x'\n  file: a.txt\n- id: 'x'\n  file: b.txt\n", "the id x stands in more than one entry"),
])
def test_a_hand_edited_ledger_that_would_change_ids_is_refused(tmp_path, content, message):
    path = tmp_path / "ids.yml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(LedgerError, match=message):
        ledger_file.load(path)
