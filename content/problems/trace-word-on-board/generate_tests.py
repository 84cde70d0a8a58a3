"""Writes tests.yaml for trace-word-on-board. Expected answers come from a breadth-first sweep
over states (current tile, set of used tiles as a bitmask), one word position at a time, with
no recursion or backtracking; when the board lacks enough copies of some letter the answer is
false without the sweep (the sweep would blow up on the all-'A' boards)."""
import random
from collections import Counter
from pathlib import Path

rnd = random.Random(4242)


def expected(board, word):
    rows, cols = len(board), len(board[0])
    have = Counter("".join(board))
    if any(have[ch] < n for ch, n in Counter(word).items()):
        return False
    states = {(r, c, 1 << (r * cols + c)) for r in range(rows) for c in range(cols) if board[r][c] == word[0]}
    for ch in word[1:]:
        nxt = set()
        for r, c, used in states:
            for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                if 0 <= nr < rows and 0 <= nc < cols and board[nr][nc] == ch:
                    bit = 1 << (nr * cols + nc)
                    if not used & bit:
                        nxt.add((nr, nc, used | bit))
        states = nxt
    return bool(states)


def rand_board(rows, cols, letters):
    return ["".join(rnd.choice(letters) for _ in range(cols)) for _ in range(rows)]


def path_word(board, length):
    """A word read along a random self-avoiding walk on the board (so the answer is true)."""
    rows, cols = len(board), len(board[0])
    while True:
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
        if len(out) == length:
            return "".join(out)


keys = ["KEYS", "ORAT", "DOOR"]
visible = [(keys, "KEYSTAR"), (keys, "TAT"), (["AB"], "ABA")]
hidden = [
    (["Q"], "Q"),
    (["Q"], "QQ"),
    (["AB", "CD"], "ABDC"),                  # around the square
    (["AB", "CD"], "AD"),                    # diagonal is not adjacent
    (["ABC", "DEF", "GHI"], "ADGHEBCFI"),    # snake through all nine tiles
    (["AAA", "ABA", "AAA"], "AAAAAAAAB"),    # ring of eight A then the centre
    (["AAA", "ABA", "AAA"], "AAAAAAAAAB"),   # needs nine A: only eight exist
    (["SEE", "ESE", "EES"], "SESES"),
]
b1 = rand_board(4, 4, "ABC")
hidden += [(b1, path_word(b1, 7)), (b1, "ABCABCAB")]
b2 = rand_board(6, 6, "ABCDE")
hidden += [(b2, path_word(b2, 12)), (b2, "ABCDEEDCBA")]
b3 = rand_board(5, 6, "AB")
hidden += [(b3, path_word(b3, 15))]
# Boards full of one letter: plain DFS explores millions of self-avoiding walks.
hidden.append((["AAAAAA"] * 6, "AAAAAAAAAAAAAAAB"))
hidden.append((["AAAAAA"] * 5 + ["AAAAAB"], "BAAAAAAAAAAAAAA"))
hidden.append((["AAAAAA"] * 5 + ["AAAAAB"], "AAAAAAAAAAAAAAB"))

lines = ["# Written by generate_tests.py beside this file.", "visible:"]
for name, group in [("visible", visible), ("hidden", hidden)]:
    if name == "hidden":
        lines.append("hidden:")
    for board, word in group:
        rows = ", ".join(f'"{row}"' for row in board)
        lines += [f'  - args: [[{rows}], "{word}"]', f"    expected: {str(expected(board, word)).lower()}"]
Path(__file__).with_name("tests.yaml").write_text("\n".join(lines) + "\n")
