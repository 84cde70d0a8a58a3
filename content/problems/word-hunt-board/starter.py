def find_hidden_words(board: list[str], words: list[str]) -> list[str]:
    # Return the words that can be traced on the board (edge-adjacent cells, no reuse), sorted.
    pass
