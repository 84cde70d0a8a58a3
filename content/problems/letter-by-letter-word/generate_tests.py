"""Writes tests.yaml for letter-by-letter-word. Expected answers check every prefix of every
word against a set (no trie) and pick the best by (-length, word)."""
import json
import random
from pathlib import Path

rnd = random.Random(271)


def expected(lexicon):
    words = set(lexicon)
    grown = [w for w in words if all(w[:k] in words for k in range(1, len(w) + 1))]
    return min(grown, key=lambda w: (-len(w), w)) if grown else ""


def grow_family(count, letters, max_len, drop=0.0):
    """Random words grown letter by letter, with all their prefixes, optionally dropping some."""
    out = set()
    for _ in range(count):
        w = rnd.choice(letters)
        out.add(w)
        for _ in range(rnd.randint(0, max_len - 1)):
            w += rnd.choice(letters)
            out.add(w)
    out = [w for w in sorted(out) if rnd.random() >= drop]  # sorted: set order varies between runs
    rnd.shuffle(out)
    return out


def noise(count, letters, max_len):
    return ["".join(rnd.choice(letters) for _ in range(rnd.randint(2, max_len))) for _ in range(count)]


visible = [
    ["p", "pa", "pan", "pane", "panel", "pal", "pale", "paler", "plan"],
    ["to", "top", "tops", "t", "x", "xy"],
    ["ab", "abc"],
]
hidden = [
    ["q"],
    ["qq"],
    ["b", "a"],                                   # tie at length 1: "a"
    ["a", "ab", "abc", "b", "ba", "bac", "abc"],  # tie at length 3, repeated word
    ["a", "ab", "abc", "abcd", "abcde", "abd", "abde", "abdef"],
    ["z", "zy", "zyx", "zyxw", "a", "ab", "abc", "abcd"],   # "abcd" < "zyxw"
    ["a", "abc", "abcd", "abcde"],                # gap at "ab"
    ["x", "xa", "xab", "xabc", "ab", "abc"],
    grow_family(20, "ab", 6) + noise(20, "ab", 8),
    grow_family(200, "abc", 10, drop=0.05) + noise(200, "abc", 12),
    grow_family(120, "abcdefghijklmnopqrstuvwxyz", 30, drop=0.01) + noise(300, "abcdefghijklmnopqrstuvwxyz", 30),
    ["".join("a" for _ in range(k)) for k in range(1, 31)] + ["a" * 29 + "b", "a" * 28 + "c"],
    grow_family(400, "xy", 25, drop=0.002),
]

lines = ["# Written by generate_tests.py beside this file.", "visible:"]
for name, group in [("visible", visible), ("hidden", hidden)]:
    if name == "hidden":
        lines.append("hidden:")
    for lexicon in group:
        lines += [f"  - args: [{json.dumps(lexicon, separators=(',', ':'))}]", f'    expected: "{expected(lexicon)}"']
Path(__file__).with_name("tests.yaml").write_text("\n".join(lines) + "\n")
