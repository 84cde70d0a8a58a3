"""Writes tests.yaml for most-distinct-codes. Expected values come from a binary trie over the 31
bits (each code walks greedily towards the opposite bit among the codes inserted before it),
independent of the prefix-set references; for n <= 1500 all pairs are also compared directly."""
import json
import random
from pathlib import Path

rnd = random.Random(1031)
BITS = 31


def by_trie(codes):
    root = {}
    best = 0
    for k, code in enumerate(codes):
        if k:
            node, value = root, 0
            for b in range(BITS - 1, -1, -1):
                want = 1 - (code >> b & 1)
                if want in node:
                    value |= 1 << b
                    node = node[want]
                else:
                    node = node[1 - want]
            best = max(best, value)
        node = root
        for b in range(BITS - 1, -1, -1):
            node = node.setdefault(code >> b & 1, {})
    return best


def by_pairs(codes):
    return max(a ^ b for i, a in enumerate(codes) for b in codes[i + 1:])


def expected(codes):
    value = by_trie(codes)
    if len(codes) <= 1500:
        assert by_pairs(codes) == value
    return value


TOP = 2**31 - 1
visible = [[5, 25, 10, 3], [8, 8], [0, TOP, 2**30]]
hidden = [
    [0, 0],
    [1, 2],
    [TOP, TOP, TOP],
    [0, TOP],
    [12, 15, 14, 9],             # the largest code is not in the best pair
    [2**30, 2**30 + 1, 3, 2**29],
    [rnd.randint(0, 100) for _ in range(10)],
    [rnd.randint(0, TOP) for _ in range(50)],
    [rnd.randint(2**30, TOP) for _ in range(400)],  # all share the top bit
    [rnd.randint(0, 2**20) for _ in range(1500)],
    # Large: 16,000 codes below 2^24 (to keep the file small); all pairs is 1.28e8 XORs.
    [rnd.randint(0, 2**24 - 1) for _ in range(16000)],
]


def text(value):
    return json.dumps(value, separators=(",", ":") if len(value) > 300 else (", ", ": "))


out = ["# Written by generate_tests.py beside this file.", "visible:"]
for name, group in (("visible", visible), ("hidden", hidden)):
    if name == "hidden":
        out.append("hidden:")
    for codes in group:
        out += [f"  - args: [{text(codes)}]", f"    expected: {expected(codes)}"]
Path(__file__).with_name("tests.yaml").write_text("\n".join(out) + "\n")
