"""Writes tests.yaml for merge-sensor-logs: hand-made cases, seeded random ones and one large one.
Expected values come from concatenating all logs and sorting the values, independent of the heap
reference (equal values are indistinguishable in the output, so this is exact)."""
import json
import random
from pathlib import Path

rnd = random.Random(3)


def expected(logs):
    return sorted(v for log in logs for v in log)


def sorted_log(length, low, high):
    return sorted(rnd.randint(low, high) for _ in range(length))


visible = [([[2, 9, 14], [1, 9], [5, 6, 20, 21]],), ([[], [-4, 0], []],), ([],)]
hidden = [
    ([[]],),
    ([[], []],),
    ([[5]],),
    ([[1, 2, 3], [4, 5, 6]],),
    ([[4, 5, 6], [1, 2, 3], [0]],),
    ([[7, 7, 7], [7], [7, 7]],),
    ([[-1000000000, 1000000000], [0], [-1000000000]],),
    ([sorted_log(rnd.randint(0, 6), -10, 10) for _ in range(7)],),
    ([sorted_log(rnd.randint(0, 40), -10**9, 10**9) for _ in range(25)],),
    ([sorted_log(rnd.randint(0, 3), -5, 5) for _ in range(301)],),
    ([sorted_log(1000, -10**6, 10**6)],),
]
# Large: 5,000 logs holding about 25,000 readings in total. Merging them into one growing list one
# at a time walks the growing list again for every log: about 5,000 * 25,000 / 2 = 6e7 node steps.
big = [sorted_log(rnd.randint(0, 10), 0, 99) for _ in range(5000)]
hidden.append((big,))


def emit(args):
    text = json.dumps(args)
    return text if len(text) < 3000 else json.dumps(args, separators=(",", ":"))


lines = ["# Written by generate_tests.py beside this file.", "visible:"]
for name, group in (("visible", visible), ("hidden", hidden)):
    if name == "hidden":
        lines.append("hidden:")
    for (logs,) in group:
        lines += [f"  - args: {emit([logs])}", f"    expected: {emit(expected(logs))}"]
Path(__file__).with_name("tests.yaml").write_text("\n".join(lines) + "\n")
