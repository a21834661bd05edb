"""Synthetic corpora in the shape of the seeds, for the benchmark (deterministic for a given N and seed).

Each article has a headline, sometimes a dek, a byline in one of the seeds' forms (or none), a date
line in one of several formats (or none), boilerplate lines, subheadings, quotes, and mentions of a
few hundred actors (full names, aliases, surname only) drawn with Zipf-like frequencies.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from pathlib import Path

FIRST = "Anna Hayu Sergiu Marco Steve Olena Pierre Mark Kaja Ursula Emmanuel Keir Friedrich Ivan Dmytro Maria Jean Ahmed Li Priya Tomas Ingrid Pavel Rosa".split()
LAST = "Fadiah Andini Isaenco Rubio Witkoff Kovalenko Dubois Carney Kallas Leyen Macron Starmer Merz Petrov Kuleba Novak Laurent Haddad Wei Sharma Berg Lund Orlov Silva Moreau Tanaka Okafor Ruiz".split()
ORGS = "Ministry Council Agency Commission Fund Institute Alliance Bureau Office Committee".split()
PLACES = "London Paris Kyiv Moscow Washington Berlin Brussels Istanbul Riyadh Geneva Warsaw Helsinki Ankara Alaska Crimea Donbas Odesa Kharkiv".split()
OUTLETS = ["RTA", "Reuters", "The Daily Ledger", "Kyiv Post Review", "Global Wire", "Eastern Monitor", "Policy Desk", "World Brief"]
WORDS = (
    "talks ceasefire proposal negotiators delegation sanctions territory security guarantees summit agreement "
    "officials meeting envoy framework withdrawal frontline allies support energy infrastructure reconstruction "
    "referendum monitoring prisoners exchange corridor deadline pressure compromise position statement"
).split()
VERBS = "said told reporters added argued warned noted insisted confirmed announced".split()
MONTHS = "January February March April May June July August September October November December".split()


@dataclass(frozen=True)
class SynthActor:
    name: str
    aliases: tuple[str, ...]
    surname: str | None


def make_actors(rng: random.Random, count: int = 300) -> list[SynthActor]:
    actors, seen = [], set()
    while len(actors) < count:
        kind = rng.random()
        if kind < 0.7:
            first, last = rng.choice(FIRST), rng.choice(LAST) + rng.choice(["", "", "enko", "son", "ova", "ski"])
            name = f"{first} {last}"
            actor = SynthActor(name, (f"{first[0]}. {last}",), last)
        else:
            name = f"{rng.choice(PLACES)} {rng.choice(ORGS)}"
            actor = SynthActor(name, ("".join(w[0] for w in name.split()) + "C",), None)
        if name not in seen:
            seen.add(name)
            actors.append(actor)
    return actors


def zipf_weights(count: int, exponent: float = 1.1) -> list[float]:
    return [1 / (rank**exponent) for rank in range(1, count + 1)]


def mention(rng: random.Random, actor: SynthActor) -> str:
    roll = rng.random()
    if actor.surname and roll < 0.35:
        return actor.surname
    if roll < 0.5:
        return rng.choice(actor.aliases)
    return actor.name


def sentence(rng: random.Random, actors: list[SynthActor], weights: list[float]) -> str:
    who = mention(rng, rng.choices(actors, weights)[0])
    words = " ".join(rng.choices(WORDS, k=rng.randint(8, 18)))
    if rng.random() < 0.25:
        quoted = " ".join(rng.choices(WORDS, k=rng.randint(6, 12))).capitalize()
        return f"“{quoted},” {who} {rng.choice(VERBS)} in {rng.choice(PLACES)}."
    return f"{who} {rng.choice(VERBS)} the {words} in {rng.choice(PLACES)}."


def paragraph(rng: random.Random, actors: list[SynthActor], weights: list[float]) -> str:
    return " ".join(sentence(rng, actors, weights) for _ in range(rng.randint(3, 6)))


def date_line(rng: random.Random) -> str | None:
    year, month, day = rng.choice([2024, 2025, 2025, 2026]), rng.randint(1, 12), rng.randint(1, 28)
    forms = [
        f"Published: {MONTHS[month - 1][:3]} {day}, {year} {rng.randint(1, 12)}:{rng.randint(0, 59):02d} am",
        f"{year}-{month:02d}-{day:02d}",
        f"{day} {MONTHS[month - 1]} {year}",
        f"Updated: {MONTHS[month - 1]} {day}, {year}",
        None,
    ]
    return rng.choice(forms)


def byline(rng: random.Random) -> tuple[str | None, str | None]:
    """(a byline line, or None; an inline 'Name, OUTLET:' prefix for the first paragraph, or None)."""
    roll = rng.random()
    a, b = f"{rng.choice(FIRST)} {rng.choice(LAST)}", f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    if roll < 0.35:
        return f"By {a} and {b}", None
    if roll < 0.6:
        return f"By {a}, {rng.choice(OUTLETS)}", None
    if roll < 0.8:
        return None, f"{a.split()[0]} {a.split()[1].upper()}, {rng.choice(OUTLETS[:3])}: "
    return None, None


def article_text(rng: random.Random, actors: list[SynthActor], weights: list[float]) -> str:
    lines: list[str] = []
    headline = " ".join(rng.choices(WORDS, k=rng.randint(5, 11))).capitalize()
    if rng.random() < 0.85:
        lines.append(headline)
        if rng.random() < 0.4:
            lines.append(f"Home / {rng.choice(['News', 'Comments', 'World'])} / {headline}")
        if rng.random() < 0.5:
            lines.append(" ".join(rng.choices(WORDS, k=rng.randint(10, 20))).capitalize())
    line, inline = byline(rng)
    if line:
        lines.append(line)
    date = date_line(rng)
    if date and rng.random() < 0.7:
        lines.append(date)
    for index in range(rng.randint(6, 12)):
        if index and rng.random() < 0.15:
            lines.append(" ".join(rng.choices(WORDS, k=rng.randint(3, 7))).capitalize())
        text = paragraph(rng, actors, weights)
        if index == 0 and inline:
            text = inline + text
        if rng.random() < 0.08:
            text = text.rstrip(".") + ", he said:"
            lines.append(text)
            text = "“" + paragraph(rng, actors, weights) + "”"
        lines.append(text)
    if date and not any(date == l for l in lines):
        lines.append(date)
    if rng.random() < 0.3:
        lines.append("Read the original article here")
    return "\n\n".join(lines) + "\n"


def write_corpus(folder: Path, count: int, seed: int = 7) -> list[Path]:
    """Write `count` articles NNNNN_<16 hex>.txt into folder (created); returns the paths."""
    rng = random.Random(seed)
    actors = make_actors(rng)
    weights = zipf_weights(len(actors))
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for number in range(count):
        path = folder / f"{number:05d}_{rng.getrandbits(64):016x}.txt"
        path.write_text(article_text(rng, actors, weights), encoding="utf-8")
        paths.append(path)
    return paths


if __name__ == "__main__":
    import sys

    write_corpus(Path(sys.argv[1]), int(sys.argv[2]))
