"""Writes tests.yaml for postage-combinations. Expected answers come from a bottom-up table
(like the coin-change DP, but storing the combinations themselves): processing one denomination
at a time, ways[a] collects every multiset summing to a built from the denominations so far.
This is independent of the backtracking reference."""
import json
import random
from pathlib import Path

rnd = random.Random(31337)


def expected(stamps, postage):
    ways = [[] for _ in range(postage + 1)]
    ways[0] = [()]
    for v in sorted(stamps):
        for a in range(v, postage + 1):
            ways[a] = ways[a] + [w + (v,) for w in ways[a - v]]
    result = sorted(set(ways[postage]))
    assert len(result) == len(ways[postage])
    assert all(sum(w) == postage for w in result)
    return [list(w) for w in result]


visible = [([2, 3, 5], 8), ([4, 6], 7), ([7], 21)]
hidden = [
    ([2], 1),
    ([40], 40),
    ([5, 2], 2),
    ([3, 9, 6], 18),
    ([2, 3], 40),
    ([11, 13, 17, 19], 40),
    ([10, 9, 8, 7, 6, 5, 4, 3, 2], 30),
    (list(range(11, 41)), 40),                     # 30 denominations
    (rnd.sample(range(2, 41), 8), 35),
    (rnd.sample(range(2, 41), 15), 38),
    (rnd.sample(range(2, 20), 6), 40),
    ([39, 38, 37], 36),
    ([8, 7, 6, 5, 4, 3, 2], 40),                   # 1,161 ways
]
for stamps, postage in visible + hidden:
    assert len(expected(stamps, postage)) < 5000, (stamps, postage)

lines = ["# Written by generate_tests.py beside this file.", "visible:"]
for name, group in [("visible", visible), ("hidden", hidden)]:
    if name == "hidden":
        lines.append("hidden:")
    for stamps, postage in group:
        lines += [f"  - args: [{json.dumps(stamps, separators=(',', ':'))}, {postage}]",
                  f"    expected: {json.dumps(expected(stamps, postage), separators=(',', ':'))}"]
Path(__file__).with_name("tests.yaml").write_text("\n".join(lines) + "\n")
