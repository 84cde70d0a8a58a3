def can_trace(board: list[str], word: str) -> bool:
    # Return True if word can be spelled along edge-adjacent tiles, never reusing a tile.
    pass
