"""Writes tests.yaml for repaint-fence-run: hand-made cases, seeded random ones and one large one.
Expected values come from methods independent of the sliding-window reference: every stretch
with its letter counts (up to 400 boards), and, for every case, one pass per target colour c
with a two-pointer window holding at most k boards that are not c. Where both apply they must
agree."""
import json
import random
from pathlib import Path

rnd = random.Random(1212)


def by_stretches(boards, k):
    n = len(boards)
    best = 0
    for i in range(n):
        counts = {}
        for j in range(i, n):
            counts[boards[j]] = counts.get(boards[j], 0) + 1
            if j - i + 1 - max(counts.values()) <= k:
                best = max(best, j - i + 1)
    return best


def by_colour(boards, k):
    best = 0
    for c in set(boards):
        left = other = 0
        for right, b in enumerate(boards):
            other += b != c
            while other > k:
                other -= boards[left] != c
                left += 1
            best = max(best, right - left + 1)
    return best


def expected(boards, k):
    answer = by_colour(boards, k)
    if len(boards) <= 400:
        assert by_stretches(boards, k) == answer
    return answer


def text(n, alphabet):
    return "".join(rnd.choice(alphabet) for _ in range(n))


def blocky(n, alphabet):
    out = []
    while len(out) < n:
        out += rnd.choice(alphabet) * rnd.randint(1, 8)
    return "".join(out[:n])


visible = [("GRRBGRR", 2), ("ABCD", 0), ("YXY", 5)]
hidden = [
    ("Q", 0),
    ("Q", 100000),
    ("ZZZZ", 0),
    ("ABAB", 1),
    ("ABBA", 0),
    ("AABABBA", 1),
    ("ABCDEFGHIJKLMNOPQRSTUVWXYZ", 3),
    (text(30, "AB"), 3),
    (blocky(100, "ABC"), 5),
    (text(400, "ABCDE"), 40),
    (blocky(400, "ABCDEFGHIJ"), 0),
    (text(3000, "ABCDEFGHIJKLMNOPQRSTUVWXYZ"), 100),
    (blocky(5000, "AB"), 300),
]
# Large: 50,000 boards over four colours with a budget of 20,000 repaints, so the best stretch is
# long and checking every stretch costs about 50,000^2 / 2 steps.
hidden.append((blocky(50000, "ABCD"), 20000))


lines = ["# Written by generate_tests.py beside this file.", "visible:"]
for name, group in (("visible", visible), ("hidden", hidden)):
    if name == "hidden":
        lines.append("hidden:")
    for boards, k in group:
        lines += [f"  - args: {json.dumps([boards, k])}", f"    expected: {expected(boards, k)}"]
Path(__file__).with_name("tests.yaml").write_text("\n".join(lines) + "\n")
