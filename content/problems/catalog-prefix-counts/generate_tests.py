"""Writes tests.yaml for catalog-prefix-counts. Expected counts come from str.startswith over
the whole catalog for every query (for small inputs) and from a Counter of every prefix of
every name (for all inputs; the empty prefix included); where both run they must agree. No
trie is involved."""
import json
import random
from collections import Counter
from pathlib import Path

rnd = random.Random(3)


def expected(names, typed):
    prefixes = Counter()
    for name in names:
        for k in range(len(name) + 1):
            prefixes[name[:k]] += 1
    value = [prefixes[t] for t in typed]
    if len(names) * len(typed) <= 10**6:
        assert value == [sum(1 for n in names if n.startswith(t)) for t in typed]
    return value


def word(lo, hi, letters):
    return "".join(rnd.choice(letters) for _ in range(rnd.randint(lo, hi)))


def case(n, q, lo, hi, letters):
    names = [word(lo, hi, letters) for _ in range(n)]
    typed = []
    for _ in range(q):
        if rnd.random() < 0.6:  # a real prefix of some name
            name = rnd.choice(names)
            typed.append(name[: rnd.randint(0, len(name))])
        else:
            typed.append(word(0, hi, letters))
    return names, typed


visible = [
    (["bolt", "bolster", "bolt", "nut", "bo"], ["bol", "bolt", "n", "boltx", "b"]),
    (["washer"], ["", "washers", "washer"]),
    (["aa", "a", "aaa"], ["a", "aa", "aaa", "aaaa"]),
]
hidden = [
    (["z"], ["z"]),
    (["z"], ["", "y", "zz"]),
    (["same"] * 5, ["s", "same", "samey", ""]),
    (["abcdefghijklmnopqrst", "abcdefghijklmnopqrsz"], ["abcdefghijklmnopqrs", "abcdefghijklmnopqrst", "t"]),
    case(20, 20, 1, 4, "ab"),
    case(100, 100, 1, 6, "abc"),
    case(1000, 1000, 1, 10, "abcdefghijklmnopqrstuvwxyz"),
    case(2000, 2000, 1, 8, "abcd"),
    case(3000, 3000, 1, 5, "xyz"),
    case(800, 1500, 15, 20, "ab"),
]

lines = ["# Written by generate_tests.py beside this file.", "visible:"]
for name, group in [("visible", visible), ("hidden", hidden)]:
    if name == "hidden":
        lines.append("hidden:")
    for names, typed in group:
        lines += [f"  - args: [{json.dumps(names, separators=(',', ':'))}, {json.dumps(typed, separators=(',', ':'))}]",
                  f"    expected: {json.dumps(expected(names, typed), separators=(',', ':'))}"]
Path(__file__).with_name("tests.yaml").write_text("\n".join(lines) + "\n")
