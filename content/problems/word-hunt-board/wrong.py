# Wrong on purpose: walks the board with a trie but never clears a word after finding it, so a word traceable along several paths is reported several times.
def find_hidden_words(board: list[str], words: list[str]) -> list[str]:
    root = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node["$"] = w
    rows, cols = len(board), len(board[0])
    grid = [list(row) for row in board]
    found = []

    def walk(r, c, parent):
        ch = grid[r][c]
        node = parent.get(ch)
        if node is None:
            return
        if "$" in node:
            found.append(node["$"])
        grid[r][c] = "#"
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] != "#":
                walk(nr, nc, node)
        grid[r][c] = ch

    for r in range(rows):
        for c in range(cols):
            walk(r, c, root)
    return sorted(found)
