"""Writes tests.yaml for birdsong-motif-count. Expected values come from a full 2-D table of exact
(big-integer) counts built over suffixes, C[i][j] = picks of motif[j:] from song[i:], reduced
modulo 1e9+7 only at the end; this is independent of the one-row forward reference. For short
inputs every index tuple is enumerated as a check."""
import random
from itertools import combinations
from pathlib import Path

MOD = 1_000_000_007
rnd = random.Random(909)


def by_suffix_table(song, motif):
    n, k = len(song), len(motif)
    count = [[0] * (k + 1) for _ in range(n + 1)]
    for i in range(n + 1):
        count[i][k] = 1  # the empty rest of the motif
    for i in range(n - 1, -1, -1):
        for j in range(k - 1, -1, -1):
            count[i][j] = count[i + 1][j] + (count[i + 1][j + 1] if song[i] == motif[j] else 0)
    return count[0][0] % MOD


def by_tuples(song, motif):
    return sum(1 for c in combinations(range(len(song)), len(motif)) if all(song[i] == motif[t] for t, i in enumerate(c))) % MOD


def expected(song, motif):
    value = by_suffix_table(song, motif)
    if len(song) <= 14:
        assert by_tuples(song, motif) == value, (song, motif)
    return value


def word(n, letters):
    return "".join(rnd.choice(letters) for _ in range(n))


visible = [("chirrup", "cirp"), ("tweetweet", "tweet"), ("aaa", "aa")]
hidden = [
    ("", ""),
    ("", "a"),
    ("song", ""),
    ("abc", "abcd"),
    ("abc", "abc"),
    ("abc", "cba"),
    ("bbbbb", "bbb"),
    ("abababab", "aba"),
    (word(14, "ab"), word(4, "ab")),
    (word(60, "xyz"), word(5, "xyz")),
    ("a" * 2000, "aaaa"),  # C(2000, 4) picks: the modulo matters
    (word(1500, "ab"), word(40, "ab")),
    # Large: 2000 notes and a 200-note motif over a small alphabet, so most cells are non-zero.
    (word(2000, "ab"), word(200, "ab")),
    ("ab" * 1000, "ab" * 100),
]

out = ["# Written by generate_tests.py beside this file.", "visible:"]
for name, group in (("visible", visible), ("hidden", hidden)):
    if name == "hidden":
        out.append("hidden:")
    for song, motif in group:
        out += [f'  - args: ["{song}", "{motif}"]', f"    expected: {expected(song, motif)}"]
Path(__file__).with_name("tests.yaml").write_text("\n".join(out) + "\n")
