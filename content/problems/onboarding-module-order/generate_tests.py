"""Writes tests.yaml for onboarding-module-order. Expected orders come from the plain O(n^2)
greedy: at each step scan modules 0..n-1 for the first unplaced one all of whose prerequisites
are placed (prerequisites kept as sets, so duplicate rules do not matter). When no module
qualifies before all are placed, there is a cycle. The result is also checked to respect
every rule."""
import json
import random
from pathlib import Path

rnd = random.Random(606)


def expected(n, rules):
    needs = [set() for _ in range(n)]
    for a, b in rules:
        needs[b].add(a)
    placed = [False] * n
    order = []
    for _ in range(n):
        for m in range(n):
            if not placed[m] and all(placed[p] for p in needs[m]):
                placed[m] = True
                order.append(m)
                break
        else:
            return []
    pos = {m: i for i, m in enumerate(order)}
    assert all(pos[a] < pos[b] for a, b in rules)
    return order


def random_dag(n, m):
    perm = list(range(n))
    rnd.shuffle(perm)
    rules = []
    for _ in range(m):
        i, j = sorted(rnd.sample(range(n), 2))
        rules.append([perm[i], perm[j]])
    return rules


visible = [(4, [[2, 0], [1, 0], [2, 3]]), (3, [[0, 1], [1, 2], [2, 0]]), (3, [])]
hidden = [
    (1, []),
    (1, [[0, 0]]),                                   # a module required before itself
    (2, [[1, 0], [1, 0]]),                           # duplicate rule
    (5, [[4, 3], [3, 2], [2, 1], [1, 0]]),           # a reversed chain
    (6, [[0, 5], [5, 1], [1, 4], [4, 2], [2, 3]]),
    (6, [[3, 0], [4, 0], [5, 1], [0, 2], [1, 2]]),   # FIFO order differs from the smallest one
    (5, [[0, 1], [1, 2], [2, 3], [3, 1], [0, 4]]),   # cycle not involving every module
    (8, random_dag(8, 10)),
    (30, random_dag(30, 60)),
    (300, random_dag(300, 900)),
    (300, random_dag(300, 900) + [[5, 7], [7, 5]]),  # one two-module cycle added
    (600, random_dag(600, 1200)),
]
# Large: a descending chain n-1 -> n-2 -> ... -> 0 plus a few extra consistent rules. At every
# step only the largest unplaced module is free, so the O(n^2) scan walks past almost every other
# module: about 1.8 * 10^7 checks.
n = 6000
big = [[m + 1, m] for m in range(n - 1)]
for _ in range(2000):
    i, j = sorted(rnd.sample(range(n), 2))
    big.append([j, i])
rnd.shuffle(big)
hidden.append((n, big))

lines = ["# Written by generate_tests.py beside this file.", "visible:"]
for name, group in [("visible", visible), ("hidden", hidden)]:
    if name == "hidden":
        lines.append("hidden:")
    for n, rules in group:
        lines += [f"  - args: [{n}, {json.dumps(rules, separators=(',', ':'))}]",
                  f"    expected: {json.dumps(expected(n, rules), separators=(',', ':'))}"]
Path(__file__).with_name("tests.yaml").write_text("\n".join(lines) + "\n")
