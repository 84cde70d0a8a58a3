def word_edit_distance(reference: list[str], hypothesis: list[str]) -> int:
    # Return the minimum number of word substitutions, deletions and insertions.
    pass
