def longest_grown_word(lexicon: list[str]) -> str:
    # Return the longest word whose every prefix is in lexicon (ties: a-z smallest), or "".
    pass
