"""Writes tests.yaml for bakery-mold-spread. Expected answers come from simulating the rack
minute by minute exactly as the statement describes (copy the rack, turn every fresh loaf next
to a moldy one, stop when nothing changes) for small racks. For the large racks, whose
simulation would take hours, the answer is the longest shortest-path distance from the set of
moldy loaves, computed with a Dijkstra-style search over unit weights (a heap keyed by
distance, not the layer-by-layer BFS of the references); on the snakes it must also equal the
known path length. Large racks repeat few distinct rows, so rows are written once with a YAML
anchor (&name) and repeated with an alias (*name)."""
import heapq
import random
from pathlib import Path

rnd = random.Random(1701)


def by_simulation(rack):
    rows, cols = len(rack), len(rack[0])
    cur = [row[:] for row in rack]
    minutes = 0
    while True:
        nxt = [row[:] for row in cur]
        changed = False
        for r in range(rows):
            for c in range(cols):
                if cur[r][c] == 1 and any(
                    0 <= r + dr < rows and 0 <= c + dc < cols and cur[r + dr][c + dc] == 2
                    for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1))
                ):
                    nxt[r][c] = 2
                    changed = True
        if not changed:
            break
        cur = nxt
        minutes += 1
    return -1 if any(1 in row for row in cur) else minutes


def by_distances(rack):
    rows, cols = len(rack), len(rack[0])
    dist = {}
    heap = [(0, r, c) for r in range(rows) for c in range(cols) if rack[r][c] == 2]
    while heap:
        d, r, c = heapq.heappop(heap)
        if (r, c) in dist:
            continue
        dist[(r, c)] = d
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if 0 <= nr < rows and 0 <= nc < cols and rack[nr][nc] == 1 and (nr, nc) not in dist:
                heapq.heappush(heap, (d + 1, nr, nc))
    fresh = [(r, c) for r in range(rows) for c in range(cols) if rack[r][c] == 1]
    if any(cell not in dist for cell in fresh):
        return -1
    return max((dist[cell] for cell in fresh), default=0)


def expected(rack):
    value = by_distances(rack)
    if len(rack) * len(rack[0]) <= 2500:
        assert by_simulation(rack) == value
    return value


def random_rack(rows, cols, p_empty, p_mold):
    out = []
    for _ in range(rows):
        row = []
        for _ in range(cols):
            x = rnd.random()
            row.append(0 if x < p_empty else 2 if x < p_empty + p_mold else 1)
        out.append(row)
    return out


def snake(n):
    """Full rows of loaves joined at alternate ends; mold at the top-left corner."""
    rack = []
    for r in range(n):
        if r % 2 == 0:
            rack.append([1] * n)
        else:
            rack.append([1 if c == (n - 1 if r % 4 == 1 else 0) else 0 for c in range(n)])
    rack[0][0] = 2
    return rack


def write_rack(rack, name):
    if len(rack) * len(rack[0]) < 5000:
        return str(rack)
    labels, parts = {}, []
    for row in rack:
        key = tuple(row)
        if key in labels:
            parts.append("*" + labels[key])
        else:
            labels[key] = f"{name}r{len(labels)}"
            parts.append(f"&{labels[key]} [" + ",".join(map(str, row)) + "]")
    assert len(labels) <= 12
    return "[" + ", ".join(parts) + "]"


visible = [
    [[2, 1, 1], [0, 1, 0], [1, 1, 1]],
    [[1, 0, 2]],
    [[0, 2], [0, 0]],
]
hidden = [
    [[1]],
    [[2]],
    [[0]],
    [[0, 0, 0], [0, 0, 0]],                                # nothing at all: 0
    [[1, 1, 1]],                                           # fresh but no mold: -1
    [[2, 1, 1, 1, 1, 1, 1, 2]],                            # two sources meet in the middle
    [[2], [1], [1], [1], [0], [1]],
    [[1, 1, 1], [1, 2, 1], [1, 1, 1]],
    random_rack(8, 8, 0.2, 0.05),
    random_rack(30, 40, 0.15, 0.01),
    random_rack(50, 50, 0.3, 0.02),
]
n = 400
big = snake(n)
hidden.append(big)
cut = snake(n)
cut[200][5] = 0                                             # flood one slot: the far half stays fresh
hidden.append(cut)
both_ends = snake(n)
both_ends[n - 1][n - 1] = 2                                # mold at both ends of the path
hidden.append(both_ends)

path_len = sum(row.count(1) + row.count(2) for row in big)
assert by_distances(big) == path_len - 1

lines = ["# Written by generate_tests.py beside this file.", "visible:"]
for name, group in [("visible", visible), ("hidden", hidden)]:
    if name == "hidden":
        lines.append("hidden:")
    for i, rack in enumerate(group):
        lines += [f"  - args: [{write_rack(rack, f'{name[0]}{i}')}]", f"    expected: {expected(rack)}"]
Path(__file__).with_name("tests.yaml").write_text("\n".join(lines) + "\n")
