"""Writes tests.yaml for longest-distinct-run: hand-made strings, seeded random ones over small and
large alphabets, and one 100,000-character string. Expected values come from two methods
independent of the sliding window in the reference solutions: trying every start and extending it
until a character repeats (for strings up to 10,000 characters), and, for every string, the
suffix minimum of "next occurrence" positions (the run starting at i ends just before the
nearest later position k >= i whose character reappears at next[k]). Where both apply they must agree."""
import json
import random
from pathlib import Path

rnd = random.Random(1994)
ASCII = [chr(c) for c in range(32, 127)]  # printable ASCII, space included
GREEK = [chr(c) for c in range(0x03B1, 0x03CA)]
CYRILLIC = [chr(c) for c in range(0x0430, 0x0450)]
CJK = [chr(c) for c in range(0x4E00, 0x9FA6)]  # 20,902 CJK unified ideographs


def by_starts(s):
    best = 0
    for i in range(len(s)):
        seen = set()
        for ch in s[i:]:
            if ch in seen:
                break
            seen.add(ch)
        best = max(best, len(seen))
    return best


def by_next_occurrence(s):
    n = len(s)
    following = {}
    nxt = [n] * n
    for i in range(n - 1, -1, -1):
        nxt[i] = following.get(s[i], n)
        following[s[i]] = i
    best, reach = 0, n  # reach = min(nxt[i:]) = the first index the run from i cannot include
    for i in range(n - 1, -1, -1):
        reach = min(reach, nxt[i])
        best = max(best, reach - i)
    return best


def expected(s):
    answer = by_next_occurrence(s)
    if len(s) <= 10000:
        assert by_starts(s) == answer, s
    return answer


def random_text(n, pool):
    return "".join(rnd.choice(pool) for _ in range(n))


shuffled_ascii = ASCII[:]
rnd.shuffle(shuffled_ascii)
visible = ["tapestry", "aaaa", "天天向上 up"]
hidden = [
    "",
    "z",
    "Aa",
    "abba",
    "ab  cd",
    "zyxwvutsrqponmlkjihgfedcba",
    "".join(shuffled_ascii) * 2,
    random_text(50, ["a", "b"]),
    random_text(500, rnd.sample(ASCII, 12) + rnd.sample(GREEK, 6) + rnd.sample(CJK, 12)),
    random_text(5000, ASCII + GREEK + CYRILLIC + rnd.sample(CJK, 300)),
]
# Large: 100,000 characters. Random printable ASCII separates three blocks of 5,000, 16,000 and
# 8,000 distinct ideographs. Trying every start and extending it until a repeat walks through
# most of a block from each start in it: about 1.7 * 10^8 steps, far too slow for the time limit.
blocks = ["".join(rnd.sample(CJK, size)) for size in (5000, 16000, 8000)]
filler = 100000 - sum(map(len, blocks))
cuts = sorted(rnd.sample(range(1, filler), 3))
pieces = [random_text(b - a, ASCII) for a, b in zip([0] + cuts, cuts + [filler])]
big = pieces[0] + "".join(block + piece for block, piece in zip(blocks, pieces[1:]))
assert len(big) == 100000
hidden.append(big)

lines = ["# Written by generate_tests.py beside this file.", "visible:"]
for name, group in [("visible", visible), ("hidden", hidden)]:
    if name == "hidden":
        lines.append("hidden:")
    for s in group:
        lines += [f"  - args: [{json.dumps(s, ensure_ascii=False)}]", f"    expected: {expected(s)}"]
Path(__file__).with_name("tests.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
