"""Writes tests.yaml for exclusive-batches. Expected values come from interval merging: each
letter spans [first, last] of its occurrences, overlapping spans must share a batch, and the
merged spans are exactly the batches. This is independent of the running-farthest-end reference.
For |log| <= 200 a brute force also tries every cut position and keeps the cuts where the
letters before and after are disjoint."""
import random
from pathlib import Path

rnd = random.Random(2718)


def by_spans(log):
    spans = {}
    for i, letter in enumerate(log):
        first, _ = spans.get(letter, (i, i))
        spans[letter] = (first, i)
    merged = []
    for a, b in sorted(spans.values()):
        if merged and a <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    return [b - a + 1 for a, b in merged]


def by_cuts(log):
    cuts = [0] + [k for k in range(1, len(log)) if not set(log[:k]) & set(log[k:])] + [len(log)]
    return [b - a for a, b in zip(cuts, cuts[1:])] if log else []


def expected(log):
    value = by_spans(log)
    if len(log) <= 200:
        assert by_cuts(log) == value, log
    return value


def blocks(count, letters_per_batch, size):
    """A log of `count` groups; no letter is shared between groups (a group may split further)."""
    letters = list("abcdefghijklmnopqrstuvwxyz")
    rnd.shuffle(letters)
    out = []
    for b in range(count):
        pool = letters[b * letters_per_batch:(b + 1) * letters_per_batch]
        out.append("".join(rnd.choice(pool) for _ in range(rnd.randint(1, size))))
    return "".join(out)


visible = ["abacdcdeffe", "xyzx", "qrs"]
hidden = [
    "",
    "z",
    "zzzz",
    "abba",
    "abcabc",
    "abcdcba",
    "aabbcc",
    "abcbdef",
    "mnmopqpo",
    "".join(rnd.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(40)),
    blocks(13, 2, 6),
    blocks(8, 3, 30),
    "".join(rnd.choice("ab") for _ in range(200)),
    # Large: 60,000 records. Letters appear in a slowly drifting window, so there are many small
    # batches near the start and the naive cut-by-cut comparison of both sides is quadratic.
    "".join(chr(97 + min(25, i // 2400)) for i in range(60000)),
]

out = ["# Written by generate_tests.py beside this file.", "visible:"]
for name, group in (("visible", visible), ("hidden", hidden)):
    if name == "hidden":
        out.append("hidden:")
    for log in group:
        out += [f'  - args: ["{log}"]', f"    expected: {expected(log)}"]
Path(__file__).with_name("tests.yaml").write_text("\n".join(out) + "\n")
