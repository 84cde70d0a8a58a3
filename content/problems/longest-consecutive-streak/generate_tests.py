"""Writes tests.yaml for longest-consecutive-streak: hand-made cases, seeded random ones and one
large one. Expected values come from sorting the distinct values and measuring runs, checked
against trying every start value and walking upward (cases up to 2,000 numbers), both
independent of the hash-set reference."""
import json
import random
from pathlib import Path

rnd = random.Random(777)


def by_sorting(nums):
    values = sorted(set(nums))
    best = run = 0
    for i, v in enumerate(values):
        run = run + 1 if i > 0 and v == values[i - 1] + 1 else 1
        best = max(best, run)
    return best


def by_walking(nums):
    owned = set(nums)
    best = 0
    for x in nums:
        length = 0
        while x + length in owned:
            length += 1
        best = max(best, length)
    return best


def expected(nums):
    answer = by_sorting(nums)
    if len(nums) <= 2000:
        assert by_walking(nums) == answer
    return answer


def streaky(n, span, low):
    # Several streaks of random lengths at random places, plus duplicates, shuffled.
    out = []
    while len(out) < n:
        start = rnd.randint(low, low + span)
        out += range(start, start + rnd.randint(1, 30))
    out = out[:n]
    out += rnd.sample(out, min(len(out), n // 5))
    rnd.shuffle(out)
    return out


visible = [[12, 4, 10, 11, 3, 13, 5], [-1, 0, 0, 1, -3], [100]]
hidden = [
    [],
    [7, 7, 7, 7],
    [5, 4, 3, 2, 1, 0, -1],
    [1, 3, 5, 7, 9],
    [2, 2, 3, 3, 1, 1, 5, 6, 7, 8],
    [-1000000000, 1000000000, 999999999, -999999999, 999999998],
    [1000000000, 999999999, 0, -1, -2, -3],
    streaky(50, 100, -50),
    streaky(400, 3000, -1500),
    [rnd.randint(-30, 30) for _ in range(40)],
    streaky(3000, 10**9, -10**9 // 2),
]
# Large: one streak of 15,000 numbers, shuffled, with no duplicates. Walking upward from every
# number costs 15,000 * 15,001 / 2, about 1.1e8 set lookups.
big = list(range(-7000, 8000))
rnd.shuffle(big)
hidden.append(big)


def emit(args):
    text = json.dumps(args)
    return text if len(text) < 3000 else json.dumps(args, separators=(",", ":"))


lines = ["# Written by generate_tests.py beside this file.", "visible:"]
for name, group in (("visible", visible), ("hidden", hidden)):
    if name == "hidden":
        lines.append("hidden:")
    for nums in group:
        lines += [f"  - args: {emit([nums])}", f"    expected: {expected(nums)}"]
Path(__file__).with_name("tests.yaml").write_text("\n".join(lines) + "\n")
