"""Writes tests.yaml for rain-pools: hand-made cases, seeded random ones and one large one.
Expected values come from methods independent of the two-pointer reference: the formula applied
literally with a scan left and right of every column (up to 3,000 columns), and, for every case,
prefix and suffix maxima. Where both apply they must agree."""
import json
import random
from pathlib import Path

rnd = random.Random(5150)


def by_scanning(h):
    n = len(h)
    return sum(max(0, min(max(h[: i + 1]), max(h[i:])) - h[i]) for i in range(n))


def by_prefix(h):
    n = len(h)
    pre, suf = [0] * n, [0] * n
    for i in range(n):
        pre[i] = max(h[i], pre[i - 1] if i else 0)
    for i in range(n - 1, -1, -1):
        suf[i] = max(h[i], suf[i + 1] if i + 1 < n else 0)
    return sum(min(pre[i], suf[i]) - h[i] for i in range(n))


def expected(h):
    answer = by_prefix(h)
    if len(h) <= 3000:
        assert by_scanning(h) == answer
    return answer


def valleys(n, top):
    # A jagged profile with a few tall walls, so there are deep pools of different levels.
    out = [rnd.randint(0, top // 4) for _ in range(n)]
    for _ in range(max(1, n // 50)):
        out[rnd.randrange(n)] = rnd.randint(top // 2, top)
    return out


visible = [[3, 0, 1, 4, 2, 0, 2, 5, 1], [1, 2, 3, 2, 1], [4]]
hidden = [
    [0],
    [0, 0, 0],
    [5, 0],
    [2, 0, 2],
    [5, 4, 3, 2, 1, 2, 3],
    [1000000000, 0, 0, 0, 1000000000],
    [1000000000] + [0] * 50 + [999999999],
    [3, 3, 1, 3, 3, 0, 0, 3],
    [rnd.randint(0, 6) for _ in range(20)],
    valleys(300, 1000),
    valleys(3000, 10**9),
    [rnd.randint(0, 10**9) for _ in range(2000)],
]
# Large: 20,000 columns. Scanning left and right from every column costs about 2e8 steps.
big = valleys(20000, 20000)
hidden.append(big)


def emit(args):
    text = json.dumps(args)
    return text if len(text) < 3000 else json.dumps(args, separators=(",", ":"))


lines = ["# Written by generate_tests.py beside this file.", "visible:"]
for name, group in (("visible", visible), ("hidden", hidden)):
    if name == "hidden":
        lines.append("hidden:")
    for h in group:
        lines += [f"  - args: {emit([h])}", f"    expected: {expected(h)}"]
Path(__file__).with_name("tests.yaml").write_text("\n".join(lines) + "\n")
