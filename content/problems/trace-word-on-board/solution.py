from collections import Counter


def can_trace(board: list[str], word: str) -> bool:
    rows, cols = len(board), len(board[0])
    have = Counter("".join(board))
    need = Counter(word)
    if any(have[ch] < n for ch, n in need.items()):
        return False  # not enough tiles of some letter: no search needed
    # Start from the rarer end of the word: fewer starting tiles, fewer dead branches.
    if have[word[-1]] < have[word[0]]:
        word = word[::-1]

    grid = [list(row) for row in board]

    def extend(r: int, c: int, i: int) -> bool:
        if grid[r][c] != word[i]:
            return False
        if i == len(word) - 1:
            return True
        grid[r][c] = "#"  # mark as used on this path
        found = any(
            0 <= nr < rows and 0 <= nc < cols and extend(nr, nc, i + 1)
            for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1))
        )
        grid[r][c] = word[i]  # unmark when backtracking
        return found

    return any(extend(r, c, 0) for r in range(rows) for c in range(cols))
