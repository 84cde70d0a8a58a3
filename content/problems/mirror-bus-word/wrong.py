# Wrong on purpose: reverses only the significant binary digits (bin(word) without leading zeros), so any word below 2^31 is mirrored over too few positions.
def mirror_word(word: int) -> int:
    return int(bin(word)[2:][::-1], 2)
