"""Writes tests.yaml for cave-expedition-max-path. Trees are written in level order (None for a
missing child, trailing Nones dropped). Expected answers: for trees of up to 2,500 nodes, brute
force over every start chamber, walking the tree as an undirected graph and taking the best
prefix sum of every route from that start (O(n^2)); for chains (every node has at most one
child), the maximum subarray sum of the values along the chain (Kadane), checked against the
brute force where both apply. Neither is the post-order recursion of the references."""
import json
import random
from pathlib import Path

def parse_level_order(values):
    """Level-order list (None for a missing child) -> (val, left, right) index arrays; root index 0 or -1."""
    val, left, right = [], [], []
    if not values:
        return val, left, right, -1
    val.append(values[0]); left.append(-1); right.append(-1)
    level, k = [0], 1
    while level and k < len(values):
        following = []
        for node in level:
            for side in (left, right):
                if k < len(values) and values[k] is not None:
                    val.append(values[k]); left.append(-1); right.append(-1)
                    side[node] = len(val) - 1
                    following.append(len(val) - 1)
                k += 1
        level = following
    return val, left, right, 0


def random_tree(rnd, n, lo, hi, shape="random"):
    """A random binary tree with n nodes as a level-order list. shape: random | left | right | zigzag."""
    if n == 0:
        return []
    val = [rnd.randint(lo, hi) for _ in range(n)]
    left, right = [-1] * n, [-1] * n
    if shape == "random":
        slots = [(0, 0), (0, 1)]
        for v in range(1, n):
            i = rnd.randrange(len(slots))
            parent, side = slots[i]
            slots[i] = slots[-1]
            slots.pop()
            (left if side == 0 else right)[parent] = v
            slots += [(v, 0), (v, 1)]
    else:
        for v in range(1, n):
            side = {"left": 0, "right": 1}.get(shape, v % 2)
            (left if side == 0 else right)[v - 1] = v
    return serialize(val, left, right, 0)


def serialize(val, left, right, root):
    out, level = [], [root]
    while level:
        following = []
        for node in level:
            if node < 0:
                out.append(None)
                continue
            out.append(val[node])
            following += [left[node], right[node]]
        level = following
    while out and out[-1] is None:
        out.pop()
    return out


rnd = random.Random(6502)


def by_all_routes(val, left, right):
    n = len(val)
    adj = [[] for _ in range(n)]
    for v in range(n):
        for c in (left[v], right[v]):
            if c >= 0:
                adj[v].append(c)
                adj[c].append(v)
    best = max(val)
    for s in range(n):
        stack = [(s, -1, val[s])]
        while stack:
            v, parent, total = stack.pop()
            if total > best:
                best = total
            for w in adj[v]:
                if w != parent:
                    stack.append((w, v, total + val[w]))
    return best


def chain_values(val, left, right):
    out, v = [], 0
    while v >= 0:
        if left[v] >= 0 and right[v] >= 0:
            return None
        out.append(val[v])
        v = left[v] if left[v] >= 0 else right[v]
    return out


def kadane(values):
    best = cur = values[0]
    for x in values[1:]:
        cur = max(x, cur + x)
        best = max(best, cur)
    return best


def expected(values):
    val, left, right, root = parse_level_order(values)
    answers = []
    if len(val) <= 2500:
        answers.append(by_all_routes(val, left, right))
    chain = chain_values(val, left, right)
    if chain is not None:
        answers.append(kadane(chain))
    assert answers and all(a == answers[0] for a in answers), values[:10]
    return answers[0]


visible = [[2, -1, 5, 4, 3], [-3, -1, -7], [1, 2, 3]]
hidden = [
    [-1000000],
    [1000000],
    [-5, None, -2, -8],
    [10, -20, -30, 40, 50, None, 60],                   # best route avoids the root
    [-10, 9, 20, None, None, 15, 7],
    [1, -2, -3, 1, 3, -2, None, -1],
    [0, 0, 0, 0],
    random_tree(rnd, 30, -10, 10),
    random_tree(rnd, 200, -100, 60),
    random_tree(rnd, 1500, -1000000, 1000000),
    random_tree(rnd, 2500, -1000000, -1),               # all negative: best single chamber
    random_tree(rnd, 1500, 500000, 1000000),            # all positive: the best route joins two deep leaves
    random_tree(rnd, 4000, 600000, 1000000, "right"),   # a positive chain: the sum exceeds 2^31
    random_tree(rnd, 4000, -1000000, 1000000, "zigzag"),  # a chain 4,000 deep
]

lines = ["# Written by generate_tests.py beside this file.", "visible:"]
for name, group in [("visible", visible), ("hidden", hidden)]:
    if name == "hidden":
        lines.append("hidden:")
    for values in group:
        lines += [f"  - args: [{json.dumps(values, separators=(',', ':'))}]", f"    expected: {expected(values)}"]
Path(__file__).with_name("tests.yaml").write_text("\n".join(lines) + "\n")
