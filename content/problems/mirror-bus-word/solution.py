def mirror_word(word: int) -> int:
    result = 0
    for _ in range(32):
        result = (result << 1) | (word & 1)  # take the lowest bit of word, push it in from the right
        word >>= 1
    return result
