def mirror_word(word: int) -> int:
    # Return word with its 32 bits in reverse order (bit k moves to bit 31 - k).
    pass
