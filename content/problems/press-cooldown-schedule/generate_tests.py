"""Writes tests.yaml for press-cooldown-schedule. Expected answers come from the counting bound
max(n, (f - 1)(cooldown + 1) + t), where f is the largest count and t the number of plates that
have it; for small cases they are confirmed by an exhaustive search over all schedules
(memoised over the multiset of remaining counts and the cooldown left on each plate)."""
import random
from collections import Counter
from functools import lru_cache
from pathlib import Path

rnd = random.Random(5150)


def by_formula(jobs, cooldown):
    counts = Counter(jobs).values()
    top = max(counts)
    return max(len(jobs), (top - 1) * (cooldown + 1) + sum(1 for c in counts if c == top))


def by_search(jobs, cooldown):
    letters = sorted(set(jobs))
    start = tuple(jobs.count(c) for c in letters)

    @lru_cache(maxsize=None)
    def best(counts, waits):
        # counts: jobs left per plate; waits: slots until each plate may print again.
        if sum(counts) == 0:
            return 0
        options = []
        for i, (c, w) in enumerate(zip(counts, waits)):
            if c and w == 0:
                nc = list(counts)
                nc[i] -= 1
                nw = [max(0, x - 1) for x in waits]
                nw[i] = cooldown
                options.append(1 + (0 if sum(nc) == 0 else best(tuple(nc), tuple(nw))))
        # Idling only helps when nothing can print.
        if not options:
            options.append(1 + best(counts, tuple(max(0, x - 1) for x in waits)))
        return min(options)

    return best(start, tuple(0 for _ in letters))


def expected(jobs, cooldown):
    value = by_formula(jobs, cooldown)
    if len(jobs) <= 9 and cooldown <= 4:
        assert by_search(jobs, cooldown) == value, (jobs, cooldown)
    return value


def rand_jobs(n, letters):
    return "".join(rnd.choice(letters) for _ in range(n))


visible = [("AAABBC", 2), ("ABCDAB", 1), ("ZZ", 0)]
hidden = [
    ("Q", 1000000),
    ("AAAA", 0),
    ("AAAA", 3),
    ("ABABAB", 1),                   # fits exactly, no idling
    ("ABABAB", 2),                   # A and B both most frequent
    ("AAABBBCCDDEEFF", 1),           # many plate types: never idle
    ("AAABBBCCDDEEFF", 2),
    ("ABCDEFGHIJKLMNOPQRSTUVWXYZ", 25),
    (rand_jobs(8, "ABC"), 3),
    (rand_jobs(9, "ABCD"), 2),
    (rand_jobs(7, "AB"), 4),
    (rand_jobs(500, "ABCDEFGH"), 7),
    ("A" * 50000, 1000000),          # answer about 5 * 10^10: needs 64-bit, no slot-by-slot loop
    (rand_jobs(50000, "ABCDEFGHIJKLMNOPQRSTUVWXYZ"), 30),
    ("ABC" * 10000 + "D" * 10000, 999999),
]

lines = ["# Written by generate_tests.py beside this file.", "visible:"]
for name, group in [("visible", visible), ("hidden", hidden)]:
    if name == "hidden":
        lines.append("hidden:")
    for jobs, cooldown in group:
        lines += [f'  - args: ["{jobs}", {cooldown}]', f"    expected: {expected(jobs, cooldown)}"]
Path(__file__).with_name("tests.yaml").write_text("\n".join(lines) + "\n")
