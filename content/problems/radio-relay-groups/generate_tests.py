"""Writes tests.yaml for radio-relay-groups. Expected counts come from repeated label
propagation for small inputs (every station takes the smallest label among itself and its
neighbours until nothing changes; then count distinct labels) and from a union-find count for
all inputs; where both run they must agree. Neither is the BFS of the Python reference."""
import json
import random
from pathlib import Path

rnd = random.Random(73)


def by_union_find(n, links):
    parent = list(range(n))

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in links:
        parent[find(a)] = find(b)
    return len({find(v) for v in range(n)})


def by_labels(n, links):
    label = list(range(n))
    changed = True
    while changed:
        changed = False
        for a, b in links:
            m = min(label[a], label[b])
            if label[a] != m or label[b] != m:
                label[a] = label[b] = m
                changed = True
    return len(set(label))


def expected(n, links):
    value = by_union_find(n, links)
    if n <= 500:
        assert by_labels(n, links) == value
    return value


def random_links(n, m):
    return [[rnd.randrange(n), rnd.randrange(n)] for _ in range(m)]


def shuffled_chain(n):
    order = list(range(n))
    rnd.shuffle(order)
    links = [[order[i], order[i + 1]] if rnd.random() < 0.5 else [order[i + 1], order[i]] for i in range(n - 1)]
    rnd.shuffle(links)
    return links


visible = [(6, [[0, 1], [1, 2], [4, 3]]), (4, [[0, 3], [3, 2], [2, 1], [1, 0]]), (3, [])]
hidden = [
    (1, []),
    (1, [[0, 0]]),                       # a self-link
    (2, [[0, 1], [1, 0], [0, 1]]),       # repeated link in both directions
    (5, [[2, 2], [3, 3]]),
    (7, [[0, 6], [6, 5], [1, 2]]),
    (10, random_links(10, 4)),
    (100, random_links(100, 60)),
    (500, random_links(500, 400)),
    (2000, random_links(2000, 1500)),
    (20000, []),                         # twenty thousand lone stations
    (5000, shuffled_chain(5000)),         # one chain: recursion depth about 5,000
]
# Two long chains and a few loners.
a = shuffled_chain(2500)
b = [[x + 2500, y + 2500] for x, y in shuffled_chain(2500)]
hidden.append((5004, a + b))

lines = ["# Written by generate_tests.py beside this file.", "visible:"]
for name, group in [("visible", visible), ("hidden", hidden)]:
    if name == "hidden":
        lines.append("hidden:")
    for n, links in group:
        lines += [f"  - args: [{n}, {json.dumps(links, separators=(',', ':'))}]", f"    expected: {expected(n, links)}"]
Path(__file__).with_name("tests.yaml").write_text("\n".join(lines) + "\n")
