"""Writes tests.yaml for org-chart-tiers. Trees are written in level order (None for a missing
child, trailing Nones dropped). Expected tiers come from parsing that list into index arrays and
running a depth-first pre-order walk with an explicit stack (left child before right), appending
each value to the list of its depth; pre-order meets the nodes of one depth from left to right,
so this is independent of the breadth-first references."""
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


rnd = random.Random(1999)


def expected(values):
    val, left, right, root = parse_level_order(values)
    if root < 0:
        return []
    tiers = []
    stack = [(root, 0)]
    while stack:
        node, depth = stack.pop()
        if depth == len(tiers):
            tiers.append([])
        tiers[depth].append(val[node])
        for child in (right[node], left[node]):  # push right first so left is visited first
            if child >= 0:
                stack.append((child, depth + 1))
    return tiers


visible = [[7, 3, 9, None, 4, 8, 1], [5, None, 6, None, 2], []]
hidden = [
    [42],
    [-100000, 100000],
    [1, None, 2],
    [0, 0, 0, 0, 0, 0, 0],                                 # repeated numbers
    [1, 2, 3, 4, None, None, 5, 6, None, None, 7],
    [1, 2, None, 3, None, 4, None, 5],                     # left chain
    random_tree(rnd, 15, -9, 9),
    random_tree(rnd, 100, -100, 100),
    random_tree(rnd, 2000, -100000, 100000),
    random_tree(rnd, 5000, -1000, 1000),
    random_tree(rnd, 4000, 1, 9, "zigzag"),                # depth 4,000
]

lines = ["# Written by generate_tests.py beside this file.", "visible:"]
for name, group in [("visible", visible), ("hidden", hidden)]:
    if name == "hidden":
        lines.append("hidden:")
    for values in group:
        lines += [f"  - args: [{json.dumps(values, separators=(',', ':'))}]",
                  f"    expected: {json.dumps(expected(values), separators=(',', ':'))}"]
Path(__file__).with_name("tests.yaml").write_text("\n".join(lines) + "\n")
