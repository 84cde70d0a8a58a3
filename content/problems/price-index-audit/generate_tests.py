"""Writes tests.yaml for price-index-audit. Trees are written in level order (None for a missing
child, trailing Nones dropped). Expected answers come from an iterative in-order traversal of the
parsed tree, checking that the values are strictly increasing; this is independent of the
interval-bounds references."""
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


rnd = random.Random(4040)
LO, HI = -2**31, 2**31 - 1


def expected(values):
    val, left, right, root = parse_level_order(values)
    order, stack, node = [], [], root
    while stack or node >= 0:
        while node >= 0:
            stack.append(node)
            node = left[node]
        node = stack.pop()
        order.append(val[node])
        node = right[node]
    return all(a < b for a, b in zip(order, order[1:]))


def bst_from_keys(keys):
    """A BST built by inserting keys in the given order, as a level-order list."""
    val, left, right = [], [], []
    for k in keys:
        val.append(k); left.append(-1); right.append(-1)
        v = len(val) - 1
        if v == 0:
            continue
        cur = 0
        while True:
            side = left if k < val[cur] else right
            if side[cur] < 0:
                side[cur] = v
                break
            cur = side[cur]
    return serialize(val, left, right, 0) if val else []


def random_bst(n, lo, hi):
    keys = rnd.sample(range(lo, hi), n)
    return bst_from_keys(keys)


def corrupt(values):
    """Shift one random value a little, retrying until the tree is no longer a valid index."""
    idx = [i for i, v in enumerate(values) if v is not None]
    while True:
        out = list(values)
        i = rnd.choice(idx[1:])
        out[i] = out[i] + rnd.choice([-1, 1]) * rnd.randint(1, 30)
        if not expected(out):
            return out


visible = [[20, 10, 30, 5, 15, None, 40], [20, 10, 30, 5, 25], [8, 8]]
hidden = [
    [],
    [LO],
    [HI, LO],                                        # valid with both extremes
    [LO, None, HI],
    [0, LO, HI, None, None, 0],                      # 0 repeated deep on the right: invalid
    [HI, None, HI],                                  # equal extremes on the right: invalid
    [5, 1, 8, None, None, 6, 9, 4],                  # 4 under 6 violates 5's bound
    [5, 3, 8, 2, 4, 7, 9],
    random_bst(50, -1000, 1000),
    corrupt(random_bst(50, -1000, 1000)),
    random_bst(3000, LO, HI),
    bst_from_keys(list(range(1, 4001))),              # a right chain 4,000 deep
    bst_from_keys(list(range(4000, 0, -1)))[:-1] + [4001],  # left chain, deepest value too large
]
big = random_bst(3000, -10**6, 10**6)
hidden.append(corrupt(big))

lines = ["# Written by generate_tests.py beside this file.", "visible:"]
for name, group in [("visible", visible), ("hidden", hidden)]:
    if name == "hidden":
        lines.append("hidden:")
    for values in group:
        lines += [f"  - args: [{json.dumps(values, separators=(',', ':'))}]",
                  f"    expected: {str(expected(values)).lower()}"]
Path(__file__).with_name("tests.yaml").write_text("\n".join(lines) + "\n")
