"""Writes tests.yaml for top-k-frequent: hand-made cases, seeded random ones and one large one.
Expected values come from sorting the log and measuring runs of equal ids (no hash map), then a
selection by repeatedly taking the best remaining (count, id) pair; for small logs this is
checked against counting each distinct id with list.count."""
import json
import random
from pathlib import Path

rnd = random.Random(2024)


def by_runs(plays, k):
    values = sorted(plays)
    runs = []  # (count, id)
    i = 0
    while i < len(values):
        j = i
        while j < len(values) and values[j] == values[i]:
            j += 1
        runs.append((j - i, values[i]))
        i = j
    runs.sort(key=lambda r: (-r[0], r[1]))
    return [song for _, song in runs[:k]]


def by_selection(plays, k):
    pool = {song: plays.count(song) for song in set(plays)}
    out = []
    for _ in range(k):
        best = None
        for song, c in pool.items():
            if best is None or c > pool[best] or (c == pool[best] and song < best):
                best = song
        out.append(best)
        del pool[best]
    return out


def expected(plays, k):
    answer = by_runs(plays, k)
    if len(plays) <= 1500:
        assert by_selection(plays, k) == answer
    return answer


def skewed(n, ids, low, high):
    # A few popular songs and a long tail, so counts tie often.
    pool = rnd.sample(range(low, high), ids)
    weights = [rnd.choice([1, 1, 1, 2, 3, 5, 8]) for _ in pool]
    return rnd.choices(pool, weights, k=n)


def case(plays, k=None):
    d = len(set(plays))
    return (plays, k if k is not None else rnd.randint(1, d))


visible = [([5, 9, 5, 2, 9, 5, 7, 2], 2), ([4, -1, 4, -1, 8], 3), ([30], 1)]
hidden = [
    ([6, 6, 6], 1),
    ([3, 1, 2], 3),
    ([9, 8, 7, 7, 8, 9], 2),
    ([1000000000, -1000000000, 0, 1000000000, -1000000000], 2),
    ([-5, -5, -7, -7, -7, 2, 2, 2], 3),
    ([4, 4, 1, 1, 9, 9, 9, 4, 1, 2], 1),
    case(skewed(60, 12, -20, 20)),
    case(skewed(500, 80, -1000, 1000)),
    case(skewed(1500, 300, -10**9, 10**9)),
    case(skewed(3000, 1200, -10**4, 10**4), 300),
]
# Large: 22,000 airings over about 13,000 ids in [-9999, 9999]: recounting the log for every
# distinct id costs about 22,000 * 13,000 = 2.9e8 comparisons.
big = [rnd.randint(-9999, 9999) for _ in range(22000)]
hidden.append((big, 50))


def emit(args):
    text = json.dumps(args)
    return text if len(text) < 3000 else json.dumps(args, separators=(",", ":"))


lines = ["# Written by generate_tests.py beside this file.", "visible:"]
for name, group in (("visible", visible), ("hidden", hidden)):
    if name == "hidden":
        lines.append("hidden:")
    for plays, k in group:
        lines += [f"  - args: {emit([plays, k])}", f"    expected: {emit(expected(plays, k))}"]
Path(__file__).with_name("tests.yaml").write_text("\n".join(lines) + "\n")
