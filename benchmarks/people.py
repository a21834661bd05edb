"""People and organisations found by the archive's own detection, scored against CoNLL-2003 (a development
benchmark, not a test: the data is not in the repository and must never be committed).

    python benchmarks/people.py /path/to/eng.testb            # all documents, the table
    python benchmarks/people.py /path/to/eng.testb --errors 5 # and the misses and false finds of 5 documents
    python benchmarks/people.py /path/to/eng.testb --write /tmp/x/corpus --limit 40  # the articles as .txt files
    python benchmarks/people.py /path/to/eng.testb --candidate cues   # other ways to type untyped names

PATH is a CoNLL-2003 file in its original layout (token POS chunk NER, IOB1, "-DOCSTART-" between
documents, a blank line between sentences). Each document is detokenised into a plain-text article, one
sentence a paragraph, its first sentence as the headline, and read the way the generator reads a file
(read_bytes -> extract -> enrich's actor set with an empty registry -> find_mentions), one document at a time.

Scores, micro-averaged over documents:
- document level: the set of distinct people (organisations) in each document. Gold mentions of one
  person are merged when one is the other's last word(s) ("Ladki" with "Nadim Ladki"); the person is then
  named by its longest form. A detected actor is right when its name has the same name_key as that
  longest form (strict), or as any gold form of that person (lenient: "Mr Ladki" counts);
- mention level: exact character spans of PER (ORG) mentions, as in CoNLL's own scoring, in every line the
  archive cites a mention in: the headline, the line under it (dek), subheadings, paragraphs (an upper-case
  headline's names are found only where they are names of its body: "WEAH" after "George Weah").
A byline's names (a reporter's name alone above the date line in Reuters copy) are the article's
authors, with their own pages: at document level they count as people found. A "ceiling" line says how
many gold entities stand only in lines that cite no mention (a date line, a byline taken out of the
body): no mention can find them.
The time is detection and merging per article, on one core: its name candidates and mentions, and its
share of one actor set made over all the documents (as a build makes it once for the archive), in one pass
(every name met for the first time) under the build's garbage-collector settings, the word lists loaded
before. CoNLL's documents are 1 KB, many of them tables of results: 25 runs of capitalised words a KB against
13-14 in the BBC, CNN, Reuters-21578 and US 2023 corpora, and each document pays an article's fixed costs, so
their time per 5 KB is not that of a 5 KB story (benchmarks/detection_time.py times whole corpora of stories).
Also the seeds (corpus/*.txt) against tests/data/reviewed_people.txt with an empty registry.
"""

from __future__ import annotations

import argparse
import sys
import time
from dataclasses import dataclass, field, replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from generator.enrich.acronyms import ACRONYM, initials  # noqa: E402
from generator.enrich.actors import build_actor_set, find_mentions, name_key  # noqa: E402
from generator.enrich.name_evidence import name_candidates  # noqa: E402
from generator.content.extract import extract  # noqa: E402
from generator.enrich.lexicon import load_lexicons  # noqa: E402
from generator.build.pipeline import survivors_frozen  # noqa: E402
from generator.content.read import read_bytes  # noqa: E402

NO_SPACE_BEFORE = {",", ".", ":", ";", ")", "]", "}", "?", "!", "%", "'s", "n't", "'", "'re", "'ve", "'ll", "'d", "'m", "s"}
NO_SPACE_AFTER = {"(", "[", "{", "$"}
KINDS = {"PER": "person", "ORG": "organisation"}


@dataclass
class Entity:
    kind: str  # PER ORG LOC MISC
    line: int  # sentence number in the document
    start: int
    end: int
    text: str


@dataclass
class Document:
    lines: list[str] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n\n".join(self.lines) + "\n"  # a blank line after each: one sentence, one paragraph


def read_conll(path: Path) -> list[list[list[tuple[str, str]]]]:
    """Documents -> sentences -> (token, NER tag)."""
    docs: list[list[list[tuple[str, str]]]] = []
    sentence: list[tuple[str, str]] = []
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines() + [""]:
        parts = raw.split()
        if parts and parts[0] == "-DOCSTART-":
            docs.append([])
            continue
        if not parts:
            if sentence:
                if not docs:
                    docs.append([])
                docs[-1].append(sentence)
            sentence = []
            continue
        sentence.append((parts[0], parts[-1]))
    return [d for d in docs if d]


def detokenise(tokens: list[str], quote_open: bool = False) -> tuple[str, list[tuple[int, int]], bool]:
    """Tokens joined with the spacing of running text, where each token lies in it, and whether a quote
    is left open (CoNLL cuts a quote of several sentences into sentences)."""
    text, spans = "", []
    for i, token in enumerate(tokens):
        glue = not text or token in NO_SPACE_BEFORE or tokens[i - 1] in NO_SPACE_AFTER
        if token == '"':
            glue = not text or quote_open
            quote_open = not quote_open
        elif i and tokens[i - 1] == '"' and quote_open:
            glue = True
        if not glue:
            text += " "
        spans.append((len(text), len(text) + len(token)))
        text += token
    return text, spans, quote_open


def entities_of(sentence: list[tuple[str, str]], spans: list[tuple[int, int]], text: str, line: int) -> list[Entity]:
    """IOB1 chunks: I-X continues an X unless it is B-X."""
    found: list[Entity] = []
    previous = "O"
    for (token, tag), (start, end) in zip(sentence, spans):
        kind = tag[2:] if tag != "O" else ""
        if kind and (tag.startswith("B-") or previous != kind):
            found.append(Entity(kind, line, start, end, ""))
        elif kind:
            found[-1].end = end
        previous = kind or "O"
    for entity in found:
        entity.text = text[entity.start : entity.end]
    return found


def document(sentences: list[list[tuple[str, str]]]) -> Document:
    doc, quote_open = Document(), False
    for line, sentence in enumerate(sentences):
        text, spans, quote_open = detokenise([t for t, _ in sentence], quote_open)
        doc.lines.append(text)
        doc.entities.extend(entities_of(sentence, spans, text, line))
    return doc


def gold_people(forms: list[str], people: bool = True) -> list[set[str]]:
    """Distinct entities of one kind in a document: a form that is the tail of a longer one joins it
    (whatever its case: "CUTTITTA" in an upper-case headline is Marcello Cuttitta), a person's one-word
    form the one longer name it opens (a family name written first, "Tan" of Tan Kong Yam; a given name,
    "Armando" of Armando Alvarez), a form the one whose name_key it shares ("Fed", Federal Reserve), and so does an
    acronym the initials of the one longer form of the document that has them ("U.N.", United Nations)."""
    groups: list[set[str]] = []
    for form in sorted(set(forms), key=lambda f: (-len(f.split()), f)):
        words = form.lower().split()
        home = next((g for g in groups if any(len(o.split()) > len(words) and o.lower().split()[-len(words):] == words for o in g)), None)
        if home is None and people and len(words) == 1:  # "Tan" after "Tan Kong Yam": a family name written first;
            # "Armando" after "Armando Alvarez", "Indra" after "Indra Wijaya": a player called by the given name
            owners = [g for g in groups if any(len(o.split()) > 1 and o.lower().split()[0] == words[0] for o in g)]
            home = owners[0] if len(owners) == 1 else None
        if home is None:  # "Fed" of the Federal Reserve, "Tories" of the Conservative Party: one name_key
            home = next((g for g in groups if any(name_key(o) == name_key(form) for o in g)), None)
        if home is None and ACRONYM.fullmatch(form):
            owners = [g for g in groups if any(" " in o and initials(o) == form.replace(".", "") for o in g)]
            home = owners[0] if len(owners) == 1 else None
        if home is not None and len(words) < 3:
            home.add(form)
        else:
            groups.append({form})
    return groups


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, tp: int, fp: int, fn: int) -> None:
        self.tp, self.fp, self.fn = self.tp + tp, self.fp + fp, self.fn + fn

    def prf(self) -> tuple[float, float, float]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        return p, r, 2 * p * r / (p + r) if p + r else 0.0


def score_sets(predicted: list[str], groups: list[set[str]], strict: bool) -> tuple[int, int, int, list[str], list[str]]:
    keys = [{name_key(max(sorted(g), key=len))} if strict else {name_key(f) for f in g} for g in groups]
    matched_groups, false = set(), []
    for name in predicted:
        hit = next((i for i, k in enumerate(keys) if name_key(name) in k and i not in matched_groups), None)
        if hit is None:
            false.append(name)
        else:
            matched_groups.add(hit)
    missed = [max(sorted(g), key=len) for i, g in enumerate(groups) if i not in matched_groups]
    return len(matched_groups), len(false), len(missed), false, missed


def run_document(doc: Document, number: int):
    raw = read_bytes(doc.text.encode("utf-8"), Path(f"{number:03d}_conll.txt"), f"{number:03d}_conll.txt")
    article = extract(raw)
    started = time.process_time()
    article = replace(article, names=name_candidates(article))
    spent = time.process_time() - started
    actor_set = build_actor_set([], [article])  # one document alone: its actors are its own
    started = time.process_time()
    mentions = find_mentions(article, actor_set)
    return article, actor_set, mentions, spent + time.process_time() - started


def score(path: Path, limit: int | None, errors: int) -> dict:
    docs = [document(d) for d in read_conll(path)][:limit]
    started = time.perf_counter()
    load_lexicons()  # the word lists and gazetteers load once a process
    print(f"gazetteers loaded in {time.perf_counter() - started:.2f} s (once a process)")
    tallies = {(kind, level): Tally() for kind in KINDS for level in ("strict", "lenient", "mention")}
    unread = {kind: 0 for kind in KINDS}
    spent, size = 0.0, 0
    for number, doc in enumerate(docs):
        article, actor_set, mentions, seconds = run_document(doc, number)
        spent, size = spent + seconds, size + len(doc.text.encode())
        lines = {text: i for i, text in enumerate(doc.lines)}
        for kind, actor_type in KINDS.items():
            found = sorted({actor_set.actors[m.actor].name for m in mentions if actor_set.actors[m.actor].type == actor_type}
                           | (set(article.authors.value or ()) if kind == "PER" else set()))  # a byline's names: the authors
            groups = gold_people([e.text for e in doc.entities if e.kind == kind], kind == "PER")
            cited = [b for b in article.read_blocks if article.cites(b)]
            unread[kind] += unread_groups(groups, doc, kind, {b.text for b in cited})
            for level in ("strict", "lenient"):
                tp, fp, fn, false, missed = score_sets(found, groups, level == "strict")
                tallies[(kind, level)].add(tp, fp, fn)
            if number < errors:
                print(f"doc {number} {kind}: false {false} missed {missed}")
            block_line = {b.anchor: lines.get(b.text) for b in cited}
            got = {(block_line[m.anchor], m.start, m.end) for m in mentions if actor_set.actors[m.actor].type == actor_type}
            gold = {(e.line, e.start, e.end) for e in doc.entities if e.kind == kind}
            tallies[(kind, "mention")].add(len(got & gold), len(got - gold), len(gold - got))
            if number < errors:
                text = dict(enumerate(doc.lines))
                print(f"  mentions found, not gold: {[text[l][s:e] for l, s, e in sorted(got - gold, key=str) if l is not None]}")
                print(f"  gold, not found: {[text[l][s:e] for l, s, e in sorted(gold - got)]}")
    articles = [run_document(doc, number)[0] for number, doc in enumerate(docs)]
    started = time.process_time()
    build_actor_set([], articles)  # what an archive of these documents spends once, shared by its articles
    archive = time.process_time() - started
    return {"tallies": tallies, "unread": unread, "docs": len(docs), "ms": 1000 * (spent + archive) / max(1, len(docs)), "kb": size / 1024 / max(1, len(docs))}


def unread_groups(groups: list[set[str]], doc: Document, kind: str, counted: set[str]) -> int:
    """How many of a document's gold entities are only in lines the generator cites no mention in (a date
    line, a byline or other boilerplate taken out of the text): no detection can find them."""
    read = {e.text for e in doc.entities if e.kind == kind and doc.lines[e.line] in counted}
    return sum(1 for group in groups if not group & read)


def seeds() -> tuple[float, float, float, list[str], list[str]]:
    reviewed_file = ROOT / "tests" / "data" / "reviewed_people.txt"
    reviewed = {name_key(n): n for n in (l.strip() for l in reviewed_file.read_text(encoding="utf-8").splitlines()) if n and not n.startswith("#")}
    articles, size = [], 0
    for path in sorted((ROOT / "corpus").glob("*.txt")):
        articles.append(extract(read_bytes(path.read_bytes(), path, path.name)))
        size += path.stat().st_size
    started = time.process_time()
    articles = [replace(article, names=name_candidates(article)) for article in articles]
    actor_set = build_actor_set([], articles)
    mentioned = {m.actor for a in articles for m in find_mentions(a, actor_set)}
    spent = time.process_time() - started
    print(f"seeds: {len(articles)} articles, {size / 1024 / len(articles):.1f} KB an article, detection {1000 * spent / len(articles):.2f} ms an article "
          f"({1000 * spent / (size / 1024) * 5:.2f} ms per 5 KB)")
    people = {actor_set.actors[s].name for s in mentioned if actor_set.actors[s].type == "person"}
    false = sorted(n for n in people if name_key(n) not in reviewed)
    missed = sorted(reviewed[k] for k in set(reviewed) - {name_key(n) for n in people})
    tp = len(people) - len(false)
    p, r = tp / max(1, len(people)), tp / max(1, len(reviewed))
    return p, r, 2 * p * r / (p + r) if p + r else 0.0, false, missed


def write_corpus(path: Path, folder: Path, limit: int | None) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for number, doc in enumerate([document(d) for d in read_conll(path)][:limit]):
        (folder / f"{number:03d}_{number:016x}.txt").write_text(doc.text, encoding="utf-8")


CANDIDATES = ("shape", "cues", "probablepeople", "crf")


def use_candidate(name: str, crf_model: Path | None = None, crf_min: float = 0.0) -> None:
    """How an untyped name-shaped run of two or three words is typed: "shape" (the default: a person),
    "cues" (left untyped: only cues, gazetteers and endings type a name), "probablepeople" (its CRF says
    person or corporation; needs `pip install probablepeople`, not a dependency of the project), "crf" (the
    run-typing CRF of names_crf.py decides the runs the rules leave untyped or type by shape alone)."""
    from generator.enrich import cues, names

    if name == "shape":
        return
    if name == "crf":
        import names_crf

        names_crf.use(crf_model, crf_min)
        return
    cues.DEFAULT_PERSON = name == "probablepeople"  # type_span reads it there
    if name == "probablepeople":
        import probablepeople

        original = names.type_span

        def typed(words: list[str], before: list[str], after: list[str]) -> tuple[str, str, int]:
            kind, cue, dropped = original(words, before, after)
            if cue != "shape":
                return kind, cue, dropped
            try:
                tag = probablepeople.tag(" ".join(words[dropped:]))[1]
            except Exception:  # its parser raises on strings it cannot tag
                tag = ""
            kinds = {"Person": names.PERSON, "Corporation": names.ORGANISATION}
            return (kinds[tag], "crf", dropped) if tag in kinds else ("", "", dropped)

        names.type_span = typed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("path", type=Path, help="a CoNLL-2003 file (eng.testb), with -DOCSTART- lines")
    parser.add_argument("--limit", type=int, default=None, help="only the first N documents")
    parser.add_argument("--errors", type=int, default=0, help="print what was missed and wrongly found in the first N documents")
    parser.add_argument("--write", type=Path, default=None, help="write the detokenised articles as a corpus folder and stop")
    parser.add_argument("--candidate", choices=CANDIDATES, default="shape", help="how untyped two- or three-word names are typed (see use_candidate)")
    parser.add_argument("--crf", type=Path, default=Path("/work/data/ner/names.crfsuite"), help="the model of --candidate crf")
    parser.add_argument("--crf-min", type=float, default=0.0, help="the least probability of the CRF's label that overrides the rules")
    args = parser.parse_args()
    use_candidate(args.candidate, args.crf, args.crf_min)
    if args.write:
        write_corpus(args.path, args.write, args.limit)
        return
    with survivors_frozen():  # the garbage collector as `generate` sets it where it detects names
        result = score(args.path, args.limit, args.errors)
    print(f"{result['docs']} documents, {result['kb']:.1f} KB an article, detection {result['ms']:.2f} ms an article "
          f"({result['ms'] * 5 / max(result['kb'], 0.01):.2f} ms per 5 KB), one core")
    print(f"{'kind':<14}{'level':<10}{'P':>7}{'R':>7}{'F1':>7}{'tp':>7}{'fp':>7}{'fn':>7}")
    for (kind, level), tally in result["tallies"].items():
        p, r, f = tally.prf()
        print(f"{KINDS[kind]:<14}{level:<10}{p:7.3f}{r:7.3f}{f:7.3f}{tally.tp:7d}{tally.fp:7d}{tally.fn:7d}")
    for kind, count in result["unread"].items():
        gold = result["tallies"][(kind, "strict")].tp + result["tallies"][(kind, "strict")].fn
        print(f"{KINDS[kind]}: {count} of {gold} document-level entities are only in lines that cite no mention "
              f"(date lines, bylines, boilerplate): recall at most {1 - count / max(1, gold):.3f}")
    with survivors_frozen():
        p, r, f, false, missed = seeds()
    print(f"seeds, reviewed people, empty registry: P {p:.3f} R {r:.3f} F1 {f:.3f}; false {false}; missed {missed}")


if __name__ == "__main__":
    main()
