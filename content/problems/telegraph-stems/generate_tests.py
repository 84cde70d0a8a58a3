"""Writes tests.yaml for telegraph-stems. Expected messages come from a set of stems probed with
every prefix of each word, shortest first (no trie); for small inputs they are confirmed by
taking min(stems that the word starts with, key=len) by brute force."""
import random
from pathlib import Path

rnd = random.Random(1844)


def expected(stems, message):
    stem_set = set(stems)
    out = []
    for word in message.split(" "):
        repl = word
        for k in range(1, len(word) + 1):
            if word[:k] in stem_set:
                repl = word[:k]
                break
        out.append(repl)
    result = " ".join(out)
    if len(stems) * len(out) <= 200000:
        brute = []
        for word in message.split(" "):
            matches = [s for s in stems if word.startswith(s)]
            brute.append(min(matches, key=len) if matches else word)
        assert " ".join(brute) == result
    return result


def word(lo, hi, letters):
    return "".join(rnd.choice(letters) for _ in range(rnd.randint(lo, hi)))


def case(n_stems, n_words, letters, stem_hi=5, word_hi=10):
    stems = [word(1, stem_hi, letters) for _ in range(n_stems)]
    words = []
    for _ in range(n_words):
        if rnd.random() < 0.5:
            base = rnd.choice(stems)
            words.append((base + word(0, word_hi - len(base), letters))[:15] or base)
        else:
            words.append(word(1, word_hi, letters))
    return stems, " ".join(words)


visible = [
    (["tele", "te", "gram", "mes"], "telegram messages tend to arrive"),
    (["stop", "st"], "s stop"),
    (["abc"], "ab abc abcd"),
]
hidden = [
    (["a"], "a"),
    (["b"], "a"),
    (["x", "x", "xy"], "xyz xy x yx"),                # repeated stems
    (["abcdefghijkl", "abcdefghijk"], "abcdefghijklmno abcdefghij"),
    (["longerstem", "long", "lo"], "longerstemmed longing lo l"),
    (["q"] * 3, "q " * 9 + "q"),
    case(5, 30, "ab", 3, 6),
    case(50, 200, "abc", 4, 8),
    case(500, 1000, "abcdefgh", 5, 12),
    case(300, 600, "abcdefghijklmnopqrstuvwxyz", 6, 15),
]
# Large: 3,000 long stems that mostly do not match, 5,000 words. Comparing each word with each
# stem is 1.5 * 10^7 prefix tests.
big_stems = [word(8, 12, "abcdefghij") for _ in range(3000)]
big_words = []
for _ in range(5000):
    if rnd.random() < 0.3:
        s = rnd.choice(big_stems)
        big_words.append(s + word(0, 15 - len(s), "abcdefghij"))
    else:
        big_words.append(word(3, 9, "abcdefghij"))
hidden.append((big_stems, " ".join(big_words)))


def q(s):
    return '"' + s + '"'


lines = ["# Written by generate_tests.py beside this file.", "visible:"]
for name, group in [("visible", visible), ("hidden", hidden)]:
    if name == "hidden":
        lines.append("hidden:")
    for stems, message in group:
        lines += [f"  - args: [[{','.join(q(s) for s in stems)}], {q(message)}]",
                  f"    expected: {q(expected(stems, message))}"]
Path(__file__).with_name("tests.yaml").write_text("\n".join(lines) + "\n")
