"""Writes tests.yaml for two-sum: hand-made cases plus seeded random ones with one planted pair."""
import random
from pathlib import Path

rnd = random.Random(11)


def planted(n, low, high):
    # Distinct values except the planted pair, so the answer is unique.
    values = rnd.sample(range(low, high), n)
    i, j = sorted(rnd.sample(range(n), 2))
    target = values[i] + values[j]
    sums = {}
    for a in range(n):
        for b in range(a + 1, n) if n <= 300 else ():
            sums.setdefault(values[a] + values[b], []).append((a, b))
    if n <= 300 and len(sums[target]) != 1:
        return planted(n, low, high)
    return values, target, [i, j]


visible = [([2, 7, 11, 15], 9, [0, 1]), ([3, 2, 4], 6, [1, 2]), ([3, 3], 6, [0, 1])]
hidden = [([-3, 4, 3, 90], 0, [0, 2]), ([1000000000, -1000000000, 5], 0, [0, 1]), ([0, 4, 3, 0], 0, [0, 3])]
hidden += [planted(rnd.randint(5, 300), -10**6, 10**6) for _ in range(6)]
# Large case (20,000 prices): every value is a distinct multiple of 4 except a single 1 and a
# single 2, so 1 + 2 = 3 is the only pair that reaches the target 3 (residues mod 4 rule out the rest).
big = [4 * k for k in range(-10000, 10000) if k != 0][:19998]
rnd.shuffle(big)
a, b = sorted(rnd.sample(range(19800, 20000), 2))  # near the end, so a double loop scans almost every pair
big.insert(a, 1)
big.insert(b, 2)
hidden.append((big, 3, [a, b]))
lines = ["# Written by generate_tests.py beside this file.", "visible:"]
for nums, target, answer in visible:
    lines += [f"  - args: [{nums}, {target}]", f"    expected: {answer}"]
lines.append("hidden:")
for nums, target, answer in hidden:
    lines += [f"  - args: [{nums}, {target}]", f"    expected: {answer}"]
Path(__file__).with_name("tests.yaml").write_text("\n".join(lines) + "\n")
