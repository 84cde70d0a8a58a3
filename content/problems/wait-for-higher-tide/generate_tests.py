"""Writes tests.yaml for wait-for-higher-tide: hand-made cases, seeded random ones and one large
one. Expected values come from methods independent of the stack reference: scanning forward from
every day (up to 3,000 days), and, for every case, a right-to-left pass that jumps along the
chain of "next higher" days already computed. Where both apply they must agree."""
import json
import random
from pathlib import Path

rnd = random.Random(4096)


def by_scanning(p):
    n = len(p)
    out = [0] * n
    for i in range(n):
        for j in range(i + 1, n):
            if p[j] > p[i]:
                out[i] = j - i
                break
    return out


def by_jumping(p):
    n = len(p)
    nxt = [n] * n  # the first later day with a strictly higher price, n if none
    for i in range(n - 2, -1, -1):
        j = i + 1
        while j < n and p[j] <= p[i]:
            j = nxt[j]  # everything between j and nxt[j] is <= p[j] <= p[i]
        nxt[i] = j
    return [nxt[i] - i if nxt[i] < n else 0 for i in range(n)]


def expected(p):
    answer = by_jumping(p)
    if len(p) <= 3000:
        assert by_scanning(p) == answer
    return answer


visible = [[31, 29, 29, 34, 30, 27, 33, 35], [50, 40, 30], [12]]
hidden = [
    [5, 5, 5, 5],
    [1, 2, 3, 4, 5],
    [-3, -1, -2, -1, 0],
    [1000000000, -1000000000, 999999999, 1000000000],
    [4, 3, 2, 1, 5],
    [2, 1, 2, 1, 2, 3],
    [rnd.randint(0, 5) for _ in range(30)],
    [rnd.randint(-100, 100) for _ in range(400)],
    [rnd.randint(-10**9, 10**9) for _ in range(600)],
    [1000 - i + rnd.randint(0, 3) for i in range(1000)],
]
# Large: 14,000 days of slowly falling prices with small wiggles and a higher price only at the
# very end, so scanning forward from each day runs far: about 1e8 comparisons in total.
big = [14000 - i + rnd.randint(0, 2) for i in range(13999)] + [20000]
hidden.append(big)


def emit(args):
    text = json.dumps(args)
    return text if len(text) < 3000 else json.dumps(args, separators=(",", ":"))


lines = ["# Written by generate_tests.py beside this file.", "visible:"]
for name, group in (("visible", visible), ("hidden", hidden)):
    if name == "hidden":
        lines.append("hidden:")
    for p in group:
        lines += [f"  - args: {emit([p])}", f"    expected: {emit(expected(p))}"]
Path(__file__).with_name("tests.yaml").write_text("\n".join(lines) + "\n")
