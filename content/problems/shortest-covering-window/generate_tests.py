"""Writes tests.yaml for shortest-covering-window: hand-made cases, seeded random ones and one
large one. Expected values come from methods independent of the sliding-window reference: every
start with every end (up to 300 letters), and, for every case, prefix counts per letter with a
binary search, for each start, of the first end that covers the checklist."""
import json
import random
from pathlib import Path

rnd = random.Random(8080)
LETTERS = [chr(c) for c in range(65, 91)] + [chr(c) for c in range(97, 123)]


def covers(window_counts, need):
    return all(window_counts.get(c, 0) >= k for c, k in need.items())


def counts_of(text):
    out = {}
    for c in text:
        out[c] = out.get(c, 0) + 1
    return out


def by_all_windows(log, checklist):
    need = counts_of(checklist)
    best = ""
    for i in range(len(log)):
        for j in range(i + 1, len(log) + 1):
            if (not best or j - i < len(best)) and covers(counts_of(log[i:j]), need):
                best = log[i:j]
                break
    return best


def by_prefix_counts(log, checklist):
    need = counts_of(checklist)
    n = len(log)
    prefix = {}
    for c in need:
        row = [0] * (n + 1)
        for i, ch in enumerate(log):
            row[i + 1] = row[i] + (ch == c)
        prefix[c] = row
    best_i, best_len = 0, n + 1
    for i in range(n):
        # The first end j with log[i:j] covering, if any, by binary search on j.
        if any(prefix[c][n] - prefix[c][i] < k for c, k in need.items()):
            break  # later starts cover even less
        lo, hi = i + 1, n
        while lo < hi:
            mid = (lo + hi) // 2
            if all(prefix[c][mid] - prefix[c][i] >= k for c, k in need.items()):
                hi = mid
            else:
                lo = mid + 1
        if lo - i < best_len:
            best_i, best_len = i, lo - i
    return log[best_i : best_i + best_len] if best_len <= n else ""


def expected(log, checklist):
    answer = by_prefix_counts(log, checklist)
    if len(log) <= 300:
        assert by_all_windows(log, checklist) == answer, (log, checklist)
    return answer


def rand_text(n, alphabet):
    return "".join(rnd.choice(alphabet) for _ in range(n))


visible = [("rKtKpKrt", "KKr"), ("abcab", "bb"), ("Aa", "aa")]
hidden = [
    ("a", "a"),
    ("a", "b"),
    ("xyz", "xyzz"),
    ("zyxwzyx", "xyz"),
    ("AbBbA", "AA"),
    ("aaaaaaaaaa", "aaa"),
    ("qwertyQWERTY", "Qq"),
    ("baab", "ab"),
]
for n, m, alphabet in ((20, 3, "abc"), (60, 5, "abcd"), (120, 8, "aAbB"), (300, 12, "abcdefgh"), (300, 40, "ab")):
    hidden.append((rand_text(n, alphabet), rand_text(m, alphabet)))
hidden.append((rand_text(5000, LETTERS), rand_text(60, LETTERS)))
# Large: a 40,000-letter log over "abc..." where the checklist needs 30 'Z' and 30 'z'; the codes
# Z and z are rare and spread out, so every covering stretch is long (about half of the log) and
# growing a window from every start costs about 40,000 * 20,000 steps.
big = list(rand_text(40000, "abcdefghijklmnopqrstuvwxy"))
for pos in rnd.sample(range(40000), 80):
    big[pos] = rnd.choice("Zz")
hidden.append(("".join(big), "Z" * 30 + "z" * 30 + "abc"))


lines = ["# Written by generate_tests.py beside this file.", "visible:"]
for name, group in (("visible", visible), ("hidden", hidden)):
    if name == "hidden":
        lines.append("hidden:")
    for log, checklist in group:
        lines += [f"  - args: {json.dumps([log, checklist])}", f"    expected: {json.dumps(expected(log, checklist))}"]
Path(__file__).with_name("tests.yaml").write_text("\n".join(lines) + "\n")
