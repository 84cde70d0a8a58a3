"""Writes tests.yaml for word-hunt-board. Each word is checked on its own, without a trie and
without recursion: the set of states (end cell, bitmask of used cells) reachable after spelling
each prefix is built breadth-first, extending the previous prefix's set by one letter; sets
are cached per prefix so that words sharing a prefix share the work. A word is hidden when the
set for the whole word is non-empty. Words needing more copies of a letter than the board has
are rejected up front."""
import json
import random
from collections import Counter
from pathlib import Path

rnd = random.Random(8086)


def expected(board, words):
    rows, cols = len(board), len(board[0])
    have = Counter("".join(board))
    cache = {"": None}

    def states(prefix):
        if prefix in cache:
            return cache[prefix]
        ch = prefix[-1]
        if len(prefix) == 1:
            result = {(r, c, 1 << (r * cols + c)) for r in range(rows) for c in range(cols) if board[r][c] == ch}
        else:
            result = set()
            for r, c, used in states(prefix[:-1]):
                for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                    if 0 <= nr < rows and 0 <= nc < cols and board[nr][nc] == ch:
                        bit = 1 << (nr * cols + nc)
                        if not used & bit:
                            result.add((nr, nc, used | bit))
        cache[prefix] = result
        return result

    found = []
    for w in words:
        if any(have[ch] < k for ch, k in Counter(w).items()):
            continue
        if states(w):
            found.append(w)
    return sorted(found)


def rand_board(rows, cols, letters):
    return ["".join(rnd.choice(letters) for _ in range(cols)) for _ in range(rows)]


def walk_word(board, length):
    rows, cols = len(board), len(board[0])
    r, c = rnd.randrange(rows), rnd.randrange(cols)
    used, out = {(r, c)}, [board[r][c]]
    while len(out) < length:
        opts = [(r + dr, c + dc) for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1))
                if 0 <= r + dr < rows and 0 <= c + dc < cols and (r + dr, c + dc) not in used]
        if not opts:
            break
        r, c = rnd.choice(opts)
        used.add((r, c))
        out.append(board[r][c])
    return "".join(out)


def mixed_words(board, count, letters, max_len):
    words = set()
    while len(words) < count:
        if rnd.random() < 0.5:
            words.add(walk_word(board, rnd.randint(1, max_len)))
        else:
            words.add("".join(rnd.choice(letters) for _ in range(rnd.randint(1, max_len))))
    out = sorted(words)
    rnd.shuffle(out)
    return out


small = ["cat", "ore", "ndx"]
visible = [
    (small, ["cat", "core", "tern", "cord", "rex", "care", "tot"]),
    (["ab"], ["aba", "ba", "b", "abc"]),
    (["q"], ["z"]),
]
hidden = [
    (["q"], ["q", "qq"]),
    (["aa", "aa"], ["a", "aa", "aaa", "aaaa", "aaaaa"]),     # many paths per word, each reported once
    (["abc", "def", "ghi"], ["aei", "abcfedghi", "adgheb", "ceg", "bad"]),
    (["zz", "zz"], ["zzzz", "zzzzz", "z"]),
]
b1 = rand_board(5, 5, "abcde")
hidden.append((b1, mixed_words(b1, 60, "abcde", 7)))
b2 = rand_board(8, 10, "etaoinsh")
hidden.append((b2, mixed_words(b2, 400, "etaoinsh", 8)))
b3 = rand_board(12, 12, "abcdefghijklmnopqrstuvwxyz")
hidden.append((b3, mixed_words(b3, 1500, "abcdefghijklmnopqrstuvwxyz", 6)))
b4 = rand_board(12, 12, "ab")
hidden.append((b4, mixed_words(b4, 800, "ab", 10)))
# Adversarial: a 10 x 10 board of 'a' with three other letters. 600 words share the prefix
# "aaaaa": a separate search per word re-explores every path of five 'a' cells each time.
b5 = [list("a" * 10) for _ in range(10)]
b5[0][0], b5[5][5], b5[9][3] = "b", "c", "d"
b5 = ["".join(row) for row in b5]
tails = [x + y for x in "bcdefghijklmnopqrstuvwxyz" for y in "bcdefghijklmnopqrstuvwxyz"]
rnd.shuffle(tails)
hidden.append((b5, ["aaaaa" + t for t in tails[:600]]))
hidden.append((b5, ["aaaaaaab", "aaaaaaac", "aaaaaaaad", "caaaaaaaab", "daaaaaaaac", "abab"]))

lines = ["# Written by generate_tests.py beside this file.", "visible:"]
for name, group in [("visible", visible), ("hidden", hidden)]:
    if name == "hidden":
        lines.append("hidden:")
    for board, words in group:
        lines += [f"  - args: [{json.dumps(board)}, {json.dumps(words, separators=(',', ':'))}]",
                  f"    expected: {json.dumps(expected(board, words), separators=(',', ':'))}"]
Path(__file__).with_name("tests.yaml").write_text("\n".join(lines) + "\n")
