"""Where a network's nodes and their names go: nodes on a ring, each name beside its node on the ring's outer side,
names moved apart until none overlaps another, and the picture's box around all of them (pictures.draw_network)."""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from typing import Any, Iterable

from .coverage import CHAR_WIDTH

LABEL_HEIGHT = 15  # px a label's line takes; labels are kept this far apart


@dataclass(frozen=True)
class Label:
    x: float
    y: float
    angle: float  # rotation about (x, y) in degrees; 0: level, centred under the node
    anchor: str  # "middle", or "start"/"end" for a name written outward along the radius


def circle_positions(slugs: list[str], centre: float, radius: float) -> dict[str, tuple[float, float]]:
    count = max(1, len(slugs))
    return {
        slug: (round(centre + radius * math.sin(2 * math.pi * i / count), 1), round(centre - radius * math.cos(2 * math.pi * i / count), 1))
        for i, slug in enumerate(slugs)
    }


def node_label(x: float, y: float, r: float, centre: float) -> Label:
    """Level, beside the node on the ring's outer side: right of it on the right half, left of it on the
    left, above or below it at the top and bottom; the focus, in the centre, has its name under it."""
    dx, dy = x - centre, y - centre
    if abs(dx) < 0.3 * max(abs(dy), 1) or (dx, dy) == (0, 0):
        return Label(x, round(y + r + 14, 1) if dy >= 0 else round(y - r - 6, 1), 0, "middle")
    return Label(round(x + r + 5, 1) if dx > 0 else round(x - r - 5, 1), y, 0, "start" if dx > 0 else "end")


def label_box(label: Label, name: str) -> tuple[float, float, float, float]:
    """The room a label takes (x0, y0, x1, y1), at CHAR_WIDTH a character: beside a node it is centred
    on y (dy .35em), above or below one y is its baseline."""
    width = CHAR_WIDTH * len(name)
    x0 = {"start": label.x, "end": label.x - width, "middle": label.x - width / 2}[label.anchor]
    y0 = label.y - LABEL_HEIGHT / 2 if label.anchor != "middle" else label.y - LABEL_HEIGHT + 3
    return (x0, y0, x0 + width, y0 + LABEL_HEIGHT)


def overlaps(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def spread_labels(labels: list[tuple[Label, str]]) -> list[Label]:
    """Labels moved apart, top to bottom: one that would overlap a label already placed moves away
    from the ring's middle line (up in the top half, down in the bottom half) until it is clear."""
    placed: dict[int, Label] = {}
    boxes: list[tuple[float, float, float, float]] = []
    centre_y = sum(label.y for label, _ in labels) / max(1, len(labels))
    for i in sorted(range(len(labels)), key=lambda i: abs(labels[i][0].y - centre_y)):
        label, name = labels[i]
        placed[i] = label = clear_of(label, name, boxes, -1 if label.y < centre_y else 1)
        boxes.append(label_box(label, name))
    return [placed[i] for i in range(len(labels))]


def clear_of(label: Label, name: str, boxes: list[tuple[float, float, float, float]], step: int) -> Label:
    """The label moved a pixel at a time (`step`: up -1, down 1) until its box overlaps none of `boxes`. Every
    position but the last inside the height of a box it meets overlaps that box too, so those are passed in one
    jump without testing them; the place found is the one stepping and testing each pixel finds."""
    y = label.y
    while True:
        box = label_box(label, name)
        hit = next((other for other in boxes if overlaps(box, other)), None)
        if hit is None:
            return label
        passed = box[3] - hit[1] if step < 0 else hit[3] - box[1]  # pixels to move before this box is cleared
        for _ in range(max(1, math.ceil(passed) - 1)):
            y = round(y + step, 1)
        label = replace(label, y=y)


def view_box(nodes: Iterable[Any], margin: float = 6) -> tuple[float, float, float, float]:
    """(x, y, width, height) around every node and every label."""
    boxes = [label_box(n.label, n.name) for n in nodes] + [(n.x - n.r, n.y - n.r, n.x + n.r, n.y + n.r) for n in nodes]
    x0, y0 = min(b[0] for b in boxes) - margin, min(b[1] for b in boxes) - margin
    x1, y1 = max(b[2] for b in boxes) + margin, max(b[3] for b in boxes) + margin
    return (round(x0, 1), round(y0, 1), round(x1 - x0, 1), round(y1 - y0, 1))
