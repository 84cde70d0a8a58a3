"""Writes tests.yaml for anagram-groups: hand-made cases, seeded random ones and one large one.
Expected values come from a method independent of the hash-map reference: two words are
equivalent when their 26 letter counts are equal, and groups are built with union-find over all
pairs (small cases) or by sorting (word counts, word) pairs and cutting where the counts change
(every case). Where both apply they must agree."""
import json
import random
from pathlib import Path

rnd = random.Random(4242)
ALPHA = "abcdefghijklmnopqrstuvwxyz"


def counts(word):
    c = [0] * 26
    for ch in word:
        c[ord(ch) - 97] += 1
    return tuple(c)


def by_pairs(words):
    n = len(words)
    parent = list(range(n))

    def find(x):
        while parent[x] != x:
            x = parent[x]
        return x

    keys = [counts(w) for w in words]
    for i in range(n):
        for j in range(i + 1, n):
            if keys[i] == keys[j]:
                parent[find(i)] = find(j)
    groups = {}
    for i, w in enumerate(words):
        groups.setdefault(find(i), []).append(w)
    return sorted(sorted(g) for g in groups.values())


def by_sorting(words):
    pairs = sorted((counts(w), w) for w in words)
    groups = []
    for i, (key, w) in enumerate(pairs):
        if i == 0 or key != pairs[i - 1][0]:
            groups.append([])
        groups[-1].append(w)
    groups = [sorted(g) for g in groups]
    groups.sort(key=lambda g: g[0])
    return groups


def expected(words):
    answer = by_sorting(words)
    if len(words) <= 600:
        assert by_pairs(words) == answer
    return answer


def scramble(word):
    letters = list(word)
    rnd.shuffle(letters)
    return "".join(letters)


def random_case(n, bases, max_len, alphabet=ALPHA):
    roots = ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(1, max_len))) for _ in range(bases)]
    return [scramble(rnd.choice(roots)) for _ in range(n)]


visible = [
    ["rat", "arc", "tar", "car", "art", "cat"],
    ["dusty", "study", "dusty", "sty"],
    ["ab", "ba", "aab", "abb"],
]
hidden = [
    [],
    ["q"],
    ["zz", "z", "zzz", "z"],
    ["listen", "silent", "enlist", "tinsel", "inlets", "google", "elgoog"],
    ["aab", "aba", "baa", "abb", "bab", "bba", "ab", "ba", "a", "b"],
    ["abcdefghijkl", "lkjihgfedcba", "abcdefghijkm", "mlkjihgfedcb"],
    ["same"] * 5,
    random_case(30, 5, 4, "abc"),
    random_case(200, 40, 6, "abcde"),
    random_case(500, 300, 8),
    random_case(600, 50, 12),
]
# Large: 11,000 four-letter words with pairwise different letter multisets except for a few
# planted rearrangements, so comparing each word with every group found so far does about
# 11,000 * 10,400 / 2 comparisons.
multisets = set()
while len(multisets) < 10400:
    multisets.add("".join(sorted(rnd.choice(ALPHA) for _ in range(4))))
big = [scramble(m) for m in sorted(multisets)]
big += [scramble(rnd.choice(big)) for _ in range(600)]
rnd.shuffle(big)
hidden.append(big)


def emit(args):
    text = json.dumps(args)
    return text if len(text) < 3000 else json.dumps(args, separators=(",", ":"))


lines = ["# Written by generate_tests.py beside this file.", "visible:"]
for name, group in (("visible", visible), ("hidden", hidden)):
    if name == "hidden":
        lines.append("hidden:")
    for words in group:
        lines += [f"  - args: {emit([words])}", f"    expected: {emit(expected(words))}"]
Path(__file__).with_name("tests.yaml").write_text("\n".join(lines) + "\n")
