"""Writes tests.yaml for almost-palindrome: hand-made names, seeded random near-palindromes (a
palindrome with one or two letters inserted or changed), and long ones. Expected values come from
erasing every position in turn (plus no erasure) and testing the rest with slicing, for strings
up to 400 letters; longer strings only try erasing either letter of the first mismatching pair
(the editorial's argument), which is checked against the full method on every shorter string."""
import json
import random
from pathlib import Path

rnd = random.Random(64)


def is_pal(t):
    return t == t[::-1]


def by_all_erasures(s):
    return is_pal(s) or any(is_pal(s[:i] + s[i + 1 :]) for i in range(len(s)))


def by_candidates(s):
    # If s is not a palindrome, some erasure that works is one of the first mismatching pair.
    n = len(s)
    lo, hi = 0, n - 1
    while lo < hi and s[lo] == s[hi]:
        lo += 1
        hi -= 1
    if lo >= hi:
        return True
    return is_pal(s[:lo] + s[lo + 1 :]) or is_pal(s[:hi] + s[hi + 1 :])


def expected(s):
    answer = by_candidates(s)
    if len(s) <= 400:
        assert by_all_erasures(s) == answer, s
    return answer


def palindrome(n, alphabet):
    half = [rnd.choice(alphabet) for _ in range(n // 2)]
    mid = [rnd.choice(alphabet)] if n % 2 else []
    return "".join(half + mid + half[::-1])


def insert(s, alphabet):
    i = rnd.randint(0, len(s))
    return s[:i] + rnd.choice(alphabet) + s[i:]


def change(s, alphabet):
    i = rnd.randrange(len(s))
    return s[:i] + rnd.choice(alphabet) + s[i + 1 :]


visible = ["rotator", "rewiver", "kayaks", "tsenet"]
hidden = ["a", "ab", "aab", "abc", "abca", "zzzzzzzzzy", "yzzzzzzzzz", "abcxcbza", "abcdzcba", "ebcbbececabbacecbbcbe", "aguokepatgbnnbgtapekoukuga"]
for n in (7, 12, 30, 60, 150, 400):
    hidden.append(insert(palindrome(n, "ab"), "ab"))
    hidden.append(insert(insert(palindrome(n, "abc"), "abc"), "abc"))
    hidden.append(change(palindrome(n, "abcdefghijklmnopqrstuvwxyz"), "xyz"))
# Long: 60,000 letters. One is a palindrome with a letter inserted on the right half (erase the
# right letter of the first mismatch); the other has two insertions and is false.
p = palindrome(59999, "abc")
hidden.append(p[:41234] + "b" + p[41234:])
p = palindrome(60000, "ab")
hidden.append(p[:1000] + "c" + p[1000:50000] + "a" + p[50000:])


def emit(args):
    return json.dumps(args)


lines = ["# Written by generate_tests.py beside this file.", "visible:"]
for name, group in (("visible", visible), ("hidden", hidden)):
    if name == "hidden":
        lines.append("hidden:")
    for s in group:
        lines += [f"  - args: {emit([s])}", f"    expected: {str(expected(s)).lower()}"]
Path(__file__).with_name("tests.yaml").write_text("\n".join(lines) + "\n")
