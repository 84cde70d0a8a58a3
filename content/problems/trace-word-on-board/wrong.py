# Wrong on purpose: never marks tiles as used, so a tracing may touch the same tile twice (board ["AB"] wrongly spells "ABA").
def can_trace(board: list[str], word: str) -> bool:
    rows, cols = len(board), len(board[0])

    def extend(r, c, i):
        if not (0 <= r < rows and 0 <= c < cols) or board[r][c] != word[i]:
            return False
        if i == len(word) - 1:
            return True
        return any(extend(r + dr, c + dc, i + 1) for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)))

    return any(extend(r, c, 0) for r in range(rows) for c in range(cols))
