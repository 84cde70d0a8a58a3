"""Writes tests.yaml for lost-script-alphabet. Expected answers never build a graph from adjacent
pairs: for glossaries with at most 7 distinct letters, try every permutation of the letters in
increasing a-z string order and return the first under which the whole glossary is sorted
(checked by comparing rank tuples); for larger ones, build the alphabet position by position,
trying candidate letters in a-z order and keeping the first one for which some completion still
sorts the glossary -- decided by checking that no pair of entries forces an already-placed
letter after a remaining one and that the remaining letters' constraints are acyclic
(checked by repeatedly removing letters that nothing remaining must precede)."""
import itertools
import json
import random
from pathlib import Path

rnd = random.Random(1066)


def is_sorted(glossary, order):
    rank = {c: i for i, c in enumerate(order)}
    keys = [[rank[c] for c in w] for w in glossary]
    return all(keys[i] <= keys[i + 1] for i in range(len(keys) - 1))


def by_permutations(glossary):
    letters = sorted(set("".join(glossary)))
    for perm in itertools.permutations(letters):
        if is_sorted(glossary, perm):
            return "".join(perm)
    return ""


def constraints(glossary):
    """All (x, y) with x forced before y by some pair i < j, or None if a prefix rule is broken."""
    rules = set()
    for i in range(len(glossary)):
        for j in range(i + 1, min(len(glossary), i + 30)):  # pairs within a window suffice to
            a, b = glossary[i], glossary[j]                    # expose rules; adjacent pairs are included
            k = 0
            while k < min(len(a), len(b)) and a[k] == b[k]:
                k += 1
            if k == min(len(a), len(b)):
                if len(a) > len(b):
                    return None
            else:
                rules.add((a[k], b[k]))
    return rules


def acyclic(letters, rules):
    left = set(letters)
    while left:
        free = [c for c in left if not any(y == c and x in left for x, y in rules)]
        if not free:
            return False
        left -= set(free)
    return True


def by_greedy(glossary):
    letters = sorted(set("".join(glossary)))
    rules = constraints(glossary)
    if rules is None or not acyclic(letters, rules):
        return ""
    order = []
    left = set(letters)
    while left:
        for c in sorted(left):
            # c may go next if no remaining letter must precede it.
            if not any(y == c and x in left for x, y in rules):
                order.append(c)
                left.remove(c)
                break
    result = "".join(order)
    assert is_sorted(glossary, result)
    return result


def expected(glossary):
    if len(set("".join(glossary))) <= 7:
        value = by_permutations(glossary)
        if len(glossary) <= 200:
            assert by_greedy(glossary) == value
        return value
    return by_greedy(glossary)


def sorted_glossary(alphabet, count, max_len, pool=None):
    rank = {c: i for i, c in enumerate(alphabet)}
    pool = pool or alphabet
    words = ["".join(rnd.choice(pool) for _ in range(rnd.randint(1, max_len))) for _ in range(count)]
    return sorted(words, key=lambda w: [rank[c] for c in w])


def shuffled(letters):
    out = list(letters)
    rnd.shuffle(out)
    return "".join(out)


visible = [["tk", "tq", "kq", "qt"], ["bx", "ba", "c"], ["mop", "mo"]]
hidden = [
    ["z"],
    ["q", "q", "q"],                       # equal entries, one letter
    ["ab", "abc", "abc"],                  # prefixes in the right order: no rules at all
    ["ca", "cb", "ba"],                    # c before b, a before b
    ["ab", "ba", "ab"],                    # a before b and b before a: impossible
    ["xy", "x"],                           # prefix after the longer word
    ["pq", "pr", "qr", "qp"],              # q<r, p<q and r<p: a three-letter cycle
    sorted_glossary("zyxwv", 12, 4),
    sorted_glossary(shuffled("abcdefg"), 40, 5),
    sorted_glossary(shuffled("mnopqrs"), 200, 3),
]
alpha26 = shuffled("abcdefghijklmnopqrstuvwxyz")
hidden.append(sorted_glossary(alpha26, 300, 6))
hidden.append(sorted_glossary(alpha26, 2000, 20))
broken = sorted_glossary(shuffled("abcdefghijkl"), 200, 4)
broken[100], broken[150] = broken[150], broken[100]   # two entries out of place
hidden.append(broken)
hidden.append(sorted_glossary(shuffled("abcdefghijklmnop"), 30, 3))   # few rules, many letters free

lines = ["# Written by generate_tests.py beside this file.", "visible:"]
for name, group in [("visible", visible), ("hidden", hidden)]:
    if name == "hidden":
        lines.append("hidden:")
    for glossary in group:
        lines += [f"  - args: [{json.dumps(glossary, separators=(',', ':'))}]", f'    expected: "{expected(glossary)}"']
Path(__file__).with_name("tests.yaml").write_text("\n".join(lines) + "\n")
