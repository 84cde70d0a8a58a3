"""Writes tests.yaml for zero-sum-triplets: hand-made cases, seeded random ones and one large one.
Expected values come from methods independent of the sort-and-two-pointers reference: all triples
of positions (up to 150 vials), and, for every case, a count table over values: for each pair of
values a <= b with enough copies, look up c = -a - b >= b in the table. Where both apply they
must agree. Triplets are written sorted inside and in sorted order."""
import json
import random
from collections import Counter
from itertools import combinations
from pathlib import Path

rnd = random.Random(303)


def by_triples(charges):
    return sorted({tuple(sorted(t)) for t in combinations(charges, 3) if sum(t) == 0})


def by_counts(charges):
    count = Counter(charges)
    values = sorted(count)
    out = []
    for x, a in enumerate(values):
        for b in values[x:]:
            c = -a - b
            if c < b or c not in count:
                continue
            need = Counter([a, b, c])
            if all(count[v] >= m for v, m in need.items()):
                out.append((a, b, c))
    return sorted(out)


def expected(charges):
    answer = by_counts(charges)
    if len(charges) <= 150:
        assert by_triples(charges) == answer
    return [list(t) for t in answer]


visible = [[3, -1, -2, 4, -1, 2, 0], [0, 0, 0, 0], [5, -5, 1]]
hidden = [
    [],
    [0],
    [0, 0],
    [1, 2, 3, 4, 5],
    [-3, -3, 6, 6, 0, 0, 0, 3, -6],
    [-100000, 50000, 50000, 100000, 0, -50000],
    [-4, 2, 2, 2, -1, -1, -1, 1, 3],
    [rnd.randint(-5, 5) for _ in range(12)],
    [rnd.randint(-20, 20) for _ in range(60)],
    [rnd.randint(-100000, 100000) for _ in range(150)] + [7, -3, -4],
    [rnd.randint(-300, 300) for _ in range(400)],
]
# Large: 1,000 vials. All but 12 charges are 1 mod 4, so three of them sum to 3 mod 4 and never to
# zero; the planted charges (multiples of 4) form a handful of neutral triplets. Trying every
# triple of positions is about 1.7e8 sums; the two-pointer scan is about 5e5 steps.
background = set()
while len(background) < 988:
    background.add(4 * rnd.randint(-25000, 24999) + 1)
planted = [4 * v for v in (-9, 4, 5, -7, 3, 4, -2000, 1000, 1000, 250, -125, -125)]
big = list(background) + planted
rnd.shuffle(big)
hidden.append(big)


def emit(args):
    text = json.dumps(args)
    return text if len(text) < 3000 else json.dumps(args, separators=(",", ":"))


lines = ["# Written by generate_tests.py beside this file.", "visible:"]
for name, group in (("visible", visible), ("hidden", hidden)):
    if name == "hidden":
        lines.append("hidden:")
    for charges in group:
        lines += [f"  - args: {emit([charges])}", f"    expected: {emit(expected(charges))}"]
Path(__file__).with_name("tests.yaml").write_text("\n".join(lines) + "\n")
