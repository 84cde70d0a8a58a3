def group_anagrams(words: list[str]) -> list[list[str]]:
    # Return the groups of tile-equivalent words, each sorted, groups sorted by first word.
    pass
