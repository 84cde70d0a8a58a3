class TrieNode:
    __slots__ = ("children", "word")

    def __init__(self) -> None:
        self.children: dict[str, "TrieNode"] = {}
        self.word: str | None = None  # set on the node where a candidate word ends


def find_hidden_words(board: list[str], words: list[str]) -> list[str]:
    root = TrieNode()
    for w in words:
        node = root
        for ch in w:
            node = node.children.setdefault(ch, TrieNode())
        node.word = w

    rows, cols = len(board), len(board[0])
    grid = [list(row) for row in board]
    found: list[str] = []

    def walk(r: int, c: int, parent: TrieNode) -> None:
        ch = grid[r][c]
        node = parent.children.get(ch)
        if node is None:
            return  # no candidate continues with this letter
        if node.word is not None:
            found.append(node.word)
            node.word = None  # report each word once
        grid[r][c] = "#"  # in use on the current path
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] != "#":
                walk(nr, nc, node)
        grid[r][c] = ch
        if not node.children and node.word is None:
            del parent.children[ch]  # prune: nothing left to find below this node

    for r in range(rows):
        for c in range(cols):
            walk(r, c, root)
    return sorted(found)
