"""Writes tests.yaml for longest-cable-run. Trees are written in level order (None for a missing
child, trailing Nones dropped). Expected answers use the two-sweep method on the tree as an
undirected graph: a BFS from any box finds a farthest box, and a second BFS from that box finds
the longest run. This is independent of the post-order height computation of the references;
for small trees it is also checked against BFS from every box."""
import json
import random
from collections import deque
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


rnd = random.Random(1337)


def bfs(adj, s):
    dist = [-1] * len(adj)
    dist[s] = 0
    q = deque([s])
    while q:
        v = q.popleft()
        for w in adj[v]:
            if dist[w] < 0:
                dist[w] = dist[v] + 1
                q.append(w)
    far = max(range(len(adj)), key=lambda v: dist[v])
    return far, dist[far]


def expected(values):
    val, left, right, root = parse_level_order(values)
    n = len(val)
    if n == 0:
        return 0
    adj = [[] for _ in range(n)]
    for v in range(n):
        for c in (left[v], right[v]):
            if c >= 0:
                adj[v].append(c)
                adj[c].append(v)
    far, _ = bfs(adj, 0)
    _, value = bfs(adj, far)
    if n <= 300:
        assert value == max(bfs(adj, s)[1] for s in range(n))
    return value


visible = [[1, 2, 3, 4, 5], [1, 2, None, 3, 4, 5, None, None, 6, 7, None, None, 8], [9]]
hidden = [
    [],
    [5, 5],
    [1, None, 2, None, 3],
    [-1000000000, 1000000000, 0],
    [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15],    # perfect tree: 6
    [0, 1, None, 2, 3, 4, None, None, 5, 6, None, None, 7, 8, None, None, 9],  # deep inside the left
    random_tree(rnd, 20, 0, 9),
    random_tree(rnd, 300, -50, 50),
    random_tree(rnd, 3000, -10**9, 10**9),
    random_tree(rnd, 6000, 0, 9),
    random_tree(rnd, 5000, 0, 9, "zigzag"),                  # one long path: 4,999 cables
]
# A long left chain hanging off a root whose right side is short: the best path avoids the root's right.
chain = random_tree(rnd, 3000, 1, 9, "left")
hidden.append(chain)

lines = ["# Written by generate_tests.py beside this file.", "visible:"]
for name, group in [("visible", visible), ("hidden", hidden)]:
    if name == "hidden":
        lines.append("hidden:")
    for values in group:
        lines += [f"  - args: [{json.dumps(values, separators=(',', ':'))}]", f"    expected: {expected(values)}"]
Path(__file__).with_name("tests.yaml").write_text("\n".join(lines) + "\n")
